"""The main window: the debtor list beside the selected debtor's figures."""

from __future__ import annotations

import getpass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from callnotes import __version__
from callnotes.domain.dates import format_moment, local_zone
from callnotes.errors import CallnotesError
from callnotes.services import debtors as debtor_service
from callnotes.services import interactions as calls
from callnotes.services.demo import load_demo
from callnotes.services.interactions import amend_entry
from callnotes.services.record import RecordCheck, check_record
from callnotes.services.validation import display_phone, phone
from callnotes.store.access import Store
from callnotes.store.engine import transaction
from callnotes.store.models import Entry, Interaction
from callnotes.ui.amend_dialog import AmendDialog
from callnotes.ui.debtor_detail import DebtorDetail, DebtorDetailPanel, load_detail
from callnotes.ui.debtor_list import DebtorListPanel
from callnotes.ui.export_dialog import ExportDialog
from callnotes.ui.i18n import LANGUAGE_NAMES, SYSTEM
from callnotes.ui.log_dialog import LogDialog
from callnotes.ui.ui_state import UiState
from callnotes.ui.worker import Worker
from callnotes.ui.workspace.workspace import CallWorkspace

WAIT_CHOICES = (0, 2, 3, 5)


class MainWindow(QMainWindow):
    """Lists debtors; shows the selected one's balance, invoices and payments."""

    languageChosen = Signal(str)

    def __init__(
        self, store: Store, ui_state: UiState, ui_locale: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ui_state = ui_state
        self.ui_locale = ui_locale
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
        self.workspace = CallWorkspace(store, ui_state, ui_locale, self)
        self.workspace.finished.connect(self._call_finished)
        self.workspace.logRequested.connect(self.log_contact)
        self.recovery = QFrame(self)
        self.recovery.setObjectName("recoveryBanner")
        self.recovery.setStyleSheet("#recoveryBanner { background: #fff3cd; color: #5c4400; }")
        self.recovery_text = QLabel(self.recovery)
        self.recovery_text.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery_text.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Resume the call"), self.recovery)
        self.resume_button.clicked.connect(self.resume_unfinished)
        banner = QHBoxLayout(self.recovery)
        banner.addWidget(self.recovery_text, 1)
        banner.addWidget(self.resume_button)
        self.recovery.hide()
        self._recoverable: int | None = None
        debtors_page = QWidget(self)
        page_layout = QVBoxLayout(debtors_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.recovery)
        page_layout.addWidget(self.splitter, 1)
        self.debtors_page = debtors_page
        self.pages = QStackedWidget(self)
        self.pages.addWidget(debtors_page)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)
        self._offered_recovery = False
        self._select_after_refresh: int | None = None
        self._layout_restored = False
        self.status_location = QLabel(self.tr("Data: %1").replace("%1", str(store.paths.data_dir)), self)
        self.status_location.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.status_location)

        self.debtor_list.debtorSelected.connect(self.load_detail)
        self.debtor_list.loadExampleRequested.connect(self.load_example_data)
        self.debtor_list.table.activated.connect(lambda _index: self.start_call())
        self.detail.history.amendRequested.connect(self.amend_entry)
        self.detail.callRequested.connect(lambda: self.start_call())
        self._build_menus()

        if not ui_state.restore_window("main", self):
            self.resize(1280, 720)
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
        self.export_action = QAction(self.tr("E&xport packet…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_packet)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        call_menu = self.menuBar().addMenu(self.tr("&Call"))
        self.start_call_action = QAction(self.tr("&Start call"), self)
        self.start_call_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.start_call_action.triggered.connect(lambda: self.start_call())
        call_menu.addAction(self.start_call_action)
        self.log_action = QAction(self.tr("&Log contact…"), self)
        self.log_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.log_action.triggered.connect(lambda: self.log_contact(self.debtor_list.selected_id()))
        call_menu.addAction(self.log_action)
        wait_menu = call_menu.addMenu(self.tr("&Wait cue after the debtor speaks"))
        group = QActionGroup(self)
        for seconds in WAIT_CHOICES:
            text = self.tr("Off") if seconds == 0 else self.tr("%1 seconds").replace("%1", str(seconds))
            choice = QAction(text, self, checkable=True)
            choice.setChecked(seconds == self.workspace.wait_seconds)
            choice.triggered.connect(lambda _checked=False, s=seconds: self._set_wait(s))
            group.addAction(choice)
            wait_menu.addAction(choice)
        self.debtor_page_actions = [self.start_call_action, self.log_action]

        find = QAction(self.tr("&Find debtor"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(lambda: self.debtor_list.filter.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)
        self.debtor_page_actions.append(find)

        record_menu = self.menuBar().addMenu(self.tr("&Record"))
        verify = QAction(self.tr("&Verify all records"), self)
        verify.setShortcut(QKeySequence("Ctrl+Shift+V"))
        verify.triggered.connect(self.verify_all_records)
        record_menu.addAction(verify)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        languages = QActionGroup(self)
        chosen = str(self.ui_state.value("ui/language", SYSTEM))
        for code, name in [(SYSTEM, self.tr("System language")), *LANGUAGE_NAMES.items()]:
            choice = QAction(name, self, checkable=True)
            choice.setChecked(code == chosen)
            choice.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            languages.addAction(choice)
            language_menu.addAction(choice)

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
        if self._select_after_refresh is not None:
            self.debtor_list.select(self._select_after_refresh)
            self._select_after_refresh = None
        if not self._offered_recovery:
            self._offered_recovery = True
            self.offer_recovery()
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
                return load_demo(session, date.today(), self.store.paths)

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

    # --- calls ------------------------------------------------------------------------------------
    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        on_debtors = page is self.debtors_page
        for action in self.debtor_page_actions:  # the workspace has its own keys; avoid ambiguous shortcuts
            action.setEnabled(on_debtors)

    def _set_wait(self, seconds: int) -> None:
        self.workspace.wait_seconds = seconds
        self.ui_state.set_value("workspace/wait_seconds", seconds)

    def _choose_number(self, debtor_id: int) -> tuple[int | None, str] | None:
        """The person and number to call: asked for when there is a choice or no number on file."""
        with self.store.sessions() as session:
            debtor = debtor_service.get_debtor(session, debtor_id)
            people = list(debtor_service.people_of(session, debtor_id))
        options = [
            (
                p.id,
                number,
                f"{p.name} ({p.role}) · {display_phone(number)}"
                if p.role
                else f"{p.name} · {display_phone(number)}",
            )
            for p in people
            for number in (p.phone, p.mobile)
            if number
        ]
        if len(options) == 1:
            return options[0][0], options[0][1]
        if options:
            captions = [caption for _, _, caption in options]
            chosen, ok = QInputDialog.getItem(
                self, self.tr("Start call"), self.tr("Who do you call?"), captions, 0, False
            )
            return (options[captions.index(chosen)][0], options[captions.index(chosen)][1]) if ok else None
        while True:
            typed, ok = QInputDialog.getText(self, self.tr("Start call"), self.tr("Number to call:"))
            if not ok:
                return None
            try:
                return None, phone(typed, debtor.country) or ""
            except CallnotesError as exc:
                QMessageBox.warning(self, self.tr("Start call"), str(exc))

    def start_call(self, debtor_id: int | None = None) -> None:
        """Open the call workspace on a new call with the selected debtor."""
        debtor_id = debtor_id if debtor_id is not None else self.debtor_list.selected_id()
        if debtor_id is None:
            return
        choice = self._choose_number(debtor_id)
        if choice is None:
            return
        person_id, number = choice
        try:
            with transaction(self.store.sessions) as session:
                interaction = calls.start_interaction(
                    session, debtor_id, "call", person_id=person_id, address_used=number
                )
        except CallnotesError as exc:
            self._fail(exc)
            return
        self.open_call(interaction.id or 0)

    def open_call(self, interaction_id: int) -> None:
        self.workspace.open_call(interaction_id)
        self._show_page(self.workspace)

    def _call_finished(self, debtor_id: int) -> None:
        self._show_page(self.debtors_page)
        self.offer_recovery()
        self.statusBar().showMessage(self.tr("Call saved to the record."), 5000)
        self.refresh()
        self.debtor_list.select(debtor_id)
        self.load_detail(debtor_id)

    def offer_recovery(self) -> None:
        """After a crash or a killed process, offer the unfinished call back, with every line, in a banner."""
        with self.store.sessions() as session:
            unfinished = [
                (
                    i,
                    debtor_service.get_debtor(session, i.debtor_id).name,
                    len(calls.draft_lines(session, i.id or 0)),
                )
                for i in calls.open_interactions(session)
                if i.kind == "call"
            ]
        if not unfinished:
            self.recovery.hide()
            return
        interaction, name, lines = unfinished[-1]
        self._recoverable = interaction.id
        self.recovery_text.setText(
            self.tr("A call with %1 started at %2 was not ended (%3 lines saved).")
            .replace("%1", name)
            .replace("%2", format_moment(interaction.started_at, local_zone(), self.ui_locale))
            .replace("%3", str(lines))
        )
        self.recovery.show()

    def resume_unfinished(self) -> None:
        if self._recoverable is not None:
            self.recovery.hide()
            self.open_call(self._recoverable)

    def log_contact(self, debtor_id: int | None) -> None:
        """Record an e-mail, letter, visit or message, with attachments."""
        if debtor_id is None:
            return
        with self.store.sessions() as session:
            people = list(debtor_service.people_of(session, debtor_id))
        dialog = LogDialog(people, self)
        if not dialog.exec():
            return
        from callnotes.services.attachments import add_attachment

        try:
            with transaction(self.store.sessions) as session:
                logged: Interaction = calls.log_interaction(
                    session,
                    debtor_id,
                    dialog.kind.currentData(),
                    at=dialog.moment,
                    outcome=dialog.outcome.currentData(),
                    summary=dialog.summary.toPlainText().strip(),
                    person_id=dialog.person.currentData(),
                    address_used=dialog.address.text().strip(),
                    direction=dialog.direction.currentData(),
                    reference=dialog.reference.text().strip(),
                    next_action_on=dialog.next_action_on,
                    author=getpass.getuser(),
                )
                for path in dialog.attachments:
                    add_attachment(
                        session,
                        self.store.paths,
                        debtor_id,
                        path,
                        interaction_id=logged.id,
                        author=getpass.getuser(),
                    )
        except (CallnotesError, OSError) as exc:
            self._fail(exc)
            return
        self.statusBar().showMessage(self.tr("Contact logged."), 5000)
        if self.pages.currentWidget() is self.workspace:
            self.workspace.reload_facts()
        else:
            self.load_detail(debtor_id)

    def export_packet(self) -> None:
        """Open Export packet… for the selected debtor."""
        debtor_id = self.debtor_list.selected_id()
        if debtor_id is None:
            self.statusBar().showMessage(self.tr("Select a debtor to export a packet."), 5000)
            return
        with self.store.sessions() as session:
            debtor = debtor_service.get_debtor(session, debtor_id)
        dialog = ExportDialog(self.store, debtor_id, debtor.name, debtor.language, self.ui_state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _choose_language(self, choice: str) -> None:
        self.ui_state.set_value("ui/language", choice)
        self.languageChosen.emit(choice)

    def handover(self) -> tuple[int | None, int | None]:
        """Save what is being typed; return the selected debtor and the open call, for a new window."""
        self.workspace.save_pending()
        interaction = self.workspace.interaction
        return self.debtor_list.selected_id(), interaction.id if interaction else None

    def take_over(self, debtor_id: int | None, interaction_id: int | None) -> None:
        """Continue where the previous window was: the same debtor selected, the same call open."""
        self._offered_recovery = interaction_id is not None
        if interaction_id is not None:
            self.open_call(interaction_id)
        if debtor_id is not None:
            self._select_after_refresh = debtor_id

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About callnotes"),
            self.tr("callnotes %1\nNotes and records for getting paid by phone.\n\nData folder: %2")
            .replace("%1", __version__)
            .replace("%2", str(self.store.paths.data_dir)),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_restored:  # after the first layout, so the sizes are not scaled again
            self._layout_restored = True
            self.ui_state.restore_splitter("main", self.splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ui_state.save_window("main", self)
        self.ui_state.save_splitter("main", self.splitter)
        self.ui_state.save_header("main/debtors", self.debtor_list.table.horizontalHeader())
        self.ui_state.sync()
        self.worker.wait()
        super().closeEvent(event)
