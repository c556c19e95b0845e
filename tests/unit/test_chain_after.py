"""Checking a chain from the entry a full check ended at (domain/record.py): only what follows is hashed,
and the entry it trusts must still carry, and hash to, the head that check noted."""

from __future__ import annotations

from datetime import UTC, datetime

from callnotes.domain.record import (
    GENESIS_HASH,
    FullCheck,
    StoredEntry,
    chain_hash,
    still_checked,
    verify_chain,
)

CHECKED_AT = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def _chain(count: int) -> list[StoredEntry]:
    entries, prev = [], GENESIS_HASH
    for seq in range(1, count + 1):
        canonical = f'{{"seq":{seq}}}'
        digest = chain_hash(prev, canonical)
        entries.append(StoredEntry(seq, prev, digest, canonical))
        prev = digest
    return entries


def test_the_entries_after_a_checked_one_are_checked_as_its_continuation() -> None:
    chain = _chain(6)
    whole = verify_chain(1, chain)
    report = verify_chain(1, chain[4:], None, chain[3])
    assert report == whole  # the same count and head as checking it all


def test_a_break_after_the_checked_entry_is_found_and_one_before_it_is_not_looked_at() -> None:
    chain = _chain(6)
    chain[1] = chain[1]._replace(canonical='{"seq":99}')  # before the point: not hashed again
    assert verify_chain(1, chain[4:], None, chain[3]).ok
    chain[5] = chain[5]._replace(canonical='{"seq":99}')
    report = verify_chain(1, chain[4:], None, chain[3])
    assert not report.ok and report.bad_seq == 6 and report.entries == 6
    gap = verify_chain(1, [chain[5]], None, chain[3])  # entry 5 is missing
    assert not gap.ok and gap.bad_seq == 5


def test_the_checked_entry_must_still_be_the_one_that_was_checked() -> None:
    chain = _chain(4)
    check = FullCheck(4, chain[3].entry_hash, CHECKED_AT, True)
    assert still_checked(chain[3], check)
    assert not still_checked(chain[3]._replace(canonical='{"seq":5}'), check)  # content changed
    assert not still_checked(chain[3]._replace(entry_hash="f" * 64), check)  # hash replaced
    assert not still_checked(None, check)  # gone or renumbered
    assert still_checked(None, FullCheck(0, GENESIS_HASH, CHECKED_AT, True))  # an empty chain was checked
