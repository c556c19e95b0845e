"""What the data-entry commands do (their parsers are in book_commands): the business, debtors, people,
agreements, invoices, payments.

Each runs in one transaction: refused input writes nothing. Dates are ISO (2026-11-29), amounts use a
dot for decimals (1234.56) in the debtor's currency, rates are percent a year.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from sqlmodel import Session

from callnotes.cli.common import amount, emit, login, percent
from callnotes.errors import InputError
from callnotes.services import books, debtors, people
from callnotes.services.countries import country_defaults
from callnotes.services.creditor import CreditorInput, author_name, creditor_profile, set_creditor
from callnotes.services.debtors import DebtorInput
from callnotes.services.people import PersonInput
from callnotes.store.access import Store
from callnotes.store.engine import transaction


def _author(session: Session) -> str:
    return author_name(session, login())


def _given(args: argparse.Namespace, *names: str) -> dict[str, Any]:
    """The options the user gave (None means not given), by their field names."""
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


# --- the business ---------------------------------------------------------------------------------
CREDITOR_OPTIONS = (
    "name",
    "tax_id",
    "country",
    "address",
    "phone",
    "email",
    "user_name",
    "currency",
    "language",
    "calling_hours",
    "contact_gap_days",
    "reply_wait_days",
)


def cmd_creditor_set(store: Store, args: argparse.Namespace) -> int:
    given = _given(args, *CREDITOR_OPTIONS)
    if args.signer is not None:
        given["contact_name"] = args.signer
    with transaction(store.sessions) as session:
        current = creditor_profile(session)
        if current is None and "name" not in given:
            raise InputError("Your business has no name yet; give it with --name NAME.")
        if current is None:  # the first set-up: the country suggests what is not given, as in the window
            suggested = country_defaults(given.get("country"))
            current = CreditorInput(
                name=given["name"],
                currency=suggested.currency,
                language=suggested.language,
                calling_hours=suggested.calling_hours,
            )
        set_creditor(session, replace(current, **given))
    print("Saved your business.")
    return 0


def _creditor_json(c: CreditorInput) -> dict[str, Any]:
    return {
        "name": c.name,
        "tax_id": c.tax_id,
        "country": c.country,
        "address": c.address,
        "phone": c.phone,
        "email": c.email,
        "signer": c.contact_name,
        "user_name": c.user_name,
        "currency": c.currency,
        "language": c.language,
        "calling_hours": c.calling_hours,
        "contact_gap_days": c.contact_gap_days,
        "reply_wait_days": c.reply_wait_days,
    }


def cmd_creditor_show(store: Store, args: argparse.Namespace) -> int:
    with store.sessions() as session:
        profile = creditor_profile(session)
    if profile is None:
        emit(args.json, None, ["Your business is not set up yet: `callnotes creditor set --name NAME`."])
        return 0
    data = _creditor_json(profile)
    emit(
        args.json,
        data,
        [
            f"{key.replace('_', ' '):<17}{value if value not in (None, '') else '—'}"
            for key, value in data.items()
        ],
    )
    return 0


# --- debtors and people ---------------------------------------------------------------------------
DEBTOR_OPTIONS = (
    "name",
    "kind",
    "tax_id",
    "country",
    "language",
    "currency",
    "time_zone",
    "address",
    "phone",
    "email",
    "notes",
    "statutory_interest",
)


def cmd_debtor_add(store: Store, args: argparse.Namespace) -> int:
    with transaction(store.sessions) as session:
        if args.country is None:  # most customers are in the business's own country
            business = creditor_profile(session)
            args.country = business.country if business else None
        debtor = debtors.create_debtor(
            session, DebtorInput(**_given(args, *DEBTOR_OPTIONS)), author=_author(session)
        )
        data = {
            "id": debtor.id,
            "name": debtor.name,
            "currency": debtor.currency,
            "time_zone": debtor.time_zone,
        }
    emit(args.json, data, [f"Added debtor {data['id']}: {data['name']}."])
    return 0


def cmd_debtor_edit(store: Store, args: argparse.Namespace) -> int:
    with transaction(store.sessions) as session:
        current = debtors.debtor_input(debtors.get_debtor(session, args.id))
        debtors.edit_debtor(
            session, args.id, replace(current, **_given(args, *DEBTOR_OPTIONS)), author=_author(session)
        )
    print(f"Saved debtor {args.id}.")
    return 0


def cmd_debtor_show(store: Store, args: argparse.Namespace) -> int:
    from callnotes.cli.debtor_report import debtor_json, debtor_lines

    with store.sessions() as session:
        data = debtor_json(session, args.id, args.as_of or store.clock.today())
    emit(args.json, data, debtor_lines(data))
    return 0


def cmd_debtor_archive(store: Store, args: argparse.Namespace) -> int:
    with transaction(store.sessions) as session:
        outcome = args.outcome.replace("-", "_")
        debtors.archive_debtor(session, args.id, outcome, args.reason, author=_author(session))
    print(f"Archived debtor {args.id}.")
    return 0


def cmd_debtor_restore(store: Store, args: argparse.Namespace) -> int:
    with transaction(store.sessions) as session:
        debtors.archive_debtor(session, args.id, "", args.reason, author=_author(session), restore=True)
    print(f"Debtor {args.id} is back on the list.")
    return 0


def cmd_debtor_export(store: Store, args: argparse.Namespace) -> int:
    from pathlib import Path

    from callnotes.services.subject_access import export_debtor_data

    done = export_debtor_data(store.sessions, store.paths, args.debtor, Path(args.out))
    print(
        f"Wrote everything held on debtor {args.debtor} to {done.path}: {done.entries} journal entries, "
        f"{done.documents} documents (chain head {done.head}). It holds personal data: keep it safe."
    )
    for name in done.missing:
        print(
            f"callnotes: the stored copy of “{name}” is missing; the export lists it without the file.",
            file=sys.stderr,
        )
    return 0


def cmd_debtor_delete(store: Store, args: argparse.Namespace) -> int:
    from callnotes.services.subject_access import erase_debtor

    with store.sessions() as session:
        author = _author(session)
    done = erase_debtor(store.sessions, store.paths, args.debtor, args.confirm, args.reason, author=author)
    kept = f"; {done.files_kept} kept because another debtor has them" if done.files_kept else ""
    print(
        f"Deleted debtor {done.debtor_id}: {done.rows} rows and {done.files_removed} documents{kept}. "
        f"A tombstone keeps the date, the reason, the name's SHA-256 and the final chain head {done.head} "
        f"({done.entries} entries)."
    )
    for problem in done.files_not_removed:
        print(f"callnotes: could not remove {problem}; remove it by hand.", file=sys.stderr)
    return 1 if done.files_not_removed else 0


PERSON_OPTIONS = ("name", "role", "phone", "mobile", "email")


def cmd_person_add(store: Store, args: argparse.Namespace) -> int:
    with transaction(store.sessions) as session:
        person = people.add_person(
            session, args.debtor, PersonInput(**_given(args, *PERSON_OPTIONS)), author=_author(session)
        )
        data = {"id": person.id, "name": person.name, "phone": person.phone, "mobile": person.mobile}
    emit(args.json, data, [f"Added {data['name']} (person {data['id']})."])
    return 0


def cmd_person_edit(store: Store, args: argparse.Namespace) -> int:
    with transaction(store.sessions) as session:
        person = people.get_person(session, args.id)
        current = PersonInput(person.name, person.role, person.phone, person.mobile, person.email)
        people.edit_person(
            session, args.id, replace(current, **_given(args, *PERSON_OPTIONS)), author=_author(session)
        )
    print(f"Saved person {args.id}.")
    return 0


def cmd_person_remove(store: Store, args: argparse.Namespace) -> int:
    with transaction(store.sessions) as session:
        people.remove_person(session, args.id, author=_author(session))
    print(f"Person {args.id} is no longer offered to call; past calls still name them.")
    return 0


# --- the books ------------------------------------------------------------------------------------
def _currency(session: Session, debtor_id: int) -> str:
    return debtors.get_debtor(session, debtor_id).currency


def cmd_agreement_add(store: Store, args: argparse.Namespace) -> int:
    from callnotes.services.attachments import add_attachment, check_files

    with transaction(store.sessions) as session:
        currency = _currency(session, args.debtor)
        terms = books.AgreementInput(
            args.signed_on,
            args.terms or "",
            args.goods or "",
            args.payment_days,
            percent(args.interest) if args.interest else 0,
            amount(args.late_fee, currency, "amount") if args.late_fee else 0,
        )
        author = _author(session)
        check_files(args.attach)
        agreement = books.add_agreement(session, args.debtor, terms, author=author)
        for path in args.attach:
            add_attachment(session, store.paths, args.debtor, path, agreement_id=agreement.id, author=author)
        data = {"id": agreement.id, "signed_on": agreement.signed_on.isoformat()}
    emit(args.json, data, [f"Added the agreement of {data['signed_on']} (agreement {data['id']})."])
    return 0


def cmd_invoice_add(store: Store, args: argparse.Namespace) -> int:
    from callnotes.services.attachments import add_attachment, check_files

    with transaction(store.sessions) as session:
        currency = _currency(session, args.debtor)
        entered = books.InvoiceInput(
            args.number,
            args.issued,
            amount(args.amount, currency),
            args.due,
            args.goods or "",
            args.delivered,
        )
        author = _author(session)
        check_files(args.attach)
        invoice = books.add_invoice(session, args.debtor, entered, author=author)
        for path in args.attach:
            add_attachment(session, store.paths, args.debtor, path, invoice_id=invoice.id, author=author)
        data = {"id": invoice.id, "number": invoice.number, "due_on": invoice.due_on.isoformat()}
    emit(args.json, data, [f"Added invoice {data['number']}, due {data['due_on']} (invoice {data['id']})."])
    return 0


def cmd_invoice_credit(store: Store, args: argparse.Namespace) -> int:
    with transaction(store.sessions) as session:
        invoice = books.invoice_by_number(session, args.debtor, args.number)
        minor = amount(args.amount, invoice.currency)
        credit = books.credit_invoice(
            session, invoice.id or 0, minor, args.reason, args.date, author=_author(session)
        )
        data = {"id": credit.id, "number": invoice.number, "amount_minor": credit.amount_minor}
    emit(args.json, data, [f"Credited {args.amount} {invoice.currency} on invoice {invoice.number}."])
    return 0


def cmd_invoice_status(store: Store, args: argparse.Namespace) -> int:
    with transaction(store.sessions) as session:
        invoice = books.invoice_by_number(session, args.debtor, args.number)
        status = args.status.replace("-", "_")
        books.set_invoice_status(session, invoice.id or 0, status, args.reason, author=_author(session))
    print(f"Invoice {args.number} is now {args.status}.")
    return 0


def _allocations(values: list[str], currency: str) -> tuple[tuple[str, int | None], ...] | None:
    """--invoice NUMBER or NUMBER=AMOUNT, as (number, amount or None for what is open)."""
    if not values:
        return None
    chosen: list[tuple[str, int | None]] = []
    for value in values:
        number, sign, share = value.rpartition("=")
        if not sign:
            chosen.append((value.strip(), None))
        else:
            chosen.append((number.strip(), amount(share, currency)))
    return tuple(chosen)


def cmd_payment_add(store: Store, args: argparse.Namespace) -> int:
    with transaction(store.sessions) as session:
        currency = _currency(session, args.debtor)
        received = books.PaymentInput(
            args.date,
            amount(args.amount, currency),
            args.method or "",
            args.reference or "",
            _allocations(args.invoice, currency),
        )
        plan = books.allocation_plan(session, args.debtor, received)
        payment = books.record_payment(session, args.debtor, received, author=_author(session))
        payment_id = payment.id
    data = {
        "id": payment_id,
        "allocations": [{"number": p.invoice.number, "amount_minor": p.amount_minor} for p in plan.parts],
        "credit_minor": plan.credit_minor,
    }
    applied = ", ".join(f"{p.invoice.number} ({p.amount_minor})" for p in plan.parts) or "no invoice"
    credit = f"; {plan.credit_minor} stays as credit" if plan.credit_minor else ""
    emit(args.json, data, [f"Recorded payment {payment_id}, applied to {applied}{credit} (minor units)."])
    return 0


def cmd_payment_reverse(store: Store, args: argparse.Namespace) -> int:
    with transaction(store.sessions) as session:
        books.reverse_payment(
            session, args.payment, args.reason, debtor_id=args.debtor, author=_author(session)
        )
    print(f"Payment {args.payment} no longer counts; it stays in the record with the reason.")
    return 0
