"""The debtor's record, oldest first: each entry with its amendments right under it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.dates import format_day
from callnotes.domain.money import Money, format_money
from callnotes.services.interactions import HistoryItem
from callnotes.store.models import Entry
from callnotes.ui.labels import label
from callnotes.ui.table_model import ROW_ROLE, Column, RowsTableModel

CONTEXT = "HistoryPanel"


@dataclass(frozen=True)
class HistoryRow:
    """One line of the history table: an original entry or one of its amendments."""

    entry: Entry
    amendment: bool


def entry_text(entry: Entry, ui_locale: str) -> str:
    """What an entry says, in words: the text, or its figures for payments, promises and invoices."""
    data = json.loads(entry.data)
    money = lambda minor: format_money(Money(minor, data.get("currency", "EUR")), ui_locale)  # noqa: E731
    if entry.kind == "interaction":
        outcome = label(data.get("outcome"))
        return f"{label(data.get('kind'))} · {outcome}" + (f" — {entry.text}" if entry.text else "")
    if entry.kind == "payment":
        return (
            QCoreApplication.translate("HistoryPanel", "Payment of %1 (%2)")
            .replace("%1", money(data["amount_minor"]))
            .replace("%2", entry.text or "—")
        )
    if entry.kind == "promise":
        due = format_day(date.fromisoformat(data["due_on"]), ui_locale)
        return (
            QCoreApplication.translate("HistoryPanel", "Promise to pay %1 by %2")
            .replace("%1", money(data["amount_minor"]))
            .replace("%2", due)
        )
    if entry.kind == "invoice":
        return (
            QCoreApplication.translate("HistoryPanel", "Invoice %1 for %2")
            .replace("%1", data["number"])
            .replace("%2", money(data["amount_minor"]))
        )
    if entry.kind == "amendment":
        return (
            QCoreApplication.translate("HistoryPanel", "%1 (reason: %2)")
            .replace("%1", entry.text)
            .replace("%2", entry.reason or "")
        )
    return entry.text


class HistoryPanel(QWidget):
    """A table of the record with an Amend… button for the selected entry."""

    amendRequested = Signal(object)

    def __init__(self, ui_locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui_locale = ui_locale
        self.model = RowsTableModel(CONTEXT, self._columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)  # one line per entry; the whole text is in the tooltip
        self.amend_button = QPushButton(self.tr("&Amend…"), self)
        self.amend_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.amend_button.setToolTip(self.tr("Correct the selected entry; the original stays (Ctrl+Shift+A)"))
        self.amend_button.clicked.connect(self._amend_selected)
        self.table.doubleClicked.connect(self._amend_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.amend_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _columns(self) -> list[Column]:
        def written(row: HistoryRow) -> str:
            local = row.entry.written_at.astimezone()
            return f"{format_day(local.date(), self._ui_locale)} {local:%H:%M:%S}"

        return [
            Column(
                QT_TRANSLATE_NOOP("HistoryPanel", "#"),
                lambda r: str(r.entry.seq),
                lambda r: r.entry.seq,
                True,
            ),
            Column(QT_TRANSLATE_NOOP("HistoryPanel", "Written"), written, lambda r: r.entry.seq),
            Column(
                QT_TRANSLATE_NOOP("HistoryPanel", "Kind"),
                lambda r: ("↳ " if r.amendment else "") + label(r.entry.kind),
            ),
            Column(
                QT_TRANSLATE_NOOP("HistoryPanel", "Entry"),
                lambda r: entry_text(r.entry, self._ui_locale),
                tooltip=lambda r: entry_text(r.entry, self._ui_locale),
            ),
            Column(QT_TRANSLATE_NOOP("HistoryPanel", "By"), lambda r: r.entry.author),
        ]

    def set_history(self, items: Sequence[HistoryItem]) -> None:
        """Show the record; amendments follow the entry they correct."""
        rows = []
        for item in items:
            rows.append(HistoryRow(item.entry, False))
            rows.extend(HistoryRow(amendment, True) for amendment in item.amendments)
        self.model.set_rows(rows)

    def _amend_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self.amendRequested.emit(selected[0].data(ROW_ROLE).entry)
