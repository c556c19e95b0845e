"""F1: every shortcut of the call workspace."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from callnotes.ui.labels import marked

CONTEXT = "ShortcutsDialog"

# Every key the workspace advertises, as F1 lists it: (keys, what they do). Each must work while the
# note line has focus; a test sends every row's keys to the focused line.
SHORTCUTS: tuple[tuple[object, object], ...] = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Commit the line as a note"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+1 … Ctrl+4"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Commit as note / question asked / debtor said / agreement"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "1 … 9 (empty line)"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ask question N of the current stage"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Left / Ctrl+Right"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous / next stage of questions"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+F"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Filter the questions"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+F"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Search everything: notes, debtors, people, invoices, phones"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+1 … Alt+9"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Put fact N (invoice, total, agreement…) into the line"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+O"),
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Offers: instalments, a discount or a settlement, with the wording"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+T"),
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Someone else answered: amounts hidden, neutral questions (again: back)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+L"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Log another contact (e-mail, letter, visit, message)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+E"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "End the call: outcome, promise or plan, next action"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Back to the input line"),
    ),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F1"), QT_TRANSLATE_NOOP("ShortcutsDialog", "This list")),
)


class ShortcutsDialog(QDialog):
    """A two-column table of keys and what they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(SHORTCUTS), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for row, (keys, does) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(marked(CONTEXT, keys)))
            table.setItem(row, 1, QTableWidgetItem(marked(CONTEXT, does)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)
        self.resize(620, 420)
