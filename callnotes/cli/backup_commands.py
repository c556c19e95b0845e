"""Backups on the command line: `backup FILE`, `restore FILE` and `check-db`.

`restore` and `check-db` work on the database file without opening it as the other commands do: they
are what is left to run when it is damaged.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callnotes.clock import Clock
from callnotes.errors import BackupError
from callnotes.paths import DATABASE_URL_ENV, AppPaths

if TYPE_CHECKING:
    from callnotes.store.access import Store

SERVER = (
    "Backups are of the SQLite file in the data folder; a database on a server is backed up with the "
    "server's own tools."
)


def _refuse_server(args: argparse.Namespace) -> None:
    if args.database_url or os.environ.get(DATABASE_URL_ENV):
        raise BackupError(SERVER, problem="server")


def cmd_backup(store: Store, args: argparse.Namespace) -> int:
    from callnotes.services.backups import write_backup

    _refuse_server(args)
    result = write_backup(store.paths, store.clock, Path(args.file))
    print(
        f"Wrote {result.path}: {result.debtors} debtors, {result.documents} documents, "
        f"{result.size_bytes / 1e6:.1f} MB; checked (integrity and every chain)."
    )
    for document in result.unreadable_documents:
        print(f"callnotes: the stored document {document} is missing or changed: it is not in the backup.")
    return 0


def cmd_restore(paths: AppPaths, clock: Clock, args: argparse.Namespace) -> int:
    from callnotes.services.backups import restore_backup

    _refuse_server(args)
    result = restore_backup(paths.ensure(), clock, Path(args.file))
    print(
        f"Restored the backup made {result.created_at.isoformat(timespec='seconds')}: "
        f"{result.debtors} debtors, {result.documents} documents."
    )
    if result.kept_aside is not None:
        print(f"The replaced database is kept at {result.kept_aside}.")
    return 0


def cmd_check_db(paths: AppPaths, _clock: Clock, args: argparse.Namespace) -> int:
    from callnotes.services.health import database_problems, restore_advice

    _refuse_server(args)
    if not paths.database.is_file():
        print(f"There is no database in {paths.data_dir} yet.")
        return 0
    problems = database_problems(paths, full=True)
    if not problems:
        print(f"{paths.database}: sound (SQLite's integrity_check found nothing wrong).")
        return 0
    for problem in problems:
        print(problem)
    print(f"callnotes: the database {paths.database} is damaged. {restore_advice(paths)}", file=sys.stderr)
    return 1


def add_parsers(sub: Any) -> None:
    """The backup commands, each set to run its function."""
    backup = sub.add_parser("backup", help="write a checked backup (database and documents) to FILE")
    backup.add_argument("file", metavar="FILE", help="the backup file to write, e.g. callnotes.backup")
    backup.set_defaults(run=cmd_backup)
    restore = sub.add_parser(
        "restore", help="check a backup, keep the current database aside, and put the backup in place"
    )
    restore.add_argument("file", metavar="FILE", help="the backup file to restore")
    restore.set_defaults(run_without_store=cmd_restore)
    check = sub.add_parser("check-db", help="check the database file page by page (SQLite integrity_check)")
    check.set_defaults(run_without_store=cmd_check_db)
