"""The index of a split packet: one row per file, in the order the files are read, with the packet's
pages and document numbers each holds, its SHA-256 and its size, and a warning on any file (or all
of them together) above the usual limit of the portal the packet is for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from io import BytesIO

from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer

from callnotes import __version__
from callnotes.export.fonts import BOLD, FONT
from callnotes.export.packet_model import Packet
from callnotes.export.render.canvas import PacketCanvas, PacketDoc
from callnotes.export.render.document import PacketRenderer
from callnotes.export.render.flowables import Look, widths
from callnotes.export.render.text import plain
from callnotes.export.render.theme import AMEND_SHADE, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X


@dataclass(frozen=True)
class IndexRow:
    """One file of the split packet."""

    name: str
    title: str  # what it holds, in the packet's language
    first: int  # the packet's pages it holds, from 1
    last: int
    sha256: str
    size: int  # bytes
    warning: str = ""  # in the packet's language; "" when within the usual limits


def index_pdf(packet: Packet, rows: Sequence[IndexRow], warning: str) -> bytes:
    """The index as PDF bytes (not yet PDF/A); `warning` is said under the table ("" for none)."""
    r = PacketRenderer(packet, ())
    w = r.w
    column_widths = widths(r.content_width, (2.6, 0.75, 1.6, 0.7))
    titles = [
        w.p("column", "File"),
        w.p("column", "Pages"),
        w.p("column", "Document numbers"),
        w.p("column", "Size"),
    ]
    warned = Look(font=BOLD, size=8.2, leading=10.5, rule=None, shade=AMEND_SHADE, pad=4)
    flow: list[Flowable] = [
        r.para(w("Index of the files"), "title"),
        r.para(
            w("Packet {packet_id}", packet_id=packet.packet_id) + " · " + plain(packet.debtor.name),
            "subtitle",
        ),
        r.para(
            w(
                "The packet is split into one file per document, as court portals such as LexNET ask. Read "
                "in this order, the files hold the packet's {pages} pages with their own page and document "
                "numbers. Each file is PDF/A; its SHA-256 fingerprint shows it is the file listed here.",
                pages=rows[-1].last if rows else 0,
            )
        ),
        Spacer(1, 6),
        r.header_row(titles, column_widths, "LLLR"),
    ]
    for row in rows:
        pages = str(row.first) if row.first == row.last else f"{row.first}–{row.last}"
        numbers = (
            r.number(row.first) if row.first == row.last else f"{r.number(row.first)} – {r.number(row.last)}"
        )
        cells = [f"{row.name}\n{row.title}", pages, numbers, w.size(row.size)]
        flow.append(r.row(cells, column_widths, Look(aligns="LLLR", rule=None)))
        flow.append(r.line(f"SHA-256 {row.sha256}", Look(size=7, leading=9)))
        if row.warning:
            flow.append(r.line(row.warning, warned))
    if warning:
        flow += [Spacer(1, 8), r.line(warning, warned)]
    buffer = BytesIO()
    doc = PacketDoc(
        buffer,
        lambda: None,
        pagesize=r.pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=w("Index of the files") + " — " + plain(packet.debtor.name),
        author=plain(packet.creditor.name) if packet.creditor else "",
        subject=w.label("subtitle", packet.options.destination),
        creator=f"callnotes {__version__}",
        lang=packet.language,
        initialFontName=FONT,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame])])
    doc.build(flow, canvasmaker=partial(PacketCanvas, resolve=str, made_at=packet.generated_at))
    return buffer.getvalue()
