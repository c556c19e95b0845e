"""A disk that fills up or turns read-only on command, for the tests of calm under faults.

`limit_writes(control, store)` is given to the desk process as its `DeskSetup.prepare` (or called on a
store in the test's own process). From then on every connection taken from the store's pool looks at
the file `control` first:

- "full": `PRAGMA max_page_count` is lowered to the pages the database has now, so any write that
  needs a new page fails with SQLite's own SQLITE_FULL ("database or disk is full"), as on a full disk;
- "read-only": `PRAGMA query_only`, so every write fails with SQLITE_READONLY ("attempt to write a
  readonly database"), as on a read-only data folder;
- missing (or anything else): no limit, and the writes go through again.

A real full disk (a small tmpfs) needs root to mount; this works anywhere and fails in SQLite itself.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import event

from callnotes.store.access import Store

FULL = "full"
READ_ONLY = "read-only"


def limit_writes(control: Path, store: Store) -> None:
    """Apply the limit named in `control` to every connection of `store` as it is taken from the pool."""

    def checkout(dbapi_connection: sqlite3.Connection, record: Any, _proxy: Any) -> None:
        mode = control.read_text(encoding="utf-8").strip() if control.exists() else ""
        cursor = dbapi_connection.cursor()
        try:
            if "max_pages" not in record.info:  # the connection's own limit, to lift ours back to
                record.info["max_pages"] = cursor.execute("PRAGMA max_page_count").fetchone()[0]
            # a limit below the database's size stops at its size: no page can be added
            pages = 1 if mode == FULL else record.info["max_pages"]
            cursor.execute(f"PRAGMA max_page_count={int(pages)}")
            cursor.execute(f"PRAGMA query_only={1 if mode == READ_ONLY else 0}")
        finally:
            cursor.close()

    event.listen(store.database.engine, "checkout", checkout)


def set_disk(control: Path, mode: str | None) -> None:
    """Fill the disk (FULL), make it READ_ONLY, or give it back (None), from the next connection on."""
    if mode is None:
        control.unlink(missing_ok=True)
    else:
        control.write_text(mode, encoding="utf-8")
