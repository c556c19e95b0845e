"""The call workspace, driven by the keyboard as a person would during a call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
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
    qtbot.waitUntil(lambda: not ws.findChildren(EndCallDialog))  # not kept, with its widgets, for every call
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
    assert "4.645,00" in ws.facts_panel.amount.text()
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


def _focused_line(qtbot, ws: CallWorkspace):  # type: ignore[no-untyped-def]
    """The note line, focused as while typing; the keys go to the widget that has the focus."""
    ws.activateWindow()
    ws.focus_input()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.notes.input, timeout=5000)
    return QApplication.focusWidget()


def test_every_key_of_the_f1_list_works_from_the_focused_note_line_and_a_new_call_starts_at_stage_one(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    from callnotes.ui.workspace.note_pane import KINDS
    from callnotes.ui.workspace.shortcuts_dialog import SHORTCUTS, ShortcutsDialog

    ws = open_workspace(qtbot, demo_store, desk_process)
    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    opened: list[str] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda _d: opened.append("F1") or 0)
    monkeypatch.setattr(EndCallDialog, "exec", lambda _d: opened.append("end") or 0)  # then cancelled

    def line() -> QLineEdit:
        focused = _focused_line(qtbot, ws)
        assert isinstance(focused, QLineEdit)
        return focused

    def last() -> tuple[str, str]:
        row = ws.notes.model.rows[-1]
        return row.kind, row.text

    def enter() -> None:
        type_text(line(), "Contesta la gerente")
        QTest.keyClick(line(), Qt.Key.Key_Return)
        assert last() == ("note", "Contesta la gerente")

    def kinds() -> None:
        for number, kind in enumerate(KINDS, start=1):
            type_text(line(), f"Línea {number}")
            QTest.keyClick(line(), getattr(Qt.Key, f"Key_{number}"), ctrl)
            assert last() == (kind, f"Línea {number}")

    def question() -> None:
        wanted = ws.prompts.visible_questions()[2]
        QTest.keyClick(line(), Qt.Key.Key_3)
        assert last() == ("question", wanted)

    def stages() -> None:
        type_text(line(), "abc")  # the cursor at the end: the line would jump a word back
        before = ws.prompts.stage_index
        QTest.keyClick(line(), Qt.Key.Key_Right, ctrl)
        assert ws.prompts.stage_index == before + 1
        QTest.keyClick(line(), Qt.Key.Key_Left, ctrl)
        assert ws.prompts.stage_index == before and line().cursorPosition() == 3
        line().clear()

    def find() -> None:
        QTest.keyClick(line(), Qt.Key.Key_F, ctrl | Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is ws.prompts.filter

    def search() -> None:
        with qtbot.waitSignal(ws.searchRequested, timeout=2000):
            QTest.keyClick(line(), Qt.Key.Key_F, ctrl)

    def fact() -> None:
        QTest.keyClick(line(), Qt.Key.Key_1, alt)
        assert line().text() == ws.facts_panel.facts[0].sentence
        line().clear()

    def offers() -> None:
        QTest.keyClick(line(), Qt.Key.Key_O, ctrl)
        assert ws.offer_dialog is not None and ws.offer_dialog.isVisible()
        ws.offer_dialog.close()
        line().setFocus()

    def third_party() -> None:
        QTest.keyClick(line(), Qt.Key.Key_T, ctrl)
        assert ws.third_party and last()[0] == "third_party"
        QTest.keyClick(line(), Qt.Key.Key_T, ctrl)
        assert not ws.third_party

    def log() -> None:
        with qtbot.waitSignal(ws.logRequested, timeout=2000) as asked:
            QTest.keyClick(line(), Qt.Key.Key_L, ctrl | Qt.KeyboardModifier.ShiftModifier)
        assert asked.args == [1]

    def end() -> None:
        QTest.keyClick(line(), Qt.Key.Key_E, ctrl)
        assert opened[-1] == "end" and ws.call is not None

    def back() -> None:
        QTest.keyClick(line(), Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is ws.notes.input
        ws.prompts.filter.setFocus()  # and from the filter of questions, back to the line
        QTest.keyClick(ws.prompts.filter, Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is ws.notes.input

    def help_() -> None:
        QTest.keyClick(line(), Qt.Key.Key_F1)
        assert opened[-1] == "F1"

    checks = {
        "Enter": enter,
        "Ctrl+1 … Ctrl+4": kinds,
        "1 … 9 (empty line)": question,
        "Ctrl+Left / Ctrl+Right": stages,
        "Ctrl+Shift+F": find,
        "Ctrl+F": search,
        "Alt+1 … Alt+9": fact,
        "Ctrl+O": offers,
        "Ctrl+T": third_party,
        "Ctrl+Shift+L": log,
        "Ctrl+E": end,
        "Esc": back,
        "F1": help_,
    }
    listed = [str(keys) for keys, _does in SHORTCUTS]
    assert sorted(listed) == sorted(checks), "every key of the F1 list is checked here"
    for keys in listed:
        checks[keys]()
    assert opened == ["end", "F1"]

    # the call moves on to the third stage and ends; the next call starts at the first
    QTest.keyClick(line(), Qt.Key.Key_Right, ctrl)
    QTest.keyClick(line(), Qt.Key.Key_Right, ctrl)
    assert ws.prompts.stage_index == 2

    def reached(dialog: EndCallDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EndCallDialog, "exec", reached)
    with qtbot.waitSignal(ws.finished, timeout=5000):
        ws.end_call()
    following = Desk(demo_store, "tester").start_call(2, None, "+302101234567")
    ws.open_call(following.interaction.id)
    qtbot.waitUntil(lambda: ws.call is not None and ws.facts is not None and saved(ws), timeout=10_000)
    assert ws.prompts.stage_index == 0
    assert ws.prompts.stage_title.text().startswith(ws.prompts.bank.stages[0].title)  # type: ignore[union-attr]


def test_someone_else_answers_hides_the_facts_asks_neutrally_and_is_recorded(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from callnotes.export.entry_text import describe_entry
    from callnotes.export.wording import Wording

    ws = open_workspace(qtbot, demo_store, desk_process)
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(_focused_line(qtbot, ws), Qt.Key.Key_Right, ctrl)  # the second stage, before
    stage = ws.prompts.stage_index
    debt_words = [i.number for i in ws.facts.open_invoices] + ["€", "3.661", "1.938"]  # type: ignore[union-attr]
    type_text(ws.notes.input, "María, la hija")  # who answered, typed before the key
    QTest.keyClick(_focused_line(qtbot, ws), Qt.Key.Key_T, ctrl)

    assert ws.third_party and ws.third_party_button.isChecked()
    assert not ws.facts_panel.isVisible() and ws.cover.isVisible()
    shown = " ".join(label.text() for label in ws.findChildren(QLabel) if label.isVisible())
    assert "María" not in ws.notes.input.text() and "Ask for:" in shown
    assert not [word for word in debt_words if word in shown], shown
    neutral = ws.prompts.visible_questions()
    assert neutral == list(ws.bank.third_party.questions)  # type: ignore[union-attr]
    assert not [q for q in neutral if any(w in q.casefold() for w in ("factura", "deuda", "pag", "€"))]
    QTest.keyClick(_focused_line(qtbot, ws), Qt.Key.Key_1)  # a neutral question into the notes
    QTest.keyClick(_focused_line(qtbot, ws), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # no fact
    QTest.keyClick(_focused_line(qtbot, ws), Qt.Key.Key_Right, ctrl)  # the stages wait
    assert ws.notes.input.text() == ""
    rows = ws.notes.model.rows
    assert [(r.kind, r.text) for r in rows] == [
        ("third_party", "Third party answered: María, la hija"),
        ("question", neutral[0]),
    ]

    QTest.keyClick(_focused_line(qtbot, ws), Qt.Key.Key_T, ctrl)  # the debtor is on the line
    assert not ws.third_party and ws.facts_panel.isVisible() and not ws.cover.isVisible()
    assert ws.prompts.stage_index == stage and "€" in ws.facts_panel.amount.text()
    assert len(ws.notes.model.rows) == 2  # switching back adds nothing to the record

    def reached(dialog: EndCallDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EndCallDialog, "exec", reached)
    interaction_id = ws.interaction_id
    with qtbot.waitSignal(ws.finished, timeout=5000):
        ws.end_call()
    with demo_store.sessions() as session:
        entries = [e for e in read_account(session, 1).entries if e.interaction_id == interaction_id]
    third = next(e for e in entries if e.kind == "third_party")
    words = Wording("en", "en_US", "Europe/Madrid")
    assert words.label("kind", "third_party") == "third party answered"  # the Record tab and the packet
    assert describe_entry(words, third) == "Third party answered: María, la hija"


def test_the_number_is_copied_when_no_phone_application_takes_it_and_long_lines_wrap(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(qtbot, demo_store, desk_process)
    asked: list[str] = []
    monkeypatch.setattr(
        "callnotes.ui.workspace.workspace.QDesktopServices.openUrl",
        lambda url: asked.append(url.toString()) or False,
    )
    QApplication.clipboard().clear()
    ws.title.linkActivated.emit("tel:+34912345678")
    assert asked == ["tel:+34912345678"]
    assert QApplication.clipboard().text() == "+34912345678"
    assert ws.notice.isVisible() and "No phone application: number copied" in ws.notice.text()

    long_line = "Explica con detalle " * 40
    ws.commit_line("note", long_line)
    height = ws.notes.table.rowHeight(0)  # the first line of the call
    assert height > 3 * ws.notes.table.fontMetrics().lineSpacing()  # wrapped: read whole in its row
    assert long_line.strip() in ws.notes.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
