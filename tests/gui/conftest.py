"""Fixtures of the window's tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from callnotes.app import Shell
from callnotes.services.backend import DeskProcess
from callnotes.store.access import Store
from callnotes.ui.i18n import Translations
from callnotes.ui.ui_state import UiState


@pytest.fixture
def shell(qtbot, demo_store: Store, desk_process: DeskProcess):  # type: ignore[no-untyped-def]
    """The application shell on the example data: it installs languages and builds the window."""
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    made = Shell(desk_process, UiState(desk_process.paths.ui_state), translations)
    yield made
    translations.uninstall()
    if made.window is not None:
        made.window.close()
