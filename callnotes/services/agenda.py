"""The agenda as the user sees it: today's rows less those snoozed or marked done.

Snoozing hides a row until a chosen day. Done hides it until its reason would arise anew: a row about
one dated event (a broken promise, a missed instalment, a promise due, a follow-up date) until a later
event of that reason; a long silence for NO_CONTACT_DAYS days and a reminder for
REMINDER_INTERVAL_DAYS days (they come round again by themselves). See domain/agenda.py `done_until`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session

from callnotes.domain.agenda import AgendaItem, Reason, debtor_rows, done_until, figures_of, hidden_by_done
from callnotes.domain.agenda import agenda as agenda_rows
from callnotes.domain.confirmations import DEFAULT_REPLY_WAIT_DAYS
from callnotes.domain.dates import in_range
from callnotes.errors import InputError, NotFoundError
from callnotes.services.plain import AgendaView as AgendaView
from callnotes.store import queries
from callnotes.store.account import read_account, read_agenda_figures
from callnotes.store.agenda import Mark, agenda_marks, remove_agenda_marks, set_agenda_mark
from callnotes.store.engine import clock_of

SNOOZED, DONE = "snoozed", "done"


def reply_wait_days(session: Session) -> int:
    """How many days a summary sent may wait for the debtor's reply (the business's setting)."""
    creditor = queries.creditor(session)
    return creditor.reply_wait_days if creditor is not None else DEFAULT_REPLY_WAIT_DAYS


def _hidden(row: AgendaItem, marks: dict[tuple[int, str], Mark], today: date) -> bool:
    mark = marks.get(row.key)
    if mark is None:
        return False
    if mark.action == SNOOZED:
        return today < mark.until
    return hidden_by_done(row, mark.until, today)


def agenda_view(session: Session, today: date, most: int | None = None) -> AgendaView:
    """Today's rows without those snoozed or done, with the count of debtors so hidden; with `most`,
    only the rows of the `most` most urgent debtors (a day's calls), and how many debtors were left."""
    marks = {(m.debtor_id, m.reason): m for m in agenda_marks(session)}  # the latest mark of each row
    rows: list[AgendaItem] = []
    hidden: dict[int, str] = {}  # debtor: snoozed or done
    for row in agenda_rows(read_agenda_figures(session), today, reply_wait_days(session)):
        if _hidden(row, marks, today):
            action = marks[row.key].action
            hidden[row.debtor_id] = SNOOZED if SNOOZED in (action, hidden.get(row.debtor_id)) else DONE
        else:
            rows.append(row)
    for shown in {row.debtor_id for row in rows}:
        hidden.pop(shown, None)  # still on the agenda for another reason
    actions = list(hidden.values())
    debtors = list(dict.fromkeys(row.debtor_id for row in rows))  # most urgent first
    further = max(0, len(debtors) - most) if most is not None else 0
    if further:
        kept = set(debtors[:most])
        rows = [row for row in rows if row.debtor_id in kept]
    return AgendaView(rows, actions.count(SNOOZED), actions.count(DONE), further)


def agenda(session: Session, today: date) -> list[AgendaItem]:
    """Who to contact on `today` and why, most urgent first, without the rows snoozed or done."""
    return agenda_view(session, today).rows


def _reason(code: str) -> Reason:
    try:
        return Reason(code)
    except ValueError:
        raise InputError(
            f"“{code}” is not an agenda reason; expected one of {', '.join(r.value for r in Reason)}.",
            field="reason",
            problem="choice",
        ) from None


def _row(session: Session, debtor_id: int, reason: Reason, today: date) -> AgendaItem:
    """The debtor's row for this reason today, or NotFoundError."""
    rows = debtor_rows(figures_of(read_account(session, debtor_id)), today, reply_wait_days(session))
    found = [r for r in rows if r.reason is reason]
    if not found:
        raise NotFoundError(f"Debtor {debtor_id} is not on today's agenda for {reason.value}.")
    return found[0]


def snooze(session: Session, debtor_id: int, reason: str, until: date, today: date) -> None:
    """Hide the debtor's row for `reason` until `until` (a day after `today`)."""
    code = _reason(reason)
    if not in_range(until) or until <= today:
        raise InputError(
            f"A row is snoozed to a later day than today ({today.isoformat()}), not {until.isoformat()}.",
            field="until",
            problem="not_after_today",
        )
    _row(session, debtor_id, code, today)
    set_agenda_mark(session, debtor_id, code.value, SNOOZED, until, clock_of(session).now())


def done(session: Session, debtor_id: int, reason: str, today: date) -> date:
    """Mark the debtor's row for `reason` done; returns the `until` of the mark (see the module's doc)."""
    row = _row(session, debtor_id, _reason(reason), today)
    until = done_until(row, today)
    set_agenda_mark(session, debtor_id, row.reason.value, DONE, until, clock_of(session).now())
    return until


def unmark(session: Session, debtor_id: int, reasons: Sequence[str]) -> None:
    """Undo a snooze or done: the debtor's rows for these reasons show again (their marks go)."""
    remove_agenda_marks(session, debtor_id, [_reason(code).value for code in reasons])
