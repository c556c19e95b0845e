"""A summary or letter as a PDF letter, in the packet's fonts and page furniture.

The first page has the creditor's letterhead, the recipient's block, the place and date, and the
subject in bold; the body follows, its tables drawn as real tables; every page's footer carries the
record reference and "page x of y". The document information holds the cited head under
`/CallnotesHeads`, as a packet's does, so `callnotes verify --against letter.pdf` reads it. Invoices'
own PDF files (a statement's) are appended after the letter.
"""

from __future__ import annotations

import re
from functools import partial
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from callnotes import __version__
from callnotes.domain.record import canonical_json
from callnotes.domain.witness import PDF_HEADS_KEY, heads_document
from callnotes.export.fonts import BOLD, FONT, register_fonts
from callnotes.export.letter_context import reference_line
from callnotes.export.letter_document import LetterDocument
from callnotes.export.letter_text import LetterTable, pieces
from callnotes.export.quiet_pdf import quiet_pypdf
from callnotes.export.render.canvas import PacketCanvas
from callnotes.export.render.text import plain
from callnotes.export.render.theme import GREY, HEAD_SHADE, INK, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, RULE

STAMP_RED = colors.HexColor("#b3261e")


class Stamp(Flowable):
    """A banner across the page in the letter's words ("OVERDUE"), framed in red: seen at a glance."""

    HEIGHT = 34.0

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.HEIGHT + 8

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(STAMP_RED)
        canvas.setLineWidth(2.2)
        canvas.rect(0, 4, self.width, self.HEIGHT, stroke=1, fill=0)
        canvas.setFillColor(STAMP_RED)
        canvas.setFont(BOLD, 20)
        canvas.drawCentredString(self.width / 2, 4 + self.HEIGHT / 2 - 7, self.text)


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    """User or template text as a paragraph: escaped (never markup), its line breaks kept."""
    return Paragraph(escape(plain(text)).replace("\n", "<br/>"), style)


def place_of(address: str) -> str:
    """The town a letter is dated from: the last line of the address, without its postal code."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if not lines:
        return ""
    town = re.sub(r"^[\d\s-]{3,}", "", lines[-1]).strip()
    return re.sub(r"[,\s]+[\d-]{4,}$", "", town).strip() or lines[-1]


class LetterRenderer:
    """Lays out one letter; `render()` gives the finished PDF's bytes."""

    def __init__(self, letter: LetterDocument) -> None:
        register_fonts()
        self.letter = letter
        self.w = letter.w
        self.pagesize = LETTER if self.w.locale.endswith("_US") else A4
        self.width = self.pagesize[0] - 2 * MARGIN_X
        self.pages = 0
        body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK, spaceAfter=8)
        self.styles = {
            "body": body,
            "head": ParagraphStyle("head", body, fontName=BOLD, fontSize=13, leading=16, spaceAfter=2),
            "small": ParagraphStyle("small", body, fontSize=8.5, leading=11, textColor=GREY, spaceAfter=0),
            "address": ParagraphStyle("address", body, spaceAfter=0),
            "date": ParagraphStyle("date", body, alignment=TA_RIGHT, spaceBefore=14, spaceAfter=14),
            "subject": ParagraphStyle("subject", body, fontName=BOLD, fontSize=11, leading=15, spaceAfter=12),
        }

    def letterhead(self) -> list[Flowable]:
        sender = self.letter.creditor
        if sender is None:
            return []
        small = self.styles["small"]
        lines = [sender.address]
        if sender.tax_id:
            lines.append(self.w.p("letterhead", "Tax ID: {tax_id}", tax_id=sender.tax_id))
        contact = " · ".join(part for part in (sender.phone, sender.email) if part)
        if contact:
            lines.append(contact)
        story: list[Flowable] = [_para(sender.name, self.styles["head"])]
        story += [_para(line, small) for line in lines if line.strip()]
        story.append(Spacer(1, 22))
        return story

    def recipient(self) -> list[Flowable]:
        letter = self.letter
        lines = [letter.debtor_name]
        if letter.person:
            lines.append(self.w.p("letter", "For the attention of {name}", name=letter.person))
        lines.append(letter.debtor_address)
        if letter.debtor_tax_id:
            lines.append(self.w.p("letterhead", "Tax ID: {tax_id}", tax_id=letter.debtor_tax_id))
        if letter.recipient_email:
            lines.append(letter.recipient_email)
        return [_para("\n".join(line for line in lines if line.strip()), self.styles["address"])]

    def dated(self) -> list[Flowable]:
        letter = self.letter
        day = self.w.long_day(letter.dated)
        place = place_of(letter.creditor.address) if letter.creditor else ""
        return [_para(f"{place}, {day}" if place else day, self.styles["date"])]

    def table(self, table: LetterTable) -> Table:
        rows = [list(table.headers), *map(list, table.rows)]
        if table.total:
            rows.append(list(table.total))
        style: list[Any] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_SHADE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ]
        if table.total:
            style.append(("FONTNAME", (0, -1), (-1, -1), BOLD))
        for index, align in enumerate(table.aligns):
            if align == "R":
                style.append(("ALIGN", (index, 0), (index, -1), "RIGHT"))
        drawn = Table([[plain(cell) for cell in row] for row in rows], repeatRows=1, hAlign="LEFT")
        drawn.setStyle(TableStyle(style))
        return drawn

    def story(self) -> list[Flowable]:
        letter = self.letter
        story = [*self.letterhead(), *self.recipient(), *self.dated()]
        if letter.stamp:
            story.append(Stamp(letter.stamp))
        story.append(_para(letter.subject, self.styles["subject"]))
        for piece in pieces(letter.body, letter.tables):
            if isinstance(piece, LetterTable):
                story.append(self.table(piece))
                if piece.note:
                    story.append(_para(piece.note, self.styles["small"]))
                story.append(Spacer(1, 10))
            else:
                story.append(_para(piece, self.styles["body"]))
        return story

    def decorate(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        """The footer of every page: the record reference, and page x of y."""
        self.pages = page = canvas.getPageNumber()
        width = self.pagesize[0]
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, 36, width - MARGIN_X, 36)
        canvas.setFillColor(GREY)
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN_X, 24, reference_line(self.w, self.letter.reference))
        # Translators: keep {pages} at the very end; the page count is drawn right after this text.
        before = self.w("Page {page} of {pages}").split("{pages}")[0].format(page=page)
        total_width = pdfmetrics.stringWidth("999", FONT, 8)
        x = width - MARGIN_X - total_width - pdfmetrics.stringWidth(before, FONT, 8)
        canvas.drawString(x, 24, before)
        assert isinstance(canvas, PacketCanvas)
        canvas.defer("total", x + pdfmetrics.stringWidth(before, FONT, 8), 24, FONT, 8)
        canvas.restoreState()

    def render(self) -> bytes:
        """The letter's PDF, the invoices' files appended, the cited head in its document information."""
        buffer = BytesIO()
        sender = self.letter.creditor
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=MARGIN_X + 14,
            rightMargin=MARGIN_X + 14,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM + 10,
            title=plain(self.letter.subject),
            author=plain(sender.name) if sender else "",
            subject=self.letter.reference,
            creator=f"callnotes {__version__}",
            lang=self.letter.language,
            initialFontName=FONT,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self.decorate)])
        resolve = lambda _name: str(self.pages)  # noqa: E731  # the only deferred text: the page count
        doc.build(
            self.story(), canvasmaker=partial(PacketCanvas, resolve=resolve, made_at=self.letter.made_at)
        )
        writer = PdfWriter(clone_from=PdfReader(BytesIO(buffer.getvalue())))
        for appendix in self.letter.appendices:
            _append(writer, appendix)
        writer.add_metadata({PDF_HEADS_KEY: canonical_json(heads_document([self.letter.cited]))})
        out = BytesIO()
        writer.write(out)
        return out.getvalue()


def _append(writer: PdfWriter, path: object) -> None:
    """Append a PDF's pages; a file pypdf cannot read is left out (the e-mail still attaches it)."""
    try:
        with quiet_pypdf():
            writer.append(PdfReader(str(path)))
    except Exception:  # a damaged or encrypted invoice must not stop the letter
        return


def letter_pdf(letter: LetterDocument) -> bytes:
    """The letter as PDF bytes."""
    return LetterRenderer(letter).render()
