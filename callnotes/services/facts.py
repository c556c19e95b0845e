"""The prepared facts shown beside the notes during a call, worked out from one read of the account."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from callnotes.domain.account import Account, AgreementInfo, DebtorProfile, PersonInfo, PlanInfo, statement_of
from callnotes.domain.deliveries import OUTCOME_OF_STATUS, latest_deliveries
from callnotes.domain.disputes import Dispute, open_disputes
from callnotes.domain.escalation import Escalation, escalation
from callnotes.domain.interest import DebtorInterest
from callnotes.domain.ledger import Statement
from callnotes.domain.money import locale_for
from callnotes.domain.plans import InstalmentStatus, PlanState, plan_status
from callnotes.domain.promises import PromiseState, promise_received, promise_state
from callnotes.errors import InputError

RECENT = 5
# The journal's entries the facts read (what became of letters, disputes, the documents contacts sent):
# `read_account(..., entry_kinds=FACT_ENTRY_KINDS)` leaves out the lines of every call.
FACT_ENTRY_KINDS = ("interaction", "delivery", "dispute", "dispute_resolved")


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
    """A promise to pay and whether it was kept (part-kept: the date passed with only part paid)."""

    amount_minor: int
    made_on: date
    due_on: date
    state: PromiseState
    paid_minor: int = 0  # what the payments that count for it add up to
    interaction_id: int | None = None  # the interaction it was made in


@dataclass(frozen=True)
class PlanFact:
    """A payment plan, where it stands, and each instalment's state (payments applied in date order)."""

    id: int
    kind: str  # instalments | settlement
    agreed_on: date
    total_minor: int
    conditions: str
    state: PlanState
    instalments: tuple[InstalmentStatus, ...]
    interaction_id: int | None = None  # the interaction it was agreed in


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

    debtor: DebtorProfile
    locale: str
    people: tuple[PersonInfo, ...]
    statement: Statement
    open_invoices: tuple[InvoiceFact, ...]
    agreement: AgreementInfo | None
    promises: tuple[PromiseFact, ...]  # the most recent first
    plans: tuple[PlanFact, ...]  # the most recent first
    contacts: tuple[ContactFact, ...]  # the most recent first
    usual_delay_days: int | None
    escalation: Escalation  # the stage of the collection process and the suggested next step
    disputes: tuple[Dispute, ...] = ()  # the open ones, oldest first
    interest: DebtorInterest | None = None  # the interest with its working (None: the rate table is broken)
    rates_problem: InputError | None = None  # why the rate table could not be read, when it could not

    @property
    def currency(self) -> str:
        return self.debtor.currency


def usual_delay(account: Account) -> int | None:
    """Median days between due date and full payment, over invoices paid in full."""
    settled_on = account.settled_on()
    delays = sorted((settled_on[i.id] - i.due_on).days for i in account.invoices if i.id in settled_on)
    return delays[len(delays) // 2] if delays else None


def plan_fact(plan: PlanInfo, received: Sequence[tuple[date, int]], today: date) -> PlanFact:
    """A plan with its state and its instalments' on `today`."""
    status = plan_status(plan.agreed_on, plan.instalments, received, today)
    return PlanFact(
        plan.id,
        plan.kind,
        plan.agreed_on,
        plan.total_minor,
        plan.conditions,
        status.state,
        status.instalments,
        plan.interaction_id,
    )


def promise_facts(account: Account, today: date) -> tuple[PromiseFact, ...]:
    """Every promise with its state on `today`, the most recent first."""
    received = account.received
    return tuple(
        PromiseFact(
            p.amount_minor,
            p.made_on,
            p.due_on,
            promise_state(p.amount_minor, p.made_on, p.due_on, received, today),
            promise_received(p.made_on, p.due_on, received, today),
            p.interaction_id,
        )
        for p in sorted(account.promises, key=lambda p: (p.made_on, p.id), reverse=True)
    )


def plan_facts(account: Account, today: date) -> tuple[PlanFact, ...]:
    """Every plan with its instalments' states on `today`, the most recent first."""
    plans = sorted(account.plans, key=lambda p: (p.agreed_on, p.id), reverse=True)
    return tuple(plan_fact(p, account.received, today) for p in plans)


def call_facts(
    account: Account,
    today: date,
    interest: DebtorInterest | None = None,
    rates_problem: InputError | None = None,
) -> CallFacts:
    """The facts for a call with this debtor, as of `today`, with its `interest` (services.interest),
    or `rates_problem`: why the rate table could not be read."""
    statement = statement_of(account, today)
    invoices = {i.id: i for i in account.invoices}
    open_invoices = tuple(
        InvoiceFact(
            number=p.invoice.number,
            issued_on=p.invoice.issue_date,
            due_on=p.invoice.due_date,
            days_overdue=p.days_overdue,
            amount_minor=p.claimed_minor,
            open_minor=p.open_minor,
            goods_services=invoices[p.invoice.key].goods_services,
            delivered_on=invoices[p.invoice.key].delivered_on,
            status=p.state.value,
        )
        for p in statement.positions
        if p.open_minor > 0
    )
    ended = [i for i in account.interactions if i.ended_at is not None]
    recent_contacts = sorted(ended, key=lambda i: i.started_at, reverse=True)[:RECENT]
    delivered = latest_deliveries(account.entries)  # a letter shows what became of it, once known
    return CallFacts(
        debtor=account.debtor,
        locale=locale_for(account.debtor.language, account.debtor.country),
        people=account.current_people,
        statement=statement,
        open_invoices=open_invoices,
        agreement=account.agreement,
        promises=promise_facts(account, today)[:RECENT],
        plans=plan_facts(account, today),
        contacts=tuple(
            ContactFact(
                c.started_at,
                c.kind,
                OUTCOME_OF_STATUS[delivered[c.id].status] if c.id in delivered else c.outcome,
                c.summary,
            )
            for c in recent_contacts
        ),
        usual_delay_days=usual_delay(account),
        escalation=escalation(account, today),
        disputes=open_disputes(account.entries),
        interest=interest,
        rates_problem=rates_problem,
    )
