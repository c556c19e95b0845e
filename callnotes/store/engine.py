"""The one place engines are made, with the durability pragmas on every connection."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlmodel import Session

from callnotes.clock import Clock
from callnotes.errors import DamagedDatabaseError, DatabaseError, LockedError, StorageError
from callnotes.store.guards import LOCKED_MESSAGE

BUSY_TIMEOUT_MS = 5000

# Set on every new connection: `synchronous` and `foreign_keys` are per connection in SQLite.
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def sqlite_url(path: Path) -> str:
    """SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def create_owner_only(path: Path) -> None:
    """Create an empty database file readable by its owner only, if it does not exist yet.

    SQLite gives its -wal and -shm files the same permissions as the database file.
    """
    if path.exists():
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


# SQLite's primary result codes for a damaged file; extended codes carry them in their low byte.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


def is_damage(exc: BaseException) -> bool:
    """Whether an error of the sqlite3 driver says the file is damaged or is not a database."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    return "malformed" in str(exc) or "not a database" in str(exc)


def _damage_as_error(context: ExceptionContext) -> None:
    """A statement that ran into a damaged page raises one plain DamagedDatabaseError, wherever it
    was run: every command and the window then say "the database is damaged" and offer a backup."""
    original = context.original_exception
    if is_damage(original):
        path = context.engine.url.database if context.engine is not None else None
        raise DamagedDatabaseError(f"The database {path} is damaged ({original}).", path=path) from original


def shown_url(url: str) -> str:
    """A database URL as it may be printed: without its password, and cut short if very long."""
    try:
        text = make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError, TypeError):
        text = re.sub(r"//[^/@]*@", "//***@", url)  # unparsable: still never print a password
    return text if len(text) <= 200 else text[:200] + "…"


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite files get WAL, synchronous=FULL, foreign keys and a busy timeout.

    A URL that is not one, names an unknown kind of database, or needs a driver that is not
    installed is refused with a DatabaseError that says which.
    """
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(
                parsed, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
            )
            event.listen(engine, "connect", _set_sqlite_pragmas)
            event.listen(engine, "handle_error", _damage_as_error)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except NoSuchModuleError as exc:  # before ArgumentError, which it is a kind of
        raise DatabaseError(
            f"“{shown_url(url)}” names a kind of database callnotes does not know "
            f"({url.partition(':')[0][:40]}); use postgresql+psycopg://… or sqlite:///…."
        ) from exc
    except ArgumentError as exc:
        raise DatabaseError(
            f"“{shown_url(url)}” is not a database URL; expected one such as "
            "postgresql+psycopg://user@server/callnotes or sqlite:////path/to/callnotes.sqlite3."
        ) from exc
    except ImportError as exc:
        raise DatabaseError(
            f"The database at {shown_url(url)} needs the Python package {exc.name or 'for its driver'}, "
            "which is not installed (for PostgreSQL: pip install 'psycopg[binary]')."
        ) from exc
    return engine


SessionFactory = Callable[[], Session]


def session_factory(engine: Engine, clock: Clock) -> SessionFactory:
    """A callable that opens a new session on `engine`; objects stay readable after commit.

    Each session carries the clock it was opened with: every "now" a service or the journal needs
    comes from it, never from the system or from a caller. Its flushes keep the search index in step
    (`search_index.IndexedSession`).
    """
    from callnotes.store.search_index import IndexedSession  # here: it imports modules that import this one

    def open_session() -> Session:
        return IndexedSession(engine, expire_on_commit=False, info={"clock": clock})

    return open_session


def read_snapshot(session: Session) -> None:
    """Make every later read of this session see the database as it was at the first one.

    Call it before the session's first query. A packet reads the account and the chain one after the
    other; a call that ends meanwhile must not land between the two reads.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")  # the driver begins none for reads; WAL keeps the snapshot
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


def clock_of(session: Session) -> Clock:
    """The clock of the unit of work `session` belongs to."""
    clock = session.info.get("clock")
    if not isinstance(clock, Clock):
        raise RuntimeError("this session was not opened by session_factory, so it has no clock")
    return clock


# SQLite's primary result codes (the low byte of an extended code) that mean the disk refused a write.
_SQLITE_REASONS = {
    13: StorageError.FULL,  # SQLITE_FULL
    8: StorageError.READ_ONLY,  # SQLITE_READONLY
    10: StorageError.FAILING,  # SQLITE_IOERR
    14: StorageError.FAILING,  # SQLITE_CANTOPEN: e.g. its journal cannot be created
}
# PostgreSQL's SQLSTATE codes for the same: disk_full, read_only_sql_transaction, io_error.
_SQLSTATE_REASONS = {
    "53100": StorageError.FULL,
    "25006": StorageError.READ_ONLY,
    "58030": StorageError.FAILING,
}
_ERRNO_REASONS = {
    errno.ENOSPC: StorageError.FULL,
    errno.EDQUOT: StorageError.FULL,
    errno.EROFS: StorageError.READ_ONLY,
    errno.EIO: StorageError.FAILING,
}
_STORAGE_MESSAGES = {
    StorageError.FULL: "The disk is full: the change was not saved. Free some space and try again.",
    StorageError.READ_ONLY: (
        "The database cannot be written: its disk or data folder is read-only. The change was not saved."
    ),
    StorageError.FAILING: (
        "The disk could not be written (an input/output error): the change was not saved. "
        "Check the disk and try again."
    ),
}


def storage_error(exc: BaseException) -> StorageError | None:
    """The write refused by a full, read-only or failing disk as a StorageError; None for anything else."""
    cause: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    reason: str | None = None
    if isinstance(cause, sqlite3.Error):
        reason = _SQLITE_REASONS.get(getattr(cause, "sqlite_errorcode", -1) & 0xFF)
    elif isinstance(cause, OSError):
        reason = _ERRNO_REASONS.get(cause.errno or -1)
    else:
        reason = _SQLSTATE_REASONS.get(str(getattr(cause, "pgcode", None) or getattr(cause, "sqlstate", "")))
    return None if reason is None else StorageError(_STORAGE_MESSAGES[reason], reason=reason)


def _roll_back(session: Session) -> None:
    # After SQLITE_FULL or an I/O error SQLite has already rolled the transaction back, and a second
    # ROLLBACK may raise: what matters is the first failure, so a failing rollback is not reported.
    with contextlib.suppress(DBAPIError):
        session.rollback()


@contextmanager
def transaction(open_session: SessionFactory) -> Iterator[Session]:
    """One unit of work: commit when the block ends, roll back (and re-raise) when it fails.

    A change the database's append-only guards refused becomes a LockedError with a plain message; a
    write the disk refused (full, read-only, failing) becomes a StorageError, and nothing of it is kept.
    """
    with open_session() as session:
        try:
            yield session
            session.commit()
        except (DBAPIError, OSError) as exc:
            _roll_back(session)
            if isinstance(exc, DBAPIError) and LOCKED_MESSAGE in str(exc.orig):
                raise LockedError(
                    "That part of the record is locked: entries never change once an interaction has "
                    "ended. Record an amendment with a reason instead."
                ) from exc
            refused = storage_error(exc)
            if refused is not None:
                raise refused from exc
            raise
        except BaseException:
            _roll_back(session)
            raise
