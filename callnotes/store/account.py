"""One read of a debtor's account, and of every debtor's books: a fixed number of queries whatever the size.

The rows come back as the plain records of `callnotes.domain.account`, the journal decoded once, so
the facts panel, the debtor view, the list and the packet all work from the same read. The reads use
plain row queries rather than ORM objects: building thousands of ORM objects takes three times as
long for the same rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import fields
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Table, and_, or_, select
from sqlmodel import Session, SQLModel

from callnotes.domain.account import (
    Account,
    AgreementInfo,
    AttachmentInfo,
    CreditNoteInfo,
    DebtorProfile,
    InteractionInfo,
    InvoiceInfo,
    PaymentInfo,
    PersonInfo,
    PlanInfo,
    PromiseInfo,
    ReversalInfo,
)
from callnotes.domain.agenda import DebtorFigures
from callnotes.domain.confirmations import CORRESPONDENCE_KINDS
from callnotes.domain.disputes import open_disputes
from callnotes.domain.entries import JournalEntry
from callnotes.errors import NotFoundError
from callnotes.store.journal import decoded
from callnotes.store.models import (
    Agreement,
    Attachment,
    CreditNote,
    Debtor,
    Entry,
    Instalment,
    Interaction,
    Invoice,
    Payment,
    PaymentAllocation,
    PaymentReversal,
    Person,
    Plan,
    Promise,
)

Row = Any  # a result row: its columns by name
T = TypeVar("T")
DISPUTE_ENTRY_KINDS = ("dispute", "dispute_resolved")  # the entries domain/disputes.py reads
REPLY_ENTRY_KINDS = ("reply",)  # the entries domain/confirmations.py reads, with the contacts that sent


def table(model: type[SQLModel]) -> Table:
    """The table behind a model, for queries that return plain rows."""
    found = model.__table__  # type: ignore[attr-defined]
    assert isinstance(found, Table)
    return found


def _rows(
    session: Session, model: type[SQLModel], where: ColumnElement[bool] | None, *order: str
) -> list[Row]:
    t = table(model)
    query = select(t).order_by(*(t.c[name] for name in order))
    return list(session.execute(query if where is None else query.where(where)))


def debtor_profile(row: Row) -> DebtorProfile:
    """A debtor row as a plain record."""
    return DebtorProfile(
        row.id,
        row.kind,
        row.name,
        row.tax_id,
        row.country,
        row.language,
        row.currency,
        row.time_zone,
        row.address,
        row.notes,
        row.payment_rating,
        row.phone,
        row.email,
        row.archived_on,
        row.archive_reason,
        row.statutory_interest,
    )


def _person(p: Row) -> PersonInfo:
    return PersonInfo(p.id, p.name, p.role, p.phone, p.mobile, p.email, p.removed_at)


def _credit_note(c: Row) -> CreditNoteInfo:
    return CreditNoteInfo(c.id, c.invoice_id, c.issued_on, c.amount_minor, c.currency, c.reason)


def _agreement(a: Row) -> AgreementInfo:
    return AgreementInfo(
        a.id,
        a.signed_on,
        a.terms,
        a.goods_services,
        a.payment_terms_days,
        a.annual_interest_bp,
        a.late_fee_minor,
        a.currency,
    )


def _invoice(i: Row) -> InvoiceInfo:
    return InvoiceInfo(
        i.id,
        i.number,
        i.issued_on,
        i.due_on,
        i.amount_minor,
        i.currency,
        i.goods_services,
        i.delivered_on,
        i.status,
    )


def interaction_info(i: Row) -> InteractionInfo:
    """An interaction row (or object) as a plain record."""
    return InteractionInfo(
        i.id,
        i.person_id,
        i.kind,
        i.direction,
        i.started_at,
        i.ended_at,
        i.address_used,
        i.reference,
        i.outcome,
        i.summary,
        i.next_action_on,
    )


def _payments(session: Session, debtor_ids: Sequence[int] | None) -> dict[int, list[PaymentInfo]]:
    """Payments with their allocations and reversals, per debtor, oldest first (two queries); every
    debtor's for None."""
    payment, allocation, reversal = table(Payment), table(PaymentAllocation), table(PaymentReversal)
    applied: dict[int, list[tuple[int, int]]] = defaultdict(list)
    allocations = (
        select(allocation.c.payment_id, allocation.c.invoice_id, allocation.c.amount_minor)
        .join(payment, payment.c.id == allocation.c.payment_id)
        .order_by(allocation.c.id)
    )
    if debtor_ids is not None:
        allocations = allocations.where(payment.c.debtor_id.in_(debtor_ids))
    for payment_id, invoice_id, amount in session.execute(allocations):
        applied[payment_id].append((invoice_id, amount))
    rows = (
        select(
            payment, reversal.c.reason.label("reversal_reason"), reversal.c.recorded_at.label("reversed_at")
        )
        .outerjoin(reversal, reversal.c.payment_id == payment.c.id)
        .order_by(payment.c.paid_on, payment.c.id)
    )
    if debtor_ids is not None:
        rows = rows.where(payment.c.debtor_id.in_(debtor_ids))
    payments: dict[int, list[PaymentInfo]] = defaultdict(list)
    for p in session.execute(rows):
        reversed_by = ReversalInfo(p.reversal_reason, p.reversed_at) if p.reversed_at is not None else None
        payments[p.debtor_id].append(
            PaymentInfo(
                p.id,
                p.paid_on,
                p.amount_minor,
                p.currency,
                p.method,
                p.reference,
                tuple(applied[p.id]),
                reversed_by,
            )
        )
    return payments


def _plans(session: Session, debtor_ids: Sequence[int] | None) -> dict[int, list[PlanInfo]]:
    """Plans with their instalments, per debtor, by the day they were agreed (two queries); every
    debtor's for None."""
    plan, instalment = table(Plan), table(Instalment)
    instalments: dict[int, list[tuple[date, int]]] = defaultdict(list)
    rows = (
        select(instalment.c.plan_id, instalment.c.due_on, instalment.c.amount_minor)
        .join(plan, plan.c.id == instalment.c.plan_id)
        .order_by(instalment.c.due_on, instalment.c.id)
    )
    if debtor_ids is not None:
        rows = rows.where(plan.c.debtor_id.in_(debtor_ids))
    for plan_id, due_on, amount in session.execute(rows):
        instalments[plan_id].append((due_on, amount))
    where = plan.c.debtor_id.in_(debtor_ids) if debtor_ids is not None else None
    return _grouped(
        _rows(session, Plan, where, "agreed_on", "id"),
        lambda p: PlanInfo(
            p.id,
            p.interaction_id,
            p.kind,
            p.total_minor,
            p.currency,
            p.agreed_on,
            p.conditions,
            tuple(instalments[p.id]),
        ),
    )


def _promise(p: Row) -> PromiseInfo:
    return PromiseInfo(p.id, p.interaction_id, p.amount_minor, p.currency, p.made_on, p.due_on)


def _of(model: type[SQLModel], debtor_id: int) -> ColumnElement[bool]:
    return table(model).c.debtor_id == debtor_id


def _entries_of(debtor_id: int, kinds: Sequence[str] | None, leave_out: Sequence[str]) -> ColumnElement[bool]:
    where = _of(Entry, debtor_id)
    if kinds is not None:
        where = and_(where, table(Entry).c.kind.in_(sorted(kinds)))
    if leave_out:
        where = and_(where, table(Entry).c.kind.not_in(sorted(leave_out)))
    return where


def read_people(session: Session, debtor_id: int) -> tuple[PersonInfo, ...]:
    """The people at the debtor, in the order they were added, those removed included."""
    return tuple(_person(p) for p in _rows(session, Person, _of(Person, debtor_id), "id"))


def read_account(
    session: Session,
    debtor_id: int,
    entry_kinds: Sequence[str] | None = None,
    leave_out: Sequence[str] = (),
) -> Account:
    """Everything recorded about one debtor, in 13 queries whatever its size; NotFoundError if none.
    With `entry_kinds`, the journal's entries of those kinds only, and without those of `leave_out`
    (the facts of a call need a few kinds, the debtor's panel all but the thousands of lines of every
    call of a long history)."""
    found = _rows(session, Debtor, table(Debtor).c.id == debtor_id)
    if not found:
        raise NotFoundError(f"There is no debtor with id {debtor_id}.")
    return Account(
        debtor=debtor_profile(found[0]),
        people=read_people(session, debtor_id),
        agreements=tuple(
            _agreement(a) for a in _rows(session, Agreement, _of(Agreement, debtor_id), "signed_on", "id")
        ),
        invoices=tuple(_invoice(i) for i in _rows(session, Invoice, _of(Invoice, debtor_id), "due_on", "id")),
        payments=tuple(_payments(session, [debtor_id])[debtor_id]),
        credit_notes=tuple(
            _credit_note(c) for c in _rows(session, CreditNote, _of(CreditNote, debtor_id), "issued_on", "id")
        ),
        promises=tuple(
            _promise(p) for p in _rows(session, Promise, _of(Promise, debtor_id), "made_on", "id")
        ),
        plans=tuple(_plans(session, [debtor_id])[debtor_id]),
        interactions=tuple(
            interaction_info(i)
            for i in _rows(session, Interaction, _of(Interaction, debtor_id), "started_at", "id")
        ),
        attachments=tuple(
            AttachmentInfo(
                a.id,
                a.invoice_id,
                a.interaction_id,
                a.sha256,
                a.original_name,
                a.media_type,
                a.size_bytes,
                a.agreement_id,
            )
            for a in _rows(session, Attachment, _of(Attachment, debtor_id), "id")
        ),
        entries=tuple(
            decoded(e) for e in _rows(session, Entry, _entries_of(debtor_id, entry_kinds, leave_out), "seq")
        ),
    )


def _grouped(rows: Iterable[Row], make: Any) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row.debtor_id].append(make(row))
    return grouped


AGENDA_BATCH = 100  # debtors whose rows are read together: the agenda holds one batch's rows at a time


def read_agenda_figures(session: Session) -> Iterator[DebtorFigures]:
    """What the agenda needs of every debtor not archived: the books, promises, plans, the interactions
    that ended, the open disputes, and the e-mails and letters we sent with the replies to them (which
    document each sent, for confirmations and escalation), by name.

    The debtors are read AGENDA_BATCH at a time (ten queries a batch), each batch's figures yielded
    before the next is read: the rows of every debtor are never held at once (on a large database they
    took more memory than the rest of the desk). The few journal entries the agenda reads come in one
    query for everyone first: found by kind, they cost one pass over the journal, where a batch's
    pass through its debtors' entries cost as much each time.
    """
    debtor = table(Debtor)
    debtors = _rows(session, Debtor, debtor.c.archived_on.is_(None), "name", "id")
    entries = _grouped(_rows(session, Entry, _agenda_entries(), "debtor_id", "seq"), decoded)
    for start in range(0, len(debtors), AGENDA_BATCH):
        yield from _agenda_batch(session, debtors[start : start + AGENDA_BATCH], entries)


def _agenda_entries() -> ColumnElement[bool]:
    """The journal's entries the agenda reads: disputes and replies, and the contacts that sent a
    document by e-mail or letter."""
    entry, interaction = table(Entry), table(Interaction)
    sent = select(interaction.c.id).where(
        interaction.c.direction == "outbound", interaction.c.kind.in_(sorted(CORRESPONDENCE_KINDS))
    )
    return or_(
        entry.c.kind.in_(DISPUTE_ENTRY_KINDS + REPLY_ENTRY_KINDS),
        and_(
            entry.c.kind == "interaction",
            entry.c.interaction_id.in_(sent),
            # only a contact that sent a document has this key (services/interactions.end_interaction):
            # the others are not read nor decoded; the decoded details say for sure
            entry.c.data.contains('"document":'),
        ),
    )


def _records(
    session: Session, model: type[SQLModel], make: Callable[..., T], where: ColumnElement[bool], *order: str
) -> dict[int, list[T]]:
    """Rows of `model` as the dataclass `make`, per debtor: only the record's columns, passed by
    position (building tens of thousands of records from rows read by name took as long as the query)."""
    t = table(model)
    columns = [t.c[f.name] for f in fields(make)]  # type: ignore[arg-type]
    query = select(t.c.debtor_id, *columns).where(where).order_by(*(t.c[name] for name in order))
    grouped: dict[int, list[T]] = defaultdict(list)
    for debtor_id, *values in session.execute(query):
        grouped[debtor_id].append(make(*values))
    return grouped


def _agenda_batch(
    session: Session, debtors: Sequence[Row], entries: dict[int, list[JournalEntry]]
) -> list[DebtorFigures]:
    """The agenda's figures of these debtors (their rows), in their order, with their `entries`."""
    ids = [d.id for d in debtors]

    def of(model: type[SQLModel]) -> ColumnElement[bool]:
        return table(model).c.debtor_id.in_(ids)

    invoices = _records(session, Invoice, InvoiceInfo, of(Invoice), "due_on", "id")
    payments = _payments(session, ids)
    credit_notes = _grouped(_rows(session, CreditNote, of(CreditNote), "issued_on", "id"), _credit_note)
    agreements = {
        a.debtor_id: _agreement(a) for a in _rows(session, Agreement, of(Agreement), "signed_on", "id")
    }
    promises = _grouped(_rows(session, Promise, of(Promise), "made_on", "id"), _promise)
    plans = _plans(session, ids)
    interaction = table(Interaction)
    ended = _records(
        session,
        Interaction,
        InteractionInfo,
        and_(of(Interaction), interaction.c.ended_at.is_not(None)),
        "started_at",
        "id",
    )
    return [
        DebtorFigures(
            debtor_profile(d),
            tuple(invoices[d.id]),
            tuple(payments[d.id]),
            tuple(credit_notes[d.id]),
            agreements.get(d.id),
            tuple(promises[d.id]),
            tuple(plans[d.id]),
            tuple(ended[d.id]),
            open_disputes(entries[d.id]),
            tuple(entries[d.id]),
        )
        for d in debtors
    ]
