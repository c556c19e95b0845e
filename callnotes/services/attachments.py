"""Files kept with a debtor (invoices, delivery notes, e-mails, letters), stored under their SHA-256.

A file is copied to `attachments/<first two hex digits>/<sha256>` in the data folder, so the same
file added twice is stored once and any later change to a stored file is detectable. Adding one
journals an `attachment` entry carrying the hash.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from sqlmodel import Session

from callnotes.errors import InputError
from callnotes.paths import AppPaths
from callnotes.services.debtors import get_debtor
from callnotes.store.engine import clock_of
from callnotes.store.journal import NewEntry, append_entry
from callnotes.store.models import Attachment, Interaction, Invoice

CHUNK = 1 << 20


class StoredState(StrEnum):
    """Whether the stored copy of an attachment is still the file that was recorded."""

    OK = "ok"
    MISSING = "missing"
    CHANGED = "changed"


def stored_path(paths: AppPaths, sha256: str) -> Path:
    """Where the file with this hash is kept in the data folder."""
    return paths.attachments / sha256[:2] / sha256


def file_sha256(path: Path) -> str:
    """Lowercase hexadecimal SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_in(paths: AppPaths, source: Path) -> tuple[str, int]:
    """Copy a file into the store (atomically, owner-only); returns its hash and size."""
    paths.attachments.mkdir(mode=0o700, parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    fd, temporary = tempfile.mkstemp(dir=paths.attachments, prefix=".incoming-")
    try:
        with source.open("rb") as reader, os.fdopen(fd, "wb") as writer:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
                writer.write(chunk)
                size += len(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        sha = digest.hexdigest()
        target = stored_path(paths, sha)
        target.parent.mkdir(mode=0o700, exist_ok=True)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return sha, size


def check_files(paths: Iterable[str | os.PathLike[str]]) -> None:
    """Refuse the first path that is not a readable file, before anything is copied: a refused save
    leaves nothing behind in the data folder."""
    for path in paths:
        source = Path(path)
        if not source.is_file() or not os.access(source, os.R_OK):
            raise InputError(
                f"“{source}” is not a file that can be read; choose an existing file.",
                field="files",
                problem="file",
                values={"value": source.name},
            )


def add_attachment(
    session: Session,
    paths: AppPaths,
    debtor_id: int,
    file_path: str | os.PathLike[str],
    invoice_id: int | None = None,
    interaction_id: int | None = None,
    author: str = "",
    agreement_id: int | None = None,
) -> Attachment:
    """Keep a copy of a file with the debtor (optionally with one invoice, interaction or agreement) and
    journal it."""
    get_debtor(session, debtor_id)
    source = Path(file_path)
    check_files([source])
    if invoice_id is not None:
        invoice = session.get(Invoice, invoice_id)
        if invoice is None or invoice.debtor_id != debtor_id:
            raise InputError(f"Invoice {invoice_id} does not belong to this debtor.")
    if interaction_id is not None:
        interaction = session.get(Interaction, interaction_id)
        if interaction is None or interaction.debtor_id != debtor_id:
            raise InputError(f"Interaction {interaction_id} does not belong to this debtor.")
    try:
        sha, size = _copy_in(paths, source)
    except OSError as exc:
        raise InputError(
            f"“{source.name}” could not be copied into the data folder ({exc.strerror})."
        ) from exc
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    attachment = Attachment(
        debtor_id=debtor_id,
        invoice_id=invoice_id,
        interaction_id=interaction_id,
        agreement_id=agreement_id,
        sha256=sha,
        original_name=source.name,
        media_type=media_type,
        size_bytes=size,
        added_at=clock_of(session).now(),
    )
    session.add(attachment)
    session.flush()
    data = {
        "attachment": attachment.id,
        **({"invoice": invoice_id} if invoice_id else {}),
        **({"agreement": agreement_id} if agreement_id else {}),
        "sha256": sha,
        "original_name": source.name,
        "media_type": media_type,
        "size_bytes": size,
    }
    append_entry(
        session, debtor_id, NewEntry("attachment", data=data, interaction_id=interaction_id, author=author)
    )
    return attachment


def stored_state(paths: AppPaths, sha256: str) -> StoredState:
    """Check the stored copy of the file with this hash against the hash."""
    try:
        return StoredState.OK if file_sha256(stored_path(paths, sha256)) == sha256 else StoredState.CHANGED
    except OSError:
        return StoredState.MISSING
