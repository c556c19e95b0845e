"""The list of debtors: who owes what, how late, and when we last spoke.

Its rows come from the desk a page at a time (ui/paged_model.py): the filter, the archived switch and
the sort are a query the desk runs, and a debtor's line is read again alone when only it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callnotes.services.backend import Call, call
from callnotes.services.debtor_lines import DEBTOR_SORTS, DebtorQuery, DebtorSummary
from callnotes.services.desk import Desk
from callnotes.ui.formats import Formats
from callnotes.ui.labels import label
from callnotes.ui.paged_model import TYPING_PAUSE_MS, PagedTableModel, Starts
from callnotes.ui.table_model import ROW_ROLE, Column, fit_columns, keep_fitted_modes

CONTEXT = "DebtorList"
NAME_COLUMN = 0
# What a column typically holds, to size it by (never measured from the rows themselves).
SAMPLES = {
    0: "Construcciones Núñez Peña S.L.",
    1: "−1.234.567,89 €",
    2: "9999",
    3: "22/11/2026 · letter: sent",
}


def _columns(formats: Formats) -> list[Column]:
    """The columns, in the order of DEBTOR_SORTS (the desk sorts by them)."""

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
            tooltip=lambda s: s.name,  # a long name is cut off in the column
        ),
        Column(
            QT_TRANSLATE_NOOP("DebtorList", "Owed"),
            lambda s: formats.money(s.balance_minor, s.currency),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("DebtorList", "Overdue (days)"),
            lambda s: str(s.oldest_days_overdue) if s.oldest_days_overdue > 0 else "—",
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("DebtorList", "Last contact"), last_contact, tooltip=last_contact),
    ]


class DebtorListPanel(QWidget):
    """Filterable, sortable debtor table of the debtors being pursued (or, on request, the archived
    ones), with an empty state that offers to add the first debtor or load example data."""

    debtorSelected = Signal(int)
    nothingSelected = Signal()  # the list shows no debtor (none yet, or none that the filter keeps)
    loadExampleRequested = Signal()
    addDebtorRequested = Signal()
    importRequested = Signal(object)  # a CSV file dropped on the list (a Path), or None to choose one
    shown = Signal(int)  # the first page after `reload` is shown: how many debtors there are in all

    def __init__(self, formats: Formats, worker: Starts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.model = PagedTableModel(CONTEXT, _columns(formats), worker, key=lambda s: s.id, parent=self)
        self.model.sortRequested.connect(self._sort)
        self.model.pageArrived.connect(self._page_arrived)
        self.query = DebtorQuery()
        self.count: int | None = None  # debtors in all, archived ones too; None until first counted
        self._first_page = False  # a reload's first page is on its way
        self._keep: int | None = None  # the debtor to keep selected across a reload
        self._loaded = False  # nothing is asked of the desk before the first `reload`
        self._selecting: int | None = None  # the debtor `select` waits for: other answers are dropped

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a debtor (Ctrl+K)"))
        self.filter.setClearButtonEnabled(True)
        # the desk lists again once the typing pauses, not at every key
        self.typing_pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.typing_pause.timeout.connect(self._requery)
        self.filter.textChanged.connect(lambda _text: self.typing_pause.start())
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.show_archived.setToolTip(
            self.tr("Show the debtors archived as paid, written off or handed over")
        )
        self.show_archived.toggled.connect(lambda _on: self._requery())

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)  # the query's order
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # the name takes the room there is (a long one is cut, its tooltip whole); the figures keep theirs
        self._fitted = fit_columns(self.table, SAMPLES, stretch=NAME_COLUMN)
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

    # --- loading -------------------------------------------------------------------------------------
    def fitted_width(self) -> int:
        """The width that shows every column at its fitted size, without scrolling sideways."""
        table = self.table
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        outside = margins.left() + margins.right() if margins is not None else 0
        scroll_bar = table.verticalScrollBar().sizeHint().width()
        return self._fitted + 2 * table.frameWidth() + scroll_bar + outside

    def reload(self) -> None:
        """Show the list afresh (the first page, then what is scrolled to), keeping the selection on
        the same debtor; `shown` follows."""
        self._keep = self.selected_id() if self._keep is None else self._keep
        self._loaded = True
        self._worker.start(call(Desk.debtor_count), self._counted)
        self._first_page = True  # asked with the count, not after it: the desk answers both in order
        self.model.reset(self._source(self.query))

    def _counted(self, count: int) -> None:
        self.count = count
        self.empty.setVisible(count == 0)

    @staticmethod
    def _source(query: DebtorQuery) -> Callable[[int, int], Call[Any]]:
        return lambda offset, limit: call(Desk.debtor_page, query, offset, limit)

    def show_all(self, archived: bool = False) -> None:
        """No filter, and the archived debtors (or the pursued ones): listed again, once."""
        for widget in (self.filter, self.show_archived):
            widget.blockSignals(True)
        self.filter.clear()
        self.show_archived.setChecked(archived)
        for widget in (self.filter, self.show_archived):
            widget.blockSignals(False)
        self._requery()

    def _requery(self) -> None:
        """The filter, the archived switch or the sort changed: the desk lists again."""
        self.typing_pause.stop()
        header = self.table.horizontalHeader()
        self.query = DebtorQuery(
            archived=self.show_archived.isChecked(),
            text=self.filter.text(),
            sort=DEBTOR_SORTS[header.sortIndicatorSection()],
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )
        if not self._loaded:
            return  # the sort set while the panel is made, or restored: the first `reload` asks
        self._keep = self.selected_id() if self._keep is None else self._keep
        self._selecting = None  # asked of the list that was: the new one keeps the selection
        self._first_page = True
        self.model.reset(self._source(self.query))

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(DEBTOR_SORTS):
            self._requery()

    def _page_arrived(self) -> None:
        if not self._first_page:
            return
        self._first_page = False
        keep, self._keep = self._keep, None
        if self._selecting is None:  # (else the debtor asked for, on its way, is the one selected)
            if keep is not None:
                self.select(keep, otherwise=self._keep_a_selection)
            else:
                self._keep_a_selection()
        self.shown.emit(self.count or 0)

    def refresh_line(self, debtor_id: int) -> None:
        """Read one debtor's line again (after a call or an edit): it changes in place, or leaves the
        list when the list no longer shows it (archived); nothing else is read."""
        self._worker.start(
            call(Desk.debtor_line, debtor_id), lambda line: self._line_arrived(debtor_id, line)
        )

    def _line_arrived(self, debtor_id: int, line: DebtorSummary | None) -> None:
        wanted = self.query.text.casefold().strip()
        if (
            line is None
            or (line.archived_on is not None) != self.query.archived
            or wanted not in line.name.casefold()
        ):
            self.model.remove_key(debtor_id)
            self._keep_a_selection()
        else:
            self.model.update_row(line)

    def _keep_a_selection(self) -> None:
        """Select the first debtor shown when the one selected is no longer shown (archived, filtered
        out), so the debtor's view never shows one the list does not."""
        if self.selected_id() is not None:
            return
        if self.model.rowCount():
            self.select(self.model.row_at(0).id)
        else:
            self.nothingSelected.emit()

    def select(self, debtor_id: int, otherwise: Callable[[], None] | None = None) -> None:
        """Make the debtor's row the current one, if the list shows it: loaded already, or found by
        the desk and loaded down to it; else `otherwise`."""
        row = self.model.position_of_key(debtor_id)
        if row is not None:
            self._selecting = None
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
            return
        self._selecting = debtor_id
        query = self.query

        def found(position: int | None) -> None:
            if self._selecting != debtor_id:
                return  # another debtor (or another list) was asked for since
            if position is None or query != self.query:
                self._selecting = None
                if otherwise is not None:
                    otherwise()
                return
            self.model.load_through(position, lambda: self._select_loaded(debtor_id, otherwise))

        self._worker.start(call(Desk.debtor_position, query, debtor_id), found)

    def _select_loaded(self, debtor_id: int, otherwise: Callable[[], None] | None) -> None:
        if self._selecting != debtor_id:
            return  # another debtor (or another list) was asked for since
        self._selecting = None
        row = self.model.position_of_key(debtor_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        elif otherwise is not None:
            otherwise()

    def restored_header(self) -> None:
        """After the saved header state is restored: keep its widths, not an older sizing mode."""
        keep_fitted_modes(self.table, stretch=NAME_COLUMN)

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
