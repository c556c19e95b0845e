"""The contact guard in the window: a call that would be too soon and too early shows why; Esc
starts nothing; going ahead (Enter in the reason field) needs a reason, which the ended call's record
keeps as its first entry, naming the warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from callnotes.domain.entries import GuardOverrideDetails
from callnotes.services.backend import DeskProcess
from callnotes.store import queries
from callnotes.store.access import Store
from callnotes.store.account import read_account
from callnotes.ui.contact_guard import GuardDialog
from callnotes.ui.main_window import MainWindow
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from tests.gui.test_main_window import make_window
from tests.gui.test_workspace import type_text

HARTLEY = 3  # the example's debtor in New York, talked to on 16 November; at noon UTC it is 07:00 there


def _guard(qtbot) -> GuardDialog:  # type: ignore[no-untyped-def]
    found: list[GuardDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuardDialog) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    return found[0]


def test_a_guard_warning_appears_and_its_override_reason_is_recorded(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(MainWindow, "_choose_number", lambda self, debtor, people: (None, "+12125550148"))
    window = make_window(qtbot, desk_process)
    window.debtors_action.trigger()  # called from the list, the call returns to it with the debtor selected

    window.start_call(HARTLEY)
    dialog = _guard(qtbot)
    words = [line.text() for line in dialog.lines]
    assert len(words) == 2
    assert "6" in words[0] and "16/11/2026" in words[0] and "7" in words[0]  # days ago, when, the interval
    assert "07:00" in words[1] and "America/New_York" in words[1] and "08:00–21:00" in words[1]
    assert not dialog.go_ahead.isEnabled()  # never without a reason
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)  # Esc cancels
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    with demo_store.sessions() as session:
        assert not queries.open_interactions(session)  # cancelled: no call was started
    assert window.workspace.call is None

    window.start_call(HARTLEY)
    dialog = _guard(qtbot)
    dialog.reason.setFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter without a reason: says one is needed
    assert dialog.isVisible() and dialog.needs_reason.isVisibleTo(dialog)
    type_text(dialog.reason, "They asked for an early call before their shift")
    assert dialog.go_ahead.isEnabled() and not dialog.needs_reason.isVisibleTo(dialog)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter in the reason field goes ahead
    qtbot.waitUntil(lambda: window.workspace.call is not None and not window.worker.busy, timeout=10_000)
    ws = window.workspace
    assert [(r.kind, r.text) for r in ws.notes.model.rows] == [
        ("guard_override", "They asked for an early call before their shift")
    ]
    said = ws.notes.model.index(0, 3).data()  # the line names what was overridden, as the record will
    for part in (" 6 ", "16/11/2026", " 7 ", "07:00", "22/11/2026", "America/New_York", "08:00–21:00"):
        assert part in said  # days before, when, the interval; their time, zone and the hours
    assert said.endswith(": They asked for an early call before their shift")
    # the facts panel's header says where the debtor stands: a promise runs until 30 November
    stage = [text for text in ws.facts_panel.texts() if text.startswith("Stage:")]
    assert len(stage) == 1 and "12/2026" in stage[0]

    def end(dialog: EndCallDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EndCallDialog, "exec", end)
    interaction_id = ws.interaction_id
    with qtbot.waitSignal(ws.finished, timeout=10_000):
        ws.end_call()
    with demo_store.sessions() as session:
        entries = [e for e in read_account(session, HARTLEY).entries if e.interaction_id == interaction_id]
    first = entries[0]
    assert (first.kind, first.text) == ("guard_override", "They asked for an early call before their shift")
    assert isinstance(first.details, GuardOverrideDetails)
    assert [w.code for w in first.details.warnings] == ["too_soon", "outside_hours"]
    assert entries[-1].kind == "interaction"
    assert window.formats.entry(first) == said  # the Record tab words it as the call did
    qtbot.waitUntil(lambda: window.detail.debtor_id == HARTLEY and not window.worker.busy, timeout=10_000)
    assert window.detail.escalation.text() == stage[0]  # the debtor panel says the same
