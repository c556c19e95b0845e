"""Everything held on one debtor: read at once for a data access request, erased at once on request.

An erasure is the one change that deletes rows of the locked record. It runs in a single write
transaction that drops the append-only guards of the tables it empties, deletes every row of the
debtor (children first, so no foreign key is ever left dangling), writes the debtor's tombstone and
installs the guards again: SQLite and PostgreSQL both roll DDL back with the transaction, so the
guards are missing for no committed moment, and a failure anywhere leaves everything as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, or_, select
from sqlmodel import Session, SQLModel

from callnotes.store.account import table
from callnotes.store.guards import GUARDED_TABLES, drop_guards, install_guards
from callnotes.store.models import (
    AgendaMark,
    Agreement,
    Attachment,
    CreditNote,
    Debtor,
    DraftLine,
    Entry,
    Instalment,
    Interaction,
    Invoice,
    JournalHead,
    Payment,
    PaymentAllocation,
    PaymentReversal,
    Person,
    Plan,
    Promise,
    SearchText,
    Tombstone,
)
from callnotes.store.search_index import forget_debtor

Row = dict[str, Any]  # one row, its columns by name, values as the database types them


@dataclass(frozen=True)
class DebtorRows:
    """Every row held on one debtor, each as a plain mapping of its columns, in the order added."""

    debtor: Row
    people: tuple[Row, ...]
    agreements: tuple[Row, ...]
    invoices: tuple[Row, ...]
    credit_notes: tuple[Row, ...]
    payments: tuple[Row, ...]
    allocations: tuple[Row, ...]
    reversals: tuple[Row, ...]
    promises: tuple[Row, ...]
    plans: tuple[Row, ...]
    instalments: tuple[Row, ...]
    interactions: tuple[Row, ...]
    draft_lines: tuple[Row, ...]
    entries: tuple[Row, ...]
    attachments: tuple[Row, ...]
    head: Row | None  # the journal's recorded head (seq, head), None before the first entry


def _ids(model: type[SQLModel], debtor_id: int) -> Select[Any]:
    """The ids of the debtor's rows of a table that has a debtor_id."""
    t = table(model)
    return select(t.c.id).where(t.c.debtor_id == debtor_id)


def _owned(debtor_id: int) -> dict[type[SQLModel], ColumnElement[bool]]:
    """Which rows of each table belong to the debtor (the tables without a debtor_id through their
    parent); in the order they can be deleted, children first."""
    payments, plans, interactions, invoices = (
        _ids(Payment, debtor_id),
        _ids(Plan, debtor_id),
        _ids(Interaction, debtor_id),
        _ids(Invoice, debtor_id),
    )
    allocation = table(PaymentAllocation)
    owned: dict[type[SQLModel], ColumnElement[bool]] = {
        PaymentAllocation: or_(allocation.c.payment_id.in_(payments), allocation.c.invoice_id.in_(invoices)),
        PaymentReversal: table(PaymentReversal).c.payment_id.in_(payments),
        Instalment: table(Instalment).c.plan_id.in_(plans),
        DraftLine: table(DraftLine).c.interaction_id.in_(interactions),
    }
    for each in (
        AgendaMark,
        Entry,
        JournalHead,
        Attachment,
        CreditNote,
        Promise,
        Plan,
        Payment,
        Invoice,
        Interaction,  # after everything that names an interaction; before the people it names
        Agreement,  # after the invoices that name it
        Person,
    ):
        owned[each] = table(each).c.debtor_id == debtor_id
    owned[Debtor] = table(Debtor).c.id == debtor_id
    return owned


def _select(session: Session, model: type[SQLModel], where: ColumnElement[bool]) -> tuple[Row, ...]:
    t = table(model)
    if model is Entry:
        order = [t.c.seq]
    elif model is DraftLine:
        order = [t.c.interaction_id, t.c.position]
    else:
        order = list(t.primary_key)
    query = select(t).where(where).order_by(*order)
    return tuple(dict(row._mapping) for row in session.execute(query))


def debtor_rows(session: Session, debtor_id: int) -> DebtorRows | None:
    """Every row held on the debtor (one query a table), or None when there is no such debtor."""
    owned = _owned(debtor_id)
    found = {model: _select(session, model, where) for model, where in owned.items()}
    if not found[Debtor]:
        return None
    heads = found[JournalHead]
    return DebtorRows(
        debtor=found[Debtor][0],
        people=found[Person],
        agreements=found[Agreement],
        invoices=found[Invoice],
        credit_notes=found[CreditNote],
        payments=found[Payment],
        allocations=found[PaymentAllocation],
        reversals=found[PaymentReversal],
        promises=found[Promise],
        plans=found[Plan],
        instalments=found[Instalment],
        interactions=found[Interaction],
        draft_lines=found[DraftLine],
        entries=found[Entry],
        attachments=found[Attachment],
        head=heads[0] if heads else None,
    )


def lock_for_writing(session: Session) -> None:
    """Take the database's write lock now, before the first read of a change that must see what it
    changes as it is (SQLite begins a transaction only at the first write, so a read before it could
    be overtaken by another writer). Call it before the session's first statement."""
    connection = session.connection()
    if connection.dialect.name == "sqlite" and not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def hashes_in_use(session: Session, hashes: Sequence[str]) -> set[str]:
    """Which of these stored files some attachment row still names."""
    if not hashes:
        return set()
    attachment = table(Attachment)
    query = select(attachment.c.sha256).where(attachment.c.sha256.in_(hashes)).distinct()
    return set(session.execute(query).scalars())


def erase_rows(session: Session, debtor_id: int, tombstone: Tombstone) -> dict[str, int]:
    """Delete every row of the debtor and add its tombstone, in the caller's transaction (which must
    hold the write lock: see `lock_for_writing`); returns how many rows went from each table."""
    connection = session.connection()
    owned = _owned(debtor_id)
    guarded = [table(model).name for model in owned if table(model).name in GUARDED_TABLES]
    for name in guarded:
        drop_guards(connection, name)
    removed: dict[str, int] = {table(SearchText).name: forget_debtor(session, debtor_id)}  # found by search
    for model, where in owned.items():
        result = session.execute(
            delete(table(model)).where(where), execution_options={"synchronize_session": False}
        )
        removed[table(model).name] = int(getattr(result, "rowcount", 0) or 0)
    session.add(tombstone)
    session.flush()
    install_guards(connection)
    return removed


def new_debtor_id(session: Session) -> int | None:
    """The id a debtor about to be added must take, or None to let the database choose.

    SQLite gives a new row one more than the largest id in the table, so after the debtor with the
    largest id was deleted it would hand that id out again, and a tombstone would name two debtors.
    The id is taken past every debtor's and every tombstone's. PostgreSQL's sequences never hand an
    id out twice: there the database chooses.
    """
    if session.connection().dialect.name != "sqlite":
        return None
    largest = session.execute(select(func.max(table(Debtor).c.id))).scalar() or 0
    deleted = session.execute(select(func.max(table(Tombstone).c.debtor_id))).scalar() or 0
    return max(largest, deleted) + 1
