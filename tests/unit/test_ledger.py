"""The ledger: positions, interest, fees, ageing and balance on a given day."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callnotes.domain.ledger import (
    AgeBucket,
    Allocation,
    InvoiceFacts,
    InvoiceStatus,
    Statement,
    Terms,
    bucket_for,
    days_overdue,
    statement,
)

AS_OF = date(2024, 6, 30)
EIGHT_PERCENT = Terms(annual_interest_bp=800)


def invoice(
    key: int = 1,
    *,
    amount: int = 100_000,
    overdue: int = 30,
    status: InvoiceStatus = InvoiceStatus.OPEN,
) -> InvoiceFacts:
    """An invoice issued 30 days before it fell due, `overdue` days before AS_OF."""
    due = AS_OF - timedelta(days=overdue)
    return InvoiceFacts(key, f"F-{key:03}", due - timedelta(days=30), due, amount, status)


def paid(key: int, on: date, amount: int) -> Allocation:
    return Allocation(invoice_key=key, paid_on=on, amount_minor=amount)


def test_days_overdue() -> None:
    assert days_overdue(date(2024, 2, 28), date(2024, 3, 1)) == 2  # leap day counted
    assert days_overdue(AS_OF, AS_OF) == 0
    assert days_overdue(AS_OF, AS_OF - timedelta(days=3)) == -3


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (-10, AgeBucket.NOT_DUE),
        (0, AgeBucket.NOT_DUE),
        (1, AgeBucket.D1_30),
        (30, AgeBucket.D1_30),
        (31, AgeBucket.D31_60),
        (60, AgeBucket.D31_60),
        (61, AgeBucket.D61_90),
        (90, AgeBucket.D61_90),
        (91, AgeBucket.OVER_90),
        (4000, AgeBucket.OVER_90),
    ],
)
def test_bucket_boundaries(days: int, bucket: AgeBucket) -> None:
    assert bucket_for(days) is bucket


def test_interest_for_thirty_days_at_eight_percent() -> None:
    result = statement([invoice()], [], EIGHT_PERCENT, AS_OF, "EUR")
    # 1000.00 EUR * 8 % * 30 / 365 = 6.5753... EUR
    assert result.interest_minor == 658
    [position] = result.positions
    assert (position.open_minor, position.days_overdue, position.bucket) == (100_000, 30, AgeBucket.D1_30)
    assert position.interest_minor == 658
    assert position.fee_minor == 0
    assert result.balance_minor == 100_658
    assert result.oldest_days_overdue == 30


def test_part_payment_halfway_halves_the_principal_for_the_remaining_days() -> None:
    facts = invoice()
    # Days 1-15 after the due date accrue on 1000.00, days 16-30 on 500.00 (paid on day 16).
    payment = paid(1, facts.due_date + timedelta(days=16), 50_000)
    result = statement([facts], [payment], Terms(annual_interest_bp=800, late_fee_minor=4_000), AS_OF, "EUR")
    # (100000 * 15 + 50000 * 15) * 0.08 / 365 = 493.15
    assert result.interest_minor == 493
    assert result.fees_minor == 4_000
    assert result.paid_minor == 50_000
    assert result.positions[0].open_minor == 50_000
    assert result.balance_minor == 50_000 + 493 + 4_000


def test_interest_and_fee_stay_after_a_late_payment_in_full() -> None:
    facts = invoice()
    payment = paid(1, facts.due_date + timedelta(days=10), 100_000)
    result = statement([facts], [payment], Terms(annual_interest_bp=800, late_fee_minor=4_000), AS_OF, "EUR")
    # Nine days on 1000.00: 197.26
    assert (result.interest_minor, result.fees_minor) == (197, 4_000)
    assert result.positions[0].open_minor == 0
    assert result.balance_minor == 4_197
    assert result.oldest_days_overdue == 0
    assert result.ageing[AgeBucket.D1_30] == 0


@pytest.mark.parametrize("days_before_due", [0, 5])
def test_paid_in_full_by_the_due_date_costs_nothing(days_before_due: int) -> None:
    facts = invoice()
    payment = paid(1, facts.due_date - timedelta(days=days_before_due), 100_000)
    result = statement([facts], [payment], Terms(annual_interest_bp=800, late_fee_minor=4_000), AS_OF, "EUR")
    assert (result.interest_minor, result.fees_minor, result.balance_minor) == (0, 0, 0)


def test_payment_before_the_due_date_lowers_the_principal_that_accrues() -> None:
    facts = invoice()
    payment = paid(1, facts.due_date - timedelta(days=3), 40_000)
    result = statement([facts], [payment], EIGHT_PERCENT, AS_OF, "EUR")
    # 600.00 * 8 % * 30 / 365 = 394.52
    assert result.interest_minor == 395


def test_late_fee_is_charged_once_per_late_invoice() -> None:
    invoices = [invoice(1, overdue=100), invoice(2, overdue=1), invoice(3, overdue=0), invoice(4, overdue=-5)]
    payment = paid(1, AS_OF, 1_000)  # repeated payments do not repeat the fee
    result = statement(invoices, [payment, payment], Terms(late_fee_minor=2_500), AS_OF, "EUR")
    assert [p.fee_minor for p in result.positions] == [2_500, 2_500, 0, 0]
    assert result.fees_minor == 5_000


def test_interest_rounds_half_up_once_per_period() -> None:
    # 2500 * 1 day * 36.5 % / 365 = exactly 2.5: half up gives 3 where round() gives 2.
    terms = Terms(annual_interest_bp=3_650)
    one = statement([invoice(1, amount=2_500, overdue=1)], [], terms, AS_OF, "EUR")
    assert one.interest_minor == 3
    # Two days of 1.25 each are one period, rounded once (2.5 -> 3), not daily (1 + 1).
    two = statement([invoice(1, amount=1_250, overdue=2)], [], terms, AS_OF, "EUR")
    assert two.interest_minor == 3
    # A payment starts a new period, and each period is rounded as its line of the working shows it
    # (so the lines add up to the statement): 501 for 1 day = 0.501 -> 1; then 500 for 1 day = 0.5 -> 1;
    # 2, where rounding the sum once (1.001) would give 1.
    facts = invoice(1, amount=501, overdue=2)
    split = statement([facts], [paid(1, AS_OF, 1)], terms, AS_OF, "EUR")
    assert split.interest_minor == 2


def test_nothing_accrues_on_or_before_the_due_date() -> None:
    result = statement([invoice(1, overdue=0), invoice(2, overdue=-10)], [], Terms(800, 1_000), AS_OF, "EUR")
    assert (result.interest_minor, result.fees_minor) == (0, 0)
    assert result.ageing[AgeBucket.NOT_DUE] == 200_000
    assert result.oldest_days_overdue == 0


def test_ageing_puts_open_principal_in_every_bucket() -> None:
    invoices = [
        invoice(key, amount=key * 100, overdue=days) for key, days in enumerate([0, 30, 31, 61, 91], 1)
    ]
    result = statement(invoices, [paid(5, AS_OF, 50)], Terms(), AS_OF, "EUR")
    assert result.ageing == {
        AgeBucket.NOT_DUE: 100,
        AgeBucket.D1_30: 200,
        AgeBucket.D31_60: 300,
        AgeBucket.D61_90: 400,
        AgeBucket.OVER_90: 450,
    }
    assert result.oldest_days_overdue == 91
    assert statement([], [], Terms(), AS_OF, "EUR").ageing == dict.fromkeys(AgeBucket, 0)


def test_written_off_invoice_is_listed_but_not_claimed() -> None:
    written_off = invoice(1, amount=70_000, overdue=120, status=InvoiceStatus.WRITTEN_OFF)
    result = statement(
        [written_off, invoice(2)],
        [paid(1, AS_OF - timedelta(days=60), 20_000)],
        Terms(800, 4_000),
        AS_OF,
        "EUR",
    )
    first = result.positions[0]
    assert first.invoice == written_off
    assert (first.paid_minor, first.open_minor, first.interest_minor, first.fee_minor) == (20_000, 0, 0, 0)
    assert result.invoiced_minor == 100_000
    assert result.paid_minor == 0
    assert result.balance_minor == 100_000 + 658 + 4_000
    assert result.ageing[AgeBucket.OVER_90] == 0
    assert result.oldest_days_overdue == 30


def test_disputed_invoice_is_still_claimed() -> None:
    result = statement([invoice(status=InvoiceStatus.DISPUTED)], [], EIGHT_PERCENT, AS_OF, "EUR")
    assert result.invoiced_minor == 100_000
    assert result.balance_minor == 100_658


def test_credit_on_account_reduces_the_balance() -> None:
    result = statement([invoice()], [], Terms(), AS_OF, "EUR", credit_minor=30_000)
    assert result.credit_minor == 30_000
    assert result.balance_minor == 70_000


def test_later_invoices_and_payments_are_ignored() -> None:
    later = InvoiceFacts(
        2, "F-002", AS_OF + timedelta(days=1), AS_OF + timedelta(days=31), 5_000, InvoiceStatus.OPEN
    )
    result = statement(
        [invoice(1), later], [paid(1, AS_OF + timedelta(days=1), 100_000)], Terms(), AS_OF, "EUR"
    )
    assert [p.invoice.key for p in result.positions] == [1]
    assert (result.invoiced_minor, result.paid_minor, result.balance_minor) == (100_000, 0, 100_000)


def test_positions_are_ordered_by_due_date_then_key() -> None:
    invoices = [invoice(3, overdue=10), invoice(1, overdue=5), invoice(2, overdue=10)]
    result = statement(invoices, [], Terms(), AS_OF, "EUR")
    assert [p.invoice.key for p in result.positions] == [2, 3, 1]


def test_allocations_beyond_the_invoice_amount_are_refused() -> None:
    facts = invoice()
    # The second payment is dated after as_of: consistency does not depend on the day asked for.
    allocations = [paid(1, AS_OF, 60_000), paid(1, AS_OF + timedelta(days=5), 40_001)]
    with pytest.raises(ValueError, match="exceed"):
        statement([facts], allocations, Terms(), AS_OF, "EUR")


@pytest.mark.parametrize(
    ("invoices", "allocations", "credit", "message"),
    [
        ([invoice(1)], [paid(2, AS_OF, 1)], 0, "unknown invoice"),
        ([invoice(1), invoice(1)], [], 0, "twice"),
        ([invoice(1, amount=-1)], [], 0, "negative amount"),
        ([invoice(1)], [paid(1, AS_OF, 0)], 0, "positive"),
        ([invoice(1)], [paid(1, AS_OF, -5)], 0, "positive"),
        ([invoice(1)], [], -1, "credit"),
    ],
)
def test_inconsistent_input_is_refused(
    invoices: list[InvoiceFacts], allocations: list[Allocation], credit: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        statement(invoices, allocations, Terms(), AS_OF, "EUR", credit_minor=credit)


def test_terms_and_currency_are_validated() -> None:
    with pytest.raises(ValueError):
        Terms(annual_interest_bp=-1)
    with pytest.raises(ValueError):
        Terms(late_fee_minor=-1)
    with pytest.raises(ValueError, match="currency"):
        statement([], [], Terms(), AS_OF, "euro")


# ---- properties over generated ledgers ----

BASE = date(2024, 1, 1)


@dataclass(frozen=True)
class Ledger:
    invoices: list[InvoiceFacts]
    allocations: list[Allocation]
    terms: Terms
    as_of: date
    credit: int

    def statement(self, **changes: Any) -> Statement:
        ledger = replace(self, **changes)
        return statement(
            ledger.invoices, ledger.allocations, ledger.terms, ledger.as_of, "EUR", credit_minor=ledger.credit
        )

    def unallocated(self, facts: InvoiceFacts) -> int:
        return facts.amount_minor - sum(
            a.amount_minor for a in self.allocations if a.invoice_key == facts.key
        )


def day(offset: int) -> date:
    return BASE + timedelta(days=offset)


@st.composite
def ledgers(draw: st.DrawFn) -> Ledger:
    invoices: list[InvoiceFacts] = []
    allocations: list[Allocation] = []
    for key in range(draw(st.integers(0, 6))):
        issued = draw(st.integers(0, 300))
        due = issued + draw(st.integers(0, 90))
        amount = draw(st.integers(0, 10**9))
        invoices.append(
            InvoiceFacts(key, f"F-{key}", day(issued), day(due), amount, draw(st.sampled_from(InvoiceStatus)))
        )
        remaining = amount
        for _ in range(draw(st.integers(0, 3))):
            if remaining == 0:
                break
            part = draw(st.integers(1, remaining))
            remaining -= part
            allocations.append(Allocation(key, day(issued + draw(st.integers(-10, 200))), part))
    terms = Terms(draw(st.integers(0, 5_000)), draw(st.integers(0, 10**6)))
    return Ledger(invoices, allocations, terms, day(draw(st.integers(0, 500))), draw(st.integers(0, 10**9)))


quick = settings(deadline=None)


@quick
@given(ledgers())
def test_totals_add_up(ledger: Ledger) -> None:
    result = ledger.statement()
    claimed = [p for p in result.positions if p.invoice.status != InvoiceStatus.WRITTEN_OFF]
    open_minor = sum(p.open_minor for p in claimed)
    assert (
        result.balance_minor == open_minor + result.interest_minor + result.fees_minor - result.credit_minor
    )
    assert result.interest_minor == sum(p.interest_minor for p in result.positions)
    assert result.fees_minor == sum(p.fee_minor for p in result.positions)
    assert set(result.ageing) == set(AgeBucket)
    assert sum(result.ageing.values()) == open_minor
    assert result.invoiced_minor - result.paid_minor == open_minor
    for position in result.positions:
        assert position.open_minor >= 0
        assert position.interest_minor >= 0
        assert position.fee_minor in (0, ledger.terms.late_fee_minor)
        assert position.bucket is bucket_for(position.days_overdue)
        if position.invoice.status != InvoiceStatus.WRITTEN_OFF:
            assert position.paid_minor + position.open_minor == position.invoice.amount_minor
    assert result.oldest_days_overdue == max([0, *(p.days_overdue for p in claimed if p.open_minor > 0)])


@quick
@given(ledgers())
def test_interest_never_exceeds_interest_on_the_whole_amount(ledger: Ledger) -> None:
    for position in ledger.statement().positions:
        days = max(0, position.days_overdue)
        # interest <= amount * days * bp / (10000 * 365), allowing for the half-up rounding of each
        # period (a payment starts a new one, so at most one more than the invoice's payments); in ints.
        ceiling = position.invoice.amount_minor * days * ledger.terms.annual_interest_bp
        periods = 1 + sum(1 for a in ledger.allocations if a.invoice_key == position.invoice.key)
        assert position.interest_minor * 3_650_000 <= ceiling + 1_825_000 * periods


@quick
@given(ledgers(), st.data())
def test_another_allocation_never_increases_the_balance(ledger: Ledger, data: st.DataObject) -> None:
    open_invoices = [facts for facts in ledger.invoices if ledger.unallocated(facts) > 0]
    if not open_invoices:
        return
    facts = data.draw(st.sampled_from(open_invoices))
    extra = Allocation(
        facts.key,
        facts.issue_date + timedelta(days=data.draw(st.integers(-10, 400))),
        data.draw(st.integers(1, ledger.unallocated(facts))),
    )
    before = ledger.statement()
    after = ledger.statement(allocations=[*ledger.allocations, extra])
    assert after.balance_minor <= before.balance_minor
    # Each period is rounded on its own (so the working adds up line by line): splitting one period in
    # two can round up one cent more, never more than that, and the principal paid outweighs it.
    assert after.interest_minor <= before.interest_minor + 1
    assert after.fees_minor <= before.fees_minor


@quick
@given(ledgers())
def test_without_interest_or_fees_the_balance_is_invoiced_less_paid(ledger: Ledger) -> None:
    result = ledger.statement(terms=Terms())
    assert result.balance_minor == result.invoiced_minor - result.paid_minor - result.credit_minor


@quick
@given(ledgers(), st.integers(0, 100))
def test_nothing_accrues_before_every_due_date(ledger: Ledger, days_before: int) -> None:
    if not ledger.invoices:
        return
    as_of = min(facts.due_date for facts in ledger.invoices) - timedelta(days=days_before)
    result = ledger.statement(as_of=as_of)
    assert result.interest_minor == 0
    assert result.fees_minor == 0
    assert result.oldest_days_overdue == 0
    assert result.ageing[AgeBucket.NOT_DUE] == sum(result.ageing.values())
