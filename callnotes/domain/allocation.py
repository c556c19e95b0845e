"""How a payment is applied to open invoices: to the oldest first unless the user picks, the rest as credit.

The window shows the plan before the payment is saved, and the service saves exactly that plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OpenInvoice:
    """An invoice with something still to pay on it."""

    id: int
    number: str
    open_minor: int


@dataclass(frozen=True, slots=True)
class AllocationPart:
    """The share of a payment that goes to one invoice."""

    invoice: OpenInvoice
    amount_minor: int

    @property
    def settles(self) -> bool:
        """Whether this share pays what was open on the invoice."""
        return self.amount_minor == self.invoice.open_minor


@dataclass(frozen=True, slots=True)
class AllocationPlan:
    """A payment split into shares of invoices, with what is left over kept as credit on the account."""

    parts: tuple[AllocationPart, ...]
    credit_minor: int


class AllocationError(ValueError):
    """A share the payment cannot pay; `problem` says which rule it breaks."""

    def __init__(self, problem: str, number: str = "", amount_minor: int = 0, open_minor: int = 0) -> None:
        super().__init__(f"{problem}: invoice {number!r}, {amount_minor} against {open_minor} open")
        self.problem = problem  # not_open | above_open | above_payment | not_positive
        self.number = number
        self.amount_minor = amount_minor
        self.open_minor = open_minor


def plan_allocation(
    amount_minor: int,
    open_invoices: Sequence[OpenInvoice],
    chosen: Sequence[tuple[str, int | None]] | None = None,
) -> AllocationPlan:
    """Split a payment over `open_invoices` (oldest due first).

    With no choice, the oldest invoices are paid first. `chosen` names invoices by number, each with
    an amount, or None for "as much as is open and left"; shares are taken in the order given.
    Raises AllocationError when a share is for an invoice with nothing open, more than is open on
    it, or more than the payment has left.
    """
    by_number = {invoice.number: invoice for invoice in open_invoices}
    wanted = [(i.number, None) for i in open_invoices] if chosen is None else list(chosen)
    left = amount_minor
    parts: list[AllocationPart] = []
    for number, share in wanted:
        invoice = by_number.get(number)
        if invoice is None or invoice.open_minor <= 0:
            raise AllocationError("not_open", number)
        if share is None:
            if left <= 0 and chosen is None:
                break
            share = min(invoice.open_minor, left)
            if share <= 0:
                raise AllocationError("above_payment", number, invoice.open_minor, left)
        elif share <= 0:
            raise AllocationError("not_positive", number, share, invoice.open_minor)
        if share > invoice.open_minor:
            raise AllocationError("above_open", number, share, invoice.open_minor)
        if share > left:
            raise AllocationError("above_payment", number, share, left)
        parts.append(AllocationPart(invoice, share))
        left -= share
        del by_number[number]  # an invoice named twice is not paid twice
    return AllocationPlan(tuple(parts), left)
