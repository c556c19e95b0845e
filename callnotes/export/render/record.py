"""The chronological record: every entry in the order it was saved, grouped under the contact it was
written in, each amendment right under the entry it corrects."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable  # type: ignore[import-untyped]
from reportlab.platypus.flowables import SetTopFlowables  # type: ignore[import-untyped]

from callnotes.export.fonts import BOLD
from callnotes.export.packet_data import ContactBlock, RecordEntry
from callnotes.export.render.flowables import Look, Row, widths
from callnotes.export.render.theme import AMEND_SHADE, BLOCK_SHADE

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer


def record_section(r: PacketRenderer) -> list[Flowable]:
    """The record, with its column titles repeated at the top of every page it runs over."""
    w = r.w
    column_widths = _columns(r)
    header = r.header_row(
        [w.p("column", "No."), w.p("column", "Written"), w.p("column", "Kind"), w.p("column", "Entry")],
        column_widths,
    )
    flow: list[Flowable] = [
        r.heading("record"),
        r.para(
            w(
                "Every entry of the record in the order it was saved, with the time it was written. "
                "Corrections appear under the original, which never changes."
            )
            + " "
            + w("Times are given in the {zone} time zone.", zone=r.packet.time_zone)
        ),
        SetTopFlowables([header], show=True),
    ]
    for item in r.packet.record:
        if isinstance(item, ContactBlock):
            flow.append(_contact_header(r, item))
            for entry in item.entries:
                flow.extend(_entry_rows(r, entry))
        else:
            flow.extend(_entry_rows(r, item))
    if not r.packet.record:
        flow.append(r.para(w("There are no entries in this period.")))
    flow.append(SetTopFlowables([]))
    return flow


def contact_title(r: PacketRenderer, block: ContactBlock) -> str:
    """What kind of contact it was and which way it went ("Call to the debtor")."""
    return f"{r.w.label('contact', block.kind)} {r.w.label('direction', block.direction)}"


def _columns(r: PacketRenderer) -> list[float]:
    return widths(r.content_width, (0.42, 1.3, 0.95, 5.1))


def _contact_header(r: PacketRenderer, block: ContactBlock) -> Row:
    """The shaded line over a contact's entries: what, when, with whom, how."""
    w = r.w
    when = w.moment(block.started_at)
    if block.ended_at and block.ended_at != block.started_at:
        ended = w.moment(block.ended_at)
        same_day = w.local_day(block.ended_at) == w.local_day(block.started_at)
        when += " – " + (ended.split(" ")[-1] if same_day else ended)
    parts = [contact_title(r, block), when]
    if block.person:
        parts.append(w("with {person}", person=block.person))
    if block.address_used:
        parts.append(w("via {address}", address=block.address_used.replace("\n", ", ")))
    if block.reference:
        parts.append(w("ref. {reference}", reference=block.reference))
    header = r.line(" · ".join(parts), Look(font=BOLD, size=7.8, leading=10, shade=BLOCK_SHADE, pad=3))
    header.keepWithNext = True
    return header


def _entry_rows(r: PacketRenderer, entry: RecordEntry) -> list[Flowable]:
    """An entry and, right under it, each amendment that corrects it."""
    column_widths = _columns(r)
    rows: list[Flowable] = [
        r.row(
            [str(entry.seq), _written(r, entry), r.w.label("kind", entry.kind), describe(r, entry)],
            column_widths,
        )
    ]
    for amendment in entry.amendments:
        cells = [
            str(amendment.seq),
            _written(r, amendment),
            "↳ " + r.w.label("kind", "amendment"),
            describe(r, amendment),
        ]
        rows.append(r.row(cells, column_widths, Look(shade=AMEND_SHADE)))
    return rows


def _written(r: PacketRenderer, entry: RecordEntry) -> str:
    written = r.w.moment(entry.written_at)
    return written + "\n" + r.w("by {author}", author=entry.author) if entry.author else written


def describe(r: PacketRenderer, entry: RecordEntry) -> str:
    """What an entry says: its structured part in words, then its text."""
    try:
        described = _described(r, entry)
    except (KeyError, TypeError, ValueError):  # an entry written by another version: show it as stored
        described = f"{entry.text}\n{dict(entry.data)}"
    return described.strip()


def _described(r: PacketRenderer, entry: RecordEntry) -> str:
    w, data = r.w, entry.data

    def money(key: str) -> str:
        return w.money(int(data[key]), str(data.get("currency", r.packet.currency)))

    def day(key: str) -> str:
        return w.day(date.fromisoformat(str(data[key])))

    kind = entry.kind
    if kind == "invoice":
        parts = [
            w(
                "Invoice {number} for {amount}, issued {issued}, due {due}.",
                number=data["number"],
                amount=money("amount_minor"),
                issued=day("issued_on"),
                due=day("due_on"),
            )
        ]
        if data.get("delivered_on"):
            parts.append(w("Delivered {date}.", date=day("delivered_on")))
        return " ".join(parts) + f"\n{entry.text}"
    if kind == "payment":
        parts = [w("Payment of {amount} received {date}.", amount=money("amount_minor"), date=day("paid_on"))]
        if data.get("method"):
            parts.append(w("Method: {method}.", method=data["method"]))
        if entry.text:
            parts.append(w("ref. {reference}", reference=entry.text) + ".")
        applied = ", ".join(
            f"{a['number']}: {w.money(int(a['amount_minor']), r.packet.currency)}"
            for a in data.get("allocations", [])
        )
        if applied:
            parts.append(w("Applied to: {allocations}.", allocations=applied))
        return " ".join(parts)
    if kind == "terms":
        return w("Agreement of {date}.", date=day("signed_on")) + "\n" + entry.text
    if kind == "promise":
        promise = w("Promises to pay {amount} by {date}.", amount=money("amount_minor"), date=day("due_on"))
        return promise + "\n" + entry.text
    if kind == "plan":
        instalments = w.join(
            w(
                "{amount} on {date}",
                amount=w.money(int(i["amount_minor"]), r.packet.currency),
                date=w.day(date.fromisoformat(i["due_on"])),
            )
            for i in data["instalments"]
        )
        plan = w.label("plan", data["kind"])
        total = money("total_minor")
        return w("{plan} for {total}: {instalments}.", plan=plan, total=total, instalments=instalments) + (
            "\n" + entry.text
        )
    if kind == "attachment":
        described = w(
            "{name} ({media_type}, {size}). SHA-256 {sha256}.",
            name=data["original_name"],
            media_type=data["media_type"],
            size=w.size(int(data["size_bytes"])),
            sha256=data["sha256"],
        )
        label = r.exhibit_labels.get(str(data["sha256"]))
        return described + (" " + w("See exhibit {label}.", label=label) if label else "")
    if kind == "interaction":
        parts = [w("Outcome: {outcome}.", outcome=w.label("outcome", data["outcome"]))]
        if entry.text:
            parts.append(entry.text)
        if data.get("next_action_on"):
            parts.append(w("Next action: {date}.", date=day("next_action_on")))
        return " ".join(parts)
    if kind == "amendment":
        correction = w(
            "Corrects entry {seq}. Reason: {reason}", seq=entry.amends_seq, reason=entry.reason or ""
        )
        return correction + "\n" + entry.text
    return entry.text
