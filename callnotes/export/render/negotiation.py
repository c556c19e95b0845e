"""Proof of the attempt to negotiate (Spain, LO 1/2025): the date, means, direction, person and outcome
of every contact, and the formal demand with its proof of delivery; never what was offered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from callnotes.export.court_proofs import best_demand, contacts, demand_proof
from callnotes.export.packet_model import ContactBlock
from callnotes.export.render.checklist import exhibit_refs, missing
from callnotes.export.render.flowables import widths
from callnotes.export.wording import N_

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer


DOCUMENTS = {
    "summary": N_("call summary"),
    "overdue": N_("overdue notice"),
    "reminder": N_("reminder"),
    "statement": N_("statement of account"),
    "demand": N_("formal demand"),
}
"""The words for the document a contact sent (domain.documents.DOCUMENT_KINDS)."""


def means(r: PacketRenderer, block: ContactBlock) -> str:
    """How a contact was made: its kind, the document it sent and its reference (a burofax number)."""
    parts = [r.w.label("contact", block.kind)]
    if block.document:
        parts.append(r.w(DOCUMENTS.get(block.document, block.document)))
    if block.reference:
        parts.append(block.reference)
    return " · ".join(parts)


def result(r: PacketRenderer, block: ContactBlock) -> str:
    """How a contact ended; for a letter, what became of it when that is recorded."""
    w = r.w
    if block.delivery is not None:
        status, on = block.delivery
        return w("{status} on {date}", status=w.label("delivery", status), date=w.day(on))
    return w.label("outcome", block.outcome) if block.outcome else "—"


def negotiation(r: PacketRenderer) -> list[Flowable]:
    """Proof of the attempt to negotiate (Spain, LO 1/2025): the date, means, direction, person and outcome
    of every contact, and the formal demand with its proof of delivery; never what was offered."""
    w, packet = r.w, r.packet
    flow: list[Flowable] = [
        r.para(w("Proof of the attempt to negotiate"), "h2"),
        r.para(
            w(
                "Every contact with the debtor on record before this claim: when, by what means, which way, "
                "with whom and how it ended. What was offered in the negotiation is confidential and is left "
                "out of this packet."
            )
        ),
    ]
    if packet.offers_left_out:
        flow.append(
            r.para(
                w(
                    "Offers and counter-offers left out of the record: {count}; their fingerprints are on the "
                    "integrity page.",
                    count=packet.offers_left_out,
                )
            )
        )
    column_widths = widths(r.content_width, (1.25, 1.9, 1.05, 1.3, 1.3))
    flow.append(
        r.header_row(
            [
                w.p("column", "Date"),
                w.p("column", "Means"),
                w.p("column", "Direction"),
                w.p("column", "Person"),
                w.p("column", "Outcome"),
            ],
            column_widths,
        )
    )
    blocks = contacts(r.packet)
    for block in blocks:
        cells = [
            w.moment(block.started_at),
            means(r, block),
            w.label("direction", block.direction),
            block.person or block.address_used or "—",
            result(r, block),
        ]
        flow.append(r.row(cells, column_widths))
    if not blocks:
        flow.append(r.para(w("No contact with the debtor is on record.")))
    flow.append(r.para(w("The formal demand"), "h2"))
    demand, proof = best_demand(packet), demand_proof(packet)
    if demand is not None and proof.labels:
        sent = w(
            "Formal demand sent on {date} ({means}): {exhibits}.",
            date=w.moment(demand.contact.started_at),
            means=means(r, demand.contact),
            exhibits=exhibit_refs(r, proof.labels),
        )
        flow.append(r.para(sent + " " + w("Delivery: {result}.", result=result(r, demand.contact))))
    if not proof.present:
        flow.append(r.para(missing(r, proof)))
    return flow
