"""The cover (the parties, the amount claimed, the packet's particulars) and the contents, with the
index of exhibits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Spacer  # type: ignore[import-untyped]

from callnotes.export.fonts import BOLD
from callnotes.export.packet_data import Party
from callnotes.export.render.exhibits import relates_to
from callnotes.export.render.flowables import Cell, Deferred, Look, widths
from callnotes.export.render.theme import BLOCK_SHADE, HEAD_SHADE

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer


def cover(r: PacketRenderer) -> list[Flowable]:
    """The first page: title, creditor and debtor, the amount claimed and what the packet is."""
    packet, w = r.packet, r.w
    statement = packet.statement
    half = widths(r.content_width, (1, 1))
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
        principal=r.money(statement.open_minor),
        interest=r.money(statement.interest_minor),
        fees=r.money(statement.fees_minor),
        credit=r.money(statement.credit_minor),
    )
    destination = packet.options.destination
    return [
        Spacer(1, 30),
        r.para(w("title"), "title"),
        r.para(w(f"subtitle.{destination}"), "subtitle"),
        r.row([w("creditor"), w("debtor")], half, Look(font=BOLD, size=8, shade=HEAD_SHADE, rule=None)),
        r.row(names, half, Look(font=BOLD, size=10.5, leading=13.5, rule=None, pad=4)),
        r.row([party(packet.creditor), party(packet.debtor)], half, no_rule),
        Spacer(1, 22),
        r.line(
            w("amount_claimed", date=w.day(statement.as_of)),
            Look(size=9.5, leading=12, shade=BLOCK_SHADE, rule=None, pad=6),
        ),
        r.line(
            r.money(statement.balance_minor),
            Look(font=BOLD, size=22, leading=27, shade=BLOCK_SHADE, rule=None, pad=6),
        ),
        r.line(claim_parts, Look(size=8, leading=10.5, shade=BLOCK_SHADE, rule=None, pad=6)),
        Spacer(1, 22),
        *r.pairs(
            [
                (w("packet_id"), packet.packet_id),
                (w("generated"), f"{w.moment(packet.generated_at)} ({packet.time_zone})"),
                (w("packet_language"), w(f"language.{packet.language}")),
                (w("record_period"), period_text(r)),
                (w("chain_head"), packet.integrity.head),
            ]
        ),
        Spacer(1, 18),
        r.para(w("times_in", zone=packet.time_zone), "small"),
        r.para(w("disclaimer"), "small"),
    ]


def period_text(r: PacketRenderer) -> str:
    """The period of the record the packet shows, in words."""
    w, options = r.w, r.packet.options
    start, end = options.period_from, options.period_to
    if start and end:
        return w("period", start=w.day(start), end=w.day(end))
    if start:
        return w("period_from", start=w.day(start))
    if end:
        return w("period_to", end=w.day(end))
    return w("whole_record")


def contents(r: PacketRenderer) -> list[Flowable]:
    """Where each section starts, then the index of exhibits and where each one is."""
    w = r.w
    flow: list[Flowable] = [r.heading(w("contents"), "contents")]
    column_widths = widths(r.content_width, (3, 1.6))
    flow.append(r.header_row([w("col.section"), w("col.starts")], column_widths, "LR"))
    sections = [
        f"destination.{r.packet.options.destination}",
        "statement",
        "agreement",
        "record",
        "promises",
    ]
    if r.exhibits:
        sections.append("exhibits")
    for key in [*sections, "integrity"]:
        flow.append(
            r.row([w(f"section.{key}"), Deferred(f"section:{key}")], column_widths, Look(aligns="LR"))
        )
    flow += [Spacer(1, 16), r.para(w("exhibit_index"), "h2")]
    refs = r.packet.exhibits
    if not refs:
        return [*flow, r.para(w("no_exhibits"))]
    if not refs[0].included:
        flow.append(r.para(w("exhibits_left_out")))
    column_widths = widths(r.content_width, (0.7, 3, 1.8, 2.2))
    flow.append(
        r.header_row(
            [w("col.exhibit"), w("col.document"), w("col.relates"), w("col.numbers")],
            column_widths,
            "LLLR",
        )
    )
    for ref in refs:
        where: Cell = Deferred(f"exhibit:exhibit-{ref.label}") if ref.included else w("not_included")
        flow.append(
            r.row(
                [ref.label, ref.original_name, relates_to(r, ref), where], column_widths, Look(aligns="LLLR")
            )
        )
    return flow
