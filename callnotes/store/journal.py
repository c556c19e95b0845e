"""Append to and read back the per-debtor hash-chained journal.

The moment an entry is recorded comes from the clock of the session, never from the caller; what the
caller may say is when the thing it records happened (`occurred_at`).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import namedtuple
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from sqlalchemy import String, cast, delete, insert
from sqlmodel import Session, col, func, select

from callnotes.domain.audit import REPLAYED_KINDS, ReplayEntry
from callnotes.domain.entries import JournalEntry, decode_details, subject_of
from callnotes.domain.record import (
    CURRENT_ENCODING,
    GENESIS_HASH,
    ChainReport,
    FullCheck,
    JournalRecord,
    StoredEntry,
    canonical_json,
    canonical_object,
    entry_hash,
    parse_utc,
    verify_chain,
)
from callnotes.store.engine import clock_of
from callnotes.store.models import ChainCheck, Debtor, Entry, JournalHead


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


def _read(row: tuple[Any, ...]) -> tuple[StoredEntry, ReplayEntry | None]:
    """Decode one raw row (the columns of `_raw_entries`, in order) defensively: a hand-edited value
    must be reported, not crash the check.

    Returns the entry as the chain checks it and, when it records part of the account and its data
    could be read, as the replay of the account reads it (`callnotes.domain.audit`)."""
    return _read_fast(row) or _read_slowly(_EntryRow(*row))


# A time as SQLite stores what callnotes wrote: UTC, no zone, microseconds (a year of four digits).
_STORED_TIME = re.compile(r"[1-9]\d{3}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")


@lru_cache(maxsize=4096)  # the lines of a call share the moment they were recorded
def _chain_time(value: Any) -> str | None:
    """A stored time in the chain's form (`utc_iso`) by rewriting its text, when it is in SQLite's own
    form and a real moment; None for anything else, which `_read_slowly` decodes."""
    if type(value) is not str or len(value) != 26 or not _STORED_TIME.fullmatch(value):
        return None
    try:
        datetime.fromisoformat(value)  # a real day and time (the chain's form is only rewritten text)
    except ValueError:
        return None
    return f"{value[:10]}T{value[11:]}Z"


EMPTY_STRING = encode_basestring("")
_new_tuple = tuple.__new__


def _read_fast(row: Any) -> tuple[StoredEntry, ReplayEntry | None] | None:
    """`_read_slowly`'s result for a row as callnotes writes it, without building dates and objects:
    the canonical JSON is written out key by key (sorted, as `canonical_json` sorts them), its
    strings encoded by the json module's own encoder. None when any value is not of the kind
    callnotes writes (a hand-edited row): the slow path then says what it is."""
    # the columns in the order `_raw_entries` selects them (unpacked at once: a Row's names cost more)
    _, debtor, seq, interaction, encoding, kind, text, raw, amends, reason, author, prev, digest, at, on = row
    if encoding not in (1, 2) or type(encoding) is not int or type(raw) is not str:
        return None
    if type(kind) is not str or type(text) is not str or type(author) is not str:
        return None
    if type(reason) is not str and reason is not None:
        return None
    if type(seq) is not int or type(debtor) is not int or type(prev) is not str or type(digest) is not str:
        return None
    # (written out here, not by a helper: this runs once per entry, half a million times on a large record)
    interaction_json = (
        "null" if interaction is None else str(interaction) if type(interaction) is int else None
    )
    amends_json = "null" if amends is None else str(amends) if type(amends) is int else None
    recorded = _chain_time(at)
    occurred = recorded if on == at else _chain_time(on)  # mostly the same moment
    if interaction_json is None or amends_json is None or recorded is None or occurred is None:
        return None
    if raw == "{}":  # most entries are lines of a call, whose data is empty
        data: Any = {}
    else:
        try:
            data = json.loads(raw)
        except ValueError:
            return None
        if not isinstance(data, dict) or canonical_json(data) != raw:
            return None
    replayed = (
        ReplayEntry(seq, kind, data, text, reason, interaction, encoding) if kind in REPLAYED_KINDS else None
    )
    head = (
        f'{{"amends":{amends_json},"author":{encode_basestring(author) if author else EMPTY_STRING},'
        f'"data":{raw},"debtor":{debtor},"interaction":{interaction_json},"kind":{encode_basestring(kind)}'
    )
    reason_json = "null" if reason is None else encode_basestring(reason)
    if encoding == 2:
        canonical = (
            f'{head},"occurred_at":"{occurred}","reason":{reason_json},"recorded_at":"{recorded}",'
            f'"seq":{seq},"text":{encode_basestring(text)}}}'
        )
    elif recorded == occurred:  # a version 1 entry had one time
        canonical = f'{head},"reason":{reason_json},"seq":{seq},"text":{encode_basestring(text)},"written_at":"{recorded}"}}'
    else:
        return None
    # a named tuple made directly: its own constructor is a Python function, run half a million times
    return _new_tuple(StoredEntry, (seq, prev, digest, canonical, None, encoding)), replayed


def _read_slowly(row: Any) -> tuple[StoredEntry, ReplayEntry | None]:
    """`_read` for any row: each value decoded as the chain's record, each problem said."""
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


_ENTRY_COLUMNS = (
    "id",
    "debtor_id",
    "seq",
    "interaction_id",
    "encoding",
    "kind",
    "text",
    "data",
    "amends_seq",
    "reason",
    "author",
    "prev_hash",
    "entry_hash",
)


def _raw_entries() -> Any:
    """Every column of the entry table, in a fixed order (`_read_fast` unpacks them), the times last
    and as the text stored (they are hashed as written)."""
    columns = [getattr(Entry, name) for name in _ENTRY_COLUMNS]
    times = (cast(getattr(Entry, name), String).label(name) for name in ("recorded_at", "occurred_at"))
    return select(*columns, *times)


_EntryRow = namedtuple("_EntryRow", [*_ENTRY_COLUMNS, "recorded_at", "occurred_at"])  # type: ignore[misc]


FETCHED_AT_ONCE = 1000  # rows taken from the driver at a time: a whole journal is never held twice


def _raw_rows(session: Session, query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a query on the entry table as the database driver gives them, plain tuples: the
    query runs through the session's connection, and its rows are read from the driver's cursor,
    not wrapped one by one (SQLAlchemy's row objects cost as much as decoding the entry)."""
    result = session.connection().execute(query)
    try:
        while rows := result.cursor.fetchmany(FETCHED_AT_ONCE):
            yield from rows
    finally:
        result.close()


def stored_chain(session: Session, debtor_id: int) -> list[StoredEntry]:
    """The debtor's entries exactly as stored, in the order they were appended (one query)."""
    query = (
        _raw_entries().where(Entry.debtor_id == debtor_id).order_by(col(Entry.id))
    )  # the order of appending
    return [_stored(row) for row in _raw_rows(session, query)]


@dataclass(frozen=True)
class StoredJournal:
    """One debtor's journal as stored: for the chain, and for the replay of the account."""

    debtor_id: int
    chain: list[StoredEntry]
    entries: list[ReplayEntry]


def stored_journals(session: Session, debtor_id: int | None = None) -> Iterator[StoredJournal]:
    """Every debtor's journal (or one's), in debtor order, each in the order it was appended: one
    query, read as it streams, so only one debtor's entries are held at a time."""
    query = _raw_entries().order_by(col(Entry.debtor_id), col(Entry.id))
    if debtor_id is not None:
        query = query.where(col(Entry.debtor_id) == debtor_id)
    current: StoredJournal | None = None
    owner: Any = None
    chain: list[StoredEntry] = []
    entries: list[ReplayEntry] = []
    for row in _raw_rows(session, query):  # half a million rows on a large database: kept tight
        if row[1] != owner:  # debtor_id
            if current is not None:
                yield current
            owner = row[1]
            current = StoredJournal(int(owner), [], [])
            chain, entries = current.chain, current.entries
        stored, replayed = _read_fast(row) or _read_slowly(_EntryRow(*row))
        chain.append(stored)
        if replayed is not None:
            entries.append(replayed)
    if current is not None:
        yield current


def chain_after(session: Session, debtor_id: int, seq: int) -> tuple[StoredEntry | None, list[StoredEntry]]:
    """Entry `seq` of the debtor's chain as stored now (None when `seq` is 0, or when it is not where it
    was: the first entry from `seq` on carries another number) and the entries appended after it, in
    the order they were appended (one query: only the end of a long chain is read)."""
    query = _raw_entries().where(Entry.debtor_id == debtor_id, col(Entry.seq) >= seq).order_by(col(Entry.id))
    stored = [_stored(row) for row in _raw_rows(session, query)]
    if seq == 0:
        return None, stored
    if not stored or stored[0].seq != seq:
        return None, stored
    return stored[0], stored[1:]


def replay_entries(session: Session, debtor_id: int) -> list[ReplayEntry]:
    """The entries of the debtor's journal that record part of its account, as the replay reads them
    (`callnotes.domain.audit`): only those rows are read, not the lines of every call."""
    query = (
        _raw_entries()
        .where(Entry.debtor_id == debtor_id, col(Entry.kind).in_(sorted(REPLAYED_KINDS)))
        .order_by(col(Entry.id))
    )
    return [replayed for row in _raw_rows(session, query) if (replayed := _read(row)[1]) is not None]


def last_full_check(session: Session, debtor_id: int) -> FullCheck | None:
    """The last full check of the debtor's chain, None when it was never checked in full."""
    found = session.get(ChainCheck, debtor_id)
    if found is None:
        return None
    return FullCheck(found.seq, found.head, found.checked_at, found.ok)


NOTED_AT_ONCE = 500  # debtors per statement when noting checks: well under any database's limit of parameters


def note_full_checks(session: Session, reports: Iterable[ChainReport]) -> None:
    """Remember each chain's full check, now (the session's clock), in place of the one before: sound
    up to its last entry, or broken. Chains of debtors that are not in the debtor table (a journal
    whose debtor row is gone) are left out: there is nothing to open there. The caller commits."""
    checked_at = clock_of(session).now()
    by_debtor = {report.debtor: report for report in reports}
    wanted = sorted(by_debtor)
    for start in range(0, len(wanted), NOTED_AT_ONCE):
        part = wanted[start : start + NOTED_AT_ONCE]
        present = [int(d or 0) for d in session.exec(select(Debtor.id).where(col(Debtor.id).in_(part)))]
        if not present:
            continue
        session.execute(delete(ChainCheck).where(col(ChainCheck.debtor_id).in_(present)))
        rows = [
            {
                "debtor_id": d,
                "seq": by_debtor[d].entries,
                "head": by_debtor[d].head,
                "checked_at": checked_at,
                "ok": by_debtor[d].ok,
            }
            for d in present
        ]
        session.execute(insert(ChainCheck), rows)


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
