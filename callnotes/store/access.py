"""Open the store a command or the GUI works on: data folder, migrated database, sessions."""

from __future__ import annotations

import os
from dataclasses import dataclass

from callnotes.clock import Clock
from callnotes.paths import DATABASE_URL_ENV, AppPaths
from callnotes.store.engine import SessionFactory, session_factory
from callnotes.store.migrate import OpenedDatabase, open_sqlite, open_url, sqlite_file_of


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


def open_store(data_dir: str | None, database_url: str | None, clock: Clock) -> Store:
    """Resolve the data folder, open the database and migrate it; sessions carry `clock`."""
    paths = AppPaths.resolve(data_dir).ensure()
    url = database_url or os.environ.get(DATABASE_URL_ENV)
    # A URL naming a SQLite file is opened as the data folder's own file is: inspected first (a
    # zero-byte or foreign file refused), created owner-only, copied aside before an upgrade.
    file = sqlite_file_of(url) if url else paths.database
    database = open_sqlite(file, paths.backups, clock) if file else open_url(url or "")
    return Store(paths, database, clock, session_factory(database.engine, clock))
