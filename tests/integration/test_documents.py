"""Documents kept with a debtor, an invoice, an agreement or a contact: stored once by SHA-256, a size
limit, the listing with what each belongs to, a copy to open under its own name, and scans and e-mails
as readable pages of the packet."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from callnotes.errors import InputError
from callnotes.export import PacketTargets, export_packet
from callnotes.export.packet_model import PacketOptions
from callnotes.services import attachments
from callnotes.services.attachments import MAX_FILE_BYTES, StoredState, stored_path
from callnotes.services.books import AgreementInput, InvoiceInput
from callnotes.services.debtors import DebtorInput
from callnotes.services.desk import Desk
from callnotes.services.interactions import ContactInput, Ending
from tests.conftest import TODAY


@pytest.fixture
def debtor_id(desk: Desk) -> int:
    """A debtor with an agreement, an invoice and a logged e-mail."""
    debtor = desk.add_debtor(DebtorInput("Construcciones Núñez S.L.", country="ES"))
    desk.add_agreement(debtor, AgreementInput(date(2026, 3, 1), "Reformas"))
    desk.add_invoice(debtor, InvoiceInput("F-0042", date(2026, 5, 5), 121000))
    contact = ContactInput(
        "email", datetime(2026, 11, 20, 9, 30, tzinfo=UTC), Ending("replied", "Pidió copia")
    )
    desk.log_contact(debtor, contact)
    return debtor


def _file(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def _ids(desk: Desk, debtor: int) -> tuple[int, int, int]:
    view = desk.debtor(debtor)
    assert view.agreement is not None
    invoice = next(iter(view.invoices.values()))
    interaction = next(i.entry.interaction_id for i in view.record if i.entry.kind == "interaction")
    assert interaction is not None
    return view.agreement.id, invoice.id, interaction


def test_a_file_attaches_to_each_of_the_four_and_is_listed_with_its_owner(
    desk: Desk, debtor_id: int, tmp_path: Path
) -> None:
    agreement, invoice, interaction = _ids(desk, debtor_id)
    before = desk.debtor(debtor_id).head_seq
    desk.attach_files(debtor_id, [_file(tmp_path, "carta.pdf", b"%PDF-1.4 a letter")])
    desk.attach_files(
        debtor_id, [_file(tmp_path, "contrato.pdf", b"%PDF-1.4 signed")], agreement_id=agreement
    )
    desk.attach_files(debtor_id, [_file(tmp_path, "albarán.jpg", b"\xff\xd8 a scan")], invoice_id=invoice)
    desk.attach_files(
        debtor_id, [_file(tmp_path, "respuesta.eml", b"Subject: x\n\nok")], interaction_id=interaction
    )
    listed = desk.attachments(debtor_id)
    assert [(d.name, d.owner.kind, d.size_bytes, d.media_type) for d in listed] == [
        ("carta.pdf", "debtor", 17, "application/pdf"),
        ("contrato.pdf", "agreement", 15, "application/pdf"),
        ("albarán.jpg", "invoice", 9, "image/jpeg"),
        ("respuesta.eml", "interaction", 14, "message/rfc822"),
    ]
    assert listed[1].owner.agreement_signed_on == date(2026, 3, 1)
    assert listed[2].owner.invoice_number == "F-0042"
    assert listed[3].owner.interaction_kind == "email"
    assert listed[3].owner.interaction_started_at == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    assert all(d.state is StoredState.OK and d.added_at.tzinfo is not None for d in listed)
    assert desk.debtor(debtor_id).head_seq == before + 4  # each one journalled
    assert desk.check_record(debtor_id).report.ok


def test_the_same_file_twice_is_one_copy_and_one_entry(desk: Desk, debtor_id: int, tmp_path: Path) -> None:
    _, invoice, _ = _ids(desk, debtor_id)
    scan = _file(tmp_path, "scan.png", b"\x89PNG same bytes")
    again = _file(tmp_path, "scan-again.png", b"\x89PNG same bytes")
    first = desk.attach_files(debtor_id, [scan, again])
    assert (first.added, first.already) == (("scan.png",), ("scan-again.png",))
    head = desk.debtor(debtor_id).head_seq
    second = desk.attach_files(debtor_id, [scan])
    assert (second.added, second.already) == ((), ("scan.png",))
    assert desk.debtor(debtor_id).head_seq == head  # nothing journalled
    desk.attach_files(debtor_id, [scan], invoice_id=invoice)  # the same file with the invoice is its own
    assert [(d.name, d.owner.kind) for d in desk.attachments(debtor_id)] == [
        ("scan.png", "debtor"),
        ("scan.png", "invoice"),
    ]
    assert len([p for p in desk.paths.attachments.rglob("*") if p.is_file()]) == 1  # one copy on disk


def test_a_file_over_the_limit_is_refused_and_nothing_is_copied(
    desk: Desk, debtor_id: int, tmp_path: Path
) -> None:
    small = _file(tmp_path, "small.pdf", b"%PDF-1.4 small")
    big = tmp_path / "escaneo enorme.tiff"
    with big.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)  # sparse: no 25 MB written
    head = desk.debtor(debtor_id).head_seq
    with pytest.raises(InputError) as refused:
        desk.attach_files(debtor_id, [small, big])
    assert refused.value.problem == "file_too_big"
    assert refused.value.values == {
        "value": "escaneo enorme.tiff",
        "name": "escaneo enorme.tiff",
        "size": MAX_FILE_BYTES + 1,
        "limit": MAX_FILE_BYTES,
    }
    assert "callnotes keeps files of up to 25 MB" in str(refused.value)
    assert desk.debtor(debtor_id).head_seq == head
    assert not any(p.is_file() for p in desk.paths.attachments.rglob("*"))
    exactly = tmp_path / "exactly.bin"
    with exactly.open("wb") as out:
        out.truncate(MAX_FILE_BYTES)
    assert desk.attach_files(debtor_id, [exactly]).added == ("exactly.bin",)


def test_a_file_cannot_go_to_another_debtors_invoice(desk: Desk, debtor_id: int, tmp_path: Path) -> None:
    other = desk.add_debtor(DebtorInput("Otra S.L.", country="ES"))
    _, invoice, _ = _ids(desk, debtor_id)
    with pytest.raises(InputError):
        desk.attach_files(other, [_file(tmp_path, "x.pdf", b"x")], invoice_id=invoice)
    assert desk.attachments(other) == ()


def test_a_document_opens_as_a_read_only_copy_under_its_own_name(
    desk: Desk, debtor_id: int, tmp_path: Path
) -> None:
    desk.attach_files(debtor_id, [_file(tmp_path, "factura: copia.pdf", b"%PDF-1.4 copy")])
    document = desk.attachments(debtor_id)[0]
    opened = desk.document_to_open(document.id)
    assert opened.name == "factura_ copia.pdf" and opened.read_bytes() == b"%PDF-1.4 copy"
    assert opened.parent != desk.paths.attachments and not opened.stat().st_mode & 0o222
    stored = stored_path(desk.paths, attachments.file_sha256(opened))
    stored.write_bytes(b"changed behind callnotes' back")
    assert desk.attachments(debtor_id)[0].state is StoredState.CHANGED
    with pytest.raises(InputError) as refused:
        desk.document_to_open(document.id)
    assert refused.value.problem == "document_changed"
    stored.unlink()
    assert desk.attachments(debtor_id)[0].state is StoredState.MISSING


def _jpeg(width: int, height: int, orientation: int | None = None, mode: str = "RGB") -> bytes:
    image = Image.new("RGB", (width, height), (30, 90, 200 - (orientation or 0))).convert(mode)
    buffer = BytesIO()
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def _png(width: int, height: int) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def _images_on(page: object) -> list[tuple[int, int]]:
    objects = page["/Resources"]["/XObject"].values()  # type: ignore[index]
    return [(int(x["/Width"]), int(x["/Height"])) for x in objects if x["/Subtype"] == "/Image"]


@pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="needs poppler-utils"
)
def test_scans_and_an_email_attached_to_the_debtor_are_readable_pages_of_the_packet(
    desk: Desk, debtor_id: int, tmp_path: Path
) -> None:
    mail = EmailMessage()
    mail["From"] = "Ana Núñez <ana@example.com>"
    mail["To"] = "cobros@example.com"
    mail["Subject"] = "Pago de la factura F-0042"
    mail.set_content("Buenos días:\nPagaremos el viernes 27.\nUn saludo, Ana")
    files = [
        _file(tmp_path, "albaran.jpg", _jpeg(400, 300)),
        _file(tmp_path, "firma.png", _png(200, 100)),
        _file(tmp_path, "pago.eml", mail.as_bytes()),
        _file(tmp_path, "movil.jpeg", _jpeg(400, 300, orientation=6)),  # a phone photo taken upright
        _file(tmp_path, "imprenta.jpg", _jpeg(120, 80, mode="CMYK")),  # a print shop's scan
    ]
    desk.attach_files(debtor_id, files)
    out = tmp_path / "packet.pdf"
    options = PacketOptions(as_of=TODAY, language="es")
    export_packet(desk._store.sessions, desk.paths, debtor_id, PacketTargets(filing=out), options)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True)
    pages = text.stdout.split("\f")[:-1]
    reader = PdfReader(out)

    def page_of(name: str) -> int:  # the exhibit's own page: its band reads "Anexo A   albaran.jpg · —"
        return next(i for i, t in enumerate(pages) if "Anexo" in t and f"{name} ·" in t)

    assert _images_on(reader.pages[page_of("albaran.jpg")]) == [(400, 300)]
    assert _images_on(reader.pages[page_of("firma.png")]) == [(200, 100)]
    phone = reader.pages[page_of("movil.jpeg")]
    assert _images_on(phone) == [(300, 400)]  # turned upright, as a photo viewer shows it
    objects = reader.pages[page_of("imprenta.jpg")]["/Resources"]["/XObject"].values()
    (printed,) = [x for x in objects if x["/Subtype"] == "/Image"]
    assert printed["/ColorSpace"] == "/DeviceRGB"  # PDF/A refuses CMYK beside the sRGB output intent
    mail_page = pages[page_of("pago.eml")]
    assert "Pago de la factura F-0042" in mail_page and "Pagaremos el viernes 27." in mail_page
    assert "no se puede mostrar" not in text.stdout and "no se ha podido leer" not in text.stdout
