"""Export packet…: choose the period, language, destination and attachments; export as a worker job
with a progress bar and Cancel; then open the PDF in the system viewer or print it."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnotes.errors import CallnotesError
from callnotes.export import ExportCancelled, ExportResult, PacketTargets, Progress
from callnotes.export.packet_data import PacketOptions
from callnotes.services.backend import DeskProcess, JobCancelled, call
from callnotes.services.desk import Desk
from callnotes.ui.qdates import from_qdate, to_qdate
from callnotes.ui.ui_state import UiState
from callnotes.ui.worker import Job, Worker

PRINT_DPI = 300  # enough for text; printers report far more, which would only make huge page images


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Draw a PDF's pages (the printer's page range, or all) on `printer` as images; returns how many.
    The packet and the letters print this way, so what is printed is what the PDF shows."""
    document = pdfium.PdfDocument(str(path))
    count = len(document)
    first = max(1, printer.fromPage() or 1)
    last = min(count, printer.toPage() or count)
    painter = QPainter(printer)
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for number in range(first - 1, last):
            if number > first - 1:
                printer.newPage()
            page = document[number]
            picture = page.render(scale=dpi / 72).to_pil().convert("RGB")
            image = QImage(
                picture.tobytes(),
                picture.width,
                picture.height,
                picture.width * 3,
                QImage.Format.Format_RGB888,
            )
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(area.x(), area.y(), image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
    return last - first + 1


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
    ) -> None:
        super().__init__(parent)
        self.desk, self.worker, self.debtor_id, self.ui_state = desk, worker, debtor_id, ui_state
        self._job: Job | None = None
        self._closed = False
        self.exported: ExportResult | None = None
        today = desk.today()
        self.setWindowTitle(self.tr("Export packet: %1").replace("%1", debtor_name))

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
        self.out_path = QLineEdit(str(self._default_path(debtor_name, today)), self)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose_path)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_path, 1)
        out_row.addWidget(choose)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, Progress.TOTAL)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_packet)
        self.print_button.clicked.connect(self.print_packet)
        self.cancel_button.clicked.connect(self.cancel_or_close)

        form = QFormLayout()
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("For:"), self.destination)
        form.addRow("", self.attachments)
        form.addRow(self.tr("Save as:"), out_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._set_running(False)
        if ui_state is None or not ui_state.restore_window("export", self):
            self.resize(620, 300)

    def _whole_record_toggled(self, whole: bool) -> None:
        self.date_from.setEnabled(not whole)
        self.date_to.setEnabled(not whole)

    def _default_path(self, debtor_name: str, today: date) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        slug = re.sub(r"\W+", "-", debtor_name).strip("-")[:40] or str(self.debtor_id)
        return Path(folder or Path.home()) / f"packet-{slug}-{today.isoformat()}.pdf"

    def _choose_path(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save packet as"), self.out_path.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.out_path.setText(chosen)

    def options(self) -> PacketOptions:
        """The packet options chosen in the dialog."""
        whole = self.whole_record.isChecked()
        return PacketOptions(
            language=self.language.currentData(),
            destination=self.destination.currentData(),
            period_from=None if whole else from_qdate(self.date_from.date()),
            period_to=None if whole else from_qdate(self.date_to.date()),
            attachments=self.attachments.isChecked(),
        )

    @property
    def running(self) -> bool:
        """An export was started and its outcome has not been shown yet."""
        return self._job is not None

    def start_export(self) -> None:
        """Export as a worker job; progress and the outcome come back on the UI thread."""
        out = Path(self.out_path.text().strip()).expanduser()
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        self.out_path.setText(str(out))
        job = call(Desk.export_packet, self.debtor_id, PacketTargets(filing=out), self.options())
        self.exported = None
        self._set_running(True)
        self.status.setText(self.tr("Exporting…"))
        self._job = self.worker.start(job, self._exported, self._failed, on_progress=self._show_progress)

    def _set_running(self, running: bool) -> None:
        editable = (self.whole_record, self.language, self.destination, self.attachments, self.out_path)
        for widget in (self.export_button, *editable):
            widget.setEnabled(not running)
        self.open_button.setEnabled(not running and self.exported is not None)
        self.print_button.setEnabled(not running and self.exported is not None)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        if running:
            self.progress.setValue(0)

    def _show_progress(self, done: int, total: int) -> None:
        if self._closed:
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finished(self) -> None:
        self._job = None
        self._set_running(False)

    def _exported(self, result: ExportResult) -> None:
        if self._closed:
            return
        self.exported = result
        self._finished()
        self.progress.setValue(self.progress.maximum())
        self.status.setText(
            self.tr("Wrote %1 pages to %2.\nChain head: %3")
            .replace("%1", str(result.pages))
            .replace("%2", str(result.path))
            .replace("%3", result.head)
        )

    def _failed(self, exc: Exception) -> None:
        if self._closed:
            return
        self._finished()
        self.progress.setValue(0)
        if isinstance(exc, ExportCancelled | JobCancelled):
            self.status.setText(self.tr("Export cancelled; no file was written."))
        elif isinstance(exc, CallnotesError):
            self.status.setText(str(exc))
        else:
            self.status.setText(
                self.tr("Something went wrong inside callnotes; no file was written.\n%1").replace(
                    "%1", f"{type(exc).__name__}: {exc}"
                )
            )

    def cancel_or_close(self) -> None:
        """Cancel a running export; otherwise close the dialog."""
        if self._job is not None:
            self._job.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def open_packet(self) -> None:
        """Show the exported PDF in the system's viewer."""
        if self.exported is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported.path)))

    def print_packet(self) -> None:
        """Ask for a printer and pages, then print."""
        if self.exported is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.exported.pages)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            printed = self.print_to(printer)
            self.status.setText(self.tr("Sent %1 pages to the printer.").replace("%1", str(printed)))

    def print_to(self, printer: QPrinter) -> int:
        """Draw the packet's pages (the printer's page range, or all) on `printer`; returns how many."""
        assert self.exported is not None
        return print_pdf(self.exported.path, printer)

    def done(self, result: int) -> None:
        """Closing while exporting cancels the export (it stops at its next step and writes no file)."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._closed = True
        if self.ui_state is not None:
            self.ui_state.save_window("export", self)
        super().done(result)
