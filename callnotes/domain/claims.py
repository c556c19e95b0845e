"""What may be claimed on a day: only what is due and payable.

A court's payment procedure (the Spanish monitorio, the Greek payment order) and a formal demand can
ask only for money that is due: the open principal of invoices past their due date, with the interest
and fees they earned. An invoice that is not yet due is named apart as not claimed. Money received on
account (credit) reduces the claim; statutory interest and compensation, when claimed, add to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from callnotes.domain.ledger import InvoicePosition, InvoiceStatus, Statement


@dataclass(frozen=True, slots=True)
class Claim:
    """The claim on the statement's day, in the statement's currency."""

    claimed_minor: int  # due principal + interest + fees + extra − credit on account, never below 0
    principal_minor: int  # open principal of the invoices past due
    interest_minor: int  # contractual interest (only invoices past due earn it)
    fees_minor: int  # late fees (likewise)
    extra_minor: int  # statutory interest and compensation claimed on top (0 when not claimed)
    credit_minor: int  # money received on account, not allocated to an invoice
    not_claimed_minor: int  # open principal of the invoices not yet due
    claimed_invoices: tuple[str, ...]  # numbers, oldest due first
    not_claimed_invoices: tuple[str, ...]


def pursued(position: InvoicePosition) -> bool:
    """Whether an invoice is pursued: not written off, and money is owed on it (principal still open,
    or interest or a late fee it earned, which stay owed when the invoice is paid late)."""
    owed = position.open_minor > 0 or position.interest_minor > 0 or position.fee_minor > 0
    return position.invoice.status != InvoiceStatus.WRITTEN_OFF and owed


def open_positions(statement: Statement) -> list[InvoicePosition]:
    """The pursued invoices, oldest due first: those a letter lists and a claim is made of."""
    return [p for p in statement.positions if pursued(p)]


def claim_of(statement: Statement, extra_minor: int = 0) -> Claim:
    """What may be claimed on `statement.as_of`: the balance less the invoices not yet due, plus
    `extra_minor`, the statutory interest and compensation claimed (DebtorInterest.claimed_extra_minor).
    An invoice paid late still claims the interest and fees it earned. Credit on account beyond what is
    due leaves nothing to claim (0, not less: the surplus is the debtor's, and the statement shows it)."""
    positions = open_positions(statement)
    not_due = [p for p in positions if p.days_overdue <= 0]
    due = [p for p in positions if p.days_overdue > 0]
    not_claimed = sum(p.open_minor for p in not_due)
    return Claim(
        claimed_minor=max(0, statement.balance_minor - not_claimed + extra_minor),
        principal_minor=sum(p.open_minor for p in due),
        interest_minor=statement.interest_minor,
        fees_minor=statement.fees_minor,
        extra_minor=extra_minor,
        credit_minor=statement.credit_minor,
        not_claimed_minor=not_claimed,
        claimed_invoices=tuple(p.invoice.number for p in due),
        not_claimed_invoices=tuple(p.invoice.number for p in not_due),
    )
