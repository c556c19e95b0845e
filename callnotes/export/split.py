"""A packet split into one PDF/A file per document, as LexNET asks: the claim and its record first,
then each exhibit, then the closing sections (the integrity of the record), and an index of them.

Each file holds the packet's own pages, with the page and document numbers the single packet prints,
so the files read in the order of their names are the single packet page for page. Their names are
portal-safe and numbered so that they sort in that order: `00-index.pdf`, `01-claim-and-record.pdf`,
`02-exhibit-A-albaran.pdf`, …
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath

from callnotes.domain.witness import PDF_HEADS_KEY
from callnotes.export.exhibits import Mark
from callnotes.export.filing import open_merged, page_count, part_copy, pdfa_copy
from callnotes.export.packet_model import Packet
from callnotes.export.portals import (
    MB,
    PORTAL_LIMITS,
    over_limit,
    over_submission,
    portal_name,
    submitted_bytes,
)
from callnotes.export.wording import Wording


@dataclass(frozen=True)
class Part:
    """One document of the packet: the pages it holds (from 1), what it is, and its name's words."""

    stem: str  # the file name's words, in the packet's language ("Reclamacion y registro", "Anexo A albaran")
    title: str  # in the packet's language
    first: int
    last: int


@dataclass(frozen=True)
class SplitFile:
    """A file of the split packet, made in memory (written only when every file is made)."""

    name: str
    data: bytes
    pages: int
    role: str  # index | part
    over_limit: str  # the usual per-file limit it exceeds, in English; "" if none


def plan(packet: Packet, marks: Sequence[Mark], pages: int, w: Wording) -> list[Part]:
    """The packet's documents, in page order, from its bookmarks: everything before the first exhibit,
    each exhibit, and each section after the last one (the declaration to sign, the integrity of the
    record)."""
    claim = w("Claim and record")
    exhibits = [m for m in marks if m.level == 1 and m.key.startswith("exhibit-")]
    if not exhibits:
        return [Part(claim, claim, 1, pages)]
    closing = [m for m in marks if m.level == 0 and m.page > exhibits[-1].page]
    names = {ref.label: ref.original_name for ref in packet.exhibits}
    parts = [Part(claim, claim, 1, exhibits[0].page - 1)] if exhibits[0].page > 1 else []
    for mark in exhibits:
        label = mark.key.removeprefix("exhibit-")
        name = names.get(label, "")
        parts.append(Part(f"{mark.title} {PurePath(name).stem}", f"{mark.title} · {name}", mark.page, 0))
    parts += [Part(mark.title, mark.title, mark.page, 0) for mark in closing]
    # each document ends where the next one starts; the last, at the packet's end
    ends = [part.first - 1 for part in parts[1:]] + [pages]
    return [
        replace(part, last=end) if part.last == 0 else part for part, end in zip(parts, ends, strict=True)
    ]


def split_files(
    merged: bytes, packet: Packet, marks: Sequence[Mark], progress: Callable[[int, int], None]
) -> list[SplitFile]:
    """The index and one PDF/A-2b file per document of the packet, in the order of their names."""
    from callnotes.export.render.index import IndexRow, index_pdf  # reportlab, only for a split

    w = Wording(packet.language, packet.locale, packet.time_zone)
    destination = packet.options.destination
    limit = PORTAL_LIMITS[destination]
    per_file, per_submission = f"{limit.per_file // MB} MB", f"{limit.per_submission // MB} MB"
    files: list[SplitFile] = []
    rows: list[IndexRow] = []
    with open_merged(merged) as source:
        parts = plan(packet, marks, len(source.pages), w)
        width = max(2, len(str(len(parts))))
        title = str(source.docinfo.get("/Title", ""))
        heads = {PDF_HEADS_KEY: str(source.docinfo[PDF_HEADS_KEY])}  # for `callnotes verify --against`
        for done, part in enumerate(parts):
            progress(done, len(parts) + 1)
            data = part_copy(source, packet, part.first, part.last, marks, f"{title} — {part.title}")
            name = portal_name(f"{done + 1:0{width}d}-{part.stem}")
            over = over_limit(len(data), destination)
            files.append(SplitFile(name, data, part.last - part.first + 1, "part", over))
            warning = (
                w(
                    "Above the usual limit of {limit} per file at {portal}: the portal may refuse it.",
                    limit=per_file,
                    portal=w(limit.portal),
                )
                if over
                else ""
            )
            sha = hashlib.sha256(data).hexdigest()
            rows.append(IndexRow(name, part.title, part.first, part.last, sha, len(data), warning))
    total = submitted_bytes((f.role, len(f.data)) for f in files)
    together = (
        w(
            "Together the documents take {size}, above the usual limit of {limit} per submission at {portal}: "
            "file them in more than one submission.",
            size=w.size(total),
            limit=per_submission,
            portal=w(limit.portal),
        )
        if over_submission(total, destination)
        else ""
    )
    progress(len(parts), len(parts) + 1)
    index = pdfa_copy(index_pdf(packet, rows, together), packet, "index of the split files", heads)
    pages = page_count(index)
    name = portal_name(f"{0:0{width}d}-{w('Index of the files')}")
    return [SplitFile(name, index, pages, "index", over_limit(len(index), destination)), *files]
