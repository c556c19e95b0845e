"""`callnotes letter`: write a post-call summary or a letter to a debtor as an e-mail draft or a PDF."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callnotes.cli.common import login, record_id
from callnotes.domain.documents import DOCUMENT_KINDS

if TYPE_CHECKING:
    from callnotes.store.access import Store


def letter_file(text: str) -> str:
    """Where to write the letter: a name ending in .pdf or .eml (a usage error otherwise)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty file name was given; name the file to write")
    if Path(text).suffix.lower() not in (".pdf", ".eml"):
        raise argparse.ArgumentTypeError(
            f"{text!r} must end in .pdf (a letter to print) or .eml (an e-mail draft)"
        )
    return text


# Options that choose within one kind of document, and that kind: given with another, they would do nothing.
_OPTION_KIND = (("interaction", "--interaction", "summary"), ("invoice", "--invoice", "overdue"))


def check_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse, as a usage error, an option the chosen kind of document does not use."""
    for dest, option, kind in _OPTION_KIND:
        if getattr(args, dest) is not None and args.kind != kind:
            parser.error(f"{option} goes only with --kind {kind}, not with --kind {args.kind}")


def cmd_letter(store: Store, args: argparse.Namespace) -> int:
    from callnotes.services.desk import Desk
    from callnotes.services.letters import LetterRequest

    request = LetterRequest(args.debtor, args.kind, args.lang, args.interaction, args.invoice)
    written = Desk(store, login()).write_letter(request, Path(args.out))
    draft = written.draft
    for problem in draft.template_problems:
        print(f"callnotes: warning: {problem}", file=sys.stderr)
    to = f" for {draft.recipient_name} <{draft.recipient_email}>" if draft.recipient_email else ""
    print(
        f"Wrote the {args.kind} ({draft.language}){to} to {written.path} "
        f"(record reference {draft.reference}, sha256 {written.sha256})."
    )
    return 0


def add_parsers(sub: Any) -> None:
    """The letter command."""
    letter = sub.add_parser(
        "letter", help="write a post-call summary or a letter to a debtor (.eml e-mail draft or .pdf)"
    )
    letter.add_argument(
        "--debtor", type=record_id, metavar="ID", required=True, help="the debtor (see `callnotes debtors`)"
    )
    letter.add_argument("--kind", choices=DOCUMENT_KINDS, required=True, help="which document")
    letter.add_argument(
        "--interaction",
        type=record_id,
        metavar="IID",
        help="summary: the call to sum up (default: the latest ended call that reached someone)",
    )
    letter.add_argument(
        "--invoice", metavar="NUMBER", help="overdue: the invoice (default: the oldest overdue one)"
    )
    letter.add_argument("--lang", choices=("es", "el", "en"), help="language (default: the debtor's)")
    letter.add_argument(
        "--out",
        type=letter_file,
        required=True,
        metavar="FILE.pdf|FILE.eml",
        help="where to write it; .eml is an e-mail draft your mail program opens ready to send",
    )
    letter.set_defaults(run=cmd_letter, check_usage=partial(check_usage, letter))
