"""The import's preview: every row's problem (row, column, value, what was expected) in the
interface's language, and what would be added, found already, or found changed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callnotes.errors import InputError
from callnotes.services.imports.report import ImportedItem, ImportReport
from callnotes.services.imports.rows import ImportProblem
from callnotes.ui.formats import Formats
from callnotes.ui.forms.problems import problem_text
from callnotes.ui.labels import marked

CONTEXT = "PreviewPage"
KINDS = {
    "debtor": QT_TRANSLATE_NOOP("PreviewPage", "debtor"),
    "invoice": QT_TRANSLATE_NOOP("PreviewPage", "invoice"),
    "payment": QT_TRANSLATE_NOOP("PreviewPage", "payment"),
}
DIFFERENCES = {
    "amount_minor": QT_TRANSLATE_NOOP("PreviewPage", "amount"),
    "issued_on": QT_TRANSLATE_NOOP("PreviewPage", "issue date"),
    "due_on": QT_TRANSLATE_NOOP("PreviewPage", "due date"),
    "paid_minor": QT_TRANSLATE_NOOP("PreviewPage", "paid"),
}


def _table(parent: QWidget, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, cell in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(cell))


class PreviewPage(QWidget):
    """The outcome of a dry run (or of the import), in tabs: problems, to add, already there, changed."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.problems = _table(
            self, [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Expected")]
        )
        what = [
            self.tr("What"),
            self.tr("Debtor"),
            self.tr("Number"),
            self.tr("Amount"),
            self.tr("Date"),
            self.tr("Row"),
        ]
        self.added = _table(self, what)
        self.present = _table(self, what)
        self.changed = _table(
            self,
            [
                self.tr("Row"),
                self.tr("Debtor"),
                self.tr("Invoice"),
                self.tr("What"),
                self.tr("In your books"),
                self.tr("In the file"),
            ],
        )
        for table in (self.problems, self.added, self.present, self.changed):
            self.tabs.addTab(table, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)

    def expected(self, problem: ImportProblem) -> str:
        """What was expected, in the interface's language when its rule is known here."""
        error = InputError(problem.expected, problem=problem.problem, values=problem.values)
        return problem_text(error, self.formats)

    def summary(self, report: ImportReport, *, done: bool = False) -> str:
        """The counts, as added or as would be added."""
        template = (
            self.tr("Imported: %1 debtors, %2 invoices, %3 payments.")
            if done
            else self.tr("To add: %1 debtors, %2 invoices, %3 payments. Already in your books: %4.")
        )
        counts = (
            report.count("debtor"),
            report.count("invoice"),
            report.count("payment"),
            len(report.already_present),
        )
        for number, count in enumerate(counts, start=1):
            template = template.replace(f"%{number}", str(count))
        return template

    def _items(self, items: Sequence[ImportedItem]) -> list[list[str]]:
        return [
            [
                marked(CONTEXT, KINDS[item.kind]),
                item.debtor,
                item.number,
                self.formats.money(item.amount_minor, item.currency) if item.currency else "",
                self.formats.day(item.day) if item.day else "",
                str(item.row or ""),
            ]
            for item in items
        ]

    def show_report(self, report: ImportReport) -> None:
        """Show what the file holds against the books."""
        self.headline.setText(self.summary(report, done=report.written))
        _fill(
            self.problems, [[str(p.row or ""), p.column, p.value, self.expected(p)] for p in report.problems]
        )
        _fill(self.added, self._items(report.added))
        _fill(self.present, self._items(report.already_present))
        changed = []
        for d in report.differences:
            money = d.field in ("amount_minor", "paid_minor")
            recorded = self.formats.money(int(d.recorded), d.currency) if money else str(d.recorded)
            in_file = self.formats.money(int(d.in_file), d.currency) if money else str(d.in_file)
            changed.append(
                [str(d.row), d.debtor, d.number, marked(CONTEXT, DIFFERENCES[d.field]), recorded, in_file]
            )
        _fill(self.changed, changed)
        titles = (
            self.tr("Problems (%1)"),
            self.tr("Imported (%1)") if report.written else self.tr("To add (%1)"),
            self.tr("Already in your books (%1)"),
            self.tr("Different in your books (%1)"),
        )
        counts = (
            len(report.problems),
            len(report.added),
            len(report.already_present),
            len(report.differences),
        )
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.replace("%1", str(count)))
            self.tabs.setTabEnabled(index, count > 0)
        self.tabs.setCurrentIndex(0 if report.problems else 1)
