"""The debtor's record, oldest first: each entry with its amendments right under it.

The lines come from the desk a page at a time as the table is scrolled (ui/paged_model.py), so a
record of thousands of entries opens as fast as a short one.

A row shows one line of its entry; the whole is in its tooltip and in the read-only view that Enter,
a double click or Read… opens. Amend… (and only Amend…) opens the correction dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.entries import JournalEntry
from callnotes.domain.entries import RecordLine as HistoryRow  # one line: an entry or an amendment
from callnotes.export.entry_text import describe_entry
from callnotes.services.backend import call
from callnotes.services.desk import Desk
from callnotes.ui.entry_view import EntryView
from callnotes.ui.formats import Formats
from callnotes.ui.paged_model import PagedTableModel, Starts
from callnotes.ui.table_model import ROW_ROLE, Column, fit_columns

CONTEXT = "HistoryPanel"
ENTRY_COLUMN = 4
# What a column typically holds, to size it by (never measured from the rows themselves).
SAMPLES = {0: "99999", 1: "22/11/2026 23:59", 2: "22/11/2026 23:59", 3: "↳ Amendment", 5: "Ana Núñez"}


class HistoryPanel(QWidget):
    """A table of the record with an Amend… button for the selected entry."""

    amendRequested = Signal(object)  # the JournalEntry to correct
    selectionChanged = Signal()

    def __init__(self, formats: Formats, parent: QWidget | None = None, worker: Starts | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self._worker = worker
        self.debtor_id: int | None = None
        self.model = PagedTableModel(
            CONTEXT, self._columns(), worker or _NoDesk(), key=lambda r: r.entry.seq, parent=self
        )
        self.model.pageArrived.connect(self.selectionChanged)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        fit_columns(self.table, SAMPLES, stretch=ENTRY_COLUMN)
        self.table.setWordWrap(False)  # one line per entry; the whole text is in the tooltip
        self.amend_button = QPushButton(self.tr("&Amend…"), self)
        self.amend_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.amend_button.setToolTip(self.tr("Correct the selected entry; the original stays (Ctrl+Shift+A)"))
        self.amend_button.clicked.connect(self._amend_selected)
        self.table.doubleClicked.connect(self.read_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.selectionChanged.emit())
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.amend_button)
        self.read_action = QAction(self.tr("&Read…"), self)
        self.read_action.setToolTip(self.tr("Read the whole of the selected entry (Enter)"))
        self.read_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.read_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the table's Enter only
        self.read_action.triggered.connect(self.read_selected)
        self.add_action(self.read_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def add_action(self, action: QAction) -> None:
        """Offer an action for the selected entry beside Amend… and in the table's context menu."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        self.table.addAction(action)

    def selected_entry(self) -> JournalEntry | None:
        """The entry of the selected row (an original or an amendment)."""
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row.entry if isinstance(row, HistoryRow) else None

    def _columns(self) -> list[Column]:
        formats = self._formats

        def recorded(row: HistoryRow) -> str:
            return formats.moment(row.entry.recorded_at) if row.entry.recorded_later else ""

        return [
            Column(
                QT_TRANSLATE_NOOP("HistoryPanel", "#"),
                lambda r: str(r.entry.seq),
                lambda r: r.entry.seq,
                True,
            ),
            Column(
                QT_TRANSLATE_NOOP("HistoryPanel", "Happened"),
                lambda r: formats.moment(r.entry.occurred_at),
                lambda r: r.entry.occurred_at.timestamp(),
            ),
            Column(
                QT_TRANSLATE_NOOP("HistoryPanel", "Recorded"),
                recorded,
                lambda r: r.entry.recorded_at.timestamp(),
                tooltip=lambda r: formats.moment(r.entry.recorded_at),
            ),
            Column(
                QT_TRANSLATE_NOOP("HistoryPanel", "Kind"),
                lambda r: ("↳ " if r.amendment else "") + formats.wording.label("kind", r.entry.kind),
            ),
            Column(
                QT_TRANSLATE_NOOP("HistoryPanel", "Entry"),
                lambda r: formats.entry(r.entry),
                tooltip=lambda r: describe_entry(formats.wording, r.entry),
            ),
            Column(QT_TRANSLATE_NOOP("HistoryPanel", "By"), lambda r: r.entry.author),
        ]

    def show_debtor(self, debtor_id: int | None) -> None:
        """List the debtor's record (nothing for None), from its first page."""
        self.debtor_id = debtor_id
        if debtor_id is None or self._worker is None:
            self.model.clear()
        else:
            self.model.reset(lambda offset, limit: call(Desk.record_page, debtor_id, offset, limit))
        self.selectionChanged.emit()

    def select_entry(self, seq: int) -> bool:
        """Make entry `seq` (the original, not an amendment) the current row, scrolled to; False when
        the record shown has no such entry."""
        row = self.model.position_of(lambda r: r.entry.seq == seq and not r.amendment)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def read_selected(self) -> None:
        """Show the selected entry whole, read-only."""
        entry = self.selected_entry()
        if entry is None:
            return
        if EntryView(entry, self._formats, self).exec() == EntryView.AMEND:
            self.amendRequested.emit(entry)

    def _amend_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self.amendRequested.emit(selected[0].data(ROW_ROLE).entry)


class _NoDesk:
    """The desk of a panel built without the window's worker (a test of another tab): nothing asked."""

    def start(self, job: object, on_success: object, on_failure: object = None) -> None:
        raise RuntimeError("this panel has no desk to ask")
