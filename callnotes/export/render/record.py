"""The chronological record: every entry in the order it was saved, grouped under the contact it was
written in, each amendment right under the entry it corrects.

Each entry shows when what it records happened, in the packet's time zone with its abbreviation and
offset (summer time shows), and who wrote it where the entry says; when it was locked into the record
more than a minute from then (a letter logged weeks after it was sent, an amendment), that moment is
shown too. A contact's header says when the contact was recorded, so the lines typed during a call do
not repeat it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable
from reportlab.platypus.flowables import SetTopFlowables

from callnotes.domain.entries import AttachmentDetails, ContactDetails, JournalEntry, RecordItem
from callnotes.export.entry_text import describe_entry
from callnotes.export.fonts import BOLD
from callnotes.export.packet_model import ContactBlock
from callnotes.export.render.flowables import Look, Row, widths
from callnotes.export.render.theme import AMEND_SHADE, BLOCK_SHADE

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer

APART = timedelta(minutes=1)
"""How far apart the moment something happened and the moment it was recorded must be for both to show."""


def record_section(r: PacketRenderer) -> list[Flowable]:
    """The record, with its column titles repeated at the top of every page it runs over."""
    w = r.w
    column_widths = _columns(r)
    header = r.header_row(
        [w.p("column", "No."), w.p("column", "Happened"), w.p("column", "Kind"), w.p("column", "Entry")],
        column_widths,
    )
    flow: list[Flowable] = [
        r.heading("record"),
        r.para(
            w(
                "Every entry of the record in the order it was saved, with the time what it records "
                "happened and, where it was recorded later, the time it was locked into the record. "
                "Corrections appear under the original, which never changes."
            )
        ),
        r.line(zone_note(r), Look(size=7.8, leading=10, shade=BLOCK_SHADE, rule=None, pad=3)),
        SetTopFlowables([header], show=True),
    ]
    for item in r.packet.record:
        if isinstance(item, ContactBlock):
            recorded = _recorded_at(item)
            flow.append(_contact_header(r, item, recorded))
            for grouped in item.items:
                flow.extend(_entry_rows(r, grouped, recorded, item.negotiation))
        else:
            flow.extend(_entry_rows(r, item, None))
    if not r.packet.record:
        flow.append(r.para(w("There are no entries in this period.")))
    flow.append(SetTopFlowables([]))
    return flow


def zone_note(r: PacketRenderer) -> str:
    """Which time zone the record's times are in, and its names in winter and in summer time."""
    w = r.w
    winter, summer = w.seasons(r.packet.as_of.year)
    if summer is None:
        return w("All times are in the {zone} time zone, {name}.", zone=r.packet.time_zone, name=winter)
    return w(
        "All times are in the {zone} time zone: {winter} in winter, {summer} in summer time.",
        zone=r.packet.time_zone,
        winter=winter,
        summer=summer,
    )


def contact_title(r: PacketRenderer, block: ContactBlock) -> str:
    """What kind of contact it was and which way it went ("Call to the debtor")."""
    return f"{r.w.label('contact', block.kind)} {r.w.label('direction', block.direction)}"


def _columns(r: PacketRenderer) -> list[float]:
    return widths(r.content_width, (0.42, 1.3, 0.95, 5.1))


def _recorded_at(block: ContactBlock) -> datetime | None:
    """When the contact was locked into the record (its summary entry's time)."""
    return next(
        (i.entry.recorded_at for i in block.items if isinstance(i.entry.details, ContactDetails)), None
    )


def _contact_header(r: PacketRenderer, block: ContactBlock, recorded: datetime | None) -> Row:
    """The shaded line over a contact's entries: what, when, with whom, how, and when it was recorded."""
    w = r.w
    ended = block.ended_at or block.started_at
    when = w.moment(block.started_at) if ended == block.started_at else w.span(block.started_at, ended)
    parts = [contact_title(r, block), when]
    if block.person:
        parts.append(w("with {person}", person=block.person))
    if block.address_used:
        parts.append(w("via {address}", address=block.address_used.replace("\n", ", ")))
    if block.reference:
        parts.append(w("ref. {reference}", reference=block.reference))
    if recorded is not None and abs(recorded - ended) > APART:
        parts.append(w("recorded {moment}", moment=w.moment(recorded)))
    elif recorded is not None and ended - block.started_at > APART:  # its lines' own times are earlier
        parts.append(w("recorded when it ended"))
    header = r.line(" · ".join(parts), Look(font=BOLD, size=7.8, leading=10, shade=BLOCK_SHADE, pad=3))
    header.keepWithNext = True
    return header


def _entry_rows(
    r: PacketRenderer, item: RecordItem, block_recorded: datetime | None, negotiation: bool = False
) -> list[Flowable]:
    """An entry and, right under it, each amendment that corrects it. In a contact that held an offer
    (`negotiation`, in a court packet) the contact's summary was left out, and the document kept with it
    is not named: the entry says so in its place (its fingerprint stays on the integrity page)."""
    column_widths = _columns(r)
    entry = item.entry
    left_out = negotiation and isinstance(entry.details, ContactDetails)
    document_left_out = negotiation and isinstance(entry.details, AttachmentDetails)

    def described(shown: JournalEntry) -> str:
        if document_left_out:  # its name and hash would show the offer (protasi-diakanonismou.eml)
            return r.w("Document left out: confidential negotiation.")
        text = describe(r, shown)
        if not left_out:
            return text
        return (text + "\n" if text else "") + r.w("Summary left out: confidential negotiation.")

    rows: list[Flowable] = [
        r.row(
            [
                str(entry.seq),
                _when(r, entry, block_recorded),
                r.w.label("kind", entry.kind),
                described(entry),
            ],
            column_widths,
        )
    ]
    for amendment in item.amendments:
        cells = [
            str(amendment.seq),
            _when(r, amendment, block_recorded),
            "↳ " + r.w.label("kind", amendment.kind),
            described(amendment),
        ]
        rows.append(r.row(cells, column_widths, Look(shade=AMEND_SHADE)))
    return rows


def _when(r: PacketRenderer, entry: JournalEntry, block_recorded: datetime | None) -> str:
    """When it happened; when it was recorded, if more than a minute apart and not said by its contact's
    header; who wrote it, where the entry says (older entries may not: nothing is made up for them)."""
    lines = [r.w.moment(entry.occurred_at)]
    if abs(entry.recorded_at - entry.occurred_at) > APART and entry.recorded_at != block_recorded:
        lines.append(r.w("recorded {moment}", moment=r.w.moment(entry.recorded_at)))
    if entry.author:
        lines.append(r.w("by {author}", author=entry.author))
    return "\n".join(lines)


def describe(r: PacketRenderer, entry: JournalEntry) -> str:
    """What an entry says, in the packet's language, naming the exhibit of an attached file."""
    return describe_entry(r.w, entry, r.exhibit_labels)
