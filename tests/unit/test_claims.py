"""What may be claimed (domain/claims.py), on ledgers built by hand: the invoices pursued, those not yet
due named apart, and never a negative claim."""

from __future__ import annotations

from datetime import date, timedelta

from callnotes.domain.claims import claim_of, open_positions
from callnotes.domain.ledger import Allocation, InvoiceFacts, InvoiceStatus, Terms, statement

AS_OF = date(2026, 11, 20)


def invoice(key: int, amount: int, overdue: int, status: InvoiceStatus = InvoiceStatus.OPEN) -> InvoiceFacts:
    due = AS_OF - timedelta(days=overdue)
    return InvoiceFacts(key, f"F-{key}", due - timedelta(days=30), due, amount, status)


def test_credit_beyond_what_is_due_leaves_nothing_to_claim() -> None:
    ledger = statement([invoice(1, 10_000, 40), invoice(2, 50_000, -10)], [], Terms(), AS_OF, "EUR", 30_000)
    claim = claim_of(ledger)
    assert ledger.balance_minor == 30_000  # 60 000 open less 30 000 on account
    assert claim.claimed_minor == 0 and claim.not_claimed_minor == 50_000  # not −20 000
    assert claim.claimed_invoices == ("F-1",) and claim.not_claimed_invoices == ("F-2",)


def test_letters_and_packets_pursue_the_same_invoices() -> None:
    paid_late = invoice(1, 10_000, 60)
    invoices = [paid_late, invoice(2, 20_000, 30), invoice(3, 5_000, 45, InvoiceStatus.WRITTEN_OFF)]
    invoices += [invoice(4, 7_000, 50, InvoiceStatus.DISPUTED), invoice(5, 8_000, -5)]
    late = [Allocation(1, AS_OF - timedelta(days=10), 10_000)]  # 50 days after its due date
    ledger = statement(invoices, late, Terms(annual_interest_bp=1_000, late_fee_minor=500), AS_OF, "EUR")
    claim = claim_of(ledger)
    pursued = [p.invoice.number for p in open_positions(ledger)]
    assert pursued == ["F-1", "F-4", "F-2", "F-5"]  # the one paid late still owes its interest and fee
    assert list(claim.claimed_invoices) + list(claim.not_claimed_invoices) == pursued
    assert claim.claimed_minor == ledger.balance_minor - 8_000 > 0
