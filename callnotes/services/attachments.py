"""Files kept with a debtor (invoices, delivery notes, e-mails, letters), stored under their SHA-256.

A file is copied to `attachments/<first two hex digits>/<sha256>` in the data folder, so the same
file added twice is stored once and any later change to a stored file is detectable. Adding one
journals an `attachment` entry carrying the hash; the same file added again to the same thing adds
nothing. Files larger than `MAX_FILE_BYTES` are refused before anything is copied.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlmodel import Session

from callnotes.errors import InputError
from callnotes.paths import AppPaths
from callnotes.services.debtors import get_debtor
from callnotes.services.plain import Attached as Attached
from callnotes.services.plain import DocumentInfo as DocumentInfo
from callnotes.services.plain import DocumentOwner as DocumentOwner
from callnotes.services.plain import StoredState as StoredState
from callnotes.store import queries
from callnotes.store.engine import clock_of
from callnotes.store.journal import NewEntry, append_entry
from callnotes.store.models import Agreement, Attachment, Interaction, Invoice

CHUNK = 1 << 20
MAX_FILE_BYTES = 25_000_000  # a scan or an e-mail with its attachments; courts take ~10-30 MB in all


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


def copy_in(paths: AppPaths, source: Path) -> tuple[str, int]:
    """Copy a file into the store under its SHA-256 (atomically, owner-only); returns its hash and size."""
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
    """Refuse the first path that is not a readable file or is too big, before anything is copied: a
    refused save leaves nothing behind in the data folder."""
    for path in paths:
        source = Path(path)
        if not source.is_file() or not os.access(source, os.R_OK):
            raise InputError(
                f"“{source}” is not a file that can be read; choose an existing file.",
                field="files",
                problem="file",
                values={"value": source.name},
            )
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"“{source.name}” is {size / 1e6:.1f} MB; callnotes keeps files of up to "
                f"{MAX_FILE_BYTES // 1_000_000} MB. Attach a smaller copy, such as a scan at a lower resolution.",
                field="files",
                problem="file_too_big",
                values={"value": source.name, "name": source.name, "size": size, "limit": MAX_FILE_BYTES},
            )


def _check_owner(
    session: Session,
    debtor_id: int,
    invoice_id: int | None,
    interaction_id: int | None,
    agreement_id: int | None,
) -> None:
    """Refuse an invoice, interaction or agreement that is not this debtor's."""
    owners: tuple[tuple[str, int | None, Invoice | Interaction | Agreement | None], ...] = (
        ("Invoice", invoice_id, session.get(Invoice, invoice_id) if invoice_id is not None else None),
        (
            "Interaction",
            interaction_id,
            session.get(Interaction, interaction_id) if interaction_id is not None else None,
        ),
        (
            "Agreement",
            agreement_id,
            session.get(Agreement, agreement_id) if agreement_id is not None else None,
        ),
    )
    for what, key, row in owners:
        if key is not None and (row is None or row.debtor_id != debtor_id):
            raise InputError(f"{what} {key} does not belong to this debtor.")


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
    journal it. The same file already kept with the same thing is not added again: that one is returned."""
    get_debtor(session, debtor_id)
    source = Path(file_path)
    check_files([source])
    _check_owner(session, debtor_id, invoice_id, interaction_id, agreement_id)
    try:
        sha, size = copy_in(paths, source)
    except OSError as exc:
        raise InputError(
            f"“{source.name}” could not be copied into the data folder ({exc.strerror})."
        ) from exc
    same = queries.same_attachment(session, debtor_id, sha, invoice_id, interaction_id, agreement_id)
    if same is not None:
        return same
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


def attach_files(
    session: Session,
    paths: AppPaths,
    debtor_id: int,
    files: Sequence[str | os.PathLike[str]],
    *,
    invoice_id: int | None = None,
    interaction_id: int | None = None,
    agreement_id: int | None = None,
    author: str = "",
) -> Attached:
    """Keep files with the debtor or one of its invoices, interactions or agreements: every file and the
    owner are checked before any file is copied; a file already kept with the same thing is not added
    again (the caller commits)."""
    get_debtor(session, debtor_id)
    if sum(key is not None for key in (invoice_id, interaction_id, agreement_id)) > 1:
        raise InputError("A document belongs to the debtor or to one invoice, interaction or agreement.")
    check_files(files)
    _check_owner(session, debtor_id, invoice_id, interaction_id, agreement_id)
    added: list[str] = []
    already: list[str] = []
    seen: set[str] = set()
    for path in files:
        source = Path(path)
        sha = file_sha256(source)
        known = queries.same_attachment(session, debtor_id, sha, invoice_id, interaction_id, agreement_id)
        if sha in seen or known is not None:
            already.append(source.name)
            continue
        seen.add(sha)
        add_attachment(
            session,
            paths,
            debtor_id,
            source,
            invoice_id=invoice_id,
            interaction_id=interaction_id,
            agreement_id=agreement_id,
            author=author,
        )
        added.append(source.name)
    return Attached(tuple(added), tuple(already))


def _owner(attachment: Attachment, owners: queries.AttachmentOwners) -> DocumentOwner:
    if attachment.invoice_id is not None:
        return DocumentOwner("invoice", invoice_number=owners.invoices.get(attachment.invoice_id, ""))
    if attachment.agreement_id is not None:
        return DocumentOwner("agreement", agreement_signed_on=owners.agreements.get(attachment.agreement_id))
    if attachment.interaction_id is not None:
        kind, started_at = owners.interactions.get(attachment.interaction_id, ("", None))
        return DocumentOwner("interaction", interaction_kind=kind, interaction_started_at=started_at)
    return DocumentOwner("debtor")


def list_documents(session: Session, paths: AppPaths, debtor_id: int) -> tuple[DocumentInfo, ...]:
    """The debtor's documents in the order they were added, each with its stored copy checked."""
    get_debtor(session, debtor_id)
    owners = queries.attachment_owners(session, debtor_id)
    return tuple(
        DocumentInfo(
            a.id or 0,
            a.original_name,
            a.size_bytes,
            a.media_type,
            a.added_at,
            _owner(a, owners),
            stored_state(paths, a.sha256),
        )
        for a in queries.attachments_of(session, debtor_id)
    )


def safe_file_name(name: str) -> str:
    """The original name as a file name of this system: no folders, no characters it refuses."""
    kept = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in Path(name).name).strip(" .")
    return kept or "document"


def viewable_copy(session: Session, paths: AppPaths, attachment_id: int) -> Path:
    """A read-only copy of a stored document under its original name, in a new temporary folder: the
    stored file is named by its hash, so a viewer would not know its type (and must not change it)."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise InputError(f"There is no document {attachment_id}.")
    name = attachment.original_name
    state = stored_state(paths, attachment.sha256)
    if state is not StoredState.OK:
        raise InputError(
            f"The stored copy of “{name}” is {state.value}; restore the data folder from a backup.",
            problem=f"document_{state.value}",
            values={"value": name, "name": name},
        )
    folder = Path(tempfile.mkdtemp(prefix="callnotes-document-"))
    target = folder / safe_file_name(name)
    try:
        shutil.copyfile(stored_path(paths, attachment.sha256), target)
        target.chmod(0o400)
    except OSError as exc:
        raise InputError(f"“{name}” could not be copied to {folder} ({exc.strerror}).") from exc
    return target
