"""Checked once, trusted after: a full check of a chain is noted (chaincheck), and opening the debtor
afterwards hashes only the entries appended since, compares the end with the recorded head, and
falls back to a full check when the entry it trusted is not what was checked."""

from __future__ import annotations

from datetime import timedelta

from callnotes.clock import FixedClock
from callnotes.services.desk import Desk
from callnotes.services.people import PersonInput
from callnotes.store.access import Store
from callnotes.store.journal import last_full_check
from tests.integration.test_tamper import raw

HARTLEY = 3  # an example debtor


def _noted(store: Store, debtor_id: int):  # type: ignore[no-untyped-def]
    with store.sessions() as session:
        return last_full_check(session, debtor_id)


def _append(desk: Desk, debtor_id: int, name: str) -> None:
    desk.add_person(debtor_id, PersonInput(name=name, role="accounts"))


def test_the_full_check_of_every_record_is_noted_with_the_time_it_ran(
    demo_store: Store, clock: FixedClock
) -> None:
    desk = Desk(demo_store, "tester")
    assert _noted(demo_store, HARTLEY) is None  # never checked in full
    result = desk.check_records()  # what the window runs in the background after start
    for check in result.checks:
        noted = _noted(demo_store, check.debtor_id)
        assert noted is not None and noted.ok
        assert (noted.seq, noted.head, noted.checked_at) == (
            check.report.entries,
            check.report.head,
            clock.now(),
        )


def test_opening_checks_only_what_was_appended_since_the_full_check(
    demo_store: Store, clock: FixedClock
) -> None:
    desk = Desk(demo_store, "tester")
    first = desk.record_state(HARTLEY)  # never checked in full: the whole chain now, and noted
    assert first.check.ok and first.checked_now == first.check.report.entries
    checked_at = clock.now()
    assert first.full_check.checked_at == checked_at and first.entries_since == 0
    clock.advance(timedelta(hours=2))
    _append(desk, HARTLEY, "Dana Reyes")
    _append(desk, HARTLEY, "Lee Park")
    later = desk.record_state(HARTLEY)
    assert later.check.ok and later.check.report.entries == first.check.report.entries + 2
    assert later.checked_now == 2 and later.entries_since == 2  # only the new entries were hashed
    assert later.full_check.checked_at == checked_at  # the window says when the last full check was
    assert later.check.report.head == desk.check_record(HARTLEY).report.head


def test_an_entry_changed_before_the_full_check_point_is_found_by_the_full_check(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    desk.check_records()
    _append(desk, HARTLEY, "Dana Reyes")
    with raw(demo_store, unguarded=True) as con:
        con.execute(f"UPDATE entry SET text = 'changed' WHERE debtor_id = {HARTLEY} AND seq = 4")
    trusted = desk.record_state(HARTLEY)
    assert trusted.check.report.ok and trusted.checked_now == 1  # the chain is trusted: entry 4 is not hashed
    full = desk.check_records()  # the next full check (at start, or on demand) finds it
    broken = next(c for c in full.checks if c.debtor_id == HARTLEY)
    assert not broken.report.ok and broken.report.bad_seq == 4
    noted = _noted(demo_store, HARTLEY)
    assert noted is not None and not noted.ok
    shown = desk.record_state(HARTLEY)  # shown as broken until fixed: checked in full each time
    assert not shown.check.report.ok and shown.check.report.bad_seq == 4
    assert shown.checked_now == shown.check.report.entries


def test_the_entry_the_full_check_ended_at_must_still_carry_its_hash(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    checked = desk.check_record(HARTLEY)
    last = checked.report.entries
    _append(desk, HARTLEY, "Dana Reyes")
    with raw(demo_store, unguarded=True) as con:
        con.execute(f"UPDATE entry SET text = 'changed' WHERE debtor_id = {HARTLEY} AND seq = {last}")
    state = desk.record_state(HARTLEY)
    assert not state.check.report.ok and state.check.report.bad_seq == last
    assert state.checked_now == state.check.report.entries  # not trusted any more: checked in full


def test_the_end_of_the_chain_is_compared_with_the_recorded_head(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    desk.check_record(HARTLEY)
    _append(desk, HARTLEY, "Dana Reyes")
    with raw(demo_store) as con:
        con.execute(f"UPDATE journalhead SET head = '{'a' * 64}' WHERE debtor_id = {HARTLEY}")
    state = desk.record_state(HARTLEY)
    assert not state.check.ok and "recorded head" in (state.check.report.reason or "")


def test_entries_cut_off_after_the_full_check_are_found(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    desk.check_record(HARTLEY)
    _append(desk, HARTLEY, "Dana Reyes")
    _append(desk, HARTLEY, "Lee Park")
    with raw(demo_store, unguarded=True) as con:
        last = f"(SELECT max(seq) FROM entry WHERE debtor_id = {HARTLEY})"
        con.execute(f"DELETE FROM entry WHERE debtor_id = {HARTLEY} AND seq = {last}")
    state = desk.record_state(HARTLEY)
    assert not state.check.report.ok and "truncated" in (state.check.report.reason or "")


def test_a_row_that_disagrees_with_the_journal_is_found_when_opening(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    desk.check_records()
    with raw(demo_store) as con:
        con.execute("UPDATE invoice SET amount_minor = amount_minor * 4 WHERE number = 'INV-1007'")
    state = desk.record_state(HARTLEY)
    assert state.check.report.ok and not state.check.ok  # the chain holds; the invoice does not
    assert any("amount_minor" in f.message for f in state.check.failures)


def test_a_debtor_whose_chain_was_checked_can_still_be_deleted(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    desk.check_records()
    name = desk.debtor(HARTLEY).debtor.name
    desk.delete_debtor_data(HARTLEY, name, "asked to be forgotten")
    assert _noted(demo_store, HARTLEY) is None


def test_the_fast_reading_of_an_entry_is_the_careful_one(demo_store: Store) -> None:
    # the check reads rows as callnotes writes them without building dates and objects; what it gives
    # must be exactly what decoding each value gives (the canonical JSON hashed, the replayed entry)
    from callnotes.store.journal import _EntryRow, _raw_entries, _raw_rows, _read_fast, _read_slowly

    with demo_store.sessions() as session:
        rows = list(_raw_rows(session, _raw_entries()))
    assert len(rows) > 50 and any(not row[6].isascii() for row in rows)  # Greek and Spanish texts too
    for row in rows:
        assert _read_fast(row) == _read_slowly(_EntryRow(*row))
