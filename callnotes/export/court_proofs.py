"""What a court's documents checklist may mark present: only documents that are exhibits of this packet.

A court asks for the invoices, the contract or agreed terms, proof of delivery and the formal demand
with proof that the debtor received it. A row is present only when each document it needs is an
exhibit this packet reproduces (included in the copy, and still the file that was recorded); what
callnotes merely knows (a delivery date, the agreed terms as typed) is not a document. Each missing
row says why (`problem`), so the packet can say what to do. Plain data, tested without a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from callnotes.domain.escalation import sent_kind
from callnotes.export.packet_model import ContactBlock, ExhibitRef, Packet

RECEIVED = ("delivered", "refused")  # a demand refused by its addressee counts as received


@dataclass(frozen=True)
class Proof:
    """One document a court asks for, and whether this packet really holds it.

    `problem` (empty when present): excluded (this copy leaves the documents out), no_claim (no invoice
    is past due), lacking (some claimed invoices have no document: `lacking`), no_agreement (none
    recorded), terms_only (the agreement is recorded but no document of it is attached), no_demand (no
    formal demand sent), no_document (the demand's copy and receipt are not attached), not_received
    (a letter whose delivery is not recorded as delivered or refused), not_provable (sent by a means that
    records no delivery, such as e-mail: a court does not take it as received).
    """

    present: bool
    labels: tuple[str, ...] = ()  # the exhibits that are it
    lacking: tuple[str, ...] = ()  # claimed invoices with no such exhibit
    problem: str = ""


@dataclass(frozen=True)
class Demand:
    """A formal demand sent (a contact whose document is `demand`) and what the packet shows of it."""

    contact: ContactBlock
    labels: tuple[str, ...]  # its exhibits shown: the letter sent, the delivery receipt
    received: bool  # its delivery is recorded as delivered or refused (an e-mail sent proves no receipt)


def shown_exhibits(packet: Packet) -> list[ExhibitRef]:
    """The exhibits this packet reproduces."""
    return [ref for ref in packet.exhibits if ref.shown]


def contacts(packet: Packet) -> list[ContactBlock]:
    """The contacts of the packet's record, oldest first."""
    return [part for part in packet.record if isinstance(part, ContactBlock)]


def invoice_exhibits(packet: Packet, number: str) -> tuple[str, ...]:
    """The labels of the exhibits shown that are kept with invoice `number`."""
    return tuple(ref.label for ref in shown_exhibits(packet) if ref.invoice_number == number)


def _excluded(packet: Packet) -> bool:
    return bool(packet.exhibits) and not packet.options.attachments


def invoices_proof(packet: Packet) -> Proof:
    """Every claimed invoice has a document kept with it among the exhibits shown.

    callnotes keeps an invoice's files together (the invoice, its signed delivery note) without telling
    them apart, so one row stands for both: "the documents kept with each claimed invoice", with their
    labels, for the reader to see which they are."""
    claimed = packet.claim.claimed_invoices
    if not claimed:
        return Proof(False, problem="no_claim")
    labels = tuple(label for number in claimed for label in invoice_exhibits(packet, number))
    lacking = tuple(number for number in claimed if not invoice_exhibits(packet, number))
    if not lacking:
        return Proof(True, labels)
    return Proof(False, labels, lacking, "excluded" if _excluded(packet) else "lacking")


def agreement_proof(packet: Packet) -> Proof:
    """A document kept with the agreement (the signed contract, the accepted quote) is an exhibit."""
    labels = tuple(ref.label for ref in shown_exhibits(packet) if ref.agreement_id is not None)
    if labels:
        return Proof(True, labels)
    if _excluded(packet) and any(ref.agreement_id is not None for ref in packet.exhibits):
        return Proof(False, problem="excluded")
    return Proof(False, problem="terms_only" if packet.agreement is not None else "no_agreement")


def demands(packet: Packet) -> list[Demand]:
    """Every formal demand the record shows as sent, oldest first."""
    found = []
    for contact in contacts(packet):
        if (
            contact.direction != "outbound"
            or sent_kind(contact.kind, contact.reference, contact.document) != "demand"
        ):
            continue
        labels = tuple(
            ref.label for ref in shown_exhibits(packet) if ref.interaction_id == contact.interaction_id
        )
        received = contact.delivery is not None and contact.delivery[0] in RECEIVED
        found.append(Demand(contact, labels, received))
    return found


def best_demand(packet: Packet) -> Demand | None:
    """The demand that proves the most: the latest received one with exhibits, else the latest sent."""
    sent = demands(packet)
    proven = [d for d in sent if d.labels and d.received]
    chosen = proven or sent
    return chosen[-1] if chosen else None


def demand_proof(packet: Packet) -> Proof:
    """A formal demand with its proof of receipt is among the exhibits."""
    demand = best_demand(packet)
    if demand is None:
        return Proof(False, problem="no_demand")
    if not demand.labels:
        kept = any(ref.interaction_id == demand.contact.interaction_id for ref in packet.exhibits)
        return Proof(False, problem="excluded" if kept and _excluded(packet) else "no_document")
    if not demand.received:
        problem = "not_received" if demand.contact.kind == "letter" else "not_provable"
        return Proof(False, demand.labels, problem=problem)
    return Proof(True, demand.labels)
