"""Append to and read back the per-debtor hash-chained journal."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, cast
from sqlmodel import Session, col, select

from callnotes.domain.record import (
    GENESIS_HASH,
    ChainReport,
    JournalRecord,
    StoredEntry,
    canonical_json,
    canonical_object,
    entry_hash,
    verify_chain,
)
from callnotes.store.models import Debtor, Entry, JournalHead, utcnow


def append_entry(
    session: Session,
    debtor_id: int,
    kind: str,
    text: str = "",
    *,
    data: dict[str, Any] | None = None,
    interaction_id: int | None = None,
    written_at: datetime | None = None,
    amends_seq: int | None = None,
    reason: str | None = None,
    author: str = "",
) -> Entry:
    """Add one locked entry at the end of the debtor's chain (the caller commits)."""
    # Lock the debtor row where the database can (PostgreSQL), so two writers cannot take one seq.
    session.exec(select(Debtor.id).where(Debtor.id == debtor_id).with_for_update()).one()
    head = session.get(JournalHead, debtor_id)
    seq, prev = (head.seq + 1, head.head) if head else (1, GENESIS_HASH)
    record = JournalRecord(
        debtor=debtor_id,
        seq=seq,
        kind=kind,
        written_at=written_at or utcnow(),
        text=text,
        data=data or {},
        interaction=interaction_id,
        amends=amends_seq,
        reason=reason,
        author=author,
    )
    entry = Entry(
        debtor_id=debtor_id,
        seq=seq,
        interaction_id=interaction_id,
        written_at=record.written_at,
        kind=kind,
        text=text,
        data=canonical_json(record.data),
        amends_seq=amends_seq,
        reason=reason,
        author=author,
        prev_hash=prev,
        entry_hash=entry_hash(prev, record),
    )
    session.add(entry)
    if head is None:
        session.add(JournalHead(debtor_id=debtor_id, seq=seq, head=entry.entry_hash))
    else:
        head.seq, head.head = seq, entry.entry_hash
        session.add(head)
    session.flush()
    return entry


def record_of(entry: Entry) -> JournalRecord:
    """The hashed content of a stored entry."""
    return JournalRecord(
        debtor=entry.debtor_id,
        seq=entry.seq,
        kind=entry.kind,
        written_at=entry.written_at,
        text=entry.text,
        data=json.loads(entry.data),
        interaction=entry.interaction_id,
        amends=entry.amends_seq,
        reason=entry.reason,
        author=entry.author,
    )


def entries_of(session: Session, debtor_id: int) -> Sequence[Entry]:
    """A debtor's journal in sequence order."""
    return session.exec(select(Entry).where(Entry.debtor_id == debtor_id).order_by(col(Entry.seq))).all()


def _stored(row: Any) -> StoredEntry:
    """Decode one raw row defensively: a hand-edited value must be reported, not crash the check."""
    try:
        moment = datetime.fromisoformat(str(row.written_at))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        data = json.loads(row.data)
        if not isinstance(data, dict):
            raise ValueError("its data is not a JSON object")
        if canonical_json(data) != row.data:
            raise ValueError("its data is not in canonical form")
        record = JournalRecord(
            debtor=int(row.debtor_id),
            seq=int(row.seq),
            kind=row.kind,
            written_at=moment,
            text=row.text,
            data=data,
            interaction=row.interaction_id,
            amends=row.amends_seq,
            reason=row.reason,
            author=row.author,
        )
        canonical: str | None = canonical_json(canonical_object(record))
        problem = None
    except (TypeError, ValueError) as exc:
        canonical, problem = None, f"a stored value cannot be read ({exc})"
    return StoredEntry(int(row.seq), str(row.prev_hash), str(row.entry_hash), canonical, problem)


def journal_lines(session: Session, debtor_id: int) -> list[str]:
    """The debtor's journal as JSON Lines: each hashed object plus its prev_hash and entry_hash."""
    lines = []
    for entry in entries_of(session, debtor_id):
        line = canonical_object(record_of(entry))
        line["prev_hash"], line["entry_hash"] = entry.prev_hash, entry.entry_hash
        lines.append(canonical_json(line))
    return lines


def verify_debtor(session: Session, debtor_id: int, expect_head: str | None = None) -> ChainReport:
    """Recompute one debtor's chain from the raw stored values and compare with its recorded head."""
    columns = [c for c in Entry.__table__.columns if c.name != "written_at"]  # type: ignore[attr-defined]
    query = (
        select(*columns, cast(Entry.written_at, String).label("written_at"))
        .where(Entry.debtor_id == debtor_id)
        .order_by(col(Entry.id))  # the order of appending
    )
    stored = [_stored(row) for row in session.exec(query)]  # type: ignore[call-overload]
    report = verify_chain(debtor_id, stored, expect_head)
    head = session.get(JournalHead, debtor_id)
    recorded = head.seq if head else 0
    if report.ok and recorded != report.entries:
        missing = min(recorded, report.entries) + 1
        reason = f"truncated: {recorded} entries were recorded but the chain ends at {report.entries}"
        return ChainReport(debtor_id, report.entries, report.head, False, missing, reason)
    return report


def verify_all(
    session: Session, debtor_id: int | None = None, expect_head: str | None = None
) -> list[ChainReport]:
    """Reports for one debtor or every debtor that has a journal, in id order."""
    if debtor_id is not None:
        return [verify_debtor(session, debtor_id, expect_head)]
    with_entries = set(session.exec(select(Entry.debtor_id).distinct()).all())
    with_heads = set(session.exec(select(JournalHead.debtor_id)).all())
    ids = sorted(with_entries | with_heads)
    return [verify_debtor(session, i, expect_head) for i in ids]
