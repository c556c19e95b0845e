"""The command line. With no subcommand it opens the GUI; every subcommand runs headless, without Qt.

Refused input of any kind (an option, a date, an amount, a tax id) prints one line on stderr, exits
with status 1 and writes nothing; a traceback is never printed for it.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Sequence

from callnotes import __version__
from callnotes.cli import backup_commands, book_commands, import_command, record_commands
from callnotes.cli.common import Parser
from callnotes.clock import SystemClock
from callnotes.errors import CallnotesError, DamagedDatabaseError
from callnotes.paths import DATA_DIR_ENV, DATABASE_URL_ENV, AppPaths
from callnotes.store.access import open_store


def build_parser() -> Parser:
    """The argument parser; `callnotes` with no subcommand opens the GUI."""
    parser = Parser(
        prog="callnotes",
        description="Notes and records for getting paid by phone. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"callnotes {__version__}")
    parser.add_argument("--data-dir", help=f"data folder (default: the platform's; or ${DATA_DIR_ENV})")
    parser.add_argument(
        "--database-url", help=f"SQLAlchemy URL instead of the SQLite file (or ${DATABASE_URL_ENV})"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    record_commands.add_parsers(sub)
    book_commands.add_parsers(sub)
    import_command.add_parsers(sub)
    backup_commands.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    multiprocessing.freeze_support()  # a frozen build starts its desk process through this entry point
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from callnotes.launch import launch_gui

            return launch_gui(args.data_dir, args.database_url)
        if hasattr(args, "run_without_store"):  # restore, check-db: they must work on a damaged file
            without: int = args.run_without_store(AppPaths.resolve(args.data_dir), SystemClock(), args)
            return without
        store = open_store(args.data_dir, args.database_url, SystemClock())
        try:
            code: int = args.run(store, args)
            return code
        finally:
            store.database.engine.dispose()
    except DamagedDatabaseError as exc:  # say which backup would bring the data back
        from callnotes.services.health import explain

        print(f"callnotes: {explain(exc, AppPaths.resolve(args.data_dir))}", file=sys.stderr)
        return 1
    except CallnotesError as exc:
        print(f"callnotes: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and cut short: not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
