"""The short section for where the packet goes: a summary for a lawyer or agency, the documents a
Spanish monitorio or a Greek payment order asks for, or the binder order for US small claims. The
rest of the packet is the same for every destination."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Spacer

from callnotes.export.court_proofs import (
    Proof,
    agreement_proof,
    best_demand,
    contacts,
    delivery_proof,
    demand_proof,
    invoice_exhibits,
    invoices_proof,
    shown_exhibits,
)
from callnotes.export.packet_data import ContactBlock, ExhibitRef
from callnotes.export.render.flowables import Cell, Deferred, Look, widths
from callnotes.export.render.promises import promise_tally
from callnotes.export.render.record import contact_title
from callnotes.export.render.statement import not_yet_due
from callnotes.export.wording import N_

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer


def destination_section(r: PacketRenderer) -> list[Flowable]:
    """The section for the packet's destination, under its own heading."""
    destination = r.packet.options.destination
    build: Callable[[PacketRenderer], list[Flowable]] = {
        "general": _general,
        "monitorio": _monitorio,
        "payment-order": _payment_order,
        "small-claims": _small_claims,
    }[destination]
    return [r.heading(f"destination.{destination}"), *build(r)]


def _contacts(r: PacketRenderer) -> list[ContactBlock]:
    return contacts(r.packet)


def _section_ref(r: PacketRenderer, key: str) -> str:
    return r.w("section {section}", section=r.w.quote(r.section_title(key)))


def _exhibit_refs(r: PacketRenderer, labels: Iterable[str]) -> str:
    """ "exhibit A" or "exhibits A, C"; empty when there are none."""
    listed = list(labels)
    if not listed:
        return ""
    if len(listed) == 1:
        return r.w("exhibit {labels}", labels=listed[0])
    return r.w("exhibits {labels}", labels=", ".join(listed))


def _general(r: PacketRenderer) -> list[Flowable]:
    w, packet = r.w, r.packet
    contacts = _contacts(r)
    counts = {kind: sum(1 for c in contacts if c.kind == kind) for kind in ("call", "letter", "email")}
    tally = w(
        "{calls} calls, {letters} letters, {emails} e-mails, {others} other",
        calls=counts["call"],
        letters=counts["letter"],
        emails=counts["email"],
        others=len(contacts) - sum(counts.values()),
    )
    rows = {invoice.number: invoice for invoice in packet.statement.invoices}
    claimed = packet.claim.claimed_invoices  # oldest due first
    oldest = rows[claimed[0]] if claimed else None
    last = contacts[-1] if contacts else None
    flow: list[Flowable] = [
        r.para(w("The key facts for assessing the case and taking the collection further.")),
        *r.pairs(
            [
                (
                    w("Amount claimed as of {date}", date=w.day(packet.as_of)),
                    r.money(packet.claim.claimed_minor),
                ),
                (
                    w("Not claimed: not yet due"),
                    f"{r.money(packet.claim.not_claimed_minor)} ({', '.join(packet.claim.not_claimed_invoices)})"
                    if packet.claim.not_claimed_invoices
                    else "—",
                ),
                (
                    w("Oldest overdue invoice"),
                    oldest.number + " · " + w("{days} days", days=oldest.days_overdue) if oldest else "—",
                ),
                (w("Contacts on record"), tally),
                (w("Promises to pay"), promise_tally(r)),
                (
                    w("Last contact"),
                    f"{w.moment(last.started_at)} · {contact_title(r, last)}"
                    + (f" · {w.label('outcome', last.outcome)}" if last.outcome else "")
                    if last
                    else "—",
                ),
            ]
        ),
        r.para(w("People to contact at the debtor"), "h2"),
    ]
    column_widths = widths(r.content_width, (1.6, 1.6, 1.4, 1.8))
    flow.append(
        r.header_row([w.p("column", "Name"), w.p("column", "Role"), w("Phone"), w("E-mail")], column_widths)
    )
    for person in packet.people:
        flow.append(
            r.row([person.name, person.role, "\n".join(person.phones), person.email or ""], column_widths)
        )
    return flow


DOCUMENTS = {
    "summary": N_("call summary"),
    "overdue": N_("overdue notice"),
    "reminder": N_("reminder"),
    "statement": N_("statement of account"),
    "demand": N_("formal demand"),
}
"""The words for the document a contact sent (domain.documents.DOCUMENT_KINDS)."""

TALKED = ("reached", "met", "replied", "promise", "plan", "dispute", "refused")
"""Outcomes of a contact in which the debtor took part: an attempt to negotiate."""


def _means(r: PacketRenderer, block: ContactBlock) -> str:
    """How a contact was made: its kind, the document it sent and its reference (a burofax number)."""
    parts = [r.w.label("contact", block.kind)]
    if block.document:
        parts.append(r.w(DOCUMENTS.get(block.document, block.document)))
    if block.reference:
        parts.append(block.reference)
    return " · ".join(parts)


def _result(r: PacketRenderer, block: ContactBlock) -> str:
    """How a contact ended; for a letter, what became of it when that is recorded."""
    w = r.w
    if block.delivery is not None:
        status, on = block.delivery
        return w("{status} on {date}", status=w.label("delivery", status), date=w.day(on))
    return w.label("outcome", block.outcome) if block.outcome else "—"


def _missing(r: PacketRenderer, proof: Proof, what: str) -> str:
    """What to do so that the next packet holds the document of a missing row (`what`: invoices,
    delivery, agreement, demand)."""
    w, packet = r.w, r.packet
    if proof.problem == "excluded":
        return w("This copy leaves the documents out: export again with the documents included.")
    if proof.problem == "no_claim":
        return w("No invoice is past due: nothing can be claimed yet.")
    if proof.problem == "lacking":
        invoices, several = ", ".join(proof.lacking), len(proof.lacking) > 1
        if what == "delivery" and several:
            return w(
                "Attach the signed delivery notes to invoices {invoices} (Invoices tab → Attach files…) and "
                "export again.",
                invoices=invoices,
            )
        if what == "delivery":
            return w(
                "Attach the signed delivery note to invoice {invoices} (Invoices tab → Attach files…) and "
                "export again.",
                invoices=invoices,
            )
        if several:
            return w(
                "Attach invoices {invoices} (Invoices tab → Attach files…) and export again.",
                invoices=invoices,
            )
        return w(
            "Attach invoice {invoices} (Invoices tab → Attach files…) and export again.", invoices=invoices
        )
    if proof.problem == "terms_only":
        return w(
            "Only the agreed terms as recorded in callnotes ({section}), which are not a signed document: "
            "attach the signed contract or accepted quote to the agreement (Details and people tab → Attach "
            "files…) and export again.",
            section=_section_ref(r, "agreement"),
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


def _proof_row(r: PacketRenderer, document: str, proof: Proof, what: str) -> tuple[str, bool, str]:
    """A checklist row: the document, whether this packet holds it, and where it is or what to do."""
    if proof.present:
        return document, True, _exhibit_refs(r, proof.labels)
    return document, False, _missing(r, proof, what)


def _checklist(r: PacketRenderer, checks: list[tuple[str, bool, str]]) -> list[Flowable]:
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


def _negotiation(r: PacketRenderer) -> list[Flowable]:
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
    blocks = _contacts(r)
    for block in blocks:
        cells = [
            w.moment(block.started_at),
            _means(r, block),
            w.label("direction", block.direction),
            block.person or block.address_used or "—",
            _result(r, block),
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
            means=_means(r, demand.contact),
            exhibits=_exhibit_refs(r, proof.labels),
        )
        flow.append(r.para(sent + " " + w("Delivery: {result}.", result=_result(r, demand.contact))))
    if not proof.present:
        flow.append(r.para(_missing(r, proof, "demand")))
    return flow


def _monitorio(r: PacketRenderer) -> list[Flowable]:
    w, packet = r.w, r.packet
    talks = [c for c in _contacts(r) if c.outcome in TALKED or c.delivery is not None]
    parties = bool(packet.creditor and packet.creditor.tax_id and packet.debtor.tax_id)
    demand = demand_proof(packet)
    checks = [
        (
            w("Identification of the parties (tax ID and address)"),
            parties,
            ""
            if parties
            else w("Fill in both tax IDs (Settings: your business…; Edit debtor details…) and export again."),
        ),
        _proof_row(r, w("Invoices"), invoices_proof(packet), "invoices"),
        _proof_row(r, w("Delivery notes or proof of delivery"), delivery_proof(packet), "delivery"),
        _proof_row(r, w("Contract, accepted quote or agreed terms"), agreement_proof(packet), "agreement"),
        (w("Statement of account with the amount claimed"), True, _section_ref(r, "statement")),
        _proof_row(
            r,
            w("Demand for payment with proof of receipt (burofax or certified letter)"),
            demand,
            "demand",
        ),
        (
            w("Evidence of a prior attempt to negotiate"),
            demand.present or bool(talks),
            w("below: “{title}”", title=w("Proof of the attempt to negotiate"))
            if demand.present or talks
            else w("Record the contacts with the debtor, or send the formal demand, and export again."),
        ),
    ]
    flow: list[Flowable] = [
        r.para(
            w(
                "The Spanish proceso monitorio is for a money debt that is due and payable and shown by "
                "documents such as invoices or delivery notes. Since 2025 the claim must also show that a "
                "negotiation with the debtor was attempted before going to court."
            )
        ),
        *r.pairs(
            [
                (
                    w("Amount claimed as of {date}", date=w.day(packet.as_of)),
                    r.money(packet.claim.claimed_minor),
                )
            ]
        ),
        r.para(w("The working is in {section}.", section=_section_ref(r, "statement")), "small"),
        *not_yet_due(r),
        *_checklist(r, checks),
    ]
    return [*flow, *_negotiation(r)]


def _payment_order(r: PacketRenderer) -> list[Flowable]:
    w, packet = r.w, r.packet
    agreement = packet.agreement
    agreed = agreement_proof(packet)
    column_widths = widths(r.content_width, (1, 0.9, 1, 3))
    flow: list[Flowable] = [
        r.para(
            w(
                "A Greek payment order is granted for a money claim proven by documents. For each invoice "
                "claimed, the table lists the documents that prove it."
            )
        ),
        r.header_row(
            [
                w.p("column", "Invoice"),
                w.p("column", "Due"),
                w.p("column", "Open"),
                w.p("column", "Proving documents"),
            ],
            column_widths,
            "LLRL",
        ),
    ]
    rows = {invoice.number: invoice for invoice in packet.statement.invoices}
    for number in packet.claim.claimed_invoices:
        invoice = rows[number]
        labels = invoice_exhibits(packet, number)
        proofs = [_exhibit_refs(r, labels) if labels else w("no document of the invoice in this packet")]
        if invoice.delivered_on:
            proofs.append(
                w("delivered on {date} (as recorded in callnotes)", date=w.day(invoice.delivered_on))
            )
        if agreed.present:
            proofs.append(w("agreement: {exhibits}", exhibits=_exhibit_refs(r, agreed.labels)))
        elif agreement:
            proofs.append(
                w("agreed terms of {date} as recorded in callnotes", date=w.day(agreement.signed_on))
            )
        flow.append(
            r.row(
                [number, w.day(invoice.due_on), r.money(invoice.open_minor), w.join(proofs)],
                column_widths,
                Look(aligns="LLRL"),
            )
        )
    if not packet.claim.claimed_invoices:
        flow.append(r.para(w("No invoice is past due: nothing can be claimed yet.")))
    claim_line = w(
        "Amount claimed: {amount}; the working is in {section}.",
        amount=r.money(packet.claim.claimed_minor),
        section=_section_ref(r, "statement"),
    )
    flow += [Spacer(1, 6), r.para(claim_line)]
    if agreement and agreement.annual_interest_bp:
        rate = w.percent(agreement.annual_interest_bp)
        interest = w(
            "Interest claimed: {rate} a year under the agreement of {date}.",
            rate=rate,
            date=w.day(agreement.signed_on),
        )
        flow.append(r.para(interest))
    flow += not_yet_due(r)
    missing = [
        _missing(r, proof, what)
        for proof, what in (
            (invoices_proof(packet), "invoices"),
            (agreed, "agreement"),
            (demand_proof(packet), "demand"),
        )
        if not proof.present and proof.problem != "no_claim"
    ]
    demand = demand_proof(packet)
    if demand.present:
        flow.append(
            r.para(
                w(
                    "Formal demand with proof of receipt: {exhibits}.",
                    exhibits=_exhibit_refs(r, demand.labels),
                )
            )
        )
    if missing:
        flow.append(r.para(w("Missing from this packet"), "h2"))
        flow += [r.para("• " + text) for text in dict.fromkeys(missing)]
    demands = w("Demands and correspondence: {count} in the chronological record.", count=len(_contacts(r)))
    flow.append(r.para(demands))
    return flow


def _small_claims(r: PacketRenderer) -> list[Flowable]:
    w, packet = r.w, r.packet
    refs = shown_exhibits(packet)
    invoice_refs = [ref for ref in refs if ref.invoice_number]
    agreement_refs = [ref for ref in refs if ref.agreement_id is not None]
    letter_refs = [ref for ref in refs if ref.interaction_id is not None]
    other_refs = [ref for ref in refs if ref not in (*invoice_refs, *agreement_refs, *letter_refs)]

    def exhibits(group: list[ExhibitRef], proof: Proof | None, what: str) -> tuple[str, Cell]:
        if not group:
            return (_missing(r, proof, what) if proof is not None and not proof.present else "—"), "—"
        return _exhibit_refs(r, (ref.label for ref in group)), Deferred(f"exhibit:exhibit-{group[0].label}")

    def section(key: str) -> tuple[str, Cell]:
        return _section_ref(r, key), Deferred(f"section:{key}")

    invoices = invoices_proof(packet)
    binder = [
        (w("Statement of account: the amount claimed"), section("statement")),
        (w("The agreement and what was delivered"), section("agreement")),
        (
            w("Signed contract or accepted quote"),
            exhibits(agreement_refs, agreement_proof(packet), "agreement"),
        ),
        (w("Invoice and delivery documents"), exhibits(invoice_refs, invoices, "invoices")),
        (w("Demand letters and correspondence"), exhibits(letter_refs, demand_proof(packet), "demand")),
        (w("Record of contacts"), section("record")),
        (w("Broken promises and payment plans"), section("promises")),
        (w("Other documents"), exhibits(other_refs, None, "")),
        (w("Integrity of the record"), section("integrity")),
    ]
    column_widths = widths(r.content_width, (0.4, 2, 2.1, 1.4))
    titles = [
        w.p("column", "Tab"),
        w.p("column", "Document"),
        w.p("column", "Where, or what to do"),
        w.p("column", "Page · document no."),
    ]
    flow: list[Flowable] = [
        r.para(
            w(
                "A suggested order for the exhibit binder. Bring three copies: one for the court, one for "
                "the defendant and one for yourself."
            )
        ),
        *r.pairs(
            [
                (
                    w("Amount claimed as of {date}", date=w.day(packet.as_of)),
                    r.money(packet.claim.claimed_minor),
                )
            ]
        ),
        r.header_row(titles, column_widths, "LLLR"),
    ]
    for tab, (document, (where, pages)) in enumerate(binder, start=1):
        flow.append(r.row([str(tab), document, where, pages], column_widths, Look(aligns="LLLR")))
    if invoices.lacking and invoices.problem == "lacking":
        flow += [Spacer(1, 6), r.para(_missing(r, invoices, "invoices"))]
    return [*flow, *not_yet_due(r)]
