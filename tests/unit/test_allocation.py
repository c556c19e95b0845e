"""How a payment is split over open invoices: oldest first, or as the user picks, the rest as credit."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from callnotes.domain.allocation import AllocationError, OpenInvoice, plan_allocation
from callnotes.domain.ledger import Allocation, Credit, InvoiceFacts, InvoiceStatus, Terms, statement

OPEN = [OpenInvoice(1, "A-1", 1000), OpenInvoice(2, "A-2", 500), OpenInvoice(3, "A-3", 250)]


def test_the_oldest_invoices_are_paid_first_and_the_rest_stays_as_credit() -> None:
    plan = plan_allocation(1200, OPEN)
    assert [(p.invoice.number, p.amount_minor, p.settles) for p in plan.parts] == [
        ("A-1", 1000, True),
        ("A-2", 200, False),
    ]
    assert plan.credit_minor == 0
    assert plan_allocation(2000, OPEN).credit_minor == 250


def test_the_user_can_pick_invoices_with_or_without_amounts() -> None:
    plan = plan_allocation(600, OPEN, [("A-3", None), ("A-2", 300)])
    assert [(p.invoice.number, p.amount_minor) for p in plan.parts] == [("A-3", 250), ("A-2", 300)]
    assert plan.credit_minor == 50


@pytest.mark.parametrize(
    ("chosen", "problem"),
    [
        ([("Z-9", None)], "not_open"),
        ([("A-2", 600)], "above_open"),
        ([("A-1", 700)], "above_payment"),
        ([("A-1", 0)], "not_positive"),
        ([("A-2", None), ("A-2", None)], "not_open"),  # one invoice is not paid twice
    ],
)
def test_a_share_the_payment_cannot_pay_is_refused(
    chosen: list[tuple[str, int | None]], problem: str
) -> None:
    with pytest.raises(AllocationError) as refused:
        plan_allocation(600, OPEN, chosen)
    assert refused.value.problem == problem


@given(st.integers(min_value=1, max_value=5000))
def test_every_cent_of_a_payment_is_somewhere(amount: int) -> None:
    plan = plan_allocation(amount, OPEN)
    assert sum(p.amount_minor for p in plan.parts) + plan.credit_minor == amount
    assert all(0 < p.amount_minor <= p.invoice.open_minor for p in plan.parts)


def test_a_credit_note_lowers_what_an_invoice_claims_and_its_interest_from_the_start() -> None:
    invoice = InvoiceFacts(1, "A-1", date(2026, 1, 1), date(2026, 1, 31), 100_000, InvoiceStatus.OPEN)
    credited = statement(
        [invoice],
        [],
        Terms(annual_interest_bp=1000),
        date(2026, 12, 31),
        "EUR",
        credits=[Credit(1, date(2026, 6, 1), 50_000)],
    )
    halved = InvoiceFacts(1, "A-1", date(2026, 1, 1), date(2026, 1, 31), 50_000, InvoiceStatus.OPEN)
    plain = statement([halved], [], Terms(annual_interest_bp=1000), date(2026, 12, 31), "EUR")
    position = credited.positions[0]
    assert (position.credited_minor, position.open_minor) == (50_000, 50_000)
    assert credited.interest_minor == plain.interest_minor
    assert (credited.invoiced_minor, credited.credited_minor) == (100_000, 50_000)
    before = statement(
        [invoice], [], Terms(), date(2026, 5, 31), "EUR", credits=[Credit(1, date(2026, 6, 1), 50_000)]
    )
    assert before.positions[0].open_minor == 100_000  # not counted before the day it is dated


def test_payments_and_credit_notes_together_cannot_exceed_the_invoice() -> None:
    invoice = InvoiceFacts(1, "A-1", date(2026, 1, 1), date(2026, 1, 31), 1000, InvoiceStatus.OPEN)
    with pytest.raises(ValueError, match="exceed"):
        statement(
            [invoice],
            [Allocation(1, date(2026, 2, 1), 800)],
            Terms(),
            date(2026, 3, 1),
            "EUR",
            credits=[Credit(1, date(2026, 2, 1), 300)],
        )


def test_an_invoice_with_nothing_open_reads_as_paid() -> None:
    invoice = InvoiceFacts(1, "A-1", date(2026, 1, 1), date(2026, 1, 31), 1000, InvoiceStatus.OPEN)
    paid = statement([invoice], [Allocation(1, date(2026, 2, 1), 1000)], Terms(), date(2026, 3, 1), "EUR")
    assert paid.positions[0].state == InvoiceStatus.PAID
