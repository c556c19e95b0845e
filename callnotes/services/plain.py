"""The plain data the window hands the desk (what a form was filled in with), the fixed choices and limits
its forms check, and the few plain results it looks into: kept apart from the services that use them, in a
module that imports neither the store nor Babel, because the window's process imports these and must
not load SQLAlchemy (the desk, in its own process, does). Each service names its own here too
(`from callnotes.services.plain import DebtorInput as DebtorInput`), so the core reads as before."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callnotes.domain.choices import DEFAULT_PAYMENT_DAYS, DEFAULT_REPLY_WAIT_DAYS
from callnotes.domain.contact_rules import DEFAULT_CALLING_HOURS, DEFAULT_GAP_DAYS

if TYPE_CHECKING:
    from callnotes.clock import Clock
    from callnotes.domain.contact_rules import GuardOverride
    from callnotes.domain.documents import SentDocument
    from callnotes.domain.offers import OfferTerms


# --- attachments ----------------------------------------------------------------------------------
class StoredState(StrEnum):
    """Whether the stored copy of an attachment is still the file that was recorded."""

    OK = "ok"
    MISSING = "missing"
    CHANGED = "changed"


@dataclass(frozen=True)
class DocumentOwner:
    """What a document belongs to: the debtor, or one invoice, agreement or interaction (with what
    names it: the invoice's number, the agreement's date, the interaction's kind and start)."""

    kind: str  # debtor | invoice | agreement | interaction
    invoice_number: str = ""
    agreement_signed_on: date | None = None
    interaction_kind: str = ""
    interaction_started_at: datetime | None = None


@dataclass(frozen=True)
class DocumentInfo:
    """A document kept with a debtor, as listed: its name, size, type, when it was added, what it
    belongs to, and whether the stored copy is still the file recorded."""

    id: int
    name: str
    size_bytes: int
    media_type: str
    added_at: datetime
    owner: DocumentOwner
    state: StoredState


# --- books ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AgreementInput:
    """The terms agreed with the debtor."""

    signed_on: date
    terms: str = ""
    goods_services: str = ""
    payment_terms_days: int = DEFAULT_PAYMENT_DAYS
    annual_interest_bp: int = 0  # 800 = 8 % a year
    late_fee_minor: int = 0  # per invoice paid late


@dataclass(frozen=True)
class InvoiceInput:
    """An invoice as the user types it; without a due date it falls due after the agreement's payment
    days (30 without an agreement)."""

    number: str
    issued_on: date
    amount_minor: int
    due_on: date | None = None
    goods_services: str = ""
    delivered_on: date | None = None


@dataclass(frozen=True)
class PaymentInput:
    """Money received. `allocations` names invoices by number, each with an amount or None for "what
    is open on it"; None applies the payment to the oldest open invoices."""

    paid_on: date
    amount_minor: int
    method: str = ""
    reference: str = ""
    allocations: tuple[tuple[str, int | None], ...] | None = None


# --- creditor -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CreditorInput:
    """What the user types about their business and themselves; also what is shown back."""

    name: str
    tax_id: str | None = None
    country: str | None = None
    address: str = ""
    phone: str | None = None
    email: str | None = None
    contact_name: str = ""  # who signs letters
    user_name: str = ""  # who uses callnotes here: the author of the entries written
    currency: str = "EUR"  # for new debtors
    language: str = "en"  # for new debtors
    calling_hours: str = DEFAULT_CALLING_HOURS
    contact_gap_days: int = DEFAULT_GAP_DAYS  # the fewest days between two conversations with a debtor
    reply_wait_days: int = DEFAULT_REPLY_WAIT_DAYS  # how long a summary may wait for the debtor's reply


MAX_GAP_DAYS = 90  # a longer interval would hold back every follow-up the field guidance asks for


# --- debtors --------------------------------------------------------------------------------------
PAYMENT_RATINGS = ("good", "fair", "late", "unknown")


@dataclass(frozen=True)
class DebtorInput:
    """What the user types about a debtor. Language, currency and time zone left as None follow from
    the country (or the main phone number), else from the user's own business."""

    name: str
    kind: str = "business"
    tax_id: str | None = None
    country: str | None = None
    language: str | None = None
    currency: str | None = None
    time_zone: str | None = None
    address: str = ""
    phone: str | None = None
    email: str | None = None
    notes: str = ""
    payment_rating: str = "unknown"
    # EU business-to-business debt in euros: statutory late-payment interest and the 40 € compensation
    statutory_interest: bool = False


# --- people ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonInput:
    """What the user types about someone at the debtor; phones in national or international form."""

    name: str
    role: str = ""
    phone: str | None = None
    mobile: str | None = None
    email: str | None = None


# --- replies --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReplyInput:
    """A reply to record: the document it answers (the interaction id of the contact that sent it), the
    stance, the reply's words or the user's note, and, for a reply that came, when, from whom and the
    saved message to keep with it."""

    to: int
    stance: str  # confirming | disputing | silent
    text: str = ""
    at: datetime | None = None  # when the reply came; now when not given (ignored for "silent")
    address: str = ""  # the address it came from
    subject: str = ""
    eml: Path | None = None


# --- disputes -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DisputeInput:
    """A dispute as the user describes it: why, which invoices (none: the whole debt), how much (if said)."""

    reason: str
    invoices: tuple[str, ...] = ()
    amount_minor: int | None = None


# --- imports.importer -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportOptions:
    """How to read the file: the profile (None: guessed from the header), the user's column mapping,
    the encoding (None: UTF-8), and whether only to preview."""

    profile: str | None = None
    mapping: Mapping[str, Any] | None = None
    encoding: str | None = None
    dry_run: bool = False


# --- letters --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LetterRequest:
    """Which document to draft, for whom, in which language."""

    debtor_id: int
    kind: str  # one of domain.documents.DOCUMENT_KINDS
    language: str | None = None  # es | el | en; None: the debtor's language
    interaction_id: int | None = None  # summary: the call it sums up; None: the latest call that ended
    invoice: str | None = None  # overdue: the invoice's number; None: the oldest overdue one


# --- interactions ---------------------------------------------------------------------------------
DIRECTIONS = ("outbound", "inbound")


OUTCOMES = (
    "reached",
    "no_answer",
    "voicemail",
    "wrong_number",
    "refused",
    "dispute",
    "promise",
    "plan",
    "call_back",
)


# What can come of each kind of contact. A letter's fate is often known only later: see record_delivery.
OUTCOMES_BY_KIND = {
    "call": OUTCOMES,
    "letter": ("sent", "delivered", "returned", "delivery_refused", "received", "dispute", "promise"),
    "visit": ("met", "nobody_there", "refused", "dispute", "promise", "plan", "call_back"),
    "email": ("sent", "replied", "bounced", "refused", "dispute", "promise", "plan"),
    "message": ("sent", "replied", "bounced", "refused", "dispute", "promise", "plan"),
}


MAX_LINE_CHARS = 20_000


@dataclass(frozen=True)
class PromiseInput:
    """A promise to pay captured when an interaction ends."""

    amount_minor: int
    due_on: date


@dataclass(frozen=True)
class PlanInput:
    """Instalments (or a settlement for less) agreed when an interaction ends."""

    instalments: tuple[tuple[date, int], ...]
    kind: str = "instalments"
    conditions: str = ""
    offer: OfferTerms | None = None  # the calculator's terms it was made from, when it was

    @classmethod
    def of(cls, terms: OfferTerms, conditions: str = "") -> PlanInput:
        """The plan an offer becomes once it is agreed."""
        return cls(terms.schedule, terms.kind, conditions, terms)


@dataclass(frozen=True)
class Ending:
    """How an interaction ended: the outcome and what was agreed."""

    outcome: str
    summary: str = ""
    next_action_on: date | None = None
    promise: PromiseInput | None = None
    plan: PlanInput | None = None
    dispute: DisputeInput | None = None  # the debtor disputes the debt: recorded with the contact
    document: SentDocument | None = None  # the summary or letter the contact sent (an e-mail, a letter)


@dataclass(frozen=True)
class ContactInput:
    """A contact that already happened, as the user logs it: when, how, with whom and how it went."""

    kind: str
    at: datetime
    ending: Ending
    direction: str = "outbound"
    person_id: int | None = None
    address_used: str = ""
    reference: str = ""
    lines: tuple[tuple[str, str], ...] = ()  # (kind, text)
    override: GuardOverride | None = None  # the contact guard warned, and the user went ahead for a reason
    delivered_on: date | None = None  # a letter logged as delivered, returned or refused: the day it was


# --- sent_letters ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class SentInput:
    """A written document the user says went out: how, when, and what is known of its delivery."""

    letter: Path  # the .eml or PDF written (attached to the contact)
    request: LetterRequest
    via: str  # email | post | certified | burofax | bailiff | hand
    at: datetime
    address_used: str = ""
    certified_reference: str = ""  # the certified mail, burofax or bailiff's number
    delivered_on: date | None = None
    returned: bool = False  # the post returned it (delivered_on is then the day it came back)
    receipts: Sequence[Path] = ()  # proof of delivery, the bailiff's report: attached as well


# --- subject_access -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Erasure:
    """What a deletion did: the tombstone's facts, and what became of the debtor's stored files."""

    debtor_id: int
    entries: int
    head: str
    deleted_at: datetime
    rows: int  # rows deleted, every table together
    files_removed: int
    files_kept: int  # still kept because another debtor has the same file
    files_not_removed: tuple[str, ...]  # could not be removed from the disk (with why)


def name_matches(typed: str, name: str) -> bool:
    """Whether what was typed is the name exactly (the same letters whatever their Unicode form, and
    spaces around it ignored)."""
    return unicodedata.normalize("NFC", typed.strip()) == unicodedata.normalize("NFC", name.strip())


# --- backups --------------------------------------------------------------------------------------
SUFFIX = ".backup"


def suggested_name(clock: Clock) -> str:
    """The name offered for a backup made by hand: callnotes-2026-11-22.backup."""
    return f"callnotes-{clock.today().isoformat()}{SUFFIX}"
