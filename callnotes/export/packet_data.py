"""Everything a packet shows, read from the database into plain dataclasses before anything is drawn.

The renderer only formats and lays out what is built here, so the facts (amounts, states, the order
of the record, which exhibits exist) are tested without reading a PDF.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session

from callnotes.domain.account import Account, AgreementInfo, allocations, statement_of
from callnotes.domain.claims import Claim, claim_of
from callnotes.domain.entries import ContactDetails, DeliveryDetails, JournalEntry, RecordItem
from callnotes.domain.interest import DebtorInterest, InterestLine, contractual_lines
from callnotes.domain.ledger import InterestPeriod, InvoiceStatus, Statement, interest_periods
from callnotes.domain.money import locale_for
from callnotes.domain.plans import plan_status
from callnotes.domain.promises import promise_received, promise_state
from callnotes.errors import InputError
from callnotes.export.wording import DESTINATIONS, LANGUAGES
from callnotes.paths import AppPaths
from callnotes.services.attachments import StoredState, stored_path, stored_state
from callnotes.services.creditor import get_creditor
from callnotes.services.interest import interest_of
from callnotes.store.account import read_account
from callnotes.store.engine import clock_of, read_snapshot
from callnotes.store.journal import check_chain, journal_lines, stored_chain

_PREFIX = re.compile(r"[A-Z0-9][A-Z0-9_]{0,11}")
COURT_DESTINATIONS = ("monitorio", "payment-order", "small-claims")
"""Packets filed with a court: the negotiation stays out of them (what was offered is confidential; the
dates and means of the contacts are what a court asks for). Left out are the offers and counter-offers,
and of each contact that holds one, its summary and the documents kept with it."""
NEGOTIATION_ENTRY_KINDS = ("offer",)
"""Entry kinds that hold an offer or counter-offer (an interaction's `offer` line, its terms as
domain/offers.py NegotiationStep; not domain/offers.py OFFER_KINDS, which are kinds of offer)."""
MAX_ROLE = 120  # one line of the declaration


@dataclass(frozen=True)
class PacketOptions:
    """What the user chooses for one packet; `None` means the default (the debtor's language, today)."""

    language: str | None = None
    destination: str = "general"
    period_from: date | None = None
    period_to: date | None = None
    attachments: bool = True
    as_of: date | None = None
    number_prefix: str = "CN"
    first_number: int = 1
    declarant_role: str = ""  # the role of who signs the declaration ("office manager"); a blank line if ""

    def checked(self) -> PacketOptions:
        """These options, or an InputError that says what to change."""
        if self.language is not None and self.language not in LANGUAGES:
            raise InputError(
                f"Packet language “{self.language}” is not available; choose {', '.join(LANGUAGES)}."
            )
        if self.destination not in DESTINATIONS:
            raise InputError(
                f"Destination “{self.destination}” is unknown; choose one of {', '.join(DESTINATIONS)}."
            )
        if self.period_from and self.period_to and self.period_from > self.period_to:
            raise InputError(f"The period starts ({self.period_from}) after it ends ({self.period_to}).")
        prefix = self.number_prefix.strip().upper()
        if not _PREFIX.fullmatch(prefix):
            raise InputError(
                f"Document number prefix “{self.number_prefix}” is not usable; "
                "use up to 12 letters or digits, e.g. CN."
            )
        if not 1 <= self.first_number <= 9_000_000:
            raise InputError("The first document number must be between 1 and 9,000,000.")
        role = " ".join(self.declarant_role.split())
        if len(role) > MAX_ROLE:
            raise InputError(f"The declarant's role is at most {MAX_ROLE} characters long.")
        return replace(self, number_prefix=prefix, declarant_role=role)

    def in_period(self, day: date) -> bool:
        return (self.period_from is None or day >= self.period_from) and (
            self.period_to is None or day <= self.period_to
        )


@dataclass(frozen=True)
class Party:
    """Creditor or debtor as named on the cover."""

    name: str
    tax_id: str | None
    address: str
    contact: str = ""
    phone: str | None = None
    email: str | None = None
    user_name: str = ""  # the creditor's: who uses callnotes (and keeps the record)
    country: str | None = None  # ISO 3166-1 alpha-2


@dataclass(frozen=True)
class PersonRow:
    """Someone at the debtor."""

    name: str
    role: str
    phones: tuple[str, ...]
    email: str | None


@dataclass(frozen=True)
class InvoiceRow:
    """One invoice on the statement day, with the periods its interest was computed over."""

    id: int
    number: str
    issued_on: date
    due_on: date
    delivered_on: date | None
    goods_services: str
    status: str
    amount_minor: int
    paid_minor: int
    open_minor: int
    days_overdue: int
    bucket: str
    interest_minor: int
    fee_minor: int
    periods: tuple[InterestPeriod, ...]
    credited_minor: int = 0  # taken off by credit notes
    lines: tuple[InterestLine, ...] = ()  # the periods with their interest at the agreed rate (the working)


@dataclass(frozen=True)
class PaymentRow:
    """A payment and the invoices it was applied to."""

    paid_on: date
    amount_minor: int
    method: str
    reference: str
    allocations: tuple[tuple[str, int], ...]  # (invoice number, amount)

    @property
    def unallocated_minor(self) -> int:
        return self.amount_minor - sum(amount for _, amount in self.allocations)


@dataclass(frozen=True)
class StatementData:
    """The statement of account as of a day."""

    as_of: date
    currency: str
    invoices: tuple[InvoiceRow, ...]
    payments: tuple[PaymentRow, ...]
    invoiced_minor: int
    paid_minor: int
    open_minor: int
    interest_minor: int
    fees_minor: int
    credit_minor: int
    balance_minor: int
    ageing: tuple[tuple[str, int], ...]  # (bucket, open principal)
    oldest_days_overdue: int
    annual_interest_bp: int
    late_fee_minor: int
    credited_minor: int = 0  # taken off the invoices by credit notes


@dataclass(frozen=True)
class ContactBlock:
    """One interaction (call, e-mail, letter, visit, message) and its entries."""

    interaction_id: int
    kind: str
    direction: str
    started_at: datetime
    ended_at: datetime | None
    person: str | None
    address_used: str
    reference: str
    outcome: str | None
    summary: str
    items: tuple[RecordItem, ...]  # its entries, each with its amendments
    document: str | None = None  # the document it sent (a DOCUMENT_KINDS code: demand, reminder…)
    delivery: tuple[str, date] | None = None  # a letter's latest known fate (delivered | returned | refused)
    negotiation: bool = False  # it held an offer, and this court packet leaves its summary out


RecordPart = RecordItem | ContactBlock


@dataclass(frozen=True)
class PromiseRow:
    """A promise to pay and its state: kept, part-kept, broken or pending (a PromiseState code)."""

    made_on: date
    due_on: date
    amount_minor: int
    state: str
    paid_minor: int = 0  # what the payments that count for it add up to


@dataclass(frozen=True)
class InstalmentRow:
    """One instalment of a plan and its state (an InstalmentState code): payments since the plan was
    agreed are applied to the instalments in date order."""

    due_on: date
    amount_minor: int
    state: str
    paid_minor: int = 0


@dataclass(frozen=True)
class PlanRow:
    """A payment plan or settlement and its state (a PlanState code)."""

    kind: str
    agreed_on: date
    total_minor: int
    conditions: str
    instalments: tuple[InstalmentRow, ...]
    state: str = ""


@dataclass(frozen=True)
class ExhibitRef:
    """An attachment as an exhibit: its label, its file and what it relates to."""

    label: str
    original_name: str
    media_type: str
    sha256: str
    size_bytes: int
    path: Path
    state: StoredState
    included: bool
    invoice_number: str | None = None
    interaction: tuple[str, datetime] | None = None  # (kind, started_at)
    interaction_id: int | None = None  # the contact it is kept with (a letter and its receipts)
    agreement_id: int | None = None  # the agreement it is kept with (the signed contract, a quote)

    @property
    def shown(self) -> bool:
        """Whether the packet reproduces it: included in this copy and still the file that was recorded."""
        return self.included and self.state == StoredState.OK


@dataclass(frozen=True)
class HashRow:
    """One line of the integrity page."""

    seq: int
    recorded_at: datetime
    kind: str
    entry_hash: str


@dataclass(frozen=True)
class IntegrityData:
    """The chain as checked when the packet was built."""

    ok: bool
    head: str
    entries: int
    bad_seq: int | None
    reason: str | None
    hashes: tuple[HashRow, ...]


@dataclass(frozen=True)
class Packet:
    """Everything one packet shows."""

    debtor_id: int
    packet_id: str
    generated_at: datetime
    options: PacketOptions  # checked, with the language and as_of filled in
    language: str
    locale: str
    time_zone: str
    currency: str
    creditor: Party | None
    debtor: Party
    people: tuple[PersonRow, ...]
    statement: StatementData
    agreement: AgreementInfo | None
    record: tuple[RecordPart, ...]
    promises: tuple[PromiseRow, ...]
    plans: tuple[PlanRow, ...]
    exhibits: tuple[ExhibitRef, ...]
    integrity: IntegrityData
    claim: Claim  # what may be claimed: invoices past due; those not yet due named apart
    journal: tuple[str, ...] = field(repr=False)  # JSON Lines of the whole chain
    interest: DebtorInterest | None = None  # statutory interest with its working, when the switch is on
    offers_left_out: int = 0  # offers and counter-offers kept out of a court packet's record
    summaries_left_out: int = 0  # summaries of the contacts that held them (NEGOTIATION_ENTRY_KINDS)
    exhibits_left_out: int = 0  # documents kept with those contacts

    @property
    def negotiation_left_out(self) -> bool:
        """Whether this packet leaves anything out as confidential negotiation."""
        return bool(self.offers_left_out or self.summaries_left_out or self.exhibits_left_out)

    @property
    def as_of(self) -> date:
        assert self.options.as_of is not None
        return self.options.as_of


def exhibit_label(index: int) -> str:
    """A, B, … Z, AA, AB, … for the 0-based `index`."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def _statement(account: Account, stmt: Statement) -> StatementData:
    as_of = stmt.as_of
    agreement = account.agreement
    invoices = {i.id: i for i in account.invoices}
    counted = [a for a in allocations(account.payments) if a.paid_on <= as_of]
    invoice_rows = []
    for position in stmt.positions:
        invoice = invoices[position.invoice.key]
        accrues = agreement is not None and agreement.annual_interest_bp > 0
        periods = (
            interest_periods(
                position.claimed_minor,
                invoice.due_on,
                [a for a in counted if a.invoice_key == invoice.id],
                as_of,
            )
            if accrues and position.invoice.status != InvoiceStatus.WRITTEN_OFF
            else ()
        )
        invoice_rows.append(
            InvoiceRow(
                id=invoice.id,
                number=invoice.number,
                issued_on=invoice.issued_on,
                due_on=invoice.due_on,
                delivered_on=invoice.delivered_on,
                goods_services=invoice.goods_services,
                status=position.state.value,
                amount_minor=invoice.amount_minor,
                credited_minor=position.credited_minor,
                paid_minor=position.paid_minor,
                open_minor=position.open_minor,
                days_overdue=position.days_overdue,
                bucket=position.bucket.value,
                interest_minor=position.interest_minor,
                fee_minor=position.fee_minor,
                periods=periods,
                lines=contractual_lines(periods, agreement.annual_interest_bp if agreement else 0),
            )
        )
    payments = tuple(
        PaymentRow(
            p.paid_on,
            p.amount_minor,
            p.method,
            p.reference,
            tuple((invoices[invoice_id].number, amount) for invoice_id, amount in p.allocations),
        )
        for p in account.payments
        if p.counts and p.paid_on <= as_of
    )
    return StatementData(
        as_of=as_of,
        currency=stmt.currency,
        invoices=tuple(invoice_rows),
        payments=payments,
        invoiced_minor=stmt.invoiced_minor,
        credited_minor=stmt.credited_minor,
        paid_minor=stmt.paid_minor,
        open_minor=sum(p.open_minor for p in stmt.positions),
        interest_minor=stmt.interest_minor,
        fees_minor=stmt.fees_minor,
        credit_minor=stmt.credit_minor,
        balance_minor=stmt.balance_minor,
        ageing=tuple((bucket.value, minor) for bucket, minor in stmt.ageing.items()),
        oldest_days_overdue=stmt.oldest_days_overdue,
        annual_interest_bp=agreement.annual_interest_bp if agreement else 0,
        late_fee_minor=agreement.late_fee_minor if agreement else 0,
    )


def _record(account: Account, options: PacketOptions, zone: ZoneInfo) -> tuple[RecordPart, ...]:
    """The record in sequence order; an interaction's entries grouped under it; the period by when things
    happened."""
    interactions = {i.id: i for i in account.interactions}
    order: list[RecordItem | int] = []  # an int stands for the interaction with that id
    groups: dict[int, list[RecordItem]] = {}
    for item in account.record():
        interaction_id = item.entry.interaction_id
        if interaction_id is None or interaction_id not in interactions:
            order.append(item)
            continue
        if interaction_id not in groups:
            groups[interaction_id] = []
            order.append(interaction_id)
        groups[interaction_id].append(item)
    record: list[RecordPart] = []
    for placed in order:
        if isinstance(placed, RecordItem):
            if options.in_period(placed.entry.occurred_at.astimezone(zone).date()):
                record.append(placed)
            continue
        interaction, grouped = interactions[placed], groups[placed]
        if not options.in_period(interaction.started_at.astimezone(zone).date()):
            continue
        person = account.person(interaction.person_id)
        document, delivery = _sent_and_delivered(grouped)
        record.append(
            ContactBlock(
                interaction_id=interaction.id,
                kind=interaction.kind,
                direction=interaction.direction,
                started_at=interaction.started_at,
                ended_at=interaction.ended_at,
                person=person.name if person else None,
                address_used=interaction.address_used,
                reference=interaction.reference,
                outcome=interaction.outcome,
                summary=interaction.summary,
                items=tuple(grouped),
                document=document,
                delivery=delivery,
            )
        )
    return tuple(record)


def _sent_and_delivered(items: Sequence[RecordItem]) -> tuple[str | None, tuple[str, date] | None]:
    """The document a contact sent (from its `interaction` entry) and the latest delivery recorded for it."""
    document: str | None = None
    delivery: tuple[str, date] | None = None
    for item in items:
        details = item.entry.details
        if isinstance(details, ContactDetails) and details.document is not None:
            document = details.document.kind
        elif isinstance(details, DeliveryDetails):
            delivery = (details.status, details.on)  # in sequence order: the last one is the latest
    return document, delivery


def negotiation_contacts(entries: Iterable[JournalEntry]) -> frozenset[int]:
    """The interactions that hold an offer or counter-offer, of `entries` (a whole record's)."""
    return frozenset(
        entry.interaction_id
        for entry in entries
        if entry.kind in NEGOTIATION_ENTRY_KINDS and entry.interaction_id is not None
    )


def without_offers(
    record: Sequence[RecordPart], negotiating: frozenset[int]
) -> tuple[tuple[RecordPart, ...], int, int]:
    """The record as a court packet shows it, how many offers and counter-offers (with their amendments)
    were left out, and how many summaries: of each contact `negotiating` (that held an offer), its
    summary (the text of its `interaction` entry and of that entry's amendments) is left out, and its
    date and means kept."""
    kept: list[RecordPart] = []
    offers = summaries = 0
    for part in record:
        if isinstance(part, ContactBlock):
            items = tuple(i for i in part.items if i.entry.kind not in NEGOTIATION_ENTRY_KINDS)
            offers += len(part.items) - len(items)
            if part.interaction_id in negotiating:
                items = tuple(_without_summary(item) for item in items)
                summaries += 1
                part = replace(part, summary="", negotiation=True)
            kept.append(replace(part, items=items))
        elif part.entry.kind in NEGOTIATION_ENTRY_KINDS:
            offers += 1
        else:
            kept.append(part)
    return tuple(kept), offers, summaries


def _without_summary(item: RecordItem) -> RecordItem:
    """A contact's `interaction` entry (its summary is its text) and its amendments without their text."""
    if not isinstance(item.entry.details, ContactDetails):
        return item
    return RecordItem(
        replace(item.entry, text=""), tuple(replace(amendment, text="") for amendment in item.amendments)
    )


def _promises_and_plans(
    account: Account, options: PacketOptions, as_of: date
) -> tuple[tuple[PromiseRow, ...], tuple[PlanRow, ...]]:
    received = account.received
    promises = tuple(
        PromiseRow(
            p.made_on,
            p.due_on,
            p.amount_minor,
            promise_state(p.amount_minor, p.made_on, p.due_on, received, as_of).value,
            promise_received(p.made_on, p.due_on, received, as_of),
        )
        for p in account.promises
        if options.in_period(p.made_on)
    )
    plans = []
    for plan in account.plans:
        if not options.in_period(plan.agreed_on):
            continue
        status = plan_status(plan.agreed_on, plan.instalments, received, as_of)
        instalments = tuple(
            InstalmentRow(i.due_on, i.amount_minor, i.state.value, i.paid_minor) for i in status.instalments
        )
        plans.append(
            PlanRow(
                plan.kind, plan.agreed_on, plan.total_minor, plan.conditions, instalments, status.state.value
            )
        )
    return promises, tuple(plans)


def _exhibits(
    account: Account, paths: AppPaths, include: bool, left_out: frozenset[int] = frozenset()
) -> tuple[ExhibitRef, ...]:
    """The attachments as exhibits, labelled in order; those kept with the contacts `left_out` (a court
    packet's negotiation) are not exhibits of the packet at all."""
    numbers = {inv.id: inv.number for inv in account.invoices}
    interactions = {i.id: i for i in account.interactions}
    refs = []
    attachments = [
        a for a in account.attachments if a.interaction_id is None or a.interaction_id not in left_out
    ]
    for index, attachment in enumerate(attachments):
        interaction = interactions.get(attachment.interaction_id or 0)
        refs.append(
            ExhibitRef(
                label=exhibit_label(index),
                original_name=attachment.original_name,
                media_type=attachment.media_type,
                sha256=attachment.sha256,
                size_bytes=attachment.size_bytes,
                path=stored_path(paths, attachment.sha256),
                state=stored_state(paths, attachment.sha256),
                included=include,
                invoice_number=numbers.get(attachment.invoice_id or 0),
                interaction=(interaction.kind, interaction.started_at) if interaction else None,
                interaction_id=interaction.id if interaction else None,
                agreement_id=attachment.agreement_id,
            )
        )
    return tuple(refs)


def entries_of(part: RecordPart) -> list[JournalEntry]:
    """Every entry a part of the record shows: originals and their amendments."""
    items = part.items if isinstance(part, ContactBlock) else (part,)
    return [shown for item in items for shown in (item.entry, *item.amendments)]


def _hashes(record: Sequence[RecordPart]) -> tuple[HashRow, ...]:
    rows = [
        HashRow(entry.seq, entry.recorded_at, entry.kind, entry.entry_hash)
        for part in record
        for entry in entries_of(part)
    ]
    return tuple(sorted(rows, key=lambda row: row.seq))


def build_packet(
    session: Session,
    paths: AppPaths,
    debtor_id: int,
    options: PacketOptions = PacketOptions(),
) -> Packet:
    """Read everything one packet shows, in a fixed number of queries and one snapshot of the database
    (start with a fresh session); nothing is formatted yet."""
    read_snapshot(session)
    account = read_account(session, debtor_id)
    debtor = account.debtor
    now = clock_of(session).now()
    zone = ZoneInfo(debtor.time_zone)
    options = replace(
        options.checked(),
        language=options.language or debtor.language,
        as_of=options.as_of or now.astimezone(zone).date(),
    )
    as_of = options.as_of
    assert as_of is not None and options.language is not None
    creditor = get_creditor(session)
    chain = stored_chain(session, debtor_id)
    report = check_chain(session, debtor_id, chain)
    whole_record = _record(account, options, zone)  # every entry of the period: the integrity page's
    court = options.destination in COURT_DESTINATIONS
    negotiating = negotiation_contacts(account.entries) if court else frozenset()
    record, offers_left_out, summaries_left_out = (
        without_offers(whole_record, negotiating) if court else (whole_record, 0, 0)
    )
    exhibits = _exhibits(account, paths, options.attachments, negotiating)
    stmt = statement_of(account, as_of)
    interest = interest_of(account, paths, as_of) if debtor.statutory_interest else None
    promises, plans = _promises_and_plans(account, options, as_of)
    return Packet(
        debtor_id=debtor_id,
        packet_id=f"{debtor_id}-{now.astimezone(UTC):%Y%m%d-%H%M%S}-{report.head[:6]}",
        generated_at=now,
        options=options,
        language=options.language,
        locale=locale_for(options.language, debtor.country),
        time_zone=debtor.time_zone,
        currency=debtor.currency,
        creditor=Party(
            creditor.name,
            creditor.tax_id,
            creditor.address,
            creditor.contact_name,
            creditor.phone,
            creditor.email,
            user_name=creditor.user_name,
            country=creditor.country,
        )
        if creditor
        else None,
        debtor=Party(debtor.name, debtor.tax_id, debtor.address),
        people=tuple(PersonRow(p.name, p.role, p.numbers, p.email) for p in account.current_people),
        statement=_statement(account, stmt),
        agreement=account.agreement,
        record=record,
        promises=promises,
        plans=plans,
        exhibits=exhibits,
        integrity=IntegrityData(
            ok=report.ok,
            head=report.head,
            entries=report.entries,
            bad_seq=report.bad_seq,
            reason=report.reason,
            hashes=_hashes(whole_record),
        ),
        journal=tuple(journal_lines(chain)),
        interest=interest,
        claim=claim_of(stmt, interest.claimed_extra_minor if interest else 0),
        offers_left_out=offers_left_out,
        summaries_left_out=summaries_left_out,
        exhibits_left_out=len(account.attachments) - len(exhibits),
    )
