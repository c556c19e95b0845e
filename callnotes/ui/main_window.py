"""The main window: the debtor list beside the selected debtor's figures."""

from __future__ import annotations

import getpass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from callnotes import __version__
from callnotes.errors import CallnotesError
from callnotes.services import debtors as debtor_service
from callnotes.services.demo import load_demo
from callnotes.services.interactions import amend_entry
from callnotes.services.record import RecordCheck, check_record
from callnotes.store.access import Store
from callnotes.store.engine import transaction
from callnotes.store.models import Entry
from callnotes.ui.amend_dialog import AmendDialog
from callnotes.ui.debtor_detail import DebtorDetail, DebtorDetailPanel, load_detail
from callnotes.ui.debtor_list import DebtorListPanel
from callnotes.ui.ui_state import UiState
from callnotes.ui.worker import Worker


class MainWindow(QMainWindow):
    """Lists debtors; shows the selected one's balance, invoices and payments."""

    def __init__(
        self, store: Store, ui_state: UiState, ui_locale: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ui_state = ui_state
        self.worker = Worker(self)
        self.setWindowTitle(self.tr("callnotes"))

        self.debtor_list = DebtorListPanel(ui_locale, self)
        self.detail = DebtorDetailPanel(ui_locale, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.debtor_list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([560, 800])
        self.setCentralWidget(self.splitter)
        self.status_location = QLabel(self.tr("Data: %1").replace("%1", str(store.paths.data_dir)), self)
        self.status_location.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.status_location)

        self.debtor_list.debtorSelected.connect(self.load_detail)
        self.debtor_list.loadExampleRequested.connect(self.load_example_data)
        self.detail.history.amendRequested.connect(self.amend_entry)
        self._build_menus()

        if not ui_state.restore_window("main", self):
            self.resize(1280, 720)
        ui_state.restore_splitter("main", self.splitter)
        ui_state.restore_header("main/debtors", self.debtor_list.table.horizontalHeader())
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.load_example_action = QAction(self.tr("Load &example data"), self)
        self.load_example_action.triggered.connect(self.load_example_data)
        file_menu.addAction(self.load_example_action)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh)
        file_menu.addAction(refresh)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        find = QAction(self.tr("&Find debtor"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(lambda: self.debtor_list.filter.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)

        record_menu = self.menuBar().addMenu(self.tr("&Record"))
        verify = QAction(self.tr("&Verify all records"), self)
        verify.setShortcut(QKeySequence("Ctrl+Shift+V"))
        verify.triggered.connect(self.verify_all_records)
        record_menu.addAction(verify)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About callnotes"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _fail(self, exc: Exception) -> None:
        """Show an error: the user's or the environment's as a plain sentence, anything else as a bug."""
        if isinstance(exc, CallnotesError):
            QMessageBox.warning(self, self.tr("callnotes"), str(exc))
        else:
            QMessageBox.critical(
                self,
                self.tr("callnotes: unexpected error"),
                self.tr("Something went wrong inside callnotes. Nothing saved was changed.\n\n%1").replace(
                    "%1", f"{type(exc).__name__}: {exc}"
                ),
            )

    def refresh(self) -> None:
        """Reload the debtor list off the UI thread."""
        sessions = self.store.sessions

        def work() -> list[debtor_service.DebtorSummary]:
            with sessions() as session:
                return debtor_service.list_debtors(session, date.today())

        self.statusBar().showMessage(self.tr("Loading…"))
        self.worker.start(work, self._show_debtors, self._fail)

    def _show_debtors(self, summaries: list[debtor_service.DebtorSummary]) -> None:
        self.statusBar().clearMessage()
        self.debtor_list.set_debtors(summaries)
        self.load_example_action.setEnabled(not summaries)
        if not summaries:
            self.detail.clear()

    def load_detail(self, debtor_id: int) -> None:
        """Load one debtor's figures and record off the UI thread."""
        sessions = self.store.sessions
        self.worker.start(
            lambda: load_detail(sessions, debtor_id, date.today()), self._show_detail, self._fail
        )

    def amend_entry(self, entry: Entry) -> None:
        """Ask for the corrected text and a reason; append the amendment; reload the debtor."""
        dialog = AmendDialog(entry.text, self)
        if not dialog.exec():
            return
        text, reason, sessions = dialog.text.toPlainText(), dialog.reason.text(), self.store.sessions

        def work() -> int:
            with transaction(sessions) as session:
                amend_entry(session, entry.debtor_id, entry.seq, text, reason, author=getpass.getuser())
            return entry.debtor_id

        self.worker.start(work, self.load_detail, self._fail)

    def verify_all_records(self) -> None:
        """Recompute every debtor's chain and say which hold and which do not."""
        sessions = self.store.sessions

        def work() -> list[RecordCheck]:
            with sessions() as session:
                return check_record(session)

        def report(checks: list[RecordCheck]) -> None:
            broken = [c for c in checks if not c.report.ok]
            lines = "\n".join(c.describe() for c in (broken or checks))
            if broken:
                title = self.tr("%1 of %2 records failed the check").replace("%1", str(len(broken)))
                QMessageBox.warning(
                    self, self.tr("Record check"), title.replace("%2", str(len(checks))) + "\n\n" + lines
                )
            else:
                title = self.tr("All %1 records are intact.").replace("%1", str(len(checks)))
                QMessageBox.information(self, self.tr("Record check"), title + "\n\n" + lines)
            selected = self.debtor_list.selected_id()
            if selected is not None:
                self.load_detail(selected)

        self.worker.start(work, report, self._fail)

    def _show_detail(self, detail: DebtorDetail) -> None:
        if self.debtor_list.selected_id() == detail.debtor.id:
            self.detail.show_detail(detail)

    def load_example_data(self) -> None:
        """Load the three example debtors (only into an empty database)."""
        sessions = self.store.sessions

        def work() -> int:
            with transaction(sessions) as session:
                return load_demo(session, date.today())

        self.debtor_list.load_example.setEnabled(False)
        self.statusBar().showMessage(self.tr("Loading example data…"))

        def done(_added: int) -> None:
            self.debtor_list.load_example.setEnabled(True)
            self.refresh()

        def failed(exc: Exception) -> None:
            self.debtor_list.load_example.setEnabled(True)
            self.statusBar().clearMessage()
            self._fail(exc)

        self.worker.start(work, done, failed)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About callnotes"),
            self.tr("callnotes %1\nNotes and records for getting paid by phone.\n\nData folder: %2")
            .replace("%1", __version__)
            .replace("%2", str(self.store.paths.data_dir)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ui_state.save_window("main", self)
        self.ui_state.save_splitter("main", self.splitter)
        self.ui_state.save_header("main/debtors", self.debtor_list.table.horizontalHeader())
        self.ui_state.sync()
        self.worker.wait()
        super().closeEvent(event)
