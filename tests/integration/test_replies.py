"""The debtor's reply to a summary, on a real SQLite file: an .eml read back (with and without our
reference, another charset, HTML only), the reply recorded with its message attached and the agenda's
unconfirmed summary gone; "no reply came"; receipts kept with a letter's delivery; the wait setting."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from callnotes.clock import FixedClock
from callnotes.domain.documents import SentDocument, short_reference
from callnotes.domain.entries import ContactDetails, DeliveryDetails, ReplyDetails
from callnotes.domain.record import WitnessHead
from callnotes.errors import InputError
from callnotes.export.entry_text import describe_entry
from callnotes.export.wording import Wording
from callnotes.services.books import InvoiceInput
from callnotes.services.creditor import CreditorInput
from callnotes.services.debtors import DebtorInput
from callnotes.services.desk import Desk
from callnotes.services.interactions import ContactInput, Ending
from callnotes.services.replies import ReplyInput
from tests.conftest import NOW
from tests.integration.test_cli import callnotes

ENGLISH = Wording("en", "en_US", "Europe/Madrid")
SENT = NOW - timedelta(days=8)


@pytest.fixture
def debtor_id(desk: Desk) -> int:
    """A Spanish debtor with one overdue invoice of 1,000.00 €."""
    debtor = desk.add_debtor(DebtorInput("Talleres Ruiz S.L.", country="ES", email="pagos@ruiz.example"))
    desk.add_invoice(debtor, InvoiceInput("A-1", date(2026, 6, 1), 100000))
    return debtor


def send_summary(desk: Desk, debtor_id: int, at: datetime = SENT) -> tuple[int, str]:
    """Log a summary sent by e-mail citing the record as it stands; its interaction id and reference."""
    report = desk.check_record(debtor_id).report
    cited = WitnessHead(debtor_id, report.entries, report.head)
    ending = Ending("sent", "Resumen de la llamada", document=SentDocument("summary", "es", cited))
    contact = ContactInput("email", at, ending, address_used="pagos@ruiz.example")
    return desk.log_contact(debtor_id, contact), short_reference(cited)


def write_eml(
    path: Path,
    body: str,
    *,
    subject: str = "Re: Resumen de nuestra llamada",
    charset: str = "utf-8",
    html: str | None = None,
    when: datetime = NOW - timedelta(days=1),
) -> Path:
    message = EmailMessage()
    message["From"] = "Ana Ruiz <pagos@ruiz.example>"
    message["To"] = "cobros@example.com"
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    if html is None:
        message.set_content(body, charset=charset)
    else:  # HTML only, with a file beside it: multipart/mixed
        message.set_content(html, subtype="html")
        message.add_attachment(
            b"%PDF-1.4 justificante", maintype="application", subtype="pdf", filename="a.pdf"
        )
    path.write_bytes(message.as_bytes())
    return path


def test_an_eml_is_read_with_its_reference_and_the_summary_it_answers(
    desk: Desk, debtor_id: int, tmp_path: Path
) -> None:
    summary, reference = send_summary(desk, debtor_id)
    body = (
        "Confirmado, pagaremos el día 28.\nSaludos\n\n"
        "El 14/11/2026, Cobros escribió:\n"
        f"> Le resumo lo acordado. Referencia del registro: {reference}\n> Gracias"
    )
    peek = desk.peek_reply(write_eml(tmp_path / "reply.eml", body))
    assert (peek.sender, peek.address, peek.subject) == (
        "Ana Ruiz <pagos@ruiz.example>",
        "pagos@ruiz.example",
        "Re: Resumen de nuestra llamada",
    )
    assert peek.sent_at == (NOW - timedelta(days=1)).replace(microsecond=0)
    assert peek.preview == "Confirmado, pagaremos el día 28.\nSaludos"  # the quoted summary left out
    assert [(m.debtor_id, m.interaction_id, m.document_kind) for m in peek.matches] == [
        (debtor_id, summary, "summary")
    ]
    assert [f"{r.debtor_id}-{r.entries}-{r.head_prefix}" for r in peek.references] == [reference]

    plain = desk.peek_reply(write_eml(tmp_path / "plain.eml", "Recibido.", subject="Factura"))
    assert (plain.preview, plain.references, plain.matches) == ("Recibido.", (), ())
    in_subject = desk.peek_reply(write_eml(tmp_path / "s.eml", "Ok", subject=f"Re: ref {reference}"))
    assert [m.interaction_id for m in in_subject.matches] == [summary]


def test_other_charsets_and_html_only_messages_are_read(desk: Desk, tmp_path: Path) -> None:
    greek = desk.peek_reply(
        write_eml(tmp_path / "el.eml", "Συμφωνούμε με την πληρωμή.", charset="iso-8859-7")
    )
    assert "iso-8859-7" in (tmp_path / "el.eml").read_text("ascii", "replace").lower()
    assert greek.preview == "Συμφωνούμε με την πληρωμή."
    html = (
        "<html><head><style>p{}</style></head>"
        "<body><p>No estamos de acuerdo</p><p>con el importe &amp; fecha</p></body></html>"
    )
    only_html = desk.peek_reply(write_eml(tmp_path / "h.eml", "", html=html))
    assert only_html.preview == "No estamos de acuerdo\n\ncon el importe & fecha"


def test_files_that_are_not_e_mails_are_refused_clearly(desk: Desk, tmp_path: Path) -> None:
    pdf = tmp_path / "factura.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n\x00\x00")
    with pytest.raises(InputError) as refused:
        desk.peek_reply(pdf)
    assert refused.value.problem == "not_email" and "factura.pdf" in str(refused.value)
    with pytest.raises(InputError) as missing:
        desk.peek_reply(tmp_path / "gone.eml")
    assert missing.value.problem == "file"


def test_a_reply_is_recorded_with_its_message_and_the_agenda_row_goes(
    desk: Desk, debtor_id: int, tmp_path: Path
) -> None:
    summary, reference = send_summary(desk, debtor_id)
    waiting = [r for r in desk.agenda_view().rows if r.reason.value == "summary_unconfirmed"]
    assert [(r.debtor_id, r.on) for r in waiting] == [(debtor_id, SENT.date())]
    eml = write_eml(tmp_path / "reply.eml", f"Conforme.\n\n> Referencia {reference}")
    peek = desk.peek_reply(eml)
    reply = ReplyInput(summary, "confirming", peek.preview, peek.sent_at, peek.address, peek.subject, eml)
    seq = desk.record_reply(debtor_id, reply)

    record = [item.entry for item in desk.debtor(debtor_id).record]
    contact, answer, attached = record[-3:]
    assert isinstance(contact.details, ContactDetails)
    assert (contact.details.kind, contact.details.direction, contact.details.outcome) == (
        "email",
        "inbound",
        "replied",
    )
    assert (answer.seq, answer.details, answer.text) == (
        seq,
        ReplyDetails(summary, "confirming"),
        "Conforme.",
    )
    assert answer.interaction_id == contact.interaction_id == attached.interaction_id
    assert answer.occurred_at == peek.sent_at
    assert describe_entry(ENGLISH, answer) == "The debtor confirms in writing what we sent them.\nConforme."
    [document] = [d for d in desk.attachments(debtor_id) if d.name == "reply.eml"]
    assert document.owner.kind == "interaction" and document.owner.interaction_kind == "email"
    assert "summary_unconfirmed" not in {r.reason.value for r in desk.agenda_view().rows}
    assert desk.check_record(debtor_id).report.ok


def test_no_reply_is_a_reply_entry_alone_and_refusals(
    desk: Desk, debtor_id: int, clock: FixedClock, tmp_path: Path
) -> None:
    summary, _ = send_summary(desk, debtor_id)
    contacts = len(desk.facts(debtor_id).contacts)
    seq = desk.record_reply(debtor_id, ReplyInput(summary, "silent", "Sin respuesta tras 8 días"))
    last = desk.debtor(debtor_id).record[-1].entry
    assert (last.seq, last.kind, last.interaction_id) == (seq, "reply", summary)
    assert describe_entry(ENGLISH, last).startswith("No reply came to what we sent the debtor.")
    assert len(desk.facts(debtor_id).contacts) == contacts  # no contact was made up
    assert "summary_unconfirmed" not in {r.reason.value for r in desk.agenda_view().rows}

    call = desk.log_contact(debtor_id, ContactInput("call", NOW - timedelta(hours=1), Ending("no_answer")))
    for reply, field in (
        (ReplyInput(summary, "maybe"), "stance"),
        (ReplyInput(call, "confirming"), "to"),  # a call sent no document
        (ReplyInput(summary, "confirming", at=SENT - timedelta(days=1)), "to"),  # before it was sent
        (ReplyInput(summary, "silent", eml=write_eml(tmp_path / "r.eml", "x")), "stance"),
    ):
        with pytest.raises(InputError) as refused:
            desk.record_reply(debtor_id, reply)
        assert refused.value.field == field
    not_mail = tmp_path / "notes.txt"
    not_mail.write_text("just some notes\nno headers here\n")
    with pytest.raises(InputError) as refused:
        desk.record_reply(debtor_id, ReplyInput(summary, "confirming", eml=not_mail))
    assert refused.value.problem == "not_email"
    assert desk.debtor(debtor_id).record[-1].entry.interaction_id == call  # nothing half-recorded


def test_a_delivery_keeps_its_receipt_with_the_letter(desk: Desk, debtor_id: int, tmp_path: Path) -> None:
    sent = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    ending = Ending("sent", "Burofax")
    letter = desk.log_contact(debtor_id, ContactInput("letter", sent, ending, reference="BF-1"))
    receipt = tmp_path / "acuse.pdf"
    receipt.write_bytes(b"%PDF-1.4 acuse de recibo")
    desk.record_delivery(debtor_id, letter, "returned", date(2026, 11, 14), [receipt])
    record = [item.entry for item in desk.debtor(debtor_id).record]
    delivery, attached = record[-2:]
    assert delivery.details == DeliveryDetails(letter, "returned", date(2026, 11, 14))
    assert (attached.kind, attached.interaction_id) == ("attachment", letter)
    [kept] = [d for d in desk.attachments(debtor_id) if d.name == "acuse.pdf"]
    assert kept.owner.interaction_kind == "letter"
    with pytest.raises(InputError):
        desk.record_delivery(debtor_id, letter, "delivered", date(2026, 11, 15), [tmp_path / "gone.pdf"])
    assert [i.entry.kind for i in desk.debtor(debtor_id).record][-1] == "attachment"  # nothing added


def test_the_reply_wait_is_a_setting_of_the_business(desk: Desk, debtor_id: int, data_dir: Path) -> None:
    send_summary(desk, debtor_id, NOW - timedelta(days=3))
    assert "summary_unconfirmed" not in {r.reason.value for r in desk.agenda_view().rows}
    desk.set_creditor(CreditorInput("Mi Taller", country="ES", reply_wait_days=3))
    assert "summary_unconfirmed" in {r.reason.value for r in desk.agenda_view().rows}
    assert callnotes(data_dir, "creditor", "set", "--reply-wait-days", "5").returncode == 0
    shown = callnotes(data_dir, "creditor", "show", "--json")
    assert json.loads(shown.stdout)["reply_wait_days"] == 5
    refused = callnotes(data_dir, "creditor", "set", "--reply-wait-days", "0")
    assert refused.returncode != 0 and refused.stderr.startswith("callnotes: ")
    assert "Traceback" not in refused.stderr
