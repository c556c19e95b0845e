"""Importing a file into the books, all or nothing.

The file is read, then applied with the same services the window uses (so an invoice dated in the
future or a debtor's bad tax id is refused as it would be when typed) inside one transaction, which
is committed only when no row has a problem and this is not a dry run: the preview is the import
itself, rolled back. What is already in the books is matched, never added twice: a debtor by tax id
or name, an invoice by its number within its debtor, a payment by what the file says was paid on
the invoice so far. Each debtor that gains something gets one `import` entry in its record naming
the file, its SHA-256 and the counts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from callnotes.errors import InputError
from callnotes.services import books, debtors
from callnotes.services.creditor import get_creditor
from callnotes.services.debtors import DebtorInput
from callnotes.services.imports.profiles import guess_profile, profile_for
from callnotes.services.imports.report import ImportedItem, ImportReport, InvoiceDifference
from callnotes.services.imports.rows import (
    FileDebtor,
    FileInvoice,
    ImportProblem,
    ReadFile,
    name_key,
    read_rows,
)
from callnotes.services.imports.table import Table, read_table
from callnotes.services.plain import ImportOptions as ImportOptions
from callnotes.store import queries
from callnotes.store.account import read_account
from callnotes.store.engine import SessionFactory
from callnotes.store.journal import NewEntry, append_entry
from callnotes.store.models import Debtor

ProgressReport = Callable[[int, int], None]
# The service's name of a refused value, as the importer's field (to name the file's column).
_SERVICE_FIELDS = {
    "name": "debtor_name",
    "number": "invoice_number",
    "amount_minor": "total",
    "allocations": "amount_paid",
}


def file_problem(file_name: str, error: InputError) -> ImportReport:
    """A report for a file refused whole (not UTF-8, no profile, a broken mapping)."""
    problem = ImportProblem(
        None, error.field or "file", "", str(error), error.problem or "file", error.values
    )
    return ImportReport(file_name, problems=(problem,))


@dataclass
class _Run:
    """One import under way in a session: what it found and added so far."""

    session: Session
    read: ReadFile
    author: str
    added: list[ImportedItem] = field(default_factory=list)
    present: list[ImportedItem] = field(default_factory=list)
    differences: list[InvoiceDifference] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    touched: dict[int, list[ImportedItem]] = field(default_factory=dict)  # what each debtor gained

    def add(self, debtor_id: int, item: ImportedItem) -> None:
        self.added.append(item)
        self.touched.setdefault(debtor_id, []).append(item)

    def refused(self, row: int, error: InputError) -> None:
        """A row the app's own services refused (an issue date after today, a payment too large)."""
        name = _SERVICE_FIELDS.get(error.field or "", error.field or "")
        column = self.read.headers.get(name, name)
        value = self.read.cells.get(row, {}).get(name) or str(error.values.get("value", ""))
        self.problems.append(
            ImportProblem(row, column, value, str(error), error.problem or "format", error.values)
        )

    def debtor(
        self, found: FileDebtor, known: Mapping[tuple[str, ...], Debtor], currency: str
    ) -> Debtor | None:
        debtor = known.get(found.key) or known.get(name_key(found.name))
        if debtor is not None:
            return debtor
        data = DebtorInput(
            name=found.name,
            tax_id=found.tax_id,
            country=found.country,
            currency=currency,
            address=found.address,
            phone=found.phone,
            email=found.email,
        )
        try:
            debtor = debtors.create_debtor(self.session, data, author=self.author)
        except InputError as exc:
            self.refused(found.row, exc)
            return None
        self.add(debtor.id or 0, ImportedItem("debtor", debtor.name, row=found.row))
        return debtor

    def invoice(self, debtor: Debtor, found: FileInvoice) -> None:
        row = found.rows[0]
        if found.currency != debtor.currency:
            expected = f"{debtor.currency}, the currency of {debtor.name}'s invoices"
            self.problems.append(
                ImportProblem(
                    row,
                    self.read.headers.get("currency", "currency"),
                    found.currency,
                    expected,
                    "currency_in_use",
                    {"currency": debtor.currency},
                )
            )
            return
        current = queries.invoice_by_number(self.session, debtor.id or 0, found.number)
        item = ImportedItem(
            "invoice", debtor.name, found.number, found.amount_minor, found.currency, found.issued_on, row
        )
        if current is not None:
            compared: list[tuple[str, str | int, str | int]] = [
                ("amount_minor", current.amount_minor, found.amount_minor),
                ("issued_on", current.issued_on.isoformat(), found.issued_on.isoformat()),
            ]
            if found.due_on is not None:
                compared.append(("due_on", current.due_on.isoformat(), found.due_on.isoformat()))
            changed = [
                InvoiceDifference(debtor.name, found.number, name, old, new, debtor.currency, row)
                for name, old, new in compared
                if old != new
            ]
            self.differences.extend(changed)
            if not changed:
                self.present.append(item)
        else:
            data = books.InvoiceInput(
                found.number, found.issued_on, found.amount_minor, found.due_on, found.description
            )
            try:
                current = books.add_invoice(self.session, debtor.id or 0, data, author=self.author)
            except InputError as exc:
                self.refused(row, exc)
                return
            self.add(debtor.id or 0, item)
        if found.paid_minor and found.paid_on is not None:
            self.payment(debtor, current.id or 0, found)

    def payment(self, debtor: Debtor, invoice_id: int, found: FileInvoice) -> None:
        """What the file says was paid on the invoice, less what the books already have from payments."""
        assert found.paid_on is not None
        recorded = read_account(self.session, debtor.id or 0).paid_off()[invoice_id]
        row, missing = found.rows[0], found.paid_minor - recorded
        item = ImportedItem("payment", debtor.name, found.number, missing, found.currency, found.paid_on, row)
        if missing < 0:
            self.differences.append(
                InvoiceDifference(
                    debtor.name, found.number, "paid_minor", recorded, found.paid_minor, debtor.currency, row
                )
            )
        elif missing == 0:
            self.present.append(
                ImportedItem(
                    "payment", debtor.name, found.number, recorded, found.currency, found.paid_on, row
                )
            )
        else:
            data = books.PaymentInput(found.paid_on, missing, allocations=((found.number, missing),))
            try:
                books.record_payment(self.session, debtor.id or 0, data, author=self.author)
            except InputError as exc:
                self.refused(row, exc)
                return
            self.add(debtor.id or 0, item)


def _known(session: Session) -> dict[tuple[str, ...], Debtor]:
    known: dict[tuple[str, ...], Debtor] = {}
    for debtor in queries.all_debtors(session):
        known.setdefault(name_key(debtor.name), debtor)
        if debtor.tax_id:
            known.setdefault(("tax", debtor.country or "", debtor.tax_id), debtor)
    return known


def _journal(run: _Run, file_name: str, table: Table, profile: str) -> None:
    """One `import` entry in the record of each debtor the file added something to."""
    for debtor_id, items in run.touched.items():
        kinds = [item.kind for item in items]
        data = {
            "file": file_name,
            "sha256": table.sha256,
            "profile": profile,
            "debtor_added": "debtor" in kinds,
            "invoices_added": kinds.count("invoice"),
            "payments_added": kinds.count("payment"),
        }
        append_entry(run.session, debtor_id, NewEntry("import", file_name, data=data, author=run.author))


def _apply(
    session: Session,
    read: ReadFile,
    author: str,
    progress: ProgressReport | None,
) -> _Run:
    run = _Run(session, read, author)
    known = _known(session)
    currency_of = {invoice.debtor: invoice.currency for invoice in reversed(read.invoices)}
    debtor_of: dict[tuple[str, ...], Debtor] = {}
    for found in read.debtors:
        debtor = run.debtor(found, known, currency_of.get(found.key, found.currency or "EUR"))
        if debtor is not None:
            debtor_of[found.key] = debtor
            known.setdefault(found.key, debtor)
    for done, invoice in enumerate(read.invoices, start=1):
        debtor = debtor_of.get(invoice.debtor)
        if debtor is not None:
            run.invoice(debtor, invoice)
        if progress is not None:
            progress(done, len(read.invoices))
    return run


def import_file(
    open_session: SessionFactory,
    data: bytes,
    file_name: str,
    options: ImportOptions,
    *,
    author: str = "",
    remembered: Callable[[tuple[str, ...]], Mapping[str, Any] | None] | None = None,
    progress: ProgressReport | None = None,
) -> ImportReport:
    """Read `data` (the file's bytes) and import it, or with `dry_run` only say what it would do;
    `remembered` gives the mapping last used for a header (the generic profile's default)."""
    try:
        table = read_table(data, options.encoding)
        name = options.profile or guess_profile(table.header) or "generic"
        mapping = options.mapping
        if mapping is None and name == "generic" and remembered is not None:
            mapping = remembered(table.header)
        profile = profile_for(name, mapping)
    except InputError as exc:
        return file_problem(file_name, exc)
    with open_session() as session:
        try:
            creditor = get_creditor(session)
            read = read_rows(
                table,
                profile,
                creditor.country if creditor else None,
                creditor.currency if creditor else "EUR",
            )
            run = _apply(session, read, author, progress)
            problems = sorted((*read.problems, *run.problems), key=lambda p: p.row or 0)
            write = not problems and not options.dry_run and bool(run.added)
            if write:
                _journal(run, file_name, table, name)
                session.commit()
            else:
                session.rollback()
        except BaseException:
            session.rollback()
            raise
    undated = tuple(
        ImportedItem("payment", "", i.number, i.paid_minor, i.currency, None, i.rows[0])
        for i in read.unpaid_dates
    )
    return ImportReport(
        file_name,
        table.sha256,
        name,
        table.encoding,
        table.delimiter,
        len(table.rows),
        tuple(run.added),
        tuple(run.present),
        tuple(run.differences),
        undated,
        tuple(problems),
        write,
        table.header,
    )
