"""Attach files… to the debtor, the selected invoice, the agreement or the selected contact (and files
dropped on the debtor's panel), and Open a document with the system's viewer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from callnotes.domain.entries import ContactDetails
from callnotes.services.backend import call
from callnotes.services.desk import Desk
from callnotes.services.plain import DocumentInfo, DocumentOwner
from callnotes.ui.debtor_detail import DebtorDetailPanel
from callnotes.ui.detail_tabs import InvoiceRow
from callnotes.ui.documents_panel import owner_text
from callnotes.ui.formats import Formats
from callnotes.ui.worker import Worker

if TYPE_CHECKING:
    from callnotes.services.attachments import Attached


def _action(parent: QObject, text: str, slot: Callable[[], None], tip: str) -> QAction:
    action = QAction(text, parent)
    action.setToolTip(tip)
    action.triggered.connect(slot)
    return action


class DocumentActions(QObject):
    """The attach and open actions; says which debtor gained documents, and what to tell the user."""

    attached = Signal(int, str)  # the debtor, and a sentence for the status bar

    def __init__(self, window: QWidget, worker: Worker, formats: Formats, detail: DebtorDetailPanel) -> None:
        super().__init__(window)
        self._window, self._worker, self._formats, self._detail = window, worker, formats, detail
        self.no_viewer: QMessageBox | None = None  # the last "no program to open it" message
        self.attach_debtor = _action(
            self,
            self.tr("Attach &files to the debtor…"),
            self.to_debtor,
            self.tr("Keep documents with the debtor (Ctrl+Shift+F); or drop files on this panel"),
        )
        self.attach_debtor.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.attach_invoice = _action(
            self,
            self.tr("Attach files…"),
            self.to_invoice,
            self.tr("Keep documents with the selected invoice; or drop files on its row"),
        )
        self.attach_agreement = _action(
            self, self.tr("Attach files…"), self.to_agreement, self.tr("Keep documents with the agreement")
        )
        self.attach_contact = _action(
            self,
            self.tr("Attach files to the contact…"),
            self.to_contact,
            self.tr("Keep documents with the call, e-mail, letter, visit or message of the selected entry"),
        )
        self.open_document = _action(
            self, self.tr("&Open"), self.open_selected, self.tr("Open the selected document (Enter)")
        )
        detail.details.details_bar.add([self.attach_debtor])
        detail.invoices.actions_bar.add([self.attach_invoice], detail.invoices.table)
        detail.details.agreement_bar.add([self.attach_agreement])
        detail.history.add_action(self.attach_contact)
        detail.documents.table.addAction(self.open_document)
        detail.documents.openRequested.connect(self.open)
        detail.filesDropped.connect(self._dropped)
        for changed in (
            detail.viewChanged,
            detail.invoices.selectionChanged,
            detail.history.selectionChanged,
        ):
            changed.connect(self.update)
        self.update()

    def update(self) -> None:
        """Enable what applies to the debtor and the rows selected now."""
        view = self._detail.view
        self.attach_debtor.setEnabled(view is not None)
        self.attach_invoice.setEnabled(view is not None and self._detail.invoices.selected() is not None)
        self.attach_agreement.setEnabled(view is not None and view.agreement is not None)
        self.attach_contact.setEnabled(view is not None and self._selected_contact() is not None)

    def _selected_contact(self) -> int | None:
        entry = self._detail.history.selected_entry()
        return entry.interaction_id if entry is not None else None

    # --- attaching --------------------------------------------------------------------------------
    def _choose(self, title: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self._window, title)
        return [Path(name) for name in names]

    def _attach(self, files: list[Path], owner: str, **to: int) -> None:
        view = self._detail.view
        if view is None or not files:
            return
        debtor_id = view.debtor.id

        def done(result: Attached) -> None:
            self.attached.emit(debtor_id, self._said(result, owner))

        self._worker.start(call(Desk.attach_files, debtor_id, files, **to), done)

    def _said(self, result: Attached, owner: str) -> str:
        parts = []
        if result.added:
            parts.append(
                self.tr("Attached to %1: %2.").replace("%1", owner).replace("%2", ", ".join(result.added))
            )
        if result.already:
            parts.append(
                self.tr("Already kept with %1: %2.")
                .replace("%1", owner)
                .replace("%2", ", ".join(result.already))
            )
        return " ".join(parts)

    def _words(self, owner: DocumentOwner) -> str:
        return owner_text(owner, self._formats)

    def _invoice_words(self, row: InvoiceRow) -> str:
        return self._words(DocumentOwner("invoice", invoice_number=row.invoice.number))

    def to_debtor(self) -> None:
        if self._detail.view is not None:
            words = self._words(DocumentOwner("debtor"))
            self._attach(self._choose(self.tr("Attach files to %1").replace("%1", words)), words)

    def to_invoice(self) -> None:
        row = self._detail.invoices.selected()
        if self._detail.view is not None and row is not None:
            words = self._invoice_words(row)
            self._attach(
                self._choose(self.tr("Attach files to %1").replace("%1", words)), words, invoice_id=row.id
            )

    def to_agreement(self) -> None:
        view = self._detail.view
        if view is not None and view.agreement is not None:
            words = self._words(DocumentOwner("agreement", agreement_signed_on=view.agreement.signed_on))
            self._attach(
                self._choose(self.tr("Attach files to %1").replace("%1", words)),
                words,
                agreement_id=view.agreement.id,
            )

    def to_contact(self) -> None:
        entry = self._detail.history.selected_entry()
        if self._detail.view is None or entry is None or entry.interaction_id is None:
            return
        details = entry.details
        kind, started = (
            (details.kind, details.started_at)
            if isinstance(details, ContactDetails)
            else ("interaction", entry.occurred_at)
        )
        words = self._words(
            DocumentOwner("interaction", interaction_kind=kind, interaction_started_at=started)
        )
        self._attach(
            self._choose(self.tr("Attach files to %1").replace("%1", words)),
            words,
            interaction_id=entry.interaction_id,
        )

    def _dropped(self, files: list[Path], row: InvoiceRow | None) -> None:
        if row is not None:
            self._attach(files, self._invoice_words(row), invoice_id=row.id)
        else:
            self._attach(files, self._words(DocumentOwner("debtor")))

    # --- opening ----------------------------------------------------------------------------------
    def open_selected(self) -> None:
        document = self._detail.documents.selected()
        if document is not None:
            self.open(document)

    def open(self, document: DocumentInfo) -> None:
        """Copy the document out under its own name and hand it to the system's viewer."""
        self._worker.start(call(Desk.document_to_open, document.id), self._show)

    def _show(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._no_viewer(path)

    def _no_viewer(self, path: Path) -> None:
        """Say plainly that nothing here opens this kind of file, and where the copy is."""
        folder = str(path.parent)
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Open document"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("“%1” cannot be opened: no program that opens this kind of file is installed.").replace(
                "%1", path.name
            )
        )
        box.setInformativeText(
            self.tr(
                "A copy is in this folder; open it from there with a program that can read it:\n%1"
            ).replace("%1", folder)
        )
        copy = QPushButton(self.tr("&Copy the folder's path"), box)
        box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(folder))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.no_viewer = box
        box.open()
