"""The paged reads of the window's lists, through the store's session.

The debtor list's figures come from one aggregate query (store.debtor_figures, which runs with plain
sqlite3 too); a debtor's record comes a page at a time, each original entry followed by its
amendments, so the Record tab never decodes thousands of entries to show thirty.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select, text
from sqlmodel import Session

from callnotes.domain.entries import JournalEntry, RecordLine
from callnotes.store.account import Row, table
from callnotes.store.debtor_figures import EVERY, DebtorFigureRow, Execute, read_debtor_figures
from callnotes.store.journal import decoded
from callnotes.store.models import Entry


def session_reads(session: Session) -> Execute:
    """The session as store.debtor_figures runs its plain SQL: `execute(sql, params)` gives the rows."""

    def execute(sql: str, params: Mapping[str, Any]) -> Iterable[Sequence[Any]]:
        return (tuple(row) for row in session.execute(text(sql), params))

    return execute


def debtor_figures(
    session: Session, as_of: date, debtor_id: int | None = None, archived: int | None = EVERY
) -> list[DebtorFigureRow]:
    """The debtor list's figures as of a day (one debtor's, or every debtor's), oldest overdue first."""
    return read_debtor_figures(session_reads(session), as_of, debtor_id, archived)


def record_lines(session: Session, debtor_id: int, offset: int, limit: int) -> list[RecordLine]:
    """At most `limit` lines of the debtor's record from line `offset`, in the order of
    `domain.entries.with_amendments`: originals by sequence, each followed by its amendments (and
    theirs). Only the page's entries are read and decoded, with the amendments (few) to place them."""
    entry = table(Entry)
    amended: dict[int, list[JournalEntry]] = defaultdict(list)  # by the original they correct
    root_of: dict[int, int] = {}
    amendments = and_(entry.c.debtor_id == debtor_id, entry.c.amends_seq.is_not(None))
    rows: list[Row] = list(session.execute(select(entry).where(amendments).order_by(entry.c.seq)))
    for row in rows:
        root = root_of.get(row.amends_seq, row.amends_seq)
        root_of[row.seq] = root
        amended[root].append(decoded(row))
    # Lines before each amended original = its rank among the originals + the amendments shown earlier.
    original = and_(entry.c.debtor_id == debtor_id, entry.c.amends_seq.is_(None))
    first_rank, skip, shown_before = offset, 0, 0
    for root in sorted(amended):
        rank = session.execute(select(func.count()).where(original, entry.c.seq < root)).scalar_one()
        line = rank + shown_before
        if line >= offset:
            break
        count = len(amended[root])
        if offset <= line + count:  # the page starts among this original's amendments
            first_rank, skip = rank, offset - line
            break
        shown_before += count
        first_rank = offset - shown_before
    page = select(entry).where(original).order_by(entry.c.seq).offset(first_rank).limit(limit + 1)
    lines: list[RecordLine] = []
    rows = list(session.execute(page))
    for row in rows:
        lines.append(RecordLine(decoded(row), False))
        lines.extend(RecordLine(amendment, True) for amendment in amended.get(row.seq, ()))
        if len(lines) >= skip + limit:
            break
    return lines[skip : skip + limit]
