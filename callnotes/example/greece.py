"""Παπαδόπουλος & Σια Ο.Ε., Athens: a restaurant that used to pay, proposing instalments by e-mail."""

from __future__ import annotations

import calendar
from datetime import date
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from callnotes.domain.offers import InstalmentOffer, NegotiationStep
from callnotes.example.common import CREDITOR, Calendar, ExampleFile, past_call
from callnotes.services.books import (
    AgreementInput,
    InvoiceInput,
    PaymentInput,
    add_agreement,
    add_invoice,
    record_payment,
)
from callnotes.services.debtors import DebtorInput, create_debtor
from callnotes.services.interactions import Ending, add_line, end_interaction, start_interaction
from callnotes.services.people import PersonInput, add_person


def add(session: Session, today: date, author: str = "") -> list[ExampleFile]:
    """Add this example debtor as of `today`, its entries written by `author`; returns the documents to attach."""
    c = Calendar(today, ZoneInfo("Europe/Athens"))
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
            # a business debt in euros with no agreed rate: the statutory interest and the 40 € apply
            statutory_interest=True,
        ),
        author=author,
    )
    debtor_id = d.id or 0
    giorgos = add_person(
        session,
        debtor_id,
        PersonInput(
            "Γιώργος Παπαδόπουλος",
            "διαχειριστής, εγκρίνει πληρωμές",
            phone="+30 210 123 4567",
            email="g.papadopoulos@papadopoulos.example",
        ),
        author=author,
    )
    add_person(
        session,
        debtor_id,
        PersonInput("Ελένη Κωνσταντίνου", "λογιστήριο", phone="+30 210 765 4321"),
        author=author,
    )
    add_agreement(
        session,
        debtor_id,
        AgreementInput(
            c.day(-210),
            "Σύμβαση προμήθειας 2026/07: προμήθεια και εγκατάσταση δύο ψυκτικών θαλάμων. "
            "Εξόφληση εντός 60 ημερών από την έκδοση κάθε τιμολογίου· σε περίπτωση καθυστέρησης οφείλεται ο "
            "νόμιμος τόκος υπερημερίας και η αποζημίωση του ν. 4152/2013.",
            "Ψυκτικοί θάλαμοι, εγκατάσταση και συντήρηση",
            payment_terms_days=60,
        ),
        author=author,
    )
    t118 = add_invoice(
        session,
        debtor_id,
        InvoiceInput(
            "ΤΠΥ-118",
            c.day(-155),
            386000,
            due_on=c.day(-95),
            goods_services="Ψυκτικός θάλαμος 1 με εγκατάσταση",
            delivered_on=c.day(-158),
        ),
        author=author,
    )
    add_invoice(
        session,
        debtor_id,
        InvoiceInput(
            "ΤΠΥ-131",
            c.day(-100),
            142500,
            due_on=c.day(-40),
            goods_services="Ψυκτικός θάλαμος 2, ανταλλακτικά",
            delivered_on=c.day(-101),
        ),
        author=author,
    )
    add_invoice(
        session,
        debtor_id,
        InvoiceInput(
            "ΤΠΥ-140",
            c.day(-45),
            36000,
            due_on=c.day(15),
            goods_services="Τριμηνιαία συντήρηση",
            delivered_on=c.day(-46),
        ),
        author=author,
    )
    record_payment(
        session,
        debtor_id,
        PaymentInput(
            c.day(-70), 100000, method="έμβασμα", reference="ΕΜΒ 88213", allocations=((t118.number, 100000),)
        ),
        author=author,
    )
    number = giorgos.phone or ""
    past_call(
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
        Ending("call_back", "Θα στείλει πρόταση δόσεων.", next_action_on=c.day(-26)),
        author=author,
    )
    sent = c.at(-25, 17, 45)
    mail = start_interaction(
        session,
        debtor_id,
        "email",
        person_id=giorgos.id,
        address_used="g.papadopoulos@papadopoulos.example",
        direction="inbound",
        started_at=sent,
    )
    # His proposal is a counter-offer, recorded as one: a court packet leaves it out (with this contact's
    # summary and the e-mail kept with it) as confidential negotiation, and keeps the contact's date and means.
    sent_on = c.day(-25)
    month_end = sent_on.replace(day=calendar.monthrange(sent_on.year, sent_on.month)[1])
    remainder = 386000 - 100000 + 142500  # what is left of ΤΠΥ-118 and ΤΠΥ-131
    proposed = InstalmentOffer("EUR", remainder, 3, "monthly", month_end).terms()
    step = NegotiationStep("debtor", "open", proposed)
    add_line(session, mail.id or 0, "offer", "", typed_at=sent, data=step.to_data())
    summary = "Email του κ. Παπαδόπουλου: ζητά διακανονισμό σε τρεις μηνιαίες δόσεις."
    end_interaction(session, mail.id or 0, Ending("replied", summary), ended_at=sent, author=author)

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

    return [ExampleFile(debtor_id, "protasi-diakanonismou.eml", proposal, interaction_id=mail.id)]
