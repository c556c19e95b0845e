"""A plain sqlite3 connection to a SQLite file that needs nothing from the store: it exists and is
already at the current schema, so a command that only reads runs without importing SQLAlchemy or
Alembic. The file is looked at as the store looks at it first (store.migrate); anything else (a new
file, an older schema to upgrade, a newer one or a foreign file to refuse) goes through the store."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callnotes.store.migrate import head_revision, inspect_sqlite_file

if TYPE_CHECKING:
    from callnotes.store.debtor_figures import Execute

BUSY_SECONDS = 5.0  # as long as the store waits for a writer (store.engine's busy_timeout)


def connect_at_head(path: Path) -> sqlite3.Connection | None:
    """A connection to the file if it is at the head revision, else None (open the store instead).
    A file that cannot be read as SQLite is refused as the store refuses it, by the same first look."""
    if inspect_sqlite_file(path).revision != head_revision():
        return None
    return sqlite3.connect(path, timeout=BUSY_SECONDS, check_same_thread=False)  # may be read on a thread


@contextmanager
def plain_reads(database: Path) -> Iterator[Execute]:
    """Reads of a SQLite file with the standard library's sqlite3, read-only (`execute(sql, params)`,
    for the plain SQL of store.debtor_figures): how the desk answers its first reads while SQLAlchemy
    is still loading."""
    connection = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_SECONDS)
    try:
        yield connection.execute
    finally:
        connection.close()


class WatchedReads:
    """Plain reads of the file (as `plain_reads`) on a connection kept open, which can tell afterwards,
    once, whether another connection has committed a change since (SQLite's PRAGMA data_version): the
    desk's look ahead at start is used only if the data is still what it read."""

    def __init__(self, database: Path) -> None:
        self._connection = sqlite3.connect(
            f"{database.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_SECONDS, check_same_thread=False
        )
        self._version = self._data_version()

    def _data_version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def execute(self, sql: str, params: Mapping[str, Any]) -> Iterable[Sequence[Any]]:
        return self._connection.execute(sql, params)

    def unchanged(self) -> bool:
        """Whether nothing was committed since the reads began; then the connection is closed."""
        try:
            return self._data_version() == self._version
        finally:
            self._connection.close()
