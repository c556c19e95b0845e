"""`callnotes verify --against FILE`: the database checked against heads witnessed outside it.

A packet carries the heads of the journal it printed in its document information
(`/CallnotesHeads`), a backup in its `manifest.json` (or, as a plain database file, in its own
journal heads), and a list of heads can be kept as JSON. Each witnessed head must still be part of
the debtor's journal: see `callnotes.domain.witness`.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from callnotes.domain.audit import Finding
from callnotes.domain.record import WitnessHead
from callnotes.domain.witness import PDF_HEADS_KEY, Ending, parse_heads, witness_findings
from callnotes.errors import InputError
from callnotes.store.audit import tombstones
from callnotes.store.journal import entry_hashes, heads_in_sqlite_file, journal_sizes

MANIFEST = "manifest.json"  # the file of a backup (a ZIP) that lists, among others, its heads
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Witness:
    """Heads read from a file, and what the file is (to say where a head was witnessed)."""

    source: str  # "the packet x.pdf", "the backup y.zip", ...
    heads: tuple[WitnessHead, ...]


def _from_pdf(path: Path) -> Any:
    from pypdf import PdfReader

    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)  # a damaged file is said once, as an error, not as its warnings too
    try:
        info = PdfReader(path).metadata
    finally:
        pypdf_log.setLevel(level)
    value = info.get(PDF_HEADS_KEY) if info is not None else None
    if value is None:
        raise ValueError("the packet records no heads (it was written by an older callnotes)")
    return json.loads(str(value))


def _from_zip(path: Path) -> Any:
    with zipfile.ZipFile(path) as archive:
        try:
            data = archive.read(MANIFEST)
        except KeyError:
            raise ValueError(f"it has no {MANIFEST}") from None
    return json.loads(data.decode("utf-8"))


def read_witness(path: Path) -> Witness:
    """The heads a packet (PDF), a backup (ZIP with a manifest, or a database file) or a JSON list
    records; InputError, saying why, when the file cannot be read as any of them."""
    try:
        with path.open("rb") as file:
            start = file.read(16)
        if start.startswith(b"%PDF"):
            source, document = f"the packet {path.name}", _from_pdf(path)
        elif zipfile.is_zipfile(path):
            source, document = f"the backup {path.name}", _from_zip(path)
        elif start == _SQLITE_MAGIC:
            source, document = f"the database {path.name}", heads_in_sqlite_file(path)
        else:
            source, document = f"the list {path.name}", json.loads(path.read_bytes().decode("utf-8"))
        return Witness(source, parse_heads(document))
    except (OSError, ValueError, UnicodeDecodeError, zipfile.BadZipFile, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(
            f"{path} cannot be read as a packet, a backup or a list of heads: {reason}."
        ) from exc
    except Exception as exc:  # a damaged PDF fails inside pypdf in many ways: one clear line, still
        raise InputError(f"{path} cannot be read as a packet, a backup or a list of heads: {exc}.") from exc


def check_against(session: Session, witness: Witness) -> list[Finding]:
    """Every witnessed head that the database's journals no longer continue, and deleted debtors'."""
    heads = witness.heads
    ids = {head.debtor_id for head in heads}
    sizes = journal_sizes(session, ids)
    hashes = entry_hashes(session, [(head.debtor_id, head.entries) for head in heads if head.entries])
    stones = {debtor_id: stone for debtor_id, stone in tombstones(session).items() if debtor_id in ids}
    findings = []
    for head in heads:
        stone = stones.get(head.debtor_id)
        findings += witness_findings(
            head,
            sizes.get(head.debtor_id),
            hashes.get((head.debtor_id, head.entries)),
            Ending(stone.entries, stone.head, stone.deleted_at) if stone else None,
            witness.source,
        )
    return findings
