"""Rows written in bulk, one statement per table, for loading large amounts of data at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, SQLModel

from callnotes.store.search_index import INDEXED, index_rows


def insert_rows(session: Session, model: type[SQLModel], rows: Sequence[dict[str, Any]]) -> None:
    """Insert plain rows of one table (the caller commits); faster than adding objects one by one.
    Rows of a searched table (debtors, people, invoices, entries) are indexed in the same transaction."""
    if not rows:
        return
    if model not in INDEXED:
        session.execute(insert(model), list(rows))
        return
    key = model.id  # type: ignore[attr-defined]
    ids = session.execute(insert(model).returning(key, sort_by_parameter_order=True), list(rows)).scalars()
    index_rows(session, model, [{**row, "id": row_id} for row, row_id in zip(rows, ids, strict=True)])
