"""Exhibits that print: scans, e-mails and PDFs become pages of a packet that stays PDF/A-2b, each page
labelled; a PDF that would break PDF/A is reproduced as images of its pages and flagged."""

from __future__ import annotations

import base64
import re
import subprocess
import threading
from datetime import UTC, datetime
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path

import pikepdf
import pikepdf.pdfa
import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import select

from callnotes.export import ExportCancelled, ExportResult, FlaggedExhibit, PacketTargets, export_packet
from callnotes.export.packet_model import PacketOptions
from callnotes.export.wording import Wording
from callnotes.services.attachments import add_attachment
from callnotes.store.access import Store
from callnotes.store.engine import transaction
from callnotes.store.models import Interaction
from tests.conftest import TODAY
from tests.integration.test_packet import SPANISH, document_pdf, layout_pages

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="needs poppler-utils"
)


def helvetica_pdf(pages: int) -> bytes:
    """What many programs write: reportlab's standard Helvetica, not embedded."""
    buffer = BytesIO()
    canvas = Canvas(buffer)
    for n in range(1, pages + 1):
        canvas.setFont("Helvetica", 28)
        canvas.drawString(72, 700, f"HELVETICA PAGE {n}")
        canvas.setFillColorRGB(0.8, 0.1, 0.1)
        canvas.rect(72, 400, 300, 200, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def image_bytes(image: Image.Image, kind: str, **options: object) -> bytes:
    buffer = BytesIO()
    image.save(buffer, kind, **options)
    return buffer.getvalue()


def exhibit_files() -> dict[str, bytes]:
    """One file of each kind, as a debtor's documents arrive."""
    mail = EmailMessage()
    mail["From"] = "Ana Núñez <ana@example.com>"
    mail["To"] = "cobros@example.com"
    mail["Date"] = "Tue, 03 Nov 2026 10:15:00 +0100"
    mail["Subject"] = "Albarán firmado"
    mail.set_content("Adjunto el albarán firmado.\nUn saludo, Ana")
    scan = Image.new("RGB", (120, 80), (30, 90, 200))
    mail.add_attachment(
        image_bytes(scan, "JPEG"), maintype="image", subtype="jpeg", filename="albaran-firmado.jpg"
    )
    rgba = Image.new("RGBA", (200, 120), (0, 160, 0, 255))
    rgba.paste((0, 0, 0, 0), (0, 0, 100, 120))  # half of it transparent
    palette = Image.new("P", (90, 60), 1)
    palette.putpalette([255, 255, 255, 200, 0, 0] + [0] * 762)
    palette.paste(0, (0, 0, 45, 60))  # colour 0, transparent, on its left half
    deep = Image.frombytes("I;16", (64, 64), bytes(range(256)) * 32)
    return {
        "firmado.pdf": document_pdf(["EMBEDDED PAGE 1 Ñandú", "EMBEDDED PAGE 2 Ñandú"]),
        "helvetica.pdf": helvetica_pdf(3),
        "cmyk.jpg": image_bytes(Image.new("CMYK", (300, 200), (0, 200, 200, 0)), "JPEG"),
        "plain.jpg": image_bytes(Image.new("RGB", (300, 200), (200, 30, 30)), "JPEG", quality=90),
        "transparent.png": image_bytes(rgba, "PNG"),
        "palette.gif": image_bytes(palette, "GIF", transparency=0),
        "deep.png": image_bytes(deep, "PNG"),
        "albaran.eml": mail.as_bytes(),
        "notas.txt": b"Entregado el 3 de noviembre.\nFirmado por Ana.",
    }


@pytest.fixture
def printed(demo_store: Store, tmp_path: Path) -> tuple[Store, ExportResult, Path]:
    """The Spanish example debtor's packet with every kind of exhibit, in English."""
    with transaction(demo_store.sessions) as session:
        call = session.exec(select(Interaction).where(Interaction.debtor_id == SPANISH)).first()
        assert call is not None
        for name, content in exhibit_files().items():
            path = tmp_path / name
            path.write_bytes(content)
            add_attachment(session, demo_store.paths, SPANISH, path, interaction_id=call.id)
    out = tmp_path / "packet.pdf"
    targets = PacketTargets(filing=out)
    result = export_packet(
        demo_store.sessions, demo_store.paths, SPANISH, targets, PacketOptions(as_of=TODAY, language="en")
    )
    return demo_store, result, out


def labels_of(pages: list[str]) -> dict[str, list[int]]:
    """Which pages (0-based) each exhibit label is printed on."""
    found: dict[str, list[int]] = {}
    for index, text in enumerate(pages):
        for label in re.findall(r"Exhibit ([A-Z]+) · \d+/\d+", text):
            found.setdefault(label, []).append(index)
    return found


def test_a_pdf_with_fonts_not_embedded_is_reproduced_as_images_and_flagged(
    printed: tuple[Store, ExportResult, Path],
) -> None:
    _, result, out = printed
    assert len(result.flagged) == 1
    flagged = result.flagged[0]
    assert flagged == FlaggedExhibit(flagged.label, "helvetica.pdf", "fonts")
    assert "Save it again as PDF/A" in flagged.describe()
    pages = layout_pages(out)
    text = "".join(pages)
    assert "HELVETICA PAGE" not in text  # pixels now, not text
    assert "EMBEDDED PAGE 2 Ñandú" in text  # a PDF with its fonts embedded is drawn in as it is
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Helvetica" not in fonts
    on = labels_of(pages)[flagged.label]
    assert len(on) == 3
    assert "reproduced here as images" in pages[on[0]]
    reader = PdfReader(out)
    for index in on:
        images = [
            x for x in reader.pages[index]["/Resources"]["/XObject"].values() if x.get("/Subtype") == "/Image"
        ]
        assert images and images[0]["/Width"] >= 1600  # 200 dpi: prints as sharp as the original
    assert [f"Exhibit {flagged.label} · {n}/3" in pages[i] for n, i in enumerate(on, start=1)] == [True] * 3


def test_every_page_of_every_exhibit_carries_its_label_and_number(
    printed: tuple[Store, ExportResult, Path],
) -> None:
    _, result, out = printed
    pages = layout_pages(out)
    on = labels_of(pages)
    assert sorted(on) == sorted(label for label, _ in result.exhibits)
    for label, indexes in on.items():
        assert indexes == list(range(indexes[0], indexes[0] + len(indexes)))  # consecutive pages, none missed
        for n, index in enumerate(indexes, start=1):
            assert re.search(rf"Exhibit {label} · {n}/{len(indexes)}\s+CN-{index + 1:06d}", pages[index])
    last = max(i for indexes in on.values() for i in indexes)
    assert (
        "Integrity of the record" in pages[last + 1]
        and "Exhibit" not in pages[last + 1].split("Integrity")[0]
    )


def images_of(pdf: pikepdf.Pdf) -> list[pikepdf.Stream]:
    """Every image drawn on the pages, once each."""
    found: dict[tuple[int, int], pikepdf.Stream] = {}
    for page in pdf.pages:
        for image in page.get_images().values():
            found[image.objgen] = image
    return list(found.values())


def jpeg_of(image: pikepdf.Stream) -> bytes:
    """The JPEG file of an image as embedded (reportlab wraps it in ASCII85); b"" for any other image."""
    named = image.get("/Filter")
    filters = [str(named)] if isinstance(named, pikepdf.Name) else [str(name) for name in named or []]
    if filters[-1:] != ["/DCTDecode"]:
        return b""
    raw = image.read_raw_bytes()
    return base64.a85decode(raw.strip().removesuffix(b"~>")) if filters[0] == "/ASCII85Decode" else raw


def test_images_and_mail_are_pages_in_colours_pdfa_takes(
    printed: tuple[Store, ExportResult, Path], tmp_path: Path
) -> None:
    _, _, out = printed
    pages = layout_pages(out)
    with pikepdf.open(out) as pdf:
        images = images_of(pdf)
        assert {str(image.ColorSpace) for image in images} == {"/DeviceRGB", "/DeviceGray"}  # no CMYK
        plain = (tmp_path / "plain.jpg").read_bytes()
        as_is = [jpeg_of(image) for image in images]
        assert plain in as_is  # the plain JPEG, byte for byte
        assert sum("/SMask" in image for image in images) == 2  # the transparent PNG's and the GIF's alpha
    mail = next(text for text in pages if "Albarán firmado" in text)
    assert "Adjunto el albarán firmado." in mail and "ana@example.com" in mail
    assert "albaran-firmado.jpg" in mail  # the e-mail's own attachment, named
    sent = Wording("en", "es_ES", "Europe/Madrid").moment(datetime(2026, 11, 3, 9, 15, tzinfo=UTC))
    assert sent in mail and "Tue, 03 Nov" not in mail  # its Date header as the packet writes moments
    assert any("Entregado el 3 de noviembre." in text and "Firmado por Ana." in text for text in pages)


def test_the_packet_with_these_exhibits_is_pdfa_2b(
    printed: tuple[Store, ExportResult, Path], tmp_path: Path
) -> None:
    _, _, out = printed  # the filing copy, written as PDF/A-2b and validated as it was written
    assert pikepdf.pdfa.validate_written(out, "2b").passed


def test_rendering_a_long_pdf_as_images_reports_progress_and_can_be_cancelled(
    demo_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(helvetica_pdf(40))
    with transaction(demo_store.sessions) as session:
        add_attachment(session, demo_store.paths, SPANISH, path)
    seen: list[int] = []
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= 127:  # exhibit A (the example's note) ends at 125, a page of B (40 pages) is 0.6 more
            cancel.set()

    out = tmp_path / "packet.pdf"
    with pytest.raises(ExportCancelled):
        targets = PacketTargets(filing=out)
        export_packet(
            demo_store.sessions, demo_store.paths, SPANISH, targets, progress=progress, cancel=cancel
        )
    assert seen == sorted(seen) and 127 <= seen[-1] < 130 and not out.exists()  # stopped within a page
