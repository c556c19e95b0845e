"""The flowables a packet is built of, beyond reportlab's own.

`Row` draws a table row of user text: it wraps plain text itself (see text.Measure) and never hands
it to a markup parser. `Heading` and `ExhibitBand` note the page they land on, for the contents and
the deferred page numbers; `ExhibitPage` keeps a page for one page of a PDF exhibit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from callnotes.export.exhibits import EXHIBITS_KEY, PageSlot, PreparedExhibit
from callnotes.export.fonts import BOLD, FONT
from callnotes.export.printable import drawable_image
from callnotes.export.render.canvas import PacketCanvas
from callnotes.export.render.text import Measure
from callnotes.export.render.theme import HEAD_SHADE, INK, RULE


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


DEFAULT_LOOK = Look()
HEADER_LOOK = Look(font=BOLD, shade=HEAD_SHADE)  # a table's row of column titles


def widths(total: float, weights: Sequence[float]) -> list[float]:
    """Column widths in proportion to `weights`, adding up to `total`."""
    scale = total / sum(weights)
    return [weight * scale for weight in weights]


def fitted_widths(total: float, weights: Sequence[float], least: Sequence[float]) -> list[float]:
    """`widths(total, weights)` with each column at least `least` wide (its title's longest word): what
    a narrow column needs is taken from the others in proportion to what they have over their own
    least. As proportioned when the columns cannot all have their least."""
    proportioned = widths(total, weights)
    need = sum(max(least_width - width, 0) for width, least_width in zip(proportioned, least, strict=True))
    spare = sum(max(width - least_width, 0) for width, least_width in zip(proportioned, least, strict=True))
    if need == 0 or spare < need:
        return proportioned
    share = need / spare
    return [
        least_width if width <= least_width else width - (width - least_width) * share
        for width, least_width in zip(proportioned, least, strict=True)
    ]


def kept_table(rows: Sequence[Flowable], short: int = 12, together: int = 3) -> list[Flowable]:
    """A table's rows (its title row first) laid out so a page break leaves no stub: a short table
    (up to `short` rows) moves to the next page whole, a longer one keeps its title with its first
    `together` rows and its last `together` rows with each other."""
    if len(rows) <= short + 1:
        return [KeepTogether(list(rows))]
    head, body, tail = rows[: together + 1], rows[together + 1 : -together], rows[-together:]
    return [KeepTogether(list(head)), *body, KeepTogether(list(tail))]


MIN_PART = 2  # the fewest lines of a row on either side of a page break


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
        """The wrapped lines of each cell (one empty line for a deferred cell)."""
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
        tall = max(len(cell) for cell in self.lines)
        # a row is split only into parts of at least MIN_PART lines: a short one moves to the next page
        if fit < MIN_PART or tall <= fit or tall < 2 * MIN_PART:
            return []
        fit = min(fit, tall - MIN_PART)
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
    """The label across the top of an exhibit's first page: "Exhibit A", the file and what it relates to.

    The first exhibit's band also starts the "Exhibits" bookmark (`section`, its title) that every
    exhibit's bookmark goes under."""

    HEIGHT = 34.0

    def __init__(
        self, label: str, caption: str, key: str, on_page: Callable[[str, int], None], section: str = ""
    ) -> None:
        super().__init__()
        self.label, self.caption, self.key, self._on_page = label, caption, key, on_page
        self.section = section

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.HEIGHT
        return availWidth, self.HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        self._on_page(self.key, canvas.getPageNumber())
        canvas.bookmarkPage(self.key)
        if self.section:  # a bookmark of its own: reportlab keeps one title per bookmark key
            canvas.bookmarkPage(EXHIBITS_KEY)
            canvas.addOutlineEntry(self.section, EXHIBITS_KEY, level=0)
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
    """An image exhibit, scaled down to the space left on the page (never up), centred; upright and in
    colours PDF/A takes (see printable.drawable_image)."""

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
        image = drawable_image(self.exhibit.ref.path, as_stored=self.exhibit.as_stored)
        self.canv.drawImage(image, (self.width - width) / 2, 0, width, height, mask="auto")
