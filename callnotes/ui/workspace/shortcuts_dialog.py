"""F1: every shortcut of the call workspace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget


class ShortcutsDialog(QDialog):
    """A two-column table of keys and what they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            (self.tr("Enter"), self.tr("Commit the line as a note")),
            (
                self.tr("Ctrl+1 … Ctrl+4"),
                self.tr("Commit as note / question asked / debtor said / agreement"),
            ),
            (self.tr("1 … 9 (empty line)"), self.tr("Ask question N of the current stage")),
            (self.tr("Ctrl+Left / Ctrl+Right"), self.tr("Previous / next stage of questions")),
            (self.tr("Ctrl+F"), self.tr("Filter the questions")),
            (self.tr("Alt+1 … Alt+9"), self.tr("Put fact N (invoice, total, agreement…) into the line")),
            (self.tr("Ctrl+Shift+L"), self.tr("Log another contact (e-mail, letter, visit, message)")),
            (self.tr("Ctrl+E"), self.tr("End the call: outcome, promise or plan, next action")),
            (self.tr("Esc"), self.tr("Back to the input line")),
            (self.tr("F1"), self.tr("This list")),
        ]
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, does) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(does))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)
        self.resize(620, 420)
