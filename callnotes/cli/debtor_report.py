"""`callnotes debtor show`: one debtor's details, people, agreement, invoices, payments and balance."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session

from callnotes.domain.account import InvoiceInfo, statement_of
from callnotes.domain.ledger import InvoicePosition
from callnotes.domain.money import Money, format_money, locale_for
from callnotes.services.debtors import debtor_locale
from callnotes.store.account import read_account


def debtor_json(session: Session, debtor_id: int, as_of: date) -> dict[str, Any]:
    """Everything about the debtor as plain JSON values; amounts in minor units of `currency`."""
    account = read_account(session, debtor_id)
    debtor, stmt = account.debtor, statement_of(account, as_of)
    numbers = {i.id: i.number for i in account.invoices}
    positions = {p.invoice.key: p for p in stmt.positions}
    agreement = account.agreement
    return {
        "id": debtor.id,
        "name": debtor.name,
        "kind": debtor.kind,
        "tax_id": debtor.tax_id,
        "country": debtor.country,
        "language": debtor.language,
        "currency": debtor.currency,
        "time_zone": debtor.time_zone,
        "address": debtor.address,
        "phone": debtor.phone,
        "email": debtor.email,
        "notes": debtor.notes,
        "archived_on": debtor.archived_on,
        "archive_reason": debtor.archive_reason,
        "statutory_interest": debtor.statutory_interest,
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role,
                "phone": p.phone,
                "mobile": p.mobile,
                "email": p.email,
            }
            for p in account.current_people
        ],
        "agreement": None
        if agreement is None
        else {
            "id": agreement.id,
            "signed_on": agreement.signed_on,
            "terms": agreement.terms,
            "goods_services": agreement.goods_services,
            "payment_terms_days": agreement.payment_terms_days,
            "annual_interest_bp": agreement.annual_interest_bp,
            "late_fee_minor": agreement.late_fee_minor,
        },
        "invoices": [_invoice_json(i, positions.get(i.id)) for i in account.invoices],
        "credit_notes": [
            {
                "id": c.id,
                "number": numbers[c.invoice_id],
                "issued_on": c.issued_on,
                "amount_minor": c.amount_minor,
                "reason": c.reason,
            }
            for c in account.credit_notes
        ],
        "payments": [
            {
                "id": p.id,
                "paid_on": p.paid_on,
                "amount_minor": p.amount_minor,
                "method": p.method,
                "reference": p.reference,
                "allocations": [{"number": numbers[i], "amount_minor": a} for i, a in p.allocations],
                "reversed": p.reversal is not None,
                "reversal_reason": p.reversal.reason if p.reversal else None,
            }
            for p in account.payments
        ],
        "as_of": as_of,
        "interest_minor": stmt.interest_minor,
        "fees_minor": stmt.fees_minor,
        "credit_minor": stmt.credit_minor,
        "balance_minor": stmt.balance_minor,
        "balance": format_money(Money(stmt.balance_minor, debtor.currency), debtor_locale(debtor)),
    }


def _invoice_json(invoice: InvoiceInfo, position: InvoicePosition | None) -> dict[str, Any]:
    """An invoice and where it stands (not issued yet on the statement's day when without a position)."""
    return {
        "id": invoice.id,
        "number": invoice.number,
        "issued_on": invoice.issued_on,
        "due_on": invoice.due_on,
        "amount_minor": invoice.amount_minor,
        "credited_minor": position.credited_minor if position else 0,
        "paid_minor": position.paid_minor if position else 0,
        "open_minor": position.open_minor if position else invoice.amount_minor,
        "status": position.state.value if position else invoice.status,
        "days_overdue": max(position.days_overdue, 0) if position else 0,
        "goods_services": invoice.goods_services,
        "delivered_on": invoice.delivered_on,
    }


def debtor_lines(data: dict[str, Any]) -> list[str]:
    """The same, for reading in a terminal."""
    currency, locale = data["currency"], locale_for(data["language"], data["country"])

    def money(minor: int) -> str:
        return format_money(Money(minor, currency), locale)

    lines = [f"{data['name']} (debtor {data['id']}) owes {data['balance']} as of {data['as_of']}."]
    if data["archived_on"]:
        lines.append(f"Archived on {data['archived_on']}: {data['archive_reason']}.")
    lines += [  # an address's further lines under its first
        f"  {key}: " + str(data[key]).replace("\n", "\n" + " " * (len(key) + 4))
        for key in ("tax_id", "country", "address", "phone", "email")
        if data[key]
    ]
    if data["statutory_interest"]:
        lines.append("  statutory late-payment interest: on (see `callnotes interest --debtor ID`)")
    for p in data["people"]:
        contact = ", ".join(part for part in (p["role"], p["phone"], p["mobile"], p["email"]) if part)
        lines.append(f"  person {p['id']}: {p['name']}" + (f" ({contact})" if contact else ""))
    if data["agreement"]:
        a = data["agreement"]
        lines.append(f"Agreement of {a['signed_on']}: pay within {a['payment_terms_days']} days.")
    lines.append("Invoices:")
    lines += [
        f"  {i['number']:<14} due {i['due_on']}  {money(i['amount_minor']):>14}  open {money(i['open_minor']):>14}  {i['status']}"
        for i in data["invoices"]
    ] or ["  none"]
    lines.append("Payments:")
    lines += [
        f"  {p['id']:>4} {p['paid_on']}  {money(p['amount_minor']):>14}  {p['reference']}"
        + ("  (reversed)" if p["reversed"] else "")
        for p in data["payments"]
    ] or ["  none"]
    return lines
