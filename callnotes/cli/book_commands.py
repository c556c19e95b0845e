"""Commands that enter the user's own data: the business, debtors, people, agreements, invoices, payments.

Each runs in one transaction: refused input writes nothing. Dates are ISO (2026-11-29), amounts use a
dot for decimals (1234.56) in the debtor's currency, rates are percent a year. The parsers are here; what
each command does is in book_actions, imported only when one runs.
"""

from __future__ import annotations

import argparse
from functools import partial
from typing import Any

from callnotes.cli.common import Parser, iso_date, later, record_id
from callnotes.domain.choices import ARCHIVE_REASONS, DEBTOR_KINDS, DEFAULT_PAYMENT_DAYS
from callnotes.domain.contact_rules import CALLING_HOURS

Command = Any  # argparse's subparsers action (its type is private)
_action = partial(later, "callnotes.cli.book_actions")


# --- the parsers ----------------------------------------------------------------------------------
def _group(sub: Command, name: str, help_text: str) -> Command:
    parser = sub.add_parser(name, help=help_text)
    return parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)


def _debtor_options(parser: Parser, *, required_name: bool) -> None:
    parser.add_argument("--name", required=required_name, help="the business's or the person's name")
    parser.add_argument("--kind", choices=DEBTOR_KINDS, help="a business (default) or a private person")
    parser.add_argument(
        "--tax-id", dest="tax_id", metavar="ID", help="checked for the country (NIF, ΑΦΜ, EIN…)"
    )
    parser.add_argument("--country", metavar="CC", help="two-letter ISO code: ES, GR, US…")
    parser.add_argument("--language", choices=("es", "el", "en"), help="for letters and packets")
    parser.add_argument("--currency", metavar="CUR", help="ISO code: EUR, USD… (default: the country's)")
    parser.add_argument(
        "--time-zone", dest="time_zone", metavar="TZ", help="e.g. Europe/Athens (default: suggested)"
    )
    parser.add_argument("--address", metavar="TEXT", help="the postal address letters go to")
    parser.add_argument("--phone", metavar="P", help="the main number, national or international form")
    parser.add_argument("--email", metavar="E")
    parser.add_argument("--notes", metavar="TEXT")
    parser.add_argument(
        "--statutory-interest",
        dest="statutory_interest",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="charge EU statutory late-payment interest (ECB rate + 8 points) and 40 € per late invoice; "
        "business debts in EUR only",
    )


def _person_options(parser: Parser, *, required_name: bool) -> None:
    parser.add_argument("--name", required=required_name)
    parser.add_argument("--role", metavar="TEXT", help="e.g. approves payments")
    parser.add_argument("--phone", metavar="P", help="national or international form; stored as +CC…")
    parser.add_argument("--mobile", metavar="P")
    parser.add_argument("--email", metavar="E")


def add_parsers(sub: Command) -> None:
    """The data-entry commands, each set to run its function."""
    json_help = "print JSON"

    creditor = _group(sub, "creditor", "your own business: named on letters and packets")
    set_ = creditor.add_parser("set", help="set up or change your business (options not given stay)")
    set_.add_argument("--name", help="your business's name")
    set_.add_argument("--tax-id", dest="tax_id", metavar="ID", help="checked for the country")
    set_.add_argument("--country", metavar="CC", help="two-letter ISO code: ES, GR, US…")
    set_.add_argument("--address", metavar="TEXT")
    set_.add_argument("--phone", metavar="P")
    set_.add_argument("--email", metavar="E")
    set_.add_argument("--signer", metavar="NAME", help="who signs letters")
    set_.add_argument(
        "--user-name", dest="user_name", metavar="NAME", help="your name: the author of entries"
    )
    set_.add_argument("--currency", metavar="CUR", help="for new debtors")
    set_.add_argument("--language", choices=("es", "el", "en"), help="for new debtors")
    set_.add_argument(
        "--calling-hours",
        dest="calling_hours",
        choices=tuple(CALLING_HOURS),
        help="the rule calls are judged by: default every day 08-21, GR weekdays 09-20 and one contact in "
        "2 days, ES weekdays 09-21, US every day 08-21",
    )
    set_.add_argument(
        "--contact-gap-days",
        dest="contact_gap_days",
        type=int,
        metavar="N",
        help="the fewest days between two conversations with a debtor (default 7)",
    )
    set_.add_argument(
        "--reply-wait-days",
        dest="reply_wait_days",
        type=int,
        metavar="N",
        help="days a post-call summary may wait for the debtor's reply before the agenda lists it (default 7)",
    )
    set_.set_defaults(run=_action("cmd_creditor_set"))
    show = creditor.add_parser("show", help="what is set up")
    show.add_argument("--json", action="store_true", help=json_help)
    show.set_defaults(run=_action("cmd_creditor_show"))

    debtor = _group(sub, "debtor", "add, change, show, archive, export or delete a debtor")
    add = debtor.add_parser("add", help="add a debtor (prints the new id)")
    _debtor_options(add, required_name=True)
    add.add_argument("--json", action="store_true", help=json_help)
    add.set_defaults(run=_action("cmd_debtor_add"))
    edit = debtor.add_parser("edit", help="change a debtor's details (each change is recorded)")
    edit.add_argument("id", type=record_id, metavar="ID")
    _debtor_options(edit, required_name=False)
    edit.set_defaults(run=_action("cmd_debtor_edit"))
    show = debtor.add_parser("show", help="details, people, agreement, invoices, payments and balance")
    show.add_argument("id", type=record_id, metavar="ID")
    show.add_argument("--as-of", type=iso_date, help="amounts as of this day (default: today)")
    show.add_argument("--json", action="store_true", help=json_help)
    show.set_defaults(run=_action("cmd_debtor_show"))
    archive = debtor.add_parser("archive", help="take a debtor off the list of live ones")
    archive.add_argument("id", type=record_id, metavar="ID")
    archive.add_argument(
        "--reason", required=True, metavar="TEXT", help="why, in your words (kept in the record)"
    )
    archive.add_argument(
        "--outcome",
        choices=[reason.replace("_", "-") for reason in ARCHIVE_REASONS],
        default="other",
        help="paid in full, written off, handed to an agency or a lawyer",
    )
    archive.set_defaults(run=_action("cmd_debtor_archive"))
    restore = debtor.add_parser("restore", help="put an archived debtor back on the list")
    restore.add_argument("id", type=record_id, metavar="ID")
    restore.add_argument("--reason", default="", metavar="TEXT")
    restore.set_defaults(run=_action("cmd_debtor_restore"))
    export = debtor.add_parser(
        "export", help="everything held on a debtor, documents included, in a ZIP (for a data access request)"
    )
    export.add_argument("--debtor", type=int, required=True, metavar="ID")
    export.add_argument("--out", required=True, metavar="FILE.zip", help="where to write the ZIP")
    export.set_defaults(run=_action("cmd_debtor_export"))
    delete = debtor.add_parser(
        "delete", help="delete everything held on a debtor, on their request (a tombstone records it)"
    )
    delete.add_argument("--debtor", type=int, required=True, metavar="ID")
    delete.add_argument(
        "--reason", required=True, metavar="TEXT", help="why, e.g. the request's date and reference"
    )
    delete.add_argument(
        "--confirm",
        required=True,
        metavar="NAME",
        help="the debtor's name, exactly: nothing is deleted otherwise",
    )
    delete.set_defaults(run=_action("cmd_debtor_delete"))

    person = _group(sub, "person", "the people to speak to at a debtor")
    add = person.add_parser("add", help="add someone to speak to")
    add.add_argument("--debtor", type=record_id, required=True, metavar="ID")
    _person_options(add, required_name=True)
    add.add_argument("--json", action="store_true", help=json_help)
    add.set_defaults(run=_action("cmd_person_add"))
    edit = person.add_parser("edit", help="change someone's details (each change is recorded)")
    edit.add_argument("id", type=record_id, metavar="ID")
    _person_options(edit, required_name=False)
    edit.set_defaults(run=_action("cmd_person_edit"))
    remove = person.add_parser("remove", help="no longer offer someone to call")
    remove.add_argument("id", type=record_id, metavar="ID")
    remove.set_defaults(run=_action("cmd_person_remove"))

    agreement = _group(sub, "agreement", "the terms agreed with a debtor")
    add = agreement.add_parser("add", help="record the agreement")
    add.add_argument("--debtor", type=record_id, required=True, metavar="ID")
    add.add_argument("--signed-on", dest="signed_on", type=iso_date, required=True, metavar="DATE")
    add.add_argument("--terms", metavar="TEXT")
    add.add_argument("--goods", metavar="TEXT", help="the goods or services agreed")
    add.add_argument(
        "--payment-days", dest="payment_days", type=int, default=DEFAULT_PAYMENT_DAYS, metavar="N"
    )
    add.add_argument("--interest", metavar="PERCENT", help="late interest a year, e.g. 8 or 10.15")
    add.add_argument(
        "--late-fee", dest="late_fee", metavar="AMOUNT", help="fee per invoice paid late, e.g. 40.00"
    )
    add.add_argument("--attach", action="append", default=[], metavar="FILE", help="the signed contract")
    add.add_argument("--json", action="store_true", help=json_help)
    add.set_defaults(run=_action("cmd_agreement_add"))

    invoice = _group(sub, "invoice", "a debtor's invoices")
    add = invoice.add_parser("add", help="add an invoice")
    add.add_argument("--debtor", type=record_id, required=True, metavar="ID")
    add.add_argument("--number", required=True, metavar="N")
    add.add_argument("--issued", type=iso_date, required=True, metavar="DATE")
    add.add_argument(
        "--due", type=iso_date, metavar="DATE", help="default: after the agreement's payment days"
    )
    add.add_argument("--amount", required=True, metavar="AMOUNT", help="with a dot for decimals: 1234.56")
    add.add_argument("--goods", metavar="TEXT", help="what was delivered")
    add.add_argument("--delivered", type=iso_date, metavar="DATE")
    add.add_argument(
        "--attach", action="append", default=[], metavar="FILE", help="the invoice, a delivery note"
    )
    add.add_argument("--json", action="store_true", help=json_help)
    add.set_defaults(run=_action("cmd_invoice_add"))
    credit = invoice.add_parser("credit", help="take an amount off an invoice with a credit note")
    credit.add_argument("--debtor", type=record_id, required=True, metavar="ID")
    credit.add_argument("--number", required=True, metavar="N")
    credit.add_argument("--amount", required=True, metavar="AMOUNT")
    credit.add_argument("--reason", required=True, metavar="TEXT")
    credit.add_argument(
        "--date", type=iso_date, metavar="DATE", help="the credit note's date (default: today)"
    )
    credit.add_argument("--json", action="store_true", help=json_help)
    credit.set_defaults(run=_action("cmd_invoice_credit"))
    status = invoice.add_parser("status", help="mark an invoice disputed, written off or open again")
    status.add_argument("--debtor", type=record_id, required=True, metavar="ID")
    status.add_argument("--number", required=True, metavar="N")
    status.add_argument("--status", required=True, choices=("open", "disputed", "written-off"))
    status.add_argument("--reason", required=True, metavar="TEXT")
    status.set_defaults(run=_action("cmd_invoice_status"))

    payment = _group(sub, "payment", "money received from a debtor")
    add = payment.add_parser("add", help="record a payment (applied to the oldest open invoices by default)")
    add.add_argument("--debtor", type=record_id, required=True, metavar="ID")
    add.add_argument("--date", type=iso_date, required=True, metavar="DATE")
    add.add_argument("--amount", required=True, metavar="AMOUNT")
    add.add_argument("--method", metavar="M", help="transfer, card, cash, cheque…")
    add.add_argument("--reference", metavar="R")
    add.add_argument(
        "--invoice",
        action="append",
        default=[],
        metavar="NUMBER[=AMOUNT]",
        help="apply to this invoice (as much as is open, or AMOUNT); repeat for several",
    )
    add.add_argument("--json", action="store_true", help=json_help)
    add.set_defaults(run=_action("cmd_payment_add"))
    reverse = payment.add_parser("reverse", help="take a payment back out of the account (it stays recorded)")
    reverse.add_argument("--debtor", type=record_id, required=True, metavar="ID")
    reverse.add_argument("--payment", type=record_id, required=True, metavar="PID")
    reverse.add_argument("--reason", required=True, metavar="TEXT")
    reverse.set_defaults(run=_action("cmd_payment_reverse"))
