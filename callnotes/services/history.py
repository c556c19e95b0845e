"""Changes that keep history: what a debtor, a person, an invoice or the agreement was, and became.

A changed field is journalled as (field, old, new) under the entry that first recorded the thing, so
the record shows the current value with everything it was before, who changed it, when and why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlmodel import Session, SQLModel

from callnotes.store import queries
from callnotes.store.journal import NewEntry, append_entry
from callnotes.store.models import Entry

Plain = str | int | bool | None


def plain(value: Any) -> Plain:
    """A field's value as the record keeps it: dates as ISO text."""
    return value.isoformat() if isinstance(value, date) else value


def field_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[tuple[str, Plain, Plain]]:
    """The fields of `after` whose value differs from `before`, as (field, old, new), in `after`'s order."""
    return [
        (name, plain(before.get(name)), plain(value))
        for name, value in after.items()
        if plain(before.get(name)) != plain(value)
    ]


UNSET = (None, "", "unknown")  # values that say nothing yet


def apply_fields(
    session: Session, row: SQLModel, fields: Mapping[str, Any]
) -> list[tuple[str, Plain, Plain]]:
    """Set `fields` on a stored row and flush; returns the fields that changed, as (field, old, new)."""
    changes = field_changes(row.model_dump(), fields)
    if changes:
        for name, value in fields.items():
            setattr(row, name, value)
        session.add(row)
        session.flush()
    return changes


def added(values: Mapping[str, Any]) -> list[tuple[str, Plain, Plain]]:
    """The filled-in fields of something new, as changes from nothing."""
    return [(name, None, plain(value)) for name, value in values.items() if value not in UNSET]


def record_change(
    session: Session,
    debtor_id: int,
    kind: str,
    subject: tuple[str, int, str],
    changes: Sequence[tuple[str, Plain, Plain]],
    *,
    currency: str = "",
    text: str = "",
    reason: str | None = None,
    author: str = "",
    first_kinds: Sequence[str] = (),
) -> Entry:
    """Journal a change of `subject` (what it is, its id, its name) under the entry that first recorded
    it, found among `first_kinds` by the subject's id."""
    what, key, name = subject
    first = queries.first_entry_about(session, debtor_id, first_kinds, what, key) if first_kinds else None
    data = {
        "subject": what,
        what: key,
        "name": name,
        "currency": currency,
        "changes": [list(change) for change in changes],
    }
    return append_entry(
        session,
        debtor_id,
        NewEntry(kind, text, data=data, amends_seq=first, reason=reason, author=author),
    )
