"""The debtor's documents, under the record: name, size, what each belongs to, when it was added, and
whether the stored copy is still the file that was added; Open (or Enter, or a double-click) shows one
in the system's viewer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnotes.services.plain import DocumentInfo, DocumentOwner, StoredState
from callnotes.ui.detail_tabs import table_view
from callnotes.ui.formats import Formats
from callnotes.ui.forms.problems import data_size
from callnotes.ui.labels import label, marked
from callnotes.ui.table_model import ROW_ROLE, Column, RowsTableModel

CONTEXT = "DocumentsPanel"
NAME_COLUMN = 0

_STATES = {
    StoredState.OK: QT_TRANSLATE_NOOP("DocumentsPanel", "✓ intact"),
    StoredState.MISSING: QT_TRANSLATE_NOOP("DocumentsPanel", "✗ missing from the data folder"),
    StoredState.CHANGED: QT_TRANSLATE_NOOP("DocumentsPanel", "✗ changed since it was added"),
}


def owner_text(owner: DocumentOwner, formats: Formats) -> str:
    """What a document belongs to, in the interface's language: the debtor, invoice F-0042, the
    agreement of 01/03/2026, the e-mail of 20/11/2026 10:30."""
    if owner.kind == "invoice":
        return marked(CONTEXT, QT_TRANSLATE_NOOP("DocumentsPanel", "invoice %1")).replace(
            "%1", owner.invoice_number
        )
    if owner.kind == "agreement":
        day = formats.day(owner.agreement_signed_on) if owner.agreement_signed_on else ""
        return marked(CONTEXT, QT_TRANSLATE_NOOP("DocumentsPanel", "agreement of %1")).replace("%1", day)
    if owner.kind == "interaction":
        when = (
            formats.moment(owner.interaction_started_at, seconds=False)
            if owner.interaction_started_at
            else ""
        )
        return (
            marked(CONTEXT, QT_TRANSLATE_NOOP("DocumentsPanel", "%1 of %2"))
            .replace("%1", label(owner.interaction_kind))
            .replace("%2", when)
        )
    return marked(CONTEXT, QT_TRANSLATE_NOOP("DocumentsPanel", "the debtor"))


class DocumentsPanel(QWidget):
    """A table of the debtor's documents with an Open button; says when there are none."""

    openRequested = Signal(object)  # the DocumentInfo to open

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self.model = RowsTableModel(CONTEXT, self._columns(), self)
        self.table = table_view(self.model, self)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self._open_selected())  # Enter or a double-click
        self.heading = QLabel(self.tr("Documents"), self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.empty = QLabel(self.tr("No documents yet. Drop files on this panel, or use Attach files…"), self)
        self.empty.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open the selected document with this computer's viewer (Enter)"))
        self.open_button.clicked.connect(self._open_selected)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.heading)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.set_documents(())

    def _columns(self) -> list[Column]:
        formats = self._formats
        return [
            Column(
                QT_TRANSLATE_NOOP("DocumentsPanel", "Document"),
                lambda d: d.name,
                lambda d: d.name.casefold(),
                tooltip=lambda d: f"{d.name} ({d.media_type})",
            ),
            Column(
                QT_TRANSLATE_NOOP("DocumentsPanel", "Size"),
                lambda d: data_size(d.size_bytes, formats),
                lambda d: d.size_bytes,
                True,
            ),
            Column(
                QT_TRANSLATE_NOOP("DocumentsPanel", "Belongs to"),
                lambda d: owner_text(d.owner, formats),
                tooltip=lambda d: owner_text(d.owner, formats),
            ),
            Column(
                QT_TRANSLATE_NOOP("DocumentsPanel", "Added"),
                lambda d: formats.moment(d.added_at, seconds=False),
                lambda d: d.added_at.timestamp(),
            ),
            Column(
                QT_TRANSLATE_NOOP("DocumentsPanel", "Stored copy"),
                lambda d: marked(CONTEXT, _STATES[d.state]),
            ),
        ]

    def set_documents(self, documents: Sequence[DocumentInfo]) -> None:
        """Show the documents, keeping the selected one selected."""
        kept = self.selected()
        self.model.set_rows(documents)
        position = self.model.position_of(lambda d: d.id == kept.id) if kept is not None else None
        if position is not None:
            self.table.selectRow(position)
        self.empty.setVisible(not documents)
        self.table.setVisible(bool(documents))
        self._enable()

    def selected(self) -> DocumentInfo | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, DocumentInfo) else None

    def _enable(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def _open_selected(self) -> None:
        document = self.selected()
        if document is not None:
            self.openRequested.emit(document)
