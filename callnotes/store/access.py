"""Open the store a command or the GUI works on: data folder, migrated database, sessions."""

from __future__ import annotations

import os
from dataclasses import dataclass

from callnotes.paths import DATABASE_URL_ENV, AppPaths
from callnotes.store.engine import SessionFactory, session_factory
from callnotes.store.migrate import OpenedDatabase, open_sqlite, open_url


@dataclass(frozen=True)
class Store:
    """What a command needs: where the data is, the open database and a way to open sessions."""

    paths: AppPaths
    database: OpenedDatabase
    sessions: SessionFactory

    @property
    def location(self) -> str:
        return self.database.engine.url.render_as_string(hide_password=True)


def open_store(data_dir: str | None, database_url: str | None) -> Store:
    """Resolve the data folder, open the database and migrate it."""
    paths = AppPaths.resolve(data_dir).ensure()
    url = database_url or os.environ.get(DATABASE_URL_ENV)
    database = open_url(url) if url else open_sqlite(paths.database, paths.backups)
    return Store(paths, database, session_factory(database.engine))
