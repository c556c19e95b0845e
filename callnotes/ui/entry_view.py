"""Read one entry of the record whole: what it says, when it happened and was recorded, and by whom.

Reading is not correcting: the text cannot be changed here; Amend… leads to the correction dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from callnotes.domain.entries import JournalEntry
from callnotes.export.entry_text import describe_entry
from callnotes.ui.formats import Formats


class EntryView(QDialog):
    """The whole of one record entry, read-only, word-wrapped."""

    AMEND = 2  # what exec() returns when Amend… was chosen

    def __init__(self, entry: JournalEntry, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Entry %1 of the record").replace("%1", str(entry.seq)))
        facts = [
            formats.wording.label("kind", entry.kind),
            self.tr("happened %1").replace("%1", formats.moment(entry.occurred_at)),
        ]
        if entry.recorded_later:
            facts.append(self.tr("recorded %1").replace("%1", formats.moment(entry.recorded_at)))
        if entry.author:
            facts.append(self.tr("by %1").replace("%1", entry.author))
        self.about = QLabel(" · ".join(facts), self)
        self.about.setTextFormat(Qt.TextFormat.PlainText)  # names and kinds are data, never markup
        self.about.setWordWrap(True)
        self.text = QPlainTextEdit(describe_entry(formats.wording, entry), self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        amend = buttons.addButton(self.tr("&Amend…"), QDialogButtonBox.ButtonRole.ActionRole)
        amend.setToolTip(self.tr("Correct this entry; the original stays"))
        amend.clicked.connect(lambda: self.done(self.AMEND))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)
