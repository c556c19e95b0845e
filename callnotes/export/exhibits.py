"""Attached documents as exhibits, and the step after layout: merge them in.

Before layout, each included attachment is opened once (`prepare_exhibits`): a PDF's pages are
counted, an image's size read, an e-mail parsed to headers and plain text. The renderer gives each
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

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from reportlab.lib.utils import ImageReader

from callnotes.domain.record import GENESIS_HASH, WitnessHead, canonical_json
from callnotes.domain.witness import PDF_HEADS_KEY, heads_document
from callnotes.export.packet_data import ExhibitRef, Packet
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
    """An included exhibit, opened and ready to lay out; `problem` says why it cannot be shown."""

    ref: ExhibitRef
    shape: str  # pdf | image | mail | text | problem
    pages: int = 1
    problem: str | None = None  # missing | changed | unreadable | unsupported
    detail: str = ""
    mail: MailContent | None = None
    text: str = ""
    size: tuple[float, float] = (0.0, 0.0)  # an image's size in pixels, as it is meant to be seen
    orientation: int = 1  # an image's EXIF orientation: 1 is upright as stored
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


def _orientation(path: Path) -> int:
    """How an image is meant to be turned (EXIF orientation 1-8); 1 when it does not say."""
    from PIL import Image

    try:
        with Image.open(path) as image:
            value = image.getexif().get(ORIENTATION, 1)
    except Exception:  # no EXIF, or damaged EXIF: shown as stored
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def upright_image(exhibit: PreparedExhibit) -> ImageReader:
    """An image exhibit to draw: as stored (a JPEG passes through untouched), or turned the way its
    EXIF orientation says, as every photo viewer shows it (a phone's photo of a delivery note). A CMYK
    image (a print shop's scan) becomes RGB: the packet's PDF/A output intent is sRGB, and PDF/A
    refuses device CMYK beside it."""
    from PIL import Image, ImageOps

    with Image.open(exhibit.ref.path) as image:  # reads the header only, unless it must change
        if exhibit.orientation == 1 and image.mode != "CMYK":
            return ImageReader(str(exhibit.ref.path))
        turned = ImageOps.exif_transpose(image)
    return ImageReader(turned.convert("RGB") if turned.mode == "CMYK" else turned)


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


def _prepare(ref: ExhibitRef) -> PreparedExhibit:
    if ref.state != StoredState.OK:
        return PreparedExhibit(ref, "problem", problem=ref.state.value)
    try:
        if ref.media_type == "application/pdf":
            with quiet_pypdf():  # a damaged file is said on its exhibit page, not in pypdf's warnings
                reader = _pdf(ref.path)
            return PreparedExhibit(ref, "pdf", pages=len(reader.pages), reader=reader)
        if ref.media_type in IMAGE_TYPES:
            image = ImageReader(str(ref.path))
            image.getRGBData()  # type: ignore[no-untyped-call]  # decodes it: a damaged image fails here
            width, height = image.getSize()
            orientation = _orientation(ref.path)
            if orientation in TURNED_SIDEWAYS:
                width, height = height, width
            size = (float(width), float(height))
            return PreparedExhibit(ref, "image", size=size, orientation=orientation)
        if ref.media_type in MAIL_TYPES:
            return PreparedExhibit(ref, "mail", mail=_mail(ref.path.read_bytes()))
        if ref.media_type in TEXT_TYPES:
            return PreparedExhibit(ref, "text", text=ref.path.read_bytes().decode("utf-8", "replace"))
    except Exception as exc:  # any damaged or hostile file becomes a page that says so, never a crash
        return PreparedExhibit(ref, "problem", problem="unreadable", detail=str(exc) or type(exc).__name__)
    return PreparedExhibit(ref, "problem", problem="unsupported", detail=ref.media_type)


def prepare_exhibits(refs: tuple[ExhibitRef, ...]) -> tuple[PreparedExhibit, ...]:
    """Open the included exhibits, in label order."""
    return tuple(_prepare(ref) for ref in refs if ref.included)


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
