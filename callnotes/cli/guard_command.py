"""`callnotes guard`: what the contact guard says now about calling or visiting a debtor, in English."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from callnotes.cli.common import emit, record_id
from callnotes.errors import InputError

if TYPE_CHECKING:
    from callnotes.export.wording import Wording
    from callnotes.store.access import Store


def _command_line_wording() -> Wording:
    """English with ISO dates (YYYY-MM-DD), as the command line writes every date. Made when the
    command runs: Wording brings Babel, which `callnotes --help` must not load."""
    from callnotes.export.wording import Wording

    class CommandLineWording(Wording):
        def day(self, day: date) -> str:
            return day.isoformat()

    return CommandLineWording("en", "en_US", "UTC")  # the warnings carry their own local times and zones


def add_parsers(sub: Any) -> None:
    """Add the `guard` command."""
    command = sub.add_parser(
        "guard",
        help="say whether calling or visiting a debtor now would be too soon, too often or at a bad hour",
        description="The contact guard's warnings about a call (or a visit) to the debtor now: the last "
        "conversation too recent, too many attempts in 7 days, their local time outside the calling "
        "hours, an open dispute. Their local time is taken in the debtor's time zone; when that is not set "
        "(left at UTC), in the zone of the number dialled (--number), else of the debtor's own numbers. "
        "Exit status 0 either way.",
    )
    command.add_argument("debtor", type=record_id, metavar="ID", help="the debtor's id")
    command.add_argument("--visit", action="store_true", help="a visit rather than a call")
    command.add_argument(
        "--number",
        metavar="PHONE",
        help="the number to dial, +code or as written in the debtor's country; its time zone counts only "
        "when the debtor's own zone is not set",
    )
    command.add_argument("--json", action="store_true", help='a list of {"code", "values"}')
    command.set_defaults(run=cmd_guard)


def cmd_guard(store: Store, args: argparse.Namespace) -> int:
    from callnotes.export.entry_text import guard_warning
    from callnotes.services import validation
    from callnotes.services.contact_guard import warning_list, warnings_for
    from callnotes.services.debtors import dialling_region, get_debtor

    kind = "visit" if args.visit else "call"
    with store.sessions() as session:
        # refused unless it can be dialled (its time zone must mean something), read as the desk reads
        # a number typed for this debtor
        region = dialling_region(session, get_debtor(session, args.debtor))
        number = validation.phone(args.number, region, "number")
        if args.number is not None and number is None:
            raise InputError(
                f"--number is empty; give the number to dial, like {validation.phone_example(region)}."
            )
        warnings = warnings_for(session, args.debtor, kind, store.clock.now(), number)
    w = _command_line_wording()
    lines = [f"- {_sentence(guard_warning(w, warning))}" for warning in warnings] or [
        f"No warning: a {kind} now is fine."
    ]
    emit(args.json, warning_list(warnings), lines)
    return 0


def _sentence(words: str) -> str:
    return words[:1].upper() + words[1:]
