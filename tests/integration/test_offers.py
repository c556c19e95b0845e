"""Offers in the record: a plan saved without a call, with its agreement in the debtor's language, and
the negotiation ledger of a call (every offer an `offer` entry, decoded and worded)."""

from __future__ import annotations

from datetime import date

import pytest

from callnotes.domain.entries import OfferDetails, PlanDetails
from callnotes.domain.offers import InstalmentOffer, NegotiationStep, SettlementOffer
from callnotes.errors import InputError
from callnotes.export.entry_text import describe_entry
from callnotes.export.offer_text import for_debtor
from callnotes.services.desk import Desk
from callnotes.services.interactions import Ending, PlanInput
from callnotes.services.views import NoteLine
from callnotes.store.access import Store
from tests.conftest import NOW, TODAY


def _debtor(desk: Desk, language: str) -> int:
    return next(d.id for d in desk.debtors() if desk.debtor(d.id).debtor.language == language)


def test_a_plan_saved_without_a_call_is_a_plan_with_its_wording(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    debtor_id = _debtor(desk, "es")
    terms = InstalmentOffer("EUR", 100_000, 3, "monthly", date(2027, 1, 31)).terms()
    plan_id = desk.save_plan(debtor_id, PlanInput.of(terms))
    plan = next(p for p in desk.facts(debtor_id).plans if p.id == plan_id)
    assert plan.total_minor == 100_000 and plan.kind == "instalments"
    entry = desk.debtor(debtor_id).record[-1].entry
    assert entry.kind == "plan" and entry.interaction_id is None
    assert isinstance(entry.details, PlanDetails)
    assert [d for d, _ in entry.details.instalments] == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
    ]
    # The agreement in the debtor's locale (Spanish amounts and days), then what happens if it is missed.
    first, condition = entry.text.split("\n")
    assert "333,34\u00a0€" in first and "31/3/2027" in first and "1.000,00\u00a0€" in condition


def test_a_plan_cannot_start_before_it_is_agreed_nor_differ_from_its_offer(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    debtor_id = _debtor(desk, "en")
    past = InstalmentOffer("USD", 10_000, 2, "weekly", date(2026, 11, 1)).terms()
    with pytest.raises(InputError) as refused:
        desk.save_plan(debtor_id, PlanInput.of(past))
    assert refused.value.field == "plan_first"
    good = InstalmentOffer("USD", 10_000, 2, "weekly", TODAY).terms()
    with pytest.raises(InputError):
        desk.save_plan(debtor_id, PlanInput(good.schedule[:1], offer=good))


def test_every_offer_of_a_call_is_an_entry_and_the_accepted_one_its_plan(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    debtor_id = _debtor(desk, "el")
    call = desk.start_call(debtor_id, None, "")
    ours = SettlementOffer("EUR", 300_000, date(2026, 12, 15), percent_bp=7_000).terms()
    theirs = InstalmentOffer("EUR", 300_000, 6, "monthly", date(2026, 12, 31)).terms()
    steps = [NegotiationStep("we", "declined", ours), NegotiationStep("debtor", "accepted", theirs)]
    saved = desk.save_lines(
        call.interaction.id, [NoteLine(None, NOW, "offer", "", s.to_data()) for s in steps]
    )
    assert [line.data for line in saved] == [s.to_data() for s in steps]
    assert desk.open_call(call.interaction.id).lines[1].data == steps[1].to_data()  # after a crash, too
    desk.end_call(call.interaction.id, Ending("plan", plan=PlanInput.of(theirs)))
    record = [
        line.entry
        for line in desk.record_page(debtor_id, 0, 1000)  # the lines of calls are the Record tab's
        if line.entry.interaction_id == call.interaction.id
    ]
    offers = [e for e in record if e.kind == "offer"]
    assert [e.details for e in offers] == steps and all(isinstance(e.details, OfferDetails) for e in offers)
    words = describe_entry(for_debtor("en", "US"), offers[0])
    assert words == "We offered €2,100.00 by 12/15/2026 in settlement of €3,000.00. Declined."
    plan = next(e for e in record if e.kind == "plan")
    assert isinstance(plan.details, PlanDetails) and plan.details.instalments[-1] == (
        date(2027, 5, 31),
        50_000,
    )
