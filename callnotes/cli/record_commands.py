"""Commands about the whole data folder and the record: demo, info, debtors, verify, packet."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sized
from datetime import datetime, time
from functools import partial
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from callnotes import __version__
from callnotes.cli.common import emit, iso_date, out_file, out_folder, record_id

if TYPE_CHECKING:
    from callnotes.clock import Clock
    from callnotes.paths import AppPaths
    from callnotes.services.debtor_lines import DebtorSummary
    from callnotes.store.access import Store


def cmd_demo(store: Store, args: argparse.Namespace) -> int:
    from callnotes.example import load_example

    clock = store.clock
    moment = datetime.combine(args.as_of, time(12), ZoneInfo(clock.zone)) if args.as_of else clock.now()
    added = load_example(store, moment)
    print(f"Loaded {added} example debtors into {store.location}.")
    return 0


def cmd_info(store: Store, args: argparse.Namespace) -> int:
    from callnotes.store.stats import row_counts

    with store.sessions() as session:
        counts = row_counts(session)
    data = {
        "version": __version__,
        "data_dir": str(store.paths.data_dir),
        "database": store.location,
        "schema_revision": store.database.revision,
        "counts": counts,
    }
    lines = [
        f"callnotes {__version__}",
        f"data folder      {store.paths.data_dir}",
        f"database         {store.location}",
        f"schema revision  {store.database.revision}",
        *(f"{name.replace('_', ' '):<16} {count}" for name, count in counts.items()),  # "payment reversals 0"
    ]
    emit(args.json, data, lines)
    return 0


def cmd_debtors(store: Store, args: argparse.Namespace) -> int:
    from callnotes.services.debtors import list_debtors

    with store.sessions() as session:
        everyone = list_debtors(session, args.as_of or store.clock.today())
    return _print_debtors(
        [s for s in everyone if (s.archived_on is not None) == args.archived], everyone, args
    )


def plain_debtors(paths: AppPaths, clock: Clock, args: argparse.Namespace) -> int | None:
    """`debtors` without the store when the file is already at the current schema: the same figures
    query through plain sqlite3, the same lines. None when the store must open it (a new file, one to
    upgrade or to refuse, or one found damaged part way: the store says so as it always has)."""
    import sqlite3
    import threading

    from callnotes.store.debtor_figures import DebtorFigureRow, read_debtor_figures
    from callnotes.store.plain import connect_at_head

    connection = connect_at_head(paths.database)
    if connection is None:
        return None
    found: list[DebtorFigureRow] = []
    failed: list[sqlite3.DatabaseError] = []

    def read() -> None:
        try:
            found.extend(read_debtor_figures(connection.execute, args.as_of or clock.today()))
        except sqlite3.DatabaseError as exc:
            failed.append(exc)
        finally:
            connection.close()

    # SQLite runs without the GIL: Babel loads meanwhile (the lines need it for every balance)
    reading = threading.Thread(target=read, name="callnotes-debtors")
    reading.start()
    from callnotes.domain.money import DEFAULT_LOCALES, warm_formats
    from callnotes.services.debtor_lines import summaries

    warm_formats(DEFAULT_LOCALES.values())
    reading.join()
    if failed:
        return None
    shown = [r for r in found if (r.archived_on is not None) == args.archived]
    return _print_debtors(summaries(shown), found, args)  # money formatted only for the lines printed


def _print_debtors(summaries: list[DebtorSummary], everyone: Sized, args: argparse.Namespace) -> int:
    """The lines (or the JSON) of the debtors shown; `everyone` (archived or not) words the empty list."""
    data = [
        {
            "id": s.id,
            "name": s.name,
            "currency": s.currency,
            "language": s.language,
            "balance_minor": s.balance_minor,
            "balance": s.balance,
            "oldest_days_overdue": s.oldest_days_overdue,
            "open_invoices": s.open_invoices,
            "last_contact_at": s.last_contact_at.isoformat() if s.last_contact_at else None,
            "last_outcome": s.last_outcome,
        }
        for s in summaries
    ]
    lines = [
        f"{s.id:>4}  {s.name:<36} {s.balance:>16}  {s.oldest_days_overdue:>4} days overdue" for s in summaries
    ]
    if args.archived:
        none = "No archived debtors."
    elif everyone:
        none = "Every debtor is archived: `callnotes debtors --archived` lists them."
    else:
        none = "No debtors yet: `callnotes debtor add --name NAME` adds one."
    emit(args.json, data, lines or [none])
    return 0


def cmd_verify(store: Store, args: argparse.Namespace) -> int:
    import gc
    from pathlib import Path

    from callnotes.services.record import audit_record
    from callnotes.services.witness import check_against, read_witness, witness_summary

    witness = read_witness(Path(args.against)) if args.against is not None else None  # before the long part
    witnessed: list[str] = []
    # The check makes millions of short-lived objects and no reference cycles (tuples, strings, dicts
    # of one entry or row), which the cyclic collector would look through again and again (about 3% of
    # the run on a large record): it is off for the rest of the command, which then ends.
    gc.disable()
    with store.sessions() as session:
        result = audit_record(session, store.paths, args.debtor, args.expect_head)
        if witness is not None:
            found = check_against(session, witness)
            result = result.witnessed(found)
            witnessed.append(witness_summary(witness, found))
    lines = [check.describe() for check in result.checks] or ["No records to check yet."]
    lines += witnessed
    lines += [finding.describe() for finding in result.findings]
    emit(args.json, result.as_json(), lines)
    failures = result.failures
    if failures and not args.json:
        broken = sum(1 for check in result.checks if not check.ok)
        records = f" ({broken} of {len(result.checks)} records failed)" if broken else ""
        count = f"{len(failures)} problem{'s' if len(failures) != 1 else ''}"
        print(f"callnotes: the check found {count}{records}.", file=sys.stderr)
    return 0 if result.ok else 1


ROLES = {"filing": "filing copy", "evidence": "evidence copy", "index": "index", "part": "split file"}


def check_packet_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """A packet goes somewhere: refused (exit 2) before the store opens when no place is given."""
    if args.out is None and args.evidence is None and args.split is None:
        parser.error(
            "say where the packet goes: --out FILE.pdf (the filing copy), --evidence FILE.pdf (the "
            "evidence copy, with the journal) or --split FOLDER (one file per document), or several"
        )


def cmd_packet(store: Store, args: argparse.Namespace) -> int:
    from pathlib import Path

    from callnotes.cli.interest_command import missing_rates_advice, missing_rates_text
    from callnotes.export import PacketTargets, export_packet
    from callnotes.export.packet_model import PacketOptions
    from callnotes.export.wording import size_text
    from callnotes.services.interest import rates_file

    options = PacketOptions(
        language=args.lang,
        destination=args.destination,
        period_from=args.period_from,
        period_to=args.period_to,
        attachments=not args.no_attachments,
        as_of=args.as_of,
        number_prefix=args.number_prefix,
        first_number=args.first_number,
        declarant_role=args.declarant_role,
    )
    targets = PacketTargets(
        filing=Path(args.out) if args.out is not None else None,
        evidence=Path(args.evidence) if args.evidence is not None else None,
        split=Path(args.split) if args.split is not None else None,
    )
    result = export_packet(store.sessions, store.paths, args.debtor, targets, options)
    # said once here, as on its page, instead of in pypdf's own warnings
    warnings = [exhibit.describe() for exhibit in result.unshown]
    warnings += [exhibit.describe() for exhibit in result.flagged]  # reproduced as images, with what to do
    warnings += [
        f"{file.path.name} takes {size_text(file.bytes)}, above the usual {file.over_limit}: the portal may "
        "refuse it."
        for file in result.files
        if file.over_limit
    ]
    if result.assumed_rates:  # the statutory interest claimed rests on a rate the table lacks
        rates = str(rates_file(store.paths))
        warnings.append(
            "the statutory interest claimed uses an assumed reference rate. "
            f"{missing_rates_text(result.assumed_rates, rates)} {missing_rates_advice(store.paths)}"
        )
    if result.submission_over:
        warnings.append(
            f"the documents to file take {size_text(result.submission_bytes)} together, above the usual "
            f"{result.submission_over}: file them in more than one submission."
        )
    if args.json:
        data = {
            "files": [{"path": str(file.path), "bytes": file.bytes} for file in result.files],
            "pages": result.pages,
            "claimed_minor": result.claimed_minor,
            "not_claimed_minor": result.not_claimed_minor,
            "claimed_invoices": list(result.claimed_invoices),
            "not_claimed_invoices": list(result.not_claimed_invoices),
            "exhibits": [{"label": label, "sha256": sha256} for label, sha256 in result.exhibits],
            "head": result.head,
            "currency": result.currency,
            "packet_id": result.packet_id,
            "warnings": warnings,
        }
        emit(True, data, [])
        return 0
    for warning in warnings:
        print(f"callnotes: warning: {warning}", file=sys.stderr)
    print(f"Wrote {result.pages} pages (packet {result.packet_id}, chain head {result.head}):")
    for file in result.files:
        print(f"  {file.path}  {size_text(file.bytes)}  {ROLES.get(file.role, file.role)}")
    return 0


def add_parsers(sub: Any) -> None:
    """The record's commands, each set to run its function."""
    demo = sub.add_parser("demo", help="load three example debtors into an empty database")
    demo.add_argument("--as-of", type=iso_date, help="pretend today is this date (YYYY-MM-DD)")
    demo.set_defaults(run=cmd_demo)
    info = sub.add_parser("info", help="data folder, database, schema revision and counts")
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(run=cmd_info)
    debtors = sub.add_parser("debtors", help="every debtor being pursued, with the amount owed")
    debtors.add_argument("--json", action="store_true", help="print JSON")
    debtors.add_argument("--as-of", type=iso_date, help="balances as of this date (YYYY-MM-DD)")
    debtors.add_argument("--archived", action="store_true", help="the archived debtors instead")
    debtors.set_defaults(run=cmd_debtors, run_plain=plain_debtors)
    verify = sub.add_parser(
        "verify",
        help="check the record: hash chains and heads, the rows they record, triggers, attachment files",
    )
    verify.add_argument("--debtor", type=record_id, metavar="ID", help="only this debtor")
    verify.add_argument("--expect-head", metavar="HEX", help="the chain head noted earlier (with --debtor)")
    verify.add_argument(
        "--against",
        metavar="FILE",
        help="also check that the journals continue the heads a packet, a backup or a JSON list of heads "
        "witnessed",
    )
    verify.add_argument("--json", action="store_true", help="print JSON")
    verify.set_defaults(run=cmd_verify)
    packet = sub.add_parser("packet", help="write one debtor's documentation packet (PDF)")
    packet.add_argument(
        "--debtor", type=record_id, metavar="ID", required=True, help="the debtor (see `callnotes debtors`)"
    )
    packet.add_argument(
        "--out",
        type=out_file,
        metavar="FILE.pdf",
        help="the filing copy: PDF/A-2b, nothing attached, as court portals take it",
    )
    packet.add_argument(
        "--evidence",
        type=out_file,
        metavar="FILE.pdf",
        help="the evidence copy: the same pages as PDF/A-3b with the journal, its checker and a manifest "
        "attached",
    )
    packet.add_argument(
        "--split",
        type=out_folder,
        metavar="FOLDER",
        help="one PDF/A file per document (the claim and record, each exhibit) and an index, into this "
        "new or empty folder",
    )
    packet.add_argument("--json", action="store_true", help="print what was written and claimed as JSON")
    packet.add_argument(
        "--lang", choices=("es", "el", "en"), help="language of the packet (default: the debtor's)"
    )
    packet.add_argument(
        "--destination",
        choices=("general", "monitorio", "payment-order", "small-claims"),
        default="general",
        help="who it is for: a lawyer or agency (general), a Spanish monitorio, a Greek payment order, "
        "US small claims",
    )
    packet.add_argument(
        "--from", dest="period_from", type=iso_date, metavar="DATE", help="record from this day"
    )
    packet.add_argument("--to", dest="period_to", type=iso_date, metavar="DATE", help="record up to this day")
    packet.add_argument("--as-of", type=iso_date, help="amounts as of this day (default: today)")
    packet.add_argument("--no-attachments", action="store_true", help="leave the attached documents out")
    packet.add_argument(
        "--number-prefix", default="CN", metavar="PREFIX", help="document number prefix (CN-000001)"
    )
    packet.add_argument("--first-number", type=int, default=1, metavar="N", help="the first document number")
    packet.add_argument(
        "--declarant-role",
        default="",
        metavar="ROLE",
        help="the role of who signs the records declaration, e.g. 'office manager' (default: a blank line)",
    )
    packet.set_defaults(run=cmd_packet, check_usage=partial(check_packet_usage, packet))
