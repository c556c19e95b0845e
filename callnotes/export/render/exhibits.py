"""The exhibits, one after the other: a labelled band on the first page, then the document — pages
kept for a PDF's own pages (exhibits.finish_packet draws them in), an image, an e-mail's headers and
text, plain text, or why the file cannot be shown. Every page of an exhibit carries its label and
which of its pages it is ("Exhibit B · 2/3") beside the document number (`label_page`)."""

from __future__ import annotations

from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, PageBreak, Spacer

from callnotes.export.exhibits import PreparedExhibit
from callnotes.export.fonts import BOLD, FONT
from callnotes.export.packet_model import ExhibitRef
from callnotes.export.render.canvas import PacketCanvas
from callnotes.export.render.flowables import ExhibitBand, ExhibitPage, ImageBox, Look, widths
from callnotes.export.render.theme import GREY, MARGIN_X
from callnotes.export.wording import N_, Wording

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer

PROBLEMS = {
    "missing": N_(
        "The file is no longer in callnotes' data folder, so it cannot be reproduced. Its SHA-256 "
        "fingerprint is on the integrity page."
    ),
    "changed": N_(
        "The stored file no longer matches the SHA-256 fingerprint recorded when it was added, so it is not "
        "reproduced."
    ),
    "unreadable": N_(
        "The file could not be read ({detail}). It is kept in callnotes and its SHA-256 fingerprint is on "
        "the integrity page."
    ),
    "unsupported": N_(
        "A file of type {detail} cannot be shown in a PDF. It is kept in callnotes and its SHA-256 "
        "fingerprint is on the integrity page."
    ),
}
"""Why an exhibit is not shown, by PreparedExhibit.problem."""

AS_IMAGES = N_(
    "The original file cannot go into a PDF/A document as it is, so its pages are reproduced here as images. "
    "Its SHA-256 fingerprint is on the integrity page."
)
"""Said above a PDF exhibit whose pages are reproduced as images (PreparedExhibit.flag)."""


def exhibit_pages(r: PacketRenderer) -> list[Flowable]:
    """Every included exhibit, each starting on a page of its own and ending its last page."""
    w = r.w
    flow: list[Flowable] = []
    for n, exhibit in enumerate(r.exhibits):
        ref = exhibit.ref
        label = w("Exhibit {label}", label=ref.label)
        key = f"exhibit-{ref.label}"
        section = r.section_title("exhibits") if n == 0 else ""  # the bookmark the exhibits go under
        flow.append(ExhibitBand(label, _caption(r, ref, exhibit.pages), key, _anchor(r, n), section))
        if exhibit.shape == "pdf":
            if exhibit.flag:
                flow.append(r.para(w(AS_IMAGES), "small"))
            for page in range(exhibit.pages):
                flow += [ExhibitPage(exhibit, page, r.slots), PageBreak()]
            continue
        if exhibit.shape == "image":
            flow.append(ImageBox(exhibit))
        elif exhibit.shape == "mail":
            flow += _mail(r, exhibit)
        elif exhibit.shape == "text":
            flow += [r.line(part, Look(rule=None)) for part in exhibit.text.split("\n")]
        else:
            flow.append(Spacer(1, 12))
            flow.append(r.para(w(PROBLEMS[str(exhibit.problem)], detail=exhibit.detail)))
        flow.append(PageBreak())
    return flow


def relates_to(r: PacketRenderer, ref: ExhibitRef) -> str:
    """What an exhibit belongs to: an invoice, or a contact and its day."""
    if ref.invoice_number:
        return r.w("Invoice {number}", number=ref.invoice_number)
    if ref.interaction:
        kind, started_at = ref.interaction
        return f"{r.w.label('contact', kind)} · {r.w.day(r.w.local_day(started_at))}"
    return "—"


def _caption(r: PacketRenderer, ref: ExhibitRef, pages: int) -> str:
    caption = f"{ref.original_name} · {relates_to(r, ref)}"
    if pages > 1:
        caption += " · " + r.w("page {page} of {pages} of this document", page=1, pages=pages)
    return caption


def _anchor(r: PacketRenderer, n: int) -> Callable[[str, int], None]:
    """Note the exhibit's first page; the first exhibit also starts the exhibits section."""

    def anchor(key: str, page: int) -> None:
        r.anchors[key] = page
        if n == 0:
            r.anchors["exhibits"] = page

    return anchor


def _mail(r: PacketRenderer, exhibit: PreparedExhibit) -> list[Flowable]:
    w, mail = r.w, exhibit.mail
    assert mail is not None
    column_widths = widths(r.content_width, (1, 5))
    flow: list[Flowable] = [Spacer(1, 6)]
    for name, value in mail.headers:
        shown = mail_date(w, value) if name == "date" else value
        flow.append(r.row([w.label("mail", name), shown], column_widths, Look(size=8.2, leading=10.5)))
    if mail.attachments:
        flow.append(r.row([w("Attached to the e-mail"), "\n".join(mail.attachments)], column_widths))
    flow.append(Spacer(1, 8))
    flow += [r.line(part, Look(size=8.4, leading=11, rule=None)) for part in mail.body.split("\n")]
    return flow


def mail_date(w: Wording, header: str) -> str:
    """An e-mail's Date header as the packet writes a moment (its language, its zone and offset); the
    header as it is when it is not a date with a zone (RFC 5322's "-0000" says the zone is unknown)."""
    try:
        moment = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return header
    return w.moment(moment) if moment.tzinfo is not None else header


def label_page(r: PacketRenderer, canvas: PacketCanvas, _doc: object = None) -> None:
    """Beside the document number of a page of an exhibit, its label and which of its pages this is.

    Drawn as the page ends (onPageEnd), when the page's flowables have noted where each exhibit starts;
    the exhibit's page count is filled in at the end (`page_label`)."""
    page = canvas.getPageNumber()
    if "declaration" in r.anchors or "integrity" in r.anchors:  # they follow the last exhibit
        return
    starts = [
        (first, key) for key, first in r.anchors.items() if key.startswith("exhibit-") and first <= page
    ]
    if not starts:
        return
    first, key = max(starts)
    width, _ = r.pagesize
    number_width = pdfmetrics.stringWidth(r.number(page), BOLD, 9)
    canvas.saveState()
    canvas.setFillColor(GREY)
    canvas.defer(
        f"exhibit-page:{key}:{page - first + 1}", width - MARGIN_X - number_width - 14, 24, FONT, 8, "R"
    )
    canvas.restoreState()


def page_label(r: PacketRenderer, spec: str) -> str:
    """The label of one page of an exhibit ("Exhibit B · 2/3") from "exhibit-B:2", once all are laid out."""
    key, _, page = spec.rpartition(":")
    first, last = r.span(key)
    return f"{r.w('Exhibit {label}', label=key.removeprefix('exhibit-'))} · {page}/{last - first + 1}"
