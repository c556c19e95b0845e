"""Who to call today, and why: the agenda's rows, worked out from each debtor's figures on a given day.

Reasons (stable codes, used by the command line's JSON and the window's words):

- `promise_broken`: the latest promise's date passed without it being paid in full (nothing paid, or
  only part: part-kept). It stays until a new promise or plan is made after it broke, or the row is
  marked done.
- `promise_due`: the latest promise, pending, falls due today or tomorrow (`PROMISE_DUE_AHEAD_DAYS`): a
  call the day before is a courtesy that gets promises kept; earlier would be pressing.

  Only the latest promise counts (for these reasons and for the pause below): a new promise replaces
  what was promised before, so an older one neither breaks nor falls due beside it.
- `instalment_missed`: the latest plan has an instalment whose date passed unpaid (missed or
  part-paid), until a new promise or plan is made after that.
- `follow_up_due`: the last interaction's next-action date has been reached.
- `no_recent_contact`: money is overdue and there was no conversation for `NO_CONTACT_DAYS` days (a
  conversation: a call or visit that reached someone, or anything the debtor sent or said to us); with
  no conversation ever, counted from the oldest overdue invoice's due date. A dispute does not pause it
  (a disputed debt needs talking about too), but its amount, like a reminder's, is what is overdue and
  not disputed.
- `summary_unconfirmed`: the latest post-call summary sent has waited the creditor's `reply_wait_days`
  (default 7) or more without a reply recorded (domain/confirmations.py): a call to ask for the
  confirmation, or a note that none came. A reply of any stance (silent included) takes it away.
- `reminder_due`: the process sends a reminder (an e-mail or letter to the debtor) every
  `REMINDER_INTERVAL_DAYS` days while invoices are overdue; none was sent in that time.

Pauses: a pending promise (the latest), or a plan on track, pauses `reminder_due` and `no_recent_contact` until its
date (while it is pending or on track). An open dispute pauses reminders for the invoices it covers
(an invoice marked disputed too); promises and plans are about the debt as a whole, so their reasons
wait only while open disputes cover every open invoice (a dispute naming no invoice covers them all).
Every row carries the debtor's open disputes, so the screen can show them. Archived debtors and
debtors who owe nothing are not listed.

Order: by urgency (broken promises and missed instalments first, then promises due, follow-ups and
unconfirmed summaries, long silences, reminders), then the biggest debts first, then the oldest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from callnotes.domain.account import (
    Account,
    AgreementInfo,
    CreditNoteInfo,
    DebtorProfile,
    InteractionInfo,
    InvoiceInfo,
    PaymentInfo,
    PlanInfo,
    PromiseInfo,
    statement_of,
)
from callnotes.domain.confirmations import DEFAULT_REPLY_WAIT_DAYS, unconfirmed_summary
from callnotes.domain.contact_rules import is_conversation
from callnotes.domain.disputes import Dispute, open_disputes
from callnotes.domain.entries import JournalEntry
from callnotes.domain.escalation import Escalation, escalation
from callnotes.domain.ledger import InvoicePosition, InvoiceStatus
from callnotes.domain.money import Money, format_money
from callnotes.domain.plans import PlanState, PlanStatus, plan_status
from callnotes.domain.promises import PromiseState, promise_received, promise_state

PROMISE_DUE_AHEAD_DAYS = 1  # a promise is on the agenda on its due date and the day before
NO_CONTACT_DAYS = 14
REMINDER_INTERVAL_DAYS = 30
DETAIL_LOCALE = "en_US"  # the detail sentence is English (the command line's language)

REMINDER_KINDS = frozenset({"email", "letter"})


class Reason(StrEnum):
    """Why a debtor is on the agenda: stable codes."""

    PROMISE_BROKEN = "promise_broken"
    INSTALMENT_MISSED = "instalment_missed"
    PROMISE_DUE = "promise_due"
    FOLLOW_UP_DUE = "follow_up_due"
    NO_RECENT_CONTACT = "no_recent_contact"
    REMINDER_DUE = "reminder_due"
    SUMMARY_UNCONFIRMED = "summary_unconfirmed"


# Lower is more urgent.
URGENCY = {
    Reason.PROMISE_BROKEN: 1,
    Reason.INSTALMENT_MISSED: 1,
    Reason.PROMISE_DUE: 2,
    Reason.FOLLOW_UP_DUE: 3,
    Reason.SUMMARY_UNCONFIRMED: 3,
    Reason.NO_RECENT_CONTACT: 4,
    Reason.REMINDER_DUE: 5,
}
# Reasons that recur on a cycle rather than arising from one dated event (see `hidden_by_done`).
CYCLIC = frozenset({Reason.NO_RECENT_CONTACT, Reason.REMINDER_DUE})


@dataclass(frozen=True, slots=True)
class DebtorFigures:
    """What the agenda needs of one debtor: the books, promises, plans, contacts and open disputes."""

    debtor: DebtorProfile
    invoices: tuple[InvoiceInfo, ...]
    payments: tuple[PaymentInfo, ...]
    credit_notes: tuple[CreditNoteInfo, ...]
    agreement: AgreementInfo | None
    promises: tuple[PromiseInfo, ...]
    plans: tuple[PlanInfo, ...]
    interactions: tuple[InteractionInfo, ...]
    disputes: tuple[Dispute, ...]  # the open ones
    # The journal's entries the agenda reads: the contacts that sent e-mails or letters (which document
    # each sent) and the replies to them, for confirmations and escalation (a whole account's are fine).
    entries: tuple[JournalEntry, ...] = ()

    @property
    def received(self) -> tuple[tuple[date, int], ...]:
        """Every payment that counts as (date, amount)."""
        return tuple((p.paid_on, p.amount_minor) for p in self.payments if p.counts)


def figures_of(account: Account) -> DebtorFigures:
    """The agenda's figures from one debtor's whole account."""
    return DebtorFigures(
        account.debtor,
        account.invoices,
        account.payments,
        account.credit_notes,
        account.agreement,
        account.promises,
        account.plans,
        tuple(i for i in account.interactions if i.ended_at is not None),
        open_disputes(account.entries),
        account.entries,
    )


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One row of the agenda: a debtor to contact, why, about what amount, since or by which day."""

    debtor_id: int
    debtor_name: str
    reason: Reason
    detail: str  # a plain English sentence; the window words the row from the fields below
    on: date  # the promise's or instalment's due date, the follow-up date, the last contact or reminder
    amount_minor: int  # what the row is about: unpaid of the promise, arrears, overdue, or the balance
    currency: str
    urgency: int  # lower is more urgent (URGENCY)
    balance_minor: int  # what the debtor owes in all
    days_overdue: int  # of the oldest overdue invoice
    days: int  # from `on` to today: days late, since the last contact; negative before a due date
    disputes: tuple[Dispute, ...] = ()  # the debtor's open disputes
    last_conversation: date | None = None
    last_reminder: date | None = None
    promised_minor: int = 0  # promise rows: the amount promised
    instalments_missed: int = 0  # instalment rows: how many are in arrears
    next_step: Escalation | None = None  # where the debtor stands in the process and what to do next

    @property
    def key(self) -> tuple[int, str]:
        """What a snooze or done mark names: the debtor and the reason."""
        return self.debtor_id, self.reason.value


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local_day(moment: datetime, zone: str) -> date:
    """The day a moment falls on in the debtor's time zone."""
    return moment.astimezone(_zone(zone)).date()


def heard_from(i: InteractionInfo) -> bool:
    """Whether the interaction was a conversation (contact_rules.is_conversation, the contact guard's
    own reading) or anything that came from the debtor."""
    return i.direction == "inbound" or is_conversation(i)


def is_reminder(i: InteractionInfo) -> bool:
    """Whether the interaction was a reminder of the process: an e-mail or letter sent to the debtor."""
    return i.kind in REMINDER_KINDS and i.direction == "outbound"


class _Rows:
    """One debtor's rows on one day, with its figures worked out once for every reason."""

    def __init__(
        self,
        figures: DebtorFigures,
        today: date,
        balance_minor: int,
        statement_days: int,
        positions: tuple[InvoicePosition, ...],
    ) -> None:
        self.figures, self.today = figures, today
        self.balance_minor, self.days_overdue = balance_minor, statement_days
        self.positions = positions  # the open invoices
        self.currency = figures.debtor.currency
        self.received = figures.received
        self.ended = tuple(i for i in figures.interactions if i.ended_at is not None)  # by start
        self.last_conversation = self._last_day(i for i in self.ended if heard_from(i))
        self.last_reminder = self._last_day(i for i in self.ended if is_reminder(i))
        self.made = max(
            [p.made_on for p in figures.promises] + [p.agreed_on for p in figures.plans], default=None
        )
        # Only the latest promise counts: a newer one supersedes what was promised before it.
        self.promise = max(figures.promises, key=lambda p: (p.made_on, p.id), default=None)
        self.rows: list[AgendaItem] = []

    def _last_day(self, which: Iterable[InteractionInfo]) -> date | None:
        return max((local_day(i.started_at, self.figures.debtor.time_zone) for i in which), default=None)

    def add(self, reason: Reason, detail: str, on: date, amount: int, **extra: Any) -> None:
        self.rows.append(
            AgendaItem(
                self.figures.debtor.id,
                self.figures.debtor.name,
                reason,
                detail,
                on,
                amount,
                self.currency,
                URGENCY[reason],
                self.balance_minor,
                self.days_overdue,
                (self.today - on).days,
                self.figures.disputes,
                self.last_conversation,
                self.last_reminder,
                **extra,
            )
        )

    def money(self, minor: int) -> str:
        return format_money(Money(minor, self.currency), DETAIL_LOCALE)

    # --- what pauses what ---------------------------------------------------------------------------
    def disputed(self, position: InvoicePosition) -> bool:
        """Whether an open dispute covers the invoice (or it is marked disputed)."""
        return position.invoice.status == InvoiceStatus.DISPUTED or any(
            d.covers(position.invoice.number) for d in self.figures.disputes
        )

    @property
    def whole_debt_disputed(self) -> bool:
        """Whether open disputes cover every open invoice: promises and plans wait."""
        return bool(self.figures.disputes) and all(self.disputed(p) for p in self.positions)

    def superseded(self, went_wrong_on: date) -> bool:
        """Whether a new promise or plan was made after something went wrong on that day."""
        return self.made is not None and self.made > went_wrong_on

    def state(self, p: PromiseInfo) -> PromiseState:
        return promise_state(p.amount_minor, p.made_on, p.due_on, self.received, self.today)

    def plan(self, p: PlanInfo) -> PlanStatus:
        return plan_status(p.agreed_on, p.instalments, self.received, self.today)

    @property
    def waiting_on_agreement(self) -> bool:
        """Whether a pending promise or a plan on track pauses reminders and the silence count."""
        pending = self.promise is not None and self.state(self.promise) is PromiseState.PENDING
        return pending or any(self.plan(p).state is PlanState.ON_TRACK for p in self.figures.plans)

    def overdue(self, undisputed: bool = False) -> list[InvoicePosition]:
        """Open invoices past their due date (those no dispute covers)."""
        return [p for p in self.positions if p.days_overdue > 0 and not (undisputed and self.disputed(p))]

    # --- the reasons --------------------------------------------------------------------------------
    def promises(self) -> None:
        """The latest promise: broken or part-kept (unless a plan was made since it broke), or pending and
        falling due soon. Older promises were superseded by it."""
        p = self.promise
        if p is None:
            return
        state = self.state(p)
        paid = promise_received(p.made_on, p.due_on, self.received, self.today)
        if state in (PromiseState.BROKEN, PromiseState.PART_KEPT) and not self.superseded(p.due_on):
            outcome = f"only {self.money(paid)} was paid (part-kept)." if paid else "nothing was paid."
            self.add(
                Reason.PROMISE_BROKEN,
                f"Promised {self.money(p.amount_minor)} by {p.due_on.isoformat()} "
                f"(on {p.made_on.isoformat()}); {outcome}",
                p.due_on,
                p.amount_minor - paid,
                promised_minor=p.amount_minor,
            )
        ahead = self.today + timedelta(days=PROMISE_DUE_AHEAD_DAYS)
        if state is PromiseState.PENDING and self.today <= p.due_on <= ahead:
            when = "today" if p.due_on == self.today else "tomorrow"
            so_far = f"{self.money(paid)} paid so far." if paid else "nothing paid yet."
            self.add(
                Reason.PROMISE_DUE,
                f"Promise of {self.money(p.amount_minor)} due {when} ({p.due_on.isoformat()}); {so_far}",
                p.due_on,
                p.amount_minor - paid,
                promised_minor=p.amount_minor,
            )

    def instalments(self) -> None:
        """The latest plan's instalments in arrears, unless a promise or plan was made since."""
        if not self.figures.plans:
            return
        plan = max(self.figures.plans, key=lambda p: (p.agreed_on, p.id))
        status = self.plan(plan)
        missed = status.in_arrears
        if not missed or self.superseded(missed[0].due_on):
            return
        count = len(status.instalments)
        what = (
            f"Instalment {missed[0].number} of {count} missed"
            if len(missed) == 1
            else f"{len(missed)} instalments of {count} missed"
        )
        broken = "; the plan is broken." if status.state is PlanState.BROKEN else "."
        self.add(
            Reason.INSTALMENT_MISSED,
            f"{what} (plan agreed on {plan.agreed_on.isoformat()}): {self.money(status.arrears_minor)} "
            f"unpaid since {missed[0].due_on.isoformat()}{broken}",
            missed[0].due_on,
            status.arrears_minor,
            instalments_missed=len(missed),
        )

    def follow_up(self) -> None:
        """The last interaction's next-action date, once reached."""
        last = self.ended[-1] if self.ended else None
        if last is None or last.next_action_on is None or last.next_action_on > self.today:
            return
        late = (self.today - last.next_action_on).days
        when = "today" if not late else f"{last.next_action_on.isoformat()} ({_days(late)} ago)"
        self.add(
            Reason.FOLLOW_UP_DUE,
            f"Follow-up set for {when} after the last {last.kind}; {self.money(self.balance_minor)} owed.",
            last.next_action_on,
            self.balance_minor,
        )

    def summary(self, wait_days: int) -> None:
        """The latest summary sent, unanswered for `wait_days` days or more."""
        zone = self.figures.debtor.time_zone
        waiting = unconfirmed_summary(self.figures.entries, self.today, zone, wait_days)
        if waiting is None:
            return
        sent_on = waiting.sent.sent_on(zone)
        self.add(
            Reason.SUMMARY_UNCONFIRMED,
            f"Summary of {sent_on.isoformat()} not confirmed yet ({_days((self.today - sent_on).days)} "
            f"without a reply); {self.money(self.balance_minor)} owed.",
            sent_on,
            self.balance_minor,
        )

    def silence(self) -> None:
        """No conversation for NO_CONTACT_DAYS while money is overdue."""
        overdue = self.overdue()
        if not overdue:
            return
        oldest_due = min(p.invoice.due_date for p in overdue)
        since = self.last_conversation or oldest_due
        silent = (self.today - since).days
        if silent < NO_CONTACT_DAYS:
            return
        amount = sum(p.open_minor for p in self.overdue(undisputed=True))  # as the reminder counts it
        owed = f"{self.money(amount)} overdue" if amount else "all that is overdue is disputed"
        self.add(
            Reason.NO_RECENT_CONTACT,
            f"No conversation for {_days(silent)} (last on {since.isoformat()}); {owed}."
            if self.last_conversation
            else f"No conversation yet, money overdue since {oldest_due.isoformat()}; {owed}.",
            since,
            amount,
        )

    def reminder(self) -> None:
        """A reminder every REMINDER_INTERVAL_DAYS while undisputed invoices are overdue."""
        overdue = self.overdue(undisputed=True)
        if not overdue:
            return
        due = min(p.invoice.due_date for p in overdue) + timedelta(days=1)  # the day it became overdue
        if self.last_reminder is not None:
            due = max(due, self.last_reminder + timedelta(days=REMINDER_INTERVAL_DAYS))
        if due > self.today:
            return
        amount = sum(p.open_minor for p in overdue)
        self.add(
            Reason.REMINDER_DUE,
            f"Reminder due: the last e-mail or letter was sent on {self.last_reminder.isoformat()}; "
            f"{self.money(amount)} overdue."
            if self.last_reminder
            else f"Reminder due: none sent yet; {self.money(amount)} overdue.",
            due,
            amount,
        )


def _days(n: int) -> str:
    return f"{n} day" if abs(n) == 1 else f"{n} days"


def agenda(
    everyone: Iterable[DebtorFigures], today: date, reply_wait_days: int = DEFAULT_REPLY_WAIT_DAYS
) -> list[AgendaItem]:
    """Every row of the agenda on `today`, most urgent first (see the module's docstring)."""
    rows = [row for figures in everyone for row in debtor_rows(figures, today, reply_wait_days)]
    return sorted(
        rows,
        key=lambda r: (r.urgency, -r.balance_minor, -r.days_overdue, r.debtor_name, r.debtor_id, r.reason),
    )


def debtor_rows(
    figures: DebtorFigures, today: date, reply_wait_days: int = DEFAULT_REPLY_WAIT_DAYS
) -> list[AgendaItem]:
    """The agenda's rows for one debtor on `today`: none when archived or owing nothing; a summary is
    unconfirmed after `reply_wait_days` days without a reply."""
    if figures.debtor.archived_on is not None:
        return []
    statement = statement_of(figures, today)
    if statement.balance_minor <= 0:
        return []
    open_positions = tuple(p for p in statement.positions if p.open_minor > 0)
    r = _Rows(figures, today, statement.balance_minor, statement.oldest_days_overdue, open_positions)
    if not r.whole_debt_disputed:
        r.promises()
        r.instalments()
    r.follow_up()
    r.summary(reply_wait_days)
    if not r.waiting_on_agreement:
        r.silence()
        r.reminder()
    if not r.rows:
        return []
    step = escalation(figures, today, statement)
    return [replace(row, next_step=step) for row in r.rows]


def hidden_by_done(item: AgendaItem, until: date, today: date) -> bool:
    """Whether a "done" mark with this `until` still hides the row.

    A row about one dated event (a broken promise, a missed instalment, a promise due, a follow-up
    date) stays hidden for that event: the mark's `until` is the day after the event's date, and only
    a later event (another promise broken, a new follow-up date) shows the reason again. A cyclic row
    (no recent contact, reminder due) is hidden until the day its cycle would bring it back.
    """
    if item.reason in CYCLIC:
        return today < until
    return item.on < until


def done_until(item: AgendaItem, today: date) -> date:
    """The `until` of a "done" mark on this row (see `hidden_by_done`)."""
    if item.reason is Reason.NO_RECENT_CONTACT:
        return today + timedelta(days=NO_CONTACT_DAYS)
    if item.reason is Reason.REMINDER_DUE:
        return today + timedelta(days=REMINDER_INTERVAL_DAYS)
    return item.on + timedelta(days=1)
