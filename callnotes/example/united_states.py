"""Hartley Print & Sign LLC, New York: a good payer late for the first time, with a proof of delivery."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from sqlmodel import Session

from callnotes.example.common import Calendar, ExampleFile, past_call, printed_document, promised
from callnotes.services.books import (
    AgreementInput,
    InvoiceInput,
    PaymentInput,
    add_agreement,
    add_invoice,
    record_payment,
)
from callnotes.services.debtors import DebtorInput, create_debtor
from callnotes.services.people import PersonInput, add_person


def add(session: Session, today: date, author: str = "") -> list[ExampleFile]:
    """Add this example debtor as of `today`, its entries written by `author`; returns the documents to attach."""
    c = Calendar(today, ZoneInfo("America/New_York"))
    d = create_debtor(
        session,
        DebtorInput(
            name="Hartley Print & Sign LLC",
            tax_id="12-3456789",
            country="US",
            language="en",
            currency="USD",
            time_zone="America/New_York",
            address="418 West 37th Street, Suite 5\nNew York, NY 10018",
            payment_rating="good",
            notes="Good payer for three years; first late invoice this spring.",
        ),
        author=author,
    )
    debtor_id = d.id or 0
    megan = add_person(
        session,
        debtor_id,
        PersonInput(
            "Megan Hartley",
            "owner, approves payments",
            phone="(212) 555-0143",
            email="megan@hartleyprint.example",
        ),
        author=author,
    )
    add_agreement(
        session,
        debtor_id,
        AgreementInput(
            c.day(-180),
            "Service agreement SA-2026-04: large-format printing for the spring trade show. "
            "Net 30; overdue balances accrue 12 % per year.",
            "Trade show banners, roll-ups and vinyl signage",
            payment_terms_days=30,
            annual_interest_bp=1200,
        ),
        author=author,
    )
    inv = add_invoice(
        session,
        debtor_id,
        InvoiceInput(
            "INV-1007",
            c.day(-75),
            425000,
            due_on=c.day(-45),
            goods_services="Trade show banners (12) and roll-ups (4)",
            delivered_on=c.day(-77),
        ),
        author=author,
    )
    receipt = [
        [
            "PROOF OF DELIVERY",
            "Ribera Instalaciones y Rótulos S.L. — delivery to Hartley Print & Sign LLC",
            "418 West 37th Street, Suite 5, New York, NY 10018",
            f"Delivered: {c.day(-77):%m/%d/%Y}, 9:40 a.m.",
            "Items: 12 trade show banners, 4 roll-up stands (invoice INV-1007)",
            "Received in good condition by: Megan Hartley",
        ]
    ]
    add_invoice(
        session,
        debtor_id,
        InvoiceInput(
            "INV-1019",
            c.day(-40),
            118000,
            due_on=c.day(-10),
            goods_services="Vinyl window signage, installed",
            delivered_on=c.day(-41),
        ),
        author=author,
    )
    record_payment(
        session,
        debtor_id,
        PaymentInput(
            c.day(-20), 125000, method="ACH", reference="ACH 20931", allocations=((inv.number, 125000),)
        ),
        author=author,
    )
    past_call(
        session,
        debtor_id,
        megan.id or 0,
        megan.phone or "",
        c.at(-6, 10, 30),
        [
            (6, "note", "Calling about INV-1007 and INV-1019."),
            (25, "question", "How are things looking for the rest of INV-1007?"),
            (
                60,
                "said",
                "She says a client of theirs paid late and cash is tight until the end of the month.",
            ),
            (100, "question", "What amount could you send before the end of the month?"),
            (130, "agreed", "She will pay $1,500.00 by the 30th and call back about the rest."),
        ],
        promised("Promise: $1,500.00 by month end.", 150000, c.day(8)),
        author=author,
    )
    return [
        ExampleFile(
            debtor_id,
            "proof-of-delivery-INV-1007.pdf",
            lambda: printed_document(receipt, True),
            invoice_id=inv.id,
        )
    ]
