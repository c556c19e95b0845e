"""File → Import…: choose the file (its tool guessed from the header and shown, the encoding when it
is not UTF-8), map the columns of a generic file, see every problem and what would be added, then
import all or nothing with a progress bar. Each step runs in the desk process; the window never waits.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callnotes.errors import InputError
from callnotes.services.backend import call
from callnotes.services.desk import Desk
from callnotes.services.imports.profiles import TOOL_NAMES
from callnotes.services.imports.report import ImportReport
from callnotes.services.plain import ImportOptions
from callnotes.ui.formats import Formats
from callnotes.ui.forms.problems import problem_text
from callnotes.ui.importing.mapping_page import MappingPage
from callnotes.ui.importing.preview import PreviewPage
from callnotes.ui.worker import Job, Worker

if TYPE_CHECKING:
    from callnotes.services.imports.files import FilePeek

ENCODINGS = ("utf-8", "cp1252", "cp1253", "iso8859-7")


class ImportDialog(QDialog):
    """The import wizard; `imported` is emitted with the report once the books were imported."""

    imported = Signal(object)

    def __init__(self, worker: Worker, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.formats = worker, formats
        self.peeked: FilePeek | None = None
        self.report: ImportReport | None = None
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Import invoices"))

        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        choose = QPushButton(self.tr("&Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        self.encoding = QComboBox(self)
        for name, title in zip(
            ENCODINGS,
            (
                self.tr("UTF-8 (usual)"),
                self.tr("Windows-1252 (Western Europe)"),
                self.tr("Windows-1253 (Greek)"),
                self.tr("ISO-8859-7 (Greek)"),
            ),
            strict=True,
        ):
            self.encoding.addItem(title, name)
        self.encoding.currentIndexChanged.connect(lambda _i: self._peek())
        self.profile = QComboBox(self)
        for name, title in (*TOOL_NAMES.items(), ("generic", self.tr("Other: map the columns"))):
            self.profile.addItem(title, name)
        self.guessed = QLabel(self)
        self.sample = QTableWidget(self)
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        file_page = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("Exported by:"), self.profile)
        form.addRow("", self.guessed)
        file_layout = QVBoxLayout(file_page)
        file_layout.addLayout(form)
        file_layout.addWidget(self.sample, 1)

        self.mapping = MappingPage(formats, self)
        self.preview = PreviewPage(formats, self)
        self.pages = QStackedWidget(self)
        for page in (file_page, self.mapping, self.preview):
            self.pages.addWidget(page)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(900, 600)
        self._update_buttons()

    # --- step 1: the file ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        """Ask for the CSV file."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the exported file"),
            folder,
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if chosen:
            self.set_file(Path(chosen))

    def set_file(self, path: Path) -> None:
        """Read the first rows of `path` and guess the tool that exported it."""
        self.path.setText(str(path))
        if self.encoding.currentIndex() == 0:
            self._peek()
        else:
            self.encoding.setCurrentIndex(0)  # UTF-8 first again; the change peeks

    def _peek(self) -> None:
        if not self.path.text():
            return
        self.peeked = None
        self.sample.clear()
        self._say("")
        encoding = self.encoding.currentData()
        self._run(
            call(Desk.peek_import, Path(self.path.text()), None if encoding == "utf-8" else encoding),
            self._peeked,
        )

    def _peeked(self, peek: FilePeek) -> None:
        self.peeked = peek
        self.sample.setColumnCount(len(peek.header))
        self.sample.setHorizontalHeaderLabels(list(peek.header))
        self.sample.setRowCount(len(peek.sample))
        for row, cells in enumerate(peek.sample):
            for column, cell in enumerate(cells[: len(peek.header)]):
                self.sample.setItem(row, column, QTableWidgetItem(cell))
        self.profile.setCurrentIndex(self.profile.findData(peek.profile or "generic"))
        self.guessed.setText(
            self.tr("Recognised as an export of %1.").replace("%1", TOOL_NAMES[peek.profile])
            if peek.profile
            else self.tr("Not an export callnotes knows: map its columns in the next step.")
        )
        self._say(self.tr("%1 rows; the first ones are shown as read.").replace("%1", str(peek.rows)))
        self._update_buttons()

    # --- the steps ----------------------------------------------------------------------------------
    def _generic(self) -> bool:
        return bool(self.profile.currentData() == "generic")

    def back(self) -> None:
        """One step back."""
        page = self.pages.currentIndex()
        self.pages.setCurrentIndex(1 if page == 2 and self._generic() else 0)
        self._say("")
        self._update_buttons()

    def next(self) -> None:
        """The mapping for a generic file, else the preview."""
        if self.pages.currentIndex() == 0 and self._generic() and self.peeked is not None:
            self.mapping.set_header(self.peeked.header, self.peeked.mapping)
            self.pages.setCurrentIndex(1)
            self._update_buttons()
            return
        if self.pages.currentIndex() == 1 and self.mapping.missing():
            self._say(self.tr("Choose a column for: %1.").replace("%1", ", ".join(self.mapping.missing())))
            return
        self.pages.setCurrentIndex(2)
        self._run(
            call(Desk.import_books, Path(self.path.text()), self.options(dry_run=True)), self._previewed
        )

    def options(self, *, dry_run: bool) -> ImportOptions:
        """The choices made so far."""
        encoding = self.encoding.currentData()
        mapping: dict[str, Any] | None = self.mapping.mapping() if self._generic() else None
        return ImportOptions(
            self.profile.currentData(), mapping, None if encoding == "utf-8" else encoding, dry_run
        )

    def _previewed(self, report: ImportReport) -> None:
        self.report = report
        self.preview.show_report(report)
        if report.problems:
            self._say(self.tr("Nothing can be imported until these rows are corrected in the file."))
        elif not report.added:
            self._say(self.tr("Nothing new: everything in this file is already in your books."))
        else:
            self._say(self.tr("Nothing has been written yet. Import adds all of this at once."))
        self._update_buttons()

    def start_import(self) -> None:
        """Import for real what the preview showed."""
        self._run(
            call(Desk.import_books, Path(self.path.text()), self.options(dry_run=False)), self._imported
        )

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.preview.show_report(report)
        if report.written:
            self._say(self.preview.summary(report, done=True))
            self.imported.emit(report)
            self.close_button.setText(self.tr("Close"))
            self.report = replace(report, added=())  # imported: nothing is left to import
        self._update_buttons()

    # --- running a step in the desk process ---------------------------------------------------------
    def _run(self, job: Any, done: Any) -> None:
        self.progress.setRange(0, 0)
        self._job = self.worker.start(
            job, lambda result: self._finished(done, result), self._failed, on_progress=self._show_progress
        )
        self._update_buttons()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, done: Any, result: Any) -> None:
        self._job = None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        done(result)

    def _failed(self, exc: Exception) -> None:
        self._job = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._say(problem_text(exc, self.formats) if isinstance(exc, InputError) else str(exc))
        self._update_buttons()

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _update_buttons(self) -> None:
        idle, page = self._job is None, self.pages.currentIndex()
        self.back_button.setEnabled(idle and page > 0)
        self.next_button.setEnabled(idle and page < 2 and self.peeked is not None)
        report = self.report if page == 2 else None
        self.import_button.setEnabled(
            idle and report is not None and report.importable and bool(report.added) and not report.written
        )
        self.import_button.setDefault(self.import_button.isEnabled())
        self.next_button.setDefault(self.next_button.isEnabled())
