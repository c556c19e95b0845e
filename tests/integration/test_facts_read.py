"""The facts of a call are worked out from the few kinds of entry they read (FACT_ENTRY_KINDS), not from
every line of every call: the same facts as from the whole journal."""

from __future__ import annotations

from callnotes.services import interest
from callnotes.services.desk import Desk
from callnotes.services.facts import call_facts
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
