"""The agreed terms (date, payment terms, interest, fees, the terms and goods in the creditor's own
words) and the deliveries, invoice by invoice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from callnotes.export.render.flowables import Look, widths

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer


def agreement_section(r: PacketRenderer) -> list[Flowable]:
    """The agreement, or a note that there is none in writing, then what was delivered when."""
    w, agreement = r.w, r.packet.agreement
    flow: list[Flowable] = [r.heading("agreement")]
    if agreement is None:
        flow.append(
            r.para(
                w("There is no written agreement on file: the terms are those of the invoices themselves.")
            )
        )
    else:
        interest = (
            w.percent(agreement.annual_interest_bp) if agreement.annual_interest_bp else w("none agreed")
        )
        fee = r.money(agreement.late_fee_minor) if agreement.late_fee_minor else w("none agreed")
        flow += r.pairs(
            [
                (w("Agreed on"), w.day(agreement.signed_on)),
                (w("Payment terms"), w("{days} days", days=agreement.payment_terms_days)),
                (w.p("agreed term", "Late interest"), interest),
                (w("Fee per overdue invoice"), fee),
            ]
        )
        flow += [
            r.para(w("Terms"), "h2"),
            r.line(agreement.terms, Look(size=8.4, leading=11, rule=None)),
            r.para(w("Goods or services"), "h2"),
            r.line(agreement.goods_services, Look(size=8.4, leading=11, rule=None)),
        ]
    flow.append(r.para(w("Deliveries"), "h2"))
    column_widths = widths(r.content_width, (1.1, 1, 3.2, 1))
    flow.append(
        r.header_row(
            [
                w.p("column", "Invoice"),
                w.p("column", "Delivered"),
                w("Goods or services"),
                w.p("column", "Exhibits"),
            ],
            column_widths,
        )
    )
    for invoice in r.packet.statement.invoices:
        labels = ", ".join(ref.label for ref in r.packet.exhibits if ref.invoice_number == invoice.number)
        delivered = w.day(invoice.delivered_on) if invoice.delivered_on else w("not recorded")
        flow.append(r.row([invoice.number, delivered, invoice.goods_services, labels], column_widths))
    return flow
