"""Rows written in bulk, one statement per table, for loading large amounts of data at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, SQLModel


def insert_rows(session: Session, model: type[SQLModel], rows: Sequence[dict[str, Any]]) -> None:
    """Insert plain rows of one table (the caller commits); faster than adding objects one by one."""
    if rows:
        session.execute(insert(model), list(rows))
