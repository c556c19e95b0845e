"""SQLite files as whole files: consistent copies made with the online backup API, restoring one into
the live database, checking a file's pages, and what a copy holds (its heads and documents).

A live database is never copied byte for byte: it may be in the middle of a write, and its -wal file
holds committed pages the main file does not have yet. SQLite's backup API reads a consistent
snapshot through SQLite itself (writers carry on meanwhile, in WAL mode), and writes into a database
through SQLite too, in one transaction that every other connection sees whole.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from callnotes.errors import DamagedDatabaseError
from callnotes.store.engine import BUSY_TIMEOUT_MS, create_owner_only
from callnotes.store.models import Attachment, JournalHead
from callnotes.store.stats import row_counts


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def online_copy(source: Path, target: Path) -> None:
    """Copy the SQLite database `source` (live or not) into a new owner-only file `target` with the
    online backup API, as one consistent snapshot."""
    create_owner_only(target)
    try:
        reader = _read_only(source)
        try:
            writer = sqlite3.connect(target)
            try:
                reader.backup(writer)  # all pages in one step: one read transaction, one snapshot
            finally:
                writer.close()
        finally:
            reader.close()
    except BaseException:
        target.unlink(missing_ok=True)  # no half copy left behind
        raise


def restore_into(source: Path, live: Path) -> None:
    """Replace the content of the database `live` with that of `source`, through SQLite's backup API.

    The live file stays where it is with its permissions; SQLite writes it in one transaction (its -wal
    and -shm files stay consistent with it), so a connection still open on it, such as the desk's,
    reads the restored content on its next transaction and never a mix. Raises sqlite3.DatabaseError
    when `live` is too damaged for SQLite to write into.
    """
    create_owner_only(live)
    reader = _read_only(source)
    try:
        writer = sqlite3.connect(live, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            writer.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()


def self_contained(path: Path) -> None:
    """Switch a copy to a rollback journal: a file in WAL mode needs -wal and -shm files beside it to
    be read, which a read-only disk cannot hold."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


def page_problems(path: Path, *, full: bool = True) -> list[str]:
    """What SQLite finds wrong with the file's pages: `integrity_check` (full) or `quick_check`
    (no index contents, much faster); an empty list when it is sound."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        con = _read_only(path)
        try:
            rows = [str(row[0]) for row in con.execute(f"PRAGMA {pragma}(100)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def damaged(path: Path, problem: str) -> DamagedDatabaseError:
    """The error that says the database file is damaged, in one sentence."""
    return DamagedDatabaseError(f"The database {path} is damaged ({problem}).", path=str(path))


@dataclass(frozen=True)
class Head:
    """A debtor's journal head as stored: how many entries and the hash of the last."""

    debtor_id: int
    entries: int
    head: str

    def as_json(self) -> dict[str, object]:
        return {"debtor_id": self.debtor_id, "entries": self.entries, "head": self.head}


@dataclass(frozen=True)
class Contents:
    """What a database holds that a backup lists: row counts, journal heads, the documents' hashes."""

    counts: dict[str, int]
    heads: tuple[Head, ...]
    documents: tuple[str, ...]


def contents(engine: Engine) -> Contents:
    """Count the rows, read the heads and the stored documents' hashes of the database behind `engine`."""
    with Session(engine) as session:
        heads = tuple(
            Head(row.debtor_id, row.seq, row.head)
            for row in session.exec(select(JournalHead).order_by(col(JournalHead.debtor_id)))
        )
        documents = tuple(
            session.exec(select(Attachment.sha256).group_by(Attachment.sha256).order_by(Attachment.sha256))
        )
        return Contents(row_counts(session), heads, documents)
