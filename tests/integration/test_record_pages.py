"""The Record tab's pages: any stretch of the record, amendments under the entry they correct, read
a page at a time gives exactly the lines of the whole record."""

from __future__ import annotations

from callnotes.domain.entries import RecordLine, with_amendments
from callnotes.services.interactions import amend_entry
from callnotes.store import queries
from callnotes.store.access import Store
from callnotes.store.account import read_account
from callnotes.store.engine import transaction
from callnotes.store.listing import record_lines


def test_pages_of_the_record_are_the_whole_record_cut_anywhere(demo_store: Store) -> None:
    with demo_store.sessions() as session:
        debtor_id = queries.all_debtors(session)[0].id
        assert debtor_id is not None
        size = len(read_account(session, debtor_id).entries)
    with transaction(demo_store.sessions) as session:
        first = amend_entry(session, debtor_id, 2, "corrected", "typo")
        amend_entry(session, debtor_id, first.seq, "corrected again", "still wrong")  # under entry 2 too
        amend_entry(session, debtor_id, 5, "corrected", "typo")
        amend_entry(session, debtor_id, size, "the last one corrected", "typo")
    with demo_store.sessions() as session:
        whole = [
            line
            for item in with_amendments(read_account(session, debtor_id).entries)
            for line in (RecordLine(item.entry, False), *(RecordLine(a, True) for a in item.amendments))
        ]
        assert [line.entry.seq for line in whole[1:5]] == [2, size + 1, size + 2, 3]
        for limit in (1, 2, 3, 7, 100):
            for offset in range(len(whole) + 1):
                assert record_lines(session, debtor_id, offset, limit) == whole[offset : offset + limit]
