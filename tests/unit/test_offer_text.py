"""An offer in words: the agreement for the debtor, in their locale, and the negotiation ledger."""

from __future__ import annotations

from datetime import date

from callnotes.domain.offers import DiscountOffer, InstalmentOffer, NegotiationStep, SettlementOffer
from callnotes.export.offer_text import (
    agreement_sentence,
    agreement_text,
    for_debtor,
    if_missed_sentence,
    negotiation_step_text,
)

INSTALMENTS = InstalmentOffer("EUR", 100_000, 3, "monthly", date(2027, 1, 31)).terms()


def test_instalments_name_every_amount_and_day_in_the_debtors_locale() -> None:
    assert agreement_sentence(for_debtor("en", "GB"), INSTALMENTS) == (
        "You will pay €1,000.00 in 3 monthly instalments: €333.33 on 31/01/2027; €333.33 on 28/02/2027; "
        "€333.34 on 31/03/2027."
    )
    spanish = agreement_sentence(for_debtor("es", "ES"), INSTALMENTS)
    greek = agreement_sentence(for_debtor("el", "GR"), INSTALMENTS)
    for sentence in (spanish, greek):
        assert "1.000,00\u00a0€" in sentence and "333,34\u00a0€" in sentence and "28/2/2027" in sentence
    assert ";" not in greek  # the Greek question mark never separates a list


def test_weekly_fortnightly_and_a_single_payment() -> None:
    w = for_debtor("en", "US")
    weekly = InstalmentOffer("USD", 30_000, 2, "weekly", date(2026, 12, 28)).terms()
    assert agreement_sentence(w, weekly) == (
        "You will pay $300.00 in 2 weekly instalments: $150.00 on 12/28/2026; $150.00 on 1/4/2027."
    )
    fortnightly = InstalmentOffer("USD", 30_000, 2, "fortnightly", date(2026, 12, 28)).terms()
    assert "every two weeks" in agreement_sentence(w, fortnightly)
    once = InstalmentOffer("USD", 30_000, 1, "monthly", date(2026, 12, 28)).terms()
    assert agreement_sentence(w, once) == "You will pay $300.00 on 12/28/2026."


def test_discount_and_settlement_say_what_happens_if_missed() -> None:
    w = for_debtor("en", "US")
    discount = DiscountOffer("USD", 100_000, 500, date(2026, 12, 1)).terms()
    assert agreement_text(w, discount) == (
        "If you pay $950.00 by 12/1/2026 instead of the balance of $1,000.00, a discount of 5% for prompt "
        "payment, the debt is settled in full. If it is not paid in full by 12/1/2026, the discount lapses "
        "and the whole balance of $1,000.00, less what has been paid, remains due."
    )
    settlement = SettlementOffer(
        "USD", 100_000, date(2027, 1, 15), amount_minor=60_000, if_missed="legal_action"
    ).terms()
    assert agreement_sentence(w, settlement) == (
        "We accept $600.00 in full settlement of the balance of $1,000.00 if it is paid by 1/15/2027."
    )
    assert if_missed_sentence(w, settlement).endswith(
        "we may hand the claim to a lawyer or a collection agency."
    )


def test_the_ledger_says_who_offered_what_and_the_answer() -> None:
    w = for_debtor("en", "US")
    step = NegotiationStep(
        "debtor", "declined", SettlementOffer("USD", 100_000, date(2027, 1, 15), percent_bp=5_000).terms()
    )
    assert (
        negotiation_step_text(w, step)
        == "The debtor offered $500.00 by 1/15/2027 in settlement of $1,000.00. Declined."
    )
    ours = NegotiationStep("we", "accepted", INSTALMENTS)
    assert negotiation_step_text(for_debtor("xx", None), ours).startswith(
        "We offered €1,000.00 in 3 instalments:"
    )
