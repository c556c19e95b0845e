"""Everything a packet shows, read from the database into plain dataclasses before anything is drawn.

The renderer only formats and lays out what is built here, so the facts (amounts, states, the order
of the record, which exhibits exist) are tested without reading a PDF.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from callnotes.domain.ledger import Allocation, InterestPeriod, InvoiceStatus, interest_periods
from callnotes.domain.money import locale_for
from callnotes.domain.promises import promise_state
from callnotes.errors import InputError
from callnotes.export.wording import DESTINATIONS, LANGUAGES
from callnotes.paths import AppPaths
from callnotes.services.attachments import StoredState, attachments_of, stored_path, stored_state
from callnotes.services.creditor import get_creditor
from callnotes.services.debtors import (
    debtor_statement,
    get_debtor,
    invoices_of,
    latest_agreement,
    payments_of,
    people_of,
)
from callnotes.services.interactions import history
from callnotes.store.journal import journal_lines, verify_debtor
from callnotes.store.models import Entry, Instalment, Interaction, Payment, PaymentAllocation, Plan, Promise

_PREFIX = re.compile(r"[A-Z0-9][A-Z0-9_]{0,11}")


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
        return replace(self, number_prefix=prefix)

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


@dataclass(frozen=True)
class AgreementData:
    """The terms originally agreed."""

    signed_on: date
    terms: str
    goods_services: str
    payment_terms_days: int
    annual_interest_bp: int
    late_fee_minor: int


@dataclass(frozen=True)
class RecordEntry:
    """One journal entry as shown, with the amendments that correct it."""

    seq: int
    kind: str
    written_at: datetime
    text: str
    data: Mapping[str, Any]
    author: str
    entry_hash: str
    amends_seq: int | None = None
    reason: str | None = None
    amendments: tuple[RecordEntry, ...] = ()


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
    entries: tuple[RecordEntry, ...]


RecordItem = RecordEntry | ContactBlock


@dataclass(frozen=True)
class PromiseRow:
    """A promise to pay and whether it was kept."""

    made_on: date
    due_on: date
    amount_minor: int
    state: str


@dataclass(frozen=True)
class InstalmentRow:
    """One instalment of a plan and whether it was paid in time (counting payments cumulatively)."""

    due_on: date
    amount_minor: int
    state: str


@dataclass(frozen=True)
class PlanRow:
    """A payment plan or settlement."""

    kind: str
    agreed_on: date
    total_minor: int
    conditions: str
    instalments: tuple[InstalmentRow, ...]


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


@dataclass(frozen=True)
class HashRow:
    """One line of the integrity page."""

    seq: int
    written_at: datetime
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
    agreement: AgreementData | None
    record: tuple[RecordItem, ...]
    promises: tuple[PromiseRow, ...]
    plans: tuple[PlanRow, ...]
    exhibits: tuple[ExhibitRef, ...]
    integrity: IntegrityData
    journal: tuple[str, ...] = field(repr=False)  # JSON Lines of the whole chain

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


def _statement(session: Session, debtor_id: int, as_of: date) -> StatementData:
    stmt = debtor_statement(session, debtor_id, as_of)
    agreement = latest_agreement(session, debtor_id)
    invoices = {inv.id: inv for inv in invoices_of(session, debtor_id)}
    allocations: dict[int, list[Allocation]] = defaultdict(list)
    applied: dict[int, list[tuple[str, int]]] = defaultdict(list)
    rows = session.exec(
        select(PaymentAllocation, Payment.paid_on)
        .join(Payment, col(Payment.id) == PaymentAllocation.payment_id)
        .where(Payment.debtor_id == debtor_id)
        .order_by(col(PaymentAllocation.id))
    )
    for allocation, paid_on in rows:
        if paid_on <= as_of:
            allocations[allocation.invoice_id].append(
                Allocation(allocation.invoice_id, paid_on, allocation.amount_minor)
            )
        applied[allocation.payment_id].append(
            (invoices[allocation.invoice_id].number, allocation.amount_minor)
        )
    invoice_rows = []
    for position in stmt.positions:
        invoice = invoices[position.invoice.key]
        written_off = position.invoice.status == InvoiceStatus.WRITTEN_OFF
        periods = (
            () if written_off else interest_periods(position.invoice, allocations[invoice.id or 0], as_of)
        )
        invoice_rows.append(
            InvoiceRow(
                id=invoice.id or 0,
                number=invoice.number,
                issued_on=invoice.issued_on,
                due_on=invoice.due_on,
                delivered_on=invoice.delivered_on,
                goods_services=invoice.goods_services,
                status=invoice.status,
                amount_minor=invoice.amount_minor,
                paid_minor=position.paid_minor,
                open_minor=position.open_minor,
                days_overdue=position.days_overdue,
                bucket=position.bucket.value,
                interest_minor=position.interest_minor,
                fee_minor=position.fee_minor,
                periods=periods if agreement and agreement.annual_interest_bp else (),
            )
        )
    payments = tuple(
        PaymentRow(p.paid_on, p.amount_minor, p.method, p.reference, tuple(applied[p.id or 0]))
        for p in payments_of(session, debtor_id)
        if p.paid_on <= as_of
    )
    return StatementData(
        as_of=as_of,
        currency=stmt.currency,
        invoices=tuple(invoice_rows),
        payments=payments,
        invoiced_minor=stmt.invoiced_minor,
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


def _entry(entry: Entry, amendments: Sequence[Entry] = ()) -> RecordEntry:
    return RecordEntry(
        seq=entry.seq,
        kind=entry.kind,
        written_at=entry.written_at,
        text=entry.text,
        data=json.loads(entry.data),
        author=entry.author,
        entry_hash=entry.entry_hash,
        amends_seq=entry.amends_seq,
        reason=entry.reason,
        amendments=tuple(_entry(a) for a in amendments),
    )


def _record(
    session: Session, debtor_id: int, options: PacketOptions, zone: ZoneInfo
) -> tuple[RecordItem, ...]:
    """The record in sequence order; an interaction's entries grouped under it."""
    interactions = {
        i.id: i for i in session.exec(select(Interaction).where(Interaction.debtor_id == debtor_id))
    }
    order: list[RecordEntry | int] = []  # an int stands for the interaction with that id
    groups: dict[int, list[RecordEntry]] = {}
    for item in history(session, debtor_id):
        entry = _entry(item.entry, item.amendments)
        interaction_id = item.entry.interaction_id
        if interaction_id is None or interaction_id not in interactions:
            order.append(entry)
            continue
        if interaction_id not in groups:
            groups[interaction_id] = []
            order.append(interaction_id)
        groups[interaction_id].append(entry)
    record: list[RecordItem] = []
    for placed in order:
        if isinstance(placed, RecordEntry):
            if options.in_period(placed.written_at.astimezone(zone).date()):
                record.append(placed)
            continue
        interaction, grouped = interactions[placed], groups[placed]
        if not options.in_period(interaction.started_at.astimezone(zone).date()):
            continue
        meta = next((e.data for e in grouped if e.kind == "interaction"), {})
        record.append(
            ContactBlock(
                interaction_id=interaction.id or 0,
                kind=interaction.kind,
                direction=interaction.direction,
                started_at=interaction.started_at,
                ended_at=interaction.ended_at,
                person=meta.get("person"),
                address_used=interaction.address_used,
                reference=interaction.reference,
                outcome=interaction.outcome,
                summary=interaction.summary,
                entries=tuple(grouped),
            )
        )
    return tuple(record)


def _promises_and_plans(
    session: Session, debtor_id: int, options: PacketOptions, as_of: date
) -> tuple[tuple[PromiseRow, ...], tuple[PlanRow, ...]]:
    received = [(p.paid_on, p.amount_minor) for p in payments_of(session, debtor_id)]
    promises = tuple(
        PromiseRow(
            p.made_on,
            p.due_on,
            p.amount_minor,
            promise_state(p.amount_minor, p.made_on, p.due_on, received, as_of).value,
        )
        for p in session.exec(
            select(Promise)
            .where(Promise.debtor_id == debtor_id)
            .order_by(col(Promise.made_on), col(Promise.id))
        )
        if options.in_period(p.made_on)
    )
    plans = []
    for plan in session.exec(
        select(Plan).where(Plan.debtor_id == debtor_id).order_by(col(Plan.agreed_on), col(Plan.id))
    ):
        if not options.in_period(plan.agreed_on):
            continue
        instalments, owed = [], 0
        for instalment in session.exec(
            select(Instalment).where(Instalment.plan_id == plan.id).order_by(col(Instalment.due_on))
        ):
            owed += instalment.amount_minor  # instalment n is kept once the first n are paid in full
            state = promise_state(owed, plan.agreed_on, instalment.due_on, received, as_of)
            instalments.append(InstalmentRow(instalment.due_on, instalment.amount_minor, state.value))
        plans.append(
            PlanRow(plan.kind, plan.agreed_on, plan.total_minor, plan.conditions, tuple(instalments))
        )
    return promises, tuple(plans)


def _exhibits(session: Session, paths: AppPaths, debtor_id: int, include: bool) -> tuple[ExhibitRef, ...]:
    numbers = {inv.id: inv.number for inv in invoices_of(session, debtor_id)}
    refs = []
    for index, attachment in enumerate(attachments_of(session, debtor_id)):
        interaction = (
            session.get(Interaction, attachment.interaction_id) if attachment.interaction_id else None
        )
        refs.append(
            ExhibitRef(
                label=exhibit_label(index),
                original_name=attachment.original_name,
                media_type=attachment.media_type,
                sha256=attachment.sha256,
                size_bytes=attachment.size_bytes,
                path=stored_path(paths, attachment.sha256),
                state=stored_state(paths, attachment),
                included=include,
                invoice_number=numbers.get(attachment.invoice_id) if attachment.invoice_id else None,
                interaction=(interaction.kind, interaction.started_at) if interaction else None,
            )
        )
    return tuple(refs)


def _hashes(record: Sequence[RecordItem]) -> tuple[HashRow, ...]:
    rows = []
    for item in record:
        for entry in item.entries if isinstance(item, ContactBlock) else (item,):
            for shown in (entry, *entry.amendments):
                rows.append(HashRow(shown.seq, shown.written_at, shown.kind, shown.entry_hash))
    return tuple(sorted(rows, key=lambda row: row.seq))


def build_packet(
    session: Session,
    paths: AppPaths,
    debtor_id: int,
    options: PacketOptions = PacketOptions(),
    now: datetime | None = None,
) -> Packet:
    """Read everything one packet shows; nothing is formatted yet."""
    debtor = get_debtor(session, debtor_id)
    now = now or datetime.now(UTC)
    zone = ZoneInfo(debtor.time_zone)
    options = replace(
        options.checked(),
        language=options.language or debtor.language,
        as_of=options.as_of or now.astimezone(zone).date(),
    )
    as_of = options.as_of
    assert as_of is not None and options.language is not None
    creditor = get_creditor(session)
    agreement = latest_agreement(session, debtor_id)
    record = _record(session, debtor_id, options, zone)
    promises, plans = _promises_and_plans(session, debtor_id, options, as_of)
    report = verify_debtor(session, debtor_id)
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
        )
        if creditor
        else None,
        debtor=Party(debtor.name, debtor.tax_id, debtor.address),
        people=tuple(
            PersonRow(p.name, p.role, tuple(n for n in (p.phone, p.mobile) if n), p.email)
            for p in people_of(session, debtor_id)
        ),
        statement=_statement(session, debtor_id, as_of),
        agreement=AgreementData(
            agreement.signed_on,
            agreement.terms,
            agreement.goods_services,
            agreement.payment_terms_days,
            agreement.annual_interest_bp,
            agreement.late_fee_minor,
        )
        if agreement
        else None,
        record=record,
        promises=promises,
        plans=plans,
        exhibits=_exhibits(session, paths, debtor_id, options.attachments),
        integrity=IntegrityData(
            ok=report.ok,
            head=report.head,
            entries=report.entries,
            bad_seq=report.bad_seq,
            reason=report.reason,
            hashes=_hashes(record),
        ),
        journal=tuple(journal_lines(session, debtor_id)),
    )
