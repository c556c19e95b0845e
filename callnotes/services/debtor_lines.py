"""The debtor list's lines: its figures (store.debtor_figures, one aggregate query in plain SQL) as the
window shows them, filtered, sorted and a page at a time. Each read runs through `execute(sql, params)`:
the store's session (services.debtors), or plain sqlite3 while the desk process is still loading
SQLAlchemy (services.desk), so this module imports neither SQLAlchemy nor the store's models."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from callnotes.domain.money import Money, format_money, locale_for
from callnotes.errors import InputError
from callnotes.services.plain import DEBTOR_SORTS, DebtorQuery, DebtorSummary
from callnotes.store.debtor_figures import (
    ARCHIVED,
    EVERY,
    PURSUED,
    DebtorFigureRow,
    Execute,
    read_debtor_count,
    read_debtor_figures,
)


def debtor_count(execute: Execute) -> int:
    """How many debtors there are, archived ones too."""
    return read_debtor_count(execute)


def summary(row: DebtorFigureRow) -> DebtorSummary:
    """A row of figures as the list's line (its balance written in the debtor's own locale)."""
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


def list_debtors(execute: Execute, as_of: date, archived: bool | None = None) -> list[DebtorSummary]:
    """Every debtor (or only the archived ones, or only those being pursued), with what they owe as of
    a date, oldest overdue first, then by name: one aggregate query (store.debtor_figures)."""
    which = EVERY if archived is None else ARCHIVED if archived else PURSUED
    return [summary(row) for row in read_debtor_figures(execute, as_of, archived=which)]


def debtor_summary(execute: Execute, debtor_id: int, as_of: date) -> DebtorSummary | None:
    """One debtor's line of the list (after a call, only that line changes); None if there is none."""
    rows = read_debtor_figures(execute, as_of, debtor_id)
    return summary(rows[0]) if rows else None


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


def _listed(execute: Execute, as_of: date, query: DebtorQuery) -> list[DebtorFigureRow]:
    """The figure rows the query shows, in its order. Names are matched and sorted as the window always
    did (Unicode case folding), after the query: the aggregate reads every debtor anyway."""
    rows = read_debtor_figures(execute, as_of, archived=ARCHIVED if query.archived else PURSUED)
    wanted = query.text.casefold().strip()
    if wanted:
        rows = [r for r in rows if wanted in r.name.casefold()]
    if (query.sort, query.descending) != ("overdue", True):  # the query's own order otherwise
        rows.sort(key=_sort_key(query.sort), reverse=query.descending)  # stable: ties stay by name
    return rows


def debtor_page(
    execute: Execute, as_of: date, query: DebtorQuery, offset: int, limit: int
) -> list[DebtorSummary]:
    """At most `limit` lines of the list from position `offset` (money formatted for those only)."""
    return [summary(row) for row in _listed(execute, as_of, query)[offset : offset + limit]]


def debtor_position(execute: Execute, as_of: date, query: DebtorQuery, debtor_id: int) -> int | None:
    """Where the debtor's line is in the list the query shows; None when the query does not show it."""
    return next((n for n, row in enumerate(_listed(execute, as_of, query)) if row.id == debtor_id), None)
