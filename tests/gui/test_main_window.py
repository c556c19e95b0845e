"""The first window: debtor list over a checked table model, detail of the selected debtor, layout kept."""

from __future__ import annotations

from PySide6.QtCore import Qt

from callnotes.services.backend import DeskProcess
from callnotes.store.access import Store
from callnotes.ui.main_window import MainWindow
from callnotes.ui.table_model import ROW_ROLE
from callnotes.ui.ui_state import UiState


def make_window(qtbot, desk: DeskProcess, locale: str = "es_ES") -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(desk, UiState(desk.paths.ui_state), locale)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    return window


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until the list has asked for what was typed in its filter, and every desk call of the
    window has come back."""
    qtbot.waitUntil(
        lambda: not window.debtor_list.typing_pause.isActive() and not window.worker.busy, timeout=10_000
    )


def test_lists_the_example_debtors_sortably(
    qtbot, qtmodeltester, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    model = window.debtor_list.model
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    selected = window.debtor_list.selected_id()
    window.debtor_list.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # owed, per currency
    settle(qtbot, window)  # the desk sorts: the list comes back in that order
    names = [model.index(r, 0).data() for r in range(3)]
    assert names == ["Παπαδόπουλος & Σια Ο.Ε.", "Construcciones Núñez Peña S.L.", "Hartley Print & Sign LLC"]
    assert window.debtor_list.selected_id() == selected  # sorting keeps the selection on its debtor
    window.debtor_list.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # oldest overdue first
    settle(qtbot, window)
    assert [model.index(r, 2).data() for r in range(3)] == ["130", "95", "45"]
    window.debtor_list.filter.setText("PAPADÓ")  # no match: the name is Greek
    settle(qtbot, window)
    assert model.rowCount() == 0
    window.debtor_list.filter.setText("hartley")
    settle(qtbot, window)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Hartley Print & Sign LLC"]
    qtmodeltester.check(model)
    window.debtor_list.filter.clear()
    settle(qtbot, window)
    assert model.rowCount() == 3


def test_selecting_a_debtor_shows_its_invoices_and_payments(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    greek = next(
        r
        for r in range(3)
        if window.debtor_list.model.index(r, 0).data(ROW_ROLE).name.startswith("Παπαδόπουλος")
    )
    window.debtor_list.table.selectRow(greek)
    qtbot.waitUntil(lambda: window.detail.title.text() == "Παπαδόπουλος & Σια Ο.Ε.", timeout=10_000)
    assert "4.645,00\xa0€" in window.detail.balance.text()
    invoices = window.detail.invoices.model
    assert [invoices.index(r, 0).data() for r in range(invoices.rowCount())] == [
        "ΤΠΥ-118",
        "ΤΠΥ-131",
        "ΤΠΥ-140",
    ]
    assert invoices.index(0, 7).data() == "2.860,00\xa0€"  # open after the part payment
    assert window.detail.payments.model.rowCount() == 1


def test_empty_database_offers_example_data(qtbot, store: Store, desk_process: DeskProcess) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    assert window.debtor_list.empty.isVisible()
    qtbot.mouseClick(window.debtor_list.load_example, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.debtor_list.model.rowCount() == 3, timeout=10_000)
    assert not window.debtor_list.empty.isVisible()


def test_window_size_and_splitter_are_remembered(qtbot, demo_store: Store, desk_process: DeskProcess) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    window.resize(770, 540)  # the offscreen screen is 800×600
    qtbot.waitUntil(lambda: window.size().width() == 770)
    qtbot.waitUntil(lambda: window.detail.call_button.isEnabled() and not window.worker.busy, timeout=10_000)
    window.debtors_action.trigger()  # the splitter is on the list of debtors (the agenda opens first)
    window.splitter.setSizes([320, 446])
    sizes = window.splitter.sizes()
    window.agenda_action.trigger()  # left on the agenda: the next windows open on it
    size = window.size()
    window.close()
    unvisited = make_window(qtbot, desk_process)  # closed on the agenda: the splitter's sizes stay
    unvisited.close()
    again = make_window(qtbot, desk_process)
    qtbot.waitUntil(lambda: again.detail.call_button.isEnabled() and not again.worker.busy, timeout=10_000)
    assert again.size() == size
    again.debtors_action.trigger()
    assert again.splitter.sizes() == sizes


def test_the_window_opens_on_the_page_it_was_left_on(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    assert window.pages.currentWidget() is window.agenda  # with data, the day starts with who to contact
    window.debtors_action.trigger()
    window.close()
    again = make_window(qtbot, desk_process)
    assert again.pages.currentWidget() is again.debtors_page and again.debtor_list.model.rowCount() == 3


def painted_first(qtbot, desk: DeskProcess) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as the app opens it: painted, then built (the list first, the rest after)."""
    window = MainWindow(desk, UiState(desk.paths.ui_state), "es_ES", build=False)
    qtbot.addWidget(window)
    window.build_once_painted()
    window.show()
    qtbot.waitUntil(lambda: hasattr(window, "debtors_action"), timeout=10_000)  # the list is built
    return window


def test_at_start_the_list_never_shows_before_the_agenda_and_ctrl_2_brings_it_before_the_rest(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = painted_first(qtbot, desk_process)
    shown = [window.pages.currentWidget()]
    window.pages.currentChanged.connect(lambda _index: shown.append(window.pages.currentWidget()))
    qtbot.waitUntil(lambda: window.built and window.pages.currentWidget() is window.agenda, timeout=10_000)
    assert window.debtors_page not in shown  # blank until the agenda is there: no list flashing by
    window.close()

    again = painted_first(qtbot, desk_process)  # left on the agenda: it is the start page again
    assert not again.built and again.pages.currentWidget() is not again.debtors_page
    again.debtors_action.trigger()  # Ctrl+2 while the rest of the window is still to be built
    assert again.pages.currentWidget() is again.debtors_page
    qtbot.waitUntil(lambda: again.built and again.debtor_list.model.rowCount() == 3, timeout=10_000)
    settle(qtbot, again)
    assert (
        again.pages.currentWidget() is again.debtors_page
    )  # the user's choice: not taken over by the agenda


def test_show_archived_keeps_the_debtors_view_on_a_debtor_the_list_shows(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    from callnotes.services.desk import Desk

    Desk(demo_store, "tester").archive_debtor(1, "lawyer", "Con el abogado")
    window = make_window(qtbot, desk_process)
    assert window.debtor_list.model.rowCount() == 2
    window.debtor_list.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: window.detail.title.text() == "Construcciones Núñez Peña S.L.", timeout=10_000)
    assert window.debtor_list.selected_id() == 1
    assert window.entry.archive.text().replace("&", "") == "Back to the list…"
    window.debtor_list.filter.setText("no such debtor")
    qtbot.waitUntil(lambda: window.detail.view is None, timeout=10_000)
    assert not window.entry.edit_debtor.isEnabled()
