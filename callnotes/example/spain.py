"""Construcciones Núñez Peña S.L., Madrid: a builder that pays late, with a delivery note signed on site."""

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
from callnotes.services.interactions import ContactInput, Ending, log_interaction
from callnotes.services.people import PersonInput, add_person


def add(session: Session, today: date, author: str = "") -> list[ExampleFile]:
    """Add this example debtor as of `today`, its entries written by `author`; returns the documents to attach."""
    c = Calendar(today, ZoneInfo("Europe/Madrid"))
    d = create_debtor(
        session,
        DebtorInput(
            name="Construcciones Núñez Peña S.L.",
            tax_id="B87654323",
            country="ES",
            language="es",
            currency="EUR",
            time_zone="Europe/Madrid",
            address="Calle de Alcalá 214, 2º B\n28028 Madrid",
            payment_rating="late",
            notes="Cliente desde 2023. Suele pagar con unos 20 días de retraso.",
        ),
        author=author,
    )
    debtor_id = d.id or 0
    ana = add_person(
        session,
        debtor_id,
        PersonInput(
            "Ana Núñez Peña",
            "aprueba los pagos",
            phone="+34 912 345 678",
            email="ana.nunez@construccionesnp.example",
        ),
        author=author,
    )
    add_person(
        session, debtor_id, PersonInput("Luis Peña", "jefe de obra", mobile="+34 612 345 678"), author=author
    )
    add_agreement(
        session,
        debtor_id,
        AgreementInput(
            c.day(-200),
            "Presupuesto aceptado nº P-2026-019: reforma de baño y cocina en la obra de la calle Arturo Soria. "
            "Pago a 30 días de la fecha de factura; interés de demora del 8 % anual y 40 € por factura vencida.",
            "Reforma de baño y cocina: demolición, fontanería, alicatado y mano de obra",
            payment_terms_days=30,
            annual_interest_bp=800,
            late_fee_minor=4000,
        ),
        author=author,
    )
    f42 = add_invoice(
        session,
        debtor_id,
        InvoiceInput(
            "F2026-0042",
            c.day(-160),
            223850,
            due_on=c.day(-130),
            goods_services="Reforma baño, fase 1: demolición y fontanería",
            delivered_on=c.day(-165),
        ),
        author=author,
    )
    delivered = c.day(-165).strftime("%d/%m/%Y")
    delivery_note = [
        [
            "ALBARÁN DE ENTREGA A-2026-0311",
            "Ribera Instalaciones y Rótulos S.L. · NIF B46285193",
            "Cliente: Construcciones Núñez Peña S.L. · NIF B87654323",
            "Obra: calle Arturo Soria, Madrid",
            f"Fecha de entrega: {delivered}",
            "Concepto: reforma de baño, fase 1 — demolición y fontanería",
            "Factura relacionada: F2026-0042",
        ],
        [
            "CONFORMIDAD DEL CLIENTE",
            "Recibido de conformidad el material y los trabajos descritos en el albarán A-2026-0311.",
            f"Madrid, {delivered}",
            "Firmado: Luis Peña (jefe de obra)",
        ],
    ]
    add_invoice(
        session,
        debtor_id,
        InvoiceInput(
            "F2026-0057",
            c.day(-112),
            117390,
            due_on=c.day(-82),
            goods_services="Azulejos y mano de obra de alicatado",
            delivered_on=c.day(-115),
        ),
        author=author,
    )
    add_invoice(
        session,
        debtor_id,
        InvoiceInput(
            "F2026-0063",
            c.day(-50),
            89000,
            due_on=c.day(-20),
            goods_services="Mueble de cocina y encimera",
            delivered_on=c.day(-52),
        ),
        author=author,
    )
    add_invoice(
        session,
        debtor_id,
        InvoiceInput(
            "F2026-0071",
            c.day(-10),
            54000,
            due_on=c.day(20),
            goods_services="Remates y pintura",
            delivered_on=c.day(-12),
        ),
        author=author,
    )
    number = ana.phone or ""
    past_call(
        session,
        debtor_id,
        ana.id or 0,
        number,
        c.at(-104, 10, 15),
        [
            (5, "note", "Llamo por la factura F2026-0042, vencida desde hace tres semanas."),
            (40, "question", "¿Cómo ve la situación de la factura F2026-0042?"),
            (75, "said", "Dice que su cliente final todavía no les ha pagado la obra."),
            (120, "question", "¿Qué parte podría pagar esta semana?"),
            (160, "agreed", "Pagará 300,00 € antes del viernes y el resto cuando cobre."),
        ],
        promised("Promete 300 € a cuenta esta semana.", 30000, c.day(-98)),
        author=author,
    )
    record_payment(
        session,
        debtor_id,
        PaymentInput(
            c.day(-99),
            30000,
            method="transferencia",
            reference="TRF 4471-0042",
            allocations=((f42.number, 30000),),
        ),
        author=author,
    )
    past_call(
        session,
        debtor_id,
        ana.id or 0,
        number,
        c.at(-61, 9, 40),
        [
            (10, "question", "¿Qué fecha le viene bien para saldar la F2026-0042?"),
            (50, "said", "Dice que este mes van justos, pero que el día 10 entra un pago grande."),
            (95, "note", "Le recuerdo que la obra se entregó y firmó el albarán el día de la entrega."),
            (140, "agreed", "Se compromete a pagar 500,00 € en diez días."),
        ],
        promised("Nueva promesa: 500 € en diez días.", 50000, c.day(-51)),
        author=author,
    )
    log_interaction(
        session,
        debtor_id,
        ContactInput(
            "letter",
            c.at(-30, 12, 0),
            Ending(
                "delivered",
                "Requerimiento de pago por burofax con acuse de recibo: facturas F2026-0042 y F2026-0057.",
            ),
            reference="Burofax BF-2026-118834",
            address_used="Calle de Alcalá 214, 2º B, 28028 Madrid",
        ),
        author=author,
    )
    past_call(
        session,
        debtor_id,
        ana.id or 0,
        number,
        c.at(-14, 11, 5),
        [
            (20, "note", "No contesta. Dejo mensaje pidiendo que devuelva la llamada."),
        ],
        Ending("no_answer", "Sin respuesta; mensaje en el contestador.", next_action_on=c.day(-7)),
        author=author,
    )
    return [
        ExampleFile(
            debtor_id, "albaran-A-2026-0311.pdf", lambda: printed_document(delivery_note), invoice_id=f42.id
        )
    ]
