"""Is the database sound? A quick check after an unclean shutdown, a full check on demand, and which
backup to restore when it is not. No Qt.

The app marks the data folder while it runs (a small file removed on a clean exit): finding the mark
at start means the last run ended without closing the database, the moment a damaged page is most
likely, so the database gets SQLite's `quick_check` before anything is shown.
"""

from __future__ import annotations

import contextlib
import os
import shlex
from typing import TYPE_CHECKING

from callnotes.paths import AppPaths

if TYPE_CHECKING:
    from callnotes.errors import DamagedDatabaseError

RUNNING_FLAG = "callnotes.running"


def mark_running(paths: AppPaths) -> bool:
    """Mark the data folder as in use; whether the mark was already there (an unclean shutdown)."""
    flag = paths.data_dir / RUNNING_FLAG
    unclean = flag.exists()
    with contextlib.suppress(OSError):  # a read-only folder: the database will say so itself
        flag.write_text(f"{os.getpid()}\n", encoding="ascii")
    return unclean


def mark_stopped(paths: AppPaths) -> None:
    """The database was closed cleanly: remove the mark."""
    with contextlib.suppress(OSError):
        (paths.data_dir / RUNNING_FLAG).unlink(missing_ok=True)


def database_problems(paths: AppPaths, *, full: bool = True) -> list[str]:
    """What SQLite finds wrong with the data folder's database file (`integrity_check`, or the faster
    `quick_check`); empty when it is sound or there is no file yet."""
    if not paths.database.is_file() or paths.database.stat().st_size == 0:
        return []
    from callnotes.store.snapshots import page_problems  # here: marking the folder at start loads no store

    return page_problems(paths.database, full=full)


def require_sound(paths: AppPaths, *, full: bool) -> None:
    """Raise DamagedDatabaseError when the database file is damaged."""
    problems = database_problems(paths, full=full)
    if problems:
        from callnotes.store.snapshots import damaged

        raise damaged(paths.database, problems[0])


def restore_advice(paths: AppPaths) -> str:
    """What to do about a damaged database on the command line: the newest backup to restore."""
    from callnotes.services.backups import list_backups

    readable = [info for info in list_backups(paths) if info.created_at is not None]
    if not readable:
        return (
            "No backup was found; keep the damaged file for a specialist and do not write to it. "
            "A backup made elsewhere is restored with `callnotes restore FILE`."
        )
    newest = readable[0]
    when = newest.created_at.isoformat(timespec="seconds") if newest.created_at else ""
    return f"Restore the latest backup ({when}) with: callnotes restore {shlex.quote(str(newest.path))}"


def explain(exc: DamagedDatabaseError, paths: AppPaths) -> str:
    """The damaged-database error with the backup to restore, in one line."""
    return f"{exc} {restore_advice(paths)}"
