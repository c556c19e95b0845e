"""The window around a call: closing it during a call asks (and loses nothing whatever the answer),
and the list's last contact follows the calls and contacts logged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from sqlmodel import select

from callnotes.services.backend import DeskProcess
from callnotes.services.desk import Desk
from callnotes.store.access import Store
from callnotes.store.account import read_account
from callnotes.store.models import DraftLine, Interaction
from callnotes.ui.labels import label
from callnotes.ui.main_window import MainWindow
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from tests.gui.test_disputes_and_letters import open_log_dialog
from tests.gui.test_main_window import make_window
from tests.gui.test_workspace import type_text

LAST_CONTACT = 3  # column of the debtor list


def _in_call(qtbot, window: MainWindow, interaction_id: int) -> None:  # type: ignore[no-untyped-def]
    window.open_call(interaction_id)
    qtbot.waitUntil(lambda: window.workspace.facts is not None and not window.worker.busy, timeout=10_000)


def _end_as_reached(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def accept(dialog: EndCallDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EndCallDialog, "exec", accept)


def test_closing_during_a_call_asks_to_end_it_keep_it_or_stay_and_loses_nothing(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    answers: list[str] = []  # the button each question is answered with, in turn

    def answer(box: QMessageBox) -> int:
        chosen = answers.pop(0)
        button = box.button(QMessageBox.StandardButton.Cancel) if chosen == "cancel" else None
        (button or box.findChild(QPushButton, chosen)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    interaction_id = Desk(demo_store, "tester").start_call(1, None, "+34912345678").interaction.id
    window = make_window(qtbot, desk_process, "en_US")
    _in_call(qtbot, window, interaction_id)
    box = window.workspace.notes.input

    # Cancel, from the window's close button: nothing changes, the typing stays
    type_text(box, "Dice que el lunes")
    answers.append("cancel")
    with monkeypatch.context() as patch:  # the window manager's close button sends a spontaneous event
        patch.setattr(QCloseEvent, "spontaneous", lambda _event: True)
        window.close()
    assert not answers and window.isVisible() and window.pages.currentWidget() is window.workspace
    assert box.text() == "Dice que el lunes" and window.workspace.call is not None

    # Keep it open for later, from File ▸ Quit, a moment after two lines (the second waits for the first
    # to be saved) and with more typed: all of it saved, and offered back at the next start
    QTest.keyClick(box, Qt.Key.Key_Return)
    type_text(box, "Pagará la mitad")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert window.workspace.unsaved_lines() == 2
    type_text(box, "y el resto")
    answers.append("keepCallOpen")
    window.quit()
    assert not answers and not window.isVisible()
    with demo_store.sessions() as session:
        call = session.get(Interaction, interaction_id)
        assert call is not None and call.ended_at is None and call.pending_text == "y el resto"
        assert [line.text for line in session.exec(select(DraftLine))] == [
            "Dice que el lunes",
            "Pagará la mitad",
        ]
    again = make_window(qtbot, desk_process, "en_US")
    qtbot.waitUntil(again.recovery.isVisible, timeout=10_000)
    again.resume_button.click()
    qtbot.waitUntil(lambda: again.workspace.call is not None and not again.worker.busy, timeout=10_000)
    assert again.workspace.notes.input.text() == "y el resto"

    # End the call now: the end-call dialog, the record, and then the window closes
    _end_as_reached(monkeypatch)
    answers.append("endCallNow")
    again.quit()
    assert not answers
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    with demo_store.sessions() as session:
        texts = [e.text for e in read_account(session, 1).entries if e.interaction_id == interaction_id]
        assert texts[:3] == ["Dice que el lunes", "Pagará la mitad", "y el resto"]
        assert session.get(Interaction, interaction_id).ended_at is not None  # type: ignore[union-attr]


def test_the_last_contact_in_the_list_follows_a_logged_contact_and_an_ended_call(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    model = window.debtor_list.model

    def last_contact() -> str:
        row = model.position_of(lambda s: s.id == 1)
        assert row is not None
        return str(model.index(row, LAST_CONTACT).data())

    today = window.formats.day(window.desk.clock.today())
    assert not last_contact().startswith(today)

    dialog = open_log_dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("email"))
    outcome = dialog.outcome.currentData()  # whichever an e-mail offers first
    dialog.summary.setPlainText("Sent the statement of account")
    dialog.accept()
    qtbot.waitUntil(lambda: last_contact() == f"{today} · e-mail: {label(outcome)}", timeout=10_000)

    interaction_id = Desk(demo_store, "tester").start_call(1, None, "+34912345678").interaction.id
    _in_call(qtbot, window, interaction_id)
    _end_as_reached(monkeypatch)
    with qtbot.waitSignal(window.workspace.finished, timeout=10_000):
        window.workspace.end_call()
    qtbot.waitUntil(lambda: last_contact() == f"{today} · call: reached", timeout=10_000)
