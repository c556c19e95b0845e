"""Example data: three believable debtors (Spanish, Greek, US), dated relative to today."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session, func, select

from callnotes.errors import InputError
from callnotes.paths import AppPaths
from callnotes.services.attachments import add_attachment
from callnotes.services.creditor import CreditorInput, get_creditor, set_creditor
from callnotes.services.debtors import (
    DebtorInput,
    add_agreement,
    add_invoice,
    add_person,
    create_debtor,
    record_payment,
)
from callnotes.services.interactions import (
    PromiseInput,
    add_line,
    end_interaction,
    log_interaction,
    start_interaction,
)
from callnotes.store.models import Debtor


@dataclass(frozen=True)
class _Clock:
    """Turns "N days ago at HH:MM, the debtor's time" into aware UTC datetimes and dates."""

    today: date
    zone: ZoneInfo

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def at(self, offset: int, hour: int, minute: int, second: int = 0) -> datetime:
        return datetime.combine(self.day(offset), time(hour, minute, second), self.zone)


@dataclass(frozen=True)
class _DemoFile:
    """An example document to attach: made when the example data is loaded."""

    debtor_id: int
    name: str
    content: Callable[[], bytes]
    invoice_id: int | None = None
    interaction_id: int | None = None


CREDITOR = CreditorInput(
    name="Ribera Instalaciones y Rótulos S.L.",
    tax_id="B46285193",
    country="ES",
    address="Calle de Cuba 17, bajo\n46006 Valencia",
    phone="+34 963 123 456",
    email="cobros@riberainstalaciones.example",
    contact_name="Marta Ribera Soler",
)


def _document_pdf(pages: list[list[str]], letter: bool = False) -> bytes:
    """A plain printed document (a delivery note, a receipt): lines of text, the first one bold."""
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfgen.canvas import Canvas

    from callnotes.export.fonts import BOLD, FONT, register_fonts

    register_fonts()
    buffer = BytesIO()
    size = LETTER if letter else A4
    canvas = Canvas(buffer, pagesize=size, initialFontName=FONT, invariant=True)
    for lines in pages:
        canvas.setFont(BOLD, 16)
        canvas.drawString(60, size[1] - 80, lines[0])
        canvas.setFont(FONT, 10.5)
        for n, line in enumerate(lines[1:]):
            canvas.drawString(60, size[1] - 120 - 17 * n, line)
        canvas.line(60, 130, 260, 130)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _call(
    session: Session,
    debtor_id: int,
    person_id: int,
    number: str,
    start: datetime,
    lines: list[tuple[int, str, str]],
    outcome: str,
    summary: str,
    *,
    promise: PromiseInput | None = None,
    next_action_on: date | None = None,
) -> None:
    """A past call: lines are (seconds into the call, kind, text)."""
    call = start_interaction(
        session, debtor_id, "call", person_id=person_id, address_used=number, started_at=start
    )
    last = 0
    for seconds, kind, text in lines:
        add_line(session, call.id or 0, kind, text, written_at=start + timedelta(seconds=seconds))
        last = seconds
    end_interaction(
        session,
        call.id or 0,
        outcome,
        ended_at=start + timedelta(seconds=last + 40),
        summary=summary,
        promise=promise,
        next_action_on=next_action_on,
    )


def _spanish(session: Session, today: date) -> list[_DemoFile]:
    c = _Clock(today, ZoneInfo("Europe/Madrid"))
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
    )
    debtor_id = d.id or 0
    ana = add_person(
        session,
        debtor_id,
        "Ana Núñez Peña",
        "aprueba los pagos",
        phone="+34 912 345 678",
        email="ana.nunez@construccionesnp.example",
    )
    add_person(session, debtor_id, "Luis Peña", "jefe de obra", mobile="+34 612 345 678")
    add_agreement(
        session,
        debtor_id,
        c.day(-200),
        "Presupuesto aceptado nº P-2026-019: reforma de baño y cocina en la obra de la calle Arturo Soria. "
        "Pago a 30 días de la fecha de factura; interés de demora del 8 % anual y 40 € por factura vencida.",
        "Reforma de baño y cocina: demolición, fontanería, alicatado y mano de obra",
        payment_terms_days=30,
        annual_interest_bp=800,
        late_fee_minor=4000,
    )
    f42 = add_invoice(
        session,
        debtor_id,
        "F2026-0042",
        c.day(-160),
        c.day(-130),
        223850,
        "Reforma baño, fase 1: demolición y fontanería",
        delivered_on=c.day(-165),
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
        "F2026-0057",
        c.day(-112),
        c.day(-82),
        117390,
        "Azulejos y mano de obra de alicatado",
        delivered_on=c.day(-115),
    )
    add_invoice(
        session,
        debtor_id,
        "F2026-0063",
        c.day(-50),
        c.day(-20),
        89000,
        "Mueble de cocina y encimera",
        delivered_on=c.day(-52),
    )
    add_invoice(
        session,
        debtor_id,
        "F2026-0071",
        c.day(-10),
        c.day(20),
        54000,
        "Remates y pintura",
        delivered_on=c.day(-12),
    )
    number = ana.phone or ""
    _call(
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
        "promise",
        "Promete 300 € a cuenta esta semana.",
        promise=PromiseInput(30000, c.day(-98)),
    )
    record_payment(
        session,
        debtor_id,
        c.day(-99),
        30000,
        "transferencia",
        "TRF 4471-0042",
        allocations=[(f42.id or 0, 30000)],
    )
    _call(
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
        "promise",
        "Nueva promesa: 500 € en diez días.",
        promise=PromiseInput(50000, c.day(-51)),
    )
    log_interaction(
        session,
        debtor_id,
        "letter",
        at=c.at(-30, 12, 0),
        outcome="reached",
        summary="Requerimiento de pago por burofax con acuse de recibo: facturas F2026-0042 y F2026-0057.",
        reference="Burofax BF-2026-118834",
        address_used="Calle de Alcalá 214, 2º B, 28028 Madrid",
    )
    _call(
        session,
        debtor_id,
        ana.id or 0,
        number,
        c.at(-14, 11, 5),
        [
            (20, "note", "No contesta. Dejo mensaje pidiendo que devuelva la llamada."),
        ],
        "no_answer",
        "Sin respuesta; mensaje en el contestador.",
        next_action_on=c.day(-7),
    )
    return [
        _DemoFile(
            debtor_id, "albaran-A-2026-0311.pdf", lambda: _document_pdf(delivery_note), invoice_id=f42.id
        )
    ]


def _greek(session: Session, today: date) -> list[_DemoFile]:
    c = _Clock(today, ZoneInfo("Europe/Athens"))
    d = create_debtor(
        session,
        DebtorInput(
            name="Παπαδόπουλος & Σια Ο.Ε.",
            tax_id="094259216",
            country="GR",
            language="el",
            currency="EUR",
            time_zone="Europe/Athens",
            address="Λεωφόρος Συγγρού 145\n171 21 Νέα Σμύρνη, Αθήνα",
            payment_rating="fair",
            notes="Εστιατόριο με δύο καταστήματα. Πλήρωνε κανονικά μέχρι φέτος.",
        ),
    )
    debtor_id = d.id or 0
    giorgos = add_person(
        session,
        debtor_id,
        "Γιώργος Παπαδόπουλος",
        "διαχειριστής, εγκρίνει πληρωμές",
        phone="+30 210 123 4567",
        email="g.papadopoulos@papadopoulos.example",
    )
    add_person(session, debtor_id, "Ελένη Κωνσταντίνου", "λογιστήριο", phone="+30 210 765 4321")
    add_agreement(
        session,
        debtor_id,
        c.day(-210),
        "Σύμβαση προμήθειας 2026/07: προμήθεια και εγκατάσταση δύο ψυκτικών θαλάμων. "
        "Εξόφληση εντός 60 ημερών από την έκδοση κάθε τιμολογίου· τόκος υπερημερίας 6 % ετησίως.",
        "Ψυκτικοί θάλαμοι, εγκατάσταση και συντήρηση",
        payment_terms_days=60,
        annual_interest_bp=600,
    )
    t118 = add_invoice(
        session,
        debtor_id,
        "ΤΠΥ-118",
        c.day(-155),
        c.day(-95),
        386000,
        "Ψυκτικός θάλαμος 1 με εγκατάσταση",
        delivered_on=c.day(-158),
    )
    add_invoice(
        session,
        debtor_id,
        "ΤΠΥ-131",
        c.day(-100),
        c.day(-40),
        142500,
        "Ψυκτικός θάλαμος 2, ανταλλακτικά",
        delivered_on=c.day(-101),
    )
    add_invoice(
        session,
        debtor_id,
        "ΤΠΥ-140",
        c.day(-45),
        c.day(15),
        36000,
        "Τριμηνιαία συντήρηση",
        delivered_on=c.day(-46),
    )
    record_payment(
        session, debtor_id, c.day(-70), 100000, "έμβασμα", "ΕΜΒ 88213", allocations=[(t118.id or 0, 100000)]
    )
    number = giorgos.phone or ""
    _call(
        session,
        debtor_id,
        giorgos.id or 0,
        number,
        c.at(-33, 12, 20),
        [
            (8, "note", "Τηλεφωνώ για τα τιμολόγια ΤΠΥ-118 και ΤΠΥ-131."),
            (30, "question", "Πώς βλέπετε την εξόφληση του υπολοίπου του ΤΠΥ-118;"),
            (70, "said", "Λέει ότι ο χειμώνας ήταν δύσκολος και περιμένει δάνειο από την τράπεζα."),
            (110, "question", "Τι ποσό θα μπορούσατε να καταβάλετε μέσα στον μήνα;"),
            (150, "agreed", "Θα στείλει πρόταση για δόσεις με email έως την Παρασκευή."),
        ],
        "call_back",
        "Θα στείλει πρόταση δόσεων.",
        next_action_on=c.day(-26),
    )
    sent = c.at(-25, 17, 45)
    mail = log_interaction(
        session,
        debtor_id,
        "email",
        at=sent,
        direction="inbound",
        outcome="reached",
        summary="Email του κ. Παπαδόπουλου: ζητά διακανονισμό σε τρεις μηνιαίες δόσεις.",
        address_used="g.papadopoulos@papadopoulos.example",
        person_id=giorgos.id,
    )

    def proposal() -> bytes:
        message = EmailMessage()
        message["From"] = "Γιώργος Παπαδόπουλος <g.papadopoulos@papadopoulos.example>"
        message["To"] = f"Marta Ribera <{CREDITOR.email}>"
        message["Date"] = format_datetime(sent)
        message["Subject"] = "Πρόταση διακανονισμού για τα τιμολόγια ΤΠΥ-118 και ΤΠΥ-131"
        message.set_content(
            "Καλησπέρα σας,\n\n"
            "όπως συζητήσαμε τηλεφωνικά, σας προτείνω να εξοφλήσουμε το υπόλοιπο των τιμολογίων ΤΠΥ-118 "
            "και ΤΠΥ-131 σε τρεις μηνιαίες δόσεις, με την πρώτη στο τέλος του μήνα.\n\n"
            "Μόλις εγκριθεί το δάνειο από την τράπεζα θα σας ενημερώσω.\n\n"
            "Με εκτίμηση,\nΓιώργος Παπαδόπουλος"
        )
        return message.as_bytes()

    return [_DemoFile(debtor_id, "protasi-diakanonismou.eml", proposal, interaction_id=mail.id)]


def _american(session: Session, today: date) -> list[_DemoFile]:
    c = _Clock(today, ZoneInfo("America/New_York"))
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
    )
    debtor_id = d.id or 0
    megan = add_person(
        session,
        debtor_id,
        "Megan Hartley",
        "owner, approves payments",
        phone="(212) 555-0143",
        email="megan@hartleyprint.example",
    )
    add_agreement(
        session,
        debtor_id,
        c.day(-180),
        "Service agreement SA-2026-04: large-format printing for the spring trade show. "
        "Net 30; overdue balances accrue 12 % per year.",
        "Trade show banners, roll-ups and vinyl signage",
        payment_terms_days=30,
        annual_interest_bp=1200,
    )
    inv = add_invoice(
        session,
        debtor_id,
        "INV-1007",
        c.day(-75),
        c.day(-45),
        425000,
        "Trade show banners (12) and roll-ups (4)",
        delivered_on=c.day(-77),
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
        "INV-1019",
        c.day(-40),
        c.day(-10),
        118000,
        "Vinyl window signage, installed",
        delivered_on=c.day(-41),
    )
    record_payment(
        session, debtor_id, c.day(-20), 125000, "ACH", "ACH 20931", allocations=[(inv.id or 0, 125000)]
    )
    _call(
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
        "promise",
        "Promise: $1,500.00 by month end.",
        promise=PromiseInput(150000, c.day(8)),
    )
    return [
        _DemoFile(
            debtor_id,
            "proof-of-delivery-INV-1007.pdf",
            lambda: _document_pdf(receipt, True),
            invoice_id=inv.id,
        )
    ]


def load_demo(session: Session, today: date, paths: AppPaths | None = None) -> int:
    """Load the example creditor (unless one is set) and debtors into an empty database.

    With `paths`, each debtor also gets an example document (a delivery note, an e-mail). Returns
    how many debtors were added.
    """
    existing = session.exec(select(func.count()).select_from(Debtor)).one()
    if existing:
        raise InputError(
            "Example data is only loaded into an empty database, so it never mixes with real records. "
            "Use a fresh data folder (--data-dir) to try it."
        )
    if get_creditor(session) is None:
        set_creditor(session, CREDITOR)
    files = [file for build in (_spanish, _greek, _american) for file in build(session, today)]
    if paths is not None:
        with tempfile.TemporaryDirectory() as folder:
            for file in files:
                path = Path(folder) / file.name
                path.write_bytes(file.content())
                add_attachment(
                    session,
                    paths,
                    file.debtor_id,
                    path,
                    invoice_id=file.invoice_id,
                    interaction_id=file.interaction_id,
                )
    return 3
