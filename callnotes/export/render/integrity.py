"""The integrity section: the state of the record's hash chain, its head, how anyone can check it
(with callnotes, or with the journal and checker the evidence copy carries), and every fingerprint.

The filing copy carries no attachments (courts' portals refuse them), so this page says where the
evidence copy is: its file name when the same export writes one, otherwise how to make one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable
from reportlab.platypus.flowables import SetTopFlowables

from callnotes.domain.record import utc_iso
from callnotes.export.fonts import BOLD
from callnotes.export.render.flowables import Look, widths
from callnotes.export.render.theme import AMEND_SHADE, BLOCK_SHADE, HEAD_SHADE

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer


def integrity_section(r: PacketRenderer) -> list[Flowable]:
    """The chain's state and head, how to check them, the exhibits' and the entries' fingerprints."""
    w, packet, integrity = r.w, r.packet, r.packet.integrity
    if integrity.ok:
        status = r.line(
            w("Checked when this packet was generated: the chain is intact."),
            Look(font=BOLD, size=9, leading=12, rule=None, shade=BLOCK_SHADE, pad=5),
        )
    else:
        broken = w(
            "WARNING: the check failed at entry {seq} ({reason}).",
            seq=integrity.bad_seq,
            reason=integrity.reason,
        )
        status = r.line(broken, Look(font=BOLD, size=9, leading=12, rule=None, shade=AMEND_SHADE, pad=5))
    extent = w(
        "Entries {first} to {last} ({count} in all).",
        first=min(1, integrity.entries),
        last=integrity.entries,
        count=integrity.entries,
    )
    command = Look(size=7.6, rule=None, pad=4, shade=BLOCK_SHADE)
    flow: list[Flowable] = [
        r.heading("integrity"),
        r.para(
            w(
                "Every entry of the record carries the SHA-256 fingerprint of its content and of the entry "
                "before it, so any later change — one letter, a date, an amount — breaks the chain. The "
                "fingerprint of the last entry is the head of the chain: if it matches, nothing before it has "
                "changed."
            )
        ),
        status,
        r.para(w("Chain head"), "h2"),
        r.line(integrity.head, Look(font=BOLD, size=10, leading=13, rule=None)),
        r.para(extent + " " + w("This packet reproduces {count} of them.", count=len(integrity.hashes))),
        r.para(w("How to check"), "h2"),
        r.para(w("With callnotes, on the creditor's computer:")),
        r.line(f"callnotes verify --debtor {packet.debtor_id} --expect-head {integrity.head}", command),
        r.para(_evidence_copy(r)),
        r.line("python3 verify_journal.py journal.jsonl", command),
        r.para(w("Both must print the head shown above.")),
    ]
    if packet.exhibits:
        flow += _attachment_hashes(r)
    column_widths = widths(r.content_width, (0.45, 1.7, 1.05, 4.3))
    look = Look(size=6.6, leading=8.4, pad=1.8)
    titles = [
        w.p("column", "No."),
        w.p("column", "Recorded (UTC)"),
        w.p("column", "Kind"),
        w.p("column", "SHA-256"),
    ]
    header = r.row(titles, column_widths, Look(font=BOLD, size=6.6, leading=8.4, pad=1.8, shade=HEAD_SHADE))
    flow += [r.para(w("Fingerprint of each entry"), "h2"), SetTopFlowables([header], show=True)]
    for row in integrity.hashes:
        cells = [str(row.seq), utc_iso(row.recorded_at), w.label("kind", row.kind), row.entry_hash]
        flow.append(r.row(cells, column_widths, look))
    flow.append(SetTopFlowables([]))
    return flow


def _attachment_hashes(r: PacketRenderer) -> list[Flowable]:
    """Each exhibit's file, fingerprint and size, and whether the stored file still matches."""
    w = r.w
    column_widths = widths(r.content_width, (0.55, 4.2, 0.8, 1.1))
    titles = [
        w.p("column", "Exhibit"),
        w.p("column", "File") + " · " + w.p("column", "SHA-256"),
        w.p("column", "Size"),
        w.p("column", "Stored file"),
    ]
    flow: list[Flowable] = [
        r.para(w("Documents and their fingerprints"), "h2"),
        r.para(
            w(
                "Each exhibit can be checked by computing its SHA-256 (for example with sha256sum) and "
                "comparing it with the table below."
            )
        ),
        r.header_row(titles, column_widths, "LLRL"),
    ]
    for ref in r.packet.exhibits:
        cells = [
            ref.label,
            f"{ref.original_name}\n{ref.sha256}",
            w.size(ref.size_bytes),
            w.label("stored", ref.state.value),
        ]
        flow.append(r.row(cells, column_widths, Look(aligns="LLRL")))
    return flow


def _evidence_copy(r: PacketRenderer) -> str:
    """Where the journal and the checker are: the evidence copy written with this packet, or how to
    make one."""
    if r.evidence:
        return r.w(
            "Without callnotes: the evidence copy of this packet, {name}, carries the whole record "
            "(journal.jsonl), a one-page checker (verify_journal.py) that needs nothing but Python, and a "
            "manifest of its files. Extract them, for example with “pdfdetach -saveall {name}”, and run:",
            name=r.evidence,
        )
    return r.w(
        "Without callnotes: an evidence copy of the packet carries the whole record (journal.jsonl) and a "
        "one-page checker (verify_journal.py) that needs nothing but Python. This copy was made without "
        "one; the creditor can make one in callnotes' export dialog or with “callnotes packet --debtor "
        "{debtor} --evidence FILE”. Extract its files, for example with “pdfdetach -saveall FILE”, and run:",
        debtor=r.packet.debtor_id,
    )
