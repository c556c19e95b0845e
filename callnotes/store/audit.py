"""The reads `callnotes verify` needs besides the journal: every row the journal records, by debtor.

One query per table whatever the number of debtors, as plain mappings of column to value. Rows that
belong to a debtor through another row (allocations through their payment, instalments through their
plan, reversals through their payment) carry that debtor's id as `debtor_id`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
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
    """Every debtor's rows (or one debtor's), by debtor and table name."""
    rows: dict[int, DebtorRows] = defaultdict(lambda: defaultdict(list))
    for model in _OWN:
        t = table(model)
        key = t.c.id if model is Debtor else t.c.debtor_id
        query = select(t).order_by(t.c.id)
        if debtor_id is not None:
            query = query.where(key == debtor_id)
        for mapping in _mappings(session, query):
            owner = mapping["id"] if model is Debtor else mapping["debtor_id"]
            rows[owner][t.name].append(mapping)
    for model, parent_model, link in _THROUGH:
        t, parent = table(model), table(parent_model)
        query = (
            select(t, parent.c.debtor_id.label("debtor_id"))
            .join(parent, parent.c.id == t.c[link])
            .order_by(t.c.id)
        )
        if debtor_id is not None:
            query = query.where(parent.c.debtor_id == debtor_id)
        for mapping in _mappings(session, query):
            rows[mapping["debtor_id"]][t.name].append(mapping)
        if debtor_id is None:
            # a row whose parent is gone would be lost by the join: keep it, owned by no debtor (0)
            orphans = select(t).where(~t.c[link].in_(select(parent.c.id)))
            for row in session.execute(orphans):
                rows[0][t.name].append({**row._mapping, "debtor_id": 0})
    return {owner: dict(tables) for owner, tables in rows.items()}


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
