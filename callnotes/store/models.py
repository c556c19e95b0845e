"""The database tables, in one place.

Money is INTEGER minor units beside an ISO currency code (SQLite would store `Decimal` as REAL).
Datetimes are timezone-aware UTC and have no defaults: the services take every "now" from the clock
of the session they work in. Calendar dates (issue, due, promised) are plain dates.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import DateTime, Index, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on SQLite (which keeps no zone) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: callnotes stores only timezone-aware times")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def sqlite_moment(value: str | None) -> datetime | None:
    """What UTCDateTime reads from SQLite's text, for plain SQL run through the driver: SQLAlchemy's
    processing of each value (its reader, then the type's) costs a page of search hits a tenth of
    a millisecond. Stored naive, as UTC; anything else read as the type reads it."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value + "+00:00")  # one parse, already aware: no replace()
    except ValueError:  # a zone of its own: read below as the type reads it
        pass
    else:
        if moment.tzinfo is not None:  # (a date alone takes the "+" for the date's end)
            return moment
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _moment(**kwargs: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kwargs)


class Creditor(SQLModel, table=True):
    """The user's own business: the one owed the money, named on letters and packets."""

    id: int | None = Field(default=None, primary_key=True)
    name: str
    tax_id: str | None = None
    country: str | None = None
    address: str = ""
    phone: str | None = None
    email: str | None = None
    contact_name: str = ""  # who signs letters
    user_name: str = ""  # who uses callnotes here: the author of the entries written
    currency: str = "EUR"  # for new debtors
    language: str = "en"  # for new debtors' letters and packets
    calling_hours: str = "GR"  # the profile of contact_rules.CALLING_HOURS that calls are judged by
    contact_gap_days: int = 7  # the fewest days between two conversations with a debtor
    reply_wait_days: int = 7  # how long a summary sent may wait for the debtor's reply before the agenda asks


class Debtor(SQLModel, table=True):
    """A customer who owes money: a business or a person."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str = "business"  # business | person
    name: str = Field(index=True)
    tax_id: str | None = None  # compact form, validated with python-stdnum when the country is known
    country: str | None = None  # ISO 3166-1 alpha-2
    language: str = "en"  # es | el | en: letters, summaries and packets default to it
    currency: str = "EUR"
    time_zone: str = "UTC"  # IANA name, for the debtor's local time and calling hours
    address: str = ""
    phone: str | None = None  # the main number, E.164
    email: str | None = None
    notes: str = ""
    payment_rating: str = "unknown"  # good | fair | late | unknown
    created_at: datetime = _moment()
    archived_on: date | None = None  # no longer pursued: the list shows it only on request
    archive_reason: str | None = None  # paid | written_off | agency | lawyer
    statutory_interest: bool = False  # EU business debt: statutory late-payment interest and compensation


class Person(SQLModel, table=True):
    """Someone at the debtor to speak to."""

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    name: str
    role: str = ""  # e.g. "approves payments"
    phone: str | None = None  # E.164
    mobile: str | None = None  # E.164
    email: str | None = None
    removed_at: datetime | None = _moment(default=None)  # no longer someone to speak to; kept for the record


class Agreement(SQLModel, table=True):
    """The original terms agreed with the debtor."""

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    signed_on: date
    terms: str = ""
    goods_services: str = ""
    payment_terms_days: int = 30
    annual_interest_bp: int = 0  # basis points per year: 800 = 8 % p.a.
    late_fee_minor: int = 0  # fixed fee per invoice not paid by its due date
    currency: str = "EUR"


class Invoice(SQLModel, table=True):
    """One invoice; its number identifies it within the debtor."""

    __table_args__ = (UniqueConstraint("debtor_id", "number", name="uq_invoice_debtor_number"),)

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    agreement_id: int | None = Field(default=None, foreign_key="agreement.id")
    number: str
    issued_on: date
    due_on: date
    amount_minor: int
    currency: str
    goods_services: str = ""
    delivered_on: date | None = None
    status: str = "open"  # open | disputed | written_off; "paid" follows from the payments


class CreditNote(SQLModel, table=True):
    """An amount taken off one invoice, with the reason (a discount, goods returned, a billing error)."""

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    issued_on: date
    amount_minor: int
    currency: str
    reason: str
    recorded_at: datetime = _moment()


class Payment(SQLModel, table=True):
    """Money received from the debtor."""

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    paid_on: date
    amount_minor: int
    currency: str
    method: str = ""  # transfer, card, cash, cheque...
    reference: str = ""
    recorded_at: datetime = _moment()


class PaymentReversal(SQLModel, table=True):
    """A payment that should not count (recorded by mistake, or returned by the bank); the payment stays."""

    id: int | None = Field(default=None, primary_key=True)
    payment_id: int = Field(foreign_key="payment.id", unique=True)
    reason: str
    recorded_at: datetime = _moment()


class PaymentAllocation(SQLModel, table=True):
    """The part of a payment that settles one invoice."""

    id: int | None = Field(default=None, primary_key=True)
    payment_id: int = Field(foreign_key="payment.id", index=True)
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    amount_minor: int


class Interaction(SQLModel, table=True):
    """Any contact with the debtor: call, e-mail, letter, visit or message."""

    # the debtor list's last contact: one seek per debtor (the id, last in every index, breaks ties)
    __table_args__ = (Index("ix_interaction_debtor_started", "debtor_id", "started_at"),)

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    person_id: int | None = Field(default=None, foreign_key="person.id")
    kind: str = "call"  # call | email | letter | visit | message
    direction: str = "outbound"  # outbound | inbound
    started_at: datetime = _moment()
    ended_at: datetime | None = _moment(default=None)
    address_used: str = ""  # number dialled, e-mail or postal address
    reference: str = ""  # e.g. the certified-mail number of a letter
    outcome: str | None = None
    summary: str = ""
    next_action_on: date | None = None
    pending_text: str = ""  # what was being typed but not yet committed as a line (autosaved)


class DraftLine(SQLModel, table=True):
    """A line typed during an open interaction; editable until the interaction ends."""

    id: int | None = Field(default=None, primary_key=True)
    interaction_id: int = Field(foreign_key="interaction.id", index=True)
    position: int
    typed_at: datetime = _moment()  # the moment the line was committed, shown beside it
    kind: str = "note"
    text: str = ""
    data: str = "{}"  # canonical JSON of a structured line (an offer), its entry's data when the call ends


class AgendaMark(SQLModel, table=True):
    """A row of the agenda the user snoozed or marked done: hidden until a day. Working state, not record."""

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    reason: str  # the agenda reason code it hides
    action: str  # snoozed | done
    until: date  # shown again from this day
    marked_at: datetime = _moment()


class CitedHead(SQLModel, table=True):
    """The record as a summary or letter cited it: the debtor's entry count and chain head when it was made,
    kept so that the copy the debtor holds can later be checked against the record (`verify --against`)."""

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    entries: int
    head: str
    document: str  # summary | overdue | reminder | statement | demand
    language: str
    sha256: str  # of the file written (the .eml or the PDF)
    issued_at: datetime = _moment()


class Promise(SQLModel, table=True):
    """ "Will pay this amount by this date", made in an interaction; its state is derived from payments."""

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    interaction_id: int | None = Field(default=None, foreign_key="interaction.id")
    amount_minor: int
    currency: str
    made_on: date
    due_on: date


class Plan(SQLModel, table=True):
    """Instalments agreed with the debtor; a settlement is a plan for less than the balance."""

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    interaction_id: int | None = Field(default=None, foreign_key="interaction.id")
    kind: str = "instalments"  # instalments | settlement
    total_minor: int
    currency: str
    agreed_on: date
    conditions: str = ""


class Instalment(SQLModel, table=True):
    """One dated amount of a plan."""

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    due_on: date
    amount_minor: int


class Entry(SQLModel, table=True):
    """One item of a debtor's journal: append-only and hash-chained (see docs/record-integrity.md)."""

    __table_args__ = (UniqueConstraint("debtor_id", "seq", name="uq_entry_debtor_seq"),)

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    seq: int
    interaction_id: int | None = Field(default=None, foreign_key="interaction.id", index=True)
    recorded_at: datetime = _moment()  # when it was locked into the record, from the clock
    occurred_at: datetime = _moment()  # when what it records happened (a line typed, a letter sent)
    encoding: int = 2  # the canonical encoding it was hashed with (1: callnotes 0.1, one time only)
    kind: str
    text: str = ""
    data: str = "{}"  # canonical JSON of the structured part (amounts, dates, ids)
    amends_seq: int | None = None
    reason: str | None = None
    author: str = ""  # who wrote it: corrections are attributed
    prev_hash: str
    entry_hash: str = Field(index=True)


class Attachment(SQLModel, table=True):
    """A file kept in the data folder under its SHA-256."""

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id")
    interaction_id: int | None = Field(default=None, foreign_key="interaction.id")
    agreement_id: int | None = Field(default=None, foreign_key="agreement.id")
    sha256: str = Field(index=True)
    original_name: str
    media_type: str = "application/octet-stream"
    size_bytes: int = 0
    added_at: datetime = _moment()


class JournalHead(SQLModel, table=True):
    """The last sequence number and hash of a debtor's journal, so a truncated chain is noticed."""

    debtor_id: int = Field(foreign_key="debtor.id", primary_key=True)
    seq: int
    head: str


class Tombstone(SQLModel, table=True):
    """What is left on record of a debtor whose data was deleted on request: enough to show that the
    deletion happened, and which chain it ended, without keeping who they were."""

    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(unique=True)  # the id the debtor had; never reused while this row exists
    name_sha256: (
        str  # SHA-256 of the debtor's name as it was, so a later question "did you hold X" can be answered
    )
    entries: int  # how many entries the journal had
    head: str  # the final head of its chain
    deleted_at: datetime = _moment()
    reason: str
    author: str = ""


SEARCH_INDEX = "searchindex"  # the FTS5 table over SearchText.folded (SQLite only), and its shadow tables


def described_by_models(name: str | None, type_: str, parent_names: object) -> bool:
    """For Alembic's comparisons: everything but the FTS5 index, which SQLite makes and the models
    do not describe."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_INDEX))


class SearchText(SQLModel, table=True):
    """One searchable thing (an entry, a debtor, a person, an invoice) with its text as written and
    folded (callnotes.domain.search.fold). On SQLite the FTS5 table `searchindex` indexes `folded`
    (external content, kept in step by triggers made in migration 0009); rows are written by the same
    transaction that writes the thing they describe."""

    __table_args__ = (UniqueConstraint("kind", "ref_id", name="uq_searchtext_kind_ref"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str  # a callnotes.domain.search.HitKind
    ref_id: int  # the entry's, debtor's, person's or invoice's id
    debtor_id: int = Field(index=True)
    at: datetime | None = _moment(default=None, nullable=True)
    title: str = ""
    body: str = ""  # the text as written, for snippets
    folded: str = ""  # fold(title + "\n" + body): what the index holds


class ChainCheck(SQLModel, table=True):
    """The last full check of a debtor's hash chain: up to which entry it was found sound, and when.
    The window trusts it and checks only the entries added since."""

    debtor_id: int = Field(foreign_key="debtor.id", primary_key=True)
    seq: int  # the chain was sound up to and including this entry
    head: str  # the hash of that entry
    checked_at: datetime = _moment()
    ok: bool = True
