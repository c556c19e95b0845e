"""What an import found, added and would add: plain data for the command line and the window."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from callnotes.services.imports.rows import ImportProblem


def problem_line(problem: ImportProblem) -> str:
    """A problem as one English line: where, the value found, and what was expected (a phrase) or
    what is wrong (a sentence from the app's own checks)."""
    where = f"Row {problem.row}, column “{problem.column}”" if problem.row else ""
    value = f"“{problem.value}”" if problem.value else ""
    said = problem.expected if problem.expected.endswith(".") else f"expected {problem.expected}."
    return ": ".join(part for part in (where, value, said) if part)


@dataclass(frozen=True)
class ImportedItem:
    """A debtor, invoice or payment the file holds, added or found already there."""

    kind: str  # debtor | invoice | payment
    debtor: str
    number: str = ""
    amount_minor: int = 0
    currency: str = ""
    day: date | None = None
    row: int | None = None


@dataclass(frozen=True)
class InvoiceDifference:
    """An invoice already in the books that the file gives otherwise: reported, never overwritten
    (the user records a correction)."""

    debtor: str
    number: str
    field: str  # amount_minor | issued_on | due_on | paid_minor | currency
    recorded: str | int
    in_file: str | int
    currency: str
    row: int


@dataclass(frozen=True)
class ImportReport:
    """The outcome of reading a file against the books; `written` says whether it was imported."""

    file_name: str
    sha256: str = ""
    profile: str = ""
    encoding: str = ""
    delimiter: str = ""
    rows: int = 0
    added: tuple[ImportedItem, ...] = ()
    already_present: tuple[ImportedItem, ...] = ()
    differences: tuple[InvoiceDifference, ...] = ()
    undated_payments: tuple[ImportedItem, ...] = ()  # paid amounts the file gives without a date
    problems: tuple[ImportProblem, ...] = ()
    written: bool = False
    header: tuple[str, ...] = ()  # the file's header row, as written

    def count(self, kind: str) -> int:
        """How many debtors, invoices or payments were (or would be) added."""
        return sum(1 for item in self.added if item.kind == kind)

    @property
    def importable(self) -> bool:
        """Whether the file can be imported: no row has a problem."""
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        """The report for scripts (`callnotes import --json`)."""

        def items(found: tuple[Any, ...]) -> list[dict[str, Any]]:
            return [
                {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(i).items()} for i in found
            ]

        return {
            "file": self.file_name,
            "sha256": self.sha256,
            "profile": self.profile,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "rows": self.rows,
            "imported": self.written,
            "debtors_added": self.count("debtor"),
            "invoices_added": self.count("invoice"),
            "payments_added": self.count("payment"),
            "added": items(self.added),
            "already_present": items(self.already_present),
            "differences": items(self.differences),
            "undated_payments": items(self.undated_payments),
            "problems": [
                {
                    "row": p.row,
                    "column": p.column,
                    "value": p.value,
                    "expected": p.expected,
                    "problem": p.problem,
                    "values": dict(p.values),
                }
                for p in self.problems
            ],
        }
