"""The packet as the files a court, a lawyer or an auditor takes: PDF/A, made with pikepdf.

The packet is laid out and its exhibits merged once (export.render, export.exhibits); each copy is
made from those bytes:

- the filing copy, PDF/A-2b with nothing attached (court portals such as CM/ECF refuse attachments,
  and PDF/A-2 allows none), bookmarks open in the viewer;
- the evidence copy, the same pages as PDF/A-3b with the journal (`journal.jsonl`), the stand-alone
  checker (`verify_journal.py`) and a manifest of both and of the exhibits attached as associated
  files, so anyone can recompute the head;
- a part of the packet for the split files (`part_copy`), PDF/A-2b, with the packet's own pages.

`pikepdf.pdfa` prepares each one (an sRGB output intent, XMP metadata declaring its PDF/A part),
writes it and validates the bytes written: a copy that does not validate is never handed out. Every
date in the metadata is the packet's (callnotes' clock), never the system's time. Every copy keeps the
heads in its document information, for `callnotes verify --against`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from io import BytesIO
from zoneinfo import ZoneInfo

import pikepdf
import pikepdf.pdfa
from pikepdf import Array, AttachedFileSpec, Name, OutlineItem, Pdf
from pikepdf.models.metadata import encode_pdf_date

from callnotes.errors import PdfaError as PdfaError  # named here too
from callnotes.export.exhibits import EXHIBITS_KEY, Mark
from callnotes.export.packet_model import Packet
from callnotes.resources import shipped_document

FILING = "2b"  # what the filing copy and the split files are
EVIDENCE = "3b"  # PDF/A-3 is the part that allows files attached (as associated files)
JOURNAL = "journal.jsonl"
CHECKER = "verify_journal.py"
MANIFEST = "manifest.json"


def open_merged(merged: bytes) -> Pdf:
    """The merged packet, opened for one copy, without what PDF/A refuses in reportlab's pages: the
    empty page transition (/Trans) it writes on every page."""
    pdf = pikepdf.open(BytesIO(merged))
    for page in pdf.pages:
        if Name.Trans in page.obj:
            del page.obj[Name.Trans]
    return pdf


def page_count(pdf: bytes) -> int:
    """How many pages a PDF made in memory has."""
    with pikepdf.open(BytesIO(pdf)) as opened:
        return len(opened.pages)


def _moment(packet: Packet) -> datetime:
    """When the packet was made, in the debtor's time zone (the offset says which), to the second (as
    the document information writes it)."""
    return packet.generated_at.astimezone(ZoneInfo(packet.time_zone)).replace(microsecond=0)


def _save(pdf: Pdf, flavour: str, packet: Packet, what: str) -> bytes:
    """Prepare `pdf` for PDF/A `flavour`, date its metadata by the packet, write and validate it."""
    pikepdf.pdfa.prepare(pdf, flavour)
    # prepare() stamps xmp:MetadataDate with the system's time; the packet's clock is the one clock
    moment = _moment(packet)
    stamp = moment.isoformat()
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["xmp:CreateDate"] = stamp
        meta["xmp:ModifyDate"] = stamp
        meta["xmp:MetadataDate"] = stamp
        meta["dc:language"] = [packet.language]
    pdf.docinfo[Name.CreationDate] = pdf.docinfo[Name.ModDate] = encode_pdf_date(moment)
    pdf.Root.Lang = pikepdf.String(packet.language)
    if Name.Outlines in pdf.Root:
        pdf.Root.PageMode = Name.UseOutlines  # the bookmarks open beside the pages
    buffer = BytesIO()
    try:
        # deterministic_id: the same packet gives the same bytes, so a copy can be checked by its hash
        pikepdf.pdfa.save(pdf, buffer, flavour, repair=False, deterministic_id=True)
    except pikepdf.pdfa.PdfaError as exc:
        found = "; ".join(f"{f.rule} {f.message}" for f in exc.report.findings[:3])
        raise PdfaError(
            f"The {what} did not validate as PDF/A-{flavour.upper()} ({found}), so it was not written. "
            "This is a bug in callnotes; please report it."
        ) from exc
    return buffer.getvalue()


def pdfa_copy(
    pdf: bytes, packet: Packet, what: str = "filing copy", info: Mapping[str, str] | None = None
) -> bytes:
    """`pdf` (the merged packet: the filing copy; or another document of the packet, such as the index
    of the split files) as PDF/A-2b: nothing attached, no JavaScript, no encryption; `info` adds entries
    to its document information (the index carries the packet's heads, as its other files do)."""
    with open_merged(pdf) as opened:
        for key, value in (info or {}).items():
            opened.docinfo[key] = pikepdf.String(value)
        return _save(opened, FILING, packet, what)


def _digest(data: bytes) -> dict[str, str | int]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def manifest(packet: Packet, pages: int, files: dict[str, bytes]) -> bytes:
    """What the evidence copy carries, for a program or a person: the packet, its head, the exhibits it
    reproduces (label, name, fingerprint, size), those it could not (missing or changed, apart) and each
    attached file's fingerprint."""
    integrity = packet.integrity
    document = {
        "packet_id": packet.packet_id,
        "debtor_id": packet.debtor_id,
        "generated_at": _moment(packet).isoformat(),
        "pages": pages,
        "head": integrity.head,
        "entries": integrity.entries,
        "chain_intact": integrity.ok,
        "exhibits": [
            {"label": ref.label, "name": ref.original_name, "sha256": ref.sha256, "bytes": ref.size_bytes}
            for ref in packet.exhibits
            if ref.shown
        ],
        # included, but its stored file is missing or no longer the one recorded: its page says so, and
        # the fingerprint is the one recorded, not that of anything in this packet
        "unshown": [
            {"label": ref.label, "name": ref.original_name, "recorded_sha256": ref.sha256, "state": ref.state}
            for ref in packet.exhibits
            if ref.included and not ref.shown
        ],
        "files": [{"name": name, **_digest(data)} for name, data in files.items()],
        "check": f"python3 {CHECKER} {JOURNAL}",
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def evidence_copy(merged: bytes, packet: Packet) -> bytes:
    """The evidence copy: the same pages as PDF/A-3b, with the journal (the source the packet was made
    from), the checker and the manifest attached as associated files of the document."""
    journal = "".join(line + "\n" for line in packet.journal).encode("utf-8")
    checker = shipped_document(CHECKER).read_bytes()  # setup.py bundles it from docs/
    date = encode_pdf_date(_moment(packet))
    with open_merged(merged) as pdf:
        files = {JOURNAL: journal, CHECKER: checker}
        attached = [
            (JOURNAL, journal, "application/jsonl", Name.Source, "The record, one entry a line"),
            (CHECKER, checker, "text/x-python", Name.Supplement, "Recomputes the head of the journal"),
            (MANIFEST, manifest(packet, len(pdf.pages), files), "application/json", Name.Data, "Contents"),
        ]
        associated = Array()
        for name, data, media_type, relationship, description in attached:
            pdf.attachments[name] = AttachedFileSpec(
                pdf,
                data,
                filename=name,
                mime_type=media_type,
                description=description,
                creation_date=date,
                mod_date=date,
                relationship=relationship,
            )
            associated.append(pdf.attachments[name].obj)
        pdf.Root.AF = associated
        return _save(pdf, EVIDENCE, packet, "evidence copy")


def part_copy(source: Pdf, packet: Packet, first: int, last: int, marks: Sequence[Mark], title: str) -> bytes:
    """Pages `first` to `last` (from 1) of the packet as a PDF/A-2b file of their own, titled `title`,
    with the bookmarks of those pages (an exhibit's as a top-level bookmark of its own file)."""
    with Pdf.new() as part:
        part.pages.extend(source.pages[first - 1 : last])
        for key, value in source.docinfo.items():
            part.docinfo[key] = value
        part.docinfo[Name.Title] = pikepdf.String(title)
        inside = [m for m in marks if first <= m.page <= last and not _groups_exhibits(m)]
        if inside:
            with part.open_outline() as outline:
                for mark in inside:
                    outline.root.append(OutlineItem(mark.title, mark.page - first))
        return _save(part, FILING, packet, f"file “{title}”")


def _groups_exhibits(mark: Mark) -> bool:
    """The "Exhibits" bookmark the exhibits go under: an exhibit's own file does not need it."""
    return mark.key == EXHIBITS_KEY
