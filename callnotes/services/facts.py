"""The prepared facts shown beside the notes during a call."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from callnotes.domain.ledger import Statement
from callnotes.domain.promises import PromiseState, promise_state
from callnotes.services import debtors as debtor_service
from callnotes.services.record import RecordCheck, check_record
from callnotes.store.models import Agreement, Debtor, Interaction, Invoice, Person, Plan, Promise

RECENT = 5


@dataclass(frozen=True)
class InvoiceFact:
    """An invoice that is still (partly) unpaid."""

    number: str
    issued_on: date
    due_on: date
    days_overdue: int
    amount_minor: int
    open_minor: int
    goods_services: str
    delivered_on: date | None
    status: str


@dataclass(frozen=True)
class PromiseFact:
    """A promise to pay and whether it was kept."""

    amount_minor: int
    made_on: date
    due_on: date
    state: PromiseState


@dataclass(frozen=True)
class ContactFact:
    """One of the last interactions."""

    started_at: datetime
    kind: str
    outcome: str | None
    summary: str


@dataclass(frozen=True)
class CallFacts:
    """Everything the facts panel shows for one debtor, as of one day."""

    debtor: Debtor
    locale: str
    people: Sequence[Person]
    statement: Statement
    open_invoices: Sequence[InvoiceFact]
    agreement: Agreement | None
    promises: Sequence[PromiseFact]
    plans: Sequence[Plan]
    contacts: Sequence[ContactFact]
    usual_delay_days: int | None
    record: RecordCheck

    @property
    def currency(self) -> str:
        return self.debtor.currency


def _usual_delay(invoices: Sequence[Invoice], settled_on: dict[int, date]) -> int | None:
    """Median days between due date and full payment, over invoices paid in full."""
    delays = sorted((settled_on[i.id] - i.due_on).days for i in invoices if i.id in settled_on)
    return delays[len(delays) // 2] if delays else None


def call_facts(session: Session, debtor_id: int, today: date) -> CallFacts:
    """Gather the facts for a call with this debtor."""
    debtor = debtor_service.get_debtor(session, debtor_id)
    statement = debtor_service.debtor_statement(session, debtor_id, today)
    invoices = {i.id: i for i in debtor_service.invoices_of(session, debtor_id)}
    open_invoices = [
        InvoiceFact(
            number=p.invoice.number,
            issued_on=p.invoice.issue_date,
            due_on=p.invoice.due_date,
            days_overdue=p.days_overdue,
            amount_minor=p.invoice.amount_minor,
            open_minor=p.open_minor,
            goods_services=invoices[p.invoice.key].goods_services,
            delivered_on=invoices[p.invoice.key].delivered_on,
            status=p.invoice.status.value,
        )
        for p in statement.positions
        if p.open_minor > 0
    ]
    payments = [(p.paid_on, p.amount_minor) for p in debtor_service.payments_of(session, debtor_id)]
    promises = session.exec(
        select(Promise).where(Promise.debtor_id == debtor_id).order_by(col(Promise.made_on).desc())
    ).all()
    contacts = session.exec(
        select(Interaction)
        .where(Interaction.debtor_id == debtor_id, col(Interaction.ended_at).is_not(None))
        .order_by(col(Interaction.started_at).desc())
        .limit(RECENT)
    ).all()
    settled_on = debtor_service.settlement_dates(session, debtor_id)
    return CallFacts(
        debtor=debtor,
        locale=debtor_service.debtor_locale(debtor),
        people=debtor_service.people_of(session, debtor_id),
        statement=statement,
        open_invoices=open_invoices,
        agreement=debtor_service.latest_agreement(session, debtor_id),
        promises=[
            PromiseFact(
                p.amount_minor,
                p.made_on,
                p.due_on,
                promise_state(p.amount_minor, p.made_on, p.due_on, payments, today),
            )
            for p in promises[:RECENT]
        ],
        plans=session.exec(select(Plan).where(Plan.debtor_id == debtor_id)).all(),
        contacts=[ContactFact(c.started_at, c.kind, c.outcome, c.summary) for c in contacts],
        usual_delay_days=_usual_delay(list(invoices.values()), settled_on),
        record=check_record(session, debtor_id)[0],
    )
