"""Export this debtor's data… and Delete this debtor's data… in the window: the save dialog, the ZIP, the
typed confirmation that keeps the button disabled until the name is right, and the list afterwards."""

from __future__ import annotations

import json
import sqlite3
import stat
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from shiboken6 import isValid

from callnotes.services.backend import DeskProcess
from callnotes.store.access import Store
from callnotes.ui.main_window import MainWindow
from tests.gui.test_main_window import make_window

HARTLEY = "Hartley Print & Sign LLC"


def _show(qtbot, window: MainWindow, debtor_id: int) -> None:  # type: ignore[no-untyped-def]
    window.debtor_list.select(debtor_id)
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.debtor.id == debtor_id, timeout=10_000
    )


def _save_as(monkeypatch, target: Path) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def chosen(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(target), "ZIP archive (*.zip)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chosen))
    return asked


def test_export_saves_a_zip_where_the_save_dialog_says(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    _show(qtbot, window, 3)
    asked = _save_as(monkeypatch, tmp_path / "hartley")  # typed without the extension
    assert window.person_data.export_data.isEnabled()
    window.person_data.export_data.trigger()
    qtbot.waitUntil(lambda: window.person_data.message is not None, timeout=20_000)
    assert asked[0].endswith(".zip")
    out = tmp_path / "hartley.zip"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as archive:
        assert json.loads(archive.read("debtor.json"))["debtor"]["name"] == HARTLEY
        assert json.loads(archive.read("manifest.json"))["heads"][0]["debtor_id"] == 3
    message = window.person_data.message
    assert message is not None and str(out) in message.text() and "keep it safe" in message.text()
    assert window.person_data.progress is None  # the progress window is gone


def test_delete_waits_for_the_typed_name_offers_the_export_and_updates_the_list(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    _show(qtbot, window, 3)
    window.person_data.delete_data.trigger()
    dialog = window.person_data.dialog
    assert dialog is not None and dialog.isVisible()
    assert HARTLEY in dialog.intro.text() and "cannot be undone" in dialog.intro.text()
    button = dialog.save_button
    assert not button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "Hartley Print")
    assert not button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Asked by e-mail on 20 November")
    dialog.accept()  # what Ctrl+Enter does, even with the button disabled: no way round the name
    assert dialog.isVisible() and dialog.refused
    assert any("exactly" in label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
    assert not button.isEnabled()
    qtbot.keyClicks(dialog.confirm, " & Sign LLC")
    assert button.isEnabled()
    dialog.confirm.setText(HARTLEY.lower())
    assert not button.isEnabled()
    dialog.confirm.setText(HARTLEY)
    assert button.isEnabled()

    # the export the dialog offers, before anything is deleted
    _save_as(monkeypatch, tmp_path / "before-deleting.zip")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.person_data.message is not None, timeout=20_000)
    assert zipfile.is_zipfile(tmp_path / "before-deleting.zip")
    window.person_data.message.close()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.debtor_list.model.rowCount() == 2, timeout=20_000)
    assert not isValid(dialog) or not dialog.isVisible()  # closed (and deleted) once saved
    names = [window.debtor_list.model.index(r, 0).data() for r in range(2)]
    assert HARTLEY not in names
    assert window.debtor_list.selected_id() != 3
    assert "Deleted the data of Hartley" in window.statusBar().currentMessage()
    with sqlite3.connect(demo_store.paths.database) as con:
        assert con.execute("SELECT debtor_id, reason, entries > 0 FROM tombstone").fetchall() == [
            (3, "Asked by e-mail on 20 November", 1)
        ]
        assert con.execute("SELECT count(*) FROM entry WHERE debtor_id = 3").fetchone() == (0,)
