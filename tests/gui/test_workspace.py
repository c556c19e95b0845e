"""The call workspace, driven by the keyboard as a person would during a call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from sqlmodel import select

from callnotes.services.backend import DeskProcess
from callnotes.services.debtors import debtor_statement
from callnotes.services.desk import Desk
from callnotes.store.access import Store
from callnotes.store.account import read_account
from callnotes.store.models import DraftLine, Interaction, Promise
from callnotes.ui.formats import Formats
from callnotes.ui.ui_state import UiState
from callnotes.ui.worker import Worker
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from callnotes.ui.workspace.workspace import CallWorkspace
from tests.gui.test_main_window import make_window


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """One key event per character: qtbot.keyClicks aborts on non-ASCII characters."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def make_workspace(qtbot, desk: DeskProcess) -> CallWorkspace:  # type: ignore[no-untyped-def]
    """A workspace on its own, as the window builds it; a failure in a worker job fails the test."""

    def fail(exc: Exception) -> None:
        raise exc

    worker = Worker(desk, fail)
    workspace = CallWorkspace(desk, worker, UiState(desk.paths.ui_state), Formats("es_ES", desk.clock.zone))
    worker.setParent(workspace)
    qtbot.addWidget(workspace)
    return workspace


def saved(workspace: CallWorkspace) -> bool:
    """Every job of the workspace has come back."""
    return not workspace.worker.busy


def open_workspace(qtbot, store: Store, desk: DeskProcess, debtor_id: int = 1) -> CallWorkspace:  # type: ignore[no-untyped-def]
    workspace = make_workspace(qtbot, desk)
    call = Desk(store, "tester").start_call(debtor_id, None, "+34912345678")
    workspace.resize(1366, 740)
    workspace.show()
    workspace.open_call(call.interaction.id)
    qtbot.waitUntil(lambda: workspace.facts is not None and saved(workspace), timeout=10_000)
    return workspace


def test_a_whole_call_in_three_languages_ends_in_the_record(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(qtbot, demo_store, desk_process)
    box = ws.notes.input
    type_text(box, "Llamo por la factura F2026-0042, vencida.")
    QTest.keyClick(box, Qt.Key.Key_Return)
    type_text(box, "Λέει ότι θα πληρώσει την Παρασκευή")
    QTest.keyClick(box, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # debtor said
    assert ws.notes.wait_cue.isVisible() and "3" in ws.notes.wait_cue.text()
    type_text(box, "She agrees to pay 1,000 by Friday")
    QTest.keyClick(box, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # agreement
    QTest.keyClick(box, Qt.Key.Key_2)  # empty line: question 2 of the current stage
    QTest.keyClick(box, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # fact 2: the oldest open invoice
    assert box.text().startswith("Factura F2026-0042") or "F2026-0042" in box.text()
    QTest.keyClick(box, Qt.Key.Key_Return)
    rows = ws.notes.model.rows
    assert [r.kind for r in rows] == ["note", "said", "agreed", "question", "note"]
    assert rows[3].text == ws.prompts.bank.stages[0].questions[1]  # type: ignore[union-attr]
    assert "1.938,50" in rows[4].text  # the fact is worded in full, with its amount

    def end_with_promise(dialog: EndCallDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("promise"))
        dialog.promise_amount.setText("1.000,00")
        dialog.summary.setText("Promete 1.000 € el viernes")
        dialog._accept()
        assert dialog.promise is not None
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EndCallDialog, "exec", end_with_promise)
    with qtbot.waitSignal(ws.finished, timeout=5000):
        QTest.keyClick(box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    with demo_store.sessions() as session:
        texts = [item.entry.text for item in read_account(session, 1).record()]
        assert "Λέει ότι θα πληρώσει την Παρασκευή" in texts and "She agrees to pay 1,000 by Friday" in texts
        promise = session.exec(select(Promise).order_by(Promise.id.desc())).first()  # type: ignore[union-attr]
        assert promise is not None and promise.amount_minor == 100000


def test_facts_panel_figures_match_the_ledger(qtbot, demo_store: Store, desk_process: DeskProcess) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(qtbot, demo_store, desk_process, debtor_id=2)
    with demo_store.sessions() as session:
        statement = debtor_statement(session, 2, ws.facts.statement.as_of)  # type: ignore[union-attr]
    assert statement.balance_minor == ws.facts.statement.balance_minor  # type: ignore[union-attr]
    assert "4.702,98" in ws.facts_panel.amount.text()
    facts_text = " ".join(f.sentence for f in ws.facts_panel.facts)
    for position in statement.positions:
        if position.open_minor:
            assert position.invoice.number in facts_text


def test_typing_is_saved_within_a_second_and_recovered_after_a_crash(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(qtbot, demo_store, desk_process)
    type_text(ws.notes.input, "Dice que el lunes")
    QTest.keyClick(ws.notes.input, Qt.Key.Key_Return)
    type_text(ws.notes.input, "y el resto a fin de mes")  # not committed yet
    interaction_id = ws.interaction_id
    qtbot.wait(1100)  # the autosave's longest wait
    qtbot.waitUntil(lambda: saved(ws), timeout=5000)
    with demo_store.sessions() as session:
        assert session.get(Interaction, interaction_id).pending_text == "y el resto a fin de mes"  # type: ignore[union-attr]
        assert [line.text for line in session.exec(select(DraftLine))] == ["Dice que el lunes"]
    # a new workspace (as after a restart) gets the lines, their time stamps and the unfinished text back
    before = ws.notes.model.rows
    again = make_workspace(qtbot, desk_process)
    again.open_call(interaction_id or 0)
    qtbot.waitUntil(lambda: again.call is not None, timeout=5000)
    assert [(r.text, r.typed_at) for r in again.notes.model.rows] == [(r.text, r.typed_at) for r in before]
    assert again.notes.input.text() == "y el resto a fin de mes"


def test_user_text_is_never_markup_and_huge_pastes_are_refused_quickly(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(qtbot, demo_store, desk_process)
    hostile = "<b>bold</b> <img src=x> &amp; שלום مرحبا 😀"
    ws.commit_line("note", hostile)
    assert ws.notes.model.rows[-1].text == hostile  # stored and shown as typed
    refused: list[int] = []
    ws.notes.input.pasteRefused.connect(refused.append)
    monkeypatch.setattr("callnotes.ui.workspace.workspace.QMessageBox.warning", lambda *a: None)
    QApplication.clipboard().setText("x" * 10_000_000)
    import time

    started = time.perf_counter()
    QTest.keyClick(ws.notes.input, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert time.perf_counter() - started < 0.2
    assert refused == [10_000_000] and ws.notes.input.text() == ""
    QApplication.clipboard().setText("primera línea\nsegunda línea\n")
    QTest.keyClick(ws.notes.input, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [r.text for r in ws.notes.model.rows[-2:]] == ["primera línea", "segunda línea"]


def test_a_yes_or_no_question_gets_a_gentle_hint(qtbot, demo_store: Store, desk_process: DeskProcess) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(qtbot, demo_store, desk_process)
    type_text(ws.notes.input, "¿Puede pagar esta semana?")
    QTest.keyClick(ws.notes.input, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert ws.notes.hint.isVisible() and "sí o un no" in ws.notes.hint.text()


def test_start_call_from_the_list_and_recovery_offer(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    from callnotes.ui.contact_guard import GuardDialog
    from callnotes.ui.table_model import ROW_ROLE

    window = make_window(qtbot, desk_process, "en_US")
    qtbot.waitUntil(lambda: window.debtor_list.model.rowCount() == 3, timeout=10_000)
    model = window.debtor_list.model
    row = next(r for r in range(3) if model.index(r, 0).data(ROW_ROLE).name.startswith("Hartley"))
    window.debtor_list.table.selectRow(row)
    window.debtor_list.table.setFocus()
    QTest.keyClick(window.debtor_list.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # 07:00 in New York, six days after the last conversation: the contact guard asks first
    qtbot.waitUntil(lambda: window.findChild(GuardDialog) is not None, timeout=10_000)
    guard = window.findChild(GuardDialog)
    type_text(guard.reason, "They asked for an early call")
    guard.go_ahead.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.workspace, timeout=10_000)
    assert "tel:+12125550143" in window.workspace.title.text()
    # the process "dies": a new window finds the unfinished call and offers it back
    again = make_window(qtbot, desk_process, "en_US")
    qtbot.waitUntil(again.recovery.isVisible, timeout=10_000)
    assert "Hartley Print & Sign LLC" in again.recovery_text.text()
    again.resume_button.click()
    qtbot.waitUntil(lambda: again.pages.currentWidget() is again.workspace, timeout=10_000)
    assert "tel:+12125550143" in again.workspace.title.text()


def test_a_fragment_saved_while_typing_never_becomes_a_line_of_its_own(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(qtbot, demo_store, desk_process)
    type_text(ws.notes.input, "Will p")
    qtbot.wait(500)  # the autosave keeps "Will p" as the text being typed
    qtbot.waitUntil(lambda: saved(ws), timeout=5000)
    type_text(ws.notes.input, "ay on Friday")
    QTest.keyClick(ws.notes.input, Qt.Key.Key_Return)  # within the autosave's pause: not saved again
    qtbot.waitUntil(lambda: saved(ws), timeout=5000)

    def end(dialog: EndCallDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EndCallDialog, "exec", end)
    interaction_id = ws.interaction_id
    with qtbot.waitSignal(ws.finished, timeout=5000):
        ws.end_call()
    with demo_store.sessions() as session:
        lines = [e.text for e in read_account(session, 1).entries if e.interaction_id == interaction_id]
    assert lines[:-1] == ["Will pay on Friday"]  # and then the contact itself


def test_when_the_desk_process_dies_lines_stay_on_screen_and_are_saved_again(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(qtbot, demo_store, desk_process)
    errors: list[Exception] = []
    ws.failed.connect(errors.append)
    monkeypatch.setattr("callnotes.ui.workspace.workspace.RETRY_MS", 300)
    ws._retry.setInterval(300)
    desk_process.process.kill()
    desk_process.process.join(5)
    qtbot.waitUntil(lambda: not ws.worker.busy, timeout=5000)
    ws.commit_line("note", "Dice que pagará el lunes")
    # the first try goes nowhere; the line stays, marked, and the retry reaches a new desk process
    qtbot.waitUntil(lambda: all(r.position is not None for r in ws.notes.model.rows), timeout=15_000)
    assert [r.text for r in ws.notes.model.rows] == ["Dice que pagará el lunes"]
    assert "⚠" not in ws.notes.model.index(0, 2).data()
    with demo_store.sessions() as session:
        assert [line.text for line in session.exec(select(DraftLine))] == ["Dice que pagará el lunes"]
