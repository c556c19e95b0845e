"""Export packet…: choose the period, language, destination, the declarant's role and the files to
write (the filing copy, an evidence copy, one file per document); export as a worker job with a
progress bar and Cancel; then see each file written and what to check, open, show the folder or print."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from callnotes.export import ExportCancelled, ExportResult, Progress
from callnotes.export.packet_model import MAX_ROLE, PacketOptions
from callnotes.services.backend import DeskProcess, JobCancelled, call
from callnotes.services.desk import Desk
from callnotes.ui.export_outputs import ExportOutputs
from callnotes.ui.export_results import ExportResults
from callnotes.ui.formats import Formats
from callnotes.ui.forms.problems import error_text
from callnotes.ui.forms.sizing import fit_to_content
from callnotes.ui.labels import filled
from callnotes.ui.printing import print_pdf
from callnotes.ui.qdates import from_qdate, to_qdate
from callnotes.ui.ui_state import UiState
from callnotes.ui.worker import Job, Worker

ROLE_KEY = "export/declarant_role"  # remembered: the same person signs packet after packet
EVIDENCE_KEY = "export/evidence"


class ExportDialog(QDialog):
    """Exports one debtor's documentation packet."""

    def __init__(
        self,
        desk: DeskProcess,
        worker: Worker,
        debtor_id: int,
        debtor_name: str,
        language: str,
        ui_state: UiState | None = None,
        parent: QWidget | None = None,
        *,
        formats: Formats,
    ) -> None:
        super().__init__(parent)
        self.desk, self.worker, self.debtor_id, self.ui_state = desk, worker, debtor_id, ui_state
        self.formats = formats
        self._job: Job | None = None
        self._closed = False
        self.exported: ExportResult | None = None
        today = desk.today()
        self.setWindowTitle(filled(self.tr("Export packet: %1"), debtor_name))
        form = QFormLayout()
        form.addRow(self.tr("Period:"), self._build_period(today))
        self._build_choices(form, language)
        self.outputs = ExportOutputs(debtor_name, today, self)
        self.out_path = self.outputs.filing.line  # the filing copy's place (tests and benchmarks set it)
        self.destination.currentIndexChanged.connect(
            lambda: self.outputs.set_destination(self.destination.currentData())
        )
        self._build_outcome()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outputs)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self._set_running(False)
        if ui_state is not None:
            self.declarant_role.setText(str(ui_state.value(ROLE_KEY, "")))
            self.outputs.evidence_wanted.setChecked(str(ui_state.value(EVIDENCE_KEY, "false")) == "true")
        if ui_state is None or not ui_state.restore_window("export", self):
            # wide enough to read a path in the Documents folder whole
            self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 120), 0)

    def showEvent(self, event: QShowEvent) -> None:
        """The remembered width and place, but the height of what is shown now and never off the screen
        (a height remembered with a long list of results, or from a taller screen, would hide the buttons)."""
        super().showEvent(event)
        if not event.spontaneous():  # opened, not restored from minimised: only the form is shown yet
            fit_to_content(self, shrink=True)

    def _build_period(self, today: date) -> QHBoxLayout:
        """The whole record, or the days from and to."""
        self.whole_record = QCheckBox(self.tr("The whole record"), self)
        self.whole_record.setChecked(True)
        self.date_from = QDateEdit(to_qdate(today - timedelta(days=365)), self)
        self.date_to = QDateEdit(to_qdate(today), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.whole_record.toggled.connect(self._whole_record_toggled)
        period = QHBoxLayout()
        period.addWidget(self.whole_record)
        period.addWidget(QLabel(self.tr("or from"), self))
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.date_to)
        period.addStretch(1)
        return period

    def _build_choices(self, form: QFormLayout, language: str) -> None:
        """The packet's language and destination, the exhibits, the declarant's role: rows of `form`."""
        self.language = QComboBox(self)
        for code, name in (("es", self.tr("Spanish")), ("el", self.tr("Greek")), ("en", self.tr("English"))):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.destination = QComboBox(self)
        for code, name in (
            ("general", self.tr("A lawyer or a collection agency")),
            ("monitorio", self.tr("Spain: proceso monitorio")),
            ("payment-order", self.tr("Greece: payment order (διαταγή πληρωμής)")),
            ("small-claims", self.tr("United States: small claims court")),
        ):
            self.destination.addItem(name, code)
        self.attachments = QCheckBox(self.tr("Include the attached documents as exhibits"), self)
        self.attachments.setChecked(True)
        self.declarant_role = QLineEdit(self)
        self.declarant_role.setMaxLength(MAX_ROLE)
        self.declarant_role.setPlaceholderText(self.tr("e.g. Owner, Office manager"))
        role_label = QLabel(self.tr("Decl&arant's role:"), self)
        role_label.setBuddy(self.declarant_role)
        language_label = QLabel(self.tr("Lan&guage:"), self)  # l, o, r, f… are other fields' and buttons'
        language_label.setBuddy(self.language)
        destination_label = QLabel(self.tr("Fo&r:"), self)
        destination_label.setBuddy(self.destination)
        language_and_destination = QHBoxLayout()  # one row: room for the results on a laptop screen
        language_and_destination.addWidget(self.language)
        language_and_destination.addSpacing(12)
        language_and_destination.addWidget(destination_label)
        language_and_destination.addWidget(self.destination, 1)
        form.addRow(language_label, language_and_destination)
        form.addRow("", self.attachments)
        form.addRow(role_label, self.declarant_role)

    def _build_outcome(self) -> None:
        """The progress bar, the status line and the files written with what to check."""
        self.progress = QProgressBar(self)
        self.progress.setRange(0, Progress.TOTAL)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results = ExportResults(self.formats, self.desk.paths.reference_rates, self)
        self.results.openFile.connect(self.open_file)
        self.results.hide()

    def _build_buttons(self) -> None:
        """Export, then open, show the folder or print what was written; Cancel, or Close."""
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self.export_button = self.buttons.addButton(self.tr("&Export"), role.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("&Open"), role.ActionRole)
        self.folder_button = self.buttons.addButton(self.tr("Open &folder"), role.ActionRole)
        self.print_button = self.buttons.addButton(self.tr("&Print…"), role.ActionRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), role.RejectRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_packet)
        self.folder_button.clicked.connect(self.open_folder)
        self.print_button.clicked.connect(self.print_packet)
        self.cancel_button.clicked.connect(self.cancel_or_close)

    def _whole_record_toggled(self, whole: bool) -> None:
        self.date_from.setEnabled(not whole)
        self.date_to.setEnabled(not whole)

    def options(self) -> PacketOptions:
        """The packet options chosen in the dialog."""
        whole = self.whole_record.isChecked()
        return PacketOptions(
            language=self.language.currentData(),
            destination=self.destination.currentData(),
            period_from=None if whole else from_qdate(self.date_from.date()),
            period_to=None if whole else from_qdate(self.date_to.date()),
            attachments=self.attachments.isChecked(),
            declarant_role=self.declarant_role.text().strip(),
        )

    @property
    def running(self) -> bool:
        """An export was started and its outcome has not been shown yet."""
        return self._job is not None

    def start_export(self) -> None:
        """Export as a worker job; progress and the outcome come back on the UI thread."""
        targets = self.outputs.checked_targets()
        if isinstance(targets, str):
            self.status.setText(targets)
            return
        if not self.outputs.may_replace(targets):
            return
        if self.ui_state is not None:
            self.ui_state.set_value(ROLE_KEY, self.declarant_role.text().strip())
            self.ui_state.set_value(
                EVIDENCE_KEY, "true" if self.outputs.evidence_wanted.isChecked() else "false"
            )
        job = call(Desk.export_packet, self.debtor_id, targets, self.options())
        self.exported = None
        self.results.hide()
        fit_to_content(self, shrink=True)  # the last export's results are gone: so is their room
        self._set_running(True)
        self.status.setText(self.tr("Exporting…"))
        self._job = self.worker.start(
            job, self.show_exported, self._failed, on_progress=self._show_progress, owner=self
        )

    def _set_running(self, running: bool) -> None:
        editable = (self.whole_record, self.language, self.destination, self.attachments, self.declarant_role)
        for widget in (self.export_button, *editable):
            widget.setEnabled(not running)
        self.date_from.setEnabled(not running and not self.whole_record.isChecked())
        self.date_to.setEnabled(not running and not self.whole_record.isChecked())
        self.outputs.set_editable(not running)
        for button in (self.open_button, self.folder_button, self.print_button):
            button.setEnabled(not running and self.exported is not None)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        if running:
            self.progress.setValue(0)
            self.progress.show()

    def _show_progress(self, done: int, total: int) -> None:
        if self._closed:
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finished(self) -> None:
        self._job = None
        self._set_running(False)

    def show_exported(self, result: ExportResult) -> None:
        """Show what the export wrote: each file with its pages and size, and what to check."""
        if self._closed:
            return
        self.exported = result
        self.outputs.wrote([written.path for written in result.files])
        self._finished()
        self.progress.setValue(self.progress.maximum())
        self.status.setText(
            filled(
                self.tr("Done: the packet has %1 pages.\nChain head: %2"),
                self.formats.number(result.pages),
                result.head,
            )
        )
        self.results.show_result(result, str(self.destination.currentData()))  # unchanged while exporting
        self.progress.hide()  # done: its room goes to the results
        self.results.show()
        fit_to_content(self)  # the files and notes scroll within what the screen leaves them
        # Enter now opens what was written; Export is still a click (or Alt+E) away
        self.export_button.setDefault(False)
        self.open_button.setDefault(True)
        self.results.files.setFocus()  # not Close, where the disabled Export button left it

    def _failed(self, exc: Exception) -> None:
        if self._closed:
            return
        self._finished()
        self.progress.setValue(0)
        if isinstance(exc, ExportCancelled | JobCancelled):
            self.status.setText(self.tr("Export cancelled; no file was written."))
        else:
            self.status.setText(
                error_text(exc, self.formats)
                or filled(
                    self.tr("Something went wrong inside callnotes; the packet was not written.\n%1"),
                    f"{type(exc).__name__}: {exc}",
                )
            )
        fit_to_content(self, shrink=True)  # room for a message of several lines; none left from results

    def cancel_or_close(self) -> None:
        """Cancel a running export; otherwise close the dialog."""
        if self._job is not None:
            self._job.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _open(self, target: Path, missing: str, shown: Path) -> bool:
        """Show `target` (a written file, or its folder) with the system's program; when there is none,
        say so with `missing` and where `shown` is (Qt only writes "Unable to detect a launcher" on
        stderr). Returns whether it was shown."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            return True
        self.status.setText(filled(missing, str(shown)))
        fit_to_content(self)  # a path that wraps takes new room
        return False

    def open_file(self, path: Path) -> None:
        """Show a written file in the system's viewer; without one, Open folder is offered next."""
        missing = self.tr(
            "No program to open PDF files was found. The file is at:\n%1\nOpen folder shows it."
        )
        if not self._open(path, missing, path):
            self.folder_button.setFocus()  # Enter now opens the folder

    def open_packet(self) -> None:
        """Show the filing copy in the system's viewer."""
        if self.exported is not None:
            self.open_file(self.exported.path)

    def open_folder(self) -> None:
        """Show the folder the filing copy is in (the split files' folder is beside it by default)."""
        if self.exported is not None:
            missing = self.tr("No program to show folders was found. The filing copy is at:\n%1")
            self._open(self.exported.path.parent, missing, self.exported.path)

    def print_packet(self) -> None:
        """Ask for a printer and pages, then print."""
        if self.exported is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.exported.files[0].pages)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            printed = self.print_to(printer)
            self.status.setText(
                filled(self.tr("Sent %1 pages to the printer."), self.formats.number(printed))
            )

    def print_to(self, printer: QPrinter) -> int:
        """Draw the filing copy's pages (the printer's page range, or all) on `printer`; returns how many."""
        assert self.exported is not None
        return print_pdf(self.exported.path, printer)

    def done(self, result: int) -> None:
        """Closing while exporting cancels the export (it stops at its next step)."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._closed = True
        if self.ui_state is not None:
            self.ui_state.save_window("export", self)
        super().done(result)
