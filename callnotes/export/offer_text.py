"""An offer in words: the agreement's sentence for the debtor, and the negotiation as the record says it.

The agreement is worded in the debtor's language (`for_debtor`), with amounts and days as the
debtor's locale writes them; the same words go into the plan's record entry, the calculator's
preview and the packet. Plain text; no Qt.
"""

from __future__ import annotations

from callnotes.domain.money import locale_for
from callnotes.domain.offers import NegotiationStep, OfferTerms
from callnotes.export.wording import LANGUAGES, Wording


def for_debtor(language: str, country: str | None) -> Wording:
    """The words of a debtor's language (English when callnotes does not speak it), in their locale."""
    spoken = language if language in LANGUAGES else "en"
    return Wording(spoken, locale_for(spoken, country), "UTC")  # days only: no time zone is needed


def _schedule(w: Wording, terms: OfferTerms) -> str:
    return w.join(
        w("{amount} on {date}", amount=w.money(minor, terms.currency), date=w.day(due_on))
        for due_on, minor in terms.schedule
    )


def agreement_sentence(w: Wording, terms: OfferTerms) -> str:
    """What the debtor agrees to pay, and when, addressed to the debtor: one sentence."""
    total = w.money(terms.total_minor, terms.currency)
    balance = w.money(terms.balance_minor, terms.currency)
    count = len(terms.schedule)
    if terms.kind == "discount":
        return w(
            "If you pay {amount} by {date} instead of the balance of {balance}, a discount of {percent} "
            "for prompt payment, the debt is settled in full.",
            amount=total,
            date=w.day(terms.deadline),
            balance=balance,
            percent=w.percent(terms.percent_bp or 0),
        )
    if terms.kind == "settlement" and count == 1:
        return w(
            "We accept {amount} in full settlement of the balance of {balance} if it is paid by {date}.",
            amount=total,
            balance=balance,
            date=w.day(terms.deadline),
        )
    if count == 1:
        return w("You will pay {amount} on {date}.", amount=total, date=w.day(terms.deadline))
    schedule = _schedule(w, terms)
    if terms.kind == "settlement":
        return w(
            "We accept {total} in full settlement of the balance of {balance}, paid as follows: {schedule}.",
            total=total,
            balance=balance,
            schedule=schedule,
        )
    if terms.frequency == "monthly":
        return w(
            "You will pay {total} in {count} monthly instalments: {schedule}.",
            total=total,
            count=count,
            schedule=schedule,
        )
    if terms.frequency == "fortnightly":
        return w(
            "You will pay {total} in {count} instalments every two weeks: {schedule}.",
            total=total,
            count=count,
            schedule=schedule,
        )
    if terms.frequency == "weekly":
        return w(
            "You will pay {total} in {count} weekly instalments: {schedule}.",
            total=total,
            count=count,
            schedule=schedule,
        )
    return w(
        "You will pay {total} in {count} instalments: {schedule}.",
        total=total,
        count=count,
        schedule=schedule,
    )


def if_missed_sentence(w: Wording, terms: OfferTerms) -> str:
    """What happens if a payment of the offer is not made in full by its date."""
    balance = w.money(terms.balance_minor, terms.currency)
    if terms.kind == "discount" and terms.if_missed == "legal_action":
        return w(
            "If it is not paid in full by {date}, the discount lapses, the whole balance of {balance}, less "
            "what has been paid, remains due and we may hand the claim to a lawyer or a collection agency.",
            date=w.day(terms.deadline),
            balance=balance,
        )
    if terms.kind == "discount":
        return w(
            "If it is not paid in full by {date}, the discount lapses and the whole balance of {balance}, "
            "less what has been paid, remains due.",
            date=w.day(terms.deadline),
            balance=balance,
        )
    if terms.if_missed == "legal_action":
        return w(
            "If a payment is not made in full by its date, the whole balance of {balance}, less what has "
            "been paid, falls due at once and we may hand the claim to a lawyer or a collection agency.",
            balance=balance,
        )
    return w(
        "If a payment is not made in full by its date, the whole balance of {balance}, less what has "
        "been paid, falls due at once.",
        balance=balance,
    )


def agreement_text(w: Wording, terms: OfferTerms) -> str:
    """The agreement and its condition, as the debtor reads it."""
    return f"{agreement_sentence(w, terms)} {if_missed_sentence(w, terms)}"


def offer_summary(w: Wording, terms: OfferTerms) -> str:
    """The offer's figures in a neutral phrase, whoever made it (for the negotiation ledger)."""
    total = w.money(terms.total_minor, terms.currency)
    balance = w.money(terms.balance_minor, terms.currency)
    if terms.kind == "discount":
        return w(
            "{amount} by {date} instead of {balance} (a discount of {percent})",
            amount=total,
            date=w.day(terms.deadline),
            balance=balance,
            percent=w.percent(terms.percent_bp or 0),
        )
    if terms.kind == "settlement":
        return w(
            "{amount} by {date} in settlement of {balance}",
            amount=total,
            date=w.day(terms.deadline),
            balance=balance,
        )
    return w(
        "{total} in {count} instalments: {schedule}",
        total=total,
        count=len(terms.schedule),
        schedule=_schedule(w, terms),
    )


def negotiation_step_text(w: Wording, step: NegotiationStep) -> str:
    """One offer of the negotiation ledger: who offered what, and the answer."""
    offer = offer_summary(w, step.terms)
    said = (
        w("We offered {offer}.", offer=offer)
        if step.offered_by == "we"
        else w("The debtor offered {offer}.", offer=offer)
    )
    return f"{said} {w.label('answer', step.answer)}"
