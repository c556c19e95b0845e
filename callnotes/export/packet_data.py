"""Everything a packet shows, read from the database into the packet's model (packet_model) before
anything is drawn.

The renderer only formats and lays out what is built here, so the facts (amounts, states, the order
of the record, which exhibits exist) are tested without reading a PDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date
from zoneinfo import ZoneInfo

from sqlmodel import Session

from callnotes.domain.account import Account, allocations, statement_of
from callnotes.domain.claims import claim_of
from callnotes.domain.entries import ContactDetails, DeliveryDetails, JournalEntry, RecordItem
from callnotes.domain.interest import contractual_lines
from callnotes.domain.ledger import InvoiceStatus, Statement, interest_periods
from callnotes.domain.money import locale_for
from callnotes.domain.plans import plan_status
from callnotes.domain.promises import promise_received, promise_state
from callnotes.export.packet_model import (
    COURT_DESTINATIONS,
    NEGOTIATION_ENTRY_KINDS,
    ContactBlock,
    ExhibitRef,
    HashRow,
    InstalmentRow,
    IntegrityData,
    InvoiceRow,
    Packet,
    PacketOptions,
    Party,
    PaymentRow,
    PersonRow,
    PlanRow,
    PromiseRow,
    RecordPart,
    StatementData,
    entries_of,
)
from callnotes.paths import AppPaths
from callnotes.services.attachments import stored_path, stored_state
from callnotes.services.creditor import get_creditor
from callnotes.services.interest import interest_of
from callnotes.services.validation import not_after
from callnotes.store.account import read_account
from callnotes.store.engine import clock_of, read_snapshot
from callnotes.store.journal import check_chain, journal_lines, stored_chain


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
    options: PacketOptions | None = None,
) -> Packet:
    """Read everything one packet shows, in a fixed number of queries and one snapshot of the database
    (start with a fresh session); nothing is formatted yet."""
    options = options or PacketOptions()
    read_snapshot(session)
    account = read_account(session, debtor_id)
    debtor = account.debtor
    clock = clock_of(session)
    # today as every view of the app takes it (the user's day on the one clock), not the debtor's: a
    # packet for a debtor in New York claims what `debtor show` and `interest` say on the same day
    now, today = clock.now(), clock.today()
    as_of = options.as_of or today
    # a day still to come would claim interest and fees not owed yet
    not_after(as_of, today, "as_of", "The day the amounts are claimed on")
    options = replace(options.checked(), language=options.language or debtor.language, as_of=as_of)
    assert options.language is not None
    creditor = get_creditor(session)
    chain = stored_chain(session, debtor_id)
    report = check_chain(session, debtor_id, chain)
    # the period is in the user's days, as the as-of is (a call made this evening in Tokyo is today's)
    whole_record = _record(account, options, ZoneInfo(clock.zone))  # every entry of the period
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
