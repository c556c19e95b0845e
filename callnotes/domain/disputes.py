"""Disputes: the debtor says (part of) the debt is not owed. Read from the journal, never from a table.

A `dispute` entry opens one; a `dispute_resolved` entry naming its sequence number closes it. While a
dispute is open, reminders and promises about what it covers wait (see domain/agenda.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from callnotes.domain.entries import DisputeDetails, DisputeEndDetails, JournalEntry
from callnotes.domain.ledger import InvoicePosition, InvoiceStatus

RESOLUTIONS = ("withdrawn", "upheld", "settled")  # the debtor withdrew it; we agreed; we met halfway


@dataclass(frozen=True, slots=True)
class Dispute:
    """One dispute and, once resolved, how and when."""

    seq: int  # the `dispute` entry that opened it: its identity
    opened_on: date  # the day it was raised (the entry's occurred_at, in UTC)
    reason: str
    invoices: tuple[str, ...]  # numbers of the disputed invoices; empty: the whole debt
    amount_minor: int | None
    currency: str
    resolved_on: date | None = None
    outcome: str | None = None  # one of RESOLUTIONS once resolved
    resolution: str = ""

    @property
    def is_open(self) -> bool:
        return self.resolved_on is None

    def covers(self, invoice_number: str) -> bool:
        """Whether this dispute is about the invoice (a dispute naming none is about every invoice)."""
        return not self.invoices or invoice_number in self.invoices


def disputes(entries: Iterable[JournalEntry]) -> tuple[Dispute, ...]:
    """Every dispute in the journal, oldest first, each with its resolution when there is one."""
    found: dict[int, Dispute] = {}
    for entry in entries:
        details = entry.details
        if isinstance(details, DisputeDetails):
            found[entry.seq] = Dispute(
                entry.seq,
                entry.occurred_at.date(),
                entry.text,
                details.invoices,
                details.amount_minor,
                details.currency,
            )
        elif isinstance(details, DisputeEndDetails) and details.dispute_seq in found:
            opened = found[details.dispute_seq]
            if opened.is_open:
                found[details.dispute_seq] = Dispute(
                    opened.seq,
                    opened.opened_on,
                    opened.reason,
                    opened.invoices,
                    opened.amount_minor,
                    opened.currency,
                    entry.occurred_at.date(),
                    details.outcome,
                    entry.text,
                )
    return tuple(found.values())


def open_disputes(entries: Iterable[JournalEntry]) -> tuple[Dispute, ...]:
    """The disputes not yet resolved, oldest first."""
    return tuple(d for d in disputes(entries) if d.is_open)


def disputed_minor(positions: Iterable[InvoicePosition], disputes: Iterable[Dispute]) -> int:
    """What is open on the invoices the open disputes cover: left out of any offer until they are resolved.

    A dispute naming an amount counts that amount (at most what its invoices have open), one naming none
    its invoices' whole open amounts; an invoice marked disputed counts whole. Written-off invoices are
    not claimed, so not counted; interest and fees stay claimed. Never more than all that is open.
    """
    open_by_number = {
        p.invoice.number: p
        for p in positions
        if p.open_minor > 0 and p.invoice.status != InvoiceStatus.WRITTEN_OFF
    }
    whole = {n for n, p in open_by_number.items() if p.invoice.status == InvoiceStatus.DISPUTED}
    named = 0
    for dispute in disputes:
        if not dispute.is_open:
            continue
        covered = [n for n in open_by_number if dispute.covers(n)]
        if dispute.amount_minor is None:
            whole.update(covered)
        else:
            named += min(dispute.amount_minor, sum(open_by_number[n].open_minor for n in covered))
    everything = sum(p.open_minor for p in open_by_number.values())
    return min(sum(open_by_number[n].open_minor for n in whole) + named, everything)
