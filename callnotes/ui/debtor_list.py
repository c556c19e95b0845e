"""The list of debtors: who owes what, how late, and when we last spoke."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callnotes.ui.formats import Formats
from callnotes.ui.labels import label
from callnotes.ui.table_model import ROW_ROLE, SIZED_ROWS, Column, RowsTableModel

if TYPE_CHECKING:
    from callnotes.services.debtors import DebtorSummary

CONTEXT = "DebtorList"


def _columns(formats: Formats) -> list[Column]:
    def last_contact(s: DebtorSummary) -> str:
        if s.last_contact_at is None:
            return ""
        day = formats.day(formats.local(s.last_contact_at).date())
        outcome = f": {label(s.last_outcome)}" if s.last_outcome else ""  # none yet while a call is open
        return f"{day} · {label(s.last_contact_kind)}{outcome}"

    return [
        Column(
            QT_TRANSLATE_NOOP("DebtorList", "Debtor"),
            lambda s: s.name,
            lambda s: s.name.casefold(),
            tooltip=lambda s: s.name,  # a long name is cut off in the column
        ),
        Column(
            QT_TRANSLATE_NOOP("DebtorList", "Owed"),
            lambda s: formats.money(s.balance_minor, s.currency),
            lambda s: f"{s.currency}{s.balance_minor:+021d}",
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("DebtorList", "Overdue (days)"),
            lambda s: str(s.oldest_days_overdue) if s.oldest_days_overdue > 0 else "—",
            lambda s: s.oldest_days_overdue,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("DebtorList", "Last contact"),
            last_contact,
            lambda s: s.last_contact_at.timestamp() if s.last_contact_at else 0.0,
            tooltip=last_contact,
        ),
    ]


class DebtorListPanel(QWidget):
    """Filterable, sortable debtor table of the debtors being pursued (or, on request, the archived
    ones), with an empty state that offers to add the first debtor or load example data."""

    debtorSelected = Signal(int)
    nothingSelected = Signal()  # the list shows no debtor (none yet, or none that the filter keeps)
    loadExampleRequested = Signal()
    addDebtorRequested = Signal()
    importRequested = Signal(object)  # a CSV file dropped on the list (a Path), or None to choose one

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsTableModel(CONTEXT, _columns(formats), self)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a debtor (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.show_archived.setToolTip(
            self.tr("Show the debtors archived as paid, written off or handed over")
        )
        self.show_archived.toggled.connect(lambda _on: self._filter(self.filter.text()))

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 190)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.empty = QWidget(self)
        empty_layout = QVBoxLayout(self.empty)
        self.empty_label = QLabel(
            self.tr(
                "No debtors yet. Add the first one, or load the example data to see how callnotes works."
            ),
            self.empty,
        )
        self.empty_label.setWordWrap(True)
        self.add_first = QPushButton(self.tr("Add a debtor…"), self.empty)
        self.add_first.clicked.connect(self.addDebtorRequested)
        self.load_example = QPushButton(self.tr("Load example data"), self.empty)
        self.load_example.clicked.connect(self.loadExampleRequested)
        self.import_first = QPushButton(self.tr("Import invoices…"), self.empty)
        self.import_first.setToolTip(
            self.tr("From a CSV file exported by Xero, QuickBooks, Holded or a spreadsheet")
        )
        self.import_first.clicked.connect(lambda: self.importRequested.emit(None))
        empty_layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addWidget(self.add_first)
        row.addWidget(self.import_first)
        row.addWidget(self.load_example)
        row.addStretch(1)
        empty_layout.addLayout(row)
        self.empty.hide()

        self.setAcceptDrops(True)
        self._filter("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        search = QHBoxLayout()
        search.addWidget(self.filter, 1)
        search.addWidget(self.show_archived)
        layout.addLayout(search)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    @staticmethod
    def _dropped_file(mime: QMimeData) -> Path | None:
        """The one local file being dragged, if there is exactly one."""
        urls = [url for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
        return Path(urls[0].toLocalFile()) if len(urls) == 1 else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.importRequested.emit(path)

    def set_debtors(self, summaries: Sequence[DebtorSummary]) -> None:
        """Show these debtors, keeping the selection on the same debtor when it is still there."""
        selected = self.selected_id()
        self.model.set_rows(summaries)
        self.empty.setVisible(not summaries)
        if selected is not None:
            self.select(selected)
        self._keep_a_selection()

    def _filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        archived = self.show_archived.isChecked()

        def shown(s: DebtorSummary) -> bool:
            return (s.archived_on is not None) == archived and wanted in s.name.casefold()

        self.model.set_filter(shown)
        self._keep_a_selection()

    def _keep_a_selection(self) -> None:
        """Select the first debtor shown when the one selected is no longer shown (archived, filtered
        out), so the debtor's view never shows one the list does not."""
        if self.selected_id() is not None:
            return
        if self.model.rowCount():
            self.select(self.model.row_at(0).id)
        else:
            self.nothingSelected.emit()

    def select(self, debtor_id: int) -> None:
        """Make the debtor's row the current one, if it is shown."""
        row = self.model.position_of(lambda s: s.id == debtor_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)

    def selected(self) -> DebtorSummary | None:
        """The debtor whose row is selected."""
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def selected_id(self) -> int | None:
        selected = self.selected()
        return selected.id if selected else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.debtorSelected.emit(current.data(ROW_ROLE).id)
