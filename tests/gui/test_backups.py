"""Backups from the window: the File menu's actions with their dialogs, the automatic backups at start
and after a call, an absent backup folder, and the choice of a backup when the database is damaged."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from callnotes.services import backups
from callnotes.services.backend import DeskProcess, DeskSetup
from callnotes.services.debtors import DebtorInput
from callnotes.services.desk import Desk
from callnotes.services.health import mark_running
from callnotes.store.access import Store
from callnotes.ui.backups import RestoreChooser
from callnotes.ui.formats import Formats
from callnotes.ui.worker import Worker
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from tests.gui.test_main_window import make_window
from tests.integration.test_backups import damage_a_page


def answers(monkeypatch, said: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Message boxes answer at once and keep what they said."""

    def box(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(box))


def test_back_up_now_writes_a_checked_owner_only_backup(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    offered: list[str] = []
    target = tmp_path / "by-hand"

    def save_as(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    said: list[str] = []
    answers(monkeypatch, said)
    window.backups.back_up_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert offered == [str(demo_store.paths.backups / "callnotes-2026-11-22.backup")]
    written = target.with_suffix(".backup")
    assert written.is_file() and written.stat().st_mode & 0o077 == 0
    assert "Backed up 3 debtors" in said[0] and str(written) in said[0]


def test_restore_from_backup_asks_then_reloads_the_window(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(demo_store, "tester")
    earlier = desk.back_up(tmp_path / "earlier.backup").path
    window = make_window(qtbot, desk_process, "en_US")
    desk.add_debtor(DebtorInput(name="Added after the backup"))
    window.refresh()
    qtbot.waitUntil(lambda: window.debtor_list.model.rowCount() == 4, timeout=10_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(earlier), "")))
    said: list[str] = []
    answers(monkeypatch, said)
    window.backups.restore_action.trigger()
    qtbot.waitUntil(lambda: window.debtor_list.model.rowCount() == 3, timeout=20_000)
    assert "earlier.backup" in said[0] and str(demo_store.paths.backups) in said[0]  # what, and where kept
    assert str(demo_store.paths.database) in said[0]
    assert "Restored the backup" in window.statusBar().currentMessage()
    assert list(demo_store.paths.backups.glob("callnotes.before-restore.*.sqlite3"))


def test_a_refused_restore_is_said_in_the_interface_language_and_changes_nothing(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    bogus = tmp_path / "holiday.backup"
    bogus.write_bytes(b"photos, not a backup")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(bogus), "")))
    said: list[str] = []
    answers(monkeypatch, said)
    window.backups.restore_action.trigger()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
    assert (
        said[1].startswith("holiday.backup is not a backup that can be restored")
        and "Nothing was changed" in said[1]
    )
    assert window.debtor_list.model.rowCount() == 3


def test_backup_folder_check_database_and_an_absent_folder(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    usb = tmp_path / "usb"
    usb.mkdir()
    window = make_window(qtbot, desk_process, "en_US")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a: str(usb)))
    window.backups.folder_action.trigger()
    qtbot.waitUntil(lambda: backups.backup_folder(demo_store.paths) == usb, timeout=10_000)
    said: list[str] = []
    answers(monkeypatch, said)
    window.backups.check_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert "The database is sound" in said[0]
    shutil.rmtree(usb)  # the disk is unplugged: a new start says so, and goes on
    window.close()
    again = make_window(qtbot, desk_process, "en_US")
    qtbot.waitUntil(lambda: again.backups.warning.isVisible(), timeout=10_000)
    assert str(usb) in again.backups.warning.text() and "not available" in again.backups.warning.text()
    assert again.debtor_list.model.rowCount() == 3


def test_an_automatic_backup_at_start_and_after_each_call(
    qtbot, monkeypatch, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process, "en_US")
    made = backups.automatic_backups(demo_store.paths.backups)
    assert len(made) == 1  # none was there: one at start

    def interactions(path: Path) -> int:
        with zipfile.ZipFile(path) as archive:
            return int(json.loads(archive.read("manifest.json"))["counts"]["interactions"])

    before = interactions(made[0][1])
    opened = Desk(demo_store, "tester").start_call(1, None, "+34912345678")
    window.show_call(opened)

    def end(dialog: EndCallDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EndCallDialog, "exec", end)
    with qtbot.waitSignal(window.workspace.finished, timeout=10_000):
        window.workspace.end_call()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=20_000)
    latest = backups.automatic_backups(demo_store.paths.backups)[0][1]  # the clock stands still: same name
    assert interactions(latest) == before + 1  # the ended call is in it


def test_a_damaged_database_at_start_offers_the_newest_backup(
    qtbot, data_dir: Path, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from callnotes.example import load_example
    from callnotes.store.access import open_store

    store = open_store(str(data_dir), None, clock)
    load_example(store, clock.now())
    older = backups.write_backup(store.paths, clock, store.paths.backups / "older.backup").path
    clock.advance(timedelta(hours=1))
    newest = backups.write_backup(store.paths, clock, store.paths.backups / "newest.backup").path
    store.database.engine.dispose()
    damage_a_page(store.paths.database)
    mark_running(store.paths)  # the last run was killed
    desk = DeskProcess(DeskSetup(str(data_dir), None, clock, "tester"))
    try:
        problem = desk.wait_ready()
        assert desk.damaged and problem
        chooser = RestoreChooser(Worker(desk, lambda exc: None), Formats("en_US", clock.zone), problem)
        qtbot.addWidget(chooser)
        qtbot.waitUntil(lambda: chooser.list.count() == 2, timeout=10_000)
        assert [chooser.list.item(r).text().rsplit(" · ", 1)[1] for r in range(2)] == [
            str(newest),
            str(older),
        ]
        assert chooser.list.currentRow() == 0 and chooser.restore_button.isEnabled()
        with qtbot.waitSignal(chooser.accepted, timeout=30_000):
            chooser.restore_button.click()
        assert chooser.result_ is not None and chooser.result_.source == newest
        assert desk.restart() is None and not desk.damaged
    finally:
        desk.close()


def test_check_database_on_a_damaged_file_offers_the_backups(
    qtbot, demo_store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    good = backups.write_backup(
        demo_store.paths, demo_store.clock, demo_store.paths.backups / "good.backup"
    ).path
    window = make_window(qtbot, desk_process, "en_US")
    demo_store.database.engine.dispose()
    damage_a_page(demo_store.paths.database)
    window.backups.check_action.trigger()
    qtbot.waitUntil(
        lambda: window.backups.chooser is not None and window.backups.chooser.isVisible(), timeout=20_000
    )
    chooser = window.backups.chooser
    assert chooser is not None
    qtbot.waitUntil(lambda: chooser.list.count() == 2, timeout=10_000)  # with the one made at start
    assert any(chooser.list.item(r).text().endswith(str(good)) for r in range(2))
    assert "malformed" in chooser.detail.text() and chooser.list.currentRow() == 0
    with qtbot.waitSignal(chooser.accepted, timeout=30_000):
        chooser.restore_button.click()
    qtbot.waitUntil(lambda: "Restored the backup" in window.statusBar().currentMessage(), timeout=20_000)
    assert window.debtor_list.model.rowCount() == 3


def test_a_damaged_database_at_start_is_offered_over_the_window(
    qtbot, demo_store: Store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from callnotes import app
    from callnotes.ui.main_window import MainWindow

    data_dir = demo_store.paths.data_dir
    demo_store.database.engine.dispose()
    damage_a_page(demo_store.paths.database)
    mark_running(demo_store.paths)  # the last run was killed: the desk checks the file before it serves
    said: list[str] = []
    answers(monkeypatch, said)
    offered: list[tuple[str, bool]] = []

    def rescue(_desk: DeskProcess, _formats: Formats, problem: str) -> None:  # the user restores nothing
        shown = any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
        offered.append((problem, shown))

    monkeypatch.setattr("callnotes.ui.backups.rescue_at_start", rescue)
    assert app.run(str(data_dir), None) == 1
    assert len(offered) == 1 and "damaged" in offered[0][0]
    assert offered[0][1]  # over the window, shown before the desk had looked at the file
    assert said == [offered[0][0]]  # said once: the window's own calls waited, and failed with nothing
