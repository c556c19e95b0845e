"""The window's long lists fetch what is seen: checked models, one line read again after a call, and
column widths that never come from asking the cells."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from callnotes.services.backend import DeskProcess
from callnotes.services.desk import Desk
from callnotes.store.access import Store
from callnotes.ui.main_window import MainWindow
from callnotes.ui.ui_state import UiState
from tests.gui.test_main_window import make_window, settle
from tests.gui.test_window_during_call import LAST_CONTACT, _end_as_reached, _in_call

FITTED = {QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Stretch}


def modes(view: QTableView) -> set[QHeaderView.ResizeMode]:
    header = view.horizontalHeader()
    return {header.sectionResizeMode(c) for c in range(header.count())}


def test_the_debtor_list_and_the_record_are_checked_paged_models(
    qtbot, qtmodeltester, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    window.debtors_action.trigger()
    qtmodeltester.check(window.debtor_list.model)
    assert window.debtor_list.model.complete and window.debtor_list.model.rowCount() == 3
    qtbot.waitUntil(lambda: window.detail.debtor_id is not None, timeout=10_000)
    settle(qtbot, window)
    history = window.detail.history.model
    assert history.rowCount() > 0 and history.row_at(0).entry.seq == 1
    qtmodeltester.check(history)
    for view in (window.debtor_list.table, window.detail.history.table):  # no column sized by its cells
        assert modes(view) <= FITTED
        assert all(view.horizontalHeader().sectionSize(c) > 20 for c in range(view.model().columnCount()))


def test_a_saved_older_header_comes_back_with_its_widths_but_not_sized_by_the_cells(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    ui_state = UiState(desk_process.paths.ui_state)
    old = QTableView()
    qtbot.addWidget(old)
    old.setModel(make_window(qtbot, desk_process).debtor_list.model)
    old.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # as saved before
    ui_state.save_header("main/debtors", old.horizontalHeader())
    ui_state.sync()
    window = MainWindow(desk_process, UiState(desk_process.paths.ui_state), "en_US")
    qtbot.addWidget(window)
    assert modes(window.debtor_list.table) <= FITTED


def test_ending_a_call_reads_only_that_debtors_line_again(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    model = window.debtor_list.model
    position = model.position_of_key(1)
    assert position is not None
    before = model.row_at(position)
    resets: list[int] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda *_: resets.append(2))
    model.dataChanged.connect(lambda first, last: changed.extend(range(first.row(), last.row() + 1)))
    interaction_id = Desk(demo_store, "tester").start_call(1, None, "+34912345678").interaction.id
    _in_call(qtbot, window, interaction_id)
    _end_as_reached(monkeypatch)
    with qtbot.waitSignal(window.workspace.finished, timeout=10_000):
        window.workspace.end_call()
    today = window.formats.day(window.desk.clock.today())
    qtbot.waitUntil(
        lambda: str(model.index(position, LAST_CONTACT).data()) == f"{today} · call: reached", timeout=10_000
    )
    settle(qtbot, window)
    after = model.row_at(position)
    assert after.id == 1 and after.last_contact_at != before.last_contact_at
    assert resets == [] and set(changed) == {position}  # that line changed; the list was not read again
