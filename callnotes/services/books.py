"""The debtor's books: the agreement, invoices, credit notes and payments, and their corrections.

Nothing that reached the record is edited in silence: a correction of an invoice or of the agreement
changes the current value and journals the old and new values with a reason, under the entry that
first recorded it; a payment recorded by mistake is reversed by an entry, never deleted.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session

from callnotes.domain.allocation import AllocationError, AllocationPlan, plan_allocation
from callnotes.domain.choices import DEFAULT_PAYMENT_DAYS as DEFAULT_PAYMENT_DAYS  # named here too
from callnotes.domain.ledger import InvoiceStatus
from callnotes.domain.money import Money, format_money
from callnotes.errors import InputError, NotFoundError
from callnotes.services import validation
from callnotes.services.debtors import get_debtor
from callnotes.services.history import apply_fields, field_changes, record_change
from callnotes.services.plain import AgreementInput as AgreementInput
from callnotes.services.plain import InvoiceInput as InvoiceInput
from callnotes.services.plain import PaymentInput as PaymentInput
from callnotes.store import queries
from callnotes.store.account import read_account
from callnotes.store.engine import clock_of
from callnotes.store.journal import NewEntry, append_entry
from callnotes.store.models import Agreement, CreditNote, Invoice, Payment, PaymentAllocation, PaymentReversal

MAX_PAYMENT_DAYS = 365
STATUS_CHOICES = (InvoiceStatus.OPEN, InvoiceStatus.DISPUTED, InvoiceStatus.WRITTEN_OFF)


def _money(minor: int, currency: str) -> str:
    return format_money(Money(minor, currency), "en_US")


def _reason(reason: str) -> str:
    return validation.required(reason, "reason", "A reason (it is kept in the record)", validation.TEXT_CHARS)


# --- the agreement ---------------------------------------------------------------------------------
def _agreement_fields(session: Session, data: AgreementInput) -> dict[str, object]:
    validation.day(data.signed_on, "signed_on", "The signing date")
    validation.not_after(data.signed_on, clock_of(session).today(), "signed_on", "The signing date")
    for field, value in (
        ("payment_terms_days", data.payment_terms_days),
        ("annual_interest_bp", data.annual_interest_bp),
        ("late_fee_minor", data.late_fee_minor),
    ):
        if value < 0:
            raise InputError(
                "Payment days, interest and fees cannot be negative.", field=field, problem="negative"
            )
    if data.payment_terms_days > MAX_PAYMENT_DAYS:
        raise InputError(
            f"Payment days are at most {MAX_PAYMENT_DAYS}.",
            field="payment_terms_days",
            problem="too_many_days",
            values={"value": MAX_PAYMENT_DAYS},
        )
    if data.late_fee_minor:
        validation.amount(data.late_fee_minor, "late_fee_minor", "The late fee")
    if data.annual_interest_bp > 100_00:
        raise InputError("Interest is at most 100 % a year.", field="annual_interest_bp", problem="too_large")
    return {
        "signed_on": data.signed_on,
        "terms": validation.limited(data.terms.strip(), validation.TEXT_CHARS, "terms", "The terms"),
        "goods_services": validation.limited(
            data.goods_services.strip(), validation.TEXT_CHARS, "goods_services", "The goods or services"
        ),
        "payment_terms_days": data.payment_terms_days,
        "annual_interest_bp": data.annual_interest_bp,
        "late_fee_minor": data.late_fee_minor,
    }


def add_agreement(session: Session, debtor_id: int, data: AgreementInput, *, author: str = "") -> Agreement:
    """Record the terms agreed with the debtor, and journal them; the latest agreement sets the terms."""
    debtor = get_debtor(session, debtor_id)
    fields = _agreement_fields(session, data)
    agreement = Agreement(debtor_id=debtor_id, currency=debtor.currency, **fields)  # type: ignore[arg-type]
    session.add(agreement)
    session.flush()
    data_out = {key: value.isoformat() if isinstance(value, date) else value for key, value in fields.items()}
    data_out.pop("terms")
    append_entry(
        session,
        debtor_id,
        NewEntry(
            "terms",
            agreement.terms,
            data={"agreement": agreement.id, "currency": debtor.currency, **data_out},
            author=author,
        ),
    )
    return agreement


def correct_agreement(
    session: Session, agreement_id: int, data: AgreementInput, reason: str, *, author: str = ""
) -> Agreement:
    """Correct the terms as recorded; the old values stay in the record with the reason."""
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFoundError(f"There is no agreement with id {agreement_id}.")
    fields = _agreement_fields(session, data)
    why = _reason(reason)
    changes = apply_fields(session, agreement, fields)
    if not changes:
        raise InputError("Nothing was changed.", problem="no_change")
    record_change(
        session,
        agreement.debtor_id,
        "correction",
        ("agreement", agreement_id, agreement.signed_on.isoformat()),
        changes,
        currency=agreement.currency,
        reason=why,
        author=author,
        first_kinds=("terms",),
    )
    return agreement


# --- invoices --------------------------------------------------------------------------------------
def _invoice_fields(session: Session, debtor_id: int, data: InvoiceInput) -> dict[str, object]:
    number = validation.required(data.number, "number", "An invoice number")
    validation.amount(data.amount_minor, "amount_minor", f"Invoice {number}: the amount")
    today = clock_of(session).today()
    validation.day(data.issued_on, "issued_on", f"Invoice {number}: the issue date")
    validation.optional_day(data.due_on, "due_on", f"Invoice {number}: the due date")
    validation.optional_day(data.delivered_on, "delivered_on", f"Invoice {number}: the delivery date")
    validation.not_after(data.issued_on, today, "issued_on", f"Invoice {number}: the issue date")
    if data.delivered_on is not None:
        validation.not_after(data.delivered_on, today, "delivered_on", f"Invoice {number}: the delivery date")
    due_on = data.due_on
    if due_on is None:
        agreement = queries.latest_agreement(session, debtor_id)
        days = agreement.payment_terms_days if agreement else DEFAULT_PAYMENT_DAYS
        due_on = data.issued_on + timedelta(days=days)
    if due_on < data.issued_on:
        raise InputError(
            f"Invoice {number}: the due date {due_on} is before the issue date {data.issued_on}.",
            field="due_on",
            problem="due_before_issue",
        )
    return {
        "number": number,
        "issued_on": data.issued_on,
        "due_on": due_on,
        "amount_minor": data.amount_minor,
        "goods_services": validation.limited(
            data.goods_services.strip(),
            validation.TEXT_CHARS,
            "goods_services",
            f"Invoice {number}: what was delivered",
        ),
        "delivered_on": data.delivered_on,
    }


def _refuse_taken(session: Session, debtor_id: int, number: str, debtor_name: str) -> None:
    if queries.invoice_number_taken(session, debtor_id, number):
        raise InputError(
            f"Invoice {number} already exists for {debtor_name}.",
            field="number",
            problem="invoice_taken",
            values={"number": number},
        )


def add_invoice(session: Session, debtor_id: int, data: InvoiceInput, *, author: str = "") -> Invoice:
    """Add an invoice in the debtor's currency, under the latest agreement, and journal it."""
    debtor = get_debtor(session, debtor_id)
    fields = _invoice_fields(session, debtor_id, data)
    _refuse_taken(session, debtor_id, str(fields["number"]), debtor.name)
    agreement = queries.latest_agreement(session, debtor_id)
    invoice = Invoice(
        debtor_id=debtor_id,
        agreement_id=agreement.id if agreement else None,
        currency=debtor.currency,
        **fields,  # type: ignore[arg-type]
    )
    session.add(invoice)
    session.flush()
    append_entry(
        session,
        debtor_id,
        NewEntry(
            "invoice",
            invoice.goods_services,
            data={
                "invoice": invoice.id,
                "number": invoice.number,
                "issued_on": invoice.issued_on.isoformat(),
                "due_on": invoice.due_on.isoformat(),
                "delivered_on": invoice.delivered_on.isoformat() if invoice.delivered_on else None,
                "amount_minor": invoice.amount_minor,
                "currency": debtor.currency,
            },
            author=author,
        ),
    )
    return invoice


def get_invoice(session: Session, invoice_id: int) -> Invoice:
    """The invoice with this id, or NotFoundError."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError(f"There is no invoice with id {invoice_id}.")
    return invoice


def invoice_by_number(session: Session, debtor_id: int, number: str) -> Invoice:
    """The debtor's invoice with this number, or NotFoundError."""
    invoice = queries.invoice_by_number(session, debtor_id, number.strip())
    if invoice is None:
        raise NotFoundError(f"Debtor {debtor_id} has no invoice {number}.")
    return invoice


def _settled_on(session: Session, invoice: Invoice) -> int:
    """What payments that count and credit notes have taken off the invoice so far."""
    return read_account(session, invoice.debtor_id).taken_off()[invoice.id or 0]


def correct_invoice(
    session: Session, invoice_id: int, data: InvoiceInput, reason: str, *, author: str = ""
) -> Invoice:
    """Correct an invoice as recorded (a wrong date, amount or number); the old values stay in the
    record with the reason."""
    invoice = get_invoice(session, invoice_id)
    fields = _invoice_fields(session, invoice.debtor_id, data)
    why = _reason(reason)
    if not field_changes(invoice.model_dump(), fields):
        raise InputError("Nothing was changed.", problem="no_change")
    if fields["number"] != invoice.number:
        _refuse_taken(
            session, invoice.debtor_id, str(fields["number"]), get_debtor(session, invoice.debtor_id).name
        )
    settled = _settled_on(session, invoice)
    if data.amount_minor < settled:
        raise InputError(
            f"Invoice {invoice.number}: {_money(settled, invoice.currency)} has already been paid or credited "
            "on it; the amount cannot be less.",
            field="amount_minor",
            problem="below_settled",
            values={"minor": settled, "currency": invoice.currency},
        )
    changes = apply_fields(session, invoice, fields)
    record_change(
        session,
        invoice.debtor_id,
        "correction",
        ("invoice", invoice_id, invoice.number),
        changes,
        currency=invoice.currency,
        reason=why,
        author=author,
        first_kinds=("invoice",),
    )
    return invoice


def credit_invoice(
    session: Session,
    invoice_id: int,
    amount_minor: int,
    reason: str,
    issued_on: date | None = None,
    *,
    author: str = "",
) -> CreditNote:
    """Take an amount off an invoice with a credit note (a discount, goods returned); at most what is
    still open on it."""
    invoice = get_invoice(session, invoice_id)
    validation.amount(amount_minor, "amount_minor", "A credit note")
    today = clock_of(session).today()
    when = validation.day(issued_on or today, "issued_on", "The credit note's date")
    validation.not_after(when, today, "issued_on", "The credit note's date")
    left = invoice.amount_minor - _settled_on(session, invoice)
    if amount_minor > left:
        raise InputError(
            f"Invoice {invoice.number}: only {_money(left, invoice.currency)} is open; a credit note cannot "
            "be for more.",
            field="amount_minor",
            problem="above_open",
            values={"minor": left, "currency": invoice.currency},
        )
    why = _reason(reason)
    credit = CreditNote(
        debtor_id=invoice.debtor_id,
        invoice_id=invoice_id,
        issued_on=when,
        amount_minor=amount_minor,
        currency=invoice.currency,
        reason=why,
        recorded_at=clock_of(session).now(),
    )
    session.add(credit)
    session.flush()
    data = {
        "credit_note": credit.id,
        "invoice": invoice_id,
        "number": invoice.number,
        "amount_minor": amount_minor,
        "currency": invoice.currency,
        "issued_on": credit.issued_on.isoformat(),
    }
    first = queries.first_entry_about(session, invoice.debtor_id, ("invoice",), "invoice", invoice_id)
    append_entry(
        session,
        invoice.debtor_id,
        NewEntry("credit_note", data=data, amends_seq=first, reason=why, author=author),
    )
    return credit


def set_invoice_status(
    session: Session, invoice_id: int, status: str, reason: str, *, author: str = ""
) -> Invoice:
    """Mark an invoice disputed or written off (or open again), with the reason, in the record."""
    invoice = get_invoice(session, invoice_id)
    why = _reason(reason)
    if status not in STATUS_CHOICES:
        raise InputError(
            f"“{status}” is not a status an invoice can be given; expected open, disputed or written_off.",
            field="status",
            problem="choice",
        )
    changes = apply_fields(session, invoice, {"status": status})
    if not changes:
        raise InputError("Nothing was changed.", problem="no_change")
    record_change(
        session,
        invoice.debtor_id,
        "invoice_status",
        ("invoice", invoice_id, invoice.number),
        changes,
        currency=invoice.currency,
        reason=why,
        author=author,
        first_kinds=("invoice",),
    )
    return invoice


# --- payments --------------------------------------------------------------------------------------
def allocation_plan(session: Session, debtor_id: int, data: PaymentInput) -> AllocationPlan:
    """How the payment would be applied to the debtor's open invoices (those issued by the day it was
    received), and what would stay as credit."""
    validation.amount(data.amount_minor, "amount_minor", "A payment")
    validation.day(data.paid_on, "paid_on", "The day the money was received")
    validation.limited(data.method, validation.NAME_CHARS, "method", "The payment method")
    validation.limited(data.reference, validation.NAME_CHARS, "reference", "The payment's reference")
    validation.not_after(data.paid_on, clock_of(session).today(), "paid_on", "The day the money was received")
    account = read_account(session, debtor_id)
    try:
        return plan_allocation(
            data.amount_minor, account.open_invoices(issued_by=data.paid_on), data.allocations
        )
    except AllocationError as exc:
        currency = account.debtor.currency
        messages = {
            "not_open": f"Invoice {exc.number} has nothing open to pay.",
            "above_open": f"Invoice {exc.number}: only {_money(exc.open_minor, currency)} is open.",
            "above_payment": f"Invoice {exc.number}: the payment has only {_money(exc.open_minor, currency)} left.",
            "not_positive": f"Invoice {exc.number}: a share must be more than zero.",
        }
        raise InputError(
            messages[exc.problem],
            field="allocations",
            problem=f"allocation_{exc.problem}",
            values={"number": exc.number, "minor": exc.open_minor, "currency": currency},
        ) from exc


def record_payment(session: Session, debtor_id: int, data: PaymentInput, *, author: str = "") -> Payment:
    """Record money received, applied as `allocation_plan` shows; whatever is left stays as credit."""
    debtor = get_debtor(session, debtor_id)
    plan = allocation_plan(session, debtor_id, data)
    payment = Payment(
        debtor_id=debtor_id,
        paid_on=data.paid_on,
        amount_minor=data.amount_minor,
        currency=debtor.currency,
        method=data.method.strip(),
        reference=data.reference.strip(),
        recorded_at=clock_of(session).now(),
    )
    session.add(payment)
    session.flush()
    for part in plan.parts:
        session.add(
            PaymentAllocation(
                payment_id=payment.id or 0, invoice_id=part.invoice.id, amount_minor=part.amount_minor
            )
        )
    append_entry(
        session,
        debtor_id,
        NewEntry(
            "payment",
            payment.reference,
            data={
                "payment": payment.id,
                "paid_on": data.paid_on.isoformat(),
                "amount_minor": data.amount_minor,
                "currency": debtor.currency,
                "method": payment.method,
                "allocations": [
                    {"invoice": p.invoice.id, "number": p.invoice.number, "amount_minor": p.amount_minor}
                    for p in plan.parts
                ],
            },
            author=author,
        ),
    )
    session.flush()
    return payment


def reverse_payment(
    session: Session, payment_id: int, reason: str, *, debtor_id: int | None = None, author: str = ""
) -> PaymentReversal:
    """Take a payment back out of the account (recorded by mistake, returned by the bank); the payment
    and its entry stay, and the reversal is journalled under it."""
    payment = session.get(Payment, payment_id)
    if payment is None or (debtor_id is not None and payment.debtor_id != debtor_id):
        raise NotFoundError(
            f"There is no payment {payment_id}" + (f" of debtor {debtor_id}." if debtor_id else ".")
        )
    why = _reason(reason)
    if queries.reversal_of(session, payment_id) is not None:
        raise InputError(f"Payment {payment_id} was already reversed.", problem="already_reversed")
    reversal = PaymentReversal(payment_id=payment_id, reason=why, recorded_at=clock_of(session).now())
    session.add(reversal)
    session.flush()
    first = queries.first_entry_about(session, payment.debtor_id, ("payment",), "payment", payment_id)
    data = {
        "payment": payment_id,
        "amount_minor": payment.amount_minor,
        "currency": payment.currency,
        "paid_on": payment.paid_on.isoformat(),
        "reference": payment.reference,
    }
    append_entry(
        session,
        payment.debtor_id,
        NewEntry("reversal", data=data, amends_seq=first, reason=why, author=author),
    )
    return reversal


def correct_payment(
    session: Session, payment_id: int, data: PaymentInput, reason: str, *, author: str = ""
) -> Payment:
    """Replace a payment recorded wrongly: the old one is reversed with the reason, the right one is
    recorded, in one transaction."""
    reversal = reverse_payment(session, payment_id, reason, author=author)
    payment = session.get(Payment, reversal.payment_id)
    assert payment is not None
    return record_payment(session, payment.debtor_id, data, author=author)
