"""Offers made to a debtor: instalments, a discount for prompt payment, a settlement for less.

Each offer computes its terms as data (`OfferTerms`): what is owed, what is to be paid, the dated
amounts, and what happens if a payment is missed. Pure arithmetic on integer minor units and dates;
no clock (the caller says which days), no I/O.

Monthly instalments fall on the same day of each month as the first one, clamped to the end of a
shorter month: a plan from 31 January pays on 28 (or 29) February, then 31 March: the anchor day is
kept, never drifting to the 28th. Amounts are split so that they add up exactly to the total; the
cents that do not divide evenly go on the last instalment.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from callnotes.domain.dates import in_range

FREQUENCIES = ("monthly", "fortnightly", "weekly")
OFFER_KINDS = ("instalments", "discount", "settlement")
# What happens when a payment of the offer is not made in full by its date.
IF_MISSED = ("balance_due", "legal_action")
OFFERED_BY = ("we", "debtor")
ANSWERS = ("accepted", "declined", "open")
MAX_INSTALMENTS = 120  # ten years of monthly payments: a longer plan is a typing mistake
_DAYS = {"weekly": 7, "fortnightly": 14}


class OfferError(ValueError):
    """Figures that make no offer; `problem` says which rule they broke, so an interface can word it.

    Problems: not_positive (an amount or count of zero or less), count (more instalments than the
    total has cents, or more than MAX_INSTALMENTS), percent (a percentage outside 0–100), not_less
    (a settlement or discount that is not less than the balance), date_range (a day callnotes does
    not keep), choice (an unknown kind, frequency or consequence).
    """

    def __init__(self, message: str, problem: str) -> None:
        super().__init__(message)
        self.problem = problem


def add_months(anchor: date, months: int) -> date:
    """The day `months` after `anchor`, on the anchor's day of the month, or the month's last day
    when the month is shorter (31 January + 1 month is 28 or 29 February; + 2 months, 31 March)."""
    index = anchor.year * 12 + anchor.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(anchor.day, last))


def due_dates(first: date, count: int, frequency: str) -> tuple[date, ...]:
    """The days of `count` instalments from `first`: monthly on the first's day of the month (see
    `add_months`, always from the anchor so that a short month never shifts the rest), or every 7 or
    14 days."""
    _choice(frequency, FREQUENCIES, "frequency")
    if frequency == "monthly":
        return tuple(add_months(first, i) for i in range(count))
    return tuple(first + timedelta(days=_DAYS[frequency] * i) for i in range(count))


def split_amount(total_minor: int, count: int) -> tuple[int, ...]:
    """`total_minor` in `count` equal parts whose sum is exactly the total; the last absorbs the
    cents that do not divide (100.00 in 3: 33.33, 33.33, 33.34). Each part is at least one cent."""
    if total_minor <= 0 or count <= 0:
        raise OfferError(f"cannot split {total_minor} in {count} parts", "not_positive")
    if count > total_minor:
        raise OfferError(f"{total_minor} minor units cannot make {count} instalments", "count")
    share, rest = divmod(total_minor, count)
    return (share,) * (count - 1) + (share + rest,)


def share_of(amount_minor: int, percent_bp: int) -> int:
    """`percent_bp` basis points (1 % = 100) of an amount, rounded half up to a whole minor unit."""
    return (amount_minor * percent_bp + 5_000) // 10_000


@dataclass(frozen=True, slots=True)
class OfferTerms:
    """An offer as data: what is owed, what is to be paid and when, and what happens if it is missed.

    `balance_minor` is what is owed when the offer is made; the amounts of `schedule` add up to
    `total_minor`, which is less than the balance for a discount or a settlement. `frequency` is set
    for instalments; `percent_bp` is the discount (for a discount) or the share of the balance paid
    (for a settlement given as a percentage).
    """

    kind: str
    currency: str
    balance_minor: int
    total_minor: int
    schedule: tuple[tuple[date, int], ...]
    if_missed: str = "balance_due"
    frequency: str | None = None
    percent_bp: int | None = None

    @property
    def forgiven_minor(self) -> int:
        """What the creditor gives up if the offer is kept."""
        return max(0, self.balance_minor - self.total_minor)

    @property
    def deadline(self) -> date:
        """The day of the last payment."""
        return self.schedule[-1][0]

    def to_data(self) -> dict[str, Any]:
        """Plain JSON-ready data (ISO days), as a record entry keeps it."""
        return {
            "kind": self.kind,
            "currency": self.currency,
            "balance_minor": self.balance_minor,
            "total_minor": self.total_minor,
            "schedule": [{"due_on": d.isoformat(), "amount_minor": a} for d, a in self.schedule],
            "if_missed": self.if_missed,
            "frequency": self.frequency,
            "percent_bp": self.percent_bp,
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> OfferTerms:
        """Terms read back from `to_data`; KeyError, TypeError or ValueError when they lack a part."""
        percent = data.get("percent_bp")
        return cls(
            str(data["kind"]),
            str(data["currency"]),
            int(data["balance_minor"]),
            int(data["total_minor"]),
            tuple((date.fromisoformat(str(i["due_on"])), int(i["amount_minor"])) for i in data["schedule"]),
            str(data.get("if_missed") or "balance_due"),
            str(data["frequency"]) if data.get("frequency") else None,
            None if percent is None else int(percent),
        )


def _choice(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise OfferError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}", "choice")


def _check_day(day: date) -> None:
    if not in_range(day):
        raise OfferError(f"{day} is outside the days callnotes keeps", "date_range")


def _check_balance(balance_minor: int) -> None:
    if balance_minor <= 0:
        raise OfferError("an offer needs something owed", "not_positive")


@dataclass(frozen=True, slots=True)
class InstalmentOffer:
    """`total_minor` in `count` instalments, monthly, fortnightly or weekly, from `first_on`.
    `balance_minor` is what is owed (the total, unless the plan is for a part of it)."""

    currency: str
    total_minor: int
    count: int
    frequency: str
    first_on: date
    if_missed: str = "balance_due"
    balance_minor: int | None = None

    def terms(self) -> OfferTerms:
        """The schedule and terms; OfferError when the figures make no plan."""
        _choice(self.if_missed, IF_MISSED, "consequence")
        if self.count > MAX_INSTALMENTS:
            raise OfferError(f"at most {MAX_INSTALMENTS} instalments", "count")
        amounts = split_amount(self.total_minor, self.count)
        days = due_dates(self.first_on, self.count, self.frequency)
        _check_day(days[0])
        _check_day(days[-1])
        balance = self.total_minor if self.balance_minor is None else self.balance_minor
        return OfferTerms(
            "instalments",
            self.currency,
            max(balance, self.total_minor),
            self.total_minor,
            tuple(zip(days, amounts, strict=True)),
            self.if_missed,
            self.frequency,
        )


@dataclass(frozen=True, slots=True)
class DiscountOffer:
    """Pay the balance less `percent_bp` by `deadline`, instead of the whole balance."""

    currency: str
    balance_minor: int
    percent_bp: int
    deadline: date
    if_missed: str = "balance_due"

    def terms(self) -> OfferTerms:
        """The one payment and its terms; OfferError when the figures make no discount."""
        _choice(self.if_missed, IF_MISSED, "consequence")
        _check_balance(self.balance_minor)
        if not 0 < self.percent_bp < 10_000:
            raise OfferError("a discount is more than 0 % and less than 100 %", "percent")
        _check_day(self.deadline)
        pay = self.balance_minor - share_of(self.balance_minor, self.percent_bp)
        if pay >= self.balance_minor:
            raise OfferError("the discount is less than the smallest unit of money", "not_less")
        return OfferTerms(
            "discount",
            self.currency,
            self.balance_minor,
            pay,
            ((self.deadline, pay),),
            self.if_missed,
            percent_bp=self.percent_bp,
        )


@dataclass(frozen=True, slots=True)
class SettlementOffer:
    """Settle the balance for less: `amount_minor`, or `percent_bp` of the balance, by `deadline`."""

    currency: str
    balance_minor: int
    deadline: date
    amount_minor: int | None = None
    percent_bp: int | None = None
    if_missed: str = "balance_due"

    def terms(self) -> OfferTerms:
        """The one payment and its terms; OfferError when the figures make no settlement."""
        _choice(self.if_missed, IF_MISSED, "consequence")
        _check_balance(self.balance_minor)
        if (self.amount_minor is None) == (self.percent_bp is None):
            raise OfferError("a settlement is an amount or a percentage of the balance", "choice")
        if self.percent_bp is not None:
            if not 0 < self.percent_bp < 10_000:
                raise OfferError("a settlement is more than 0 % and less than 100 %", "percent")
            pay = share_of(self.balance_minor, self.percent_bp)
        else:
            pay = self.amount_minor or 0
        if pay <= 0:
            raise OfferError("a settlement needs an amount above zero", "not_positive")
        if pay >= self.balance_minor:
            raise OfferError("a settlement is for less than the balance", "not_less")
        _check_day(self.deadline)
        return OfferTerms(
            "settlement",
            self.currency,
            self.balance_minor,
            pay,
            ((self.deadline, pay),),
            self.if_missed,
            percent_bp=self.percent_bp,
        )


Offer = InstalmentOffer | DiscountOffer | SettlementOffer


def plain_terms(
    currency: str, schedule: tuple[tuple[date, int], ...], kind: str = "instalments"
) -> OfferTerms:
    """Terms for dated amounts agreed without the calculator (a plan typed as a list of instalments)."""
    total = sum(amount for _, amount in schedule)
    return OfferTerms(kind, currency, total, total, tuple(sorted(schedule)))


@dataclass(frozen=True, slots=True)
class NegotiationStep:
    """One offer or counter-offer of a negotiation: who made it, its terms, and the answer given."""

    offered_by: str  # we | debtor
    answer: str  # accepted | declined | open
    terms: OfferTerms

    def to_data(self) -> dict[str, Any]:
        """The data of an `offer` line and entry."""
        return {"offered_by": self.offered_by, "answer": self.answer, **self.terms.to_data()}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> NegotiationStep:
        """A step read back from `to_data`; KeyError, TypeError or ValueError when a part is missing."""
        offered_by, answer = str(data["offered_by"]), str(data["answer"])
        if offered_by not in OFFERED_BY or answer not in ANSWERS:
            raise ValueError(f"unknown offer party {offered_by!r} or answer {answer!r}")
        return cls(offered_by, answer, OfferTerms.from_data(data))


def accepted_offer(steps: list[NegotiationStep] | tuple[NegotiationStep, ...]) -> OfferTerms | None:
    """The terms of the last offer accepted in a negotiation, if any was."""
    return next((s.terms for s in reversed(steps) if s.answer == "accepted"), None)
