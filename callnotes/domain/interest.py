"""Interest with its working: contractual and statutory late-payment interest, and the compensation.

For business-to-business debts in the EU (Directive 2011/7/EU: in Spain Ley 3/2004, in Greece
ν. 4152/2013), a late payer owes interest at the reference rate (the ECB's main refinancing rate in
force on the first day of each half-year) plus 8 points, and a fixed 40 € compensation per late
invoice. Each figure carries its computation: principal, days, rate and result, line by line.
Pure: the rate table and the day come in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
