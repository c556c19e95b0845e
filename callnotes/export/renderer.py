"""Lay a packet out with reportlab's platypus, in the manner of pretix's renderers.

`PacketRenderer` has overridable steps: fonts, styles, the story (one method per section, and one
short section per destination), and the page decoration drawn by `onPage`. Every page carries the
header (debtor, packet id) and the footer ("page X of Y" and a document number such as CN-000001).
Numbers that are only known at the end — the page count, where each section and exhibit starts —
are drawn as PDF forms that are filled in when the canvas is saved, so the packet is laid out once.
PDF exhibits get placeholder pages here, numbered like every other page; exhibits.finish_packet
draws the original pages into them.

User text is data: tables of it are drawn by `Row`, which wraps plain text itself (breaking words
that are too long, dropping control characters, turning right-to-left runs for display) and never
hands it to a markup parser. Paragraphs carry only the packet's own words, escaped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer
from reportlab.platypus.flowables import SetTopFlowables

from callnotes import __version__
from callnotes.domain.record import utc_iso
from callnotes.export.exhibits import PageSlot, PreparedExhibit, Rendered
from callnotes.export.packet_data import (
    ContactBlock,
    ExhibitRef,
    InvoiceRow,
    Packet,
    Party,
    RecordEntry,
)
from callnotes.export.texts import Wording
from callnotes.resources import resource

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#5f5f5f")
RULE = colors.HexColor("#c8c8c8")
HEAD_SHADE = colors.HexColor("#e9edf2")
BLOCK_SHADE = colors.HexColor("#f3f5f7")
AMEND_SHADE = colors.HexColor("#fff6e0")
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 42.0, 50.0, 46.0

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_RUN = re.compile(f"[{_RTL}]+(?:[ \u00a0]+[{_RTL}]+)*")


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu Sans (reportlab's own fonts draw Greek accents as boxes)."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def plain(text: str) -> str:
    """User text ready to draw: line breaks made uniform, control characters dropped, and characters
    beyond the Basic Multilingual Plane (emoji, which reportlab cannot map back to text) shown as U+code."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub("", text.replace("\t", "    "))
    return text if text.isascii() else _ASTRAL.sub(lambda m: f"[U+{ord(m.group()):X}]", text)


def visual(line: str) -> str:
    """A wrapped line in drawing order: runs of Hebrew or Arabic reversed, so they read right to left."""
    return line if line.isascii() else _RTL_RUN.sub(lambda m: m.group()[::-1], line)


class Measure:
    """Widths of text in one font and size (cached per word), and wrapping of plain text to a width."""

    def __init__(self, font: str, size: float) -> None:
        self.font, self.size = font, size
        self._face = pdfmetrics.getFont(font)
        self._widths: dict[str, float] = {}
        self.space = self.width(" ")

    def width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self._face.stringWidth(text, self.size)
        return width

    def _pieces(self, word: str, width: float) -> list[str]:
        """A word too long for the width, cut into pieces that fit."""
        pieces, piece, used = [], "", 0.0
        for char in word:
            char_width = self.width(char)
            if piece and used + char_width > width:
                pieces.append(piece)
                piece, used = "", 0.0
            piece += char
            used += char_width
        pieces.append(piece)
        return pieces

    def wrap(self, text: str, width: float) -> list[str]:
        """The lines of plain `text` within `width` points, in drawing order."""
        lines = []
        for paragraph in plain(text).split("\n"):
            line, used = "", 0.0
            for word in paragraph.split(" "):
                word_width = self.width(word)
                if word_width > width:
                    pieces = self._pieces(word, width)
                    if line:
                        lines.append(line)
                    lines.extend(pieces[:-1])
                    line, used = pieces[-1], self.width(pieces[-1])
                elif not line:
                    line, used = word, word_width
                elif used + self.space + word_width <= width:
                    line, used = f"{line} {word}", used + self.space + word_width
                else:
                    lines.append(line)
                    line, used = word, word_width
            lines.append(line)
        return [visual(line) for line in lines]

    def fit(self, text: str, width: float) -> str:
        """One line of `text`, cut with an ellipsis if it is wider than `width`."""
        line = plain(text).replace("\n", " ")
        if self.width(line) <= width:
            return visual(line)
        return visual(self._pieces(line, width - self.width("…"))[0] + "…")


@dataclass(frozen=True)
class Deferred:
    """A cell whose text is only known when the whole packet has been laid out."""

    name: str


Cell = str | Deferred


@dataclass(frozen=True)
class Look:
    """How a row is drawn."""

    font: str = FONT
    size: float = 7.6
    leading: float = 9.6
    pad: float = 2.4
    shade: colors.Color | None = None
    rule: colors.Color | None = RULE
    aligns: str = ""  # one letter per cell, L or R; left when missing


class PacketCanvas(Canvas):
    """A canvas that draws deferred texts as forms and defines those forms when it is saved."""

    def __init__(self, *args: Any, resolve: Callable[[str], str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._resolve = resolve
        self._deferred: dict[str, tuple[str, float, str]] = {}

    @staticmethod
    def _form(name: str) -> str:
        return "D" + re.sub(r"\W", "_", name)

    def defer(self, name: str, x: float, y: float, font: str, size: float, align: str = "L") -> None:
        """Draw the text that `name` will resolve to, with its baseline starting (or ending) at x, y."""
        self._deferred.setdefault(name, (font, size, align))
        self.saveState()
        self.translate(x, y)
        self.doForm(self._form(name))
        self.restoreState()

    def save(self) -> None:
        for name, (font, size, align) in self._deferred.items():
            text = self._resolve(name)
            width = pdfmetrics.stringWidth(text, font, size)
            left = -width if align == "R" else 0.0
            self.beginForm(
                self._form(name), lowerx=left - 1, lowery=-size, upperx=left + width + 1, uppery=size * 1.5
            )
            self.setFont(font, size)
            self.drawString(left, 0, text)
            self.endForm()
        super().save()


class Row(Flowable):
    """One row of plain-text cells, wrapped to its column widths; splits between lines across pages."""

    def __init__(
        self,
        cells: Sequence[Cell],
        widths: Sequence[float],
        look: Look,
        measure: Measure,
        lines: list[list[str]] | None = None,
    ) -> None:
        super().__init__()
        self.cells, self.widths, self.look, self.measure = cells, widths, look, measure
        self._lines = lines

    @property
    def lines(self) -> list[list[str]]:
        if self._lines is None:
            inner = 2 * self.look.pad
            self._lines = [
                [""] if isinstance(cell, Deferred) else self.measure.wrap(cell, width - inner)
                for cell, width in zip(self.cells, self.widths, strict=True)
            ]
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = 2 * self.look.pad + max(len(cell) for cell in self.lines) * self.look.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fit = int((availHeight - 2 * self.look.pad) // self.look.leading)
        if fit < 1 or max(len(cell) for cell in self.lines) <= fit:
            return []
        head = [cell[:fit] for cell in self.lines]
        rest = [cell[fit:] or [""] for cell in self.lines]
        return [
            Row(self.cells, self.widths, self.look, self.measure, head),
            Row(self.cells, self.widths, self.look, self.measure, rest),
        ]

    def draw(self) -> None:
        canvas, look = self.canv, self.look
        if look.shade is not None:
            canvas.setFillColor(look.shade)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if look.rule is not None:
            canvas.setStrokeColor(look.rule)
            canvas.setLineWidth(0.4)
            canvas.line(0, 0, self.width, 0)
        canvas.setFillColor(INK)
        top = self.height - look.pad - look.size * 0.95
        text = canvas.beginText()  # one text object for the whole row
        text.setFont(look.font, look.size, look.leading)
        x = 0.0
        for index, (cell, lines, width) in enumerate(zip(self.cells, self.lines, self.widths, strict=True)):
            right = look.aligns[index : index + 1] == "R"
            if isinstance(cell, Deferred):
                assert isinstance(canvas, PacketCanvas)
                anchor = x + width - look.pad if right else x + look.pad
                canvas.defer(cell.name, anchor, top, look.font, look.size, "R" if right else "L")
            elif right:
                for n, line in enumerate(lines):
                    text.setTextOrigin(
                        x + width - look.pad - self.measure.width(line), top - n * look.leading
                    )
                    text.textOut(line)
            elif any(lines):
                text.setTextOrigin(x + look.pad, top)
                for line in lines:
                    text.textLine(line)
            x += width
        canvas.drawText(text)


class Heading(Paragraph):
    """A section title that notes the page it lands on (for the contents) and adds a bookmark."""

    def __init__(
        self, text: str, style: ParagraphStyle, key: str, on_page: Callable[[str, int], None]
    ) -> None:
        super().__init__(escape(text), style)
        self.key, self.title, self._on_page = key, text, on_page

    def draw(self) -> None:
        self._on_page(self.key, self.canv.getPageNumber())
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)
        super().draw()


class ExhibitBand(Flowable):
    """The label across the top of an exhibit's first page: "Exhibit A", the file and what it relates to."""

    HEIGHT = 34.0

    def __init__(self, label: str, caption: str, key: str, on_page: Callable[[str, int], None]) -> None:
        super().__init__()
        self.label, self.caption, self.key, self._on_page = label, caption, key, on_page

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.HEIGHT
        return availWidth, self.HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        self._on_page(self.key, canvas.getPageNumber())
        canvas.bookmarkPage(self.key)
        canvas.addOutlineEntry(self.label, self.key, level=1)
        canvas.setFillColor(HEAD_SHADE)
        canvas.rect(0, 4, self.width, self.HEIGHT - 4, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 14)
        canvas.drawString(8, 15, self.label)
        label_width = pdfmetrics.stringWidth(self.label, BOLD, 14)
        measure = Measure(FONT, 8)
        canvas.setFont(FONT, 8)
        canvas.drawString(label_width + 20, 15, measure.fit(self.caption, self.width - label_width - 28))


class ExhibitPage(Flowable):
    """A page kept for one page of a PDF exhibit; it notes where the original page is to be drawn."""

    def __init__(self, exhibit: PreparedExhibit, source_page: int, slots: list[PageSlot]) -> None:
        super().__init__()
        self.exhibit, self.source_page, self._slots = exhibit, source_page, slots

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight - 1
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        box = (x, y, self.width, self.height - 4)
        self._slots.append(PageSlot(self.canv.getPageNumber() - 1, self.exhibit, self.source_page, box))


class ImageBox(Flowable):
    """An image exhibit, scaled down to the space left on the page (never up), centred."""

    def __init__(self, exhibit: PreparedExhibit) -> None:
        super().__init__()
        self.exhibit = exhibit

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        image_width, image_height = self.exhibit.size
        scale = min(1.0, availWidth / image_width, (availHeight - 8) / image_height)
        self.image_size = (image_width * scale, image_height * scale)
        self.width, self.height = availWidth, self.image_size[1] + 4
        return self.width, self.height

    def draw(self) -> None:
        width, height = self.image_size
        image = ImageReader(str(self.exhibit.ref.path))
        self.canv.drawImage(image, (self.width - width) / 2, 0, width, height, mask="auto")


def widths(total: float, weights: Sequence[float]) -> list[float]:
    """Column widths in proportion to `weights`, adding up to `total`."""
    scale = total / sum(weights)
    return [weight * scale for weight in weights]


class PacketRenderer:
    """Turns a Packet (and its prepared exhibits) into PDF bytes and the exhibit pages to merge."""

    def __init__(
        self,
        packet: Packet,
        exhibits: Sequence[PreparedExhibit],
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        register_fonts()
        self.packet = packet
        self.exhibits = list(exhibits)
        self.w = Wording(packet.language, packet.locale, packet.time_zone)
        self.pagesize = LETTER if packet.locale.endswith("_US") else A4
        self.content_width = self.pagesize[0] - 2 * MARGIN_X
        self.progress = progress
        self.styles = self.stylesheet()
        self.anchors: dict[str, int] = {}
        self.slots: list[PageSlot] = []
        self.pages = 0
        self._measures: dict[tuple[str, float], Measure] = {}
        self._flowables_done = 0
        self._flowables_total = 1
        self.exhibit_labels = {ref.sha256: ref.label for ref in packet.exhibits}

    # --- steps ------------------------------------------------------------------------------------
    def stylesheet(self) -> dict[str, ParagraphStyle]:
        """The paragraph styles for the packet's own words."""
        body = ParagraphStyle("body", fontName=FONT, fontSize=8.8, leading=12, textColor=INK, spaceAfter=5)
        return {
            "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=21, leading=26, spaceAfter=6),
            "subtitle": ParagraphStyle(
                "subtitle", body, fontSize=12.5, leading=16, textColor=GREY, spaceAfter=18
            ),
            "h1": ParagraphStyle(
                "h1", body, fontName=BOLD, fontSize=14, leading=18, spaceAfter=8, keepWithNext=1
            ),
            "h2": ParagraphStyle(
                "h2",
                body,
                fontName=BOLD,
                fontSize=10,
                leading=13,
                spaceBefore=10,
                spaceAfter=4,
                keepWithNext=1,
            ),
            "body": body,
            "small": ParagraphStyle("small", body, fontSize=7.2, leading=9.5, textColor=GREY),
        }

    def story(self) -> list[Flowable]:
        """The whole packet, section by section."""
        sections: list[Iterable[Flowable]] = [
            self.cover(),
            self.index(),
            self.destination_section(),
            self.statement_section(),
            self.agreement_section(),
            self.record_section(),
            self.promises_section(),
        ]
        story: list[Flowable] = []
        for section in sections:
            story.extend(section)
            story.append(PageBreak())
        story.extend(self.exhibit_pages())
        story.extend(self.integrity_section())
        return story

    def decorate(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        """Header and footer of every page (onPage)."""
        page = canvas.getPageNumber()
        self.pages = page
        width, height = self.pagesize
        right = width - MARGIN_X
        small = self.measure(FONT, 7.2)
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setFont(FONT, 7.2)
        top = height - 30
        packet_label = self.w("header_packet", packet_id=self.packet.packet_id)
        canvas.drawRightString(right, top, packet_label)
        room = self.content_width - small.width(packet_label) - 16
        canvas.drawString(MARGIN_X, top, small.fit(self.packet.debtor.name, room))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 5, right, top - 5)
        canvas.line(MARGIN_X, 36, right, 36)
        before = self.w("page_of").split("{pages}")[0].format(page=page)
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN_X, 24, before)
        assert isinstance(canvas, PacketCanvas)
        canvas.defer("total", MARGIN_X + pdfmetrics.stringWidth(before, FONT, 8), 24, FONT, 8)
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(INK)
        canvas.drawRightString(right, 24, self.number(page))
        canvas.restoreState()

    def render(self) -> Rendered:
        """Lay the packet out once; deferred numbers are filled in when the canvas is saved."""
        buffer = BytesIO()
        doc = _PacketDoc(
            buffer,
            self,
            pagesize=self.pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{self.w('title')} — {plain(self.packet.debtor.name)}",
            author=plain(self.packet.creditor.name) if self.packet.creditor else "",
            subject=self.w(f"subtitle.{self.packet.options.destination}"),
            creator=f"callnotes {__version__}",
            lang=self.packet.language,
            initialFontName=FONT,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self.decorate)])
        story = self.story()
        self._flowables_total = len(story)
        doc.build(story, canvasmaker=partial(PacketCanvas, resolve=self.resolve))
        return Rendered(buffer.getvalue(), tuple(self.slots))

    # --- helpers ----------------------------------------------------------------------------------
    def measure(self, font: str, size: float) -> Measure:
        key = (font, size)
        if key not in self._measures:
            self._measures[key] = Measure(font, size)
        return self._measures[key]

    def row(self, cells: Sequence[Cell], column_widths: Sequence[float], look: Look = Look()) -> Row:
        return Row(cells, column_widths, look, self.measure(look.font, look.size))

    def line(self, text: str, look: Look = Look()) -> Row:
        """Plain text across the whole width, wrapped."""
        return self.row([text], [self.content_width], look)

    def header_row(self, cells: Sequence[str], column_widths: Sequence[float], aligns: str = "") -> Row:
        return self.row(cells, column_widths, Look(font=BOLD, shade=HEAD_SHADE, aligns=aligns))

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.styles[style])

    def heading(self, text: str, key: str) -> Heading:
        return Heading(text, self.styles["h1"], key, self.anchors.__setitem__)

    def pairs(self, items: Iterable[tuple[str, str]]) -> list[Flowable]:
        """Label–value rows."""
        column_widths = widths(self.content_width, (1, 2.2))
        return [self.row([label, value], column_widths) for label, value in items]

    def number(self, page: int) -> str:
        """The document number printed on a page (CN-000001)."""
        options = self.packet.options
        return f"{options.number_prefix}-{options.first_number + page - 1:06d}"

    def money(self, minor: int) -> str:
        return self.w.money(minor, self.packet.currency)

    def day(self, day: date | None) -> str:
        return self.w.day(day) if day else "—"

    def flowable_done(self) -> None:
        """Called after each flowable is placed: progress, and the chance to cancel."""
        self._flowables_done += 1
        if self.progress is not None and self._flowables_done % 40 == 0:
            self.progress(self._flowables_done, self._flowables_total)

    def resolve(self, name: str) -> str:
        """The text of a deferred cell, once every page is laid out."""
        if name == "total":
            return str(self.pages)
        kind, _, key = name.partition(":")
        first = self.anchors.get(key)
        if first is None:
            return "—"
        if kind == "section":
            return f"{first} · {self.number(first)}"
        ends = sorted(
            page for anchor, page in self.anchors.items() if anchor.startswith("exhibit-") and page > first
        )
        last = (ends[0] if ends else self.anchors.get("integrity", self.pages + 1)) - 1
        if last <= first:
            return f"{first} · {self.number(first)}"
        return f"{first}–{last} · {self.number(first)} – {self.number(last)}"

    def promise_tally(self) -> str:
        states = [p.state for p in self.packet.promises]
        counts = {state: states.count(state) for state in ("kept", "broken", "pending")}
        return self.w("promise_tally", **counts)

    def section_ref(self, key: str) -> str:
        return self.w("section_ref", section=self.w(f"section.{key}"))

    def exhibit_refs(self, labels: Iterable[str]) -> str:
        """ "exhibit A" or "exhibits A, C"; empty when there are none."""
        listed = list(labels)
        if not listed:
            return ""
        return self.w("exhibit_ref" if len(listed) == 1 else "exhibits_ref", labels=", ".join(listed))

    def relates_to(self, ref: ExhibitRef) -> str:
        if ref.invoice_number:
            return f"{self.w('col.invoice')} {ref.invoice_number}"
        if ref.interaction:
            kind, started_at = ref.interaction
            return f"{self.w.label('contact', kind)} · {self.w.day(self.w.local_day(started_at))}"
        return "—"

    def period_text(self) -> str:
        options = self.packet.options
        start, end = options.period_from, options.period_to
        if start and end:
            return self.w("period", start=self.w.day(start), end=self.w.day(end))
        if start:
            return self.w("period_from", start=self.w.day(start))
        if end:
            return self.w("period_to", end=self.w.day(end))
        return self.w("whole_record")

    # --- sections ---------------------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        packet, w = self.packet, self.w
        statement = packet.statement
        half = widths(self.content_width, (1, 1))
        no_rule = Look(rule=None, size=8.6, leading=11.5)

        def party(who: Party | None) -> str:
            if who is None:
                return w("no_creditor")
            lines = [f"{w('tax_id')}: {who.tax_id}" if who.tax_id else "", who.address]
            lines += [f"{w('contact')}: {who.contact}" if who.contact else ""]
            lines += [
                f"{w('phone')}: {who.phone}" if who.phone else "",
                f"{w('email')}: {who.email}" if who.email else "",
            ]
            return "\n".join(line for line in lines if line)

        names = [packet.creditor.name if packet.creditor else "—", packet.debtor.name]
        claim_parts = w(
            "claim_parts",
            principal=self.money(statement.open_minor),
            interest=self.money(statement.interest_minor),
            fees=self.money(statement.fees_minor),
            credit=self.money(statement.credit_minor),
        )
        destination = packet.options.destination
        return [
            Spacer(1, 30),
            self.para(w("title"), "title"),
            self.para(w(f"subtitle.{destination}"), "subtitle"),
            self.row(
                [w("creditor"), w("debtor")], half, Look(font=BOLD, size=8, shade=HEAD_SHADE, rule=None)
            ),
            self.row(names, half, Look(font=BOLD, size=10.5, leading=13.5, rule=None, pad=4)),
            self.row([party(packet.creditor), party(packet.debtor)], half, no_rule),
            Spacer(1, 22),
            self.line(
                w("amount_claimed", date=w.day(statement.as_of)),
                Look(size=9.5, leading=12, shade=BLOCK_SHADE, rule=None, pad=6),
            ),
            self.line(
                self.money(statement.balance_minor),
                Look(font=BOLD, size=22, leading=27, shade=BLOCK_SHADE, rule=None, pad=6),
            ),
            self.line(claim_parts, Look(size=8, leading=10.5, shade=BLOCK_SHADE, rule=None, pad=6)),
            Spacer(1, 22),
            *self.pairs(
                [
                    (w("packet_id"), packet.packet_id),
                    (w("generated"), f"{w.moment(packet.generated_at)} ({packet.time_zone})"),
                    (w("packet_language"), w(f"language.{packet.language}")),
                    (w("record_period"), self.period_text()),
                    (w("chain_head"), packet.integrity.head),
                ]
            ),
            Spacer(1, 18),
            self.para(w("times_in", zone=packet.time_zone), "small"),
            self.para(w("disclaimer"), "small"),
        ]

    def index(self) -> list[Flowable]:
        w = self.w
        flow: list[Flowable] = [self.heading(w("contents"), "contents")]
        column_widths = widths(self.content_width, (3, 1.6))
        flow.append(self.header_row([w("col.section"), w("col.starts")], column_widths, "LR"))
        sections = [
            f"destination.{self.packet.options.destination}",
            "statement",
            "agreement",
            "record",
            "promises",
        ]
        if self.exhibits:
            sections.append("exhibits")
        for key in [*sections, "integrity"]:
            flow.append(
                self.row([w(f"section.{key}"), Deferred(f"section:{key}")], column_widths, Look(aligns="LR"))
            )
        flow += [Spacer(1, 16), self.para(w("exhibit_index"), "h2")]
        refs = self.packet.exhibits
        if not refs:
            return [*flow, self.para(w("no_exhibits"))]
        if not refs[0].included:
            flow.append(self.para(w("exhibits_left_out")))
        column_widths = widths(self.content_width, (0.7, 3, 1.8, 2.2))
        flow.append(
            self.header_row(
                [w("col.exhibit"), w("col.document"), w("col.relates"), w("col.numbers")],
                column_widths,
                "LLLR",
            )
        )
        for ref in refs:
            where: Cell = Deferred(f"exhibit:exhibit-{ref.label}") if ref.included else w("not_included")
            flow.append(
                self.row(
                    [ref.label, ref.original_name, self.relates_to(ref), where],
                    column_widths,
                    Look(aligns="LLLR"),
                )
            )
        return flow

    def destination_section(self) -> list[Flowable]:
        """The short section for where the packet goes; the rest of the packet is the same for all."""
        destination = self.packet.options.destination
        build = {
            "general": self._general,
            "monitorio": self._monitorio,
            "payment-order": self._payment_order,
            "small-claims": self._small_claims,
        }[destination]
        key = f"destination.{destination}"
        return [self.heading(self.w(f"section.{key}"), key), *build()]

    def contacts(self) -> list[ContactBlock]:
        return [item for item in self.packet.record if isinstance(item, ContactBlock)]

    def _contact_title(self, block: ContactBlock) -> str:
        return f"{self.w.label('contact', block.kind)} {self.w.label('direction', block.direction)}"

    def _general(self) -> list[Flowable]:
        w, packet = self.w, self.packet
        contacts = self.contacts()
        counts = {kind: sum(1 for c in contacts if c.kind == kind) for kind in ("call", "letter", "email")}
        tally = w(
            "contacts_tally",
            calls=counts["call"],
            letters=counts["letter"],
            emails=counts["email"],
            others=len(contacts) - sum(counts.values()),
        )
        overdue = [i for i in packet.statement.invoices if i.open_minor > 0 and i.days_overdue > 0]
        oldest = max(overdue, key=lambda i: i.days_overdue, default=None)
        last = contacts[-1] if contacts else None
        flow: list[Flowable] = [
            self.para(w("general_intro")),
            *self.pairs(
                [
                    (
                        w("amount_claimed", date=w.day(packet.as_of)),
                        self.money(packet.statement.balance_minor),
                    ),
                    (
                        w("oldest_overdue"),
                        f"{oldest.number} · {w('days', days=oldest.days_overdue)}" if oldest else "—",
                    ),
                    (w("contacts_logged"), tally),
                    (w("promises_made"), self.promise_tally()),
                    (
                        w("last_contact"),
                        f"{w.moment(last.started_at)} · {self._contact_title(last)}"
                        + (f" · {w.label('outcome', last.outcome)}" if last.outcome else "")
                        if last
                        else "—",
                    ),
                ]
            ),
            self.para(w("people"), "h2"),
        ]
        column_widths = widths(self.content_width, (1.6, 1.6, 1.4, 1.8))
        flow.append(self.header_row([w("col.name"), w("col.role"), w("phone"), w("email")], column_widths))
        for person in packet.people:
            flow.append(
                self.row(
                    [person.name, person.role, "\n".join(person.phones), person.email or ""], column_widths
                )
            )
        return flow

    def _negotiation_rows(self) -> list[Flowable]:
        w = self.w
        column_widths = widths(self.content_width, (1.15, 1.3, 1.2, 1.1, 2.6))
        flow: list[Flowable] = [
            self.header_row(
                [w("col.date"), w("col.channel"), w("contact"), w("col.outcome"), w("col.summary")],
                column_widths,
            )
        ]
        for block in self.contacts():
            flow.append(
                self.row(
                    [
                        w.moment(block.started_at),
                        self._contact_title(block),
                        block.person or block.address_used,
                        w.label("outcome", block.outcome) if block.outcome else "—",
                        block.summary,
                    ],
                    column_widths,
                )
            )
        return flow if len(flow) > 1 else [self.para(w("no_negotiation"))]

    def _monitorio(self) -> list[Flowable]:
        w, packet = self.w, self.packet
        refs = packet.exhibits
        invoices = packet.statement.invoices
        contacts = self.contacts()
        delivery_refs = [r.label for r in refs if r.invoice_number]
        letters = [c for c in contacts if c.kind == "letter" and c.direction == "outbound"]
        talks = [c for c in contacts if c.outcome in ("reached", "promise", "plan", "dispute", "refused")]
        parties = bool(packet.creditor and packet.creditor.tax_id and packet.debtor.tax_id)
        checks = [
            ("parties", parties, ""),
            ("invoices", bool(invoices), self.section_ref("statement")),
            (
                "deliveries",
                bool(delivery_refs) or any(i.delivered_on for i in invoices),
                self.exhibit_refs(delivery_refs) or self.section_ref("agreement"),
            ),
            ("agreement", packet.agreement is not None, self.section_ref("agreement")),
            ("statement", True, self.section_ref("statement")),
            ("demand", bool(letters), self.section_ref("record")),
            ("negotiation", bool(talks), self.section_ref("record")),
        ]
        column_widths = widths(self.content_width, (2.6, 0.9, 2))
        flow: list[Flowable] = [
            self.para(w("monitorio_intro")),
            self.para(w("checklist"), "h2"),
            self.header_row([w("col.document_needed"), w("col.in_packet"), w("col.where")], column_widths),
        ]
        for key, present, where in checks:
            flow.append(
                self.row(
                    [w(f"check.{key}"), w("present" if present else "absent"), where if present else ""],
                    column_widths,
                )
            )
        return [*flow, self.para(w("negotiation"), "h2"), *self._negotiation_rows()]

    def _payment_order(self) -> list[Flowable]:
        w, packet = self.w, self.packet
        agreement = packet.agreement
        column_widths = widths(self.content_width, (1, 1, 3.2))
        flow: list[Flowable] = [
            self.para(w("payment_order_intro")),
            self.header_row([w("col.invoice"), w("col.open"), w("col.proof")], column_widths, "LRL"),
        ]
        for invoice in packet.statement.invoices:
            if invoice.open_minor <= 0:
                continue
            proofs = [w("proof.invoice")]
            if invoice.delivered_on:
                proofs.append(w("proof.delivery", date=w.day(invoice.delivered_on)))
            if agreement:
                proofs.append(w("proof.agreement", date=w.day(agreement.signed_on)))
            labels = [r.label for r in packet.exhibits if r.invoice_number == invoice.number]
            if labels:
                proofs.append(self.exhibit_refs(labels))
            flow.append(
                self.row(
                    [invoice.number, self.money(invoice.open_minor), "; ".join(proofs)],
                    column_widths,
                    Look(aligns="LRL"),
                )
            )
        if agreement and agreement.annual_interest_bp:
            flow.append(
                self.para(
                    w(
                        "proof.interest",
                        rate=w.percent(agreement.annual_interest_bp),
                        date=w.day(agreement.signed_on),
                    )
                )
            )
        flow.append(self.para(w("proof.demands", count=len(self.contacts()))))
        return flow

    def _small_claims(self) -> list[Flowable]:
        w, refs = self.w, self.packet.exhibits
        invoice_refs = [r for r in refs if r.invoice_number]
        letter_refs = [r for r in refs if r.interaction and not r.invoice_number]
        other_refs = [r for r in refs if not r.interaction and not r.invoice_number]

        def exhibits(group: list[ExhibitRef]) -> tuple[str, Cell]:
            if not group:
                return "—", "—"
            first = group[0]
            pages: Cell = Deferred(f"exhibit:exhibit-{first.label}") if first.included else w("not_included")
            return self.exhibit_refs(r.label for r in group), pages

        def section(key: str) -> tuple[str, Cell]:
            return self.section_ref(key), Deferred(f"section:{key}")

        binder = [
            ("statement", section("statement")),
            ("agreement", section("agreement")),
            ("invoices", exhibits(invoice_refs)),
            ("correspondence", exhibits(letter_refs)),
            ("record", section("record")),
            ("promises", section("promises")),
            ("other", exhibits(other_refs)),
            ("integrity", section("integrity")),
        ]
        column_widths = widths(self.content_width, (0.4, 2.2, 1.7, 1.5))
        flow: list[Flowable] = [
            self.para(w("small_claims_intro")),
            self.header_row(
                [w("col.order"), w("col.document"), w("col.where"), w("col.starts")], column_widths, "LLLR"
            ),
        ]
        for tab, (key, (where, pages)) in enumerate(binder, start=1):
            flow.append(
                self.row([str(tab), w(f"binder.{key}"), where, pages], column_widths, Look(aligns="LLLR"))
            )
        return flow

    def statement_section(self) -> list[Flowable]:
        w, statement = self.w, self.packet.statement
        flow: list[Flowable] = [
            self.heading(w("section.statement"), "statement"),
            self.para(w("statement_intro", date=w.day(statement.as_of), currency=statement.currency)),
            self.para(w("invoices"), "h2"),
        ]
        flow += (
            self._invoice_table(statement.invoices) if statement.invoices else [self.para(w("no_invoices"))]
        )
        totals = [
            (w("total.invoiced"), self.money(statement.invoiced_minor)),
            (w("total.paid"), self.money(statement.paid_minor)),
            (w("total.open"), self.money(statement.open_minor)),
            (w("total.interest"), self.money(statement.interest_minor)),
            (w("total.fees"), self.money(statement.fees_minor)),
        ]
        if statement.credit_minor:
            totals.append((w("total.credit"), "−" + self.money(statement.credit_minor)))
        totals.append((w("total.balance"), self.money(statement.balance_minor)))
        column_widths = widths(self.content_width, (3, 1))
        flow.append(Spacer(1, 6))
        for n, (label, value) in enumerate(totals):
            last = n == len(totals) - 1
            look = (
                Look(font=BOLD, size=9, leading=12, shade=BLOCK_SHADE, aligns="LR")
                if last
                else Look(aligns="LR")
            )
            flow.append(self.row([label, value], column_widths, look))
        flow.append(self.para(w("ageing"), "h2"))
        flow.extend(
            self.row([w.label("bucket", bucket), self.money(minor)], column_widths, Look(aligns="LR"))
            for bucket, minor in statement.ageing
        )
        flow.append(self.para(w("payments"), "h2"))
        flow += self._payment_table() if statement.payments else [self.para(w("no_payments"))]
        flow.append(self.para(w("interest_title"), "h2"))
        return flow + self._interest_explained()

    def _invoice_table(self, invoices: Sequence[InvoiceRow]) -> list[Flowable]:
        w, statement = self.w, self.packet.statement
        columns = [
            ("number", 1.25),
            ("issued", 1),
            ("due", 1),
            ("amount", 1.2),
            ("paid", 1.15),
            ("open", 1.2),
            ("days", 0.7),
        ]
        if statement.annual_interest_bp or statement.interest_minor:
            columns.append(("interest", 1.05))
        if statement.late_fee_minor or statement.fees_minor:
            columns.append(("fee", 0.95))
        columns.append(("status", 1.1))
        keys = [key for key, _ in columns]
        column_widths = widths(self.content_width, [weight for _, weight in columns])
        aligns = "".join(
            "R" if key in ("amount", "paid", "open", "days", "interest", "fee") else "L" for key in keys
        )
        look = Look(size=7.2, leading=9.2, pad=2, aligns=aligns)
        flow: list[Flowable] = [
            self.row(
                [w(f"col.{key}") for key in keys],
                column_widths,
                Look(font=BOLD, size=7.2, leading=9.2, pad=2, shade=HEAD_SHADE, aligns=aligns),
            )
        ]
        for invoice in invoices:
            values = {
                "number": invoice.number,
                "issued": w.day(invoice.issued_on),
                "due": w.day(invoice.due_on),
                "amount": self.money(invoice.amount_minor),
                "paid": self.money(invoice.paid_minor),
                "open": self.money(invoice.open_minor),
                "days": str(invoice.days_overdue) if invoice.days_overdue > 0 and invoice.open_minor else "—",
                "interest": self.money(invoice.interest_minor),
                "fee": self.money(invoice.fee_minor),
                "status": w.label("status", invoice.status),
            }
            flow.append(self.row([values[key] for key in keys], column_widths, look))
        return flow

    def _payment_table(self) -> list[Flowable]:
        w = self.w
        column_widths = widths(self.content_width, (1, 1.1, 1.1, 1.4, 2.2))
        flow: list[Flowable] = [
            self.header_row(
                [w("col.date"), w("col.amount"), w("col.method"), w("col.reference"), w("col.applied")],
                column_widths,
                "LRLLL",
            )
        ]
        for payment in self.packet.statement.payments:
            applied = [f"{number}: {self.money(amount)}" for number, amount in payment.allocations]
            if payment.unallocated_minor:
                applied.append(w("on_account", amount=self.money(payment.unallocated_minor)))
            flow.append(
                self.row(
                    [
                        w.day(payment.paid_on),
                        self.money(payment.amount_minor),
                        payment.method,
                        payment.reference,
                        "\n".join(applied),
                    ],
                    column_widths,
                    Look(aligns="LR"),
                )
            )
        return flow

    def _interest_explained(self) -> list[Flowable]:
        w, statement = self.w, self.packet.statement
        rate = w.percent(statement.annual_interest_bp)
        flow: list[Flowable] = [
            self.para(
                w("interest_rule", rate=rate, date=w.day(statement.as_of))
                if statement.annual_interest_bp
                else w("no_interest")
            ),
            self.para(
                w("fee_rule", fee=self.money(statement.late_fee_minor))
                if statement.late_fee_minor
                else w("no_fee")
            ),
        ]
        bearing = [invoice for invoice in statement.invoices if invoice.periods]
        if not statement.annual_interest_bp:
            return flow
        if not bearing:
            return [*flow, self.para(w("no_interest_due"))]
        column_widths = widths(self.content_width, (1.2, 1, 1, 0.6, 1.2))
        flow.append(
            self.header_row(
                [w("col.invoice"), w("col.from"), w("col.to"), w("col.day_count"), w("col.principal")],
                column_widths,
                "LLLRR",
            )
        )
        for invoice in bearing:
            for period in invoice.periods:
                flow.append(
                    self.row(
                        [
                            invoice.number,
                            w.day(period.first_day),
                            w.day(period.last_day),
                            str(period.days),
                            self.money(period.principal_minor),
                        ],
                        column_widths,
                        Look(aligns="LLLRR", rule=None),
                    )
                )
            formula = w(
                "interest_formula",
                invoice=invoice.number,
                rate=rate,
                interest=self.money(invoice.interest_minor),
            )
            flow.append(self.line(formula, Look(font=BOLD, aligns="R")))
        return flow

    def agreement_section(self) -> list[Flowable]:
        w, agreement = self.w, self.packet.agreement
        flow: list[Flowable] = [self.heading(w("section.agreement"), "agreement")]
        if agreement is None:
            flow.append(self.para(w("no_agreement")))
        else:
            flow += self.pairs(
                [
                    (w("agreed_on"), w.day(agreement.signed_on)),
                    (w("payment_terms"), w("days", days=agreement.payment_terms_days)),
                    (
                        w("agreed_interest"),
                        w.percent(agreement.annual_interest_bp)
                        if agreement.annual_interest_bp
                        else w("none"),
                    ),
                    (
                        w("agreed_fee"),
                        self.money(agreement.late_fee_minor) if agreement.late_fee_minor else w("none"),
                    ),
                ]
            )
            flow += [
                self.para(w("terms"), "h2"),
                self.line(agreement.terms, Look(size=8.4, leading=11, rule=None)),
                self.para(w("goods"), "h2"),
                self.line(agreement.goods_services, Look(size=8.4, leading=11, rule=None)),
            ]
        flow.append(self.para(w("deliveries"), "h2"))
        column_widths = widths(self.content_width, (1.1, 1, 3.2, 1))
        flow.append(
            self.header_row(
                [w("col.invoice"), w("col.delivered"), w("goods"), w("col.exhibits")], column_widths
            )
        )
        for invoice in self.packet.statement.invoices:
            labels = ", ".join(r.label for r in self.packet.exhibits if r.invoice_number == invoice.number)
            delivered = w.day(invoice.delivered_on) if invoice.delivered_on else w("not_recorded")
            flow.append(self.row([invoice.number, delivered, invoice.goods_services, labels], column_widths))
        return flow

    # --- the record -------------------------------------------------------------------------------
    def record_columns(self) -> list[float]:
        return widths(self.content_width, (0.42, 1.3, 0.95, 5.1))

    def describe(self, entry: RecordEntry) -> str:
        """What an entry says: its structured part in words, then its text."""
        try:
            described = self._described(entry)
        except (KeyError, TypeError, ValueError):  # an entry written by another version: show it as stored
            described = f"{entry.text}\n{dict(entry.data)}"
        return described.strip()

    def _described(self, entry: RecordEntry) -> str:
        w, data = self.w, entry.data
        money = lambda key: w.money(int(data[key]), str(data.get("currency", self.packet.currency)))  # noqa: E731
        day = lambda key: w.day(date.fromisoformat(str(data[key])))  # noqa: E731
        kind = entry.kind
        if kind == "invoice":
            parts = [
                w(
                    "describe.invoice",
                    number=data["number"],
                    amount=money("amount_minor"),
                    issued=day("issued_on"),
                    due=day("due_on"),
                )
            ]
            if data.get("delivered_on"):
                parts.append(w("describe.delivered", date=day("delivered_on")))
            return " ".join(parts) + f"\n{entry.text}"
        if kind == "payment":
            parts = [w("describe.payment", amount=money("amount_minor"), date=day("paid_on"))]
            if data.get("method"):
                parts.append(w("describe.method", method=data["method"]))
            if entry.text:
                parts.append(w("reference", reference=entry.text) + ".")
            applied = ", ".join(
                f"{a['number']}: {w.money(int(a['amount_minor']), self.packet.currency)}"
                for a in data.get("allocations", [])
            )
            if applied:
                parts.append(w("describe.applied", allocations=applied))
            return " ".join(parts)
        if kind == "terms":
            return f"{w('describe.terms', date=day('signed_on'))}\n{entry.text}"
        if kind == "promise":
            return f"{w('describe.promise', amount=money('amount_minor'), date=day('due_on'))}\n{entry.text}"
        if kind == "plan":
            instalments = "; ".join(
                w(
                    "describe.instalment",
                    amount=w.money(int(i["amount_minor"]), self.packet.currency),
                    date=w.day(date.fromisoformat(i["due_on"])),
                )
                for i in data["instalments"]
            )
            plan = w.label("plan", data["kind"])
            return f"{w('describe.plan', plan=plan, total=money('total_minor'), instalments=instalments)}\n{entry.text}"
        if kind == "attachment":
            described = w(
                "describe.attachment",
                name=data["original_name"],
                media_type=data["media_type"],
                size=w.size(int(data["size_bytes"])),
                sha256=data["sha256"],
            )
            label = self.exhibit_labels.get(str(data["sha256"]))
            return described + (f" {w('see_exhibit', label=label)}" if label else "")
        if kind == "interaction":
            parts = [w("describe.outcome", outcome=w.label("outcome", data["outcome"]))]
            if entry.text:
                parts.append(entry.text)
            if data.get("next_action_on"):
                parts.append(w("describe.next", date=day("next_action_on")))
            return " ".join(parts)
        if kind == "amendment":
            return f"{w('describe.amendment', seq=entry.amends_seq, reason=entry.reason or '')}\n{entry.text}"
        return entry.text

    def _written(self, entry: RecordEntry) -> str:
        written = self.w.moment(entry.written_at)
        return f"{written}\n{self.w('by', author=entry.author)}" if entry.author else written

    def entry_rows(self, entry: RecordEntry) -> list[Flowable]:
        """An entry and, right under it, each amendment that corrects it."""
        column_widths = self.record_columns()
        rows: list[Flowable] = [
            self.row(
                [
                    str(entry.seq),
                    self._written(entry),
                    self.w.label("kind", entry.kind),
                    self.describe(entry),
                ],
                column_widths,
            )
        ]
        for amendment in entry.amendments:
            cells = [
                str(amendment.seq),
                self._written(amendment),
                "↳ " + self.w("kind.amendment"),
                self.describe(amendment),
            ]
            rows.append(self.row(cells, column_widths, Look(shade=AMEND_SHADE)))
        return rows

    def contact_header(self, block: ContactBlock) -> Row:
        w = self.w
        when = w.moment(block.started_at)
        if block.ended_at and block.ended_at != block.started_at:
            ended = w.moment(block.ended_at)
            same_day = w.local_day(block.ended_at) == w.local_day(block.started_at)
            when += " – " + (ended.split(" ")[-1] if same_day else ended)
        parts = [self._contact_title(block), when]
        if block.person:
            parts.append(w("with_person", person=block.person))
        if block.address_used:
            parts.append(w("via", address=block.address_used.replace("\n", ", ")))
        if block.reference:
            parts.append(w("reference", reference=block.reference))
        header = self.line(" · ".join(parts), Look(font=BOLD, size=7.8, leading=10, shade=BLOCK_SHADE, pad=3))
        header.keepWithNext = True
        return header

    def record_section(self) -> list[Flowable]:
        w = self.w
        column_widths = self.record_columns()
        header = self.header_row(
            [w("col.seq"), w("col.written"), w("col.kind"), w("col.entry")], column_widths
        )
        flow: list[Flowable] = [
            self.heading(w("section.record"), "record"),
            self.para(w("record_intro") + " " + w("times_in", zone=self.packet.time_zone)),
            SetTopFlowables([header], show=True),
        ]
        for item in self.packet.record:
            if isinstance(item, ContactBlock):
                flow.append(self.contact_header(item))
                for entry in item.entries:
                    flow.extend(self.entry_rows(entry))
            else:
                flow.extend(self.entry_rows(item))
        if not self.packet.record:
            flow.append(self.para(w("no_entries")))
        flow.append(SetTopFlowables([]))
        return flow

    def promises_section(self) -> list[Flowable]:
        w, packet = self.w, self.packet
        flow: list[Flowable] = [
            self.heading(w("section.promises"), "promises"),
            self.para(w("promises"), "h2"),
        ]
        column_widths = widths(self.content_width, (1, 1, 1, 1))
        if packet.promises:
            flow.append(self.para(self.promise_tally()))
            flow.append(
                self.header_row(
                    [w("col.made"), w("col.amount"), w("col.by_date"), w("col.status")], column_widths, "LRLL"
                )
            )
            for promise in packet.promises:
                cells = [
                    w.day(promise.made_on),
                    self.money(promise.amount_minor),
                    w.day(promise.due_on),
                    w.label("state", promise.state),
                ]
                flow.append(self.row(cells, column_widths, Look(aligns="LRLL")))
        else:
            flow.append(self.para(w("no_promises")))
        flow.append(self.para(w("plans"), "h2"))
        if not packet.plans:
            return [*flow, self.para(w("no_plans"))]
        for plan in packet.plans:
            title = w(
                "plan_header",
                plan=w.label("plan", plan.kind),
                date=w.day(plan.agreed_on),
                total=self.money(plan.total_minor),
            )
            flow.append(self.line(title, Look(font=BOLD, shade=BLOCK_SHADE)))
            if plan.conditions:
                flow.append(self.line(plan.conditions))
            three = widths(self.content_width, (1, 1, 2))
            flow.append(self.header_row([w("col.due"), w("col.amount"), w("col.status")], three, "LRL"))
            for instalment in plan.instalments:
                cells = [
                    w.day(instalment.due_on),
                    self.money(instalment.amount_minor),
                    w.label("state", instalment.state),
                ]
                flow.append(self.row(cells, three, Look(aligns="LRL")))
        return flow

    # --- exhibits and integrity -------------------------------------------------------------------
    def exhibit_caption(self, ref: ExhibitRef, page: int = 1, pages: int = 1) -> str:
        caption = f"{ref.original_name} · {self.relates_to(ref)}"
        return caption + (f" · {self.w('exhibit_page', page=page, pages=pages)}" if pages > 1 else "")

    def exhibit_pages(self) -> list[Flowable]:
        w = self.w
        flow: list[Flowable] = []
        for n, exhibit in enumerate(self.exhibits):
            ref = exhibit.ref
            label = w("exhibit", label=ref.label)
            key = f"exhibit-{ref.label}"
            band = ExhibitBand(
                label, self.exhibit_caption(ref, 1, exhibit.pages), key, self._exhibit_anchor(n)
            )
            flow.append(band)
            if exhibit.shape == "pdf":
                for page in range(exhibit.pages):
                    flow += [ExhibitPage(exhibit, page, self.slots), PageBreak()]
                continue
            if exhibit.shape == "image":
                flow.append(ImageBox(exhibit))
            elif exhibit.shape == "mail":
                flow += self._mail(exhibit)
            elif exhibit.shape == "text":
                flow += [self.line(part, Look(rule=None)) for part in exhibit.text.split("\n")]
            else:
                flow.append(Spacer(1, 12))
                flow.append(self.para(w(f"problem.{exhibit.problem}", detail=exhibit.detail)))
            flow.append(PageBreak())
        return flow

    def _exhibit_anchor(self, n: int) -> Callable[[str, int], None]:
        """Note the exhibit's first page; the first exhibit also starts the exhibits section."""

        def anchor(key: str, page: int) -> None:
            self.anchors[key] = page
            if n == 0:
                self.anchors["exhibits"] = page

        return anchor

    def _mail(self, exhibit: PreparedExhibit) -> list[Flowable]:
        w, mail = self.w, exhibit.mail
        assert mail is not None
        column_widths = widths(self.content_width, (1, 5))
        flow: list[Flowable] = [Spacer(1, 6)]
        for name, value in mail.headers:
            flow.append(self.row([w(f"mail.{name}"), value], column_widths, Look(size=8.2, leading=10.5)))
        if mail.attachments:
            flow.append(self.row([w("mail.attachments"), "\n".join(mail.attachments)], column_widths))
        flow.append(Spacer(1, 8))
        flow += [self.line(part, Look(size=8.4, leading=11, rule=None)) for part in mail.body.split("\n")]
        return flow

    def integrity_section(self) -> list[Flowable]:
        w, packet, integrity = self.w, self.packet, self.packet.integrity
        if integrity.ok:
            status = self.line(
                w("chain_ok"), Look(font=BOLD, size=9, leading=12, rule=None, shade=BLOCK_SHADE, pad=5)
            )
        else:
            broken = w("chain_broken", seq=integrity.bad_seq, reason=integrity.reason)
            status = self.line(
                broken, Look(font=BOLD, size=9, leading=12, rule=None, shade=AMEND_SHADE, pad=5)
            )
        extent = w(
            "chain_range", first=min(1, integrity.entries), last=integrity.entries, count=integrity.entries
        )
        command = Look(size=7.6, rule=None, pad=4, shade=BLOCK_SHADE)
        flow: list[Flowable] = [
            self.heading(w("section.integrity"), "integrity"),
            self.para(w("integrity_intro")),
            status,
            self.para(w("chain_head"), "h2"),
            self.line(integrity.head, Look(font=BOLD, size=10, leading=13, rule=None)),
            self.para(f"{extent} {w('chain_shown', count=len(integrity.hashes))}"),
            self.para(w("how_to_check"), "h2"),
            self.para(w("check_callnotes")),
            self.line(
                f"callnotes verify --debtor {packet.debtor_id} --expect-head {integrity.head}", command
            ),
            self.para(w("check_stdlib")),
            self.line("python3 verify_journal.py journal.jsonl", command),
            self.para(w("check_result")),
        ]
        if packet.exhibits:
            column_widths = widths(self.content_width, (0.55, 4.2, 0.8, 1.1))
            titles = [
                w("col.exhibit"),
                f"{w('col.file')} · {w('col.sha256')}",
                w("col.size"),
                w("col.stored"),
            ]
            flow += [
                self.para(w("attachment_hashes"), "h2"),
                self.para(w("check_files")),
                self.header_row(titles, column_widths, "LLRL"),
            ]
            for ref in packet.exhibits:
                cells = [
                    ref.label,
                    f"{ref.original_name}\n{ref.sha256}",
                    w.size(ref.size_bytes),
                    w(f"stored.{ref.state.value}"),
                ]
                flow.append(self.row(cells, column_widths, Look(aligns="LLRL")))
        column_widths = widths(self.content_width, (0.45, 1.7, 1.05, 4.3))
        look = Look(size=6.6, leading=8.4, pad=1.8)
        titles = [w("col.seq"), w("col.written_utc"), w("col.kind"), w("col.sha256")]
        header = self.row(
            titles, column_widths, Look(font=BOLD, size=6.6, leading=8.4, pad=1.8, shade=HEAD_SHADE)
        )
        flow += [self.para(w("entry_hashes"), "h2"), SetTopFlowables([header], show=True)]
        for row in integrity.hashes:
            cells = [str(row.seq), utc_iso(row.written_at), w.label("kind", row.kind), row.entry_hash]
            flow.append(self.row(cells, column_widths, look))
        flow.append(SetTopFlowables([]))
        return flow


class _PacketDoc(BaseDocTemplate):
    """The document template; reports each placed flowable to the renderer."""

    def __init__(self, buffer: BytesIO, renderer: PacketRenderer, **kwargs: Any) -> None:
        super().__init__(buffer, **kwargs)
        self.renderer = renderer

    def afterFlowable(self, flowable: Flowable) -> None:
        self.renderer.flowable_done()


def render_packet(
    packet: Packet, exhibits: Sequence[PreparedExhibit], progress: Callable[[int, int], None] | None = None
) -> Rendered:
    """Lay out a packet: its PDF bytes and the exhibit pages still to merge."""
    return PacketRenderer(packet, exhibits, progress).render()
