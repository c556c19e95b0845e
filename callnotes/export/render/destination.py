"""The short section for where the packet goes: a summary for a lawyer or agency, the documents a
Spanish monitorio or a Greek payment order asks for, or the binder order for US small claims. The
rest of the packet is the same for every destination."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable  # type: ignore[import-untyped]

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
    key = f"destination.{destination}"
    return [r.heading(r.w(f"section.{key}"), key), *build(r)]


def _contacts(r: PacketRenderer) -> list[ContactBlock]:
    return [item for item in r.packet.record if isinstance(item, ContactBlock)]


def _section_ref(r: PacketRenderer, key: str) -> str:
    return r.w("section_ref", section=r.w(f"section.{key}"))


def _exhibit_refs(r: PacketRenderer, labels: Iterable[str]) -> str:
    """ "exhibit A" or "exhibits A, C"; empty when there are none."""
    listed = list(labels)
    if not listed:
        return ""
    return r.w("exhibit_ref" if len(listed) == 1 else "exhibits_ref", labels=", ".join(listed))


def _general(r: PacketRenderer) -> list[Flowable]:
    w, packet = r.w, r.packet
    contacts = _contacts(r)
    counts = {kind: sum(1 for c in contacts if c.kind == kind) for kind in ("call", "letter", "email")}
    tally = w(
        "contacts_tally",
        calls=counts["call"],
        letters=counts["letter"],
        emails=counts["email"],
        others=len(contacts) - sum(counts.values()),
    )
    overdue = [i for i in packet.statement.invoices if i.open_minor > 0 and i.days_overdue > 0]
    oldest = max(overdue, key=lambda i: i.days_overdue, default=None)
    last = contacts[-1] if contacts else None
    flow: list[Flowable] = [
        r.para(w("general_intro")),
        *r.pairs(
            [
                (w("amount_claimed", date=w.day(packet.as_of)), r.money(packet.statement.balance_minor)),
                (
                    w("oldest_overdue"),
                    f"{oldest.number} · {w('days', days=oldest.days_overdue)}" if oldest else "—",
                ),
                (w("contacts_logged"), tally),
                (w("promises_made"), promise_tally(r)),
                (
                    w("last_contact"),
                    f"{w.moment(last.started_at)} · {contact_title(r, last)}"
                    + (f" · {w.label('outcome', last.outcome)}" if last.outcome else "")
                    if last
                    else "—",
                ),
            ]
        ),
        r.para(w("people"), "h2"),
    ]
    column_widths = widths(r.content_width, (1.6, 1.6, 1.4, 1.8))
    flow.append(r.header_row([w("col.name"), w("col.role"), w("phone"), w("email")], column_widths))
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
            [w("col.date"), w("col.channel"), w("contact"), w("col.outcome"), w("col.summary")],
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
    return flow if len(flow) > 1 else [r.para(w("no_negotiation"))]


def _monitorio(r: PacketRenderer) -> list[Flowable]:
    w, packet = r.w, r.packet
    refs = packet.exhibits
    invoices = packet.statement.invoices
    contacts = _contacts(r)
    delivery_refs = [ref.label for ref in refs if ref.invoice_number]
    letters = [c for c in contacts if c.kind == "letter" and c.direction == "outbound"]
    talks = [c for c in contacts if c.outcome in ("reached", "promise", "plan", "dispute", "refused")]
    parties = bool(packet.creditor and packet.creditor.tax_id and packet.debtor.tax_id)
    checks = [
        ("parties", parties, ""),
        ("invoices", bool(invoices), _section_ref(r, "statement")),
        (
            "deliveries",
            bool(delivery_refs) or any(i.delivered_on for i in invoices),
            _exhibit_refs(r, delivery_refs) or _section_ref(r, "agreement"),
        ),
        ("agreement", packet.agreement is not None, _section_ref(r, "agreement")),
        ("statement", True, _section_ref(r, "statement")),
        ("demand", bool(letters), _section_ref(r, "record")),
        ("negotiation", bool(talks), _section_ref(r, "record")),
    ]
    column_widths = widths(r.content_width, (2.6, 0.9, 2))
    flow: list[Flowable] = [
        r.para(w("monitorio_intro")),
        r.para(w("checklist"), "h2"),
        r.header_row([w("col.document_needed"), w("col.in_packet"), w("col.where")], column_widths),
    ]
    for key, present, where in checks:
        flow.append(
            r.row(
                [w(f"check.{key}"), w("present" if present else "absent"), where if present else ""],
                column_widths,
            )
        )
    return [*flow, r.para(w("negotiation"), "h2"), *_negotiation_rows(r)]


def _payment_order(r: PacketRenderer) -> list[Flowable]:
    w, packet = r.w, r.packet
    agreement = packet.agreement
    column_widths = widths(r.content_width, (1, 1, 3.2))
    flow: list[Flowable] = [
        r.para(w("payment_order_intro")),
        r.header_row([w("col.invoice"), w("col.open"), w("col.proof")], column_widths, "LRL"),
    ]
    for invoice in packet.statement.invoices:
        if invoice.open_minor <= 0:
            continue
        proofs = [w("proof.invoice")]
        if invoice.delivered_on:
            proofs.append(w("proof.delivery", date=w.day(invoice.delivered_on)))
        if agreement:
            proofs.append(w("proof.agreement", date=w.day(agreement.signed_on)))
        labels = [ref.label for ref in packet.exhibits if ref.invoice_number == invoice.number]
        if labels:
            proofs.append(_exhibit_refs(r, labels))
        flow.append(
            r.row(
                [invoice.number, r.money(invoice.open_minor), "; ".join(proofs)],
                column_widths,
                Look(aligns="LRL"),
            )
        )
    if agreement and agreement.annual_interest_bp:
        rate = w.percent(agreement.annual_interest_bp)
        flow.append(r.para(w("proof.interest", rate=rate, date=w.day(agreement.signed_on))))
    flow.append(r.para(w("proof.demands", count=len(_contacts(r)))))
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
        pages: Cell = Deferred(f"exhibit:exhibit-{first.label}") if first.included else w("not_included")
        return _exhibit_refs(r, (ref.label for ref in group)), pages

    def section(key: str) -> tuple[str, Cell]:
        return _section_ref(r, key), Deferred(f"section:{key}")

    binder = [
        ("statement", section("statement")),
        ("agreement", section("agreement")),
        ("invoices", exhibits(invoice_refs)),
        ("correspondence", exhibits(letter_refs)),
        ("record", section("record")),
        ("promises", section("promises")),
        ("other", exhibits(other_refs)),
        ("integrity", section("integrity")),
    ]
    column_widths = widths(r.content_width, (0.4, 2.2, 1.7, 1.5))
    flow: list[Flowable] = [
        r.para(w("small_claims_intro")),
        r.header_row(
            [w("col.order"), w("col.document"), w("col.where"), w("col.starts")], column_widths, "LLLR"
        ),
    ]
    for tab, (key, (where, pages)) in enumerate(binder, start=1):
        flow.append(r.row([str(tab), w(f"binder.{key}"), where, pages], column_widths, Look(aligns="LLLR")))
    return flow
