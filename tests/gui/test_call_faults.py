"""Calm under faults: the disk fills up or turns read-only during a call, typed into the window by keyboard.

The desk process opens the database with `tests.storage_faults.limit_writes`, so the test can fill its
disk (SQLite's own SQLITE_FULL, through `PRAGMA max_page_count`) or make it read-only (SQLITE_READONLY)
at any moment, and give the space back.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from sqlmodel import select

from callnotes.clock import FixedClock
from callnotes.errors import StorageError
from callnotes.services.backend import DeskProcess, DeskSetup
from callnotes.services.desk import Desk
from callnotes.store.access import Store
from callnotes.store.account import read_account
from callnotes.store.models import DraftLine, Interaction
from callnotes.ui.forms.problems import storage_text
from callnotes.ui.main_window import MainWindow
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from callnotes.ui.workspace.workspace import CallWorkspace
from tests.conftest import NOW, USER_ZONE
from tests.gui.test_main_window import make_window
from tests.gui.test_workspace import type_text
from tests.storage_faults import FULL, READ_ONLY, limit_writes, set_disk

Typed = list[tuple[str, datetime]]


@pytest.fixture
def disk(tmp_path: Path) -> Path:
    """The file that says what the desk's disk does: full, read-only, or (missing) fine."""
    return tmp_path / "disk"


@pytest.fixture
def faulty_desk(demo_store: Store, disk: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DeskProcess]:
    """A desk process whose disk the test controls, retrying every 0.3 s instead of every few seconds.

    The desk's clock is an hour ahead of the window's: the window stamps each line a second after the
    one before, and every stamp is then in the desk's past, as on a real clock.
    """
    monkeypatch.setattr("callnotes.ui.workspace.workspace.RETRY_MS", 300)
    clock = FixedClock(NOW + timedelta(hours=1), USER_ZONE)
    setup = DeskSetup(
        str(demo_store.paths.data_dir), None, clock, "tester", prepare=partial(limit_writes, disk)
    )
    process = DeskProcess(setup)
    assert process.wait_ready() is None
    clock.advance(-timedelta(hours=1))  # the window's copy only: the desk process has its own
    yield process
    process.close()


def open_call(qtbot, store: Store, desk: DeskProcess) -> tuple[MainWindow, CallWorkspace, int]:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk)
    interaction_id = Desk(store, "tester").start_call(1, None, "+34912345678").interaction.id
    window.open_call(interaction_id)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.facts is not None and not window.worker.busy, timeout=10_000)
    return window, workspace, interaction_id


def type_line(qtbot, window: MainWindow, desk: DeskProcess, typed: Typed, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type a line a second after the last one and press Enter; wait until the window hears back."""
    assert isinstance(desk.clock, FixedClock)
    desk.clock.advance(timedelta(seconds=1))
    box = window.workspace.notes.input
    type_text(box, text)
    QTest.keyClick(box, Qt.Key.Key_Return)
    typed.append((text, desk.clock.now()))
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)


def marked(workspace: CallWorkspace) -> list[bool]:
    """For each line in the pane, whether it is shown as not saved yet."""
    model = workspace.notes.model
    return ["⚠" in str(model.index(row, 2).data()) for row in range(model.rowCount())]


def saved_lines(store: Store, interaction_id: int) -> list[tuple[str, datetime]]:
    with store.sessions() as session:
        query = (
            select(DraftLine).where(DraftLine.interaction_id == interaction_id).order_by(DraftLine.position)
        )  # type: ignore[arg-type]
        return [(line.text, line.typed_at) for line in session.exec(query)]


def end_as_reached(monkeypatch: pytest.MonkeyPatch) -> None:
    def accept(dialog: EndCallDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EndCallDialog, "exec", accept)


def record_warnings(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    """Every warning box asked for, by its text; each is answered with `answer`."""
    said: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        said.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


def test_a_full_disk_during_a_call_keeps_every_line_says_so_and_saves_them_in_order_once_there_is_space(
    qtbot, monkeypatch, demo_store: Store, faulty_desk: DeskProcess, disk: Path
) -> None:  # type: ignore[no-untyped-def]
    window, ws, interaction_id = open_call(qtbot, demo_store, faulty_desk)
    set_disk(disk, FULL)
    typed: Typed = []
    # what was still free in the database's last pages fills first; then the disk is full
    while not ws.save_problem.isVisible():
        assert len(typed) < 300, "the disk never filled"
        type_line(qtbot, window, faulty_desk, typed, f"Línea {len(typed) + 1}: dice que pagará")
    assert "The disk is full: your notes are kept here" in ws.save_problem.text()
    for n in range(3):  # more lines while the disk is full: shown at once, marked, kept in memory
        type_line(qtbot, window, faulty_desk, typed, f"Con el disco lleno {n + 1}")
    type_text(ws.notes.input, "Y luego dijo")  # half a line, still being typed
    qtbot.wait(1200)  # its autosave comes and goes
    unsaved = len([row for row in ws.notes.model.rows if row.position is None])
    assert unsaved >= 4 and ws.unsaved_lines() == unsaved
    assert [text for text, _ in typed] == [row.text for row in ws.notes.model.rows]  # nothing lost
    assert marked(ws) == [row.position is None for row in ws.notes.model.rows]
    assert f"{unsaved} line(s) waiting to be saved" in ws.save_problem.text()
    assert ws.notes.input.text() == "Y luego dijo"
    assert len(saved_lines(demo_store, interaction_id)) == len(typed) - unsaved

    said = record_warnings(monkeypatch, QMessageBox.StandardButton.Ok)
    ws.end_call()  # refused while notes wait: nothing of the call is locked without them
    assert said and "not saved yet" in said[0] and ws.call is not None
    said.clear()
    record_warnings(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.close()  # closing would lose them: asked, and cancelled
    assert window.isVisible()

    set_disk(disk, None)  # space again: the next try saves them, in order, with their typed times
    qtbot.waitUntil(lambda: not ws.save_problem.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    assert saved_lines(demo_store, interaction_id) == typed
    assert not any(marked(ws)) and all(row.position is not None for row in ws.notes.model.rows)
    with demo_store.sessions() as session:
        assert session.get(Interaction, interaction_id).pending_text == "Y luego dijo"  # type: ignore[union-attr]

    end_as_reached(monkeypatch)
    with qtbot.waitSignal(ws.finished, timeout=10_000):
        ws.end_call()
    with demo_store.sessions() as session:
        entries = [e for e in read_account(session, 1).entries if e.interaction_id == interaction_id]
    assert [e.text for e in entries[: len(typed) + 1]] == [text for text, _ in typed] + ["Y luego dijo"]


def test_a_read_only_data_folder_keeps_the_line_and_the_end_of_the_call_until_it_can_be_written(
    qtbot, monkeypatch, demo_store: Store, faulty_desk: DeskProcess, disk: Path
) -> None:  # type: ignore[no-untyped-def]
    window, ws, interaction_id = open_call(qtbot, demo_store, faulty_desk)
    typed: Typed = []
    type_line(qtbot, window, faulty_desk, typed, "Antes: todo bien")
    set_disk(disk, READ_ONLY)
    type_line(qtbot, window, faulty_desk, typed, "Después: la carpeta es de solo lectura")
    qtbot.waitUntil(ws.save_problem.isVisible, timeout=5000)
    assert "read-only" in ws.save_problem.text() and "1 line(s) waiting" in ws.save_problem.text()
    assert marked(ws) == [False, True]
    set_disk(disk, None)
    qtbot.waitUntil(lambda: not ws.save_problem.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    assert saved_lines(demo_store, interaction_id) == typed and marked(ws) == [False, False]

    # a correction the disk refuses is said in the window's words, and the line stays as it was
    set_disk(disk, READ_ONLY)
    said = record_warnings(monkeypatch, QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("Corregida", True))
    ws.edit_line(1)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said == [storage_text(StorageError("", reason=StorageError.READ_ONLY))]
    assert "read-only" in said[0] and ws.notes.model.rows[0].text == "Antes: todo bien"
    set_disk(disk, None)

    # the end of the call itself meets a read-only disk: kept, said, and done once it can be written
    end_as_reached(monkeypatch)
    set_disk(disk, READ_ONLY)
    ws.end_call()
    qtbot.waitUntil(ws.save_problem.isVisible, timeout=5000)
    assert "The call ends as soon as they are saved" in ws.save_problem.text()
    assert ws.call is not None and ws.notes.input.isReadOnly()
    with qtbot.waitSignal(ws.finished, timeout=10_000):
        set_disk(disk, None)
    assert not ws.save_problem.isVisible()
    with demo_store.sessions() as session:
        interaction = session.get(Interaction, interaction_id)
        assert interaction is not None and interaction.ended_at is not None
