"""Everything the interface asks of callnotes, one unit of work per method, returning plain data.

The window calls these through its worker, never on its own thread, and never sees a session, a
table or the store. The command line and the tests may call them too.

The window's process imports this module too, only to name the methods (`call(Desk.debtor, 7)`), and
must not load the store, SQLAlchemy or reportlab for that: at the top this module imports only light
modules (the types of the signatures under TYPE_CHECKING), and each method imports what it runs on
(tests/integration/test_light_window.py checks it).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from callnotes.clock import Clock
from callnotes.domain.search import SearchOrder, SearchPage
from callnotes.errors import InputError, NotFoundError
from callnotes.paths import AppPaths
from callnotes.services.backend import Lane, at_start, long_running, writes
from callnotes.services.kept_order import KeptOrder

if TYPE_CHECKING:
    from sqlmodel import Session

    from callnotes.domain.account import DebtorProfile, PersonInfo
    from callnotes.domain.allocation import OpenInvoice
    from callnotes.domain.confirmations import SentItem
    from callnotes.domain.contact_rules import ContactWarning, GuardOverride
    from callnotes.domain.entries import RecordLine
    from callnotes.domain.interest import DebtorInterest
    from callnotes.export import CancelCheck, ExportResult, PacketTargets, ProgressCallback
    from callnotes.export.packet_model import PacketOptions
    from callnotes.services import agenda as agenda_service
    from callnotes.services import replies
    from callnotes.services.attachments import Attached, DocumentInfo
    from callnotes.services.backups import AutomaticBackup, BackupInfo, BackupResult, RestoreResult
    from callnotes.services.books import AgreementInput, InvoiceInput, PaymentInput
    from callnotes.services.creditor import CreditorInput
    from callnotes.services.debtor_lines import DebtorQuery, DebtorSummary
    from callnotes.services.debtors import DebtorInput
    from callnotes.services.facts import CallFacts
    from callnotes.services.imports.files import FilePeek
    from callnotes.services.imports.importer import ImportOptions
    from callnotes.services.imports.report import ImportReport
    from callnotes.services.interactions import ContactInput, Ending, PlanInput
    from callnotes.services.letters import LetterDraft, LetterRequest, WrittenLetter
    from callnotes.services.people import PersonInput
    from callnotes.services.prompts import PromptBank
    from callnotes.services.record import RecordAudit, RecordCheck, RecordState
    from callnotes.services.sent_letters import SentInput
    from callnotes.services.subject_access import DataExport, Erasure
    from callnotes.services.views import DebtorView, NoteLine, OpenCall, UnfinishedCall
    from callnotes.store.access import Store, StoreOpening
    from callnotes.store.debtor_figures import DebtorFigureRow, Execute

# What the methods run on (each imports its own inside it): the desk process imports these on a thread
# while it answers its first reads, and the fork server of the tests before it forks any desk.
# tests/integration/test_light_window.py checks that every module a method imports is here.
RUNS_ON = (
    "callnotes.domain.contact_rules",
    "callnotes.services.agenda",
    "callnotes.services.attachments",
    "callnotes.services.backups",
    "callnotes.services.books",
    "callnotes.services.contact_guard",
    "callnotes.services.creditor",
    "callnotes.services.debtor_lines",
    "callnotes.services.kept_order",
    "callnotes.services.debtors",
    "callnotes.services.disputes",
    "callnotes.services.facts",
    "callnotes.services.health",
    "callnotes.services.imports.files",
    "callnotes.services.interactions",
    "callnotes.services.interest",
    "callnotes.services.letters",
    "callnotes.services.people",
    "callnotes.services.prompts",
    "callnotes.services.record",
    "callnotes.services.replies",
    "callnotes.services.search",
    "callnotes.services.sent_letters",
    "callnotes.services.subject_access",
    "callnotes.services.views",
    "callnotes.store.account",
    "callnotes.store.engine",
    "callnotes.store.journal",
    "callnotes.store.listing",
    "callnotes.store.plain",
    "callnotes.store.queries",
)

DeskT = TypeVar("DeskT")


def _tells_of_writes(cls: type[DeskT]) -> type[DeskT]:
    """Each method that may write (the write lane's, and the long jobs: imports, restores) calls
    `_written` when it ends, done or failed, after its transaction has committed."""
    for name, method in list(vars(cls).items()):
        if getattr(method, "lane", None) in (Lane.WRITE, Lane.LONG):
            setattr(cls, name, _then_written(method))
    return cls


def _then_written(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)  # keeps the name and the lane the backend reads
    def wrapper(self: Desk, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        finally:
            self._written()

    return wrapper


@_tells_of_writes
class Desk:
    """The use cases of the window, on one store, with one clock; `login` signs entries when no name is set.

    The store may still be opening (the desk process's start): a method that needs its sessions waits
    for them; one marked `at_start` reads the SQLite file without them and answers at once."""

    def __init__(self, store: Store | StoreOpening, login: str) -> None:
        self._store = store
        self._login = login
        self._kept_order: KeptOrder[DebtorFigureRow] = KeptOrder()  # dropped by any method that may write

    def _written(self) -> None:
        """A method that may write has ended: the debtor list's kept order is no longer trusted."""
        self._kept_order.changed()

    @property
    def clock(self) -> Clock:
        return self._store.clock

    @property
    def paths(self) -> AppPaths:
        return self._store.paths

    def today(self) -> date:
        """Today in the user's own calendar: the day amounts and ageing are worked out for."""
        return self.clock.today()

    def _writing(self) -> AbstractContextManager[Session]:
        """A session whose work is committed when the block ends (rolled back if it fails)."""
        from callnotes.store.engine import transaction

        return transaction(self._store.sessions)

    def _author(self, session: Session) -> str:
        """Who signs what is written now: the user's name, or the login before one is set."""
        from callnotes.services.creditor import author_name

        return author_name(session, self._login)

    @contextmanager
    def _reads(self) -> Iterator[Execute]:
        """Plain SQL reads (store.debtor_figures): of the SQLite file with sqlite3 while the store is
        still opening (the desk's start: answered before SQLAlchemy has loaded), else in a session."""
        from callnotes.store.access import StoreOpening
        from callnotes.store.plain import plain_reads

        if isinstance(self._store, StoreOpening) and self._store.store is None:
            with plain_reads(self.paths.database) as execute:
                yield execute
            return
        from callnotes.store.listing import session_reads

        with self._store.sessions() as session:
            yield session_reads(session)

    # --- reading ------------------------------------------------------------------------------------
    def creditor(self) -> CreditorInput | None:
        """The user's business and name, or None before the first set-up."""
        from callnotes.services.creditor import creditor_profile

        with self._store.sessions() as session:
            return creditor_profile(session)

    def welcome_needed(self) -> bool:
        """Whether this is a first start: no business set up and no debtors."""
        from callnotes.services.creditor import creditor_profile
        from callnotes.store import queries

        with self._store.sessions() as session:
            return creditor_profile(session) is None and queries.debtor_count(session) == 0

    def debtors(self) -> list[DebtorSummary]:
        """Every debtor with what they owe today, oldest overdue first."""
        from callnotes.services import debtors

        with self._store.sessions() as session:
            return debtors.list_debtors(session, self.today())

    def _debtor_rows(self, query: DebtorQuery, fresh: bool = False) -> list[DebtorFigureRow]:
        """The rows the query shows today: kept between its pages until a write (services.kept_order)."""
        from callnotes.services.debtor_lines import listed

        def read() -> list[DebtorFigureRow]:
            with self._reads() as execute:
                return listed(execute, today, query)

        today = self.today()
        return self._kept_order.rows(today, query, read, fresh)

    def look_ahead(self, page: int) -> None:
        """At start, before the window asks: the debtor list in its first order (DebtorQuery()) read
        and its first `page` lines formatted (Babel loads the locales then), so that the window's first
        request is answered at once if the file is unchanged by then. Not a call of the window: the
        desk process runs it as it opens a SQLite file (services.backend)."""
        from callnotes.services.debtor_lines import DebtorQuery, listed, summaries
        from callnotes.store.plain import WatchedReads

        today, query, reads = self.today(), DebtorQuery(), WatchedReads(self.paths.database)
        rows = self._kept_order.rows(
            today, query, lambda: listed(reads.execute, today, query), fresh=True, ahead=reads.unchanged
        )
        summaries(rows[:page])

    @at_start
    def debtor_page(self, query: DebtorQuery, offset: int, limit: int) -> list[DebtorSummary]:
        """At most `limit` lines of the debtor list the query shows, from position `offset` (the first
        page reads the database afresh; the next ones of the same query use the order it found)."""
        from callnotes.services.debtor_lines import summaries

        rows = self._debtor_rows(query, fresh=offset == 0)
        return summaries(rows[offset : offset + limit])

    @at_start
    def debtor_line(self, debtor_id: int) -> DebtorSummary | None:
        """One debtor's line of the list as it is now (after a call, only that line is read again)."""
        from callnotes.services.debtor_lines import debtor_line
        from callnotes.store.debtor_figures import read_debtor_figures

        with self._reads() as execute:
            rows = read_debtor_figures(execute, self.today(), debtor_id)
        return debtor_line(rows[0]) if rows else None

    @at_start
    def debtor_position(self, query: DebtorQuery, debtor_id: int) -> int | None:
        """Where the debtor's line is in the list the query shows (None: it does not show it)."""
        from callnotes.services.debtor_lines import position_in

        return position_in(self._debtor_rows(query), debtor_id)

    @at_start
    def debtor_count(self) -> int:
        """How many debtors there are, archived ones too."""
        from callnotes.store.debtor_figures import read_debtor_count

        with self._reads() as execute:
            return read_debtor_count(execute)

    def record_page(self, debtor_id: int, offset: int, limit: int) -> list[RecordLine]:
        """At most `limit` lines of the debtor's record from position `offset`: each entry, oldest
        first, followed by the amendments that correct it."""
        from callnotes.store.listing import record_lines

        with self._store.sessions() as session:
            return record_lines(session, debtor_id, offset, limit)

    def debtor(self, debtor_id: int) -> DebtorView:
        """One debtor's statement, invoices, payments and the entries that record things (the chain is
        checked separately; the Record tab pages through every entry)."""
        from callnotes.services.views import VIEW_LEAVES_OUT, debtor_view
        from callnotes.store.account import read_account
        from callnotes.store.journal import journal_sizes

        with self._store.sessions() as session:
            account = read_account(session, debtor_id, leave_out=VIEW_LEAVES_OUT)
            entries = journal_sizes(session, [debtor_id]).get(debtor_id, 0)
        return debtor_view(account, self.today(), entries)

    def people(self, debtor_id: int) -> tuple[DebtorProfile, tuple[PersonInfo, ...]]:
        """The debtor and the people to talk to there now."""
        from callnotes.services import debtors
        from callnotes.store.account import debtor_profile, read_people

        with self._store.sessions() as session:
            debtor = debtors.get_debtor(session, debtor_id)
            current = tuple(p for p in read_people(session, debtor_id) if p.removed_at is None)
            return debtor_profile(debtor), current

    def open_invoices(self, debtor_id: int, ignoring_payment: int | None = None) -> tuple[OpenInvoice, ...]:
        """What a payment can be applied to, oldest due first (as if `ignoring_payment` did not count)."""
        from callnotes.store.account import read_account

        with self._store.sessions() as session:
            return tuple(read_account(session, debtor_id).open_invoices(ignoring_payment))

    def facts(self, debtor_id: int) -> CallFacts:
        """The prepared facts for a call with the debtor, as of today; a broken rate table is said in
        `CallFacts.rates_problem` rather than keeping the facts from showing."""
        from callnotes.services import interest
        from callnotes.services.facts import FACT_ENTRY_KINDS, call_facts
        from callnotes.store.account import read_account

        with self._store.sessions() as session:
            account = read_account(session, debtor_id, FACT_ENTRY_KINDS)  # not the lines of every call
        today = self.today()
        try:
            figures = interest.interest_of(account, self.paths, today)
        except InputError as problem:  # the rate table: only read when the debtor's switch is on
            return call_facts(account, today, None, problem)
        return call_facts(account, today, figures)

    def interest(self, debtor_id: int, as_of: date | None = None) -> DebtorInterest:
        """The debtor's contractual and statutory interest and compensation with their working, as of
        `as_of` (default today); InputError when the rate table is broken."""
        from callnotes.services import interest

        with self._store.sessions() as session:
            return interest.debtor_interest(session, self.paths, debtor_id, as_of or self.today())

    def agenda_view(self, most: int | None = None) -> agenda_service.AgendaView:
        """The agenda as the window shows it: the rows (of the `most` most urgent debtors), and how many
        debtors are snoozed, done, or further down."""
        from callnotes.services import agenda as agenda_service

        with self._store.sessions() as session:
            return agenda_service.agenda_view(session, self.today(), most)

    @writes
    def snooze_agenda(self, debtor_id: int, reason: str, until: date) -> None:
        """Hide a row of the agenda until a later day."""
        from callnotes.services import agenda as agenda_service

        with self._writing() as session:
            agenda_service.snooze(session, debtor_id, reason, until, self.today())

    @writes
    def done_agenda(self, debtor_id: int, reason: str) -> date:
        """Mark a row of the agenda done until its reason arises anew; returns the day it may show again."""
        from callnotes.services import agenda as agenda_service

        with self._writing() as session:
            return agenda_service.done(session, debtor_id, reason, self.today())

    @writes
    def undo_agenda(self, debtor_id: int, reasons: tuple[str, ...]) -> None:
        """Undo a snooze or done of the debtor's rows for these reasons: they show again."""
        from callnotes.services import agenda as agenda_service

        with self._writing() as session:
            agenda_service.unmark(session, debtor_id, reasons)

    @long_running
    def check_records(
        self, progress: ProgressCallback | None = None, cancel: CancelCheck | None = None
    ) -> RecordAudit:
        """Check the whole record (every chain and head, the rows the journals record, the protection
        triggers, the attachment files), reporting each debtor done; stops when `cancel` says so."""
        from callnotes.export import Progress
        from callnotes.services.record import audit_record, note_checked

        steps = Progress(progress, cancel)
        with self._store.sessions() as session:
            result = audit_record(
                session,
                self.paths,
                progress=lambda done, total: steps.at(0, Progress.TOTAL, done, total),
            )
        with self._writing() as session:  # each chain's full check, for opening it later
            note_checked(session, result)
        return result

    def check_record(self, debtor_id: int) -> RecordCheck:
        """Check one debtor's record in full: its chain and head, its rows, its attachment files."""
        from callnotes.services.record import audit_record, note_checked

        with self._writing() as session:
            result = audit_record(session, self.paths, debtor_id)
            note_checked(session, result)
        if not result.checks:
            raise NotFoundError(f"There is no debtor with id {debtor_id}.")
        return result.checks[0]

    def record_state(self, debtor_id: int) -> RecordState:
        """The debtor's record as the window shows it: the last full check of its chain, and what was
        appended since checked now (the whole chain when it was never checked in full or found broken)."""
        from callnotes.services.record import record_state

        with self._writing() as session:  # a chain checked in full now is noted
            return record_state(session, debtor_id)

    def search(
        self, query: str, order: SearchOrder = SearchOrder.NEWEST, offset: int = 0, limit: int = 50
    ) -> SearchPage:
        """One page of everything matching `query`: entries, debtors, people, invoices, phone numbers."""
        from callnotes.services import search as search_service

        # A bare connection, not a session: a search reads plain rows, and a session's setting up and
        # closing was a tenth of the whole search for a rare word.
        with self._store.database.engine.connect() as connection:
            return search_service.search(connection, query, order, offset, limit)

    def prompts(self, language: str) -> PromptBank:
        """The user's question bank in a language."""
        from callnotes.services.prompts import load_prompts

        return load_prompts(self.paths, language)

    def unfinished_calls(self) -> list[UnfinishedCall]:
        """Calls that were started and never ended, oldest first."""
        from callnotes.services.views import UnfinishedCall
        from callnotes.store import queries

        with self._store.sessions() as session:
            calls = [i for i in queries.open_interactions(session) if i.kind == "call"]
            names = queries.debtor_names(session)
            lines = queries.draft_counts(session, [c.id or 0 for c in calls])
            return [
                UnfinishedCall(c.id or 0, names.get(c.debtor_id, ""), c.started_at, lines.get(c.id or 0, 0))
                for c in calls
            ]

    # --- the business and the debtors ---------------------------------------------------------------
    @writes
    def set_creditor(self, data: CreditorInput) -> None:
        """Save the user's business and name."""
        from callnotes.services.creditor import set_creditor

        with self._writing() as session:
            set_creditor(session, data)

    @writes
    def add_debtor(self, data: DebtorInput) -> int:
        """Add a debtor; returns its id."""
        from callnotes.services import debtors

        with self._writing() as session:
            return debtors.create_debtor(session, data, author=self._author(session)).id or 0

    @writes
    def edit_debtor(self, debtor_id: int, data: DebtorInput) -> None:
        """Change a debtor's details (journalled field by field)."""
        from callnotes.services import debtors

        with self._writing() as session:
            debtors.edit_debtor(session, debtor_id, data, author=self._author(session))

    @writes
    def archive_debtor(self, debtor_id: int, outcome: str, note: str, restore: bool = False) -> None:
        """Take a debtor off the live list (or put it back), with the reason in the record."""
        from callnotes.services import debtors

        with self._writing() as session:
            author = self._author(session)
            debtors.archive_debtor(session, debtor_id, outcome, note, author=author, restore=restore)

    @long_running
    def export_debtor_data(
        self,
        debtor_id: int,
        out: Path,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> DataExport:
        """Write everything held on the debtor, documents included, to a ZIP (a data access request)."""
        from callnotes.services.subject_access import export_debtor_data

        return export_debtor_data(
            self._store.sessions, self.paths, debtor_id, out, progress=progress, cancel=cancel
        )

    @writes
    def delete_debtor_data(self, debtor_id: int, typed_name: str, reason: str) -> Erasure:
        """Delete everything held on the debtor (the typed name must be theirs), leaving a tombstone."""
        from callnotes.services.subject_access import erase_debtor

        with self._store.sessions() as session:
            author = self._author(session)
        return erase_debtor(self._store.sessions, self.paths, debtor_id, typed_name, reason, author=author)

    @writes
    def add_person(self, debtor_id: int, data: PersonInput) -> int:
        """Add someone to speak to at the debtor; returns their id."""
        from callnotes.services import people

        with self._writing() as session:
            return people.add_person(session, debtor_id, data, author=self._author(session)).id or 0

    @writes
    def edit_person(self, person_id: int, data: PersonInput) -> None:
        """Change someone's details (journalled field by field)."""
        from callnotes.services import people

        with self._writing() as session:
            people.edit_person(session, person_id, data, author=self._author(session))

    @writes
    def remove_person(self, person_id: int) -> None:
        """Stop offering someone to call; they stay in the record."""
        from callnotes.services import people

        with self._writing() as session:
            people.remove_person(session, person_id, author=self._author(session))

    # --- the books ----------------------------------------------------------------------------------
    def _attach(self, session: Session, debtor_id: int, files: Sequence[Path], **to: int | None) -> None:
        from callnotes.services.attachments import add_attachment, check_files

        check_files(files)  # all of them first: a refused file leaves no copy of the others behind
        author = self._author(session)
        for path in files:
            add_attachment(session, self.paths, debtor_id, path, author=author, **to)

    @writes
    def add_agreement(self, debtor_id: int, data: AgreementInput, files: Sequence[Path] = ()) -> int:
        """Record the agreed terms, with the signed contract; returns the agreement's id."""
        from callnotes.services import books

        with self._writing() as session:
            agreement = books.add_agreement(session, debtor_id, data, author=self._author(session))
            self._attach(session, debtor_id, files, agreement_id=agreement.id)
            return agreement.id or 0

    @writes
    def correct_agreement(self, agreement_id: int, data: AgreementInput, reason: str) -> None:
        """Correct the agreed terms as recorded, with a reason; the old terms stay in the record."""
        from callnotes.services import books

        with self._writing() as session:
            books.correct_agreement(session, agreement_id, data, reason, author=self._author(session))

    @writes
    def add_invoice(self, debtor_id: int, data: InvoiceInput, files: Sequence[Path] = ()) -> int:
        """Add an invoice, with the invoice and delivery note as files; returns its id."""
        from callnotes.services import books

        with self._writing() as session:
            invoice = books.add_invoice(session, debtor_id, data, author=self._author(session))
            self._attach(session, debtor_id, files, invoice_id=invoice.id)
            return invoice.id or 0

    @writes
    def correct_invoice(self, invoice_id: int, data: InvoiceInput, reason: str) -> None:
        """Correct an invoice as recorded, with a reason; the old values stay in the record."""
        from callnotes.services import books

        with self._writing() as session:
            books.correct_invoice(session, invoice_id, data, reason, author=self._author(session))

    @writes
    def credit_invoice(self, invoice_id: int, amount_minor: int, reason: str, issued_on: date) -> None:
        """Take an amount off an invoice with a credit note."""
        from callnotes.services import books

        with self._writing() as session:
            author = self._author(session)
            books.credit_invoice(session, invoice_id, amount_minor, reason, issued_on, author=author)

    @writes
    def set_invoice_status(self, invoice_id: int, status: str, reason: str) -> None:
        """Mark an invoice disputed, written off or open again, with the reason."""
        from callnotes.services import books

        with self._writing() as session:
            books.set_invoice_status(session, invoice_id, status, reason, author=self._author(session))

    @writes
    def record_payment(self, debtor_id: int, data: PaymentInput) -> int:
        """Record money received, applied as planned; returns the payment's id."""
        from callnotes.services import books

        with self._writing() as session:
            return books.record_payment(session, debtor_id, data, author=self._author(session)).id or 0

    @writes
    def reverse_payment(self, payment_id: int, reason: str) -> None:
        """Take a payment back out of the account; it stays in the record."""
        from callnotes.services import books

        with self._writing() as session:
            books.reverse_payment(session, payment_id, reason, author=self._author(session))

    @writes
    def correct_payment(self, payment_id: int, data: PaymentInput, reason: str) -> int:
        """Reverse a payment recorded wrongly and record the right one; returns the new payment's id."""
        from callnotes.services import books

        with self._writing() as session:
            author = self._author(session)
            return books.correct_payment(session, payment_id, data, reason, author=author).id or 0

    # --- documents ----------------------------------------------------------------------------------
    @writes
    def attach_files(
        self,
        debtor_id: int,
        files: Sequence[Path],
        *,
        invoice_id: int | None = None,
        agreement_id: int | None = None,
        interaction_id: int | None = None,
    ) -> Attached:
        """Keep files with the debtor, or with one of its invoices, agreements or interactions, in one
        transaction: all are checked before any is copied; a file already kept there is not added again."""
        from callnotes.services import attachments as documents

        with self._writing() as session:
            return documents.attach_files(
                session,
                self.paths,
                debtor_id,
                files,
                invoice_id=invoice_id,
                agreement_id=agreement_id,
                interaction_id=interaction_id,
                author=self._author(session),
            )

    def attachments(self, debtor_id: int) -> tuple[DocumentInfo, ...]:
        """The debtor's documents, with what each belongs to and whether its stored copy is intact."""
        from callnotes.services import attachments as documents

        with self._store.sessions() as session:
            return documents.list_documents(session, self.paths, debtor_id)

    def document_to_open(self, attachment_id: int) -> Path:
        """A read-only copy of a document under its own name in a temporary folder, for a viewer."""
        from callnotes.services import attachments as documents

        with self._store.sessions() as session:
            return documents.viewable_copy(session, self.paths, attachment_id)

    # --- a call -------------------------------------------------------------------------------------
    def contact_warnings(
        self, debtor_id: int, kind: str = "call", number: str | None = None, at: datetime | None = None
    ) -> tuple[ContactWarning, ...]:
        """The contact guard's warnings about a call (dialling `number`) or a visit to the debtor, now or
        at `at` (a visit being logged); none for other kinds of contact."""
        from callnotes.services.contact_guard import warnings_for

        with self._store.sessions() as session:
            return warnings_for(session, debtor_id, kind, at or self.clock.now(), number)

    @writes
    def start_call(
        self, debtor_id: int, person_id: int | None, number: str, override: GuardOverride | None = None
    ) -> OpenCall:
        """Start a call now with the debtor (a person and the number dialled); with `override`, the
        reason for calling despite the guard's warnings is the call's first line."""
        from callnotes.services import interactions
        from callnotes.services.contact_guard import override_line

        with self._writing() as session:
            call = interactions.start_interaction(
                session, debtor_id, person_id=person_id, address_used=number
            )
            interaction_id = call.id or 0
            if override is not None:
                kind, text, data = override_line(override)
                interactions.add_line(session, interaction_id, kind, text, data=data)
        return self.open_call(interaction_id)

    def open_call(self, interaction_id: int) -> OpenCall:
        """A call in progress with every line and the text that was being typed."""
        from callnotes.domain.contact_rules import CALLING_HOURS, DEFAULT_CALLING_HOURS
        from callnotes.services import debtors, interactions
        from callnotes.services.creditor import creditor_profile
        from callnotes.services.prompts import load_prompts
        from callnotes.services.views import OpenCall, note_line
        from callnotes.store import queries
        from callnotes.store.account import debtor_profile, interaction_info, read_people

        with self._store.sessions() as session:
            call = interactions.get_interaction(session, interaction_id)
            debtor = debtor_profile(debtors.get_debtor(session, call.debtor_id))
            people = read_people(session, call.debtor_id)
            lines = tuple(note_line(line) for line in queries.draft_lines(session, interaction_id))
            person = next((p for p in people if p.id == call.person_id), None)
            info, pending = interaction_info(call), call.pending_text
            business = creditor_profile(session)
        hours = CALLING_HOURS[business.calling_hours if business else DEFAULT_CALLING_HOURS]
        prompts = load_prompts(self.paths, debtor.language)
        return OpenCall(info, debtor, person, lines, pending, prompts, hours)

    @writes
    def save_lines(
        self, interaction_id: int, lines: Sequence[NoteLine], pending_text: str | None = None
    ) -> tuple[NoteLine, ...]:
        """Save committed lines of an open call, in order, each with the moment it was typed, all or none;
        with `pending_text`, what is being typed now is kept in the same transaction (so a fragment saved
        a moment earlier never becomes a line of its own). Returns the lines as saved, with positions."""
        from callnotes.services import interactions
        from callnotes.services.views import note_line

        with self._writing() as session:
            saved = tuple(
                note_line(
                    interactions.add_line(
                        session, interaction_id, line.kind, line.text, line.typed_at, line.data
                    )
                )
                for line in lines
            )
            if pending_text is not None:
                interactions.save_pending_text(session, interaction_id, pending_text)
            return saved

    @writes
    def edit_line(self, interaction_id: int, position: int, text: str) -> NoteLine:
        """Correct a line of a call that is still open."""
        from callnotes.services import interactions
        from callnotes.services.views import note_line

        with self._writing() as session:
            return note_line(interactions.edit_line(session, interaction_id, position, text))

    @writes
    def save_pending_text(self, interaction_id: int, text: str) -> None:
        """Keep what is being typed, so a crash cannot lose it."""
        from callnotes.services import interactions

        with self._writing() as session:
            interactions.save_pending_text(session, interaction_id, text)

    @writes
    def end_call(self, interaction_id: int, ending: Ending) -> int:
        """End a call now and lock it into the record; returns the debtor's id."""
        from callnotes.services import interactions

        with self._writing() as session:
            author = self._author(session)
            return interactions.end_interaction(session, interaction_id, ending, author=author).debtor_id

    @writes
    def save_plan(self, debtor_id: int, plan: PlanInput) -> int:
        """Record a plan agreed outside a call (from the offers calculator); returns its id."""
        from callnotes.services import interactions

        with self._writing() as session:
            return interactions.record_plan(session, debtor_id, plan, self._author(session))

    # --- the record ---------------------------------------------------------------------------------
    @writes
    def log_contact(self, debtor_id: int, contact: ContactInput, files: Sequence[Path] = ()) -> int:
        """Record a contact that already happened, with copies of its files; returns its id."""
        from callnotes.services import interactions
        from callnotes.services.attachments import add_attachment, check_files

        with self._writing() as session:
            author = self._author(session)
            check_files(files)
            logged = interactions.log_interaction(session, debtor_id, contact, author)
            for path in files:
                add_attachment(session, self.paths, debtor_id, path, interaction_id=logged.id, author=author)
            return logged.id or 0

    @writes
    def record_delivery(
        self, debtor_id: int, interaction_id: int, status: str, on: date, receipts: Sequence[Path] = ()
    ) -> None:
        """Record what became of a letter (delivered, returned, refused) and on which day, with the
        receipts (proof of delivery, report of service) kept with the letter."""
        from callnotes.services import interactions

        with self._writing() as session:
            author = self._author(session)
            interactions.record_delivery(
                session,
                debtor_id,
                interaction_id,
                status,
                on,
                author=author,
                receipts=receipts,
                paths=self.paths,
            )

    # --- replies to what we sent ----------------------------------------------------------------
    def peek_reply(self, path: Path) -> replies.ReplyPeek:
        """What a saved e-mail says and which document we sent it answers (by its record reference)."""
        from callnotes.services import replies

        with self._store.sessions() as session:
            return replies.peek_reply(session, path)

    def sent_documents(self, debtor_id: int) -> tuple[SentItem, ...]:
        """The summaries and letters sent to the debtor, newest first: what a reply may answer."""
        from callnotes.services import replies

        with self._store.sessions() as session:
            return replies.sent_to(session, debtor_id)

    @writes
    def record_reply(self, debtor_id: int, reply: replies.ReplyInput) -> int:
        """Record the debtor's reply (or that none came) to a summary or letter; the reply entry's seq."""
        from callnotes.services import replies

        with self._writing() as session:
            author = self._author(session)
            return replies.record_reply(session, debtor_id, reply, paths=self.paths, author=author)

    @writes
    def open_dispute(
        self, debtor_id: int, reason: str, invoices: Sequence[str], amount_minor: int | None
    ) -> int:
        """Record a dispute raised by letter, e-mail or in person; returns its entry's sequence number."""
        from callnotes.services import disputes

        with self._writing() as session:
            author = self._author(session)
            entry = disputes.open_dispute(
                session, debtor_id, reason, tuple(invoices), amount_minor, author=author
            )
            return entry.seq

    @writes
    def resolve_dispute(self, debtor_id: int, dispute_seq: int, outcome: str, text: str) -> None:
        """Close an open dispute: withdrawn, upheld or settled, and how."""
        from callnotes.services import disputes

        with self._writing() as session:
            author = self._author(session)
            disputes.resolve_dispute(session, debtor_id, dispute_seq, outcome, text, author=author)

    @writes
    def amend(self, debtor_id: int, seq: int, text: str, reason: str) -> None:
        """Correct an entry with an attributed, dated amendment; the original stays."""
        from callnotes.services import interactions

        with self._writing() as session:
            author = self._author(session)
            interactions.amend_entry(session, debtor_id, seq, text, reason, author=author)

    @writes
    def load_example(self) -> int:
        """Load the example debtors into an empty database; returns how many."""
        from callnotes.example import load_example
        from callnotes.store.access import StoreOpening

        store = self._store.wait() if isinstance(self._store, StoreOpening) else self._store
        return load_example(store, self.clock.now())

    # --- summaries and letters ----------------------------------------------------------------------
    def draft_letter(self, request: LetterRequest, body: str | None = None) -> LetterDraft:
        """A summary or letter drafted from the record as it stands (with `body`: the user's edited text)."""
        from callnotes.services import letters

        with self._store.sessions() as session:
            return letters.draft_letter(session, self.paths, request, body)

    @writes
    def write_letter(self, request: LetterRequest, path: Path, body: str | None = None) -> WrittenLetter:
        """Write the document as .eml or .pdf (by the suffix) and keep the full head it cites."""
        from callnotes.services import letters

        with self._writing() as session:
            return letters.write_letter(session, self.paths, request, path, body)

    @writes
    def record_sent(self, debtor_id: int, sent: SentInput) -> int:
        """Log a written document as sent (an e-mail or a letter contact), with the file and receipts
        attached; returns the contact's id."""
        from callnotes.services.sent_letters import record_sent

        with self._writing() as session:
            author = self._author(session)
            return record_sent(session, self.paths, debtor_id, sent, author)

    def letters_folder(self) -> Path:
        """Where drafts are written by default: <data folder>/letters (made when first asked for)."""
        folder = self.paths.letters
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder

    # --- importing the books ------------------------------------------------------------------------
    def peek_import(self, path: Path, encoding: str | None = None) -> FilePeek:
        """The first rows of a CSV export as decoded, the tool it came from and its remembered mapping."""
        from callnotes.services.imports.files import peek_file

        return peek_file(self.paths, path, encoding)

    @long_running
    def import_books(
        self,
        path: Path,
        options: ImportOptions,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> ImportReport:
        """Import a CSV export all or nothing (or only say what it would do, with `dry_run`)."""
        from callnotes.export import Progress
        from callnotes.services.imports.files import import_path

        steps = Progress(progress, cancel)
        with self._store.sessions() as session:
            author = self._author(session)
        return import_path(
            self._store.sessions,
            self.paths,
            path,
            options,
            author=author,
            progress=lambda done, total: steps.at(0, Progress.TOTAL, done, total),
        )

    @long_running
    def export_packet(
        self,
        debtor_id: int,
        targets: PacketTargets,
        options: PacketOptions,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> ExportResult:
        """Write one debtor's documentation packet to each of `targets` (filing copy, evidence copy,
        split files), reporting progress; stops when `cancel` says so."""
        from callnotes.export import export_packet

        store = self._store
        return export_packet(
            store.sessions, store.paths, debtor_id, targets, options, progress=progress, cancel=cancel
        )

    # --- backups ------------------------------------------------------------------------------------
    def backup_folder(self) -> Path:
        """The folder backups go to (chosen, or the data folder's own)."""
        from callnotes.services import backups as backup_files

        return backup_files.backup_folder(self.paths)

    @writes
    def set_backup_folder(self, folder: Path | None) -> Path:
        """Choose the backup folder (None: the data folder's own); it must be there and writable."""
        from callnotes.services import backups as backup_files

        return backup_files.set_backup_folder(self.paths, folder)

    def backups(self) -> list[BackupInfo]:
        """The backups in the backup folder and the data folder's own, newest first."""
        from callnotes.services import backups as backup_files

        return backup_files.list_backups(self.paths)

    @long_running
    def back_up(
        self, target: Path, progress: ProgressCallback | None = None, cancel: CancelCheck | None = None
    ) -> BackupResult:
        """Write a checked backup of the database and its documents to `target`."""
        from callnotes.services import backups as backup_files

        return backup_files.write_backup(self.paths, self.clock, target, progress=progress, cancel=cancel)

    @long_running
    def automatic_backup(
        self, only_if_due: bool, progress: ProgressCallback | None = None, cancel: CancelCheck | None = None
    ) -> AutomaticBackup:
        """An automatic backup into the backup folder (at start only when the last is a day old), pruned."""
        from callnotes.services import backups as backup_files

        return backup_files.automatic_backup(
            self.paths, self.clock, only_if_due=only_if_due, progress=progress, cancel=cancel
        )

    @long_running
    def restore_backup(
        self, source: Path, progress: ProgressCallback | None = None, cancel: CancelCheck | None = None
    ) -> RestoreResult:
        """Check a backup, keep the database aside, put the backup in place; the engine starts afresh."""
        from callnotes.services import backups as backup_files

        engine = self._store.database.engine
        engine.dispose()  # idle connections closed: nothing cached from before the restore is reused
        try:
            return backup_files.restore_backup(
                self.paths, self.clock, source, progress=progress, cancel=cancel
            )
        finally:
            engine.dispose()

    @long_running
    def check_database(
        self, progress: ProgressCallback | None = None, cancel: CancelCheck | None = None
    ) -> list[str]:
        """SQLite's full integrity_check of the database file: the problems found, none when it is sound."""
        from callnotes.services.health import database_problems

        return database_problems(self.paths, full=True)


class Rescue:
    """What the desk offers when the database is damaged at start: the backups, and restoring one.

    Its methods have the names of the Desk's, so the window calls them the same way.
    """

    def __init__(self, paths: AppPaths, clock: Clock) -> None:
        self.paths, self.clock = paths, clock

    def backup_folder(self) -> Path:
        """The folder backups go to."""
        from callnotes.services import backups as backup_files

        return backup_files.backup_folder(self.paths)

    def backups(self) -> list[BackupInfo]:
        """The backups found, newest first."""
        from callnotes.services import backups as backup_files

        return backup_files.list_backups(self.paths)

    @long_running
    def restore_backup(
        self, source: Path, progress: ProgressCallback | None = None, cancel: CancelCheck | None = None
    ) -> RestoreResult:
        """Restore a backup over the damaged database (no engine is open on it)."""
        from callnotes.services import backups as backup_files

        return backup_files.restore_backup(self.paths, self.clock, source, progress=progress, cancel=cancel)
