"""`PacketRenderer`: the steps of laying a packet out, and the helpers its sections share.

The steps can be overridden one by one, in the manner of pretix's renderers: `stylesheet`, the
`sections` and `story`, the page decoration drawn by `onPage` (`decorate`), and `render`. Each
section is a function of the renderer in a module of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import partial
from io import BytesIO
from typing import ClassVar
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from callnotes import __version__
from callnotes.export.exhibits import Mark, PageSlot, PreparedExhibit, Rendered
from callnotes.export.fonts import BOLD, FONT, register_fonts
from callnotes.export.packet_model import Packet
from callnotes.export.render.agreement import agreement_section
from callnotes.export.render.canvas import PacketCanvas, PacketDoc
from callnotes.export.render.cover import contents, cover
from callnotes.export.render.declaration import declaration_section
from callnotes.export.render.destination import destination_section
from callnotes.export.render.exhibits import exhibit_pages, label_page, page_label
from callnotes.export.render.flowables import (
    DEFAULT_LOOK,
    HEADER_LOOK,
    Cell,
    Heading,
    Look,
    Row,
    fitted_widths,
    widths,
)
from callnotes.export.render.integrity import integrity_section
from callnotes.export.render.promises import promises_section
from callnotes.export.render.record import record_section
from callnotes.export.render.statement import statement_section
from callnotes.export.render.text import Measure, plain
from callnotes.export.render.theme import GREY, INK, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, RULE
from callnotes.export.wording import N_, Wording

Section = Callable[["PacketRenderer"], list[Flowable]]

SECTION_TITLES = {
    "contents": N_("Contents"),
    "destination.general": N_("Summary for the lawyer or agency"),
    "destination.monitorio": N_("Proceso monitorio: documents and prior negotiation"),
    "destination.payment-order": N_("Payment order: documents that prove the claim"),
    "destination.small-claims": N_("Small claims: exhibit binder order"),
    "statement": N_("Statement of account"),
    "agreement": N_("Agreed terms and deliveries"),
    "record": N_("Chronological record of contacts"),
    "promises": N_("Promises and payment plans"),
    "exhibits": N_("Exhibits"),
    "declaration": N_("Declaration of the keeper of the records"),
    "integrity": N_("Integrity of the record"),
}
"""The title of each section, by the key its first page is noted under."""


def page_size(packet: Packet) -> tuple[float, float]:
    """US Letter for a US court (small claims) or a creditor in the US, whose printers hold Letter;
    A4 everywhere else."""
    american = packet.creditor is not None and packet.creditor.country == "US"
    return LETTER if packet.options.destination == "small-claims" or american else A4


class PacketRenderer:
    """Turns a Packet (and its prepared exhibits) into PDF bytes and the exhibit pages to merge."""

    sections: ClassVar[tuple[Section, ...]] = (
        cover,
        contents,
        destination_section,
        statement_section,
        agreement_section,
        record_section,
        promises_section,
    )
    """The sections that start on a page of their own, in order; the exhibits and the integrity
    section follow them (see `story`)."""

    def __init__(
        self,
        packet: Packet,
        exhibits: Sequence[PreparedExhibit],
        progress: Callable[[int, int], None] | None = None,
        evidence: str = "",
    ) -> None:
        register_fonts()
        self.packet = packet
        self.exhibits = list(exhibits)
        self.evidence = evidence  # the evidence copy's file name, when this export writes one
        self.w = Wording(packet.language, packet.locale, packet.time_zone)
        self.pagesize = page_size(packet)
        self.content_width = self.pagesize[0] - 2 * MARGIN_X
        self.progress = progress
        self.styles = self.stylesheet()
        self.anchors: dict[str, int] = {}
        self.marks: list[Mark] = []
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
        """The whole packet: each section ending its page, then the exhibits, the declaration to sign and the
        integrity section."""
        story: list[Flowable] = []
        for section in self.sections:
            story.extend(section(self))
            story.append(PageBreak())
        story.extend(exhibit_pages(self))
        story.extend([*declaration_section(self), PageBreak()])
        story.extend(integrity_section(self))
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
        packet_label = self.w("Packet {packet_id}", packet_id=self.packet.packet_id)
        canvas.drawRightString(right, top, packet_label)
        room = self.content_width - small.width(packet_label) - 16
        canvas.drawString(MARGIN_X, top, small.fit(self.packet.debtor.name, room))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 5, right, top - 5)
        canvas.line(MARGIN_X, 36, right, 36)
        # Translators: keep {pages} at the very end; the page count is drawn right after this text.
        before = self.w("Page {page} of {pages}").split("{pages}")[0].format(page=page)
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
        doc = PacketDoc(
            buffer,
            self.flowable_done,
            pagesize=self.pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=self.w("Debt claim file") + " — " + plain(self.packet.debtor.name),
            author=plain(self.packet.creditor.name) if self.packet.creditor else "",
            subject=self.w.label("subtitle", self.packet.options.destination),
            creator=f"callnotes {__version__}",
            lang=self.packet.language,
            initialFontName=FONT,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0, id="body")
        on_end = partial(label_page, self)  # when the page's flowables have said which exhibit it shows
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self.decorate, onPageEnd=on_end)])
        story = self.story()
        self._flowables_total = len(story)
        made_at = self.packet.generated_at
        maker = partial(PacketCanvas, resolve=self.resolve, made_at=made_at, marks=self.marks)
        doc.build(story, canvasmaker=maker)
        return Rendered(buffer.getvalue(), tuple(self.slots), tuple(self.marks))

    # --- helpers ----------------------------------------------------------------------------------
    def measure(self, font: str, size: float) -> Measure:
        """The (shared) Measure of one font and size."""
        key = (font, size)
        if key not in self._measures:
            self._measures[key] = Measure(font, size)
        return self._measures[key]

    def row(self, cells: Sequence[Cell], column_widths: Sequence[float], look: Look = DEFAULT_LOOK) -> Row:
        """A row of plain-text cells."""
        return Row(cells, column_widths, look, self.measure(look.font, look.size))

    def line(self, text: str, look: Look = DEFAULT_LOOK) -> Row:
        """Plain text across the whole width, wrapped."""
        return self.row([text], [self.content_width], look)

    def header_row(
        self, cells: Sequence[str], column_widths: Sequence[float], aligns: str = "", look: Look = HEADER_LOOK
    ) -> Row:
        """The bold, shaded row of column titles over a table."""
        return self.row(cells, column_widths, replace(look, aligns=aligns or look.aligns))

    def titled_widths(
        self, titles: Sequence[str], weights: Sequence[float], look: Look = HEADER_LOOK
    ) -> list[float]:
        """Column widths across the page in proportion to `weights`, each wide enough for the longest
        word of its title in the packet's language: a title wraps between its words, never inside one
        ("Ημέρες", not "Ημέρε/ς")."""
        measure = self.measure(look.font, look.size)
        least = [
            max((measure.width(word) for word in plain(title).split()), default=0.0) + 2 * look.pad + 0.5
            for title in titles
        ]
        return fitted_widths(self.content_width, weights, least)

    def para(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of the packet's own words (escaped: never read as markup)."""
        return Paragraph(escape(text), self.styles[style])

    def section_title(self, key: str) -> str:
        """The title of the section noted under `key`, in the packet's language."""
        return self.w(SECTION_TITLES[key])

    def heading(self, key: str) -> Heading:
        """A section's title, noting its page under `key` (for the contents and deferred numbers)."""
        return Heading(self.section_title(key), self.styles["h1"], key, self.anchors.__setitem__)

    def pairs(self, items: Iterable[tuple[str, str]]) -> list[Flowable]:
        """Label–value rows."""
        column_widths = widths(self.content_width, (1, 2.2))
        return [self.row([label, value], column_widths) for label, value in items]

    def number(self, page: int) -> str:
        """The document number printed on a page (CN-000001)."""
        options = self.packet.options
        return f"{options.number_prefix}-{options.first_number + page - 1:06d}"

    def money(self, minor: int) -> str:
        """An amount in the packet's currency."""
        return self.w.money(minor, self.packet.currency)

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
        if kind == "exhibit-page":
            return page_label(self, key)
        if key not in self.anchors:
            return "—"
        first, last = self.span(key)
        if kind == "section" or last <= first:
            return f"{first} · {self.number(first)}"
        return f"{first}–{last} · {self.number(first)} – {self.number(last)}"

    def span(self, key: str) -> tuple[int, int]:
        """The first and last page of what starts at anchor `key`: an exhibit ends where the next one
        (or the declaration) starts."""
        first = self.anchors[key]
        ends = sorted(
            page for anchor, page in self.anchors.items() if anchor.startswith("exhibit-") and page > first
        )
        after = self.anchors.get("declaration") or self.anchors.get("integrity", self.pages + 1)
        return first, (ends[0] if ends else after) - 1
