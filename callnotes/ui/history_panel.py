"""The debtor's record, oldest first: each entry with its amendments right under it.

A row shows one line of its entry; the whole is in its tooltip and in the read-only view that Enter,
a double click or Read… opens. Amend… (and only Amend…) opens the correction dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.entries import JournalEntry, RecordItem
from callnotes.export.entry_text import describe_entry
from callnotes.ui.entry_view import EntryView
from callnotes.ui.formats import Formats
from callnotes.ui.table_model import ROW_ROLE, SIZED_ROWS, Column, RowsTableModel

CONTEXT = "HistoryPanel"


@dataclass(frozen=True)
class HistoryRow:
    """One line of the history table: an original entry or one of its amendments."""

    entry: JournalEntry
    amendment: bool


class HistoryPanel(QWidget):
    """A table of the record with an Amend… button for the selected entry."""

    amendRequested = Signal(object)  # the JournalEntry to correct
    selectionChanged = Signal()

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self.model = RowsTableModel(CONTEXT, self._columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
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

    def set_history(self, items: Sequence[RecordItem]) -> None:
        """Show the record; amendments follow the entry they correct."""
        rows = []
        for item in items:
            rows.append(HistoryRow(item.entry, False))
            rows.extend(HistoryRow(amendment, True) for amendment in item.amendments)
        self.model.set_rows(rows)
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
