"""The statement of account: invoices, totals, ageing, payments and how they were applied, the
agreed interest and fees explained period by period, and (when the debtor's switch is on) the statutory
late-payment interest and compensation with their working, each rate with its half-year and source."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Spacer

from callnotes.domain.interest import COMPENSATION_EUR_MINOR
from callnotes.export.fonts import BOLD
from callnotes.export.packet_model import InvoiceRow
from callnotes.export.render.flowables import Look, kept_table, widths
from callnotes.export.render.theme import BLOCK_SHADE, HEAD_SHADE

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer


def statement_section(r: PacketRenderer) -> list[Flowable]:
    """The statement of account as of the packet's day."""
    w, statement = r.w, r.packet.statement
    flow: list[Flowable] = [
        r.heading("statement"),
        r.para(
            w(
                "The account at the end of {date}. Amounts in {currency}.",
                date=w.day(statement.as_of),
                currency=statement.currency,
            )
        ),
        r.para(w("Invoices"), "h2"),
    ]
    flow += (
        _invoice_table(r, statement.invoices)
        if statement.invoices
        else [r.para(w("No invoices have been recorded."))]
    )
    totals = [
        (w("Total invoiced"), r.money(statement.invoiced_minor)),
        *([(w("Credit notes"), "−" + r.money(statement.credited_minor))] if statement.credited_minor else []),
        (w("Total paid"), r.money(statement.paid_minor)),
        (w("Open principal"), r.money(statement.open_minor)),
        (w.p("statement total", "Late interest"), r.money(statement.interest_minor)),
        (w("Late fees"), r.money(statement.fees_minor)),
    ]
    if statement.credit_minor:
        totals.append((w("Unapplied payments on account"), "−" + r.money(statement.credit_minor)))
    totals.append((w("Balance of the account"), r.money(statement.balance_minor)))
    column_widths = widths(r.content_width, (3, 1))
    flow.append(Spacer(1, 6))
    flow += [r.row([label, value], column_widths, Look(aligns="LR")) for label, value in totals]
    flow += claim_rows(r)
    flow += not_yet_due(r)
    flow.append(r.para(w("Ageing of the open principal"), "h2"))
    flow.extend(
        r.row([w.label("bucket", bucket), r.money(minor)], column_widths, Look(aligns="LR"))
        for bucket, minor in statement.ageing
    )
    flow.append(r.para(w("Payments received and how they were applied"), "h2"))
    flow += _payment_table(r) if statement.payments else [r.para(w("No payments have been received."))]
    flow.append(r.para(w("Agreed interest and fees: how they were computed"), "h2"))
    return flow + _interest_explained(r) + _statutory_explained(r)


def claim_rows(r: PacketRenderer) -> list[Flowable]:
    """The amount claimed and its working: the principal of the invoices past due, their interest and
    fees, the statutory interest and compensation when claimed, less money received on account."""
    w, claim, statement = r.w, r.packet.claim, r.packet.statement
    rows = [
        (
            w("Principal of the invoices past due ({invoices})", invoices=", ".join(claim.claimed_invoices))
            if claim.claimed_invoices
            else w("Principal of the invoices past due"),
            r.money(claim.principal_minor),
        )
    ]
    if statement.annual_interest_bp or claim.interest_minor:
        rows.append((w("Agreed late interest (computed below)"), r.money(claim.interest_minor)))
    if statement.late_fee_minor or claim.fees_minor:
        rows.append((w("Late fees"), r.money(claim.fees_minor)))
    if claim.extra_minor:
        rows.append((w("Statutory interest and compensation (computed below)"), r.money(claim.extra_minor)))
    if claim.credit_minor:
        rows.append((w("Less money received on account"), "−" + r.money(claim.credit_minor)))
    column_widths = widths(r.content_width, (3, 1))
    flow: list[Flowable] = [
        r.para(w("The amount claimed"), "h2"),
        r.para(
            w(
                "Only what is due and payable on {date} is claimed: the open principal of the invoices past "
                "their due date, with the interest and fees they earned.",
                date=w.day(statement.as_of),
            )
        ),
    ]
    flow += [r.row([label, value], column_widths, Look(aligns="LR")) for label, value in rows]
    total = Look(font=BOLD, size=9, leading=12, shade=BLOCK_SHADE, aligns="LR")
    flow.append(r.row([w("Amount claimed"), r.money(claim.claimed_minor)], column_widths, total))
    return flow


def not_yet_due(r: PacketRenderer) -> list[Flowable]:
    """The invoices not yet due, named apart as not claimed, with their due dates and open amounts;
    nothing when every open invoice is past due."""
    w, claim = r.w, r.packet.claim
    if not claim.not_claimed_invoices:
        return []
    rows = {invoice.number: invoice for invoice in r.packet.statement.invoices}
    titles = [w.p("column", "Invoice"), w.p("column", "Due"), w.p("column", "Open"), w("Goods or services")]
    column_widths = r.titled_widths(titles, (1.4, 1.2, 1.2, 2.2))
    table: list[Flowable] = [r.header_row(titles, column_widths, "LLRL")]
    for number in claim.not_claimed_invoices:
        invoice = rows[number]
        cells = [number, w.day(invoice.due_on), r.money(invoice.open_minor), invoice.goods_services]
        table.append(r.row(cells, column_widths, Look(aligns="LLRL")))
    flow: list[Flowable] = [r.para(w("Not claimed: not yet due"), "h2"), *kept_table(table)]
    flow.append(Spacer(1, 4))
    flow.append(
        r.para(
            w(
                "Together {amount}, left out of the amount claimed until they fall due.",
                amount=r.money(claim.not_claimed_minor),
            )
        )
    )
    return flow


def _invoice_table(r: PacketRenderer, invoices: Sequence[InvoiceRow]) -> list[Flowable]:
    """One row an invoice; the interest and fee columns only when the statement has any."""
    w, statement = r.w, r.packet.statement
    columns = [
        ("number", 1.25),
        ("issued", 1),
        ("due", 1),
        ("amount", 1.2),
        *([("credited", 1.1)] if statement.credited_minor else []),
        ("paid", 1.15),
        ("open", 1.2),
        ("days", 0.7),
    ]
    if statement.annual_interest_bp or statement.interest_minor:
        columns.append(("interest", 1.05))
    if statement.late_fee_minor or statement.fees_minor:
        columns.append(("fee", 0.95))
    columns.append(("status", 1.1))
    keys = [key for key, _ in columns]
    aligns = "".join(
        "R" if key in ("amount", "credited", "paid", "open", "days", "interest", "fee") else "L"
        for key in keys
    )
    look = Look(size=7.2, leading=9.2, pad=2, aligns=aligns)
    titles = {
        "number": w.p("column", "Number"),
        "issued": w.p("column", "Issued"),
        "due": w.p("column", "Due"),
        "amount": w.p("column", "Amount"),
        "credited": w.p("column", "Credited"),
        "paid": w.p("column", "Paid"),
        "open": w.p("column", "Open"),
        "days": w.p("column", "Days late"),
        "interest": w.p("column", "Interest"),
        "fee": w.p("column", "Fee"),
        "status": w.p("column", "Status"),
    }
    header = Look(font=BOLD, size=7.2, leading=9.2, pad=2, shade=HEAD_SHADE, aligns=aligns)
    column_widths = r.titled_widths([titles[key] for key in keys], [weight for _, weight in columns], header)
    flow: list[Flowable] = [r.row([titles[key] for key in keys], column_widths, header)]
    for invoice in invoices:
        values = {
            "number": invoice.number,
            "issued": w.day(invoice.issued_on),
            "due": w.day(invoice.due_on),
            "amount": r.money(invoice.amount_minor),
            "credited": "−" + r.money(invoice.credited_minor) if invoice.credited_minor else "—",
            "paid": r.money(invoice.paid_minor),
            "open": r.money(invoice.open_minor),
            "days": str(invoice.days_overdue) if invoice.days_overdue > 0 and invoice.open_minor else "—",
            "interest": r.money(invoice.interest_minor),
            "fee": r.money(invoice.fee_minor),
            "status": w.label("status", invoice.status),
        }
        flow.append(r.row([values[key] for key in keys], column_widths, look))
    return kept_table(flow)


def _payment_table(r: PacketRenderer) -> list[Flowable]:
    w = r.w
    titles = [
        w.p("column", "Date"),
        w.p("column", "Amount"),
        w.p("column", "Method"),
        w.p("column", "Reference"),
        w.p("column", "Applied to"),
    ]
    column_widths = r.titled_widths(titles, (1, 1.1, 1.1, 1.4, 2.2))
    flow: list[Flowable] = [r.header_row(titles, column_widths, "LRLLL")]
    for payment in r.packet.statement.payments:
        applied = [f"{number}: {r.money(amount)}" for number, amount in payment.allocations]
        if payment.unallocated_minor:
            applied.append(w("on account, unapplied: {amount}", amount=r.money(payment.unallocated_minor)))
        cells = [
            w.day(payment.paid_on),
            r.money(payment.amount_minor),
            payment.method,
            payment.reference,
            "\n".join(applied),
        ]
        flow.append(r.row(cells, column_widths, Look(aligns="LR")))
    return kept_table(flow)


def _interest_explained(r: PacketRenderer) -> list[Flowable]:
    """The agreed rule in words, then each invoice's periods and the sum that gives its interest."""
    w, statement = r.w, r.packet.statement
    rate = w.percent(statement.annual_interest_bp)
    flow: list[Flowable] = [
        r.para(
            w(
                "Simple interest at {rate} a year on each invoice's open principal, from the day after its "
                "due date through {date}, counting calendar days over a 365-day year. A payment reduces the "
                "principal from the day it is received. Each period's interest is rounded to the cent and an "
                "invoice's interest is the sum of its periods.",
                rate=rate,
                date=w.day(statement.as_of),
            )
            if statement.annual_interest_bp
            else w("No late interest was agreed.")
        ),
        r.para(
            w(
                "A fixed fee of {fee} for each invoice not paid in full by its due date.",
                fee=r.money(statement.late_fee_minor),
            )
            if statement.late_fee_minor
            else w("No fixed late fees were agreed.")
        ),
    ]
    bearing = [invoice for invoice in statement.invoices if invoice.periods]
    if not statement.annual_interest_bp:
        return flow
    if not bearing:
        return [*flow, r.para(w("No invoice bears interest on that date."))]
    titles = [
        w.p("column", "Invoice"),
        w.p("column", "From"),
        w.p("column", "Through"),
        w.p("column", "Days"),
        w.p("column", "Principal"),
        w.p("column", "Interest"),
    ]
    column_widths = r.titled_widths(titles, (1.2, 1, 1, 0.6, 1.2, 1.1))
    table: list[Flowable] = [r.header_row(titles, column_widths, "LLLRRR")]
    for invoice in bearing:
        for line in invoice.lines:
            cells = [
                invoice.number,
                w.day(line.first_day),
                w.day(line.last_day),
                str(line.days),
                r.money(line.principal_minor),
                r.money(line.amount_minor),
            ]
            table.append(r.row(cells, column_widths, Look(aligns="LLLRRR", rule=None)))
        formula = w(
            "{invoice}: each line principal × days × {rate} / 365; together {interest}",
            invoice=invoice.number,
            rate=rate,
            interest=r.money(invoice.interest_minor),
        )
        table.append(r.line(formula, Look(font=BOLD, aligns="R")))
    return flow + kept_table(table)


def _statutory_explained(r: PacketRenderer) -> list[Flowable]:
    """The statutory late-payment interest and the compensation, line by line, each rate with the
    half-year it belongs to and where it was published; nothing when the debtor's switch is off."""
    w, interest = r.w, r.packet.interest
    if interest is None or not interest.statutory_on:
        return []
    flow: list[Flowable] = [
        r.para(w("Statutory late-payment interest and compensation: how they were computed"), "h2"),
        r.para(
            w(
                "For a late payment between businesses, the law (Directive 2011/7/EU) grants interest at the "
                "reference rate of the European Central Bank in force on the first day of each half-year plus "
                "8 points, from the day after the due date through {date}, and a fixed compensation of {fee} "
                "for each invoice not paid in full by its due date. Each line is principal × days × rate / 365, "
                "rounded to the cent.",
                date=w.day(interest.as_of),
                fee=r.money(COMPENSATION_EUR_MINOR),
            )
        ),
    ]
    if not interest.invoices:
        return [*flow, r.para(w("No invoice is late on that date."))]
    aligns = "LLLRRRRL"
    titles = [
        w.p("column", "Invoice"),
        w.p("column", "From"),
        w.p("column", "Through"),
        w.p("column", "Days"),
        w.p("column", "Principal"),
        w.p("column", "Rate"),
        w.p("column", "Interest"),
        w.p("column", "Half-year of the rate"),
    ]
    column_widths = r.titled_widths(titles, (1.1, 0.95, 0.95, 0.5, 1.1, 0.8, 1, 1.6))
    table: list[Flowable] = [r.header_row(titles, column_widths, aligns)]
    for invoice in interest.invoices:
        for line in invoice.statutory:
            source = w.day(line.half_year) if line.half_year else ""
            if line.rate_assumed:
                source += " " + w("(not in the table: the latest earlier rate)")
            elif line.source:
                source += ": " + line.source
            cells = [
                invoice.number,
                w.day(line.first_day),
                w.day(line.last_day),
                str(line.days),
                r.money(line.principal_minor),
                w.percent(line.rate_bp),
                r.money(line.amount_minor),
                source,
            ]
            table.append(r.row(cells, column_widths, Look(aligns=aligns, rule=None)))
        table.append(
            r.line(
                w(
                    "{invoice}: statutory interest {interest}, compensation {fee}",
                    invoice=invoice.number,
                    interest=r.money(invoice.statutory_minor),
                    fee=r.money(invoice.compensation_minor),
                ),
                Look(font=BOLD, aligns="R"),
            )
        )
    flow += kept_table(table)
    flow.append(
        r.para(
            w(
                "Claimed in addition to the balance: statutory interest {interest} and compensation {fee}, "
                "{total} in all.",
                interest=r.money(interest.statutory_claimed_minor),
                fee=r.money(interest.compensation_minor),
                total=r.money(interest.claimed_extra_minor),
            )
        )
    )
    if not interest.statutory_claimed:
        flow.append(
            r.para(
                w(
                    "The agreement sets its own interest rate, which governs: the statutory interest of {interest} "
                    "is shown for comparison and not claimed.",
                    interest=r.money(interest.statutory_minor),
                )
            )
        )
    return flow
