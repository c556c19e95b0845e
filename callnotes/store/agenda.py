"""The agenda's marks: rows the user snoozed or marked done (working state, not part of the record)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, delete, select

from callnotes.store.models import AgendaMark


@dataclass(frozen=True, slots=True)
class Mark:
    """A snoozed or done row of the agenda, named by debtor and reason."""

    debtor_id: int
    reason: str
    action: str  # snoozed | done
    until: date


def agenda_marks(session: Session) -> list[Mark]:
    """Every mark, in the order they were made."""
    rows = session.exec(select(AgendaMark).order_by(col(AgendaMark.id)))
    return [Mark(m.debtor_id, m.reason, m.action, m.until) for m in rows]


def set_agenda_mark(
    session: Session, debtor_id: int, reason: str, action: str, until: date, marked_at: datetime
) -> None:
    """Mark a row, replacing the row's earlier mark (a new snooze or done is what the user means now)."""
    session.exec(
        delete(AgendaMark).where(col(AgendaMark.debtor_id) == debtor_id, col(AgendaMark.reason) == reason)
    )
    session.add(
        AgendaMark(debtor_id=debtor_id, reason=reason, action=action, until=until, marked_at=marked_at)
    )
    session.flush()


def remove_agenda_marks(session: Session, debtor_id: int, reasons: Sequence[str]) -> None:
    """Take the marks off the debtor's rows for these reasons (an undo: the rows show again)."""
    session.exec(
        delete(AgendaMark).where(col(AgendaMark.debtor_id) == debtor_id, col(AgendaMark.reason).in_(reasons))
    )
    session.flush()
