"""Spanish, Greek and English in the interface: switching keeps what was typed; nothing is clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QWidget

from callnotes.app import Shell
from callnotes.services.desk import Desk
from callnotes.store.access import Store
from callnotes.ui.export_dialog import ExportDialog
from callnotes.ui.i18n import PSEUDO_ENV
from tests.gui.test_workspace import type_text
from tests.unit.test_translation_files import TRANSLATIONS, messages


def translated(language: str, context: str, source: str) -> str:
    return messages(TRANSLATIONS / f"callnotes_{language}.ts")[(context, source)][1]


def menu_titles(window: QWidget) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]  # type: ignore[attr-defined]


def test_switching_languages_changes_every_menu_and_keeps_the_typed_text(
    qtbot, shell: Shell, demo_store: Store
) -> None:  # type: ignore[no-untyped-def]
    window = shell.open(
        "en"
    )  # not handed to qtbot: each switch deletes the window, the fixture closes the last
    window.show()
    assert menu_titles(window)[0] == "&File"
    call = Desk(demo_store, "tester").start_call(2, None, "+302101234567")
    window.open_call(call.interaction.id)
    qtbot.waitUntil(lambda: window.workspace.call is not None, timeout=10_000)
    type_text(window.workspace.notes.input, "Λέει ότι θα πληρώσει")  # typed, not committed
    for language in ("es", "el", "en"):
        shell.switch_language(language)
        window = shell.window
        assert window is not None
        expected = "&File" if language == "en" else translated(language, "MainWindow", "&File")
        assert menu_titles(window)[0] == expected
        qtbot.waitUntil(lambda w=window: w.pages.currentWidget() is w.workspace, timeout=10_000)
        assert window.workspace.notes.input.text() == "Λέει ότι θα πληρώσει"
        end = window.workspace.end_button.text()
        assert end == (
            "End call (Ctrl+E)"
            if language == "en"
            else translated(language, "CallWorkspace", "End call (Ctrl+E)")
        )


def test_qt_standard_buttons_speak_greek(qtbot, shell: Shell) -> None:  # type: ignore[no-untyped-def]
    shell.translations.install("el")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    greek = messages(TRANSLATIONS / "qt_el.ts")
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == greek[("QPlatformTheme", "Cancel")][1]


def clipped(window: QWidget) -> list[str]:
    """Visible single-line labels and buttons narrower than their text."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if (
                widget.width() + 1 < widget.sizeHint().width()
                and widget.textFormat() != Qt.TextFormat.RichText
            ):
                problems.append(
                    f"label {widget.text()[:50]!r} {widget.width()} < {widget.sizeHint().width()}"
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 8
            if widget.width() < needed:
                problems.append(f"button {widget.text()[:50]!r} {widget.width()} < {needed}")
    return problems


def no_clipping(window: QWidget) -> None:
    """Asserts (so a timed-out wait reports what is clipped)."""
    assert clipped(window) == []


def test_pseudo_translation_clips_nothing_at_1366_by_768(
    qtbot, monkeypatch, shell: Shell, demo_store: Store
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(PSEUDO_ENV, "1")
    window = shell.open("en")
    qtbot.addWidget(window)
    window.show()
    window.resize(1366, 740)  # a laptop screen; resize (unlike restoreGeometry) is not clamped offscreen
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1366, 740), timeout=5000)
    qtbot.waitUntil(lambda: window.detail.title.text() not in ("", "[Select a debtor~~~~~~]"), timeout=10_000)
    assert window.menuBar().actions()[0].text().startswith("[")  # pseudo-translation is on
    qtbot.waitUntil(lambda: no_clipping(window), timeout=3000)
    call = Desk(demo_store, "tester").start_call(1, None, "+34912345678")
    window.open_call(call.interaction.id)
    qtbot.waitUntil(lambda: window.workspace.facts is not None, timeout=10_000)
    assert window.width() == 1366
    qtbot.waitUntil(lambda: no_clipping(window), timeout=3000)  # once the page's layout has settled
    dialog = ExportDialog(
        window.desk,
        window.worker,
        1,
        "Construcciones Núñez Peña S.L.",
        "es",
        None,
        window,
        formats=window.formats,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle().startswith("[")
    qtbot.waitUntil(lambda: no_clipping(dialog), timeout=3000)


@pytest.mark.parametrize("language", ["el", "es"])
def test_the_debtor_list_shows_every_column_at_1366_without_scrolling_sideways(
    qtbot, shell: Shell, demo_store: Store, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = shell.open(language)
    qtbot.addWidget(window)
    window.show()
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.built, timeout=10_000)
    window.debtors_action.trigger()
    table = window.debtor_list.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=3000)
    name = table.horizontalHeader().sectionSize(0)
    assert name >= 150  # the name gives way to the figures, but a name still reads
