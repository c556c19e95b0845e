"""Open a database and bring its schema up to date, safely.

Before anything writes to a file it is inspected read-only: a damaged file, a file that is not a
callnotes database, or one written by a newer version is refused and left exactly as it was. An
existing file is copied aside (with its old revision in the name) before it is upgraded.

Alembic (with Mako) and SQLAlchemy load only when they are needed: the revisions this version knows
come from the names of the files in migrations/versions, and a SQLite file already at the head
revision is read with a plain sqlite3 query, so a start with nothing to upgrade imports neither.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from callnotes.clock import Clock
from callnotes.errors import DamagedDatabaseError, DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.exc import SQLAlchemyError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def _revisions() -> tuple[str, ...]:
    """The revisions of the migrations shipped, oldest first: each file in migrations/versions is named
    after its revision (0009_instant.py holds revision "0009", whose down revision is the one before),
    so they are known without importing Alembic; a test checks that Alembic sees the same."""
    names = (path.name for path in (MIGRATIONS_DIR / "versions").iterdir())
    return tuple(
        sorted(name.split("_", 1)[0] for name in names if name[:4].isdigit() and name.endswith(".py"))
    )


def head_revision() -> str:
    """The newest schema revision this version of callnotes knows."""
    revisions = _revisions()
    assert revisions, "callnotes ships at least one migration"
    return revisions[-1]


def known_revisions() -> set[str]:
    """Every schema revision this version of callnotes can read."""
    return set(_revisions())


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a SQLite file found."""

    revision: str | None
    has_tables: bool


def inspect_sqlite_file(path: Path) -> FileState:
    """Read the schema revision of a SQLite file without changing a byte of it.

    Only a missing file is new. An empty (zero-byte) file, or any file that is not SQLite, is refused:
    SQLite would happily turn an empty file into an empty database, and whatever was meant to be
    there (a file cut short by a failed copy, a sync client's placeholder) would be silently replaced.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return FileState(None, False)
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be read ({exc.strerror}). The file was left untouched.") from exc
    if not path.is_file():
        raise DatabaseError(
            f"{path} is not a file, so it cannot be the callnotes database. It was left untouched. "
            "Choose another data folder with --data-dir."
        )
    if info.st_size == 0:
        raise DatabaseError(
            f"{path} is empty (0 bytes), so it is not a callnotes database: perhaps a copy or a sync "
            "that did not finish. It was left untouched. Restore the database from a backup, or move the "
            "empty file away to start a new one."
        )
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(
            f"{path} cannot be read as a callnotes database ({exc}). The file was left untouched. "
            "Restore a backup, or choose another data folder with --data-dir.",
            path=str(path),
        ) from exc
    return FileState(revision, bool(tables))


def check_revision(revision: str | None, has_tables: bool, where: str) -> None:
    """Refuse a database that callnotes did not write or that a newer callnotes wrote."""
    if revision is None and has_tables:
        raise DatabaseError(
            f"{where} holds tables but is not a callnotes database. It was left untouched. "
            "Choose another data folder with --data-dir."
        )
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            f"{where} was written by a newer version of callnotes (schema {revision}; this version "
            f"knows up to {head_revision()}). It was left untouched: install the newer callnotes to open it."
        )


def backup_sqlite(path: Path, backups_dir: Path, label: str, clock: Clock) -> Path:
    """Copy a SQLite file with SQLite's online backup API into `backups_dir`, owner-only."""
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"{path.stem}.{label}.{stamp}.sqlite3"
    from callnotes.store.snapshots import online_copy

    online_copy(path, target)
    return target


@dataclass(frozen=True)
class OpenedDatabase:
    """An engine on an up-to-date database, and what opening it did."""

    engine: Engine
    revision_before: str | None
    revision: str
    backup: Path | None


def _upgrade(engine: Engine) -> None:
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def open_sqlite(path: Path, backups_dir: Path, clock: Clock) -> OpenedDatabase:
    """Open (creating if needed, owner-only) and migrate the SQLite file at `path`.

    The clock names the copy made before an upgrade.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from callnotes.store.engine import make_engine, sqlite_url

    state = inspect_sqlite_file(path)
    check_revision(state.revision, state.has_tables, str(path))
    backup = None
    if state.revision is not None and state.revision != head_revision():
        backup = backup_sqlite(path, backups_dir, f"rev-{state.revision}", clock)
    if not path.exists():
        _create_new(path)
        return OpenedDatabase(make_engine(sqlite_url(path)), None, head_revision(), None)
    engine = make_engine(sqlite_url(path))
    try:
        if state.revision != head_revision():
            _upgrade(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(
            f"Upgrading {path} failed ({exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc}). "
            f"Nothing was lost: the file before the upgrade is in {backup or path}."
        ) from exc
    return OpenedDatabase(engine, state.revision, head_revision(), backup)


def _create_new(path: Path) -> None:
    """Make a new, fully migrated database at `path`, owner-only: built in a temporary file beside it
    and linked into place only when complete, so a crash or a full disk never leaves an empty or
    half-made file there (which the next start would refuse)."""
    from sqlalchemy.exc import SQLAlchemyError

    from callnotes.store.engine import create_owner_only, make_engine, sqlite_url

    temporary = path.with_name(f".{path.name}.new-{os.getpid()}")
    for leftover in (temporary, *(Path(f"{temporary}{ext}") for ext in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)  # from an earlier attempt by a process with the same id
    try:
        create_owner_only(temporary)
        engine = make_engine(sqlite_url(temporary))
        try:
            _upgrade(engine)
            with engine.connect() as connection:  # everything into the file itself: its WAL goes
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        _link(temporary, path)
    except (OSError, SQLAlchemyError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else getattr(exc, "orig", None) or exc
        raise DatabaseError(f"A new database cannot be created at {path} ({reason}).") from exc
    finally:
        for leftover in (temporary, *(Path(f"{temporary}{ext}") for ext in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(OSError):
                leftover.unlink()


# What link() answers on a file system without hard links (FAT on a USB disk, some network shares).
_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV}


def _link(temporary: Path, path: Path) -> None:
    """Give the finished file its name, unless another process made one meanwhile (then that one is used)."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        pass
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        if not path.exists():
            os.replace(temporary, path)


def sqlite_file_of(url: str) -> Path | None:
    """The file a plain sqlite:///PATH URL names, or None for any other URL (a server, memory, or
    options that must be passed through as they are)."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    if parsed.query or parsed.database.startswith("file:"):
        return None
    return Path(parsed.database).expanduser().absolute()


def _failure(exc: SQLAlchemyError) -> str:
    """The driver's own words for a failure, on one line, without SQLAlchemy's link to its docs."""
    return " ".join(str(getattr(exc, "orig", None) or exc).split("(Background on this error")[0].split())


def open_url(url: str) -> OpenedDatabase:
    """Open and migrate a database given by SQLAlchemy URL (e.g. a team's PostgreSQL server)."""
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy.exc import SQLAlchemyError

    from callnotes.store.engine import make_engine, shown_url

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            before = MigrationContext.configure(connection).get_current_revision()
            has_tables = bool(engine.dialect.get_table_names(connection))
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"The database at {shown_url(url)} cannot be opened: {_failure(exc)}") from exc
    try:
        check_revision(before, has_tables, shown_url(url))
        if before != head_revision():
            _upgrade(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"Upgrading the database at {shown_url(url)} failed: {_failure(exc)}") from exc
    except DatabaseError:
        engine.dispose()
        raise
    return OpenedDatabase(engine, before, head_revision(), None)
