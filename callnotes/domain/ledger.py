"""A debtor's account on a given day: open principal, interest, late fees, ageing and balance.

All amounts are int minor units of the statement's currency. Interest is simple, actual/365: each
stretch of constant open principal (`interest_periods`) is computed exactly with fractions and rounded
half up to the cent (`period_interest`), and an invoice's interest is the sum of its stretches, so the
working shown line by line (domain/interest.py) adds up to the statement's figure.

Status rules: WRITTEN_OFF invoices stay in `positions` for the record (with their payments so far) but
are no longer claimed: open principal, interest and fee are 0 and they count in no total. DISPUTED
invoices are still claimed and accrue interest and fees like OPEN ones. Whether an invoice is paid is
never stored: it follows from the allocations (`InvoicePosition.state`).

A credit note corrects its invoice: from the day it is dated, the invoice is claimed for its amount
less the credit, from the first day (interest never accrues on what was credited).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction

from callnotes.domain.money import validate_currency

BASIS_POINTS_PER_UNIT = 10_000
DAYS_PER_YEAR = 365  # actual/365: a leap year's extra day accrues like any other


class InvoiceStatus(StrEnum):
    """What the business says about an invoice."""

    OPEN = "open"
    DISPUTED = "disputed"
    PAID = "paid"
    WRITTEN_OFF = "written_off"


class AgeBucket(StrEnum):
    """Days past the due date, in the usual ageing columns."""

    NOT_DUE = "not_due"
    D1_30 = "1-30"
    D31_60 = "31-60"
    D61_90 = "61-90"
    OVER_90 = "90+"


def days_overdue(due_date: date, as_of: date) -> int:
    """Days from `due_date` to `as_of`; 0 on the due date, negative before it."""
    return (as_of - due_date).days


def bucket_for(days_overdue: int) -> AgeBucket:
    """The ageing bucket for a number of days overdue (0 or less is not due)."""
    if days_overdue <= 0:
        return AgeBucket.NOT_DUE
    if days_overdue <= 30:
        return AgeBucket.D1_30
    if days_overdue <= 60:
        return AgeBucket.D31_60
    if days_overdue <= 90:
        return AgeBucket.D61_90
    return AgeBucket.OVER_90


@dataclass(frozen=True, slots=True)
class InvoiceFacts:
    """The facts of one invoice that the ledger needs."""

    key: int
    number: str
    issue_date: date
    due_date: date
    amount_minor: int
    status: InvoiceStatus


@dataclass(frozen=True, slots=True)
class Allocation:
    """Part of a payment applied to one invoice on the day it was received."""

    invoice_key: int
    paid_on: date
    amount_minor: int


@dataclass(frozen=True, slots=True)
class Credit:
    """A credit note that reduces one invoice, from the day it is dated."""

    invoice_key: int
    issued_on: date
    amount_minor: int


@dataclass(frozen=True, slots=True)
class Terms:
    """Late-payment terms: simple yearly interest in basis points (800 = 8 %) and a fixed fee per invoice."""

    annual_interest_bp: int = 0
    late_fee_minor: int = 0

    def __post_init__(self) -> None:
        if self.annual_interest_bp < 0 or self.late_fee_minor < 0:
            raise ValueError(f"interest and fees cannot be negative: {self}")


@dataclass(frozen=True, slots=True)
class InvoicePosition:
    """One invoice on the statement day."""

    invoice: InvoiceFacts
    paid_minor: int
    open_minor: int
    days_overdue: int
    bucket: AgeBucket
    interest_minor: int
    fee_minor: int
    credited_minor: int = 0

    @property
    def claimed_minor(self) -> int:
        """The invoice's amount less its credit notes."""
        return self.invoice.amount_minor - self.credited_minor

    @property
    def state(self) -> InvoiceStatus:
        """The stored status, or PAID once nothing is left open on a claimed invoice."""
        if self.invoice.status == InvoiceStatus.WRITTEN_OFF or self.open_minor > 0:
            return self.invoice.status
        return InvoiceStatus.PAID


@dataclass(frozen=True, slots=True)
class Statement:
    """The whole account on `as_of`; totals leave written-off invoices out."""

    as_of: date
    currency: str
    positions: tuple[InvoicePosition, ...]
    invoiced_minor: int
    paid_minor: int
    interest_minor: int
    fees_minor: int
    credit_minor: int
    balance_minor: int
    ageing: dict[AgeBucket, int]  # open principal per bucket; every bucket is present
    oldest_days_overdue: int  # among invoices with principal open; 0 when none is overdue
    credited_minor: int = 0  # taken off the invoices by credit notes: invoiced − credited − paid is open


def statement(
    invoices: Iterable[InvoiceFacts],
    allocations: Iterable[Allocation],
    terms: Terms,
    as_of: date,
    currency: str,
    credit_minor: int = 0,
    credits: Iterable[Credit] = (),
) -> Statement:
    """The account as it stood at the end of `as_of`.

    Invoices issued, and allocations and credit notes dated, after `as_of` are left out. `credit_minor`
    is money received on account but not allocated to any invoice; it reduces the balance. Positions
    are ordered by due date, then key. Raises ValueError for inconsistent input: a negative amount or
    credit, a duplicate invoice key, an allocation or credit note for an unknown invoice, or
    allocations and credit notes (of any date) that add up to more than their invoice.
    """
    validate_currency(currency)
    if credit_minor < 0:
        raise ValueError(f"credit on account cannot be negative: {credit_minor}")
    by_key: dict[int, InvoiceFacts] = {}
    for invoice in invoices:
        if invoice.amount_minor < 0:
            raise ValueError(f"invoice {invoice.number} has a negative amount")
        if invoice.key in by_key:
            raise ValueError(f"invoice key {invoice.key} appears twice")
        by_key[invoice.key] = invoice
    allocated: dict[int, list[Allocation]] = {key: [] for key in by_key}
    for allocation in allocations:
        if allocation.amount_minor <= 0:
            raise ValueError(f"allocation amounts must be positive: {allocation}")
        if allocation.invoice_key not in allocated:
            raise ValueError(f"allocation for unknown invoice key {allocation.invoice_key}")
        allocated[allocation.invoice_key].append(allocation)
    credited: dict[int, list[Credit]] = {key: [] for key in by_key}
    for credit in credits:
        if credit.amount_minor <= 0:
            raise ValueError(f"credit notes must be positive: {credit}")
        if credit.invoice_key not in credited:
            raise ValueError(f"credit note for unknown invoice key {credit.invoice_key}")
        credited[credit.invoice_key].append(credit)
    for key, invoice_allocations in allocated.items():
        # Checked over all dates, so whether the data is consistent does not depend on as_of.
        settled = sum(a.amount_minor for a in invoice_allocations) + sum(
            c.amount_minor for c in credited[key]
        )
        if settled > by_key[key].amount_minor:
            raise ValueError(f"payments and credit notes of invoice {by_key[key].number} exceed its amount")

    positions = tuple(
        _position(
            invoice,
            [a for a in allocated[invoice.key] if a.paid_on <= as_of],
            sum(c.amount_minor for c in credited[invoice.key] if c.issued_on <= as_of),
            terms,
            as_of,
        )
        for invoice in sorted(by_key.values(), key=lambda invoice: (invoice.due_date, invoice.key))
        if invoice.issue_date <= as_of
    )
    claimed = [p for p in positions if p.invoice.status != InvoiceStatus.WRITTEN_OFF]
    ageing = dict.fromkeys(AgeBucket, 0)
    for position in claimed:
        ageing[position.bucket] += position.open_minor
    open_minor = sum(p.open_minor for p in claimed)
    interest_minor = sum(p.interest_minor for p in claimed)
    fees_minor = sum(p.fee_minor for p in claimed)
    return Statement(
        as_of=as_of,
        currency=currency,
        positions=positions,
        invoiced_minor=sum(p.invoice.amount_minor for p in claimed),
        credited_minor=sum(p.credited_minor for p in claimed),
        paid_minor=sum(p.paid_minor for p in claimed),
        interest_minor=interest_minor,
        fees_minor=fees_minor,
        credit_minor=credit_minor,
        balance_minor=open_minor + interest_minor + fees_minor - credit_minor,
        ageing=ageing,
        oldest_days_overdue=max([0, *(p.days_overdue for p in claimed if p.open_minor > 0)]),
    )


def _position(
    invoice: InvoiceFacts, paid: list[Allocation], credited: int, terms: Terms, as_of: date
) -> InvoicePosition:
    """One invoice's position, given only the allocations and the credit counted on `as_of`."""
    overdue = days_overdue(invoice.due_date, as_of)
    paid_minor = sum(a.amount_minor for a in paid)
    if invoice.status == InvoiceStatus.WRITTEN_OFF:
        return InvoicePosition(invoice, paid_minor, 0, overdue, bucket_for(overdue), 0, 0, credited)
    claimed = invoice.amount_minor - credited
    paid_by_due_date = sum(a.amount_minor for a in paid if a.paid_on <= invoice.due_date)
    # The fee stays once earned, even if the invoice was paid in full later.
    late = overdue > 0 and paid_by_due_date < claimed
    return InvoicePosition(
        invoice=invoice,
        paid_minor=paid_minor,
        open_minor=claimed - paid_minor,
        days_overdue=overdue,
        bucket=bucket_for(overdue),
        interest_minor=_interest(claimed, invoice.due_date, paid, terms.annual_interest_bp, as_of),
        fee_minor=terms.late_fee_minor if late else 0,
        credited_minor=credited,
    )


@dataclass(frozen=True, slots=True)
class InterestPeriod:
    """Days from `first_day` through `last_day` on which `principal_minor` was open and accrued interest."""

    first_day: date
    last_day: date
    principal_minor: int

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


def interest_periods(
    principal: int, due_date: date, paid: Iterable[Allocation], as_of: date
) -> tuple[InterestPeriod, ...]:
    """The stretches of constant open principal from the day after the due date through `as_of`.

    `principal` is what the invoice claims (its amount less credit notes). A payment on day D reduces
    the principal from day D on; `paid` are the allocations counted on `as_of`. Stretches with
    nothing open are left out.
    """
    if due_date >= as_of:  # nothing overdue yet (and the day after 9999-12-31 does not exist)
        return ()
    day = due_date + timedelta(days=1)  # first day that accrues
    periods = []
    for allocation in sorted(paid, key=lambda a: a.paid_on):
        if allocation.paid_on > day:
            periods.append(InterestPeriod(day, allocation.paid_on - timedelta(days=1), principal))
            day = allocation.paid_on
        principal -= allocation.amount_minor
    # `day` can lie past as_of when nothing is overdue yet: then no days are left to accrue.
    if day <= as_of:
        periods.append(InterestPeriod(day, as_of, principal))
    return tuple(p for p in periods if p.principal_minor > 0)


def period_interest(principal_minor: int, days: int, annual_bp: int) -> int:
    """Simple interest on `principal_minor` for `days` at `annual_bp` a year (actual/365), half up."""
    exact = Fraction(principal_minor * days * annual_bp, BASIS_POINTS_PER_UNIT * DAYS_PER_YEAR)
    return round_half_up(exact)


def _interest(principal: int, due_date: date, paid: list[Allocation], annual_bp: int, as_of: date) -> int:
    """Simple interest on the principal open each day of its interest periods: each period rounded
    half up (as its line of the working shows it), then summed."""
    periods = interest_periods(principal, due_date, paid, as_of)
    return sum(period_interest(p.principal_minor, p.days, annual_bp) for p in periods)


def round_half_up(value: Fraction) -> int:
    """`value` rounded to the nearest integer, halves up (for the non-negative values used here;
    round() would round ties to even)."""
    return math.floor(value + Fraction(1, 2))
