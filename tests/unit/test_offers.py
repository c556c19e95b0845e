"""The offers calculator: exact sums, monthly days that keep their anchor, discounts and settlements."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from callnotes.domain.offers import (
    DiscountOffer,
    InstalmentOffer,
    NegotiationStep,
    OfferError,
    OfferTerms,
    SettlementOffer,
    accepted_offer,
    add_months,
    due_dates,
    split_amount,
)


def test_awkward_totals_split_exactly_and_the_last_instalment_absorbs_the_cents() -> None:
    assert split_amount(10_000, 3) == (3_333, 3_333, 3_334)
    assert split_amount(100_000, 7) == (14_285,) * 6 + (14_290,)
    assert split_amount(2, 2) == (1, 1)
    assert split_amount(5, 1) == (5,)


@given(st.integers(1, 10**13), st.integers(1, 120))
def test_every_split_adds_up_to_the_total(total: int, count: int) -> None:
    if count > total:
        with pytest.raises(OfferError) as refused:
            split_amount(total, count)
        assert refused.value.problem == "count"
        return
    parts = split_amount(total, count)
    assert sum(parts) == total and len(parts) == count
    assert all(p > 0 for p in parts) and len(set(parts[:-1])) <= 1 and parts[-1] >= parts[0]


def test_one_cent_cannot_make_two_instalments_and_nothing_cannot_be_split() -> None:
    with pytest.raises(OfferError) as refused:
        split_amount(1, 2)
    assert refused.value.problem == "count"
    with pytest.raises(OfferError) as nothing:
        split_amount(0, 3)
    assert nothing.value.problem == "not_positive"


def test_monthly_from_31_january_keeps_its_anchor_day() -> None:
    assert due_dates(date(2027, 1, 31), 4, "monthly") == (
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    )
    assert due_dates(date(2028, 1, 31), 2, "monthly")[1] == date(2028, 2, 29)  # a leap year
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)  # across the year's end
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_the_old_30_day_steps_are_gone() -> None:
    days = due_dates(date(2026, 12, 6), 3, "monthly")
    assert days == (date(2026, 12, 6), date(2027, 1, 6), date(2027, 2, 6))


def test_weekly_and_fortnightly_steps() -> None:
    assert due_dates(date(2026, 12, 28), 3, "weekly") == (
        date(2026, 12, 28),
        date(2027, 1, 4),
        date(2027, 1, 11),
    )
    assert due_dates(date(2028, 2, 22), 2, "fortnightly") == (date(2028, 2, 22), date(2028, 3, 7))
    with pytest.raises(OfferError):
        due_dates(date(2026, 1, 1), 2, "daily")


def test_instalments_carry_their_schedule_and_terms() -> None:
    terms = InstalmentOffer("EUR", 100_000, 3, "monthly", date(2027, 1, 31)).terms()
    assert terms.schedule == (
        (date(2027, 1, 31), 33_333),
        (date(2027, 2, 28), 33_333),
        (date(2027, 3, 31), 33_334),
    )
    assert terms.total_minor == terms.balance_minor == 100_000 and terms.forgiven_minor == 0
    assert terms.deadline == date(2027, 3, 31) and terms.frequency == "monthly"
    with pytest.raises(OfferError):
        InstalmentOffer("EUR", 100_000, 500, "monthly", date(2027, 1, 31)).terms()
    with pytest.raises(OfferError) as late:
        InstalmentOffer("EUR", 100_000, 3, "monthly", date(2199, 11, 30)).terms()
    assert late.value.problem == "date_range"


def test_a_discount_for_prompt_payment_rounds_half_up() -> None:
    terms = DiscountOffer("EUR", 123_457, 500, date(2026, 12, 1)).terms()  # 5 % of 1,234.57 is 61.7285
    assert terms.total_minor == 123_457 - 6_173 and terms.schedule == ((date(2026, 12, 1), 117_284),)
    assert terms.forgiven_minor == 6_173 and terms.percent_bp == 500
    for percent in (0, 10_000):
        with pytest.raises(OfferError) as refused:
            DiscountOffer("EUR", 100, percent, date(2026, 12, 1)).terms()
        assert refused.value.problem == "percent"


def test_a_settlement_by_amount_or_percentage_says_what_follows_if_missed() -> None:
    by_amount = SettlementOffer("EUR", 500_000, date(2027, 1, 15), amount_minor=300_000).terms()
    assert by_amount.total_minor == 300_000 and by_amount.forgiven_minor == 200_000
    assert by_amount.if_missed == "balance_due"
    by_share = SettlementOffer(
        "EUR", 333_333, date(2027, 1, 15), percent_bp=6_000, if_missed="legal_action"
    ).terms()
    assert by_share.total_minor == 200_000 and by_share.if_missed == "legal_action"
    with pytest.raises(OfferError) as not_less:
        SettlementOffer("EUR", 500_000, date(2027, 1, 15), amount_minor=500_000).terms()
    assert not_less.value.problem == "not_less"
    with pytest.raises(OfferError):
        SettlementOffer("EUR", 500_000, date(2027, 1, 15)).terms()  # neither an amount nor a share


def test_terms_and_negotiation_steps_survive_their_data() -> None:
    terms = SettlementOffer("EUR", 500_000, date(2027, 1, 15), percent_bp=7_000).terms()
    assert OfferTerms.from_data(terms.to_data()) == terms
    steps = [
        NegotiationStep("we", "declined", terms),
        NegotiationStep(
            "debtor", "accepted", InstalmentOffer("EUR", 500_000, 5, "weekly", date(2027, 1, 4)).terms()
        ),
        NegotiationStep("we", "open", terms),
    ]
    assert [NegotiationStep.from_data(s.to_data()) for s in steps] == steps
    assert accepted_offer(steps) == steps[1].terms and accepted_offer(steps[:1]) is None
    with pytest.raises(ValueError):
        NegotiationStep.from_data({**steps[0].to_data(), "answer": "maybe"})
