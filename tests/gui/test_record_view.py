"""The record in the GUI: its state per debtor, the history with amendments, and amending."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from callnotes.domain.money import Money, format_money
from callnotes.services.backend import DeskProcess
from callnotes.store.access import Store
from callnotes.ui.amend_dialog import AmendDialog
from callnotes.ui.table_model import ROW_ROLE
from tests.gui.test_main_window import make_window

HAPPENED, RECORDED, ENTRY = 1, 2, 4  # columns of the Record tab


def _select(window, name_start: str) -> None:  # type: ignore[no-untyped-def]
    model = window.debtor_list.model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(ROW_ROLE).name.startswith(name_start)
    )
    window.debtor_list.table.selectRow(row)


def test_record_state_and_history_are_shown(qtbot, demo_store: Store, desk_process: DeskProcess) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    _select(window, "Hartley")
    qtbot.waitUntil(lambda: window.detail.title.text().startswith("Hartley"), timeout=10_000)
    qtbot.waitUntil(lambda: "✓" in window.detail.record_state.text(), timeout=10_000)
    history = window.detail.history.model
    texts = [history.index(r, ENTRY).data() for r in range(history.rowCount())]
    assert any("She will pay $1,500.00" in t for t in texts)
    promised = format_money(
        Money(150000, "USD"), "es_ES"
    )  # worded like the packet, in the interface's locale
    assert any(t.startswith(f"Promete pagar {promised}") for t in texts)


def test_a_broken_record_is_shown_with_words_not_only_colour(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(demo_store.paths.database)
    con.execute("DROP TRIGGER guard_entry_update")
    con.execute("UPDATE entry SET text = 'changed' WHERE debtor_id = 3 AND seq = 4")
    con.commit()
    con.close()
    window = make_window(qtbot, desk_process)
    _select(window, "Hartley")
    qtbot.waitUntil(lambda: "✗" in window.detail.record_state.text(), timeout=10_000)
    assert "BROKEN at entry 4" in window.detail.record_state.text()


def test_amending_from_the_history_keeps_the_original(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    window.debtors_action.trigger()  # the list and its debtor's record, not the agenda the day starts on
    _select(window, "Hartley")
    qtbot.waitUntil(
        lambda: window.detail.title.text().startswith("Hartley") and not window.worker.busy, timeout=10_000
    )
    panel = window.detail.history
    row = next(r for r in range(panel.model.rowCount()) if panel.model.row_at(r).entry.kind == "said")
    original = panel.model.row_at(row).entry.text

    def fill_and_accept(dialog: AmendDialog) -> int:
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()  # no reason yet
        dialog.text.setPlainText("She says the client paid late; cash is tight until the 30th.")
        dialog.reason.setText("clarified after listening back")
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AmendDialog, "exec", fill_and_accept)
    panel.table.selectRow(row)
    panel.amend_button.click()
    qtbot.waitUntil(
        lambda: any(panel.model.row_at(r).amendment for r in range(panel.model.rowCount())), timeout=10_000
    )
    rows = [panel.model.row_at(r) for r in range(panel.model.rowCount())]
    position = next(i for i, r in enumerate(rows) if r.entry.text == original)
    assert (
        rows[position + 1].amendment
        and "clarified after listening back" in panel.model.index(position + 1, ENTRY).data()
    )
    qtbot.waitUntil(
        lambda: "✓" in window.detail.record_state.text(), timeout=10_000
    )  # checked after the amendment


def test_the_record_tab_shows_when_a_line_happened_and_when_it_was_recorded(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)
    _select(window, "Hartley")
    qtbot.waitUntil(
        lambda: window.detail.title.text().startswith("Hartley") and not window.worker.busy, timeout=10_000
    )  # the record's first page follows the debtor's figures
    model = window.detail.history.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    said = next(r for r, row in enumerate(rows) if row.entry.kind == "said")  # typed 6 days ago, in a call
    invoice = next(r for r, row in enumerate(rows) if row.entry.kind == "invoice")  # entered as it happened
    formats = window.formats
    assert model.index(said, HAPPENED).data() == formats.moment(rows[said].entry.occurred_at)
    assert model.index(said, RECORDED).data() == formats.moment(rows[said].entry.recorded_at)
    assert rows[said].entry.occurred_at < rows[said].entry.recorded_at
    assert model.index(invoice, RECORDED).data() == ""  # the same moment is not shown twice


def test_a_row_that_disagrees_with_the_record_is_shown_and_reported(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    con = sqlite3.connect(demo_store.paths.database)
    con.execute("UPDATE invoice SET amount_minor = amount_minor * 4 WHERE number = 'INV-1007'")
    con.commit()
    con.close()
    window = make_window(qtbot, desk_process)
    _select(window, "Hartley")
    qtbot.waitUntil(lambda: "✗" in window.detail.record_state.text(), timeout=10_000)
    assert "amount_minor" in window.detail.record_state.text()  # the chain holds; the invoice does not
    assert "row_mismatch" in window.detail.record_state.toolTip()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window.verify_all_records()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "row_mismatch [debtor 3, invoice 8" in shown[0]


def test_an_entry_is_read_whole_with_enter_or_a_double_click_and_corrected_only_on_request(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from callnotes.ui.entry_view import EntryView

    window = make_window(qtbot, desk_process)
    window.debtors_action.trigger()  # the list and its debtor's record, not the agenda the day starts on
    _select(window, "Hartley")
    qtbot.waitUntil(
        lambda: window.detail.title.text().startswith("Hartley") and not window.worker.busy, timeout=10_000
    )
    panel = window.detail.history
    row = next(r for r in range(panel.model.rowCount()) if panel.model.row_at(r).entry.kind == "said")
    entry = panel.model.row_at(row).entry
    read: list[str] = []
    amended: list[str] = []
    answer = {"code": 0}

    def shown(view: EntryView) -> int:
        assert view.text.isReadOnly()
        read.append(view.text.toPlainText())
        return answer["code"]

    monkeypatch.setattr(EntryView, "exec", shown)
    monkeypatch.setattr(AmendDialog, "exec", lambda dialog: amended.append(dialog.text.toPlainText()) or 0)
    assert entry.text in panel.model.index(row, ENTRY).data(Qt.ItemDataRole.ToolTipRole)
    window.detail.tabs.setCurrentWidget(window.detail.record)
    window.activateWindow()
    panel.table.setFocus()
    panel.table.selectRow(row)
    qtbot.waitUntil(panel.table.hasFocus, timeout=5000)
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    panel.table.scrollTo(panel.model.index(row, ENTRY))
    rect = panel.table.visualRect(panel.model.index(row, ENTRY))
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert read == [entry.text, entry.text] and amended == []  # read whole, twice; nothing to correct
    answer["code"] = EntryView.AMEND  # Amend… in the view: then the correction dialog
    panel.read_action.trigger()
    assert amended == [entry.text]
