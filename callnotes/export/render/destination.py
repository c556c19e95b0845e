"""The short section for where the packet goes: a summary for a lawyer or agency, the documents a
Spanish monitorio or a Greek payment order asks for, or the binder order for US small claims. The
rest of the packet is the same for every destination."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from callnotes.export.packet_data import ContactBlock, ExhibitRef
from callnotes.export.render.flowables import Cell, Deferred, Look, widths
from callnotes.export.render.promises import promise_tally
from callnotes.export.render.record import contact_title

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
    return [item for item in r.packet.record if isinstance(item, ContactBlock)]


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
    overdue = [i for i in packet.statement.invoices if i.open_minor > 0 and i.days_overdue > 0]
    oldest = max(overdue, key=lambda i: i.days_overdue, default=None)
    last = contacts[-1] if contacts else None
    flow: list[Flowable] = [
        r.para(w("The key facts for assessing the case and taking the collection further.")),
        *r.pairs(
            [
                (
                    w("Amount claimed as of {date}", date=w.day(packet.as_of)),
                    r.money(packet.statement.balance_minor),
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


def _negotiation_rows(r: PacketRenderer) -> list[Flowable]:
    w = r.w
    column_widths = widths(r.content_width, (1.15, 1.3, 1.2, 1.1, 2.6))
    flow: list[Flowable] = [
        r.header_row(
            [
                w.p("column", "Date"),
                w.p("column", "Channel"),
                w("Contact"),
                w.p("column", "Outcome"),
                w.p("column", "Summary"),
            ],
            column_widths,
        )
    ]
    for block in _contacts(r):
        flow.append(
            r.row(
                [
                    w.moment(block.started_at),
                    contact_title(r, block),
                    block.person or block.address_used,
                    w.label("outcome", block.outcome) if block.outcome else "—",
                    block.summary,
                ],
                column_widths,
            )
        )
    return flow if len(flow) > 1 else [r.para(w("No contact with the debtor is on record."))]


def _monitorio(r: PacketRenderer) -> list[Flowable]:
    w, packet = r.w, r.packet
    refs = packet.exhibits
    invoices = packet.statement.invoices
    contacts = _contacts(r)
    delivery_refs = [ref.label for ref in refs if ref.invoice_number]
    letters = [c for c in contacts if c.kind == "letter" and c.direction == "outbound"]
    talks = [
        c
        for c in contacts
        if c.outcome in ("reached", "met", "replied", "promise", "plan", "dispute", "refused")
    ]
    parties = bool(packet.creditor and packet.creditor.tax_id and packet.debtor.tax_id)
    checks = [
        (w("Identification of the parties (tax ID and address)"), parties, ""),
        (w("Invoices"), bool(invoices), _section_ref(r, "statement")),
        (
            w("Delivery notes or proof of delivery"),
            bool(delivery_refs) or any(i.delivered_on for i in invoices),
            _exhibit_refs(r, delivery_refs) or _section_ref(r, "agreement"),
        ),
        (
            w("Contract, accepted quote or agreed terms"),
            packet.agreement is not None,
            _section_ref(r, "agreement"),
        ),
        (w("Statement of account with the amount claimed"), True, _section_ref(r, "statement")),
        (
            w("Demand for payment with proof of receipt (burofax or certified letter)"),
            bool(letters),
            _section_ref(r, "record"),
        ),
        (w("Evidence of a prior attempt to negotiate"), bool(talks), _section_ref(r, "record")),
    ]
    column_widths = widths(r.content_width, (2.6, 0.9, 2))
    titles = [w.p("column", "Document"), w.p("column", "In this packet"), w.p("column", "Where")]
    flow: list[Flowable] = [
        r.para(
            w(
                "The Spanish proceso monitorio is for a money debt that is due and payable and shown by "
                "documents such as invoices or delivery notes. Since 2025 the claim must also show that a "
                "negotiation with the debtor was attempted before going to court."
            )
        ),
        r.para(w("Documents checklist"), "h2"),
        r.header_row(titles, column_widths),
    ]
    for document, present, where in checks:
        found = w("✓ yes") if present else w("✗ not on file")
        flow.append(r.row([document, found, where if present else ""], column_widths))
    return [*flow, r.para(w("Summary of the attempts to negotiate"), "h2"), *_negotiation_rows(r)]


def _payment_order(r: PacketRenderer) -> list[Flowable]:
    w, packet = r.w, r.packet
    agreement = packet.agreement
    column_widths = widths(r.content_width, (1, 1, 3.2))
    flow: list[Flowable] = [
        r.para(
            w(
                "A Greek payment order is granted for a money claim proven by documents. For each invoice "
                "claimed, the table lists the documents that prove it."
            )
        ),
        r.header_row(
            [w.p("column", "Invoice"), w.p("column", "Open"), w.p("column", "Proving documents")],
            column_widths,
            "LRL",
        ),
    ]
    for invoice in packet.statement.invoices:
        if invoice.open_minor <= 0:
            continue
        proofs = [w("the invoice (statement of account)")]
        if invoice.delivered_on:
            proofs.append(w("delivery on {date}", date=w.day(invoice.delivered_on)))
        if agreement:
            proofs.append(w("agreement of {date}", date=w.day(agreement.signed_on)))
        labels = [ref.label for ref in packet.exhibits if ref.invoice_number == invoice.number]
        if labels:
            proofs.append(_exhibit_refs(r, labels))
        flow.append(
            r.row(
                [invoice.number, r.money(invoice.open_minor), w.join(proofs)],
                column_widths,
                Look(aligns="LRL"),
            )
        )
    if agreement and agreement.annual_interest_bp:
        rate = w.percent(agreement.annual_interest_bp)
        interest = w(
            "Interest claimed: {rate} a year under the agreement of {date}.",
            rate=rate,
            date=w.day(agreement.signed_on),
        )
        flow.append(r.para(interest))
    demands = w("Demands and correspondence: {count} in the chronological record.", count=len(_contacts(r)))
    flow.append(r.para(demands))
    return flow


def _small_claims(r: PacketRenderer) -> list[Flowable]:
    w, refs = r.w, r.packet.exhibits
    invoice_refs = [ref for ref in refs if ref.invoice_number]
    letter_refs = [ref for ref in refs if ref.interaction and not ref.invoice_number]
    other_refs = [ref for ref in refs if not ref.interaction and not ref.invoice_number]

    def exhibits(group: list[ExhibitRef]) -> tuple[str, Cell]:
        if not group:
            return "—", "—"
        first = group[0]
        pages: Cell = Deferred(f"exhibit:exhibit-{first.label}") if first.included else w("not included")
        return _exhibit_refs(r, (ref.label for ref in group)), pages

    def section(key: str) -> tuple[str, Cell]:
        return _section_ref(r, key), Deferred(f"section:{key}")

    binder = [
        (w("Statement of account: the amount claimed"), section("statement")),
        (w("The agreement and what was delivered"), section("agreement")),
        (w("Invoice and delivery documents"), exhibits(invoice_refs)),
        (w("Demand letters and correspondence"), exhibits(letter_refs)),
        (w("Record of contacts"), section("record")),
        (w("Broken promises and payment plans"), section("promises")),
        (w("Other documents"), exhibits(other_refs)),
        (w("Integrity of the record"), section("integrity")),
    ]
    column_widths = widths(r.content_width, (0.4, 2.2, 1.7, 1.5))
    titles = [
        w.p("column", "Tab"),
        w.p("column", "Document"),
        w.p("column", "Where"),
        w.p("column", "Page · document no."),
    ]
    flow: list[Flowable] = [
        r.para(
            w(
                "A suggested order for the exhibit binder. Bring three copies: one for the court, one for "
                "the defendant and one for yourself."
            )
        ),
        r.header_row(titles, column_widths, "LLLR"),
    ]
    for tab, (document, (where, pages)) in enumerate(binder, start=1):
        flow.append(r.row([str(tab), document, where, pages], column_widths, Look(aligns="LLLR")))
    return flow
