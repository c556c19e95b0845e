"""The packet's model: the plain dataclasses a packet is read into (packet_data builds them) and the
options the user chooses. The renderer formats and lays out only these."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from callnotes.domain.account import AgreementInfo
from callnotes.domain.claims import Claim
from callnotes.domain.entries import JournalEntry, RecordItem
from callnotes.domain.interest import DebtorInterest, InterestLine
from callnotes.domain.ledger import InterestPeriod
from callnotes.errors import InputError
from callnotes.export.wording import DESTINATIONS, LANGUAGES
from callnotes.services.plain import StoredState

_PREFIX = re.compile(r"[A-Z0-9][A-Z0-9_]{0,11}")
COURT_DESTINATIONS = ("monitorio", "payment-order", "small-claims")
"""Packets filed with a court: the negotiation stays out of them (what was offered is confidential; the
dates and means of the contacts are what a court asks for). Left out are the offers and counter-offers,
and of each contact that holds one, its summary and the documents kept with it."""
NEGOTIATION_ENTRY_KINDS = ("offer",)
"""Entry kinds that hold an offer or counter-offer (an interaction's `offer` line, its terms as
domain/offers.py NegotiationStep; not domain/offers.py OFFER_KINDS, which are kinds of offer)."""
MAX_ROLE = 120  # one line of the declaration


@dataclass(frozen=True)
class PacketOptions:
    """What the user chooses for one packet; `None` means the default (the debtor's language, today)."""

    language: str | None = None
    destination: str = "general"
    period_from: date | None = None
    period_to: date | None = None
    attachments: bool = True
    as_of: date | None = None
    number_prefix: str = "CN"
    first_number: int = 1
    declarant_role: str = ""  # the role of who signs the declaration ("office manager"); a blank line if ""

    def checked(self) -> PacketOptions:
        """These options, or an InputError that says what to change."""
        if self.language is not None and self.language not in LANGUAGES:
            raise InputError(
                f"Packet language “{self.language}” is not available; choose {', '.join(LANGUAGES)}."
            )
        if self.destination not in DESTINATIONS:
            raise InputError(
                f"Destination “{self.destination}” is unknown; choose one of {', '.join(DESTINATIONS)}."
            )
        if self.period_from and self.period_to and self.period_from > self.period_to:
            raise InputError(f"The period starts ({self.period_from}) after it ends ({self.period_to}).")
        prefix = self.number_prefix.strip().upper()
        if not _PREFIX.fullmatch(prefix):
            raise InputError(
                f"Document number prefix “{self.number_prefix}” is not usable; "
                "use up to 12 letters or digits, e.g. CN."
            )
        if not 1 <= self.first_number <= 9_000_000:
            raise InputError("The first document number must be between 1 and 9,000,000.")
        role = " ".join(self.declarant_role.split())
        if len(role) > MAX_ROLE:
            raise InputError(f"The declarant's role is at most {MAX_ROLE} characters long.")
        return replace(self, number_prefix=prefix, declarant_role=role)

    def in_period(self, day: date) -> bool:
        return (self.period_from is None or day >= self.period_from) and (
            self.period_to is None or day <= self.period_to
        )


@dataclass(frozen=True)
class Party:
    """Creditor or debtor as named on the cover."""

    name: str
    tax_id: str | None
    address: str
    contact: str = ""
    phone: str | None = None
    email: str | None = None
    user_name: str = ""  # the creditor's: who uses callnotes (and keeps the record)
    country: str | None = None  # ISO 3166-1 alpha-2


@dataclass(frozen=True)
class PersonRow:
    """Someone at the debtor."""

    name: str
    role: str
    phones: tuple[str, ...]
    email: str | None


@dataclass(frozen=True)
class InvoiceRow:
    """One invoice on the statement day, with the periods its interest was computed over."""

    id: int
    number: str
    issued_on: date
    due_on: date
    delivered_on: date | None
    goods_services: str
    status: str
    amount_minor: int
    paid_minor: int
    open_minor: int
    days_overdue: int
    bucket: str
    interest_minor: int
    fee_minor: int
    periods: tuple[InterestPeriod, ...]
    credited_minor: int = 0  # taken off by credit notes
    lines: tuple[InterestLine, ...] = ()  # the periods with their interest at the agreed rate (the working)


@dataclass(frozen=True)
class PaymentRow:
    """A payment and the invoices it was applied to."""

    paid_on: date
    amount_minor: int
    method: str
    reference: str
    allocations: tuple[tuple[str, int], ...]  # (invoice number, amount)

    @property
    def unallocated_minor(self) -> int:
        return self.amount_minor - sum(amount for _, amount in self.allocations)


@dataclass(frozen=True)
class StatementData:
    """The statement of account as of a day."""

    as_of: date
    currency: str
    invoices: tuple[InvoiceRow, ...]
    payments: tuple[PaymentRow, ...]
    invoiced_minor: int
    paid_minor: int
    open_minor: int
    interest_minor: int
    fees_minor: int
    credit_minor: int
    balance_minor: int
    ageing: tuple[tuple[str, int], ...]  # (bucket, open principal)
    oldest_days_overdue: int
    annual_interest_bp: int
    late_fee_minor: int
    credited_minor: int = 0  # taken off the invoices by credit notes


@dataclass(frozen=True)
class ContactBlock:
    """One interaction (call, e-mail, letter, visit, message) and its entries."""

    interaction_id: int
    kind: str
    direction: str
    started_at: datetime
    ended_at: datetime | None
    person: str | None
    address_used: str
    reference: str
    outcome: str | None
    summary: str
    items: tuple[RecordItem, ...]  # its entries, each with its amendments
    document: str | None = None  # the document it sent (a DOCUMENT_KINDS code: demand, reminder…)
    delivery: tuple[str, date] | None = None  # a letter's latest known fate (delivered | returned | refused)
    negotiation: bool = False  # it held an offer, and this court packet leaves its summary out


RecordPart = RecordItem | ContactBlock


@dataclass(frozen=True)
class PromiseRow:
    """A promise to pay and its state: kept, part-kept, broken or pending (a PromiseState code)."""

    made_on: date
    due_on: date
    amount_minor: int
    state: str
    paid_minor: int = 0  # what the payments that count for it add up to


@dataclass(frozen=True)
class InstalmentRow:
    """One instalment of a plan and its state (an InstalmentState code): payments since the plan was
    agreed are applied to the instalments in date order."""

    due_on: date
    amount_minor: int
    state: str
    paid_minor: int = 0


@dataclass(frozen=True)
class PlanRow:
    """A payment plan or settlement and its state (a PlanState code)."""

    kind: str
    agreed_on: date
    total_minor: int
    conditions: str
    instalments: tuple[InstalmentRow, ...]
    state: str = ""


@dataclass(frozen=True)
class ExhibitRef:
    """An attachment as an exhibit: its label, its file and what it relates to."""

    label: str
    original_name: str
    media_type: str
    sha256: str
    size_bytes: int
    path: Path
    state: StoredState
    included: bool
    invoice_number: str | None = None
    interaction: tuple[str, datetime] | None = None  # (kind, started_at)
    interaction_id: int | None = None  # the contact it is kept with (a letter and its receipts)
    agreement_id: int | None = None  # the agreement it is kept with (the signed contract, a quote)

    @property
    def shown(self) -> bool:
        """Whether the packet reproduces it: included in this copy and still the file that was recorded."""
        return self.included and self.state == StoredState.OK


@dataclass(frozen=True)
class HashRow:
    """One line of the integrity page."""

    seq: int
    recorded_at: datetime
    kind: str
    entry_hash: str


@dataclass(frozen=True)
class IntegrityData:
    """The chain as checked when the packet was built."""

    ok: bool
    head: str
    entries: int
    bad_seq: int | None
    reason: str | None
    hashes: tuple[HashRow, ...]


@dataclass(frozen=True)
class Packet:
    """Everything one packet shows."""

    debtor_id: int
    packet_id: str
    generated_at: datetime
    options: PacketOptions  # checked, with the language and as_of filled in
    language: str
    locale: str
    time_zone: str
    currency: str
    creditor: Party | None
    debtor: Party
    people: tuple[PersonRow, ...]
    statement: StatementData
    agreement: AgreementInfo | None
    record: tuple[RecordPart, ...]
    promises: tuple[PromiseRow, ...]
    plans: tuple[PlanRow, ...]
    exhibits: tuple[ExhibitRef, ...]
    integrity: IntegrityData
    claim: Claim  # what may be claimed: invoices past due; those not yet due named apart
    journal: tuple[str, ...] = field(repr=False)  # JSON Lines of the whole chain
    interest: DebtorInterest | None = None  # statutory interest with its working, when the switch is on
    offers_left_out: int = 0  # offers and counter-offers kept out of a court packet's record
    summaries_left_out: int = 0  # summaries of the contacts that held them (NEGOTIATION_ENTRY_KINDS)
    exhibits_left_out: int = 0  # documents kept with those contacts

    @property
    def negotiation_left_out(self) -> bool:
        """Whether this packet leaves anything out as confidential negotiation."""
        return bool(self.offers_left_out or self.summaries_left_out or self.exhibits_left_out)

    @property
    def as_of(self) -> date:
        assert self.options.as_of is not None
        return self.options.as_of


def entries_of(part: RecordPart) -> list[JournalEntry]:
    """Every entry a part of the record shows: originals and their amendments."""
    items = part.items if isinstance(part, ContactBlock) else (part,)
    return [shown for item in items for shown in (item.entry, *item.amendments)]
