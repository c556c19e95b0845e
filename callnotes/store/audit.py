"""The reads `callnotes verify` needs besides the journal: every row the journal records, by debtor.

One query per table whatever the number of debtors, as plain mappings of column to value. Rows that
belong to a debtor through another row (allocations through their payment, instalments through their
plan, reversals through their payment) carry that debtor's id as `debtor_id`.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlmodel import Session, SQLModel

from callnotes.store.account import table
from callnotes.store.guards import altered_guards, missing_guards
from callnotes.store.models import (
    Agreement,
    Attachment,
    CreditNote,
    Debtor,
    Instalment,
    Interaction,
    Invoice,
    Payment,
    PaymentAllocation,
    PaymentReversal,
    Person,
    Plan,
    Promise,
    Tombstone,
)

# Tables whose rows carry their debtor's id themselves.
_OWN: tuple[type[SQLModel], ...] = (
    Debtor,
    Person,
    Agreement,
    Invoice,
    CreditNote,
    Payment,
    Promise,
    Plan,
    Attachment,
    Interaction,
)
# Tables whose rows belong to a debtor through another row: (model, parent model, the key to the parent).
_THROUGH: tuple[tuple[type[SQLModel], type[SQLModel], str], ...] = (
    (PaymentAllocation, Payment, "payment_id"),
    (PaymentReversal, Payment, "payment_id"),
    (Instalment, Plan, "plan_id"),
)

DebtorRows = dict[str, list[dict[str, Any]]]


def _mappings(session: Session, query: Any) -> Iterator[dict[str, Any]]:
    """Each row of a query as a plain mapping of column to value: through the connection (not the ORM),
    the column names taken once, not a mapping view made per row."""
    result = session.connection().execute(query)
    names = list(result.keys())
    for row in result:
        yield dict(zip(names, row, strict=True))


def account_rows(session: Session, debtor_id: int | None = None) -> dict[int, DebtorRows]:
    """Every debtor's rows (or one debtor's), by debtor and table name (see `account_row_stream`)."""
    return dict(account_row_stream(session, debtor_id))


def account_row_stream(session: Session, debtor_id: int | None = None) -> Iterator[tuple[int, DebtorRows]]:
    """Each debtor's rows (or one debtor's) with its id, in debtor order (rows of no debtor, whose
    parent row is gone, as debtor 0): one query per table, the queries read side by side as they
    stream, so only one debtor's rows are held at a time. In each debtor's rows the tables come in a
    fixed order (those present only), each table's rows in the order they were added."""
    streams: list[Iterator[tuple[int, int, dict[str, Any]]]] = []
    for at, model in enumerate(_OWN):
        t = table(model)
        key = t.c.id if model is Debtor else t.c.debtor_id
        query = select(t).order_by(key, t.c.id)
        if debtor_id is not None:
            query = query.where(key == debtor_id)
        streams.append(_owned(session, query, at, "id" if model is Debtor else "debtor_id"))
    for at, (model, parent_model, link) in enumerate(_THROUGH, start=len(_OWN)):
        t, parent = table(model), table(parent_model)
        query = (
            select(t, parent.c.debtor_id.label("debtor_id"))
            .join(parent, parent.c.id == t.c[link])
            .order_by(parent.c.debtor_id, t.c.id)
        )
        if debtor_id is not None:
            query = query.where(parent.c.debtor_id == debtor_id)
        streams.append(_owned(session, query, at, "debtor_id"))
        if debtor_id is None:
            # a row whose parent is gone would be lost by the join: keep it, owned by no debtor (0),
            # after the joined rows of that table (the merge keeps the order of streams on a tie)
            orphans = select(t).where(~t.c[link].in_(select(parent.c.id))).order_by(t.c.id)
            streams.append(_owned(session, orphans, at, None))
    names = [table(model).name for model in _OWN] + [table(model).name for model, _, _ in _THROUGH]
    merged = heapq.merge(*streams, key=lambda item: (item[0], item[1]))
    for owner, items in groupby(merged, key=lambda item: item[0]):
        rows: DebtorRows = {}
        for _, at, mapping in items:
            rows.setdefault(names[at], []).append(mapping)
        yield owner, rows


def account_owners(session: Session, debtor_id: int | None = None) -> set[int]:
    """The ids of the debtors `account_row_stream` yields (or of the one asked for, if it owns a row),
    without reading the rows."""
    owners: set[int] = set()
    for model in _OWN:
        t = table(model)
        key = t.c.id if model is Debtor else t.c.debtor_id
        query = select(key).distinct()
        if debtor_id is not None:
            query = query.where(key == debtor_id)
        owners.update(int(owner) for (owner,) in session.execute(query))
    for model, parent_model, link in _THROUGH:
        t, parent = table(model), table(parent_model)
        joined = select(parent.c.debtor_id).distinct().join(t, parent.c.id == t.c[link])
        if debtor_id is not None:
            joined = joined.where(parent.c.debtor_id == debtor_id)
        owners.update(int(owner) for (owner,) in session.execute(joined))
        orphan = select(t.c.id).where(~t.c[link].in_(select(parent.c.id))).limit(1)
        if debtor_id is None and session.execute(orphan).first() is not None:
            owners.add(0)
    return owners


def _owned(
    session: Session, query: Any, at: int, owner: str | None
) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """A query's rows as (their owner's id, the table's place `at`, the row's mapping): the owner is
    the row's column `owner`; with None, no debtor (0), which the mapping then gives as its debtor_id."""
    for mapping in _mappings(session, query):
        if owner is None:
            mapping["debtor_id"] = 0
        yield mapping["debtor_id" if owner is None else owner], at, mapping


@dataclass(frozen=True)
class TombstoneRow:
    """What is left of a debtor deleted on request."""

    debtor_id: int
    entries: int
    head: str
    deleted_at: datetime
    reason: str


def tombstones(session: Session, debtor_id: int | None = None) -> dict[int, TombstoneRow]:
    """The tombstones of deleted debtors (or of one id), by the id the debtor had."""
    t: Table = table(Tombstone)
    query = select(t.c.debtor_id, t.c.entries, t.c.head, t.c.deleted_at, t.c.reason)
    if debtor_id is not None:
        query = query.where(t.c.debtor_id == debtor_id)
    return {int(row.debtor_id): TombstoneRow(*row) for row in session.execute(query)}


@dataclass(frozen=True)
class GuardState:
    """Protection triggers that are missing, and those that exist under their name with other text."""

    missing: tuple[str, ...]
    altered: tuple[str, ...]


def guard_state(session: Session) -> GuardState:
    """Which protection triggers are missing or altered in the database of this session."""
    connection: Connection = session.connection()
    return GuardState(tuple(missing_guards(connection)), tuple(altered_guards(connection)))
