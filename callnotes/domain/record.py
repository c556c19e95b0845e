"""The journal's canonical encoding and hash chain (documented in docs/record-integrity.md).

Pure functions over plain records, so the store, the verifier, the packet and third-party checkers
all agree on one definition.

Two encodings exist. Version 1 (callnotes 0.1) gave each entry one time, `written_at`. Version 2
separates when an entry was recorded (`recorded_at`, taken from the clock when it was locked into the
record) from when what it records happened (`occurred_at`: when a line was typed, when a letter was
sent, when a call took place). Entries keep the encoding they were written with, so a chain that
left the machine before the upgrade keeps its head.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any, NamedTuple

ENCODING_TAGS = {1: b"callnotes-journal-v1", 2: b"callnotes-journal-v2"}
CURRENT_ENCODING = 2
GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class JournalRecord:
    """One journal entry as it is hashed."""

    debtor: int
    seq: int
    kind: str
    recorded_at: datetime
    occurred_at: datetime
    text: str
    data: dict[str, Any] = field(default_factory=dict)
    interaction: int | None = None
    amends: int | None = None
    reason: str | None = None
    author: str = ""
    encoding: int = CURRENT_ENCODING


def utc_iso(moment: datetime) -> str:
    """UTC ISO-8601 with microseconds and a Z: the only way times are written into the chain."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r} cannot be recorded")
    utc = moment.astimezone(UTC)
    if utc.year < 1000:  # strftime writes such a year without leading zeros: the form hashed since 0.1
        return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return utc.isoformat(timespec="microseconds")[:-6] + "Z"  # the same text ("+00:00" cut), faster


def parse_utc(value: Any) -> datetime:
    """A moment written by `utc_iso` or by the database (with or without its zone), as aware UTC."""
    moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def canonical_json(value: Any) -> str:
    """Sorted keys, no whitespace, UTF-8 characters kept as they are."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def canonical_object(record: JournalRecord) -> dict[str, Any]:
    """The JSON object that is hashed for `record`, in its encoding."""
    content: dict[str, Any] = {
        "debtor": record.debtor,
        "seq": record.seq,
        "kind": record.kind,
        "interaction": record.interaction,
        "text": record.text,
        "data": record.data,
        "amends": record.amends,
        "reason": record.reason,
        "author": record.author,
    }
    if record.encoding == 1:
        # A version 1 entry had one time; on upgrade it became both times, so they must agree.
        if record.occurred_at != record.recorded_at:
            raise ValueError("a version 1 entry has one time: its occurred and recorded times differ")
        content["written_at"] = utc_iso(record.recorded_at)
    elif record.encoding == 2:
        content["recorded_at"] = utc_iso(record.recorded_at)
        content["occurred_at"] = utc_iso(record.occurred_at)
    else:
        raise ValueError(f"unknown journal encoding {record.encoding}")
    return content


TAG_LINES = {encoding: tag + b"\n" for encoding, tag in ENCODING_TAGS.items()}


def chain_hash(prev_hash: str, canonical: str, encoding: int = CURRENT_ENCODING) -> str:
    """SHA-256 of the encoding's tag, the previous hash and the canonical JSON, each line-separated."""
    payload = TAG_LINES[encoding] + prev_hash.encode("ascii") + b"\n" + canonical.encode("utf-8")
    return sha256(payload).hexdigest()


def entry_hash(prev_hash: str, record: JournalRecord) -> str:
    """The hash an entry must carry, given the hash of the entry before it."""
    return chain_hash(prev_hash, canonical_json(canonical_object(record)), record.encoding)


class StoredEntry(NamedTuple):
    """A journal entry as read back from storage: its content and the hashes stored beside it.

    A named tuple: `callnotes verify` makes one per entry, half a million on a large database, and a
    tuple is made several times faster than a frozen dataclass."""

    seq: int
    prev_hash: str
    entry_hash: str
    canonical: str | None  # None when the stored content could not be decoded at all
    problem: str | None = None  # why the content could not be decoded
    encoding: int = CURRENT_ENCODING


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The result of recomputing one debtor's chain."""

    debtor: int
    entries: int
    head: str
    ok: bool
    bad_seq: int | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class FullCheck:
    """The last full check of a debtor's chain: whether it held and, when it did, up to which entry
    (`seq`, whose hash is `head`). What is appended after it is checked on its own (`verify_chain`'s
    `after`), trusting what was checked."""

    seq: int
    head: str
    checked_at: datetime
    ok: bool


def still_checked(entry: StoredEntry | None, check: FullCheck) -> bool:
    """Whether `entry`, as stored now, is still the one a full check ended at: it carries the hash the
    check noted, and its content still hashes to it (with the previous hash it carries)."""
    if check.seq == 0:
        return entry is None
    if entry is None or entry.seq != check.seq or entry.entry_hash != check.head or entry.canonical is None:
        return False
    return chain_hash(entry.prev_hash, entry.canonical, entry.encoding) == check.head


def verify_chain(
    debtor: int,
    entries: Iterable[StoredEntry],
    expect_head: str | None = None,
    after: StoredEntry | None = None,
) -> ChainReport:
    """Recompute a chain given in the order it was appended; report the first entry that does not hold.

    The order of appending (not the stored sequence numbers, which could be edited) is what is
    checked against: the n-th entry must carry sequence number n. Encodings only move forward: an
    entry in an older encoding after a newer one was not written by callnotes. With `after` (an
    entry a full check found sound, as stored now: the caller compares its hash with the one the
    check noted), `entries` are those appended after it, checked as continuing it.
    """
    prev = GENESIS_HASH if after is None else after.entry_hash
    newest_encoding = 1 if after is None else after.encoding
    first = 1 if after is None else after.seq + 1
    ordered = list(entries)
    count = first - 1 + len(ordered)
    for expected_seq, entry in enumerate(ordered, start=first):
        if entry.seq != expected_seq:
            reason = (
                f"gap: entry {expected_seq} is missing or renumbered (found number {entry.seq} in its place)"
            )
            return ChainReport(debtor, count, prev, False, expected_seq, reason)
        if entry.prev_hash != prev:
            reason = "link broken: its previous hash is not the hash of the entry before it"
            return ChainReport(debtor, count, prev, False, entry.seq, reason)
        if entry.canonical is None:
            reason = f"content changed: {entry.problem}"
            return ChainReport(debtor, count, prev, False, entry.seq, reason)
        if entry.encoding < newest_encoding:
            reason = f"encoding went back from version {newest_encoding} to version {entry.encoding}"
            return ChainReport(debtor, count, prev, False, entry.seq, reason)
        newest_encoding = entry.encoding
        # `chain_hash`, inline: it runs for every entry of every chain
        payload = TAG_LINES[entry.encoding] + prev.encode("ascii") + b"\n" + entry.canonical.encode("utf-8")
        if sha256(payload).hexdigest() != entry.entry_hash:
            reason = "content changed: its stored hash does not match its content"
            return ChainReport(debtor, count, prev, False, entry.seq, reason)
        prev = entry.entry_hash
    if expect_head is not None and expect_head.strip().lower() != prev:
        reason = f"head differs from the expected one: expected {expect_head.strip()}, found {prev}"
        return ChainReport(debtor, count, prev, False, count or None, reason)
    return ChainReport(debtor, count, prev, True)


@dataclass(frozen=True, slots=True)
class WitnessHead:
    """One journal's head as an export carried it: the debtor, how many entries, the last hash."""

    debtor_id: int
    entries: int
    head: str

    def as_json(self) -> dict[str, object]:
        return {"debtor_id": self.debtor_id, "entries": self.entries, "head": self.head}
