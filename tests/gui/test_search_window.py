"""Search everything (Ctrl+F), driven by the keyboard, on the example data and the real desk process."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from callnotes.domain.search import HitKind, SearchHit, SearchOrder, Snippet, fold
from callnotes.errors import CallnotesError
from callnotes.services.backend import DeskProcess
from callnotes.services.desk import Desk
from callnotes.store.access import Store
from callnotes.ui.main_window import MainWindow
from callnotes.ui.search_window import HIGHLIGHT, SearchWindow
from tests.gui.test_main_window import make_window
from tests.gui.test_workspace import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
HARTLEY = 3  # an example debtor


def opened_search(qtbot, window: MainWindow, widget) -> SearchWindow:  # type: ignore[no-untyped-def]
    """Ctrl+F pressed in `widget`, which has the focus: the search opens with the focus in its field."""
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5000)
    QTest.keyClick(widget, Qt.Key.Key_F, CTRL)
    search = window.search
    assert search is not None
    qtbot.waitUntil(lambda: search.isVisible() and QApplication.focusWidget() is search.field, timeout=5000)
    return search


def searched(qtbot, search: SearchWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """`text` typed into the field (key by key), and its hits back."""
    search.field.clear()
    type_text(search.field, text)
    qtbot.waitUntil(lambda: search.query == text and not search.model.loading, timeout=10_000)


def test_ctrl_f_from_the_list_finds_nunez_highlighted_and_a_chosen_entry_is_shown_in_the_record(
    qtbot, qtmodeltester, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    window.resize(1366, 768)
    window.open_debtor(window.debtor_list.model.row_at(0).id)
    QTest.keyClick(window.debtor_list.table, Qt.Key.Key_K, CTRL)  # finding a debtor in the list
    assert window.focusWidget() is window.debtor_list.filter
    search = opened_search(qtbot, window, window.debtor_list.table)
    assert search.model.rowCount() == 0 and "Type a word" in search.status.text()

    searched(qtbot, search, "nunez")
    model = search.model
    assert model.rowCount() >= 2
    hits = [search.hit(row) for row in range(model.rowCount())]
    assert {hit.kind for hit in hits} >= {HitKind.DEBTOR, HitKind.PERSON}
    assert all(hit.debtor_name == "Construcciones Núñez Peña S.L." for hit in hits)
    for hit in hits:  # the matched words are the odd parts, as written: Núñez
        assert "Núñez" in hit.snippet.parts[1::2] and fold(hit.snippet.parts[1]) == "nunez"
    assert search.status.text() == f"Found: {model.rowCount()}."
    qtmodeltester.check(model)
    QApplication.processEvents()
    picture = search.list.viewport().grab().toImage()
    marked = sum(
        picture.pixelColor(x, y) == HIGHLIGHT
        for x in range(0, picture.width(), 2)
        for y in range(0, picture.height(), 2)
    )
    assert marked > 20, "the matched words are drawn on the highlight"

    # the field keeps the focus; Down moves into the hits, Escape closes
    assert QApplication.focusWidget() is search.field
    QTest.keyClick(search.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is search.list and search.list.currentIndex().row() == 0
    QTest.keyClick(search.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not search.isVisible(), timeout=2000)

    # Ctrl+F again: the same hits, the query selected to type over; an entry chosen with Enter
    search = opened_search(qtbot, window, window.debtor_list.table)
    assert search.field.selectedText() == "nunez" and model.rowCount() == len(hits)
    searched(qtbot, search, "pag")
    entry_row = next(row for row in range(model.rowCount()) if search.hit(row).kind is HitKind.ENTRY)
    entry = search.hit(entry_row)
    QTest.keyClick(search.field, Qt.Key.Key_Down)
    search.list.setCurrentIndex(model.index(entry_row, 0))
    QTest.keyClick(search.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not search.isVisible(), timeout=2000)
    assert window.debtor_list.selected_id() == entry.debtor_id
    qtbot.waitUntil(lambda: window.detail.history.selected_entry() is not None, timeout=10_000)
    assert window.detail.tabs.currentWidget() is window.detail.record
    shown = window.detail.history.selected_entry()
    assert shown is not None and shown.seq == entry.seq
    assert window.focusWidget() is window.detail.history.table  # Enter reads it whole


def test_order_empty_query_nothing_found_stale_answers_and_errors(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    search = opened_search(qtbot, window, window.debtor_list.table)
    model = search.model
    searched(qtbot, search, "pag")
    newest = [search.hit(row) for row in range(model.rowCount())]
    moments = [hit.at for hit in newest if hit.at is not None]
    assert len(moments) >= 3 and moments == sorted(moments, reverse=True)

    search.order.setCurrentIndex(search.order.findData(SearchOrder.RELEVANCE))
    assert model.loading  # asked again, in the other order
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() > 0, timeout=10_000)
    assert {(h.debtor_id, h.kind, h.seq) for h in (search.hit(r) for r in range(model.rowCount()))} == {
        (h.debtor_id, h.kind, h.seq) for h in newest
    }

    # typing searches once, after the pause: not once a key
    asked: list[tuple[str, SearchOrder]] = []
    real_search = search.search
    monkeypatch.setattr(
        search, "search", lambda query, order: asked.append((query, order)) or real_search(query, order)
    )
    searched(qtbot, search, "nunez")
    assert asked == [("", SearchOrder.RELEVANCE), ("nunez", SearchOrder.RELEVANCE)]  # cleared; the word

    # an answer to an older query is dropped
    search.search("nunez", SearchOrder.NEWEST)
    search.search("παπαδοπουλος", SearchOrder.NEWEST)
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert model.rowCount() > 0
    assert all(search.hit(row).debtor_name.startswith("Παπαδόπουλος") for row in range(model.rowCount()))

    search.field.clear()  # an empty query: nothing, and a hint
    assert model.rowCount() == 0 and "Type a word" in search.status.text()
    searched(qtbot, search, "zzqqxx")
    assert model.rowCount() == 0 and search.status.text() == "Nothing found for “zzqqxx”."

    # a failure in the interface's words: the user's or the environment's as its sentence, a bug named
    failures: list[Exception] = [CallnotesError("The data folder cannot be read."), ValueError("boom")]

    def refused(job, on_success, on_failure=None, **kwargs):  # type: ignore[no-untyped-def]
        assert job.method == "search"
        QTimer.singleShot(0, lambda: on_failure(failures.pop(0)))  # as the worker: never before start returns

    monkeypatch.setattr(window.worker, "start", refused)
    search.field.setText("anything")
    qtbot.waitUntil(lambda: search.status.text() == "The data folder cannot be read.", timeout=2000)
    search.field.setText("anything else")
    qtbot.waitUntil(lambda: "ValueError: boom" in search.status.text(), timeout=2000)


def test_ctrl_f_while_typing_a_note_opens_the_search_and_the_call_stays_in_front(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    opened = Desk(demo_store, "tester").start_call(1, None, "+34912345678")
    window.open_call(opened.interaction.id)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.workspace, timeout=10_000)
    line = window.workspace.notes.input
    type_text(line, "Dice que")
    search = opened_search(qtbot, window, line)
    assert line.text() == "Dice que"  # the note line kept what was typed
    searched(qtbot, search, "nunez")
    QTest.keyClick(search.field, Qt.Key.Key_Return)  # the first hit
    qtbot.waitUntil(lambda: not search.isVisible(), timeout=2000)
    assert window.pages.currentWidget() is window.workspace
    assert "End the call" in window.statusBar().currentMessage()


def test_a_hit_on_a_filtered_out_archived_debtor_lists_the_archived_and_selects_it(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    Desk(demo_store, "tester").archive_debtor(HARTLEY, "paid", "settled in full")
    window = make_window(qtbot, desk_process)
    listed = window.debtor_list
    listed.filter.setText("Núñez")  # the list shows another debtor, and no archived one
    qtbot.waitUntil(
        lambda: not listed.typing_pause.isActive() and listed.model.rowCount() == 1, timeout=10_000
    )
    hit = SearchHit(HitKind.DEBTOR, HARTLEY, "Hartley Print & Sign LLC", None, "Hartley", Snippet(("",)))
    window.show_hit(hit)
    qtbot.waitUntil(lambda: listed.selected_id() == HARTLEY, timeout=10_000)  # the desk answered each step
    assert listed.show_archived.isChecked() and listed.filter.text() == ""
