"""Limits seen in the window: a 30-digit amount is refused where it is typed, an over-long name beside
its field in the interface's words, and a database the desk refuses is a message, not a traceback."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from callnotes import app
from callnotes.services.backend import DeskProcess
from callnotes.services.creditor import CreditorInput
from callnotes.services.desk import Desk
from callnotes.ui.entry.debtor_dialog import DebtorDialog
from callnotes.ui.forms.problems import said
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from tests.gui.test_main_window import make_window

TIMEOUT = 10_000


def test_the_end_call_dialog_refuses_a_30_digit_promise(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EndCallDialog("EUR", "es_ES", 100000, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("promise"))
    for typed in ("9" * 30, "100.000.000.000,00"):
        dialog.promise_amount.setText(typed)
        dialog._accept()
        assert dialog.promise is None and dialog.result() != dialog.DialogCode.Accepted
        assert dialog.error.text() == "Amount: " + said("too_large")  # named by its field
    dialog.promise_amount.setText("99.999.999.999,99")  # the largest amount kept is accepted
    dialog._accept()
    assert dialog.promise is not None and dialog.promise.amount_minor == 10**13 - 1
    assert dialog.summary.maxLength() == 10_000


def test_an_over_long_name_is_refused_beside_its_field(qtbot, desk: Desk, desk_process: DeskProcess) -> None:  # type: ignore[no-untyped-def]
    desk.set_creditor(CreditorInput("Ηλεκτρικά Ανδρέου Ο.Ε.", country="GR", language="el", currency="EUR"))
    window = make_window(qtbot, desk_process, "en_US")
    qtbot.mouseClick(window.debtor_list.add_first, Qt.MouseButton.LeftButton)
    found: list[DebtorDialog] = []

    def opened() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, DebtorDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(opened, timeout=TIMEOUT)
    dialog = found[0]
    dialog.name.setText("Ν" * 201)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.refused and dialog.save_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.isVisible()
    shown = dialog._errors["name"].text()
    assert shown == "This is too long: at most 200 characters are kept (it has 201)."
    assert desk.debtors() == []


def test_a_zero_byte_database_is_a_message_at_start_and_stays_empty(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "callnotes.sqlite3"
    database.touch()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: shown.append(text))
    assert app.run(str(tmp_path), None) == 1
    assert len(shown) == 1 and "empty (0 bytes)" in shown[0] and str(database) in shown[0]
    assert "Traceback" not in shown[0]
    assert database.stat().st_size == 0
