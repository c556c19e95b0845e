"""A court packet's documents checklist: each document a court asks for, whether this packet really
holds it as an exhibit (court_proofs), and where it is or what to do so that the next packet does."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from callnotes.export.court_proofs import Proof, best_demand
from callnotes.export.render.flowables import widths

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer


def section_ref(r: PacketRenderer, key: str) -> str:
    """ "section «Title»": a reference to a section of the packet."""
    return r.w("section {section}", section=r.w.quote(r.section_title(key)))


def exhibit_refs(r: PacketRenderer, labels: Iterable[str]) -> str:
    """ "exhibit A" or "exhibits A, C"; empty when there are none."""
    listed = list(labels)
    if not listed:
        return ""
    if len(listed) == 1:
        return r.w("exhibit {labels}", labels=listed[0])
    return r.w("exhibits {labels}", labels=", ".join(listed))


def missing(r: PacketRenderer, proof: Proof) -> str:
    """What to do so that the next packet holds the document of a missing row (by `proof.problem`)."""
    w, packet = r.w, r.packet
    if proof.problem == "excluded":
        return w("This copy leaves the documents out: export again with the documents included.")
    if proof.problem == "no_claim":
        return w("No invoice is past due: nothing can be claimed yet.")
    if proof.problem == "lacking":
        invoices = ", ".join(proof.lacking)
        if len(proof.lacking) > 1:
            return w(
                "Attach invoices {invoices} and their signed delivery notes (Invoices tab → Attach files…) and "
                "export again.",
                invoices=invoices,
            )
        return w(
            "Attach invoice {invoices} and its signed delivery note (Invoices tab → Attach files…) and export "
            "again.",
            invoices=invoices,
        )
    if proof.problem == "terms_only":
        return w(
            "Only the agreed terms as recorded in callnotes ({section}), which are not a signed document: "
            "attach the signed contract or accepted quote to the agreement (Details and people tab → Attach "
            "files…) and export again.",
            section=section_ref(r, "agreement"),
        )
    if proof.problem == "no_agreement":
        return w(
            "No agreement is recorded: add it (Add agreement…) with the signed contract or accepted quote "
            "attached, and export again."
        )
    demand = best_demand(packet)
    sent_on = w.day(w.local_day(demand.contact.started_at)) if demand else ""
    if proof.problem == "no_document":
        return w(
            "Attach the demand sent on {date} and its proof of delivery to that contact (Record tab → Attach "
            "files to the contact…) and export again.",
            date=sent_on,
        )
    if proof.problem == "not_provable":
        return w(
            "The demand sent on {date} went by e-mail, which does not prove that it was received: send it so "
            "that its receipt can be proven (by burofax in Spain, through a court bailiff in Greece, by "
            "certified mail in the US), record it as sent with its delivery receipt, and export again.",
            date=sent_on,
        )
    if proof.problem == "not_received":
        return w(
            "Exhibit {labels}, but its receipt is not recorded: record the delivery of the demand sent on {date} "
            "with the receipt (Record delivery…) and export again.",
            labels=", ".join(proof.labels),
            date=sent_on,
        )
    return w(
        "No contact on record sent a formal demand: write it (Letters → Formal demand), send it so that its "
        "receipt can be "
        "proven (by burofax in Spain, through a court bailiff in Greece, by certified mail in the US), record it "
        "as sent with its delivery receipt, and export again."
    )


def proof_row(r: PacketRenderer, document: str, proof: Proof) -> tuple[str, bool, str]:
    """A checklist row: the document, whether this packet holds it, and where it is or what to do."""
    if proof.present:
        return document, True, exhibit_refs(r, proof.labels)
    return document, False, missing(r, proof)


def checklist(r: PacketRenderer, checks: list[tuple[str, bool, str]]) -> list[Flowable]:
    """The checklist table: (document, in this packet, where or what to do) rows under a heading."""
    w = r.w
    column_widths = widths(r.content_width, (2.2, 0.9, 2.6))
    titles = [
        w.p("column", "Document"),
        w.p("column", "In this packet"),
        w.p("column", "Where, or what to do"),
    ]
    flow: list[Flowable] = [r.para(w("Documents checklist"), "h2"), r.header_row(titles, column_widths)]
    for document, present, where in checks:
        found = w("✓ yes") if present else w("✗ not in this packet")
        flow.append(r.row([document, found, where], column_widths))
    return flow
