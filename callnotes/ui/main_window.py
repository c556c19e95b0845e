"""The main window: the debtor list beside the selected debtor's figures.

At start the window is shown before its parts are built (`build_once_painted`): this module imports
only Qt and light modules, and its parts (the lists, the call workspace, the dialogs: Babel and the
rest of the interface) are imported when they are built, after the first paint, or when first opened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore  # QtCore.Qt: its namespace takes ~15 ms to build, not needed before the paint
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from callnotes.errors import DamagedDatabaseError, InputError
from callnotes.services.backend import DeskProcess, call
from callnotes.ui.i18n import LANGUAGE_NAMES, SYSTEM
from callnotes.ui.ui_state import UiState

if TYPE_CHECKING:
    from callnotes.services.desk import Desk
else:

    class _Desk:
        """The Desk's methods, for `call(Desk.method, …)`: services.desk (a thousand lines) is imported
        when one is first named, after the window has been painted, not before."""

        def __getattr__(self, name: str) -> Any:
            from callnotes.services.desk import Desk

            return getattr(Desk, name)

    Desk = _Desk()

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
    from PySide6.QtWidgets import (
        QFrame,
        QHBoxLayout,
        QInputDialog,
        QLabel,
        QMessageBox,
        QPushButton,
        QSplitter,
        QStackedWidget,
        QVBoxLayout,
    )

    from callnotes.domain.account import DebtorProfile, PersonInfo
    from callnotes.domain.allocation import OpenInvoice
    from callnotes.domain.contact_rules import GuardOverride
    from callnotes.domain.entries import JournalEntry
    from callnotes.domain.search import SearchHit
    from callnotes.services.backups import RestoreResult
    from callnotes.services.imports.report import ImportReport
    from callnotes.services.record import RecordAudit, RecordState
    from callnotes.services.views import DebtorView, OpenCall, UnfinishedCall
    from callnotes.ui.contact_guard import Proceed
    from callnotes.ui.importing.import_dialog import ImportDialog
    from callnotes.ui.search_window import SearchWindow

WAIT_CHOICES = (0, 2, 3, 5)
MAX_LINES = 30  # of a record check's report shown in its message box
REST_AFTER_LIST_MS = 30
REST_AFTER_MS = 1500  # at start: the window's parts are built once the list shows, or after this
START_PAGE = "main/page"  # the page the window was last left on (ui_state): "agenda" or "debtors"


def _name_qt_classes() -> None:
    """Name the Qt classes of the window's parts, once it has been painted: Qt builds a class's enums
    when it is first named (~8 ms for these), and the first paint needs none of them."""
    global QAction, QActionGroup, QKeySequence, QFrame, QHBoxLayout, QInputDialog, QLabel, QMessageBox
    global QPushButton, QSplitter, QStackedWidget, QVBoxLayout
    from PySide6.QtGui import QAction, QActionGroup, QKeySequence
    from PySide6.QtWidgets import (
        QFrame,
        QHBoxLayout,
        QInputDialog,
        QLabel,
        QMessageBox,
        QPushButton,
        QSplitter,
        QStackedWidget,
        QVBoxLayout,
    )


@dataclass(frozen=True)
class Handover:
    """What a window rebuilt in another language takes over: the selection, the open call, the typing."""

    debtor_id: int | None
    interaction_id: int | None
    typing: str


class MainWindow(QMainWindow):
    """Lists debtors; shows the selected one's balance, invoices and payments."""

    languageChosen = Signal(str)

    def __init__(
        self,
        desk: DeskProcess,
        ui_state: UiState,
        ui_locale: str | Callable[[], str],
        parent: QWidget | None = None,
        *,
        build: bool = True,
    ) -> None:
        """The window at its saved place and size, with its parts (without them when `build` is False:
        `build` or `build_once_painted` adds them). `ui_locale` is the Babel locale of its amounts and
        dates, or what gives it when the parts are built (finding it loads Babel)."""
        super().__init__(parent)
        self.desk = desk
        self.ui_state = ui_state
        self.ui_locale = ui_locale
        self.built = False  # all its parts
        self._building = False
        self._early_failures: list[Exception] = []
        self._before_build: Callable[[], None] | None = None
        self._start_page_chosen = False  # at start: the agenda once there is data, or the list if left on it
        self.setWindowTitle(self.tr("callnotes"))
        if not ui_state.restore_window("main", self):
            self.resize(1280, 720)
        if build:
            self.build()

    def build_once_painted(self, first: Callable[[], None] | None = None) -> None:
        """Build the parts once the window has been painted: shown at once at start, filled in after;
        `first` is called just before (the app starts the desk process then)."""
        self._before_build = first
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self.built:
            self.removeEventFilter(self)
            if self._before_build is not None:
                QTimer.singleShot(0, self._before_build)
            QTimer.singleShot(0, self._build_in_steps)  # after the paint has reached the screen
        return super().eventFilter(watched, event)

    def build(self) -> None:
        """Build the lists, the call workspace, the actions and the menus, and ask the desk for the data."""
        if not self._building:
            self._building = True
            self._build_list()
            self._build_rest()

    def _build_in_steps(self) -> None:
        """Build the debtor list and ask for its first page, the detail panel in the next event-loop
        turn, and the rest once the page has been shown (or after REST_AFTER_MS without it): the page
        is shown as soon as it comes, and the desk has the processor to itself meanwhile."""
        if self._building:
            return
        self._building = True
        self._build_list()  # the detail panel with the rest: the list's page is shown first
        QTimer.singleShot(REST_AFTER_MS, self._build_rest_once)

    def _build_rest_once(self) -> None:
        if not self.built:
            self._build_rest()

    def _build_list(self) -> None:
        """The debtor list in the window, asking the desk for its first page."""
        from callnotes.ui.debtor_list import DebtorListPanel
        from callnotes.ui.formats import Formats
        from callnotes.ui.worker import Worker

        _name_qt_classes()
        desk = self.desk
        locale = self.ui_locale if isinstance(self.ui_locale, str) else self.ui_locale()
        self.formats = Formats(locale, desk.clock.zone)
        self.worker = Worker(desk, self._fail, self)
        self.debtor_list = DebtorListPanel(self.formats, self.worker, self)
        self.splitter = QSplitter(QtCore.Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.debtor_list)
        self.splitter.addWidget(QWidget(self))  # the detail panel's place, until it is built
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([560, 800])
        debtors_page = QWidget(self)
        page_layout = QVBoxLayout(debtors_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.splitter, 1)
        self.debtors_page = debtors_page
        self.pages = QStackedWidget(self)
        self.pages.addWidget(debtors_page)
        self._starting = QWidget(self)  # blank, while the agenda is built at start (no list shown before)
        self.pages.addWidget(self._starting)
        if self._starts_on_agenda():  # the list shows only if there turns out to be no data
            self.pages.setCurrentWidget(self._starting)
        central = QWidget(self)  # the recovery banner above every page but the call's
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.ui_state.restore_header("main/debtors", self.debtor_list.table.horizontalHeader())
        self.debtor_list.restored_header()
        self._shown_early: int | None = None
        self.debtor_list.shown.connect(self._list_shown)
        self.statusBar().showMessage(self.tr("Loading…"))
        # the pages' keys work from now: at start the list is a key away while the agenda is being built
        self.agenda_action = QAction(self.tr("&Agenda: who to contact today"), self)
        self.agenda_action.setShortcut(QKeySequence("Ctrl+1"))
        self.agenda_action.triggered.connect(lambda: self._show_page(self.agenda) if self.built else None)
        self.debtors_action = QAction(self.tr("All &debtors"), self)
        self.debtors_action.setShortcut(QKeySequence("Ctrl+2"))
        self.debtors_action.triggered.connect(self._show_list)
        self.addActions([self.agenda_action, self.debtors_action])
        self.debtor_list.reload()

    def _show_list(self) -> None:
        """Ctrl+2: the list of debtors (at start, before the rest of the window is built, too: then
        it is the start page)."""
        if self.built:
            self._show_page(self.debtors_page)
            return
        self._start_page_chosen = True
        self.pages.setCurrentWidget(self.debtors_page)
        self.ui_state.set_value(START_PAGE, "debtors")

    def _list_shown(self, count: int) -> None:
        if self.built:
            self._show_debtors(count)
        else:
            self._shown_early = count  # acted on once the window's parts are there
            if not (count and self._starts_on_agenda()):  # else blank until the agenda is there
                self.pages.setCurrentWidget(self.debtors_page)
                self.debtor_list.table.viewport().repaint()  # the rows on screen before the rest is built
            QTimer.singleShot(REST_AFTER_LIST_MS, self._build_rest_once)  # what waits is served first

    def _starts_on_agenda(self) -> bool:
        """Whether the start page, once there is data, is the agenda: unless the window was last left on
        the list of debtors (then it opens on the list, which shows first)."""
        return not self._start_page_chosen and self.ui_state.value(START_PAGE, "agenda") != "debtors"

    def _agenda_wanted(self) -> bool:
        """Whether the agenda is read now: it shows, or it may be the start page."""
        return self.pages.currentWidget() is self.agenda or self._starts_on_agenda()

    def _build_detail(self) -> None:
        """The selected debtor's panel, beside the list."""
        from callnotes.ui.debtor_detail import DebtorDetailPanel

        self.detail = DebtorDetailPanel(self.formats, self, self.worker)
        place = self.splitter.replaceWidget(1, self.detail)
        if place is not None:
            place.deleteLater()

    def _build_rest(self) -> None:
        """The call workspace, the agenda, the actions and the menus; then what the list showed
        meanwhile is acted on as if it had come now."""
        from callnotes.ui.agenda import AgendaPage
        from callnotes.ui.backups import BackupActions
        from callnotes.ui.documents import DocumentActions
        from callnotes.ui.entry.actions import EntryActions
        from callnotes.ui.letter_actions import LetterActions
        from callnotes.ui.person_data import PersonDataActions
        from callnotes.ui.record_check import BackgroundCheck
        from callnotes.ui.workspace.workspace import CallWorkspace

        self._build_detail()
        desk, ui_state = self.desk, self.ui_state
        self.status_location = QLabel(self.tr("Data: %1").replace("%1", str(desk.paths.data_dir)), self)
        self.status_location.setTextFormat(
            QtCore.Qt.TextFormat.PlainText
        )  # Qt's namespace: ~15 ms, not before
        self.statusBar().addPermanentWidget(self.status_location)
        self.workspace = CallWorkspace(desk, self.worker, ui_state, self.formats, self)
        self.workspace.finished.connect(self._call_finished)
        self.workspace.summaryOffered.connect(self._offer_summary)
        self.workspace.logRequested.connect(self.log_contact)
        self.workspace.searchRequested.connect(self.open_search)  # its Ctrl+F, during a call
        self.search: SearchWindow | None = None  # made when first asked for
        self._entry_to_show: tuple[int, int] | None = None  # debtor, entry: a hit shown once loaded
        self.workspace.failed.connect(self._fail)
        self.workspace.failed.connect(self._stay_open)
        self._close_after_call = False  # "End the call now" on closing: the window closes once it has ended
        self._quitting = False  # File ▸ Quit: a close the user asked for, like the window's close button
        self.recovery = QFrame(self)
        self.recovery.setObjectName("recoveryBanner")
        self.recovery.setStyleSheet("#recoveryBanner { background: #fff3cd; color: #5c4400; }")
        self.recovery_text = QLabel(self.recovery)
        self.recovery_text.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.recovery_text.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Resume the call"), self.recovery)
        self.resume_button.clicked.connect(self.resume_unfinished)
        banner = QHBoxLayout(self.recovery)
        banner.addWidget(self.recovery_text, 1)
        banner.addWidget(self.resume_button)
        self.recovery.hide()
        self._recoverable: int | None = None
        self.agenda = AgendaPage(self.worker, self.formats, desk.clock.today, self)
        self.agenda.openRequested.connect(self.open_debtor)
        self.agenda.currentChanged.connect(self._agenda_row_changed)
        self.agenda.debtorsRequested.connect(lambda: self._show_page(self.debtors_page))
        self.agenda.failed.connect(self._fail)
        self.agenda.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._before_call: QWidget = self.debtors_page  # the page a call returns to
        self.pages.addWidget(self.workspace)
        self.pages.addWidget(self.agenda)
        self._central_layout.insertWidget(0, self.recovery)
        self._recovery_wanted = False
        self._offered_recovery = False
        self._select_after_refresh: int | None = None
        self._after_refresh = ""  # a message for the status bar once the list is shown again
        self._layout_restored = False
        self.entry = EntryActions(
            self, self.worker, self.formats, self.detail, desk.clock.today, now=desk.clock.now
        )
        self.entry.changed.connect(self._data_changed)
        self.entry.debtorAdded.connect(self._debtor_added)
        self.entry.exampleRequested.connect(self.load_example_data)
        self.documents = DocumentActions(self, self.worker, self.formats, self.detail)
        self.documents.attached.connect(self._documents_attached)
        self.letters = LetterActions(self, self.worker, self.formats, self.detail, desk.clock.now, ui_state)
        self.letters.sent.connect(self._documents_attached)  # said, the list and the debtor shown again
        self.letters.hint.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.agenda.table.addAction(self.letters.write_action)  # the reminder or demand a line suggests
        self.person_data = PersonDataActions(self, self.worker, self.formats, self.detail, self._fail)
        self.person_data.deleted.connect(self._debtor_deleted)
        self.backups = BackupActions(self, self.worker, self.formats, desk, self.statusBar().showMessage)
        self.backups.restored.connect(self._after_restore)
        self.statusBar().addWidget(self.backups.warning)
        self.record_check = BackgroundCheck(self.worker, self.statusBar(), self._fail)
        self.record_check.checked.connect(self._record_checked)
        self.debtor_list.debtorSelected.connect(self.load_detail)
        self.debtor_list.loadExampleRequested.connect(self.load_example_data)
        self.debtor_list.addDebtorRequested.connect(self.entry.add_debtor)
        self.debtor_list.importRequested.connect(self.import_books)
        self.debtor_list.nothingSelected.connect(self._nothing_selected)
        self.debtor_list.table.activated.connect(lambda _index: self.start_call())
        self.detail.history.amendRequested.connect(self.amend_entry)
        self.detail.callRequested.connect(lambda: self.start_call())
        self._build_menus()
        self.built = True

        if self.isVisible() and self.pages.currentWidget() is self.debtors_page:
            self._restore_layout()  # built after it was shown
        self.agenda.invalidate(now=self._agenda_wanted())
        if self._shown_early is not None:  # the list's first page came while the rest was built
            self._show_debtors(self._shown_early)
            selected = self.debtor_list.selected_id()
            if selected is not None:
                self.load_detail(selected)
            else:
                self._nothing_selected()
        for exc in self._early_failures:
            self._fail(exc)
        self._early_failures.clear()
        self.backups.automatic(only_if_due=True)  # at start, when the last automatic backup is a day old

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.load_example_action = QAction(self.tr("Load &example data"), self)
        self.load_example_action.triggered.connect(self.load_example_data)
        file_menu.addAction(self.load_example_action)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh)
        file_menu.addAction(refresh)
        self.import_action = QAction(self.tr("&Import invoices…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(lambda: self.import_books())
        file_menu.addAction(self.import_action)
        self.export_action = QAction(self.tr("E&xport packet…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_packet)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        for action in (
            self.backups.back_up_action,
            self.backups.restore_action,
            self.backups.folder_action,
            self.backups.check_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.entry.settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.quit)
        file_menu.addAction(quit_action)

        debtor_menu = self.menuBar().addMenu(self.tr("&Debtor"))
        for action in self.entry.debtor_actions:
            debtor_menu.addAction(action)
        debtor_menu.addAction(self.documents.attach_debtor)
        debtor_menu.addMenu(self.letters.menu)
        debtor_menu.addSeparator()
        for action in self.person_data.actions:
            debtor_menu.addAction(action)

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
        self.debtor_page_actions = [
            self.start_call_action,
            self.log_action,
            *self.entry.debtor_actions,
            self.documents.attach_debtor,
            *self.letters.actions,
            self.backups.restore_action,  # not while a call is open in the workspace
        ]

        find = QAction(self.tr("&Find debtor"), self)
        find.setShortcut(QKeySequence("Ctrl+K"))  # Ctrl+F searches everything
        find.triggered.connect(self._find_debtor)
        self.addAction(find)
        self.debtor_page_actions.append(find)
        self.search_action = QAction(self.tr("&Search everything…"), self)
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)  # from any widget
        self.search_action.triggered.connect(self.open_search)
        self.debtor_page_actions.append(self.search_action)  # during a call the workspace's Ctrl+F asks

        record_menu = self.menuBar().addMenu(self.tr("&Record"))
        record_menu.addAction(self.search_action)
        verify = QAction(self.tr("&Verify all records"), self)
        verify.setShortcut(QKeySequence("Ctrl+Shift+V"))
        verify.triggered.connect(self.verify_all_records)
        record_menu.addAction(verify)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions([self.agenda_action, self.debtors_action])
        view_menu.addSeparator()
        self.debtor_page_actions += [self.agenda_action, self.debtors_action]  # not during a call (Ctrl+1…4)
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
        from callnotes.ui.forms.problems import error_text

        if not self.built:  # an answer before the window's parts are there: said once they are
            self._early_failures.append(exc)
            return
        if isinstance(exc, DamagedDatabaseError):  # the backups to restore, instead of an error
            self.backups.offer_backups(str(exc))
        elif (text := error_text(exc, self.formats)) is not None:
            QMessageBox.warning(self, self.tr("callnotes"), text)
        else:
            QMessageBox.critical(
                self,
                self.tr("callnotes: unexpected error"),
                self.tr("Something went wrong inside callnotes. Nothing saved was changed.\n\n%1").replace(
                    "%1", f"{type(exc).__name__}: {exc}"
                ),
            )

    def refresh(self) -> None:
        """Reload the debtor list and the agenda."""
        self.statusBar().showMessage(self.tr("Loading…"))
        self.debtor_list.reload()
        self.agenda.invalidate(now=self._agenda_wanted())

    def _show_debtors(self, count: int) -> None:
        if self._after_refresh:
            self.statusBar().showMessage(self._after_refresh, 4000)
            self._after_refresh = ""
        else:
            self.statusBar().clearMessage()
        if not self._offered_recovery:
            self._offered_recovery = True
            self.offer_recovery()
            self.record_check.start()  # every chain checked once, in the background: then trusted
            if not count:
                self.worker.start(call(Desk.welcome_needed), self._welcome)
        if not self._start_page_chosen and count:  # with data, the day starts with who to contact
            agenda = self._starts_on_agenda()
            self._start_page_chosen = True
            if agenda and self.pages.currentWidget() in (self.debtors_page, self._starting):
                self._show_page(self.agenda)
        if self.pages.currentWidget() is self._starting:
            self._show_page(self.debtors_page)
        if self._select_after_refresh is not None:
            self.debtor_list.select(self._select_after_refresh)
            self._select_after_refresh = None
        self.load_example_action.setEnabled(not count)

    def _nothing_selected(self) -> None:
        self.detail.clear()
        self.entry.update()

    def _welcome(self, needed: bool) -> None:
        """On a first start, ask about the business and the user (or offer the example instead)."""
        if needed:
            self.entry.open_settings(welcome=True)

    def _data_changed(self, debtor_id: int) -> None:
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        self._refresh_line(debtor_id)
        self.load_detail(debtor_id)

    def _refresh_line(self, debtor_id: int) -> None:
        """Only this debtor changed: its line of the list is read again (not the list), the agenda later."""
        self.debtor_list.refresh_line(debtor_id)
        self.debtor_list.select(debtor_id)
        self.agenda.invalidate(now=self._agenda_wanted())

    def _documents_attached(self, debtor_id: int, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        self._after_refresh = message
        self._select_after_refresh = debtor_id
        self.refresh()
        self.load_detail(debtor_id)

    def _debtor_deleted(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        self._after_refresh = message
        self.detail.clear()
        self.entry.update()
        self.refresh()

    def _debtor_added(self, debtor_id: int) -> None:
        self._select_after_refresh = debtor_id
        self.debtor_list.show_archived.blockSignals(True)  # `refresh` lists again, once
        self.debtor_list.show_archived.setChecked(False)
        self.debtor_list.show_archived.blockSignals(False)
        self.refresh()

    def load_detail(self, debtor_id: int) -> None:
        """Load one debtor's figures and record, then check the record's chain."""
        self.worker.start(call(Desk.debtor, debtor_id), self._show_detail)

    def _show_detail(self, detail: DebtorView) -> None:
        debtor_id = detail.debtor.id
        if self.debtor_list.selected_id() == debtor_id:
            self.detail.show_detail(detail)
            if self._entry_to_show is not None and self._entry_to_show[0] == debtor_id:
                self._show_entry(self._entry_to_show[1])
            self.entry.update()
            self.worker.start(call(Desk.record_state, debtor_id), self._show_record_check)
            self.worker.start(
                call(Desk.attachments, debtor_id),
                lambda documents: self.detail.show_documents(debtor_id, documents),
            )

    def _record_checked(self) -> None:
        """The shown debtor's record state again, now that its chain was checked in full."""
        debtor_id = self.detail.debtor_id
        if debtor_id is not None:
            self.worker.start(call(Desk.record_state, debtor_id), self._show_record_check)

    def _show_record_check(self, state: RecordState) -> None:
        if self.detail.debtor_id == state.debtor_id:
            self.detail.show_record_state(state)

    def amend_entry(self, entry: JournalEntry) -> None:
        """Ask for the corrected text and a reason; append the amendment; reload the debtor."""
        from callnotes.ui.amend_dialog import AmendDialog

        debtor_id = self.detail.debtor_id
        if debtor_id is None:
            return
        dialog = AmendDialog(entry.text, self)
        if not dialog.exec():
            return
        text, reason = dialog.text.toPlainText(), dialog.reason.text()
        self.worker.start(
            call(Desk.amend, debtor_id, entry.seq, text, reason),
            lambda _: self.load_detail(debtor_id),
        )

    def verify_all_records(self) -> None:
        """Recompute every debtor's chain and say which hold and which do not."""

        def first(lines: list[str]) -> str:
            shown = "\n".join(lines[:MAX_LINES])
            if len(lines) > MAX_LINES:
                shown += "\n" + self.tr("… and %1 more").replace("%1", str(len(lines) - MAX_LINES))
            return shown

        def report(result: RecordAudit) -> None:
            checks = result.checks
            broken = [c for c in checks if not c.ok]
            problems = result.failures
            if broken or problems:
                if broken:
                    title = self.tr("%1 of %2 records failed the check").replace("%1", str(len(broken)))
                    title = title.replace("%2", str(len(checks)))
                else:
                    title = self.tr("The check found %1 problems.").replace("%1", str(len(problems)))
                found = first([f.describe() for f in problems])
                records = first([c.describe() for c in broken])
                text = "\n\n".join(part for part in (title, records, found) if part)
                QMessageBox.warning(self, self.tr("Record check"), text)
            else:
                title = self.tr("All %1 records are intact.").replace("%1", str(len(checks)))
                lines = first([c.describe() for c in checks])
                QMessageBox.information(self, self.tr("Record check"), title + "\n\n" + lines)
            selected = self.debtor_list.selected_id()
            if selected is not None:
                self.load_detail(selected)

        self.record_check.stop()  # this check replaces the one in the background, and reports
        checking = self.tr("Checking every record…")
        self.statusBar().showMessage(checking)

        def progressed(done: int, total: int) -> None:
            self.statusBar().showMessage(f"{checking} {100 * done // max(total, 1)} %")

        def checked(result: RecordAudit) -> None:
            self.statusBar().clearMessage()
            report(result)

        self.worker.start(call(Desk.check_records), checked, on_progress=progressed)

    def load_example_data(self) -> None:
        """Load the three example debtors (only into an empty database)."""
        self.debtor_list.load_example.setEnabled(False)
        self.statusBar().showMessage(self.tr("Loading example data…"))

        def done(_added: int) -> None:
            self.debtor_list.load_example.setEnabled(True)
            self._start_page_chosen = False  # now there is data: show the agenda
            self.ui_state.set_value(START_PAGE, "agenda")
            self.refresh()

        def failed(exc: Exception) -> None:
            self.debtor_list.load_example.setEnabled(True)
            self.statusBar().clearMessage()
            self._fail(exc)

        self.worker.start(call(Desk.load_example), done, failed)

    # --- calls ------------------------------------------------------------------------------------
    def _show_page(self, page: QWidget) -> None:
        if page is self.workspace and self.pages.currentWidget() is not self.workspace:
            self._before_call = self.pages.currentWidget() or self.debtors_page
        self.pages.setCurrentWidget(page)
        if page is self.agenda or page is self.debtors_page:
            self.ui_state.set_value(START_PAGE, "agenda" if page is self.agenda else "debtors")
        self.recovery.setVisible(self._recovery_wanted and page is not self.workspace)
        if page is self.debtors_page and self.isVisible():
            self._restore_layout()
        on_debtors = page is not self.workspace  # the agenda acts on its row's debtor, selected in the list
        for action in self.debtor_page_actions:  # the workspace has its own keys; avoid ambiguous shortcuts
            action.setEnabled(on_debtors)
        if on_debtors:
            self.entry.update()  # what applies to the debtor and the rows selected
            self.documents.update()
            self.letters.update()
        if page is self.agenda:
            if self.agenda.stale:
                self.agenda.refresh()
            self.agenda.table.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
            row = self.agenda.selected()
            if row is not None:
                self.debtor_list.select(row.debtor_id)

    def _agenda_row_changed(self, debtor_id: int) -> None:
        """On the agenda, the debtor actions (call, log, export…) act on the current row's debtor."""
        if self.pages.currentWidget() is self.agenda:
            self.debtor_list.select(debtor_id)

    def open_debtor(self, debtor_id: int, otherwise: Callable[[], None] | None = None) -> None:
        """Show a debtor in the list of debtors, its figures beside it (from a row of the agenda);
        `otherwise`, when the list as it is does not show it."""
        self._show_page(self.debtors_page)
        self.debtor_list.select(debtor_id, otherwise)
        self.debtor_list.table.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _find_debtor(self) -> None:
        self._show_page(self.debtors_page)
        self.debtor_list.filter.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def open_search(self) -> None:
        """Ctrl+F: search everything; a hit chosen is shown here."""
        from callnotes.ui.search_window import SearchWindow

        if self.search is None:
            self.search = SearchWindow(self.worker, self.formats, self)
            self.search.hitActivated.connect(self.show_hit)
            if not self.ui_state.restore_window("search", self.search):
                self.search.resize(min(760, self.width()), min(560, self.height()))
            self.search.finished.connect(lambda _r: self.ui_state.save_window("search", self.search))
        self.search.open_search()

    def show_hit(self, hit: SearchHit) -> None:
        """Select a hit's debtor in the list; an entry shown in the Record tab, an invoice or a person
        in their tab. Not during a call: the call stays in front."""
        from callnotes.domain.search import HitKind

        if self.pages.currentWidget() is self.workspace:
            self.statusBar().showMessage(
                self.tr("End the call to see %1 in the list.").replace("%1", hit.debtor_name), 8000
            )
            return
        listed, debtor_id = self.debtor_list, hit.debtor_id

        def among_archived() -> None:
            listed.show_all(archived=True)
            listed.select(debtor_id)

        def unfiltered() -> None:
            listed.show_all()
            listed.select(debtor_id, otherwise=among_archived)

        # in the list as it is; else with no filter; else among the archived (the desk answers each)
        self.open_debtor(debtor_id, otherwise=unfiltered)
        tabs = {HitKind.INVOICE: self.detail.invoices, HitKind.PERSON: self.detail.details}
        if hit.kind in tabs:
            self.detail.tabs.setCurrentWidget(tabs[hit.kind])
        if hit.kind is HitKind.ENTRY and hit.seq is not None:
            self._entry_to_show = (hit.debtor_id, hit.seq)
            if self.detail.debtor_id == hit.debtor_id:  # already shown: no reload comes
                self._show_entry(hit.seq)

    def _show_entry(self, seq: int) -> None:
        self._entry_to_show = None
        self.detail.tabs.setCurrentWidget(self.detail.record)
        if self.detail.history.select_entry(seq):
            self.detail.history.table.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _set_wait(self, seconds: int) -> None:
        self.workspace.wait_seconds = seconds
        self.ui_state.set_value("workspace/wait_seconds", seconds)

    def _choose_number(
        self, debtor: DebtorProfile, people: tuple[PersonInfo, ...]
    ) -> tuple[int | None, str] | None:
        """The person and number to call: asked for when there is a choice or no number on file."""
        from callnotes.services.validation import display_phone, phone
        from callnotes.ui.forms.problems import problem_text

        options = [
            (
                p.id,
                number,
                f"{p.name} ({p.role}) · {display_phone(number)}"
                if p.role
                else f"{p.name} · {display_phone(number)}",
            )
            for p in people
            for number in p.numbers
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
            except InputError as exc:
                QMessageBox.warning(self, self.tr("Start call"), problem_text(exc, self.formats))

    def start_call(self, debtor_id: int | None = None) -> None:
        """Ask who to call at the selected debtor, then open the call workspace on a new call."""
        from callnotes.ui.contact_guard import guard_contact

        debtor_id = debtor_id if debtor_id is not None else self.debtor_list.selected_id()
        if debtor_id is None:
            return

        def chosen(found: tuple[DebtorProfile, tuple[PersonInfo, ...]]) -> None:
            choice = self._choose_number(*found)
            if choice is not None:
                person_id, number = choice

                def start(override: GuardOverride | None) -> None:
                    job = call(Desk.start_call, debtor_id, person_id, number, override)
                    self.worker.start(job, self.show_call)

                guard_contact(self, self.worker, self.formats, debtor_id, "call", start, number=number)

        self.worker.start(call(Desk.people, debtor_id), chosen)

    def show_call(self, opened: OpenCall, pending_text: str | None = None) -> None:
        """Show a call in the workspace."""
        self.workspace.show_call(opened, pending_text)
        self._show_page(self.workspace)

    def open_call(self, interaction_id: int, pending_text: str | None = None) -> None:
        """Load a call that is still open and show it."""
        self.worker.start(
            call(Desk.open_call, interaction_id),
            lambda opened: self.show_call(opened, pending_text),
        )

    def _offer_summary(self, debtor_id: int, interaction_id: int) -> None:
        """The call agreed something: offer its written summary (not when the window is closing)."""
        if not self._close_after_call:
            self.letters.offer_summary(debtor_id, interaction_id)

    def _call_finished(self, debtor_id: int) -> None:
        if self._close_after_call:  # the user was closing the window when they ended the call
            self._close_after_call = False
            QTimer.singleShot(0, self.close)
        self._show_page(self._before_call)  # back where the call was started from: the agenda or the list
        self.offer_recovery()
        self.statusBar().showMessage(self.tr("Call saved to the record."), 5000)
        self._refresh_line(debtor_id)
        self.load_detail(debtor_id)
        self.backups.automatic(only_if_due=False)  # after every ended call, on the desk's long lane

    def _after_restore(self, result: RestoreResult) -> None:
        """The data was replaced by a backup: show it afresh, as at start (an unfinished call, a welcome)."""
        self._after_refresh = self.backups.restored_text(result)
        self.detail.clear()
        self._select_after_refresh = None
        self._offered_recovery = False
        self.refresh()

    def offer_recovery(self) -> None:
        """After a crash or a killed process, offer the unfinished call back, with every line, in a banner."""
        self.worker.start(call(Desk.unfinished_calls), self._show_recovery)

    def _show_recovery(self, unfinished: list[UnfinishedCall]) -> None:
        if self.workspace.call is not None:
            unfinished = [u for u in unfinished if u.interaction_id != self.workspace.call.interaction.id]
        self._recovery_wanted = bool(unfinished)
        if not unfinished:
            self.recovery.hide()
            return
        unfinished_call = unfinished[-1]
        self._recoverable = unfinished_call.interaction_id
        self.recovery_text.setText(
            self.tr("A call with %1 started at %2 was not ended (%3 lines saved).")
            .replace("%1", unfinished_call.debtor_name)
            .replace("%2", self.formats.moment(unfinished_call.started_at, seconds=False))
            .replace("%3", str(unfinished_call.lines))
        )
        self.recovery.setVisible(self.pages.currentWidget() is not self.workspace)

    def resume_unfinished(self) -> None:
        if self._recoverable is not None:
            self._recovery_wanted = False
            self.recovery.hide()
            self.open_call(self._recoverable)

    def log_contact(self, debtor_id: int | None) -> None:
        """Record an e-mail, letter, visit or message, with attachments."""
        from callnotes.ui.contact_guard import guard_contact
        from callnotes.ui.log_dialog import LogDialog

        if debtor_id is None:
            return

        def with_invoices(found: tuple[DebtorProfile, tuple[PersonInfo, ...]]) -> None:
            self.worker.start(call(Desk.open_invoices, debtor_id), lambda invoices: ask(found, invoices))

        def ask(
            found: tuple[DebtorProfile, tuple[PersonInfo, ...]], invoices: tuple[OpenInvoice, ...]
        ) -> None:
            def guard(parent: QWidget, at: datetime, proceed: Proceed) -> None:  # before a visit is logged
                guard_contact(parent, self.worker, self.formats, debtor_id, "visit", proceed, at=at)

            dialog = LogDialog(
                self.worker,
                self.formats,
                debtor_id,
                found[1],
                self.desk.clock.now(),
                self,
                guard=guard,
                currency=found[0].currency,
                open_invoices=[(i.number, i.open_minor) for i in invoices],
            )
            dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.saved.connect(logged)  # it stays open, with what was typed, until the desk saved it
            dialog.open()

        def logged(_interaction_id: int) -> None:
            self._after_refresh = self.tr("Contact logged.")  # said once the list is shown again
            self.refresh()  # the list's "last contact"
            if self.pages.currentWidget() is self.workspace:
                self.workspace.reload_facts()
            else:
                self.load_detail(debtor_id)

        self.worker.start(call(Desk.people, debtor_id), with_invoices)

    def import_books(self, path: Path | None = None) -> ImportDialog:
        """Open the import wizard (on a file dropped on the list, or one to choose)."""
        from callnotes.ui.importing.import_dialog import ImportDialog

        dialog = ImportDialog(self.worker, self.formats, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.open()
        if path is None:
            dialog.choose_file()
        else:
            dialog.set_file(path)
        return dialog

    def _imported(self, report: ImportReport) -> None:
        self._after_refresh = self.tr("Imported %1: %2 debtors, %3 invoices, %4 payments.")
        for number, value in enumerate(
            (report.file_name, report.count("debtor"), report.count("invoice"), report.count("payment")),
            start=1,
        ):
            self._after_refresh = self._after_refresh.replace(f"%{number}", str(value))
        self.refresh()

    def export_packet(self) -> None:
        """Open Export packet… for the selected debtor."""
        from callnotes.ui.export_dialog import ExportDialog

        debtor = self.debtor_list.selected()
        if debtor is None:
            self.statusBar().showMessage(self.tr("Select a debtor to export a packet."), 5000)
            return
        dialog = ExportDialog(
            self.desk,
            self.worker,
            debtor.id,
            debtor.name,
            debtor.language,
            self.ui_state,
            self,
            formats=self.formats,
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _choose_language(self, choice: str) -> None:
        self.ui_state.set_value("ui/language", choice)
        self.languageChosen.emit(choice)

    def handover(self) -> Handover:
        """Save what is being typed; say what a new window needs to continue where this one is."""
        self.workspace.save_before_close()
        return Handover(
            self.debtor_list.selected_id(), self.workspace.interaction_id, self.workspace.notes.input.text()
        )

    def take_over(self, handover: Handover) -> None:
        """Continue where the previous window was: the same debtor selected, the same call and its text."""
        self._offered_recovery = handover.interaction_id is not None
        if handover.interaction_id is not None:
            self.open_call(handover.interaction_id, handover.typing)
        if handover.debtor_id is not None:
            self._select_after_refresh = handover.debtor_id

    def show_about(self) -> None:
        """Help ▸ About callnotes: version, data folder, licences."""
        from callnotes import __version__
        from callnotes.ui.about import AboutDialog

        about = AboutDialog(__version__, self.desk.paths.data_dir, self)
        about.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)  # made anew each time it is opened
        about.open()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.built and self.pages.currentWidget() is self.debtors_page:
            self._restore_layout()

    def _restore_layout(self) -> None:
        """The splitter's sizes, once, when the list of debtors is first shown: after its first layout,
        so the sizes are not scaled again (the agenda may be the first page shown)."""
        if not self._layout_restored:
            self._layout_restored = True
            if not self.ui_state.restore_splitter("main", self.splitter):
                # first time: the list as wide as its columns need (up to half the window), the
                # detail the rest; the columns' titles are longer in Greek and Spanish than in English
                whole = sum(self.splitter.sizes())
                listed = min(self.debtor_list.fitted_width(), whole // 2)
                self.splitter.setSizes([listed, whole - listed])

    def quit(self) -> None:
        """File ▸ Quit: close as the window's close button does (asking about an open call)."""
        self._quitting = True
        try:
            self.close()
        finally:
            self._quitting = False

    def _stay_open(self, _exc: Exception) -> None:
        self._close_after_call = False  # the end of the call failed: the window stays, with the call

    def _ask_about_call(self) -> bool:
        """Whether the window may close now, asked when a call is open: end it first (the window closes
        once it has ended), keep it open for later, or stay."""
        from callnotes.ui.workspace.workspace import CloseChoice

        choice = self.workspace.ask_before_close()
        if choice is CloseChoice.KEEP:
            return True
        if choice is CloseChoice.END:
            QTimer.singleShot(0, self._end_call_then_close)  # out of the close event: the dialog is modal
        else:
            self.workspace.focus_input()
        return False

    def _end_call_then_close(self) -> None:
        self._close_after_call = self.workspace.end_call()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.built:  # closed before its parts were built: nothing to ask or save but its place
            self.ui_state.save_window("main", self)
            self.ui_state.sync()
            super().closeEvent(event)
            return
        if self.workspace.saving_fails:
            may_close = self.workspace.may_close()  # notes the disk refused would be lost: asked first
        elif self.workspace.call is not None and (event.spontaneous() or self._quitting):
            # Asked when the user closes (the window's button, Alt+F4, Quit); a window callnotes closes
            # itself (rebuilt in another language, or closing once the call has ended) is not asked.
            may_close = self._ask_about_call()
        else:
            may_close = True
        if not may_close:
            event.ignore()
            return
        self.ui_state.save_window("main", self)
        if self._layout_restored:  # a splitter never shown keeps the sizes saved before
            self.ui_state.save_splitter("main", self.splitter)
        self.ui_state.save_header("main/debtors", self.debtor_list.table.horizontalHeader())
        self.ui_state.sync()
        self.workspace.save_before_close()
        self.worker.cancel_long_jobs()
        self.worker.wait()  # on close only: what was typed is written before the window goes
        super().closeEvent(event)
