"""Debtors: add, change (every change of details journalled), archive and list with what they owe."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from callnotes.domain.account import Books, DebtorProfile, statement_of
from callnotes.domain.choices import ARCHIVE_REASONS as ARCHIVE_REASONS  # named here too
from callnotes.domain.choices import DEBTOR_KINDS as DEBTOR_KINDS
from callnotes.domain.deliveries import OUTCOME_OF_STATUS, latest_deliveries
from callnotes.domain.ledger import Statement
from callnotes.domain.money import Money, format_money, locale_for
from callnotes.errors import InputError, NotFoundError
from callnotes.services import validation
from callnotes.services.countries import country_defaults, suggest_time_zone
from callnotes.services.creditor import get_creditor
from callnotes.services.history import added, apply_fields, record_change
from callnotes.services.plain import PAYMENT_RATINGS as PAYMENT_RATINGS
from callnotes.services.plain import DebtorInput as DebtorInput
from callnotes.store import queries
from callnotes.store.account import read_account, read_books
from callnotes.store.engine import clock_of
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


@dataclass(frozen=True)
class DebtorSummary:
    """One row of the debtor list."""

    id: int
    name: str
    kind: str
    country: str | None
    language: str
    currency: str
    balance_minor: int
    balance: str
    oldest_days_overdue: int
    open_invoices: int
    last_contact_at: datetime | None
    last_contact_kind: str | None
    last_outcome: str | None
    archived_on: date | None = None
    archive_reason: str | None = None


def debtor_statement(session: Session, debtor_id: int, as_of: date) -> Statement:
    """The debtor's statement of account as of a date."""
    return statement_of(read_account(session, debtor_id), as_of)


def _last_outcome(books: Books) -> str | None:
    """How the last contact went; for a letter, what became of it once a delivery is recorded (as the
    facts panel says it)."""
    contact = books.last_contact
    if contact is None:
        return None
    delivered = latest_deliveries(books.last_contact_deliveries).get(contact.id)
    return OUTCOME_OF_STATUS[delivered.status] if delivered else contact.outcome


def list_debtors(session: Session, as_of: date) -> list[DebtorSummary]:
    """Every debtor, archived ones too, with what they owe as of a date, oldest overdue first (a fixed
    number of queries)."""
    summaries = []
    for books in read_books(session):
        debtor, contact = books.debtor, books.last_contact
        stmt = statement_of(books, as_of)
        summaries.append(
            DebtorSummary(
                id=debtor.id,
                name=debtor.name,
                kind=debtor.kind,
                country=debtor.country,
                language=debtor.language,
                currency=debtor.currency,
                balance_minor=stmt.balance_minor,
                balance=format_money(Money(stmt.balance_minor, debtor.currency), debtor_locale(debtor)),
                oldest_days_overdue=stmt.oldest_days_overdue,
                open_invoices=sum(1 for p in stmt.positions if p.open_minor > 0),
                last_contact_at=contact.started_at if contact else None,
                last_contact_kind=contact.kind if contact else None,
                last_outcome=_last_outcome(books),
                archived_on=debtor.archived_on,
                archive_reason=debtor.archive_reason,
            )
        )
    summaries.sort(key=lambda s: (-s.oldest_days_overdue, s.name))
    return summaries
