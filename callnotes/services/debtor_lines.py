"""The debtor list's lines: the figure rows (store.debtor_figures) filtered and sorted as a query asks,
and made lines with their balance formatted. Nothing here reads the database or imports SQLAlchemy, so
the same lines come from the store's session and from a plain sqlite3 connection (the command line's
`debtors` on a file already at the current schema, and the desk while it still loads SQLAlchemy)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from callnotes.domain.money import Money, format_money, locale_for
from callnotes.errors import InputError
from callnotes.store.debtor_figures import ARCHIVED, PURSUED, DebtorFigureRow, Execute, read_debtor_figures


@dataclass(frozen=True)
class DebtorSummary:
    """One row of the debtor list."""

    id: int
    name: str
    kind: str
    country: str | None
    language: str
    currency: str
    balance_minor: int
    balance: str
    oldest_days_overdue: int
    open_invoices: int
    last_contact_at: datetime | None
    last_contact_kind: str | None
    last_outcome: str | None
    archived_on: date | None = None
    archive_reason: str | None = None


def debtor_line(row: DebtorFigureRow) -> DebtorSummary:
    """The row as a line of the list: its balance formatted in the debtor's own locale."""
    return DebtorSummary(
        id=row.id,
        name=row.name,
        kind=row.kind,
        country=row.country,
        language=row.language,
        currency=row.currency,
        balance_minor=row.balance_minor,
        balance=format_money(Money(row.balance_minor, row.currency), locale_for(row.language, row.country)),
        oldest_days_overdue=row.oldest_days_overdue,
        open_invoices=row.open_invoices,
        last_contact_at=row.last_contact_at,
        last_contact_kind=row.last_contact_kind,
        last_outcome=row.last_outcome,
        archived_on=row.archived_on,
        archive_reason=row.archive_reason,
    )


def summaries(rows: Sequence[DebtorFigureRow]) -> list[DebtorSummary]:
    """The lines of these rows (format only the rows sent: Babel is not free)."""
    return [debtor_line(row) for row in rows]


DEBTOR_SORTS = ("name", "balance", "overdue", "last_contact")


@dataclass(frozen=True)
class DebtorQuery:
    """Which debtors the list shows and in what order: archived or pursued ones, whose name holds
    `text` (case aside), sorted by one of DEBTOR_SORTS (overdue, descending: oldest overdue first)."""

    archived: bool = False
    text: str = ""
    sort: str = "overdue"
    descending: bool = True


def _sort_key(sort: str) -> Callable[[DebtorFigureRow], Any]:
    if sort == "name":
        return lambda r: r.name.casefold()
    if sort == "balance":  # amounts compare within a currency
        return lambda r: (r.currency, r.balance_minor)
    if sort == "last_contact":
        return lambda r: r.last_contact_at.timestamp() if r.last_contact_at else 0.0
    if sort == "overdue":
        return lambda r: r.oldest_days_overdue
    raise InputError(
        f"Debtors sort by {', '.join(DEBTOR_SORTS)}; not by “{sort}”.", field="sort", problem="choice"
    )


def ordered(rows: list[DebtorFigureRow], query: DebtorQuery) -> list[DebtorFigureRow]:
    """The rows (the archived or the pursued ones, oldest overdue first) the query shows, in its order.
    Names are matched and sorted as the window always did (Unicode case folding)."""
    wanted = query.text.casefold().strip()
    if wanted:
        rows = [r for r in rows if wanted in r.name.casefold()]
    if (query.sort, query.descending) != ("overdue", True):  # the query's own order otherwise
        rows = sorted(rows, key=_sort_key(query.sort), reverse=query.descending)  # stable: ties by name
    return rows


def position_in(rows: Sequence[DebtorFigureRow], debtor_id: int) -> int | None:
    """Where the debtor's row is among these; None when it is not."""
    return next((n for n, row in enumerate(rows) if row.id == debtor_id), None)


def listed(execute: Execute, as_of: date, query: DebtorQuery) -> list[DebtorFigureRow]:
    """The figure rows the query shows, in its order, read through `execute` (store.debtor_figures:
    the store's session, or a plain sqlite3 connection)."""
    archived = ARCHIVED if query.archived else PURSUED
    return ordered(read_debtor_figures(execute, as_of, archived=archived), query)
