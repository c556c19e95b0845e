"""Correct a locked entry: the new text and a required reason; the original stays as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


class AmendDialog(QDialog):
    """Asks for the corrected text and why; OK stays disabled until a reason is given."""

    def __init__(self, original_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend entry"))
        original = QLabel(original_text or self.tr("(no text)"), self)
        original.setTextFormat(Qt.TextFormat.PlainText)
        original.setWordWrap(True)
        original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(original_text, self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Required, e.g. wrong amount typed during the call"))
        note = QLabel(
            self.tr("The original stays in the record; the amendment is added beside it with today's date.")
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        form = QFormLayout(self)
        form.addRow(self.tr("Original:"), original)
        form.addRow(self.tr("Corrected text:"), self.text)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(note)
        form.addRow(self.buttons)
        self._update_ok()
        self.resize(520, 320)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))
