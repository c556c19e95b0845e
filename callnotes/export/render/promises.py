"""Promises to pay and payment plans, with the state of each promise and instalment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from callnotes.export.fonts import BOLD
from callnotes.export.render.flowables import Look, widths
from callnotes.export.render.theme import BLOCK_SHADE

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer


def promises_section(r: PacketRenderer) -> list[Flowable]:
    """Every promise (made, amount, by when, kept or broken), then every plan and its instalments."""
    w, packet = r.w, r.packet
    flow: list[Flowable] = [r.heading("promises"), r.para(w("Promises to pay"), "h2")]
    column_widths = widths(r.content_width, (1, 1, 1, 1))
    if packet.promises:
        flow.append(r.para(promise_tally(r)))
        flow.append(
            r.header_row(
                [
                    w.p("column", "Made"),
                    w.p("column", "Amount"),
                    w.p("column", "By"),
                    w.p("column", "Status"),
                ],
                column_widths,
                "LRLL",
            )
        )
        for promise in packet.promises:
            state = w.label("state", promise.state)
            if promise.state == "part_kept":
                state = w("{state} ({paid} paid)", state=state, paid=r.money(promise.paid_minor))
            cells = [w.day(promise.made_on), r.money(promise.amount_minor), w.day(promise.due_on), state]
            flow.append(r.row(cells, column_widths, Look(aligns="LRLL")))
    else:
        flow.append(r.para(w("No promise to pay has been made.")))
    flow.append(r.para(w("Payment plans"), "h2"))
    if not packet.plans:
        return [*flow, r.para(w("No payment plan has been agreed."))]
    for plan in packet.plans:
        title = w(
            "{plan} agreed on {date} for {total}",
            plan=w.label("plan", plan.kind),
            date=w.day(plan.agreed_on),
            total=r.money(plan.total_minor),
        )
        flow.append(r.line(title, Look(font=BOLD, shade=BLOCK_SHADE)))
        if plan.state:
            state = w.label("plan state", plan.state)
            flow.append(r.line(w("Status on {date}: {state}.", date=w.day(packet.as_of), state=state)))
        if plan.conditions:
            flow.append(r.line(plan.conditions))
        three = widths(r.content_width, (1, 1, 2))
        flow.append(
            r.header_row(
                [w.p("column", "Due"), w.p("column", "Amount"), w.p("column", "Status")], three, "LRL"
            )
        )
        for instalment in plan.instalments:
            state = w.label("state", instalment.state)
            if instalment.state == "part_paid":
                state = w("{state} ({paid} paid)", state=state, paid=r.money(instalment.paid_minor))
            cells = [w.day(instalment.due_on), r.money(instalment.amount_minor), state]
            flow.append(r.row(cells, three, Look(aligns="LRL")))
    return flow


def promise_tally(r: PacketRenderer) -> str:
    """How many promises were kept, part-kept, broken and are pending, in words."""
    states = [p.state for p in r.packet.promises]
    counts = {state: states.count(state) for state in ("kept", "part_kept", "broken", "pending")}
    if not counts["part_kept"]:  # the shorter sentence while no promise was part-kept
        return r.w("{kept} kept, {broken} broken, {pending} pending.", **counts)
    return r.w("{kept} kept, {part_kept} part-kept, {broken} broken, {pending} pending.", **counts)
