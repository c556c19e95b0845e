"""One debtor's account as plain, immutable records: what the store reads in one go and everything shows.

The facts panel, the debtor view and the packet all start from an `Account`, so the figures they show
come from one read and one computation (`statement_of`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from callnotes.domain.allocation import OpenInvoice
from callnotes.domain.entries import JournalEntry, RecordItem, with_amendments
from callnotes.domain.ledger import (
    Allocation,
    Credit,
    InvoiceFacts,
    InvoiceStatus,
    Statement,
    Terms,
    statement,
)


@dataclass(frozen=True, slots=True)
class DebtorProfile:
    """Who owes the money."""

    id: int
    kind: str  # business | person
    name: str
    tax_id: str | None
    country: str | None
    language: str
    currency: str
    time_zone: str
    address: str
    notes: str
    payment_rating: str
    phone: str | None = None  # the main number, E.164
    email: str | None = None
    archived_on: date | None = None
    archive_reason: str | None = None  # paid | written_off | agency | lawyer
    statutory_interest: bool = False  # EU business debt: statutory late-payment interest and compensation


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """Someone at the debtor to speak to; phones in E.164."""

    id: int
    name: str
    role: str
    phone: str | None
    mobile: str | None
    email: str | None
    removed_at: datetime | None = None  # no longer someone to speak to

    @property
    def numbers(self) -> tuple[str, ...]:
        return tuple(n for n in (self.phone, self.mobile) if n)


@dataclass(frozen=True, slots=True)
class AgreementInfo:
    """The terms originally agreed."""

    id: int
    signed_on: date
    terms: str
    goods_services: str
    payment_terms_days: int
    annual_interest_bp: int
    late_fee_minor: int
    currency: str


@dataclass(frozen=True, slots=True)
class InvoiceInfo:
    """One invoice."""

    id: int
    number: str
    issued_on: date
    due_on: date
    amount_minor: int
    currency: str
    goods_services: str
    delivered_on: date | None
    status: str


@dataclass(frozen=True, slots=True)
class CreditNoteInfo:
    """An amount taken off one invoice, and why."""

    id: int
    invoice_id: int
    issued_on: date
    amount_minor: int
    currency: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReversalInfo:
    """Why and when a payment was taken back out of the account."""

    reason: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class PaymentInfo:
    """Money received, with the parts of it applied to invoices: (invoice id, amount).

    A reversed payment stays in the list for the record but counts nowhere.
    """

    id: int
    paid_on: date
    amount_minor: int
    currency: str
    method: str
    reference: str
    allocations: tuple[tuple[int, int], ...]
    reversal: ReversalInfo | None = None

    @property
    def counts(self) -> bool:
        """Whether the payment is part of the account (it was not reversed)."""
        return self.reversal is None


@dataclass(frozen=True, slots=True)
class PromiseInfo:
    """A promise to pay, as captured at the end of an interaction."""

    id: int
    interaction_id: int | None
    amount_minor: int
    currency: str
    made_on: date
    due_on: date


@dataclass(frozen=True, slots=True)
class PlanInfo:
    """Instalments agreed: (due date, amount) each."""

    id: int
    interaction_id: int | None
    kind: str
    total_minor: int
    currency: str
    agreed_on: date
    conditions: str
    instalments: tuple[tuple[date, int], ...]


@dataclass(frozen=True, slots=True)
class InteractionInfo:
    """A call, e-mail, letter, visit or message."""

    id: int
    person_id: int | None
    kind: str
    direction: str
    started_at: datetime
    ended_at: datetime | None
    address_used: str
    reference: str
    outcome: str | None
    summary: str
    next_action_on: date | None


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """A document kept with the debtor under its SHA-256."""

    id: int
    invoice_id: int | None
    interaction_id: int | None
    sha256: str
    original_name: str
    media_type: str
    size_bytes: int
    agreement_id: int | None = None


@dataclass(frozen=True, slots=True)
class Account:
    """Everything recorded about one debtor, oldest first in every list."""

    debtor: DebtorProfile
    people: tuple[PersonInfo, ...]
    agreements: tuple[AgreementInfo, ...]  # by signing date
    invoices: tuple[InvoiceInfo, ...]  # by due date
    payments: tuple[PaymentInfo, ...]  # by payment date, reversed ones included
    credit_notes: tuple[CreditNoteInfo, ...]  # by date
    promises: tuple[PromiseInfo, ...]  # by the date they were made
    plans: tuple[PlanInfo, ...]
    interactions: tuple[InteractionInfo, ...]  # by start
    attachments: tuple[AttachmentInfo, ...]  # in the order they were added
    entries: tuple[JournalEntry, ...]  # the journal in sequence order

    @property
    def agreement(self) -> AgreementInfo | None:
        """The latest agreement: its terms set the interest and fees."""
        return self.agreements[-1] if self.agreements else None

    @property
    def received(self) -> tuple[tuple[date, int], ...]:
        """Every payment that counts as (date, amount), for judging promises."""
        return tuple((p.paid_on, p.amount_minor) for p in self.payments if p.counts)

    @property
    def current_people(self) -> tuple[PersonInfo, ...]:
        """The people to speak to now (those removed stay in `people` for the record)."""
        return tuple(p for p in self.people if p.removed_at is None)

    def person(self, person_id: int | None) -> PersonInfo | None:
        return next((p for p in self.people if p.id == person_id), None)

    def invoice(self, number: str) -> InvoiceInfo | None:
        """The invoice with this number."""
        return next((i for i in self.invoices if i.number == number), None)

    def paid_off(self, ignoring: int | None = None) -> dict[int, int]:
        """What the payments that count have paid on each invoice, whatever their dates; as if the
        payment `ignoring` did not count (it is being corrected)."""
        paid = dict.fromkeys((i.id for i in self.invoices), 0)
        for allocation in allocations(tuple(p for p in self.payments if p.id != ignoring)):
            paid[allocation.invoice_key] += allocation.amount_minor
        return paid

    def taken_off(self, ignoring: int | None = None) -> dict[int, int]:
        """What credit notes and the payments that count have taken off each invoice (see `paid_off`)."""
        taken = self.paid_off(ignoring)
        for credit in self.credit_notes:
            taken[credit.invoice_id] += credit.amount_minor
        return taken

    def open_invoices(self, ignoring: int | None = None, issued_by: date | None = None) -> list[OpenInvoice]:
        """Invoices still claimed (open or disputed) with something left to pay, oldest due first (see
        `taken_off`); only those issued by `issued_by` (a payment cannot pay an invoice not issued yet)."""
        taken = self.taken_off(ignoring)
        claimed = (InvoiceStatus.OPEN, InvoiceStatus.DISPUTED)
        return [
            OpenInvoice(i.id, i.number, i.amount_minor - taken[i.id])
            for i in sorted(self.invoices, key=lambda i: (i.due_on, i.id))
            if i.status in claimed
            and i.amount_minor > taken[i.id]
            and (issued_by is None or i.issued_on <= issued_by)
        ]

    def record(self) -> list[RecordItem]:
        """The record in sequence order, each original with its amendments."""
        return with_amendments(self.entries)

    def settled_on(self) -> dict[int, date]:
        """For each invoice paid in full, the date of the payment that completed it."""
        amounts = {i.id: i.amount_minor for i in self.invoices}
        for credit in self.credit_notes:
            amounts[credit.invoice_id] = amounts.get(credit.invoice_id, 0) - credit.amount_minor
        paid: dict[int, int] = {}
        settled: dict[int, date] = {}
        for payment in (p for p in self.payments if p.counts):
            for invoice_id, amount in payment.allocations:
                paid[invoice_id] = paid.get(invoice_id, 0) + amount
                if invoice_id not in settled and paid[invoice_id] >= amounts.get(invoice_id, 0):
                    settled[invoice_id] = payment.paid_on
        return settled


@dataclass(frozen=True, slots=True)
class Books:
    """What the list of debtors needs of one debtor: the figures and the last contact, not the record."""

    debtor: DebtorProfile
    invoices: tuple[InvoiceInfo, ...]
    payments: tuple[PaymentInfo, ...]
    credit_notes: tuple[CreditNoteInfo, ...]
    agreement: AgreementInfo | None
    last_contact: InteractionInfo | None
    # The `delivery` entries of the last contact when it is a letter: what became of it, once known.
    last_contact_deliveries: tuple[JournalEntry, ...] = ()


class HasBooks(Protocol):
    """Anything with a debtor's invoices, payments and agreement (an Account or Books)."""

    @property
    def debtor(self) -> DebtorProfile: ...
    @property
    def invoices(self) -> tuple[InvoiceInfo, ...]: ...
    @property
    def payments(self) -> tuple[PaymentInfo, ...]: ...
    @property
    def credit_notes(self) -> tuple[CreditNoteInfo, ...]: ...
    @property
    def agreement(self) -> AgreementInfo | None: ...


def statement_of(books: HasBooks, as_of: date) -> Statement:
    """The debtor's statement of account at the end of `as_of`."""
    agreement = books.agreement
    terms = Terms(agreement.annual_interest_bp, agreement.late_fee_minor) if agreement else Terms()
    return statement(
        invoice_facts(books.invoices),
        allocations(books.payments),
        terms,
        as_of,
        books.debtor.currency,
        credit_minor=unallocated(books.payments, as_of),
        credits=[Credit(c.invoice_id, c.issued_on, c.amount_minor) for c in books.credit_notes],
    )


def invoice_facts(invoices: tuple[InvoiceInfo, ...]) -> list[InvoiceFacts]:
    """What the ledger needs of each invoice."""
    return [
        InvoiceFacts(i.id, i.number, i.issued_on, i.due_on, i.amount_minor, InvoiceStatus(i.status))
        for i in invoices
    ]


def allocations(payments: tuple[PaymentInfo, ...]) -> list[Allocation]:
    """Every part of every payment that counts applied to an invoice, dated by its payment."""
    return [
        Allocation(invoice_id, p.paid_on, amount)
        for p in payments
        if p.counts
        for invoice_id, amount in p.allocations
    ]


def unallocated(payments: tuple[PaymentInfo, ...], as_of: date) -> int:
    """Money received by `as_of` that was not applied to any invoice: credit on the account."""
    return sum(
        p.amount_minor - sum(a for _, a in p.allocations) for p in payments if p.counts and p.paid_on <= as_of
    )
