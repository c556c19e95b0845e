"""GUI composition root: the clock, fonts, language, the store, the services, the main window.

The window is shown first, at its saved place and size, and fills in as the desk process answers: the
desk opens the data meanwhile, and what it finds wrong (a damaged database, one from a newer version)
is offered or refused over the window, as before it was before the window opened."""

from __future__ import annotations

import functools
import gc
import getpass
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from callnotes.clock import SystemClock
from callnotes.resources import resource
from callnotes.services.backend import DeskProcess, DeskSetup
from callnotes.ui.i18n import SYSTEM, Translations, resolve, ui_locale
from callnotes.ui.main_window import MainWindow
from callnotes.ui.ui_state import UiState

BUNDLED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
DESKTOP_ID = "org.callnotes.callnotes"  # the .desktop entry and AppStream id (packaging/linux)


def install_fonts(app: QApplication) -> None:
    """Load the bundled DejaVu Sans; use it when the system's font cannot draw Greek (or is missing)."""
    from PySide6.QtGui import QFont, QFontDatabase  # after the paint: Qt builds their enums when named

    families = set()
    for name in BUNDLED_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    current = app.font().family()
    if QFontDatabase.WritingSystem.Greek not in QFontDatabase.writingSystems(current) and families:
        app.setFont(QFont(sorted(families)[0], app.font().pointSize()))


class Shell:
    """Keeps the one main window, and rebuilds it when the interface language changes."""

    def __init__(self, desk: DeskProcess, ui_state: UiState, translations: Translations) -> None:
        self.desk, self.ui_state, self.translations = desk, ui_state, translations
        self.window: MainWindow | None = None

    def open(
        self, choice: str, *, build: bool = True, before_build: Callable[[], None] | None = None
    ) -> MainWindow:
        """Install the language ("system" or a code) and make the main window in it (its parts built
        once it has been painted, when `build` is False, after `before_build`)."""
        language = resolve(choice)
        self.translations.install(language)
        locale = (
            ui_locale(language) if build else functools.partial(ui_locale, language)
        )  # Babel: once painted
        self.window = MainWindow(self.desk, self.ui_state, locale, build=build)
        if not build:
            self.window.build_once_painted(before_build)
        self.window.languageChosen.connect(self.switch_language)
        return self.window

    def switch_language(self, choice: str) -> None:
        """Rebuild the window in the new language, keeping the selection, the open call and its text."""
        old = self.window
        assert old is not None
        handover = old.handover()
        geometry = old.saveGeometry()
        new = self.open(choice)
        new.restoreGeometry(geometry)
        new.take_over(handover)
        new.show()
        old.close()
        old.deleteLater()


def application(argv: list[str]) -> QApplication:
    """The QApplication, named and with its icon (its fonts: `install_fonts`, once the window's empty
    frame is painted: the font database takes ~15 ms to load, and nothing in that frame is text)."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("callnotes")
    app.setOrganizationName("callnotes")
    app.setDesktopFileName(DESKTOP_ID)  # Wayland finds the window's icon and name through the .desktop entry
    app.setWindowIcon(
        QIcon(str(resource("icons", "callnotes.svg")))
    )  # in the first frame's title bar (~3 ms)
    # A full garbage collection scans every object alive, on the window's thread, between two events.
    # What exists now (the modules of Qt and callnotes) lives as long as the program: keep it out
    # (`run` does it again once the window's parts, imported after its first paint, are there).
    gc.freeze()
    return app


def rescue(desk: DeskProcess, ui_state: UiState, translations: Translations, problem: str) -> str | None:
    """The database is damaged: let the user restore a backup, then open the data again. What still
    stops the start (None: the data opened)."""
    from callnotes.ui.backups import rescue_at_start
    from callnotes.ui.formats import Formats

    language = resolve(str(ui_state.value("ui/language", SYSTEM)))
    translations.install(language)
    if rescue_at_start(desk, Formats(ui_locale(language), desk.clock.zone), problem) is None:
        return problem
    return desk.restart()


class _Opened(QObject):
    """Hands what the desk found on opening the data (from the listener's thread) to the window's."""

    arrived = Signal(object)  # str | None: the problem, or None when the data is open


def run(data_dir: str | None, database_url: str | None, desk: DeskProcess | None = None) -> int:
    """Start the GUI on the given data folder; returns the exit status. `desk`: its desk process,
    when already started on it (launch.launch_gui forks it before Qt loads); else started once the
    window has been painted."""
    if desk is None:
        desk = DeskProcess(DeskSetup(data_dir, database_url, SystemClock(), getpass.getuser()), start=False)
    app = application(sys.argv)
    ui_state = UiState(desk.paths.ui_state)
    translations = Translations(app)
    shell = Shell(desk, ui_state, translations)

    fonts: list[bool] = []

    def with_fonts() -> None:  # once, before any text is laid out
        if not fonts:
            fonts.append(True)
            install_fonts(app)

    def after_paint() -> None:  # then the window is built, and what it imported is kept from the collector
        if desk.process is None:
            desk.start()
        with_fonts()
        QTimer.singleShot(0, gc.freeze)

    language = str(shell.ui_state.value("ui/language", SYSTEM))
    shell.open(language, build=False, before_build=after_paint).show()  # painted, then built
    opened = _Opened()
    status: list[int] = []

    def check(problem: str | None) -> None:
        if status or problem is None:
            return  # open (at start or after a restore): the window fills in
        with_fonts()  # a message may come before the window's first paint
        if desk.damaged:  # offer the latest good backup instead of an error
            problem = rescue(desk, ui_state, translations, problem)
            if problem is None:
                return
        status.append(1)
        if shell.window is not None:
            shell.window.hide()
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "callnotes", problem)
        print(f"callnotes: {problem}", file=sys.stderr)
        app.exit(1)

    opened.arrived.connect(check)
    desk.when_opened(opened.arrived.emit)  # from the listener's thread (not started yet): queued to the loop
    try:
        code = app.exec()
        return status[0] if status else code
    finally:
        desk.close()
