"""The record as people read it: journal entries with their structured data decoded once, into types.

The store reads each entry once and decodes its `data` here; the Record tab, the facts panel and the
packet all show these same records, so they never disagree about what an entry says.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from callnotes.domain.contact_rules import ContactWarning
from callnotes.domain.documents import SentDocument
from callnotes.domain.offers import NegotiationStep
from callnotes.domain.record import parse_utc

# Kinds of the lines of an interaction. "third_party": someone else answered; "guard_override": the
# reason the user gave for contacting the debtor despite the contact guard's warnings (its data holds
# them), always the contact's first line; "offer": an offer or counter-offer, its terms in its data.
LINE_KINDS = ("note", "question", "said", "agreed", "offer", "third_party", "guard_override")

# An offer or counter-offer made during a call (the negotiation ledger): who offered, the terms, the answer.
OfferDetails = NegotiationStep


@dataclass(frozen=True, slots=True)
class ContactDetails:
    """What an `interaction` entry records about the contact as a whole."""

    kind: str  # call | email | letter | visit | message
    direction: str
    started_at: datetime
    ended_at: datetime
    person: str | None
    address_used: str
    reference: str
    outcome: str
    next_action_on: date | None
    document: SentDocument | None = None  # the summary or letter this contact sent, when it sent one


@dataclass(frozen=True, slots=True)
class PromiseDetails:
    """A promise to pay."""

    amount_minor: int
    currency: str
    made_on: date
    due_on: date


@dataclass(frozen=True, slots=True)
class PlanDetails:
    """Instalments agreed (a settlement when for less than the balance)."""

    kind: str
    total_minor: int
    currency: str
    agreed_on: date
    instalments: tuple[tuple[date, int], ...]


@dataclass(frozen=True, slots=True)
class PaymentDetails:
    """Money received and the invoices it settled: (invoice number, amount)."""

    amount_minor: int
    currency: str
    paid_on: date
    method: str
    allocations: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class InvoiceDetails:
    """An invoice as it was entered."""

    number: str
    amount_minor: int
    currency: str
    issued_on: date
    due_on: date
    delivered_on: date | None


@dataclass(frozen=True, slots=True)
class TermsDetails:
    """The agreement's terms as they were entered."""

    signed_on: date
    goods_services: str
    payment_terms_days: int
    annual_interest_bp: int
    late_fee_minor: int
    currency: str


@dataclass(frozen=True, slots=True)
class AttachmentDetails:
    """A document kept with the debtor, identified by its SHA-256."""

    sha256: str
    original_name: str
    media_type: str
    size_bytes: int


@dataclass(frozen=True, slots=True)
class ImportDetails:
    """Books brought in from a file exported by the owner's accounting tool."""

    file_name: str
    sha256: str
    profile: str
    debtor_added: bool
    invoices_added: int
    payments_added: int


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a debtor, person, invoice or agreement: what it was and what it became.

    Values are as stored: text, whole numbers (amounts in minor units, interest in basis points), ISO
    dates, or None (a field added, or emptied). The field's name says how to show them.
    """

    field: str
    old: str | int | bool | None
    new: str | int | bool | None


@dataclass(frozen=True, slots=True)
class ChangeDetails:
    """What was added or changed about one thing of the account, field by field.

    `subject` is debtor, person, invoice or agreement; `name` what it is called (an invoice number, a
    person's name); `currency` the currency of its amounts.
    """

    subject: str
    name: str
    currency: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class CreditNoteDetails:
    """An amount taken off an invoice (the reason is the entry's)."""

    number: str
    amount_minor: int
    currency: str
    issued_on: date


@dataclass(frozen=True, slots=True)
class ReversalDetails:
    """A payment taken back out of the account (the reason is the entry's)."""

    amount_minor: int
    currency: str
    paid_on: date
    reference: str


@dataclass(frozen=True, slots=True)
class DisputeDetails:
    """The debtor disputes the debt (the reason is the entry's text): some invoices, an amount, or all."""

    invoices: tuple[str, ...]  # the disputed invoices' numbers; none: the dispute is about the whole debt
    amount_minor: int | None  # the amount disputed, when the debtor names one
    currency: str


@dataclass(frozen=True, slots=True)
class DisputeEndDetails:
    """A dispute resolved (how, in the entry's text), naming the `dispute` entry it closes."""

    dispute_seq: int
    outcome: str  # withdrawn | upheld | settled


@dataclass(frozen=True, slots=True)
class DeliveryDetails:
    """What became of a letter (the `interaction` entry it names): delivered, returned or refused, and when.

    Recorded when it is known, often days after the letter was sent; the latest one is the letter's state.
    """

    interaction_id: int
    status: str  # delivered | returned | refused
    on: date


@dataclass(frozen=True, slots=True)
class ReplyDetails:
    """The debtor's answer to a summary or letter we sent (the `interaction` it names): confirming,
    disputing, or silent (no reply came); the reply's words or the user's note are the entry's text."""

    to: int  # the interaction id of the contact that sent the document
    stance: str  # confirming | disputing | silent (domain/confirmations.py STANCES)


@dataclass(frozen=True, slots=True)
class GuardOverrideDetails:
    """The contact guard's warnings the user went ahead despite (the reason is the entry's text)."""

    warnings: tuple[ContactWarning, ...]


@dataclass(frozen=True, slots=True)
class UnreadableDetails:
    """Structured data that does not have the shape its kind needs (only a damaged record has this)."""

    data: Mapping[str, Any]


Details = (
    ContactDetails
    | PromiseDetails
    | PlanDetails
    | PaymentDetails
    | InvoiceDetails
    | TermsDetails
    | AttachmentDetails
    | ChangeDetails
    | CreditNoteDetails
    | ReversalDetails
    | ImportDetails
    | DisputeDetails
    | DisputeEndDetails
    | DeliveryDetails
    | ReplyDetails
    | OfferDetails
    | GuardOverrideDetails
    | UnreadableDetails
    | None
)

# Entry kinds whose data is a ChangeDetails.
CHANGE_KINDS = ("debtor", "person", "details", "correction", "invoice_status", "archive")


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One entry of a debtor's record, decoded.

    `occurred_at` is when what it records happened (a line typed, a letter sent); `recorded_at` is
    when it was locked into the record. They differ for every line of a call and for contacts logged
    after the fact.
    """

    seq: int
    kind: str
    recorded_at: datetime
    occurred_at: datetime
    text: str
    author: str
    entry_hash: str
    interaction_id: int | None
    details: Details
    amends_seq: int | None = None
    reason: str | None = None
    subject: tuple[str, int] | None = (
        None  # what an entry that first records something records: ("invoice", 7)
    )

    @property
    def recorded_later(self) -> bool:
        """Whether it was locked into the record at another moment than when it happened."""
        return abs((self.recorded_at - self.occurred_at).total_seconds()) >= 1


@dataclass(frozen=True, slots=True)
class RecordItem:
    """An original entry with the amendments that correct it, oldest first."""

    entry: JournalEntry
    amendments: tuple[JournalEntry, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class RecordLine:
    """One line of the record as the Record tab lists it: an original entry, or an amendment shown
    right under the entry it corrects."""

    entry: JournalEntry
    amendment: bool


def _day(value: Any) -> date:
    return date.fromisoformat(str(value))


def _maybe_day(value: Any) -> date | None:
    return _day(value) if value else None


def _decode(kind: str, data: Mapping[str, Any]) -> Details:
    if kind == "interaction":
        return ContactDetails(
            str(data["kind"]),
            str(data["direction"]),
            parse_utc(data["started_at"]),
            parse_utc(data["ended_at"]),
            data.get("person"),
            str(data.get("address_used", "")),
            str(data.get("reference", "")),
            str(data["outcome"]),
            _maybe_day(data.get("next_action_on")),
            SentDocument.from_json(data["document"]) if data.get("document") else None,
        )
    if kind == "promise":
        return PromiseDetails(
            int(data["amount_minor"]), str(data["currency"]), _day(data["made_on"]), _day(data["due_on"])
        )
    if kind == "plan":
        return PlanDetails(
            str(data["kind"]),
            int(data["total_minor"]),
            str(data["currency"]),
            _day(data["agreed_on"]),
            tuple((_day(i["due_on"]), int(i["amount_minor"])) for i in data["instalments"]),
        )
    if kind == "payment":
        return PaymentDetails(
            int(data["amount_minor"]),
            str(data["currency"]),
            _day(data["paid_on"]),
            str(data.get("method", "")),
            tuple((str(a["number"]), int(a["amount_minor"])) for a in data.get("allocations", ())),
        )
    if kind == "invoice":
        return InvoiceDetails(
            str(data["number"]),
            int(data["amount_minor"]),
            str(data["currency"]),
            _day(data["issued_on"]),
            _day(data["due_on"]),
            _maybe_day(data.get("delivered_on")),
        )
    if kind == "terms":
        return TermsDetails(
            _day(data["signed_on"]),
            str(data.get("goods_services", "")),
            int(data["payment_terms_days"]),
            int(data["annual_interest_bp"]),
            int(data["late_fee_minor"]),
            str(data["currency"]),
        )
    if kind == "attachment":
        return AttachmentDetails(
            str(data["sha256"]), str(data["original_name"]), str(data["media_type"]), int(data["size_bytes"])
        )
    if kind in CHANGE_KINDS:
        return ChangeDetails(
            str(data["subject"]),
            str(data.get("name", "")),
            str(data.get("currency", "")),
            tuple(FieldChange(str(name), _value(old), _value(new)) for name, old, new in data["changes"]),
        )
    if kind == "credit_note":
        return CreditNoteDetails(
            str(data["number"]), int(data["amount_minor"]), str(data["currency"]), _day(data["issued_on"])
        )
    if kind == "reversal":
        return ReversalDetails(
            int(data["amount_minor"]),
            str(data["currency"]),
            _day(data["paid_on"]),
            str(data.get("reference", "")),
        )
    if kind == "import":
        return ImportDetails(
            str(data["file"]),
            str(data["sha256"]),
            str(data["profile"]),
            bool(data["debtor_added"]),
            int(data["invoices_added"]),
            int(data["payments_added"]),
        )
    if kind == "dispute":
        amount = data.get("amount_minor")
        return DisputeDetails(
            tuple(str(n) for n in data.get("invoices", ())),
            None if amount is None else int(amount),
            str(data["currency"]),
        )
    if kind == "dispute_resolved":
        return DisputeEndDetails(int(data["dispute_seq"]), str(data["outcome"]))
    if kind == "delivery":
        return DeliveryDetails(int(data["interaction"]), str(data["status"]), _day(data["on"]))
    if kind == "reply":
        return ReplyDetails(int(data["to"]), str(data["stance"]))
    if kind == "offer":
        return OfferDetails.from_data(data)
    if kind == "guard_override":
        return GuardOverrideDetails(tuple(ContactWarning.from_json(w) for w in data.get("warnings", ())))
    return None if not data else UnreadableDetails(data)


def _value(value: Any) -> str | int | bool | None:
    if value is None or isinstance(value, str | int | bool):
        return value
    raise ValueError(f"a changed field holds {type(value).__name__}, not a plain value")


# The kinds of entry that first record a thing of the account, and the key of its id in their data.
_FIRST_RECORDS = {
    "debtor": "debtor",
    "person": "person",
    "terms": "agreement",
    "invoice": "invoice",
    "payment": "payment",
}


def subject_of(kind: str, data: Mapping[str, Any]) -> tuple[str, int] | None:
    """The thing an entry first records, as (what, id), so its later changes can be shown with it."""
    key = _FIRST_RECORDS.get(kind)
    value = data.get(key) if key else None
    return (key, value) if key and isinstance(value, int) else None


def decode_details(kind: str, data: Mapping[str, Any]) -> Details:
    """The typed form of an entry's structured data; UnreadableDetails when it lacks what its kind needs."""
    try:
        return _decode(kind, data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return UnreadableDetails(data)


def with_amendments(entries: Iterable[JournalEntry]) -> list[RecordItem]:
    """The record in sequence order, each original followed by the amendments made to it (and to them)."""
    originals: dict[int, JournalEntry] = {}
    amendments: dict[int, list[JournalEntry]] = {}
    root_of: dict[int, int] = {}
    for entry in entries:
        if entry.amends_seq is not None and entry.amends_seq in root_of:
            root = root_of[entry.amends_seq]
            amendments[root].append(entry)
            root_of[entry.seq] = root
        else:
            originals[entry.seq] = entry
            amendments[entry.seq] = []
            root_of[entry.seq] = entry.seq
    return [RecordItem(entry, tuple(amendments[seq])) for seq, entry in originals.items()]
