"""The paged reads of the window's lists, through the store's session.

The debtor list's figures come from one aggregate query (store.debtor_figures, which runs with plain
sqlite3 too); a debtor's record comes a page at a time, each original entry followed by its
amendments, so the Record tab never decodes thousands of entries to show thirty.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from callnotes.store.debtor_figures import EVERY, DebtorFigureRow, read_debtor_figures


def debtor_figures(
    session: Session, as_of: date, debtor_id: int | None = None, archived: int | None = EVERY
) -> list[DebtorFigureRow]:
    """The debtor list's figures as of a day (one debtor's, or every debtor's), oldest overdue first."""

    def execute(sql: str, params: Mapping[str, Any]) -> Iterable[Sequence[Any]]:
        return (tuple(row) for row in session.execute(text(sql), params))

    return read_debtor_figures(execute, as_of, debtor_id, archived)
