"""A person's data: Export this debtor's data… (a ZIP for a data access request) and Delete this
debtor's data… (after the user types the debtor's name, with a reason; a tombstone records it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from callnotes.export import ExportCancelled, Progress
from callnotes.services.backend import Call, JobCancelled, call
from callnotes.services.desk import Desk
from callnotes.services.plain import Erasure, name_matches
from callnotes.ui.debtor_detail import DebtorDetailPanel
from callnotes.ui.formats import Formats
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.forms.problems import said
from callnotes.ui.worker import Worker

if TYPE_CHECKING:
    from callnotes.services.subject_access import DataExport

SHOW_PROGRESS_AFTER_MS = 400  # a small export is done before a progress window would flash up


class DeleteDebtorDialog(FormDialog):
    """Delete everything held on one debtor: the button stays disabled until the name is typed exactly,
    and a reason is kept on the tombstone. Offers to export the data first."""

    exportRequested = Signal()

    def __init__(
        self, worker: Worker, formats: Formats, debtor_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, formats, self.tr("Delete the data of %1").replace("%1", name), parent)
        self._debtor_id, self._name = debtor_id, name
        paragraphs = (  # one text each, so no translation grows into one unbreakable line
            self.tr(
                "This deletes everything callnotes holds on %1: their details, people, agreement, "
                "invoices, payments, promises, plans, every contact and its notes, the record, and the "
                "documents no other debtor shares. It cannot be undone."
            ),
            self.tr(
                "What stays is a short note that a debtor was deleted: when, why, by whom, and a "
                "fingerprint of the name from which the name cannot be read back."
            ),
            self.tr(
                "If the person asked for a copy of their data, or you may need it later, export it first."
            ),
            self.tr("To confirm, type the name exactly as it is written here: %1"),
        )
        self.set_intro("\n\n".join(paragraphs).replace("%1", name))
        self.confirm = QLineEdit(self)
        self.confirm.setAccessibleName(self.tr("The debtor's name, to confirm"))
        self.add_row(self.tr("Name, to confirm:"), self.confirm, "confirm")
        self.add_reason(self.tr("Required, e.g. the person's request of 20 November, by e-mail"))
        self.export_button = QPushButton(self.tr("E&xport the data first…"), self)
        self.export_button.clicked.connect(self.exportRequested)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(False)  # deleting takes a click (or Ctrl+Enter), never a stray Enter
        self.confirm.textChanged.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def _update(self) -> None:
        self.save_button.setText(self.tr("Delete for good"))
        self.save_button.setEnabled(self.name_typed and not self._saving)

    @property
    def name_typed(self) -> bool:
        """Whether the debtor's name was typed exactly."""
        return name_matches(self.confirm.text(), self._name)

    def job(self) -> Call[Erasure] | None:
        if not self.name_typed:  # Ctrl+Enter reaches here even while the button is disabled
            self.refuse("confirm", said("confirm_name"))
            return None
        return call(Desk.delete_debtor_data, self._debtor_id, self.confirm.text(), self.reason.text())

    def _not_saved(self, exc: Exception) -> None:
        super()._not_saved(exc)
        self._update()  # the form's own Save wording would replace this button's


class PersonDataActions(QObject):
    """The export and delete actions for the debtor shown; says when a debtor's data was deleted."""

    deleted = Signal(str)  # a sentence for the status bar

    def __init__(
        self,
        window: QWidget,
        worker: Worker,
        formats: Formats,
        detail: DebtorDetailPanel,
        fail: Callable[[Exception], None],
    ) -> None:
        super().__init__(window)
        self._window, self._worker, self._formats, self._detail, self._fail = (
            window,
            worker,
            formats,
            detail,
            fail,
        )
        self.export_data = QAction(self.tr("E&xport this debtor's data…"), self)
        self.export_data.setToolTip(
            self.tr(
                "Everything held on the debtor, documents included, in one ZIP file: for a data access request"
            )
        )
        self.export_data.triggered.connect(self.export)
        self.delete_data = QAction(self.tr("Delete this debtor's &data…"), self)
        self.delete_data.setToolTip(self.tr("Delete everything held on the debtor, on their request"))
        self.delete_data.triggered.connect(self.delete)
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None  # the last "exported" message
        self.dialog: DeleteDebtorDialog | None = None
        detail.viewChanged.connect(self.update)
        self.update()

    @property
    def actions(self) -> list[QAction]:
        return [self.export_data, self.delete_data]

    def update(self) -> None:
        """Enabled while a debtor is shown."""
        for action in self.actions:
            action.setEnabled(self._detail.view is not None)

    # --- export -----------------------------------------------------------------------------------
    def _default_path(self, name: str) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        slug = re.sub(r"\W+", "-", name).strip("-")[:40] or "debtor"
        return Path(folder or Path.home()) / f"data-{slug}.zip"

    def export(self) -> None:
        """Ask where to save, then export as a long job with progress and Cancel."""
        view = self._detail.view
        if view is None:
            return
        debtor_id, name = view.debtor.id, view.debtor.name
        chosen, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export the data of %1").replace("%1", name),
            str(self._default_path(name)),
            self.tr("ZIP archive (*.zip)"),
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
        progress = QProgressDialog(
            self.tr("Exporting the data of %1…").replace("%1", name),
            self.tr("Cancel"),
            0,
            Progress.TOTAL,
            self._window,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress

        def finished() -> None:
            progress.reset()
            progress.hide()
            progress.deleteLater()
            self.progress = None

        def done(result: DataExport) -> None:
            finished()
            self._exported(result, name)

        def failed(exc: Exception) -> None:
            finished()
            if not isinstance(exc, ExportCancelled | JobCancelled):
                self._fail(exc)

        job = self._worker.start(
            call(Desk.export_debtor_data, debtor_id, out),
            done,
            failed,
            on_progress=lambda value, total: progress.setValue(value * Progress.TOTAL // max(total, 1)),
        )
        progress.canceled.connect(job.cancel)

    def _exported(self, result: DataExport, name: str) -> None:
        text = self.tr(
            "Saved everything held on %1 in %2: the record, %3 documents and the details, as JSON.\n\n"
            "It holds personal data: keep it safe, and send it only to the person it is about."
        )
        for number, value in enumerate((name, str(result.path), str(result.documents)), start=1):
            text = text.replace(f"%{number}", value)
        if result.missing:
            text += "\n\n" + self.tr(
                "The stored copy of these documents is missing, so they are listed without the file: %1"
            ).replace("%1", ", ".join(result.missing))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Data exported"), text, parent=self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box

    # --- deletion ---------------------------------------------------------------------------------
    def delete(self) -> None:
        """Open the typed confirmation; once deleted, say so."""
        view = self._detail.view
        if view is None:
            return
        name = view.debtor.name
        dialog = DeleteDebtorDialog(self._worker, self._formats, view.debtor.id, name, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exportRequested.connect(self.export)
        dialog.saved.connect(lambda erasure: self.deleted.emit(self._said(erasure, name)))
        dialog.open()
        self.dialog = dialog

    def _said(self, erasure: object, name: str) -> str:
        text = self.tr("Deleted the data of %1. A note of the deletion stays, without the name.").replace(
            "%1", name
        )
        if isinstance(erasure, Erasure) and erasure.files_not_removed:
            text += " " + self.tr("Some documents could not be removed from the data folder: %1").replace(
                "%1", "; ".join(erasure.files_not_removed)
            )
        return text
