"""Append to and read back the per-debtor hash-chained journal.

The moment an entry is recorded comes from the clock of the session, never from the caller; what the
caller may say is when the thing it records happened (`occurred_at`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import String, cast, insert
from sqlmodel import Session, col, func, select

from callnotes.domain.audit import REPLAYED_KINDS, ReplayEntry
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
    # imported here: the index builds on store.account, which reads the journal
    from callnotes.store.search_index import index_rows

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
        ids = session.execute(
            insert(Entry).returning(col(Entry.id), sort_by_parameter_order=True), rows
        ).scalars()
        for row, entry_id in zip(rows, ids, strict=True):
            row["id"] = entry_id
        session.execute(insert(JournalHead), heads)
        index_rows(session, Entry, rows)  # found by search from this transaction on
    return len(rows)


def _read(row: Any) -> tuple[StoredEntry, ReplayEntry | None]:
    """Decode one raw row defensively: a hand-edited value must be reported, not crash the check.

    Returns the entry as the chain checks it and, when it records part of the account and its data
    could be read, as the replay of the account reads it (`callnotes.domain.audit`)."""
    encoding = row.encoding if isinstance(row.encoding, int) else -1
    replayed = None
    try:
        # most entries are lines of a call, whose data is empty: no need to parse and re-encode it
        data = {} if row.data == "{}" else json.loads(row.data)
        if not isinstance(data, dict):
            raise ValueError("its data is not a JSON object")
        if row.kind in REPLAYED_KINDS:
            replayed = ReplayEntry(
                int(row.seq), str(row.kind), data, str(row.text), row.reason, row.interaction_id, encoding
            )
        if row.data != "{}" and canonical_json(data) != row.data:
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
    stored = StoredEntry(int(row.seq), str(row.prev_hash), str(row.entry_hash), canonical, problem, encoding)
    return stored, replayed


def _stored(row: Any) -> StoredEntry:
    return _read(row)[0]


def _raw_entries() -> Any:
    """Every column of the entry table, the times as the text stored (they are hashed as written)."""
    raw_times = ("recorded_at", "occurred_at")
    columns = [c for c in Entry.__table__.columns if c.name not in raw_times]  # type: ignore[attr-defined]
    return select(*columns, *(cast(getattr(Entry, name), String).label(name) for name in raw_times))


def stored_chain(session: Session, debtor_id: int) -> list[StoredEntry]:
    """The debtor's entries exactly as stored, in the order they were appended (one query)."""
    query = (
        _raw_entries().where(Entry.debtor_id == debtor_id).order_by(col(Entry.id))
    )  # the order of appending
    return [_stored(row) for row in session.execute(query)]


@dataclass(frozen=True)
class StoredJournal:
    """One debtor's journal as stored: for the chain, and for the replay of the account."""

    debtor_id: int
    chain: list[StoredEntry]
    entries: list[ReplayEntry]


def stored_journals(session: Session, debtor_id: int | None = None) -> Iterator[StoredJournal]:
    """Every debtor's journal (or one's), in debtor order, each in the order it was appended: one
    query, read as it streams, so only one debtor's entries are held at a time."""
    # yield_per: the ORM would otherwise buffer every row before the first (over 500 MB for 500,000 entries)
    query = _raw_entries().order_by(col(Entry.debtor_id), col(Entry.id)).execution_options(yield_per=2000)
    if debtor_id is not None:
        query = query.where(col(Entry.debtor_id) == debtor_id)
    current: StoredJournal | None = None
    for row in session.execute(query):
        if current is None or current.debtor_id != row.debtor_id:
            if current is not None:
                yield current
            current = StoredJournal(int(row.debtor_id), [], [])
        stored, replayed = _read(row)
        current.chain.append(stored)
        if replayed is not None:
            current.entries.append(replayed)
    if current is not None:
        yield current


def recorded_heads(session: Session, debtor_id: int | None = None) -> dict[int, tuple[int, str]]:
    """The stored head of every journal (or of one): debtor -> (entries, hash)."""
    query = select(JournalHead.debtor_id, JournalHead.seq, JournalHead.head)
    if debtor_id is not None:
        query = query.where(JournalHead.debtor_id == debtor_id)
    return {int(d): (int(seq), str(head)) for d, seq, head in session.execute(query)}


def entry_hashes(session: Session, wanted: Iterable[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The stored hash of each (debtor, seq) asked for that exists (one query per debtor asked about)."""
    by_debtor: dict[int, set[int]] = {}
    for debtor_id, seq in wanted:
        by_debtor.setdefault(debtor_id, set()).add(seq)
    found: dict[tuple[int, int], str] = {}
    for debtor_id, seqs in by_debtor.items():
        query = select(Entry.seq, Entry.entry_hash).where(
            Entry.debtor_id == debtor_id, col(Entry.seq).in_(sorted(seqs))
        )
        for seq, digest in session.execute(query):
            found[(debtor_id, int(seq))] = str(digest)
    return found


def has_first_encoding(session: Session) -> bool:
    """Whether any entry was written by callnotes 0.1 (encoding 1): the database began with that version."""
    return session.exec(select(Entry.id).where(Entry.encoding == 1).limit(1)).first() is not None


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
    """Recompute a chain read with `stored_chain` and compare it with the debtor's recorded head: its
    count and its hash."""
    report = verify_chain(debtor_id, chain, expect_head)
    head = session.get(JournalHead, debtor_id)
    return with_recorded_head(report, (head.seq, head.head) if head else None, chain)


def with_recorded_head(
    report: ChainReport, recorded: tuple[int, str] | None, chain: Sequence[StoredEntry]
) -> ChainReport:
    """A chain's report, failed when the head recorded beside it (count and hash) is not its end."""
    if not report.ok:
        return report
    count, digest = recorded if recorded else (0, GENESIS_HASH)
    last = chain[-1].entry_hash if chain else GENESIS_HASH
    if count != report.entries:
        missing = min(count, report.entries) + 1
        reason = f"truncated: {count} entries were recorded but the chain ends at {report.entries}"
        if count < report.entries:
            reason = f"the recorded head counts {count} entries but the chain has {report.entries}"
        return ChainReport(report.debtor, report.entries, report.head, False, missing, reason)
    if digest != last:
        reason = f"the recorded head {digest} is not the hash of the last entry"
        return ChainReport(report.debtor, report.entries, report.head, False, count or None, reason)
    return report


def verify_debtor(session: Session, debtor_id: int, expect_head: str | None = None) -> ChainReport:
    """Recompute one debtor's chain from the raw stored values and compare with its recorded head."""
    return check_chain(session, debtor_id, stored_chain(session, debtor_id), expect_head)


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


def journal_sizes(session: Session, debtor_ids: Iterable[int]) -> dict[int, int]:
    """How many entries each of these debtors' journals holds now (debtors with none are left out)."""
    wanted = sorted(set(debtor_ids))
    query = (
        select(Entry.debtor_id, func.count())
        .where(col(Entry.debtor_id).in_(wanted))
        .group_by(col(Entry.debtor_id))
    )
    return {int(debtor_id): int(count) for debtor_id, count in session.execute(query)}


def heads_in_sqlite_file(path: Path) -> list[dict[str, object]]:
    """The journal heads recorded in another callnotes database file (a backup), read-only: its file
    is never changed. sqlite3.DatabaseError when it is not one."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT debtor_id, seq, head FROM journalhead ORDER BY debtor_id"
        ).fetchall()
    finally:
        connection.close()
    return [{"debtor_id": debtor_id, "entries": seq, "head": head} for debtor_id, seq, head in rows]
