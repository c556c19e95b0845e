"""`callnotes import`: debtors, invoices and payments from an accounting tool's CSV export, all or
nothing. Exit status 0 when imported (or, with --dry-run, when it would import), 1 with every row's
problem on stderr (and in the JSON) when any row is bad; then nothing is written."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callnotes.cli.common import emit, login
from callnotes.errors import InputError
from callnotes.services.imports.profiles import PROFILE_NAMES, TOOL_NAMES, read_mapping
from callnotes.services.imports.table import LEGACY_ENCODINGS

if TYPE_CHECKING:
    from callnotes.services.imports.report import ImportReport
    from callnotes.store.access import Store


def add_parsers(sub: Any) -> None:
    """Add the `import` command."""
    command = sub.add_parser(
        "import",
        help="import debtors, invoices and payments from a CSV export",
        description="Import debtors, invoices and payments from a CSV file exported by Xero, QuickBooks "
        "Online or Holded, or any spreadsheet with a mapping of its columns. Nothing is written unless "
        "every row can be imported; importing the same file again adds nothing.",
    )
    command.add_argument(
        "--profile", choices=PROFILE_NAMES, help="the tool that exported the file (default: guessed)"
    )
    command.add_argument(
        "--mapping",
        metavar="FILE",
        help='JSON mapping of the columns: {"columns": {"debtor_name": "Client", ...}, "date_format": '
        '"DD/MM/YYYY", "number_locale": "es_ES"}',
    )
    command.add_argument(
        "--encoding",
        metavar="ENC",
        help=f"the file's encoding when it is not UTF-8: {', '.join(LEGACY_ENCODINGS)}",
    )
    command.add_argument("--dry-run", action="store_true", help="say what would be imported; write nothing")
    command.add_argument("--json", action="store_true", help="print the report as JSON")
    command.add_argument("file", help="the CSV file")
    command.set_defaults(run=cmd_import)


def _report(store: Store, args: argparse.Namespace) -> ImportReport:
    from callnotes.services.creditor import author_name
    from callnotes.services.imports.files import import_path
    from callnotes.services.imports.importer import ImportOptions, file_problem

    path = Path(args.file)
    try:
        mapping = read_mapping(Path(args.mapping).read_text(encoding="utf-8")) if args.mapping else None
    except OSError as exc:
        problem = InputError(
            f"The mapping file “{args.mapping}” cannot be read ({exc.strerror}).", field="mapping"
        )
        return file_problem(path.name, problem)
    except InputError as exc:
        return file_problem(path.name, exc)
    with store.sessions() as session:
        author = author_name(session, login())
    options = ImportOptions(args.profile, mapping, args.encoding, args.dry_run)
    return import_path(store.sessions, store.paths, path, options, author=author)


def _money(minor: int, currency: str) -> str:
    from callnotes.domain.money import Money, format_money

    return format_money(Money(minor, currency), "en_US") if currency else str(minor)


def _lines(report: ImportReport) -> list[str]:
    title = TOOL_NAMES.get(report.profile, report.profile)
    lines = [f"Read {report.file_name}: {title} export, {report.encoding}, {report.rows} rows."]
    counts = (
        f"debtors: {report.count('debtor')}, invoices: {report.count('invoice')}, "
        f"payments: {report.count('payment')}"
    )
    if report.written:
        lines.append(f"Imported {counts}.")
    elif report.added:
        lines.append(f"Would import {counts}.")
    else:
        lines.append("Nothing new: everything in the file is already in the books.")
    if report.already_present:
        lines.append(f"Already in the books: {len(report.already_present)} (not added again).")
    for diff in report.differences:
        recorded, in_file = diff.recorded, diff.in_file
        if diff.field in ("amount_minor", "paid_minor"):
            recorded, in_file = _money(int(recorded), diff.currency), _money(int(in_file), diff.currency)
        what = {"paid_minor": "paid", "amount_minor": "amount"}.get(diff.field, diff.field.replace("_", " "))
        lines.append(
            f"Row {diff.row}: invoice {diff.number} of {diff.debtor} has {what} {recorded} in the books and "
            f"{in_file} in the file; it was left as it is (record a correction if the file is right)."
        )
    for item in report.undated_payments:
        lines.append(
            f"Row {item.row}: {_money(item.amount_minor, item.currency)} paid on invoice {item.number} of "
            f"{item.debtor} has no payment date in the file; record that payment by hand."
        )
    return lines


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    from callnotes.services.imports.report import problem_line

    report = _report(store, args)
    for problem in report.problems:
        print(f"callnotes: {problem_line(problem)}", file=sys.stderr)
    if any(problem.row for problem in report.problems):  # a file refused whole says so in its one line
        print(
            "callnotes: nothing was imported; correct these rows and import the file again.", file=sys.stderr
        )
    if report.problems:
        if args.json:
            emit(True, report.as_json(), [])
        return 1
    emit(args.json, report.as_json(), _lines(report))
    return 0
