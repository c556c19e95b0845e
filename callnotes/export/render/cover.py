"""The cover (the parties, the amount claimed, the packet's particulars) and the contents, with the
index of exhibits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Spacer

from callnotes.export.fonts import BOLD
from callnotes.export.packet_model import Party
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
            return w("The creditor's details have not been filled in in callnotes.")
        labelled = [
            (w("Tax ID"), who.tax_id),
            ("", who.address),
            (w("Contact"), who.contact),
            (w("Phone"), who.phone),
            (w("E-mail"), who.email),
        ]
        return "\n".join(f"{label}: {value}" if label else value for label, value in labelled if value)

    names = [packet.creditor.name if packet.creditor else "—", packet.debtor.name]
    claim = packet.claim
    parts = [
        w("Principal past due {amount}", amount=r.money(claim.principal_minor)),
        w("interest {amount}", amount=r.money(claim.interest_minor)),
        w("fees {amount}", amount=r.money(claim.fees_minor)),
    ]
    if claim.extra_minor:
        parts.append(w("statutory interest and compensation {amount}", amount=r.money(claim.extra_minor)))
    if claim.credit_minor:
        parts.append(w("less paid on account {amount}", amount=r.money(claim.credit_minor)))
    claim_parts = " · ".join(parts)
    if claim.not_claimed_invoices:
        claim_parts += "\n" + w(
            "Not claimed, not yet due: {amount} ({invoices})",
            amount=r.money(claim.not_claimed_minor),
            invoices=", ".join(claim.not_claimed_invoices),
        )
    return [
        Spacer(1, 30),
        r.para(w("Debt claim file"), "title"),
        r.para(w.label("subtitle", packet.options.destination), "subtitle"),
        r.row([w("Creditor"), w("Debtor")], half, Look(font=BOLD, size=8, shade=HEAD_SHADE, rule=None)),
        r.row(names, half, Look(font=BOLD, size=10.5, leading=13.5, rule=None, pad=4)),
        r.row([party(packet.creditor), party(packet.debtor)], half, no_rule),
        Spacer(1, 22),
        r.line(
            w("Amount claimed as of {date}", date=w.day(statement.as_of)),
            Look(size=9.5, leading=12, shade=BLOCK_SHADE, rule=None, pad=6),
        ),
        r.line(
            r.money(claim.claimed_minor),
            Look(font=BOLD, size=22, leading=27, shade=BLOCK_SHADE, rule=None, pad=6),
        ),
        r.line(claim_parts, Look(size=8, leading=10.5, shade=BLOCK_SHADE, rule=None, pad=6)),
        Spacer(1, 22),
        *r.pairs(
            [
                (w("Packet ID"), packet.packet_id),
                (w("Generated"), f"{w.moment(packet.generated_at)} · {packet.time_zone}"),
                (w("Language"), w.label("language", packet.language)),
                (w("Record period"), period_text(r)),
                (w("Chain head"), packet.integrity.head),
            ]
        ),
        Spacer(1, 18),
        r.para(w("Times are given in the {zone} time zone.", zone=packet.time_zone), "small"),
        r.para(
            w(
                "Prepared by the creditor with callnotes from its record of collection contacts. Not legal advice."
            ),
            "small",
        ),
    ]


def period_text(r: PacketRenderer) -> str:
    """The period of the record the packet shows, in words."""
    w, options = r.w, r.packet.options
    start, end = options.period_from, options.period_to
    if start and end:
        return w("{start} to {end}", start=w.day(start), end=w.day(end))
    if start:
        return w("from {start}", start=w.day(start))
    if end:
        return w("up to {end}", end=w.day(end))
    return w("the whole record")


def contents(r: PacketRenderer) -> list[Flowable]:
    """Where each section starts, then the index of exhibits and where each one is."""
    w = r.w
    flow: list[Flowable] = [r.heading("contents")]
    column_widths = widths(r.content_width, (3, 1.6))
    flow.append(
        r.header_row([w.p("column", "Section"), w.p("column", "Page · document no.")], column_widths, "LR")
    )
    sections = [
        f"destination.{r.packet.options.destination}",
        "statement",
        "agreement",
        "record",
        "promises",
    ]
    if r.exhibits:
        sections.append("exhibits")
    for key in [*sections, "declaration", "integrity"]:
        flow.append(
            r.row([r.section_title(key), Deferred(f"section:{key}")], column_widths, Look(aligns="LR"))
        )
    flow += [Spacer(1, 16), r.para(w("Index of exhibits"), "h2")]
    refs = r.packet.exhibits
    if not refs:
        return [*flow, r.para(w("No documents are attached for this debtor."))]
    if not refs[0].included:
        flow.append(
            r.para(w("Exhibits are left out of this copy; their fingerprints are on the integrity page."))
        )
    column_widths = widths(r.content_width, (0.7, 3, 1.8, 2.2))
    flow.append(
        r.header_row(
            [
                w.p("column", "Exhibit"),
                w.p("column", "Document"),
                w.p("column", "Relates to"),
                w.p("column", "Pages · document no."),
            ],
            column_widths,
            "LLLR",
        )
    )
    for ref in refs:
        where: Cell = Deferred(f"exhibit:exhibit-{ref.label}") if ref.included else w("not included")
        flow.append(
            r.row(
                [ref.label, ref.original_name, relates_to(r, ref), where], column_widths, Look(aligns="LLLR")
            )
        )
    return flow
