"""Debtors, their people, agreements, invoices and payments; balances and summaries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from callnotes.domain.account import DebtorProfile, statement_of
from callnotes.domain.ledger import InvoiceStatus, Statement
from callnotes.domain.money import Money, format_money, locale_for
from callnotes.errors import InputError, NotFoundError
from callnotes.services import validation
from callnotes.store import queries
from callnotes.store.account import read_account, read_books
from callnotes.store.engine import clock_of
from callnotes.store.journal import NewEntry, append_entry
from callnotes.store.models import Agreement, Debtor, Invoice, Payment, PaymentAllocation, Person


@dataclass(frozen=True)
class DebtorInput:
    """What the user types to create a debtor."""

    name: str
    kind: str = "business"
    tax_id: str | None = None
    country: str | None = None
    language: str = "en"
    currency: str = "EUR"
    time_zone: str = "UTC"
    address: str = ""
    notes: str = ""
    payment_rating: str = "unknown"


PAYMENT_RATINGS = ("good", "fair", "late", "unknown")
DEBTOR_KINDS = ("business", "person")


def create_debtor(session: Session, data: DebtorInput) -> Debtor:
    """Validate and add a debtor."""
    name = data.name.strip()
    if not name:
        raise InputError("A debtor needs a name.")
    if data.kind not in DEBTOR_KINDS:
        raise InputError(f"Debtor kind “{data.kind}” is unknown; expected business or person.")
    if data.payment_rating not in PAYMENT_RATINGS:
        raise InputError(
            f"Payment rating “{data.payment_rating}” is unknown; expected {', '.join(PAYMENT_RATINGS)}."
        )
    country = data.country.strip().upper() if data.country else None
    debtor = Debtor(
        name=name,
        kind=data.kind,
        tax_id=validation.tax_id(data.tax_id, country),
        country=country,
        language=validation.language(data.language),
        currency=validation.currency(data.currency),
        time_zone=validation.time_zone(data.time_zone),
        address=data.address.strip(),
        notes=data.notes,
        payment_rating=data.payment_rating,
        created_at=clock_of(session).now(),
    )
    session.add(debtor)
    session.flush()
    return debtor


def get_debtor(session: Session, debtor_id: int) -> Debtor:
    """The debtor with this id, or NotFoundError."""
    debtor = session.get(Debtor, debtor_id)
    if debtor is None:
        raise NotFoundError(f"There is no debtor with id {debtor_id}.")
    return debtor


def debtor_locale(debtor: Debtor | DebtorProfile) -> str:
    """The Babel locale for the debtor's language and country (es_ES, el_GR, en_US...)."""
    return locale_for(debtor.language, debtor.country)


def add_person(
    session: Session,
    debtor_id: int,
    name: str,
    role: str = "",
    phone: str | None = None,
    mobile: str | None = None,
    email: str | None = None,
) -> Person:
    """Add someone to talk to at the debtor; phone numbers are stored in E.164."""
    debtor = get_debtor(session, debtor_id)
    if not name.strip():
        raise InputError("A person needs a name.")
    if email and "@" not in email:
        raise InputError(f"“{email}” is not an e-mail address; expected something like ana@example.com.")
    person = Person(
        debtor_id=debtor_id,
        name=name.strip(),
        role=role.strip(),
        phone=validation.phone(phone, debtor.country),
        mobile=validation.phone(mobile, debtor.country),
        email=email.strip() if email else None,
    )
    session.add(person)
    session.flush()
    return person


def add_agreement(
    session: Session,
    debtor_id: int,
    signed_on: date,
    terms: str,
    goods_services: str,
    payment_terms_days: int = 30,
    annual_interest_bp: int = 0,
    late_fee_minor: int = 0,
) -> Agreement:
    """Record the original terms agreed with the debtor, and journal them."""
    debtor = get_debtor(session, debtor_id)
    if payment_terms_days < 0 or annual_interest_bp < 0 or late_fee_minor < 0:
        raise InputError("Payment terms, interest and fees cannot be negative.")
    agreement = Agreement(
        debtor_id=debtor_id,
        signed_on=signed_on,
        terms=terms,
        goods_services=goods_services,
        payment_terms_days=payment_terms_days,
        annual_interest_bp=annual_interest_bp,
        late_fee_minor=late_fee_minor,
        currency=debtor.currency,
    )
    session.add(agreement)
    session.flush()
    append_entry(
        session,
        debtor_id,
        NewEntry(
            "terms",
            terms,
            data={
                "agreement": agreement.id,
                "signed_on": signed_on.isoformat(),
                "goods_services": goods_services,
                "payment_terms_days": payment_terms_days,
                "annual_interest_bp": annual_interest_bp,
                "late_fee_minor": late_fee_minor,
                "currency": debtor.currency,
            },
        ),
    )
    return agreement


def add_invoice(
    session: Session,
    debtor_id: int,
    number: str,
    issued_on: date,
    due_on: date,
    amount_minor: int,
    goods_services: str = "",
    delivered_on: date | None = None,
    agreement_id: int | None = None,
) -> Invoice:
    """Add an invoice in the debtor's currency, and journal it."""
    debtor = get_debtor(session, debtor_id)
    number = number.strip()
    if not number:
        raise InputError("An invoice needs a number.")
    if amount_minor <= 0:
        raise InputError(f"Invoice {number}: the amount must be more than zero.")
    if due_on < issued_on:
        raise InputError(f"Invoice {number}: the due date {due_on} is before the issue date {issued_on}.")
    if queries.invoice_number_taken(session, debtor_id, number):
        raise InputError(f"Invoice {number} already exists for {debtor.name}.")
    invoice = Invoice(
        debtor_id=debtor_id,
        agreement_id=agreement_id,
        number=number,
        issued_on=issued_on,
        due_on=due_on,
        amount_minor=amount_minor,
        currency=debtor.currency,
        goods_services=goods_services,
        delivered_on=delivered_on,
    )
    session.add(invoice)
    session.flush()
    append_entry(
        session,
        debtor_id,
        NewEntry(
            "invoice",
            goods_services,
            data={
                "invoice": invoice.id,
                "number": number,
                "issued_on": issued_on.isoformat(),
                "due_on": due_on.isoformat(),
                "delivered_on": delivered_on.isoformat() if delivered_on else None,
                "amount_minor": amount_minor,
                "currency": debtor.currency,
            },
        ),
    )
    return invoice


def record_payment(
    session: Session,
    debtor_id: int,
    paid_on: date,
    amount_minor: int,
    method: str = "",
    reference: str = "",
    allocations: Iterable[tuple[int, int]] | None = None,
) -> Payment:
    """Record money received; allocate it as given (invoice id, amount) or to the oldest open invoices.

    Whatever is not allocated stays as credit on the account. An invoice paid in full becomes paid.
    """
    debtor = get_debtor(session, debtor_id)
    if amount_minor <= 0:
        raise InputError("A payment must be more than zero.")
    open_amounts = {inv.id or 0: (inv, left) for inv, left in queries.open_invoices(session, debtor_id)}
    if allocations is None:
        chosen, remaining = [], amount_minor
        for invoice_id, (_, left) in open_amounts.items():
            if remaining <= 0:
                break
            take = min(left, remaining)
            if take > 0:
                chosen.append((invoice_id, take))
                remaining -= take
    else:
        chosen = list(allocations)
    if sum(a for _, a in chosen) > amount_minor:
        raise InputError("The allocations add up to more than the payment.")
    payment = Payment(
        debtor_id=debtor_id,
        paid_on=paid_on,
        amount_minor=amount_minor,
        currency=debtor.currency,
        method=method,
        reference=reference,
        recorded_at=clock_of(session).now(),
    )
    session.add(payment)
    session.flush()
    settled = []
    for invoice_id, share in chosen:
        if invoice_id not in open_amounts:
            raise InputError(f"Invoice id {invoice_id} is not an open invoice of {debtor.name}.")
        invoice, left = open_amounts[invoice_id]
        if share <= 0 or share > left:
            raise InputError(f"Invoice {invoice.number}: cannot allocate {share}, {left} is open.")
        session.add(PaymentAllocation(payment_id=payment.id or 0, invoice_id=invoice_id, amount_minor=share))
        settled.append({"invoice": invoice_id, "number": invoice.number, "amount_minor": share})
        if share == left:
            invoice.status = InvoiceStatus.PAID.value
            session.add(invoice)
    append_entry(
        session,
        debtor_id,
        NewEntry(
            "payment",
            reference,
            data={
                "payment": payment.id,
                "paid_on": paid_on.isoformat(),
                "amount_minor": amount_minor,
                "currency": debtor.currency,
                "method": method,
                "allocations": settled,
            },
        ),
    )
    session.flush()
    return payment


@dataclass(frozen=True)
class DebtorSummary:
    """One row of the debtor list."""

    id: int
    name: str
    kind: str
    country: str | None
    language: str
    currency: str
    balance_minor: int
    balance: str
    oldest_days_overdue: int
    open_invoices: int
    last_contact_at: datetime | None
    last_contact_kind: str | None
    last_outcome: str | None


def debtor_statement(session: Session, debtor_id: int, as_of: date) -> Statement:
    """The debtor's statement of account as of a date."""
    return statement_of(read_account(session, debtor_id), as_of)


def list_debtors(session: Session, as_of: date) -> list[DebtorSummary]:
    """Every debtor with what they owe as of a date, oldest overdue first (a fixed number of queries)."""
    summaries = []
    for books in read_books(session):
        debtor, contact = books.debtor, books.last_contact
        stmt = statement_of(books, as_of)
        summaries.append(
            DebtorSummary(
                id=debtor.id,
                name=debtor.name,
                kind=debtor.kind,
                country=debtor.country,
                language=debtor.language,
                currency=debtor.currency,
                balance_minor=stmt.balance_minor,
                balance=format_money(Money(stmt.balance_minor, debtor.currency), debtor_locale(debtor)),
                oldest_days_overdue=stmt.oldest_days_overdue,
                open_invoices=sum(1 for p in stmt.positions if p.open_minor > 0),
                last_contact_at=contact.started_at if contact else None,
                last_contact_kind=contact.kind if contact else None,
                last_outcome=contact.outcome if contact else None,
            )
        )
    summaries.sort(key=lambda s: (-s.oldest_days_overdue, s.name))
    return summaries
