"""Where a debtor stands in the collection process, and the next step with its date.

The process the field guidance teaches: reminders (a second invoice marked overdue, then one every 30
days), calls every 7 to 10 days (never daily), an agreement (a promise or a plan), a formal demand
when talking fails or an agreement is broken, then a collection agency or a lawyer, then court.
`escalation(history, today)` works it out from the history alone (a whole account, or the agenda's
figures of a debtor), in one pass, so lists (the agenda) can ask it for every debtor.

What counts as what:
- a formal demand: a letter or e-mail we sent that records it sent a `demand` document (a burofax,
  an extrajudicial demand, a final demand letter);
- a reminder: a letter or e-mail we sent after the oldest open invoice fell due that records it sent
  an `overdue` notice, a `reminder` or a `statement` (a post-call summary is neither);
- a letter or e-mail logged without a document (before callnotes wrote them, or written elsewhere):
  a letter with a reference (a certified-mail or burofax number) is a formal demand, any other a
  reminder;
- an attempt: a call or visit we made; the refusal to pay is the outcome of one;
- handed over: the debtor archived with the reason "agency" or "lawyer".
Callnotes does not yet record a claim filed at court, so the stage COURT is never worked out from
the history; going to court is the step suggested after a hand-over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo

from callnotes.domain.account import HasBooks, InteractionInfo, PlanInfo, PromiseInfo, statement_of
from callnotes.domain.confirmations import document_kinds
from callnotes.domain.contact_rules import is_conversation
from callnotes.domain.entries import JournalEntry
from callnotes.domain.ledger import Statement
from callnotes.domain.plans import plan_status
from callnotes.domain.promises import PromiseState, promise_state


class Stage(StrEnum):
    """The stages of the process, in order."""

    REMINDER = "reminder"
    CALL = "call"
    AGREEMENT = "agreement"
    FORMAL_DEMAND = "formal_demand"
    AGENCY_OR_LAWYER = "agency_or_lawyer"
    COURT = "court"


class Step(StrEnum):
    """What to do next."""

    NONE = "none"  # nothing is owed
    WAIT = "wait"  # nothing is overdue yet
    SEND_REMINDER = "send_reminder"
    CALL = "call"
    OFFER_SETTLEMENT = "offer_settlement"  # settle an old debt for less
    CHECK_PAYMENT = "check_payment"  # see whether the promised payment or instalment came
    SEND_FORMAL_DEMAND = "send_formal_demand"
    HAND_TO_AGENCY = "hand_to_agency"
    CONSULT_LAWYER = "consult_lawyer"
    GO_TO_COURT = "go_to_court"


REMINDER_INTERVAL_DAYS = 30  # reminders at 30-day intervals
REMINDERS_BEFORE_CALLING = 2  # the second invoice marked overdue, then one more
FOLLOW_UP_DAYS = 7  # persistence: a call every 7 to 10 days, never daily
SETTLEMENT_AFTER_DAYS = 120  # an old debt: offer to settle for less
DEMAND_DEADLINE_DAYS = 15  # what a formal demand usually gives the debtor to pay
COURT_AFTER_DAYS = 60  # after a hand-over, if nothing was recovered
LAWYER_FROM_MINOR = 5_000_00  # from this much overdue (in the debtor's currency), a lawyer, not an agency
REMINDER_DOCUMENTS = frozenset({"overdue", "reminder", "statement"})


@dataclass(frozen=True, slots=True)
class Escalation:
    """The current stage, the suggested next step and the day for it (None: no day), and `because`,
    a stable code of the fact that decided it (see the module's docstring and `escalation`)."""

    stage: Stage
    next_step: Step
    on: date | None
    because: str


class History(HasBooks, Protocol):
    """What the process is judged from: the books, the promises, plans and contacts (an Account has
    them, and so do the agenda's figures of a debtor)."""

    @property
    def promises(self) -> tuple[PromiseInfo, ...]: ...
    @property
    def plans(self) -> tuple[PlanInfo, ...]: ...
    @property
    def interactions(self) -> tuple[InteractionInfo, ...]: ...
    @property
    def received(self) -> tuple[tuple[date, int], ...]: ...
    @property
    def entries(self) -> tuple[JournalEntry, ...]: ...  # at least the contacts that sent a document


def _day(contact: InteractionInfo, zone: ZoneInfo) -> date:
    return contact.started_at.astimezone(zone).date()


def escalation(account: History, today: date, statement: Statement | None = None) -> Escalation:
    """Where the debtor stands on `today` and what to do next (see the module's docstring); the
    statement on `today` when the caller has it already."""
    zone = ZoneInfo(account.debtor.time_zone)
    positions = (statement or statement_of(account, today)).positions
    still_open = [(p.invoice.due_date, p.open_minor) for p in positions if p.open_minor > 0]
    if not still_open:
        return Escalation(Stage.REMINDER, Step.NONE, None, "nothing_owed")
    if account.debtor.archive_reason in ("agency", "lawyer") and account.debtor.archived_on is not None:
        court_on = max(today, account.debtor.archived_on + timedelta(days=COURT_AFTER_DAYS))
        return Escalation(Stage.AGENCY_OR_LAWYER, Step.GO_TO_COURT, court_on, "handed_over")
    overdue = [(due_on, minor) for due_on, minor in still_open if due_on < today]
    if not overdue:
        return Escalation(
            Stage.REMINDER, Step.WAIT, min(d for d, _ in still_open) + timedelta(days=1), "not_due_yet"
        )
    first_due = min(d for d, _ in overdue)
    ours = [c for c in account.interactions if c.direction == "outbound" and c.ended_at is not None]
    documents = document_kinds(account.entries)
    written = [
        (c, documents.get(c.id)) for c in ours if c.kind in ("letter", "email") and _day(c, zone) > first_due
    ]
    demands = [_day(c, zone) for c, kind in written if sent_kind(c.kind, c.reference, kind) == "demand"]
    reminders = [_day(c, zone) for c, kind in written if sent_kind(c.kind, c.reference, kind) == "reminder"]
    attempts = [c for c in ours if c.kind in ("call", "visit")]

    agreement = _latest_agreement(account, today)
    if agreement is not None:
        broken_on, check_on, because = agreement
        if broken_on is None:
            return Escalation(Stage.AGREEMENT, Step.CHECK_PAYMENT, check_on, because)
        if not any(d >= broken_on for d in demands):
            return Escalation(Stage.AGREEMENT, Step.SEND_FORMAL_DEMAND, today, because)
    if demands:
        step = Step.CONSULT_LAWYER if sum(m for _, m in overdue) >= LAWYER_FROM_MINOR else Step.HAND_TO_AGENCY
        return Escalation(
            Stage.FORMAL_DEMAND,
            step,
            max(today, max(demands) + timedelta(days=DEMAND_DEADLINE_DAYS)),
            "demand_unanswered",
        )
    if attempts:
        last = max(attempts, key=lambda c: c.started_at)
        talks = [c for c in attempts if is_conversation(c)]
        if talks and max(talks, key=lambda c: c.started_at).outcome == "refused":
            return Escalation(Stage.CALL, Step.SEND_FORMAL_DEMAND, today, "refused")
        next_call = max(today, _day(last, zone) + timedelta(days=FOLLOW_UP_DAYS))
        settled_for_less = any(p.kind == "settlement" for p in account.plans)
        if (today - first_due).days > SETTLEMENT_AFTER_DAYS and not settled_for_less:
            return Escalation(Stage.CALL, Step.OFFER_SETTLEMENT, next_call, "old_debt")
        return Escalation(Stage.CALL, Step.CALL, next_call, "follow_up")
    if not reminders:
        return Escalation(Stage.REMINDER, Step.SEND_REMINDER, today, "overdue_no_reminder")
    if len(reminders) < REMINDERS_BEFORE_CALLING:
        return Escalation(
            Stage.REMINDER,
            Step.SEND_REMINDER,
            max(today, max(reminders) + timedelta(days=REMINDER_INTERVAL_DAYS)),
            "reminder_interval",
        )
    return Escalation(
        Stage.REMINDER,
        Step.CALL,
        max(today, max(reminders) + timedelta(days=FOLLOW_UP_DAYS)),
        "reminders_unanswered",
    )


def sent_kind(kind: str, reference: str, document: str | None) -> str | None:
    """What a letter or e-mail we sent counts as: "demand", "reminder", or None (a summary). `kind` is
    the contact's kind, `reference` its certified-mail or burofax number, `document` the document
    it records it sent (None when it was logged by hand)."""
    if document is None:  # logged by hand: a certified letter is a demand, anything else a reminder
        return "demand" if kind == "letter" and reference.strip() else "reminder"
    if document == "demand":
        return "demand"
    return "reminder" if document in REMINDER_DOCUMENTS else None


def _latest_agreement(account: History, today: date) -> tuple[date | None, date | None, str] | None:
    """The most recent promise or plan, unless it was kept in full: (the day it broke or None while it
    runs, the day to check next, a `because` code)."""
    received = account.received
    promise = max(account.promises, key=lambda p: (p.made_on, p.id), default=None)
    plan = max(account.plans, key=lambda p: (p.agreed_on, p.id), default=None)
    if plan is not None and (promise is None or plan.agreed_on >= promise.made_on):
        status = plan_status(plan.agreed_on, plan.instalments, received, today)
        if status.in_arrears:
            missed_on = status.in_arrears[0].due_on + timedelta(days=1)
            return missed_on, missed_on, "instalment_missed"
        upcoming = status.next_due
        return (None, upcoming.due_on + timedelta(days=1), "plan_running") if upcoming is not None else None
    if promise is None:
        return None
    state = promise_state(promise.amount_minor, promise.made_on, promise.due_on, received, today)
    after_due = promise.due_on + timedelta(days=1)
    if state is PromiseState.BROKEN:
        return after_due, after_due, "promise_broken"
    return (None, after_due, "promise_pending") if state is PromiseState.PENDING else None
