"""The short section for where the packet goes: a summary for a lawyer or agency, the documents a
Spanish monitorio or a Greek payment order asks for, or the binder order for US small claims. The
rest of the packet is the same for every destination."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Spacer

from callnotes.export.court_proofs import (
    Proof,
    agreement_proof,
    contacts,
    demand_proof,
    invoice_exhibits,
    invoices_proof,
    shown_exhibits,
)
from callnotes.export.packet_model import ExhibitRef
from callnotes.export.render.checklist import checklist, exhibit_refs, missing, proof_row, section_ref
from callnotes.export.render.flowables import Cell, Deferred, Look, widths
from callnotes.export.render.negotiation import negotiation
from callnotes.export.render.promises import promise_tally
from callnotes.export.render.record import contact_title
from callnotes.export.render.statement import not_yet_due

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


def _general(r: PacketRenderer) -> list[Flowable]:
    w, packet = r.w, r.packet
    held = contacts(packet)
    counts = {kind: sum(1 for c in held if c.kind == kind) for kind in ("call", "letter", "email")}
    tally = w(
        "{calls} calls, {letters} letters, {emails} e-mails, {others} other",
        calls=counts["call"],
        letters=counts["letter"],
        emails=counts["email"],
        others=len(held) - sum(counts.values()),
    )
    rows = {invoice.number: invoice for invoice in packet.statement.invoices}
    claimed = packet.claim.claimed_invoices  # oldest due first
    oldest = rows[claimed[0]] if claimed else None
    last = held[-1] if held else None
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


def _monitorio(r: PacketRenderer) -> list[Flowable]:
    w, packet = r.w, r.packet
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
        proof_row(
            r,
            w("Invoices and delivery notes (the documents kept with each claimed invoice)"),
            invoices_proof(packet),
        ),
        proof_row(r, w("Contract, accepted quote or agreed terms"), agreement_proof(packet)),
        (w("Statement of account with the amount claimed"), True, section_ref(r, "statement")),
        proof_row(
            r,
            w("Demand for payment with proof of receipt (burofax or certified letter)"),
            demand,
        ),
        (  # the contacts alone are not evidence a court takes: the demand received, with them, is
            w("Evidence of a prior attempt to negotiate"),
            demand.present,
            w("below: “{title}”", title=w("Proof of the attempt to negotiate"))
            if demand.present
            else missing(r, demand),
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
        r.para(w("The working is in {section}.", section=section_ref(r, "statement")), "small"),
        *not_yet_due(r),
        *checklist(r, checks),
    ]
    return [*flow, *negotiation(r)]


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
        proofs = [exhibit_refs(r, labels) if labels else w("no document of the invoice in this packet")]
        if invoice.delivered_on:
            proofs.append(
                w("delivered on {date} (as recorded in callnotes)", date=w.day(invoice.delivered_on))
            )
        if agreed.present:
            proofs.append(w("agreement: {exhibits}", exhibits=exhibit_refs(r, agreed.labels)))
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
        section=section_ref(r, "statement"),
    )
    flow += [Spacer(1, 6), r.para(claim_line)]
    if agreement and agreement.annual_interest_bp and packet.claim.interest_minor:
        rate = w.percent(agreement.annual_interest_bp)
        interest = w(
            "Interest claimed: {rate} a year under the agreement of {date}.",
            rate=rate,
            date=w.day(agreement.signed_on),
        )
        flow.append(r.para(interest))
    flow += not_yet_due(r)
    to_do = [
        missing(r, proof)
        for proof in (invoices_proof(packet), agreed, demand_proof(packet))
        if not proof.present and proof.problem != "no_claim"
    ]
    demand = demand_proof(packet)
    if demand.present:
        flow.append(
            r.para(
                w(
                    "Formal demand with proof of receipt: {exhibits}.",
                    exhibits=exhibit_refs(r, demand.labels),
                )
            )
        )
    if to_do:
        flow.append(r.para(w("Missing from this packet"), "h2"))
        flow += [r.para("• " + text) for text in dict.fromkeys(to_do)]
    demands = w(
        "Demands and correspondence: {count} in the chronological record.", count=len(contacts(r.packet))
    )
    flow.append(r.para(demands))
    return flow


def _small_claims(r: PacketRenderer) -> list[Flowable]:
    w, packet = r.w, r.packet
    refs = shown_exhibits(packet)
    invoice_refs = [ref for ref in refs if ref.invoice_number]
    agreement_refs = [ref for ref in refs if ref.agreement_id is not None]
    letter_refs = [ref for ref in refs if ref.interaction_id is not None]
    other_refs = [ref for ref in refs if ref not in (*invoice_refs, *agreement_refs, *letter_refs)]

    def exhibits(group: list[ExhibitRef], proof: Proof | None) -> tuple[str, Cell]:
        if not group:
            return (missing(r, proof) if proof is not None and not proof.present else "—"), "—"
        return exhibit_refs(r, (ref.label for ref in group)), Deferred(f"exhibit:exhibit-{group[0].label}")

    def section(key: str) -> tuple[str, Cell]:
        return section_ref(r, key), Deferred(f"section:{key}")

    invoices = invoices_proof(packet)
    binder = [
        (w("Statement of account: the amount claimed"), section("statement")),
        (w("The agreement and what was delivered"), section("agreement")),
        (
            w("Signed contract or accepted quote"),
            exhibits(agreement_refs, agreement_proof(packet)),
        ),
        (w("Invoice and delivery documents"), exhibits(invoice_refs, invoices)),
        (w("Demand letters and correspondence"), exhibits(letter_refs, demand_proof(packet))),
        (w("Record of contacts"), section("record")),
        (w("Broken promises and payment plans"), section("promises")),
        (w("Other documents"), exhibits(other_refs, None)),
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
        flow += [Spacer(1, 6), r.para(missing(r, invoices))]
    return [*flow, *not_yet_due(r)]
