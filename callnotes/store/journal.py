"""Append to and read back the per-debtor hash-chained journal.

The moment an entry is recorded comes from the clock of the session, never from the caller; what the
caller may say is when the thing it records happened (`occurred_at`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, insert
from sqlmodel import Session, col, select

from callnotes.domain.entries import JournalEntry, decode_details, subject_of
from callnotes.domain.record import (
    CURRENT_ENCODING,
    GENESIS_HASH,
    ChainReport,
    JournalRecord,
    StoredEntry,
    canonical_json,
    canonical_object,
    entry_hash,
    parse_utc,
    verify_chain,
)
from callnotes.store.engine import clock_of
from callnotes.store.models import Debtor, Entry, JournalHead


@dataclass(frozen=True)
class NewEntry:
    """An entry to append: what happened and when (`occurred_at`; None means "as it is recorded")."""

    kind: str
    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    interaction_id: int | None = None
    occurred_at: datetime | None = None
    amends_seq: int | None = None
    reason: str | None = None
    author: str = ""


def _record(debtor_id: int, seq: int, recorded_at: datetime, new: NewEntry) -> JournalRecord:
    return JournalRecord(
        debtor=debtor_id,
        seq=seq,
        kind=new.kind,
        recorded_at=recorded_at,
        occurred_at=new.occurred_at or recorded_at,
        text=new.text,
        data=new.data,
        interaction=new.interaction_id,
        amends=new.amends_seq,
        reason=new.reason,
        author=new.author,
    )


def append_entry(session: Session, debtor_id: int, new: NewEntry) -> Entry:
    """Add one locked entry at the end of the debtor's chain (the caller commits)."""
    return append_entries(session, debtor_id, [new])[-1]


def append_entries(session: Session, debtor_id: int, entries: Iterable[NewEntry]) -> list[Entry]:
    """Add entries at the end of the debtor's chain in order, all recorded now (the caller commits)."""
    # Lock the debtor row where the database can (PostgreSQL), so two writers cannot take one seq.
    session.exec(select(Debtor.id).where(Debtor.id == debtor_id).with_for_update()).one()
    head = session.get(JournalHead, debtor_id)
    seq, prev = (head.seq, head.head) if head else (0, GENESIS_HASH)
    recorded_at = clock_of(session).now()
    added = []
    for new in entries:
        seq += 1
        record = _record(debtor_id, seq, recorded_at, new)
        entry = Entry(
            debtor_id=debtor_id,
            seq=seq,
            interaction_id=new.interaction_id,
            recorded_at=record.recorded_at,
            occurred_at=record.occurred_at,
            encoding=CURRENT_ENCODING,
            kind=new.kind,
            text=new.text,
            data=canonical_json(new.data),
            amends_seq=new.amends_seq,
            reason=new.reason,
            author=new.author,
            prev_hash=prev,
            entry_hash=entry_hash(prev, record),
        )
        session.add(entry)
        added.append(entry)
        prev = entry.entry_hash
    if not added:
        return added
    if head is None:
        session.add(JournalHead(debtor_id=debtor_id, seq=seq, head=prev))
    else:
        head.seq, head.head = seq, prev
        session.add(head)
    session.flush()
    return added


def bulk_append(session: Session, chains: dict[int, Sequence[NewEntry]]) -> int:
    """Start the journals of debtors that have none yet, fast; every entry is recorded now.

    For loading history in bulk (synthetic benchmark data, imports of past records): what each entry
    records keeps the time it happened; the rows are hashed exactly as `append_entry` hashes them and
    written with one statement per table.
    """
    recorded_at = clock_of(session).now()
    rows: list[dict[str, Any]] = []
    heads: list[dict[str, Any]] = []
    for debtor_id, items in chains.items():
        prev = GENESIS_HASH
        for seq, new in enumerate(items, start=1):
            record = _record(debtor_id, seq, recorded_at, new)
            digest = entry_hash(prev, record)
            rows.append(
                {
                    "debtor_id": debtor_id,
                    "seq": seq,
                    "interaction_id": new.interaction_id,
                    "recorded_at": record.recorded_at,
                    "occurred_at": record.occurred_at,
                    "encoding": CURRENT_ENCODING,
                    "kind": new.kind,
                    "text": new.text,
                    "data": canonical_json(new.data),
                    "amends_seq": new.amends_seq,
                    "reason": new.reason,
                    "author": new.author,
                    "prev_hash": prev,
                    "entry_hash": digest,
                }
            )
            prev = digest
        if items:
            heads.append({"debtor_id": debtor_id, "seq": len(items), "head": prev})
    if rows:
        session.execute(insert(Entry), rows)
        session.execute(insert(JournalHead), heads)
    return len(rows)


def _stored(row: Any) -> StoredEntry:
    """Decode one raw row defensively: a hand-edited value must be reported, not crash the check."""
    encoding = row.encoding if isinstance(row.encoding, int) else -1
    try:
        data = json.loads(row.data)
        if not isinstance(data, dict):
            raise ValueError("its data is not a JSON object")
        if canonical_json(data) != row.data:
            raise ValueError("its data is not in canonical form")
        record = JournalRecord(
            debtor=int(row.debtor_id),
            seq=int(row.seq),
            kind=row.kind,
            recorded_at=parse_utc(row.recorded_at),
            occurred_at=parse_utc(row.occurred_at),
            text=row.text,
            data=data,
            interaction=row.interaction_id,
            amends=row.amends_seq,
            reason=row.reason,
            author=row.author,
            encoding=encoding,
        )
        canonical: str | None = canonical_json(canonical_object(record))
        problem = None
    except (TypeError, ValueError) as exc:
        canonical, problem = None, f"a stored value cannot be read ({exc})"
    return StoredEntry(int(row.seq), str(row.prev_hash), str(row.entry_hash), canonical, problem, encoding)


def stored_chain(session: Session, debtor_id: int) -> list[StoredEntry]:
    """The debtor's entries exactly as stored, in the order they were appended (one query)."""
    raw_times = ("recorded_at", "occurred_at")
    columns = [c for c in Entry.__table__.columns if c.name not in raw_times]  # type: ignore[attr-defined]
    query = (
        select(*columns, *(cast(getattr(Entry, name), String).label(name) for name in raw_times))
        .where(Entry.debtor_id == debtor_id)
        .order_by(col(Entry.id))  # the order of appending
    )
    return [_stored(row) for row in session.execute(query)]


def journal_lines(chain: Sequence[StoredEntry]) -> list[str]:
    """A chain as JSON Lines: each hashed object plus its prev_hash and entry_hash."""
    lines = []
    for stored in chain:
        line = json.loads(stored.canonical) if stored.canonical else {"seq": stored.seq}
        line["prev_hash"], line["entry_hash"] = stored.prev_hash, stored.entry_hash
        lines.append(canonical_json(line))
    return lines


def check_chain(
    session: Session, debtor_id: int, chain: Sequence[StoredEntry], expect_head: str | None = None
) -> ChainReport:
    """Recompute a chain read with `stored_chain` and compare it with the debtor's recorded head."""
    report = verify_chain(debtor_id, chain, expect_head)
    head = session.get(JournalHead, debtor_id)
    recorded = head.seq if head else 0
    if report.ok and recorded != report.entries:
        missing = min(recorded, report.entries) + 1
        reason = f"truncated: {recorded} entries were recorded but the chain ends at {report.entries}"
        return ChainReport(debtor_id, report.entries, report.head, False, missing, reason)
    return report


def verify_debtor(session: Session, debtor_id: int, expect_head: str | None = None) -> ChainReport:
    """Recompute one debtor's chain from the raw stored values and compare with its recorded head."""
    return check_chain(session, debtor_id, stored_chain(session, debtor_id), expect_head)


def verify_all(
    session: Session,
    debtor_id: int | None = None,
    expect_head: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ChainReport]:
    """Reports for one debtor or every debtor that has a journal, in id order; `progress(done, total)`."""
    if debtor_id is not None:
        return [verify_debtor(session, debtor_id, expect_head)]
    with_entries = set(session.exec(select(Entry.debtor_id).distinct()).all())
    with_heads = set(session.exec(select(JournalHead.debtor_id)).all())
    ids = sorted(with_entries | with_heads)
    reports = []
    for done, each in enumerate(ids):
        if progress is not None:
            progress(done, len(ids))
        reports.append(verify_debtor(session, each, expect_head))
    return reports


def decoded(entry: Entry) -> JournalEntry:
    """A stored entry as people read it, its data decoded into a typed record."""
    try:
        data = json.loads(entry.data)
    except ValueError:
        data = {"unreadable": entry.data}
    if not isinstance(data, dict):
        data = {"unreadable": data}
    return JournalEntry(
        seq=entry.seq,
        kind=entry.kind,
        recorded_at=entry.recorded_at,
        occurred_at=entry.occurred_at,
        text=entry.text,
        author=entry.author,
        entry_hash=entry.entry_hash,
        interaction_id=entry.interaction_id,
        details=decode_details(entry.kind, data),
        amends_seq=entry.amends_seq,
        reason=entry.reason,
        subject=subject_of(entry.kind, data),
    )
