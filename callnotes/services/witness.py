"""`callnotes verify --against FILE`: the database checked against heads witnessed outside it.

A packet or a PDF letter carries the heads of the journal it printed in its document information
(`/CallnotesHeads`), a backup in its `manifest.json` (or, as a plain database file, in its own
journal heads), an e-mail written by callnotes in its `X-Callnotes-Heads` header, and a list of
heads can be kept as JSON. A forwarded e-mail that lost the header still shows its record references
(`3-41-9f2c4a1b3e7d`): they are completed to the full heads callnotes kept when it wrote them.
Each witnessed head must still be part of the debtor's journal: see `callnotes.domain.witness`.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
import sqlite3
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from callnotes.domain.audit import WITNESS_MISMATCH, Finding
from callnotes.domain.documents import CitedReference, find_references
from callnotes.domain.record import WitnessHead
from callnotes.domain.witness import MAIL_HEADS_HEADER, PDF_HEADS_KEY, Ending, parse_heads, witness_findings
from callnotes.errors import InputError
from callnotes.export.quiet_pdf import quiet_pypdf
from callnotes.store.audit import tombstones
from callnotes.store.cited import cited_heads
from callnotes.store.journal import entry_hashes, heads_in_sqlite_file, journal_sizes

MANIFEST = "manifest.json"  # the file of a backup (a ZIP) that lists, among others, its heads
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Witness:
    """Heads read from a file, and what the file is (to say where a head was witnessed)."""

    source: str  # "the packet x.pdf", "the backup y.zip", ...
    heads: tuple[WitnessHead, ...]
    references: tuple[CitedReference, ...] = ()  # short references only (an e-mail without its header)


def _from_pdf(path: Path) -> tuple[str, Any]:
    """What the PDF is ("packet", or "letter": a letter's subject is its record reference) and the
    heads it records."""
    from pypdf import PdfReader

    with quiet_pypdf():  # a damaged file is said once, as an error, not as its warnings too
        info = PdfReader(path).metadata
    value = info.get(PDF_HEADS_KEY) if info is not None else None
    if value is None:
        raise ValueError("the packet records no heads (it was written by an older callnotes)")
    letter = info is not None and bool(find_references(str(info.subject or "")))
    return "letter" if letter else "packet", json.loads(str(value))


def _from_list(path: Path) -> Any:
    """A list of heads kept as JSON; any other file is refused in words, not with the parser's."""
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InputError(
            f"{path} cannot be checked against: it is not a packet, a backup, a letter or a list of heads."
        ) from None


def _from_zip(path: Path) -> Any:
    with zipfile.ZipFile(path) as archive:
        try:
            data = archive.read(MANIFEST)
        except KeyError:
            raise ValueError(f"it has no {MANIFEST}") from None
    return json.loads(data.decode("utf-8"))


_HEADER_LINE = re.compile(rb"^[A-Za-z0-9-]+:[ \t]")


def _from_email(path: Path) -> Witness:
    """The heads an e-mail written by callnotes carries in its header; failing that, the record
    references in its text (a reply or a forwarded copy quoting it)."""
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    header = message.get(MAIL_HEADS_HEADER)
    if header is not None:  # a summary or letter as callnotes wrote it
        return Witness(f"the letter {path.name}", parse_heads(json.loads(str(header))))
    source = f"the e-mail {path.name}"
    texts = [str(message.get("Subject", ""))]
    for part in message.walk():
        if part.get_content_type() in ("text/plain", "text/html") and not part.is_attachment():
            try:
                texts.append(str(part.get_content()))
            except (LookupError, ValueError):
                continue
    references = tuple(dict.fromkeys(find_references("\n".join(texts))))
    if not references:
        raise ValueError(f"it has no {MAIL_HEADS_HEADER} header and its text cites no record reference")
    return Witness(source, (), references)


def read_witness(path: Path) -> Witness:
    """The heads a packet or letter (PDF), a backup (ZIP with a manifest, or a database file), an e-mail
    (.eml) or a JSON list records; InputError, saying why, when the file cannot be read as any of them."""
    try:
        with path.open("rb") as file:
            start = file.read(16)
        if path.suffix.lower() == ".eml" or _HEADER_LINE.match(start):
            return _from_email(path)
        if start.startswith(b"%PDF"):
            kind, document = _from_pdf(path)
            source = f"the {kind} {path.name}"
        elif zipfile.is_zipfile(path):
            source, document = f"the backup {path.name}", _from_zip(path)
        elif start == _SQLITE_MAGIC:
            source, document = f"the database {path.name}", heads_in_sqlite_file(path)
        else:
            source, document = f"the list {path.name}", _from_list(path)
        return Witness(source, parse_heads(document))
    except InputError:
        raise
    except (OSError, ValueError, UnicodeDecodeError, zipfile.BadZipFile, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(
            f"{path} cannot be read as a packet, a letter, an e-mail, a backup or a list of heads: {reason}."
        ) from exc
    except Exception as exc:  # a damaged PDF fails inside pypdf in many ways: one clear line, still
        raise InputError(
            f"{path} cannot be read as a packet, a letter, an e-mail, a backup or a list of heads: {exc}."
        ) from exc


def witness_summary(witness: Witness, findings: Sequence[Finding]) -> str:
    """What checking against the witness covered, in a line: how many heads, and how they fared (the
    findings themselves are listed apart)."""
    count = len(witness.heads) + len(witness.references)
    noun = ("record reference" if witness.references else "head") + ("s" if count != 1 else "")
    failed = sum(1 for f in findings if f.failure)
    ended = len(findings) - failed  # a debtor deleted since: its tombstone, not its journal, ends the chain
    if not findings:
        return f"Checked against {witness.source}: {count} {noun}, continued by the record."
    fared = [f"{failed} not continued by the record"] if failed else []
    fared += [f"{ended} of a debtor deleted since"] if ended else []
    return f"Checked against {witness.source}: {count} {noun}; {', '.join(fared)} (below)."


def _completed(session: Session, witness: Witness) -> tuple[list[WitnessHead], list[Finding]]:
    """The witness's heads, with its short references completed to the full heads kept when the
    documents were written; a reference this database never issued is checked against the journal
    itself (its entry's hash must begin the same way), else it is a finding."""
    heads = list(witness.heads)
    findings = []
    for reference in witness.references:
        kept = cited_heads(session, reference)
        if kept:
            heads += kept
            continue
        shown = f"{reference.debtor_id}-{reference.entries}-{reference.head_prefix}"
        stored = entry_hashes(session, [(reference.debtor_id, reference.entries)]).get(
            (reference.debtor_id, reference.entries)
        )
        if stored is not None and stored.startswith(reference.head_prefix):
            heads.append(WitnessHead(reference.debtor_id, reference.entries, stored))
            continue
        message = (
            f"{witness.source} cites the record reference {shown}, which callnotes did not issue here "
            "and which the journal does not continue"
        )
        findings.append(
            Finding(WITNESS_MISMATCH, message, reference.debtor_id, "entry", None, reference.entries or None)
        )
    return heads, findings


def check_against(session: Session, witness: Witness) -> list[Finding]:
    """Every witnessed head that the database's journals no longer continue, and deleted debtors'."""
    heads, findings = _completed(session, witness)
    ids = {head.debtor_id for head in heads}
    sizes = journal_sizes(session, ids)
    hashes = entry_hashes(session, [(head.debtor_id, head.entries) for head in heads if head.entries])
    stones = {debtor_id: stone for debtor_id, stone in tombstones(session).items() if debtor_id in ids}
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
