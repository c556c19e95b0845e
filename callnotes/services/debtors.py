"""Debtors: add, change (every change of details journalled), archive and list with what they owe."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from callnotes.domain.account import DebtorProfile, statement_of
from callnotes.domain.choices import ARCHIVE_REASONS as ARCHIVE_REASONS  # named here too
from callnotes.domain.choices import DEBTOR_KINDS as DEBTOR_KINDS
from callnotes.domain.ledger import Statement
from callnotes.domain.money import locale_for
from callnotes.errors import InputError, NotFoundError
from callnotes.services import validation
from callnotes.services.countries import country_defaults, suggest_time_zone
from callnotes.services.creditor import get_creditor
from callnotes.services.debtor_lines import DEBTOR_SORTS as DEBTOR_SORTS  # the list's lines, named here too
from callnotes.services.debtor_lines import DebtorQuery as DebtorQuery
from callnotes.services.debtor_lines import DebtorSummary as DebtorSummary
from callnotes.services.debtor_lines import debtor_line, listed, position_in, summaries
from callnotes.services.history import added, apply_fields, record_change
from callnotes.services.plain import PAYMENT_RATINGS as PAYMENT_RATINGS
from callnotes.services.plain import DebtorInput as DebtorInput
from callnotes.store import queries
from callnotes.store.account import read_account
from callnotes.store.debtor_figures import ARCHIVED, EVERY, PURSUED, DebtorFigureRow
from callnotes.store.engine import clock_of
from callnotes.store.listing import debtor_figures, session_reads
from callnotes.store.models import Debtor
from callnotes.store.subject import new_debtor_id


def debtor_input(debtor: Debtor | DebtorProfile) -> DebtorInput:
    """A debtor's details as the form to change them starts."""
    return DebtorInput(
        name=debtor.name,
        kind=debtor.kind,
        tax_id=debtor.tax_id,
        country=debtor.country,
        language=debtor.language,
        currency=debtor.currency,
        time_zone=debtor.time_zone,
        address=debtor.address,
        phone=debtor.phone,
        email=debtor.email,
        notes=debtor.notes,
        payment_rating=debtor.payment_rating,
        statutory_interest=debtor.statutory_interest,
    )


def _checked(session: Session, data: DebtorInput) -> dict[str, object]:
    """The debtor's fields, validated, with the suggested values filled in."""
    name = validation.required(data.name, "name", "A debtor's name")
    for field, value in (("tax_id", data.tax_id), ("phone", data.phone), ("email", data.email)):
        validation.optional_limited(value, validation.CONTACT_CHARS, field, f"The {field.replace('_', ' ')}")
    if data.kind not in DEBTOR_KINDS:
        raise InputError(
            f"Debtor kind “{data.kind}” is unknown; expected business or person.",
            field="kind",
            problem="choice",
        )
    if data.payment_rating not in PAYMENT_RATINGS:
        raise InputError(
            f"Payment rating “{data.payment_rating}” is unknown; expected {', '.join(PAYMENT_RATINGS)}.",
            field="payment_rating",
            problem="choice",
        )
    country = validation.country(data.country)
    creditor = get_creditor(session)
    suggested = country_defaults(country) if country else None
    language = data.language or (suggested.language if suggested else creditor.language if creditor else "en")
    currency = data.currency or (
        suggested.currency if suggested else creditor.currency if creditor else "EUR"
    )
    zone = data.time_zone or suggest_time_zone(
        country or (creditor.country if creditor else None), data.phone
    )
    currency = validation.currency(currency)
    if data.statutory_interest and data.kind != "business":
        raise InputError(
            "Statutory late-payment interest applies to debts between businesses; this debtor is a "
            "private person.",
            field="statutory_interest",
            problem="statutory_business",
        )
    if data.statutory_interest and currency != "EUR":
        raise InputError(
            f"Statutory late-payment interest applies to debts in euros (EU business debts); "
            f"this debtor's currency is {currency}.",
            field="statutory_interest",
            problem="statutory_currency",
            values={"currency": currency},
        )
    return {
        "name": name,
        "kind": data.kind,
        "tax_id": validation.tax_id(data.tax_id, country),
        "country": country,
        "language": validation.language(language),
        "currency": currency,
        "time_zone": validation.time_zone(zone),
        "address": validation.limited(
            data.address.strip(), validation.ADDRESS_CHARS, "address", "The address"
        ),
        # a number typed without its country code is read as the debtor's country's, else the business's
        "phone": validation.phone(data.phone, country or (creditor.country if creditor else None)),
        "email": validation.email(data.email),
        "notes": validation.limited(data.notes.strip(), validation.TEXT_CHARS, "notes", "The notes"),
        "payment_rating": data.payment_rating,
        "statutory_interest": bool(data.statutory_interest),
    }


def create_debtor(session: Session, data: DebtorInput, *, author: str = "") -> Debtor:
    """Validate and add a debtor; its details open its record."""
    fields = _checked(session, data)
    # never the id of a debtor deleted on request: its tombstone names that id
    debtor = Debtor(id=new_debtor_id(session), created_at=clock_of(session).now(), **fields)  # type: ignore[arg-type]
    session.add(debtor)
    session.flush()
    debtor_id = debtor.id or 0
    opened = added({k: v for k, v in fields.items() if k != "statutory_interest" or v})
    record_change(session, debtor_id, "debtor", ("debtor", debtor_id, debtor.name), opened, author=author)
    return debtor


def edit_debtor(session: Session, debtor_id: int, data: DebtorInput, *, author: str = "") -> Debtor:
    """Change a debtor's details; each changed field is journalled with its old and new value."""
    debtor = get_debtor(session, debtor_id)
    fields = _checked(session, data)
    if fields["currency"] != debtor.currency and queries.has_invoices(session, debtor_id):
        raise InputError(
            f"{debtor.name} already has invoices in {debtor.currency}; the currency cannot change.",
            field="currency",
            problem="currency_in_use",
            values={"currency": debtor.currency},
        )
    changes = apply_fields(session, debtor, fields)
    if not changes:
        return debtor
    record_change(
        session,
        debtor_id,
        "details",
        ("debtor", debtor_id, debtor.name),
        changes,
        author=author,
        first_kinds=("debtor",),
    )
    return debtor


def archive_debtor(
    session: Session, debtor_id: int, outcome: str, note: str, *, author: str = "", restore: bool = False
) -> Debtor:
    """Take a debtor off the list of live ones (paid in full, written off, handed to an agency or a
    lawyer), or back onto it; journalled with the note."""
    debtor = get_debtor(session, debtor_id)
    if restore:
        if debtor.archived_on is None:
            return debtor
        archived_on: date | None = None
        reason: str | None = None
    else:
        if outcome not in ARCHIVE_REASONS:
            raise InputError(
                f"“{outcome}” is not a reason to archive; expected {', '.join(ARCHIVE_REASONS)}.",
                field="outcome",
                problem="choice",
            )
        archived_on, reason = clock_of(session).today(), outcome
    validation.limited(note.strip(), validation.TEXT_CHARS, "reason", "The reason")
    changes = apply_fields(session, debtor, {"archived_on": archived_on, "archive_reason": reason})
    record_change(
        session,
        debtor_id,
        "archive",
        ("debtor", debtor_id, debtor.name),
        changes,
        text=note.strip(),
        author=author,
        first_kinds=("debtor",),
    )
    return debtor


def dialling_region(session: Session, debtor: Debtor) -> str | None:
    """The country a number typed without its country code is read in: the debtor's, else the
    business's."""
    if debtor.country:
        return debtor.country
    creditor = get_creditor(session)
    return creditor.country if creditor else None


def get_debtor(session: Session, debtor_id: int) -> Debtor:
    """The debtor with this id, or NotFoundError."""
    debtor = session.get(Debtor, debtor_id)
    if debtor is None:
        raise NotFoundError(f"There is no debtor with id {debtor_id}.")
    return debtor


def debtor_locale(debtor: Debtor | DebtorProfile) -> str:
    """The Babel locale for the debtor's language and country (es_ES, el_GR, en_US...)."""
    return locale_for(debtor.language, debtor.country)


def debtor_statement(session: Session, debtor_id: int, as_of: date) -> Statement:
    """The debtor's statement of account as of a date."""
    return statement_of(read_account(session, debtor_id), as_of)


def list_debtors(session: Session, as_of: date, archived: bool | None = None) -> list[DebtorSummary]:
    """Every debtor (or only the archived ones, or only those being pursued), with what they owe as of
    a date, oldest overdue first, then by name: one aggregate query (store.debtor_figures)."""
    which = EVERY if archived is None else ARCHIVED if archived else PURSUED
    return [debtor_line(row) for row in debtor_figures(session, as_of, archived=which)]


def debtor_summary(session: Session, debtor_id: int, as_of: date) -> DebtorSummary | None:
    """One debtor's line of the list (after a call, only that line changes); None if there is none."""
    rows = debtor_figures(session, as_of, debtor_id)
    return debtor_line(rows[0]) if rows else None


def listed_rows(session: Session, as_of: date, query: DebtorQuery) -> list[DebtorFigureRow]:
    """The figure rows the query shows, in its order (debtor_lines.listed, through the session)."""
    return listed(session_reads(session), as_of, query)


def debtor_page(
    session: Session, as_of: date, query: DebtorQuery, offset: int, limit: int
) -> list[DebtorSummary]:
    """At most `limit` lines of the list from position `offset` (money formatted for those only)."""
    return summaries(listed_rows(session, as_of, query)[offset : offset + limit])


def debtor_position(session: Session, as_of: date, query: DebtorQuery, debtor_id: int) -> int | None:
    """Where the debtor's line is in the list the query shows; None when the query does not show it."""
    return position_in(listed_rows(session, as_of, query), debtor_id)
