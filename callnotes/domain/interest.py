"""Interest with its working: contractual and statutory late-payment interest, and the compensation.

For business-to-business debts in the EU (Directive 2011/7/EU: in Spain Ley 3/2004, in Greece
ν. 4152/2013), a late payer owes interest at the reference rate (the ECB's main refinancing rate in
force on the first day of each half-year) plus 8 points, and a fixed 40 € compensation per late
invoice. Each figure carries its computation: principal, days, rate and result, line by line.
Pure: the rate table and the day come in.

Contractual interest is the agreement's constant rate over the ledger's `interest_periods`, a line per
period, each rounded half up by the ledger's own `period_interest`: the lines add up to the interest
the statement shows. Statutory interest uses the same periods, cut again at each 1 January and 1 July,
each piece at the rate of its half-year. Both count actual days over a 365-day year (a leap year's
29 February accrues like any other day).

What is claimed on top of the balance (`DebtorInterest.claimed_extra_minor`): the statutory interest,
only when the agreement sets no contractual rate (when it does, the contractual rate governs and the
statutory figure is shown for comparison, not claimed), plus the 40 € compensation per late invoice.
Both only when the debtor's switch is on and the debt is in euros.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from callnotes.domain.account import HasBooks, allocations, statement_of
from callnotes.domain.ledger import (
    Allocation,
    InterestPeriod,
    InvoiceStatus,
    interest_periods,
    period_interest,
)

STATUTORY_MARGIN_BP = 800  # the 8 points added to the reference rate
COMPENSATION_EUR_MINOR = 4000  # 40 € per late invoice


@dataclass(frozen=True, slots=True)
class HalfYearRate:
    """The reference rate for a half-year (starting 1 January or 1 July) and where it was published."""

    starts_on: date
    reference_bp: int  # the ECB main refinancing rate in basis points: 215 = 2.15 %
    source: str

    @property
    def statutory_bp(self) -> int:
        """The statutory late-payment rate: the reference rate plus 8 points."""
        return self.reference_bp + STATUTORY_MARGIN_BP


@dataclass(frozen=True, slots=True)
class InterestLine:
    """One step of the working: `principal_minor` open from `first_day` through `last_day` at `rate_bp`."""

    first_day: date
    last_day: date
    days: int
    principal_minor: int
    rate_bp: int
    amount_minor: int  # principal × days × rate / 365, rounded half up; the lines add up to the total
    rate_assumed: bool = False  # the table has no rate for this half-year: the latest known one was used
    half_year: date | None = None  # statutory lines: the half-year whose reference rate applies
    source: str = ""  # statutory lines: where that half-year's rate was published


@dataclass(frozen=True, slots=True)
class InvoiceInterest:
    """One invoice's interest and compensation, each with its working."""

    number: str
    due_on: date
    principal_minor: int  # what the invoice claims (its amount less credit notes)
    contractual: tuple[InterestLine, ...]
    contractual_minor: int
    statutory: tuple[InterestLine, ...]  # empty when the debtor's switch is off
    statutory_minor: int
    compensation_minor: int  # 40 € when the invoice was paid late (or is still unpaid after its due date)
    statutory_claimed: bool = False  # whether the statutory interest is claimed (no contractual rate set)

    @property
    def claimed_extra_minor(self) -> int:
        """What this invoice adds to the balance: its statutory interest when claimed, and the compensation."""
        return (self.statutory_minor if self.statutory_claimed else 0) + self.compensation_minor


@dataclass(frozen=True, slots=True)
class DebtorInterest:
    """Every invoice's interest for one debtor on `as_of`, and what is claimed in total."""

    as_of: date
    currency: str
    statutory_on: bool  # the debtor's switch
    invoices: tuple[InvoiceInterest, ...]
    contractual_minor: int
    statutory_minor: int
    compensation_minor: int
    missing_rates: tuple[date, ...]  # half-years the table lacks (their lines are marked rate_assumed)
    statutory_claimed: bool = False  # statutory interest is claimed: switch on, euros, no contractual rate
    contractual_bp: int = 0  # the agreement's yearly rate (0: none agreed)

    @property
    def claimed_extra_minor(self) -> int:
        """What is claimed in addition to the statement's balance: the statutory interest when it is
        claimed (the agreement sets no contractual rate; the balance already holds contractual interest)
        plus the 40 € compensation per late invoice. 0 when the debtor's switch is off."""
        return sum(i.claimed_extra_minor for i in self.invoices)

    @property
    def statutory_claimed_minor(self) -> int:
        """The statutory interest claimed on top of the balance (0 when a contractual rate governs)."""
        return self.statutory_minor if self.statutory_claimed else 0

    @property
    def late_invoices(self) -> int:
        """How many invoices were not paid in full by their due date (each earns the compensation)."""
        return len(self.invoices)


class RateTableError(ValueError):
    """A rate table that cannot be used (no rates at all)."""


def half_year_of(day: date) -> date:
    """The first day of the half-year `day` falls in: 1 January or 1 July."""
    return date(day.year, 1 if day.month <= 6 else 7, 1)


def _next_half_year(start: date) -> date:
    return date(start.year, 7, 1) if start.month == 1 else date(start.year + 1, 1, 1)


def rate_for(table: Sequence[HalfYearRate], half_year: date) -> tuple[HalfYearRate, bool]:
    """The rate for the half-year starting `half_year`, and whether it was assumed.

    A half-year the table lacks takes the latest earlier rate (assumed). One before the table's first
    row takes the first row (assumed too): the line is marked and the half-year listed as missing rather
    than the whole working refused, so the facts, letters and packet still show every other figure and
    say plainly which rate is a guess. Raises RateTableError for an empty table.
    """
    if not table:
        raise RateTableError("the reference-rate table has no rates")
    ordered = sorted(table, key=lambda r: r.starts_on)
    earlier = [r for r in ordered if r.starts_on <= half_year]
    if earlier and earlier[-1].starts_on == half_year:
        return earlier[-1], False
    return (earlier[-1] if earlier else ordered[0]), True


def line(
    first_day: date,
    last_day: date,
    principal_minor: int,
    rate_bp: int,
    *,
    rate_assumed: bool = False,
    half_year: date | None = None,
    source: str = "",
) -> InterestLine:
    """One line of the working: principal × days × rate / 365, rounded half up (the ledger's rule)."""
    days = (last_day - first_day).days + 1
    return InterestLine(
        first_day,
        last_day,
        days,
        principal_minor,
        rate_bp,
        period_interest(principal_minor, days, rate_bp),
        rate_assumed,
        half_year,
        source,
    )


def contractual_lines(periods: Iterable[InterestPeriod], annual_bp: int) -> tuple[InterestLine, ...]:
    """A line per period at the agreement's constant rate; none when no rate was agreed."""
    if annual_bp <= 0:
        return ()
    return tuple(line(p.first_day, p.last_day, p.principal_minor, annual_bp) for p in periods)


def statutory_lines(
    periods: Iterable[InterestPeriod], table: Sequence[HalfYearRate]
) -> tuple[InterestLine, ...]:
    """A line per stretch of constant principal within each half-year, at its reference rate + 8 points.

    A period from 20 June to 10 July gives two lines: 20–30 June at the first half-year's rate and
    1–10 July at the second's.
    """
    lines = []
    for period in periods:
        first = period.first_day
        while first <= period.last_day:
            start = half_year_of(first)
            last = min(period.last_day, _next_half_year(start) - timedelta(days=1))
            rate, assumed = rate_for(table, start)
            lines.append(
                line(
                    first,
                    last,
                    period.principal_minor,
                    rate.statutory_bp,
                    rate_assumed=assumed,
                    half_year=start,
                    source=rate.source,
                )
            )
            first = last + timedelta(days=1)
    return tuple(lines)


def debtor_interest(
    books: HasBooks, table: Sequence[HalfYearRate], as_of: date, *, statutory_on: bool | None = None
) -> DebtorInterest:
    """Every late invoice's contractual and statutory interest and compensation on `as_of`.

    An invoice is late when it was not paid in full by its due date and that date has passed (the
    ledger's late-fee rule); written-off invoices are no longer claimed and left out. Statutory
    interest and compensation apply when the debtor's switch is on (`statutory_on` overrides it) and
    the currency is EUR. `table` is only read when they apply.
    """
    stmt = statement_of(books, as_of)
    agreement = books.agreement
    contractual_bp = agreement.annual_interest_bp if agreement else 0
    switch = books.debtor.statutory_interest if statutory_on is None else statutory_on
    statutory = switch and stmt.currency == "EUR"
    claimed = statutory and contractual_bp <= 0
    counted: dict[int, list[Allocation]] = {}
    for allocation in allocations(books.payments):
        if allocation.paid_on <= as_of:
            counted.setdefault(allocation.invoice_key, []).append(allocation)
    invoices = []
    for position in stmt.positions:
        facts = position.invoice
        paid = counted.get(facts.key, [])
        paid_by_due = sum(a.amount_minor for a in paid if a.paid_on <= facts.due_date)
        late = position.days_overdue > 0 and paid_by_due < position.claimed_minor
        if facts.status == InvoiceStatus.WRITTEN_OFF or not late:
            continue
        periods = interest_periods(position.claimed_minor, facts.due_date, paid, as_of)
        agreed = contractual_lines(periods, contractual_bp)
        legal = statutory_lines(periods, table) if statutory else ()
        invoices.append(
            InvoiceInterest(
                number=facts.number,
                due_on=facts.due_date,
                principal_minor=position.claimed_minor,
                contractual=agreed,
                contractual_minor=sum(x.amount_minor for x in agreed),
                statutory=legal,
                statutory_minor=sum(x.amount_minor for x in legal),
                compensation_minor=COMPENSATION_EUR_MINOR if statutory else 0,
                statutory_claimed=claimed,
            )
        )
    missing = sorted({x.half_year for i in invoices for x in i.statutory if x.rate_assumed and x.half_year})
    return DebtorInterest(
        as_of=as_of,
        currency=stmt.currency,
        statutory_on=switch,
        invoices=tuple(invoices),
        contractual_minor=sum(i.contractual_minor for i in invoices),
        statutory_minor=sum(i.statutory_minor for i in invoices),
        compensation_minor=sum(i.compensation_minor for i in invoices),
        missing_rates=tuple(missing),
        statutory_claimed=claimed,
        contractual_bp=contractual_bp,
    )
