"""Attached documents as exhibits, and the step after layout: merge them in.

Before layout, each included attachment is opened once (`prepare_exhibits`): a PDF's pages are
counted and checked for what they would bring into a PDF/A packet (those that would break it are
reproduced as images instead, and flagged: see printable), an image's size read, an e-mail parsed to
headers and plain text. The renderer gives each
PDF page a page of its own, with the packet's header, footer and document number; `finish_packet`
then draws the original page, scaled, into the space left for it and records the journal's head in
the document information (`/CallnotesHeads`, for `callnotes verify --against`). The copies made of
the result (the filing and evidence copies, the split files) are written by export.filing.
"""

from __future__ import annotations

import email
import email.policy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PageObject, PdfReader, PdfWriter, Transformation

from callnotes.domain.record import GENESIS_HASH, WitnessHead, canonical_json
from callnotes.domain.witness import PDF_HEADS_KEY, heads_document
from callnotes.export.packet_model import ExhibitRef, Packet
from callnotes.export.printable import passes_through, pdfa_problem, rasterized
from callnotes.export.quiet_pdf import quiet_pypdf
from callnotes.services.attachments import StoredState

IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff")
MAIL_TYPES = ("message/rfc822",)
TEXT_TYPES = ("text/plain", "text/csv")
MAIL_HEADERS = ("from", "to", "cc", "date", "subject")
ORIENTATION = 0x0112  # the EXIF tag a phone or scanner sets instead of turning the pixels
TURNED_SIDEWAYS = (5, 6, 7, 8)


@dataclass(frozen=True)
class MailContent:
    """An e-mail as shown: a few headers, the text body and the names of its own attachments."""

    headers: tuple[tuple[str, str], ...]
    body: str
    attachments: tuple[str, ...]


@dataclass(frozen=True)
class PreparedExhibit:
    """An included exhibit, opened and ready to lay out; `problem` says why it cannot be shown, `flag`
    why a PDF's pages are reproduced as images (`reader` then holds those images, see printable)."""

    ref: ExhibitRef
    shape: str  # pdf | image | mail | text | problem
    pages: int = 1
    problem: str | None = None  # missing | changed | unreadable | unsupported
    detail: str = ""
    mail: MailContent | None = None
    text: str = ""
    size: tuple[float, float] = (0.0, 0.0)  # an image's size in pixels, as it is meant to be seen
    orientation: int = 1  # an image's EXIF orientation: 1 is upright as stored
    as_stored: bool = True  # an image's file goes into the PDF as it is (a plain JPEG), else converted
    flag: str | None = None  # fonts | colour | damaged | other (printable.FLAG_CODES)
    reader: PdfReader | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class PageSlot:
    """Where one page of a PDF exhibit goes: a page of the packet and a box on it (points)."""

    page_index: int
    exhibit: PreparedExhibit
    source_page: int
    box: tuple[float, float, float, float]  # x, y, width, height


EXHIBITS_KEY = "exhibits"
"""The key of the "Exhibits" bookmark, which every exhibit's bookmark goes under."""


@dataclass(frozen=True)
class Mark:
    """A bookmark of the packet: a section's or an exhibit's title, the key its first page is noted
    under, its level in the outline (exhibits are 1, under "Exhibits") and that page (from 1)."""

    title: str
    key: str
    level: int
    page: int


@dataclass(frozen=True)
class Rendered:
    """The laid-out packet, the exhibit pages still to be merged into it, and its bookmarks."""

    pdf: bytes
    slots: tuple[PageSlot, ...]
    marks: tuple[Mark, ...] = ()


class _TextOfHtml(HTMLParser):
    """The readable text of an HTML e-mail body: tags dropped, block ends turned into line breaks."""

    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).splitlines())
        return "\n".join(line for line in lines if line)


def _mail(data: bytes) -> MailContent:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    headers = tuple((name, str(message[name])) for name in MAIL_HEADERS if message[name] is not None)
    part = message.get_body(preferencelist=("plain", "html"))
    body = ""
    if isinstance(part, EmailMessage):
        body = part.get_content()
        if part.get_content_subtype() == "html":
            parser = _TextOfHtml()
            parser.feed(body)
            body = parser.text()
    names = tuple(a.get_filename() or a.get_content_type() for a in message.iter_attachments())
    return MailContent(headers, body.strip(), names)


def _orientation(image: Any) -> int:
    """How an (opened) image is meant to be turned (EXIF orientation 1-8); 1 when it does not say."""
    try:
        value = image.getexif().get(ORIENTATION, 1)
    except Exception:  # damaged EXIF: shown as stored
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _image(ref: ExhibitRef) -> PreparedExhibit:
    from PIL import Image

    with Image.open(ref.path) as image:
        image.load()  # decodes it: a damaged image fails here
        orientation = _orientation(image)
        as_stored = orientation == 1 and passes_through(image)
        width, height = image.size
    if orientation in TURNED_SIDEWAYS:
        width, height = height, width
    size = (float(width), float(height))
    return PreparedExhibit(ref, "image", size=size, orientation=orientation, as_stored=as_stored)


def _pdf(path: Path) -> PdfReader:
    reader = PdfReader(path)
    if reader.is_encrypted and not reader.decrypt(""):
        raise ValueError("it is protected by a password")
    for page in reader.pages:  # parse every page now, so a broken one is found before layout
        page.get_contents()
        _ = page.mediabox
    if not reader.pages:
        raise ValueError("it has no pages")
    return reader


def _prepare_pdf(ref: ExhibitRef, on_page: Callable[[int, int], None]) -> PreparedExhibit:
    """A PDF exhibit whose pages can be drawn into a PDF/A packet: as they are, or as images of them."""
    flag: str | None
    try:
        with quiet_pypdf():  # a damaged file is said on its exhibit page, not in pypdf's warnings
            reader = _pdf(ref.path)
    except Exception as exc:  # pdfium may still draw what pypdf cannot read
        flag, why = "damaged", str(exc) or type(exc).__name__
    else:
        flag, why = pdfa_problem(reader), ""
        if flag is None:
            return PreparedExhibit(ref, "pdf", pages=len(reader.pages), reader=reader)
    try:
        reader = rasterized(ref.path, on_page)
        if not reader.pages:
            raise ValueError("it has no pages")
    except Exception as exc:
        return PreparedExhibit(
            ref, "problem", problem="unreadable", detail=why or str(exc) or type(exc).__name__
        )
    return PreparedExhibit(ref, "pdf", pages=len(reader.pages), flag=flag, reader=reader)


def _prepare(ref: ExhibitRef, on_page: Callable[[int, int], None]) -> PreparedExhibit:
    if ref.state != StoredState.OK:
        return PreparedExhibit(ref, "problem", problem=ref.state.value)
    try:
        if ref.media_type == "application/pdf":
            return _prepare_pdf(ref, on_page)
        if ref.media_type in IMAGE_TYPES:
            return _image(ref)
        if ref.media_type in MAIL_TYPES:
            return PreparedExhibit(ref, "mail", mail=_mail(ref.path.read_bytes()))
        if ref.media_type in TEXT_TYPES:
            return PreparedExhibit(ref, "text", text=ref.path.read_bytes().decode("utf-8", "replace"))
    except Exception as exc:  # any damaged or hostile file becomes a page that says so, never a crash
        return PreparedExhibit(ref, "problem", problem="unreadable", detail=str(exc) or type(exc).__name__)
    return PreparedExhibit(ref, "problem", problem="unsupported", detail=ref.media_type)


def prepare_exhibits(
    refs: tuple[ExhibitRef, ...], progress: Callable[[int, int], None] | None = None
) -> tuple[PreparedExhibit, ...]:
    """Open the included exhibits, in label order; `progress(done, total)` after each exhibit and each
    page rendered as an image (a long scan takes seconds: the export can be cancelled meanwhile)."""
    included = [ref for ref in refs if ref.included]
    prepared: list[PreparedExhibit] = []

    def rendered(page: int, pages: int) -> None:  # a page of the exhibit being prepared, as an image
        if progress is not None:
            progress(len(prepared) * pages + page, len(included) * pages)

    for ref in included:
        prepared.append(_prepare(ref, rendered))
        if progress is not None:
            progress(len(prepared), len(included))
    return tuple(prepared)


def _place(target: PageObject, source: PageObject, box: tuple[float, float, float, float]) -> None:
    """Draw `source` as it is displayed (its /Rotate applied) into `box` of `target`: scaled down to
    fit (never up), centred, at the top."""
    crop = source.cropbox
    width, height = float(crop.width), float(crop.height)
    upright = Transformation().translate(-float(crop.left), -float(crop.bottom))
    rotation = source.rotation % 360
    if rotation == 90:
        upright, (width, height) = upright.rotate(-90).translate(0, width), (height, width)
    elif rotation == 180:
        upright = upright.rotate(180).translate(width, height)
    elif rotation == 270:
        upright, (width, height) = upright.rotate(90).translate(height, 0), (height, width)
    x, y, box_width, box_height = box
    scale = min(1.0, box_width / width, box_height / height)
    placed = upright.scale(scale, scale).translate(
        x + (box_width - width * scale) / 2, y + box_height - height * scale
    )
    target.merge_transformed_page(source, placed, over=False)


def packet_heads(packet: Packet) -> list[WitnessHead]:
    """The head of the journal a packet carries: its count of entries and the last entry's hash."""
    if not packet.journal:
        return [WitnessHead(packet.debtor_id, 0, GENESIS_HASH)]
    last = json.loads(packet.journal[-1])
    return [WitnessHead(packet.debtor_id, len(packet.journal), str(last["entry_hash"]))]


def finish_packet(packet: Packet, rendered: Rendered, progress: Callable[[int, int], None]) -> bytes:
    """Merge the exhibit pages into the laid-out packet; returns the whole packet, nothing attached."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(rendered.pdf)))
    with quiet_pypdf():  # an exhibit pypdf repaired as it read it may complain again as it is drawn
        for done, slot in enumerate(rendered.slots):
            progress(done, len(rendered.slots))
            assert slot.exhibit.reader is not None
            _place(writer.pages[slot.page_index], slot.exhibit.reader.pages[slot.source_page], slot.box)
    # the heads it carries, machine-readable in the document information (which every copy keeps, the
    # filing copy too, though it leaves the journal out), so `callnotes verify --against` can witness
    # the journal later
    writer.add_metadata({PDF_HEADS_KEY: canonical_json(heads_document(packet_heads(packet)))})
    progress(1, 1)
    merged = BytesIO()
    writer.write(merged)
    return merged.getvalue()
