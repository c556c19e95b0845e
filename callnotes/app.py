"""GUI composition root: fonts, language, the store, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from callnotes.domain.money import locale_for
from callnotes.errors import CallnotesError
from callnotes.resources import resource
from callnotes.store.access import open_store
from callnotes.ui.main_window import MainWindow
from callnotes.ui.ui_state import UiState

BUNDLED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def install_fonts(app: QApplication) -> None:
    """Load the bundled DejaVu Sans; use it when the system's font cannot draw Greek (or is missing)."""
    families = set()
    for name in BUNDLED_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    current = app.font().family()
    if QFontDatabase.WritingSystem.Greek not in QFontDatabase.writingSystems(current) and families:
        app.setFont(QFont(sorted(families)[0], app.font().pointSize()))


def ui_locale() -> str:
    """The Babel locale for dates in the interface, from the system's language and country."""
    system = QLocale.system()
    language = system.name().split("_")[0]
    country = QLocale.territoryToCode(system.territory())
    return locale_for(language, country)


def run(data_dir: str | None, database_url: str | None) -> int:
    """Start the GUI on the given data folder; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("callnotes")
    app.setOrganizationName("callnotes")
    install_fonts(app)
    try:
        store = open_store(data_dir, database_url)
    except CallnotesError as exc:
        QMessageBox.critical(None, "callnotes", str(exc))
        print(f"callnotes: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(store, UiState(store.paths.ui_state), ui_locale())
    window.show()
    try:
        return app.exec()
    finally:
        store.database.engine.dispose()
