"""The command line. With no subcommand it opens the GUI; every subcommand runs headless, without Qt.

Refused input of any kind (an option, a date, an amount, a tax id) prints one line on stderr and
writes nothing: exit status 2 when the command was not used as documented (an unknown option, a
malformed date or id), 1 when a value or the environment was refused (a wrong tax id, a full disk, an
unusable database). A traceback is never printed, not even for a bug (unless $CALLNOTES_TRACEBACK is
set).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from callnotes.cli.common import Parser
from callnotes.clock import SystemClock
from callnotes.errors import CallnotesError, DamagedDatabaseError, InputError
from callnotes.paths import DATA_DIR_ENV, DATABASE_URL_ENV, AppPaths

TRACEBACK_ENV = "CALLNOTES_TRACEBACK"  # set to show the traceback of an unexpected error


def build_parser(*, commands: bool = True) -> Parser:
    """The argument parser; `callnotes` with no subcommand opens the GUI. Without `commands`, only the
    options that come before a command: enough to open the window, without importing every command's
    parser first (tens of milliseconds before the window could paint)."""
    parser = Parser(
        prog="callnotes",
        description="Notes and records for getting paid by phone. With no command, opens the app.",
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument("--data-dir", help=f"data folder (default: the platform's; or ${DATA_DIR_ENV})")
    parser.add_argument(
        "--database-url", help=f"SQLAlchemy URL instead of the SQLite file (or ${DATABASE_URL_ENV})"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    if commands:
        from callnotes.cli import (
            agenda_command,
            backup_commands,
            book_commands,
            guard_command,
            import_command,
            interest_command,
            letter_command,
            record_commands,
            search_command,
        )

        for module in (
            record_commands,
            book_commands,
            import_command,
            backup_commands,
            guard_command,
            agenda_command,
            interest_command,
            letter_command,
            search_command,
        ):
            module.add_parsers(sub)
    return parser


_VALUE_OPTIONS = ("--data-dir", "--database-url")


def _opens_window(given: Sequence[str]) -> bool:
    """Whether the arguments are only the options that open the window (no command, no --help): the
    commands' parsers are then not needed. Anything else, abbreviations too, gets the full parser."""
    rest = iter(given)
    for arg in rest:
        if arg in _VALUE_OPTIONS:
            next(rest, None)
        elif not arg.startswith(tuple(f"{option}=" for option in _VALUE_OPTIONS)):
            return False
    return True


class _Version(argparse.Action):
    """--version: read from the package's metadata when asked for (importlib.metadata takes ~20 ms,
    which opening the window need not spend)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_: object) -> None:
        super().__init__(
            option_strings, argparse.SUPPRESS, nargs=0, help="show program's version number and exit"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from callnotes import __version__

        print(f"callnotes {__version__}")
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    if getattr(sys, "frozen", False):  # a frozen build starts its desk process through this entry point
        import multiprocessing  # only then: the window opens without it, until it has been painted

        multiprocessing.freeze_support()
    parser = build_parser(commands=not _opens_window(sys.argv[1:] if argv is None else argv))
    for given in sys.argv[1:] if argv is None else argv:
        if any("\udc80" <= ch <= "\udcff" for ch in given):  # bytes that are not text (surrogateescape)
            parser.error(f"an argument is not valid text in this system's encoding: {given[:40]!r}")
    try:
        args = parser.parse_args(argv)  # a refused value (an id, a date) is an InputError: exit 1
        for option, value in (("--data-dir", args.data_dir), ("--database-url", args.database_url)):
            if value is not None and not value.strip():  # "" would silently mean the default one
                raise InputError(f"{option} was given an empty value.")
        if hasattr(args, "check_usage"):  # options that do not go together: refused before the store opens
            args.check_usage(args)
        if args.command is None:
            from callnotes.launch import launch_gui

            return launch_gui(args.data_dir, args.database_url)
        if hasattr(args, "run_without_store"):  # restore, check-db: they must work on a damaged file
            without: int = args.run_without_store(AppPaths.resolve(args.data_dir), SystemClock(), args)
            return without
        clock = SystemClock()
        if hasattr(args, "run_plain") and not (args.database_url or os.environ.get(DATABASE_URL_ENV)):
            # a read of a file already at the current schema: plain sqlite3, without the store's libraries
            plain: int | None = args.run_plain(AppPaths.resolve(args.data_dir), clock, args)
            if plain is not None:
                return plain
        from callnotes.store.access import open_store  # the store's libraries: only for a command

        store = open_store(args.data_dir, args.database_url, clock)
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
        print(f"callnotes: {one_line(str(exc))}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and cut short: not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:  # Ctrl+C: every command writes in one transaction, so nothing is half-done
        print("callnotes: interrupted; nothing was changed by the command.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: still one line, with a way to see the details
        if os.environ.get(TRACEBACK_ENV):
            raise
        print(
            f"callnotes: unexpected error ({type(exc).__name__}: {one_line(str(exc))}); this is a bug in "
            f"callnotes. Run again with {TRACEBACK_ENV}=1 to see where, and please report it.",
            file=sys.stderr,
        )
        return 1


def one_line(message: str, limit: int = 1000) -> str:
    """A message as one line of reasonable length: a refusal must never flood the terminal."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[:limit] + "…"
