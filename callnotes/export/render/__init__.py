"""Lay a packet out with reportlab's platypus, in the manner of pretix's renderers.

`document.PacketRenderer` has overridable steps: fonts, styles, the story (one module per section,
and one short section per destination), and the page decoration drawn by `onPage`. Every page
carries the header (debtor, packet id) and the footer ("page X of Y" and a document number such as
CN-000001). Numbers that are only known at the end — the page count, where each section and exhibit
starts — are drawn as PDF forms that are filled in when the canvas is saved (canvas.py), so the
packet is laid out once. PDF exhibits get placeholder pages here, numbered like every other page;
exhibits.finish_packet draws the original pages into them.

User text is data: tables of it are drawn by `flowables.Row`, which wraps plain text itself
(breaking words that are too long, dropping control characters, turning right-to-left runs for
display) and never hands it to a markup parser. Paragraphs carry only the packet's own words, escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from callnotes.export.exhibits import PreparedExhibit, Rendered
    from callnotes.export.packet_model import Packet


def render_packet(
    packet: Packet,
    exhibits: Sequence[PreparedExhibit],
    progress: Callable[[int, int], None] | None = None,
    evidence: str = "",
) -> Rendered:
    """Lay out a packet: its PDF bytes, the exhibit pages still to merge and its bookmarks. `evidence`
    is the file name of the evidence copy written with it, which the integrity page names ("": none)."""
    from callnotes.export.render.document import PacketRenderer  # reportlab is loaded only to draw

    return PacketRenderer(packet, exhibits, progress, evidence).render()
