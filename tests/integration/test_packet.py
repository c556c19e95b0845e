"""Packets read back with pypdf and poppler: words, amounts and dates, numbering, integrity, fonts, hostile text."""

from __future__ import annotations

import gettext
import re
import struct
import subprocess
import sys
import threading
import zlib
from datetime import datetime, timedelta
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import select

from callnotes.domain.entries import AttachmentDetails
from callnotes.domain.money import locale_for
from callnotes.export import ExportCancelled, PacketTargets, export_packet, wording
from callnotes.export.fonts import FONT, register_fonts
from callnotes.export.packet_model import PacketOptions
from callnotes.export.render.theme import MARGIN_X
from callnotes.export.wording import Wording
from callnotes.resources import resource
from callnotes.services.attachments import add_attachment
from callnotes.services.debtors import DebtorInput, create_debtor
from callnotes.services.interactions import Ending, add_line, amend_entry, end_interaction, start_interaction
from callnotes.store.access import Store
from callnotes.store.account import read_account
from callnotes.store.engine import transaction
from callnotes.store.journal import verify_debtor
from callnotes.store.models import Interaction
from tests.conftest import NOW, TODAY

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="needs poppler-utils"
)

ROOT = Path(__file__).resolve().parents[2]
SPANISH, GREEK, AMERICAN = 1, 2, 3
HEX64 = re.compile(r"\b[0-9a-f]{64}\b")
HOSTILE = [
    "<b>bold?</b> <para>para</para> &amp; &lt; <font name=x>font</font> ]]> <![CDATA[x]]> & < > \"'",
    "emoji 😀👍🏽 then Hebrew שלום עולם and Arabic مرحبا بالعالم end",
    "long " + "W" * 5000 + " word",
]


def export(store: Store, debtor_id: int, out: Path, **options: object) -> Path:
    targets = PacketTargets(filing=out)
    export_packet(store.sessions, store.paths, debtor_id, targets, PacketOptions(as_of=TODAY, **options))  # type: ignore[arg-type]
    return out


def layout_pages(pdf: Path) -> list[str]:
    """The text of each page as poppler lays it out."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def squeezed(pdf: Path) -> str:
    """All the text in drawing order with every space and line break removed (wrapped text joins up)."""
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(pdf).pages))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def document_pdf(lines: list[str]) -> bytes:
    """A small PDF with one page per line, fonts embedded."""
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, initialFontName=FONT)
    for line in lines:
        canvas.setFont(FONT, 14)
        canvas.drawString(72, 700, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def png(width: int, height: int) -> bytes:
    """A plain red PNG, written by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xcc\x22\x22" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def with_exhibits(demo_store: Store, tmp_path: Path) -> Store:
    """The Spanish example debtor with a 3-page PDF, an image, an e-mail, and two files that cannot be shown."""
    return add_exhibits(demo_store, tmp_path)


def add_exhibits(demo_store: Store, tmp_path: Path) -> Store:
    """`demo_store` with the files of `with_exhibits` attached (written to `tmp_path` first)."""
    mail = EmailMessage()
    mail["From"] = "Ana Núñez <ana@example.com>"
    mail["To"] = "cobros@example.com"
    mail["Subject"] = "Propuesta de pago — factura F2026-0042"
    mail.set_content("Buenos días:\nPropongo pagar en dos plazos iguales.\nUn saludo, Ana")
    mail.add_alternative("<p>Buenos días:</p><p>Propongo pagar <b>en dos plazos</b>.</p>", subtype="html")
    files = {
        "albaran.pdf": document_pdf(["SOURCE PAGE 1 Ñandú", "SOURCE PAGE 2 Ñandú", "SOURCE PAGE 3 Ñandú"]),
        "foto-entrega.png": png(300, 200),
        "propuesta.eml": mail.as_bytes(),
        "presupuesto.docx": b"PK\x03\x04 not shown",
        "roto.pdf": b"%PDF-1.4 this is not a PDF at all",
    }
    with transaction(demo_store.sessions) as session:
        invoice = read_account(session, SPANISH).invoices[0]
        call = session.exec(select(Interaction).where(Interaction.debtor_id == SPANISH)).first()
        assert call is not None
        for name, content in files.items():
            path = tmp_path / name
            path.write_bytes(content)
            add_attachment(
                session,
                demo_store.paths,
                SPANISH,
                path,
                invoice_id=invoice.id if name == "albaran.pdf" else None,
                interaction_id=call.id if name == "propuesta.eml" else None,
            )
    return demo_store


@pytest.mark.parametrize(
    ("debtor_id", "language", "locale", "amount", "day"),
    [
        (SPANISH, "es", "es_ES", "4.204,61 €", "22/11/2026"),  # claimed: F2026-0071 is not yet due
        (GREEK, "el", "el_GR", "4.463,08 €", "22/11/2026"),  # with statutory interest, without ΤΠΥ-140
        (AMERICAN, "en", "en_US", "$4,238.12", "11/22/2026"),
        (GREEK, "en", "en_US", "€4,463.08", "11/22/2026"),
    ],
)
def test_entries_amounts_and_dates_are_in_the_packet_locale(
    demo_store: Store, tmp_path: Path, debtor_id: int, language: str, locale: str, amount: str, day: str
) -> None:
    pdf = export(demo_store, debtor_id, tmp_path / "p.pdf", language=language)
    cover = layout_pages(pdf)[0]
    assert amount in cover and day in cover  # pdftotext writes the no-break space as a space
    whole = squeezed(pdf)
    with demo_store.sessions() as session:
        account = read_account(session, debtor_id)
    wording = Wording(language, locale, account.debtor.time_zone)
    for entry in account.entries:
        assert squeeze(entry.text) in whole, entry.text
        assert squeeze(wording.moment(entry.occurred_at)) in whole  # when it happened, for every entry
        amount = getattr(entry.details, "amount_minor", None)
        if amount is not None:
            assert squeeze(wording.money(amount, account.debtor.currency)) in whole
    for invoice in account.invoices:
        assert squeeze(wording.day(invoice.issued_on)) in whole and invoice.number in whole


def test_the_record_shows_when_things_happened_and_when_they_were_recorded(
    demo_store: Store, tmp_path: Path
) -> None:
    """The example's letter was sent 30 days before it was logged: the packet says both."""
    pdf = export(demo_store, SPANISH, tmp_path / "p.pdf", language="en")
    with demo_store.sessions() as session:
        account = read_account(session, SPANISH)
    letter = next(i for i in account.interactions if i.kind == "letter")
    wording = Wording("en", locale_for("en", account.debtor.country), account.debtor.time_zone)
    whole = squeezed(pdf)
    happened, recorded = wording.moment(letter.started_at), wording.moment(NOW)
    header = f"{happened} · via {letter.address_used} · ref. {letter.reference} · recorded {recorded}"
    assert squeeze(header) in whole  # on the letter's own line, not somewhere else in the packet
    line = next(e for e in account.entries if e.kind == "invoice")  # entered now: one time, no "recorded"
    assert not line.recorded_later


def test_page_and_document_numbers_run_on_through_merged_exhibits(
    with_exhibits: Store, tmp_path: Path
) -> None:
    pdf = export(
        with_exhibits, SPANISH, tmp_path / "p.pdf", language="es", number_prefix="EXP", first_number=41
    )
    pages = layout_pages(pdf)
    total = len(pages)
    assert total == len(PdfReader(pdf).pages)
    for number, text in enumerate(pages, start=1):
        assert f"Página {number} de {total}" in text
        assert re.findall(r"\b[A-Z]{1,6}-?(\d{5,7})\b", text)[-1] == f"{40 + number:06d}"
    source = [
        next(i for i, text in enumerate(pages, start=1) if f"SOURCE PAGE {n} Ñandú" in text)
        for n in (1, 2, 3)
    ]
    assert source == [source[0], source[0] + 1, source[0] + 2]
    # exhibit A is the example's own delivery note; the fixture's files follow as B to F
    banded = ["albaran.pdf" in pages[n - 1] for n in source]
    assert banded == [True, False, False]  # the band with the file's name on its first page
    assert [f"Anexo B · {n}/3" in pages[page - 1] for n, page in enumerate(source, 1)] == [
        True
    ] * 3  # and every page
    index = pages[1]
    first, last = source[0], source[2]
    assert f"{first}–{last} · EXP-{40 + first:06d} – EXP-{40 + last:06d}" in index
    labelled = {label: next(i for i, t in enumerate(pages) if f"Anexo {label}" in t) for label in "CDEF"}
    image_page = PdfReader(pdf).pages[labelled["C"]]
    assert any(x["/Subtype"] == "/Image" for x in image_page["/Resources"]["/XObject"].values())
    assert "Propongo pagar en dos plazos iguales." in pages[labelled["D"]]
    assert (
        "Asunto" in pages[labelled["D"]] and "Propuesta de pago — factura F2026-0042" in pages[labelled["D"]]
    )
    assert squeeze("no se puede mostrar en un PDF") in squeeze(pages[labelled["E"]])
    assert squeeze("El archivo no se ha podido leer") in squeeze(pages[labelled["F"]])


def test_integrity_page_and_embedded_journal_reproduce_the_head(with_exhibits: Store, tmp_path: Path) -> None:
    pdf = tmp_path / "p.pdf"
    targets = PacketTargets(evidence=pdf)
    export_packet(with_exhibits.sessions, with_exhibits.paths, SPANISH, targets, PacketOptions(language="el"))
    with with_exhibits.sessions() as session:
        journal = read_account(session, SPANISH).entries
        head = verify_debtor(session, SPANISH).head
    shas = {e.details.sha256 for e in journal if isinstance(e.details, AttachmentDetails)}
    pages = layout_pages(pdf)
    start = next(i for i, text in enumerate(pages) if "Ακεραιότητα του αρχείου" in text and "Κορυφή" in text)
    found = set(HEX64.findall("".join(pages[start:])))
    assert found == {e.entry_hash for e in journal} | shas
    assert (
        head in pages[start] and f"callnotes verify --debtor {SPANISH} --expect-head {head}" in pages[start]
    )
    attachments = PdfReader(pdf).attachments
    assert attachments["verify_journal.py"][0] == (ROOT / "docs" / "verify_journal.py").read_bytes()
    embedded = tmp_path / "journal.jsonl"
    embedded.write_bytes(attachments["journal.jsonl"][0])
    checked = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "verify_journal.py"), str(embedded)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0 and checked.stdout.strip() == f"{len(journal)} entries, head {head}"


def test_every_font_is_embedded(with_exhibits: Store, tmp_path: Path) -> None:
    pdf = export(with_exhibits, SPANISH, tmp_path / "p.pdf", language="el")
    rows = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), rows


def test_hostile_notes_are_data_wrapped_inside_the_page(store: Store, tmp_path: Path) -> None:
    with transaction(store.sessions) as session:
        debtor = create_debtor(
            session,
            DebtorInput(
                "<b>Bold & Co</b> ]]> 😀",
                country="US",
                language="en",
                currency="USD",
                address="<para>x</para>",
            ),
        )
        call = start_interaction(session, debtor.id or 0, "call", started_at=NOW - timedelta(days=3))
        for n, text in enumerate(HOSTILE):
            add_line(session, call.id or 0, "note", text, typed_at=NOW - timedelta(days=3, seconds=-n))
        end_interaction(
            session,
            call.id or 0,
            Ending("reached", "<i>summary</i> & </para> 王小明"),
            ended_at=NOW - timedelta(days=2),
        )
        amend_entry(
            session, debtor.id or 0, 1, "<font color=red>fixed</font>", "reason <br/> &nbsp;", author="<a>"
        )
    # US Letter, as for a US court: the right-to-left runs then fall inside one line each
    pdf = export(store, debtor.id or 0, tmp_path / "p.pdf", destination="small-claims")
    whole = squeezed(pdf)
    for fragment in (
        *HOSTILE[0].split(),
        "<b>BoldCo</b>"[:3],
        "<i>summary</i>&</para>",
        "<fontcolor=red>fixed</font>",
    ):
        assert squeeze(fragment) in whole, fragment
    assert "reason<br/>&nbsp;" in whole and "[U+1F600][U+1F44D][U+1F3FD]" in whole
    assert "[U+738B][U+5C0F][U+660E]" in whole  # no glyph in the font: its code, and the copy is still PDF/A
    assert "".join(re.findall("W{20,}", whole)) == "W" * 5000  # wrapped over lines and pages, all there
    logical = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    logical = re.sub("[\u200e\u200f\u202a-\u202e]", "", logical)
    assert "שלום עולם" in logical and "مرحبا بالعالم" in logical
    width = float(PdfReader(pdf).pages[0].mediabox.width)
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    edges = [
        (float(a), float(b)) for a, b in re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', boxes)
    ]
    assert edges and all(left >= MARGIN_X - 1 and right <= width - MARGIN_X + 1 for left, right in edges)


@pytest.mark.parametrize(
    ("destination", "language", "title"),
    [
        ("monitorio", "es", "Proceso monitorio: documentos y negociación previa"),
        ("payment-order", "el", "Διαταγή πληρωμής: έγγραφα που αποδεικνύουν την απαίτηση"),
        ("small-claims", "en", "Small claims: exhibit binder order"),
    ],
)
def test_destinations_add_their_section(
    demo_store: Store, tmp_path: Path, destination: str, language: str, title: str
) -> None:
    pages = layout_pages(
        export(demo_store, SPANISH, tmp_path / "p.pdf", language=language, destination=destination)
    )
    assert title in pages[2] and title in pages[1]  # its page, and listed in the contents


@pytest.mark.parametrize("language", ["es", "el"])
def test_every_word_of_a_packet_comes_from_its_catalogue(
    with_exhibits: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """A message asked for but missing from the catalogue would be printed in English: none may be."""
    missed: set[tuple[str | None, str]] = set()

    class Missed(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            missed.add((None, message))
            return message

        def pgettext(self, context: str, message: str) -> str:
            missed.add((context, message))
            return message

    def recording(language: str) -> gettext.NullTranslations:
        with resource("locale", language, "LC_MESSAGES", "callnotes.mo").open("rb") as compiled:
            translations = gettext.GNUTranslations(compiled)
        translations.add_fallback(Missed())
        return translations

    monkeypatch.setattr(wording, "catalogue", recording)
    for debtor_id in (SPANISH, GREEK, AMERICAN):
        for destination in wording.DESTINATIONS:
            export(with_exhibits, debtor_id, tmp_path / "p.pdf", language=language, destination=destination)
    assert not missed


def test_progress_runs_to_the_end_and_cancel_leaves_no_file(demo_store: Store, tmp_path: Path) -> None:
    seen: list[int] = []
    out = tmp_path / "p.pdf"
    export_packet(
        demo_store.sessions,
        demo_store.paths,
        GREEK,
        PacketTargets(filing=out),
        progress=lambda done, total: seen.append(done),
    )
    assert seen == sorted(seen) and seen[-1] == 1000 and out.exists()
    cancel = threading.Event()
    cancel.set()
    targets = PacketTargets(tmp_path / "c.pdf", tmp_path / "e.pdf", tmp_path / "split")
    with pytest.raises(ExportCancelled):
        export_packet(demo_store.sessions, demo_store.paths, GREEK, targets, cancel=cancel)
    assert not [path for path in tmp_path.iterdir() if path.name != "data" and path != out]


def test_packet_command_writes_the_pdf_with_the_example_documents(store: Store, tmp_path: Path) -> None:
    from callnotes.example import load_example

    load_example(store, NOW)
    out = tmp_path / "greek.pdf"
    command = [
        "packet",
        "--debtor",
        str(GREEK),
        "--destination",
        "general",  # a court packet leaves this negotiation (the debtor's counter-offer by e-mail) out
        "--as-of",
        TODAY.isoformat(),
    ]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "callnotes",
            "--data-dir",
            str(store.paths.data_dir),
            *command,
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote ") and out.exists()
    text = "".join(layout_pages(out))
    assert "Σχετικό A" in text and "Πρόταση διακανονισμού" in text  # the example e-mail, as an exhibit


def test_a_damaged_exhibit_is_said_once_in_words_not_in_pypdfs(with_exhibits: Store, tmp_path: Path) -> None:
    from tests.integration.test_cli import callnotes

    with_exhibits.database.engine.dispose()
    out = tmp_path / "packet.pdf"
    done = callnotes(with_exhibits.paths.data_dir, "packet", "--debtor", str(SPANISH), "--out", str(out))
    assert done.returncode == 0 and out.exists(), done.stderr
    warned = done.stderr.splitlines()
    assert len(warned) == 2 and all(line.startswith("callnotes: warning: exhibit ") for line in warned), (
        warned
    )
    damaged = next(line for line in warned if "roto.pdf" in line)
    assert ", roto.pdf, is not reproduced in the packet. The file could not be read (" in damaged
    assert any("presupuesto.docx" in line and "cannot be shown in a PDF" in line for line in warned)


def test_packet_command_errors_are_plain_sentences(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from callnotes.cli import main

    data = ["--data-dir", str(demo_store.paths.data_dir), "packet"]
    assert main([*data, "--debtor", "99", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "callnotes: There is no debtor with id 99." in capsys.readouterr().err
    assert main([*data, "--debtor", "1", "--out", str(tmp_path / "no" / "such" / "x.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main([*data, "--debtor", "1", "--number-prefix", "C N", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "prefix" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*data, "--debtor", "1", "--destination", "court", "--out", str(tmp_path / "x.pdf")])
    assert "invalid choice" in capsys.readouterr().err


def test_the_pdf_is_dated_by_callnotes_clock_not_the_system(demo_store: Store, tmp_path: Path) -> None:
    pdf = export(demo_store, GREEK, tmp_path / "p.pdf")
    metadata = PdfReader(pdf).metadata
    assert metadata is not None
    assert metadata.creation_date == NOW and metadata.modification_date == NOW  # in Athens' time, +02:00
    with pikepdf.open(pdf) as opened:  # the XMP metadata too, though pikepdf would stamp the system's time
        xmp = opened.open_metadata()
        dates = [
            datetime.fromisoformat(xmp[key])
            for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate")
        ]
    assert dates == [NOW] * 3 and dates[0].utcoffset() == timedelta(hours=2)
