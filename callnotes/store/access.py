"""Open the store a command or the GUI works on: data folder, migrated database, sessions."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from callnotes.clock import Clock
from callnotes.paths import DATABASE_URL_ENV, AppPaths

if TYPE_CHECKING:
    from callnotes.store.engine import SessionFactory
    from callnotes.store.migrate import OpenedDatabase


@dataclass(frozen=True)
class Store:
    """What a command needs: where the data is, the open database, the clock and a way to open sessions."""

    paths: AppPaths
    database: OpenedDatabase
    clock: Clock
    sessions: SessionFactory

    @property
    def location(self) -> str:
        return self.database.engine.url.render_as_string(hide_password=True)


class StoreOpening:
    """A store being opened on another thread (the desk process's start: SQLAlchemy takes a while to
    import). Where the data is and the clock are there at once; the sessions and the database once it
    is open, and until then whoever asks for them waits (or gets the reason it could not open)."""

    def __init__(self, paths: AppPaths, clock: Clock) -> None:
        self.paths, self.clock = paths, clock
        self._done = threading.Event()
        self._store: Store | None = None
        self._failure: Exception | None = None

    def opened(self, store: Store | None, failure: Exception | None = None) -> None:
        """The store is open (or could not be: `failure` says why): whoever waits goes on."""
        self._store, self._failure = store, failure
        self._done.set()

    def wait(self) -> Store:
        """The open store, once it is; the reason it could not open, raised."""
        self._done.wait()
        if self._store is None:
            assert self._failure is not None
            raise self._failure
        return self._store

    @property
    def store(self) -> Store | None:
        """The store if it is open now (without waiting)."""
        return self._store

    @property
    def database(self) -> OpenedDatabase:
        return self.wait().database

    @property
    def sessions(self) -> SessionFactory:
        return self.wait().sessions


def open_store(data_dir: str | None, database_url: str | None, clock: Clock) -> Store:
    """Resolve the data folder, open the database and migrate it; sessions carry `clock`."""
    from callnotes.store.engine import session_factory
    from callnotes.store.migrate import open_sqlite, open_url, sqlite_file_of

    paths = AppPaths.resolve(data_dir).ensure()
    url = database_url or os.environ.get(DATABASE_URL_ENV)
    # A URL naming a SQLite file is opened as the data folder's own file is: inspected first (a
    # zero-byte or foreign file refused), created owner-only, copied aside before an upgrade.
    file = sqlite_file_of(url) if url else paths.database
    database = open_sqlite(file, paths.backups, clock) if file else open_url(url or "")
    return Store(paths, database, clock, session_factory(database.engine, clock))
