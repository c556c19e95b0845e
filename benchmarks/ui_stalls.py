"""How long the window's thread is ever kept from its events, through a scripted session on a large database.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_stalls.py

The real main window opens on a copy of the synthetic database (benchmarks/synthetic.py: 2,000 debtors,
500,000 entries). A heartbeat timer on the GUI thread is due every 5 ms; each time it fires late, the
delay is a stall of the window. The script, run from that same thread as a person would use the app:
open the debtor with the longest history, start a call, commit 200 lines (typing the end of each),
end the call with a promise, log a letter with a 20 MB attachment, export the debtor's packet. First
the heartbeat runs for two seconds on an idle window: that floor, measured in the same run, is what
the machine and Qt alone cost. The last line reads `longest stall N ms, p99 N ms`.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.kit.gui import end_calls_with_promise, go_ahead_on_guard, open_window
from benchmarks.synthetic import REFERENCE_NOW, copy_into, synthetic_database
from callnotes.clock import FixedClock
from callnotes.ui.export_dialog import ExportDialog
from callnotes.ui.log_dialog import LogDialog
from callnotes.ui.main_window import MainWindow

BEAT_MS = 5
LINES = 200
ATTACHMENT_BYTES = 20 * 1024 * 1024
ATTACHMENT_NAME = "correspondencia-2025.zip"
STEP_TIMEOUT_S = 600


class Heartbeat:
    """Fires every BEAT_MS on the GUI thread and records how late each beat was, per phase."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=BEAT_MS, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._beat)
        self.phase = "idle"
        self.late: dict[str, list[float]] = {}
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.late.setdefault(self.phase, []).append(max(0.0, (now - self._last) * 1000 - BEAT_MS))
        self._last = now


def p99(values: list[float]) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[98]


class Script:
    """The steps of the session, each waiting (without blocking the event loop) for what it started."""

    def __init__(self, window: MainWindow, heartbeat: Heartbeat, debtor_id: int, folder: Path) -> None:
        self.window, self.heartbeat, self.debtor_id, self.folder = window, heartbeat, debtor_id, folder
        self.steps: list[tuple[str, Callable[[], None], Callable[[], bool]]] = [
            ("idle", lambda: None, self._idle_done),
            ("open the debtor", self.open_debtor, self.debtor_shown),
            ("start a call", self.start_call, self.call_shown),
            ("commit 200 lines", self.type_lines, self.lines_saved),
            ("end the call", self.end_call, self.back_on_the_list),
            ("log a contact with 20 MB", self.log_contact, self.contact_logged),
            ("export the packet", self.export_packet, self.packet_written),
        ]
        self.timings: dict[str, float] = {}
        self._idle_until = 0.0
        self._lines_typed = 0
        self._export: ExportDialog | None = None
        self.done = False

    def run(self) -> None:
        self._idle_until = time.perf_counter() + 2.0
        self._next()

    def _next(self) -> None:
        if not self.steps:
            self.done = True
            QApplication.quit()
            return
        name, act, finished = self.steps.pop(0)
        print(f"… {name}", file=sys.stderr, flush=True)  # a long run says where it is
        self.heartbeat.phase = name
        started = time.perf_counter()
        act()

        def poll() -> None:
            if finished():
                self.timings[name] = time.perf_counter() - started
                QTimer.singleShot(0, self._next)
            elif time.perf_counter() - started > STEP_TIMEOUT_S:
                print(f"step {name!r} did not finish in {STEP_TIMEOUT_S} s", file=sys.stderr)
                QApplication.exit(1)
            else:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(20, poll)

    # --- the steps -------------------------------------------------------------------------------
    def _idle_done(self) -> bool:
        return time.perf_counter() > self._idle_until and self.window.debtor_list.model.rowCount() > 0

    def open_debtor(self) -> None:
        self.window.debtors_action.trigger()  # from the agenda the day starts on to the list (Ctrl+2)
        self.window.debtor_list.select(self.debtor_id)

    def debtor_shown(self) -> bool:
        detail = self.window.detail
        return detail.debtor_id == self.debtor_id and "✓" in detail.record_state.text()

    def start_call(self) -> None:
        go_ahead_on_guard()  # the contact guard may warn: the user says why
        self.window.start_call(self.debtor_id)

    def call_shown(self) -> bool:
        workspace = self.window.workspace
        return workspace.call is not None and workspace.facts is not None and not self.window.worker.busy

    def type_lines(self) -> None:
        box = self.window.workspace.notes.input
        box.setFocus()

        def one_line() -> None:
            self._lines_typed += 1
            box.setText(f"Línea {self._lines_typed}: dice que pagará la mitad el viernes, Λέει ")
            for ch in "ναι":  # the end of the line typed as keys: autosave runs as it would
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click, box, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
                )
            QTest.keyClick(box, Qt.Key.Key_Return)
            if self._lines_typed < LINES:
                QTimer.singleShot(15, one_line)

        one_line()

    def lines_saved(self) -> bool:
        rows = self.window.workspace.notes.model.rows
        return self._lines_typed >= LINES and all(r.position is not None for r in rows) and len(rows) >= LINES

    def end_call(self) -> None:
        end_calls_with_promise()
        QTest.keyClick(self.window.workspace.notes.input, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    def back_on_the_list(self) -> bool:
        window = self.window
        return window.pages.currentWidget() is window.debtors_page and not window.worker.busy

    def log_contact(self) -> None:
        attachment = self.folder / ATTACHMENT_NAME  # written before the session: the user picks a file

        def fill_and_save(dialog: LogDialog) -> None:  # the dialog stays open until the desk saved it
            dialog.show()
            dialog.kind.setCurrentIndex(dialog.kind.findData("letter"))
            dialog.summary.setPlainText("Requerimiento por burofax con la correspondencia adjunta.")
            dialog.files.list.addItem(str(attachment))
            dialog.accept()

        LogDialog.open = fill_and_save  # type: ignore[method-assign]
        self.window.statusBar().clearMessage()
        self.window.log_contact(self.debtor_id)

    def contact_logged(self) -> bool:
        return (
            self.window.statusBar().currentMessage() != ""
            and not self.window.worker.busy
            and ("logged" in self.window.statusBar().currentMessage())
        )

    def export_packet(self) -> None:
        self.window.export_packet()
        dialog = self.window.findChild(ExportDialog)
        assert dialog is not None
        dialog.out_path.setText(str(self.folder / "packet.pdf"))
        dialog.export_button.click()
        self._export = dialog

    def packet_written(self) -> bool:
        return self._export is not None and self._export.exported is not None


def main() -> int:
    synthetic = synthetic_database()
    with tempfile.TemporaryDirectory(prefix="callnotes-stalls-") as scratch:
        folder = Path(scratch)
        copy_into(synthetic, folder / "data")
        (folder / ATTACHMENT_NAME).write_bytes(os.urandom(ATTACHMENT_BYTES))
        opened = open_window(folder / "data", FixedClock(REFERENCE_NOW, "Europe/Madrid"))
        heartbeat = Heartbeat()
        script = Script(opened.window, heartbeat, synthetic.heaviest, folder)
        heartbeat.start()
        QTimer.singleShot(0, script.run)
        status = opened.app.exec()
        heartbeat.timer.stop()
        opened.close()
    if status or not script.done:
        print("the scripted session did not finish", file=sys.stderr)
        return 1
    idle = heartbeat.late.pop("idle", [0.0])
    print(f"idle floor: longest {max(idle):.1f} ms, p99 {p99(idle):.1f} ms ({len(idle)} beats)")
    every = []
    for phase, late in heartbeat.late.items():
        every += late
        took = script.timings.get(phase, 0.0)
        print(f"{phase:<28} {took:6.2f} s  longest {max(late):6.1f} ms  p99 {p99(late):5.1f} ms")
    print(f"longest stall {max(every):.1f} ms, p99 {p99(every):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
