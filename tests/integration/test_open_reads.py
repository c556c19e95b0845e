"""Opening a debtor and a call read only the entries they use, not every line of every call: the facts
from the few kinds they need (FACT_ENTRY_KINDS), the debtor's panel from all but the lines (the Record
tab pages through those); the same as from the whole journal."""

from __future__ import annotations

from callnotes.domain.entries import LINE_KINDS
from callnotes.services import interest
from callnotes.services.desk import Desk
from callnotes.services.facts import call_facts
from callnotes.services.views import debtor_view
from callnotes.store.access import Store
from callnotes.store.account import read_account


def test_the_facts_are_those_of_the_whole_journal(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    today = desk.today()
    for debtor_id in (1, 2, 3):
        with demo_store.sessions() as session:
            account = read_account(session, debtor_id)
        assert len(account.entries) > 10  # the example debtors have calls, letters and promises
        whole = call_facts(account, today, interest.interest_of(account, demo_store.paths, today))
        assert desk.facts(debtor_id) == whole


def test_the_debtor_panel_has_every_entry_that_records_a_thing_and_counts_them_all(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    for debtor_id in (1, 2, 3):
        with demo_store.sessions() as session:
            whole = debtor_view(read_account(session, debtor_id), desk.today())
        view = desk.debtor(debtor_id)
        assert view.head_seq == whole.head_seq  # the Record tab's size: every entry
        assert any(item.entry.kind in LINE_KINDS for item in whole.record)  # the example has calls
        assert view.record == tuple(item for item in whole.record if item.entry.kind not in LINE_KINDS)
        assert view.promises == whole.promises and view.escalation == whole.escalation
        assert view.disputes == whole.disputes and view.statement == whole.statement
