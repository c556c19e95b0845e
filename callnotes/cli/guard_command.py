"""`callnotes guard`: what the contact guard says now about calling or visiting a debtor, in English."""

from __future__ import annotations

import argparse
from typing import Any

from callnotes.cli.common import emit, record_id
from callnotes.export.entry_text import guard_warning
from callnotes.export.wording import Wording
from callnotes.services.contact_guard import warning_list, warnings_for
from callnotes.store.access import Store


def add_parsers(sub: Any) -> None:
    """Add the `guard` command."""
    command = sub.add_parser(
        "guard",
        help="say whether calling or visiting a debtor now would be too soon, too often or at a bad hour",
        description="The contact guard's warnings about a call (or a visit) to the debtor now: the last "
        "conversation too recent, too many attempts in 7 days, their local time outside the calling "
        "hours, an open dispute. Exit status 0 either way.",
    )
    command.add_argument("debtor", type=record_id, metavar="ID", help="the debtor's id")
    command.add_argument("--visit", action="store_true", help="a visit rather than a call")
    command.add_argument("--number", metavar="E164", help="the number to dial (its time zone counts)")
    command.add_argument("--json", action="store_true", help='a list of {"code", "values"}')
    command.set_defaults(run=cmd_guard)


def cmd_guard(store: Store, args: argparse.Namespace) -> int:
    kind = "visit" if args.visit else "call"
    with store.sessions() as session:
        warnings = warnings_for(session, args.debtor, kind, store.clock.now(), args.number)
    w = Wording("en", "en_US", "UTC")  # the warnings carry their own local times and zones
    lines = [f"- {guard_warning(w, warning)}" for warning in warnings] or [
        f"No warning: a {kind} now is fine."
    ]
    emit(args.json, warning_list(warnings), lines)
    return 0
