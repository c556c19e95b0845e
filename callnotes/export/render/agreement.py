"""The agreed terms (date, payment terms, interest, fees, the terms and goods in the creditor's own
words) and the deliveries, invoice by invoice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from callnotes.export.render.flowables import Look, widths

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer


def agreement_section(r: PacketRenderer) -> list[Flowable]:
    """The agreement, or a note that there is none in writing, then what was delivered when."""
    w, agreement = r.w, r.packet.agreement
    flow: list[Flowable] = [r.heading(w("section.agreement"), "agreement")]
    if agreement is None:
        flow.append(r.para(w("no_agreement")))
    else:
        interest = w.percent(agreement.annual_interest_bp) if agreement.annual_interest_bp else w("none")
        fee = r.money(agreement.late_fee_minor) if agreement.late_fee_minor else w("none")
        flow += r.pairs(
            [
                (w("agreed_on"), w.day(agreement.signed_on)),
                (w("payment_terms"), w("days", days=agreement.payment_terms_days)),
                (w("agreed_interest"), interest),
                (w("agreed_fee"), fee),
            ]
        )
        flow += [
            r.para(w("terms"), "h2"),
            r.line(agreement.terms, Look(size=8.4, leading=11, rule=None)),
            r.para(w("goods"), "h2"),
            r.line(agreement.goods_services, Look(size=8.4, leading=11, rule=None)),
        ]
    flow.append(r.para(w("deliveries"), "h2"))
    column_widths = widths(r.content_width, (1.1, 1, 3.2, 1))
    flow.append(
        r.header_row([w("col.invoice"), w("col.delivered"), w("goods"), w("col.exhibits")], column_widths)
    )
    for invoice in r.packet.statement.invoices:
        labels = ", ".join(ref.label for ref in r.packet.exhibits if ref.invoice_number == invoice.number)
        delivered = w.day(invoice.delivered_on) if invoice.delivered_on else w("not_recorded")
        flow.append(r.row([invoice.number, delivered, invoice.goods_services, labels], column_widths))
    return flow
