"""The agenda page: the start screen with the example data, its keys, and marks that persist."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from callnotes.services.backend import DeskProcess
from callnotes.services.desk import Desk
from callnotes.store.access import Store
from callnotes.ui.main_window import MainWindow
from tests.gui.test_main_window import make_window

SPAIN = "Construcciones Núñez Peña S.L."


def agenda_window(qtbot, desk: DeskProcess) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk)
    qtbot.waitUntil(
        lambda: window.pages.currentWidget() is window.agenda and window.agenda.loaded, timeout=10_000
    )
    window.activateWindow()
    window.agenda.table.setFocus()
    return window


def shown_keys(window: MainWindow) -> list[int]:
    """The debtors on the agenda, one line each."""
    return [line.debtor_id for line in window.agenda.model.rows]


def kept_debtors(store: Store) -> set[int]:
    """The debtors the desk still puts on today's agenda (snoozed and done rows left out)."""
    return {row.debtor_id for row in Desk(store, "tester").agenda_view().rows}


def test_the_agenda_opens_on_start_with_the_broken_promise_first_and_enter_opens_the_debtor(
    qtbot, qtmodeltester, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = agenda_window(qtbot, desk_process)
    model = window.agenda.model
    qtmodeltester.check(model)
    assert (model.index(0, 0).data(), model.index(0, 1).data()) == ("Promise broken", SPAIN)
    assert model.index(0, 4).data() == (  # one line a debtor: its other reasons named after the first
        "Promised 500,00\xa0€ by 2/10/2026; nothing was paid."
        " (also: Follow-up due, No recent conversation, Reminder due)"
    )
    assert model.rowCount() == len({row.debtor_id for row in Desk(demo_store, "tester").agenda_view().rows})
    spain = window.agenda.selected()
    assert spain is not None and window.debtor_list.selected_id() == spain.debtor_id  # Ctrl+Enter calls it
    qtbot.keyClick(window.agenda.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.debtors_page
    qtbot.waitUntil(lambda: window.detail.title.text() == SPAIN, timeout=10_000)
    qtbot.keyClick(window.debtor_list.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.agenda


def test_s_snoozes_and_d_marks_done_by_key_and_both_persist(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = agenda_window(qtbot, desk_process)
    first, second = shown_keys(window)[:2]
    qtbot.keyClick(window.agenda.table, Qt.Key.Key_S)
    assert shown_keys(window)[0] == second  # gone at once, the next row current
    assert window.agenda.selected() is not None and window.agenda.selected().debtor_id == second
    qtbot.keyClick(window.agenda.table, Qt.Key.Key_D)
    assert first not in shown_keys(window) and second not in shown_keys(window)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    kept = kept_debtors(demo_store)  # every reason of each line was marked
    assert first not in kept and second not in kept
    window.refresh()  # loaded afresh, the marks hold
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    assert first not in shown_keys(window) and second not in shown_keys(window)


def press(
    widget: QWidget, key: int, text: str, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key as a layout gives it: under a Greek one, S is Qt's key Σ (0x3A3) with the text σ."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def test_greek_s_and_d_work_the_status_bar_says_so_ctrl_z_undoes_and_the_empty_agenda_counts_them(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = agenda_window(qtbot, desk_process)
    page, table = window.agenda, window.agenda.table
    lines = list(page.model.rows)
    first, second = lines[0].debtor_id, lines[1].debtor_id
    press(table, 0x3A3, "σ")
    assert first not in shown_keys(window)
    said = window.statusBar().currentMessage()
    assert said.startswith(f"{lines[0].first.debtor_name} snoozed until ") and said.endswith("Ctrl+Z to undo")
    press(table, 0x394, "δ")
    assert second not in shown_keys(window)
    assert window.statusBar().currentMessage() == f"{lines[1].first.debtor_name} marked done · Ctrl+Z to undo"
    assert page.hidden_note.text().startswith("Not shown today: 1 snoozed, 1 marked done")
    press(table, Qt.Key.Key_Z, "\x1a", Qt.KeyboardModifier.ControlModifier)  # the last one first
    qtbot.waitUntil(lambda: second in shown_keys(window), timeout=10_000)
    assert page.selected() is not None and page.selected().debtor_id == second
    assert window.statusBar().currentMessage() == f"{lines[1].first.debtor_name} is back on the agenda."
    assert second in kept_debtors(demo_store) and first not in kept_debtors(demo_store)  # saved
    page.undo_action.trigger()  # the context menu's Undo
    qtbot.waitUntil(lambda: first in shown_keys(window), timeout=10_000)
    assert first in kept_debtors(demo_store) and not page.undo_action.isEnabled()
    for _ in lines:
        press(table, 0x394, "δ")
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    window.refresh()
    qtbot.waitUntil(lambda: not window.worker.busy and page.empty.isVisible(), timeout=10_000)
    assert page.hidden_note.isVisible() and page.hidden_note.text().startswith(
        f"Not shown today: 0 snoozed, {len(lines)} marked done"
    )
    # the words sit at the top, under the hint, not in the middle of the page
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: page.height() > 500, timeout=10_000)
    for words in (page.hint, page.empty, page.hidden_note):  # each as tall as its text, from the top down
        assert words.height() < 2 * words.sizeHint().height() and words.y() < page.height() // 4


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup menu, offscreen
def test_shift_s_offers_longer_snoozes(qtbot, demo_store: Store, desk_process: DeskProcess) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    window = agenda_window(qtbot, desk_process)
    first = shown_keys(window)[0]
    qtbot.keyClick(window.agenda.table, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)
    [menu] = window.agenda.findChildren(QMenu)
    assert first in shown_keys(window)  # nothing snoozed until a day is chosen
    week = next(a for a in menu.actions() if a.text() == "For 7 days")
    week.trigger()
    assert first not in shown_keys(window)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    assert first not in kept_debtors(demo_store)
    menu.close()


def test_the_facts_panel_and_the_debtor_show_promise_and_plan_states(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]

    from callnotes.ui.debtor_detail import DebtorDetailPanel
    from callnotes.ui.formats import Formats
    from callnotes.ui.workspace.facts_panel import FactsPanel
    from tests.integration.test_agenda import GREEK, agree_plan_and_part_keep_a_promise

    agree_plan_and_part_keep_a_promise(demo_store)
    desk = Desk(demo_store, "tester")
    formats = Formats("en_US", "Europe/Madrid")
    panel = FactsPanel(formats)
    qtbot.addWidget(panel)
    panel.show_facts(desk.facts(GREEK))
    texts = panel.texts()
    assert any("◐ €100.00 by 11/12/2026 (part-kept) · €30.00 paid" in t for t in texts)
    assert any("◐ Plan of €300.00, agreed 10/13/2026 (behind)" in t for t in texts)
    assert any(
        "✓ 10/23 €100.00 paid · ◐ 11/21 €100.00 part-paid · … 12/21 €100.00 upcoming" in t for t in texts
    )
    detail = DebtorDetailPanel(formats)
    qtbot.addWidget(detail)
    detail.show_detail(desk.debtor(GREEK))
    model = detail.promises.model
    rows = [[model.index(r, c).data() for c in (0, 5)] for r in range(model.rowCount())]
    assert rows == [
        ["Promise to pay", "part-kept"],
        ["Payment plan", "behind"],
        ["    Instalment 1 of 3", "paid"],
        ["    Instalment 2 of 3", "part-paid"],
        ["    Instalment 3 of 3", "upcoming"],
    ]
    detail.promises.table.selectRow(0)
    assert "100" in detail.promises.history.toPlainText()  # the record entry of the promise


def test_the_agenda_reloads_when_data_changes_and_returns_after_a_visit_to_the_list(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = agenda_window(qtbot, desk_process)
    first = window.agenda.selected()
    assert first is not None
    desk = Desk(demo_store, "tester")
    for item in first.items:  # as another form saves
        desk.done_agenda(item.debtor_id, item.reason.value)
    window.entry.changed.emit(first.debtor_id)  # what every saved form says
    qtbot.waitUntil(lambda: first.debtor_id not in shown_keys(window), timeout=10_000)
    window.debtors_action.trigger()
    assert not window.agenda.stale
    window.entry.changed.emit(first.debtor_id)  # on the list, the agenda waits until it is shown
    assert window.agenda.stale
    window.agenda_action.trigger()
    assert window.pages.currentWidget() is window.agenda and not window.agenda.stale
