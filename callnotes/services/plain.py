"""The plain data that crosses between the window and the desk: what the window hands the desk (what a
form was filled in with), the fixed choices and limits its forms check, and what the desk returns (a
result is unpickled in the window's process, which imports the module that defines its class). Kept
apart from the services that use them, in a module that imports neither the store nor Babel, because
the window's process must not load SQLAlchemy (the desk, in its own process, does). Each service names
its own here too (`from callnotes.services.plain import DebtorInput as DebtorInput`), so the core reads
as before; tests/integration/test_light_window.py checks what the window loads."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callnotes.domain.choices import DEFAULT_PAYMENT_DAYS, DEFAULT_REPLY_WAIT_DAYS
from callnotes.domain.contact_rules import DEFAULT_CALLING_HOURS, DEFAULT_GAP_DAYS

if TYPE_CHECKING:
    from callnotes.clock import Clock
    from callnotes.domain.agenda import AgendaItem
    from callnotes.domain.audit import Finding
    from callnotes.domain.contact_rules import GuardOverride
    from callnotes.domain.documents import CitedReference, SentDocument
    from callnotes.domain.offers import OfferTerms
    from callnotes.domain.record import ChainReport, FullCheck, WitnessHead
    from callnotes.export.letter_text import LetterTable


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


# --- agenda (results) -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AgendaView:
    """The agenda as shown, and how many debtors are off it today because their rows were marked."""

    rows: list[AgendaItem]
    snoozed: int  # debtors every row of whom is hidden, one at least by a snooze
    done: int  # debtors every row of whom is hidden by done marks
    further: int = 0  # debtors on the agenda beyond the `most` asked for, left out of `rows`


# --- attachments (results) ------------------------------------------------------------------------
@dataclass(frozen=True)
class Attached:
    """What `attach_files` did: the names of the files added, and of those already kept with the same
    thing (added nothing)."""

    added: tuple[str, ...]
    already: tuple[str, ...]


# --- backups (results) ----------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupResult:
    """A backup written and checked: where, when, what it holds, and documents it could not hold."""

    path: Path
    created_at: datetime
    debtors: int
    documents: int
    size_bytes: int
    unreadable_documents: tuple[str, ...] = ()  # missing or changed in the data folder: not in the backup


@dataclass(frozen=True)
class RestoreResult:
    """A backup put in place: which, made when, what it holds, and where the replaced database is."""

    source: Path
    created_at: datetime
    debtors: int
    documents: int
    kept_aside: Path | None


@dataclass(frozen=True)
class BackupInfo:
    """A backup file found in a backup folder, as its manifest describes it (`problem` if it cannot)."""

    path: Path
    created_at: datetime | None
    automatic: bool
    debtors: int | None
    size_bytes: int
    problem: str = ""


@dataclass(frozen=True)
class AutomaticBackup:
    """What an automatic backup did: the backup made (None when none was due) and the old ones deleted."""

    made: BackupResult | None
    pruned: tuple[Path, ...] = ()


# --- imports.files (results) ----------------------------------------------------------------------
@dataclass(frozen=True)
class FilePeek:
    """The first rows of a file as decoded, to choose the encoding, the profile and the mapping."""

    header: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    rows: int
    encoding: str
    delimiter: str
    profile: str | None  # guessed from the header
    mapping: dict[str, Any] | None  # remembered for this header


# --- letters (results) ----------------------------------------------------------------------------
@dataclass(frozen=True)
class LetterDraft:
    """A document as drafted: what the e-mail says and the PDF prints, before it is written out."""

    request: LetterRequest  # with language, interaction_id and invoice resolved
    language: str
    subject: str
    body: str  # plain text; the record reference is in it
    recipient_name: str
    recipient_email: str | None  # the person's address, else the debtor's; None when neither has one
    cited: WitnessHead  # the record as it stood when the draft was made
    reference: str  # domain.documents.short_reference(cited)
    template_problems: tuple[str, ...] = ()  # "<file>, line N: <what>; the shipped template was used"
    tables: Mapping[str, LetterTable] = field(default_factory=dict)  # placed at their markers in `body`
    template: str = ""  # the template file rendered

    def text(self) -> str:
        """The body as the e-mail says it (and as it is copied): the tables written out as aligned text."""
        from callnotes.export.letter_text import expand_tables

        return expand_tables(self.body, self.tables)


@dataclass(frozen=True)
class WrittenLetter:
    """A document written to a file (.eml or .pdf), and its SHA-256 (kept with the cited head)."""

    path: Path
    sha256: str
    draft: LetterDraft


# --- record (results) -----------------------------------------------------------------------------
@dataclass(frozen=True)
class RecordCheck:
    """One debtor's record, checked: its chain, with the name to show beside it, and what was found
    (the chain's own problems among them)."""

    debtor_id: int
    name: str
    report: ChainReport
    findings: tuple[Finding, ...] = ()

    @property
    def failures(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.failure)

    @property
    def ok(self) -> bool:
        """Whether the chain holds and nothing else of this debtor's record failed."""
        return self.report.ok and not self.failures

    def as_json(self) -> dict[str, object]:
        r = self.report
        return {
            "debtor_id": self.debtor_id,
            "name": self.name,
            "entries": r.entries,
            "head": r.head,
            "ok": self.ok,
            "chain_ok": r.ok,
            "bad_seq": r.bad_seq,
            "reason": r.reason,
            "findings": [f.as_json() for f in self.findings],
        }

    def describe(self) -> str:
        r = self.report
        if not r.ok:
            return f"debtor {self.debtor_id} {self.name}: BROKEN at sequence {r.bad_seq}: {r.reason}"
        failures = self.failures
        if failures:
            count = f"{len(failures)} problem{'s' if len(failures) != 1 else ''}"
            return f"debtor {self.debtor_id} {self.name}: FAILED, {count}: {failures[0].message}"
        return f"debtor {self.debtor_id} {self.name}: intact, {r.entries} entries, head {r.head}"


@dataclass(frozen=True)
class RecordAudit:
    """The whole check: each debtor's record, and every finding (the database's own first: triggers,
    tombstones; then each debtor's, in debtor order)."""

    checks: tuple[RecordCheck, ...]
    findings: tuple[Finding, ...] = field(default=())

    @property
    def failures(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.failure)

    @property
    def ok(self) -> bool:
        return not self.failures and all(check.ok for check in self.checks)

    def witnessed(self, findings: Iterable[Finding]) -> RecordAudit:
        """The same audit with what checking it against a witness found (`services.witness`)."""
        return RecordAudit(self.checks, (*self.findings, *findings))

    def as_json(self) -> list[dict[str, object]]:
        """One object per debtor's record (its head, entries, findings), as `verify --json` has always
        printed; then, only when there are any, one for what concerns the database as a whole or a
        witness (a missing trigger, a tombstone, a witnessed head): `{"debtor_id": null, "scope":
        "database", "ok", "findings"}`."""
        records: list[dict[str, object]] = [check.as_json() for check in self.checks]
        placed = {f for check in self.checks for f in check.findings}
        rest = [f for f in self.findings if f not in placed]
        if rest:
            failed = any(f.failure for f in rest)
            records.append(
                {
                    "debtor_id": None,
                    "scope": "database",
                    "ok": not failed,
                    "findings": [f.as_json() for f in rest],
                }
            )
        return records


# --- subject_access (results) ---------------------------------------------------------------------
@dataclass(frozen=True)
class RecordState:
    """A debtor's record as the window shows it: its chain's last full check (`full_check`, when it was
    and up to which entry), and the check made now (`check`) of what was appended since, of the head and
    of the rows the journal records (the stored files are checked by the full check of every record)."""

    check: RecordCheck
    full_check: FullCheck
    checked_now: int  # entries hashed now: those appended since the full check, or all of them

    @property
    def debtor_id(self) -> int:
        return self.check.debtor_id

    @property
    def entries_since(self) -> int:
        """Entries appended after the last full check (and checked now)."""
        return self.check.report.entries - self.full_check.seq if self.full_check.ok else 0


@dataclass(frozen=True)
class DataExport:
    """What an export wrote: where, how many documents (and which could not be included), the chain."""

    path: Path
    documents: int
    missing: tuple[str, ...]  # names of documents whose stored copy is gone
    entries: int
    head: str


# --- replies (results) ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ReplyMatch:
    """A document we sent that a reference in the reply matches."""

    debtor_id: int
    debtor_name: str
    interaction_id: int
    document_kind: str
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class ReplyPeek:
    """What a saved e-mail says, for the "Record reply" dialog."""

    path: Path
    sender: str  # as the From header says it: "Ana Núñez <ana@example.com>"
    address: str  # the sender's address alone
    sent_at: datetime | None  # the Date header, in UTC; None when it has none or it cannot be read
    subject: str
    preview: str  # the text body without the quoted message it answers
    references: tuple[CitedReference, ...]  # record references found in the subject and the whole body
    matches: tuple[ReplyMatch, ...]  # the documents we sent that carried them
