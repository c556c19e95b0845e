"""The real main window on a data folder, driven from its own thread as a person would use it.

Shared by ui_stalls.py and the session of run.py: opening the window beside its desk process, the
dialogs a scripted session answers (the contact guard, the end of a call), waiting for what the
window shows without blocking its events, and keys that arrive as a person's would.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from callnotes.app import application, install_fonts
from callnotes.clock import Clock
from callnotes.services.backend import DeskProcess, DeskSetup
from callnotes.ui.contact_guard import GuardDialog
from callnotes.ui.main_window import MainWindow
from callnotes.ui.ui_state import UiState
from callnotes.ui.workspace.end_call_dialog import EndCallDialog

WINDOW_SIZE = (1366, 768)  # the laptop screen the window is drawn for
POLL_MS = 1


@dataclass
class Opened:
    """The application, the desk process beside it and the main window, shown."""

    app: QApplication
    desk: DeskProcess
    window: MainWindow

    def close(self) -> None:
        self.window.close()
        self.desk.close()


def open_window(data_dir: Path, clock: Clock, ui_locale: str = "es_ES") -> Opened:
    """Start the desk process on the data folder and show the main window, as app.run does."""
    desk = DeskProcess(DeskSetup(str(data_dir), None, clock, "benchmark"))
    app = application([])  # the app's own set-up, while the desk process opens the data
    install_fonts(app)  # as app.run does once the window's frame is painted
    problem = desk.wait_ready()
    if problem is not None:
        desk.close()
        raise RuntimeError(f"the desk could not open {data_dir}: {problem}")
    window = MainWindow(desk, UiState(desk.paths.ui_state), ui_locale)
    window.resize(*WINDOW_SIZE)
    window.show()
    return Opened(app, desk, window)


def go_ahead_on_guard(reason: str = "Me pidió que le llamara hoy") -> None:
    """The contact guard may warn before a call: the scripted user gives a reason and goes ahead."""

    def go_ahead(dialog: GuardDialog) -> None:
        dialog.reason.setText(reason)
        dialog.go_ahead.click()

    GuardDialog.open = go_ahead  # type: ignore[method-assign]


def end_calls_with_promise(amount: str = "1.000,00", summary: str = "Promete 1.000 € el viernes") -> None:
    """The end-of-call dialog, whenever it opens, records a promise and is accepted."""

    def accept(dialog: EndCallDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("promise"))
        dialog.promise_amount.setText(amount)
        dialog.summary.setText(summary)
        dialog._accept()
        return QDialog.DialogCode.Accepted

    EndCallDialog.exec = accept  # type: ignore[method-assign]


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> float:
    """Run the window's events until `condition()` holds (checked every POLL_MS); the perf_counter
    time it was first seen to hold. Raises TimeoutError after `timeout_s`."""
    if condition():
        return time.perf_counter()
    loop = QEventLoop()
    seen: list[float] = []
    deadline = time.perf_counter() + timeout_s

    def check() -> None:
        if condition():
            seen.append(time.perf_counter())
            loop.quit()
        elif time.perf_counter() > deadline:
            loop.quit()

    timer = QTimer(interval=POLL_MS, timerType=Qt.TimerType.PreciseTimer)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not seen:
        raise TimeoutError(f"{what}: not within {timeout_s:.0f} s")
    return seen[0]


def key_event(ch: str) -> QKeyEvent:
    """The key press that types `ch` (Return for a new line), as the window system delivers it."""
    if ch == "\n":
        return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
    key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
    if ch == " ":
        key = Qt.Key.Key_Space
    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, ch)


class KeyToPaint(QObject):
    """Each key posted to a widget (from any thread), timed until the widget paints after it was
    handled: a key waits in the queue while the window's thread is busy, as a real one would."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget
        self.posted: list[float] = []  # when each key was posted, in order
        self.handled = 0  # keys the widget has received
        self.painted: list[float] = []  # each key's milliseconds from posted to painted
        self._lock = threading.Lock()
        widget.installEventFilter(self)

    def post(self, ch: str) -> None:
        with self._lock:
            self.posted.append(time.perf_counter())
            QCoreApplication.postEvent(self.widget, key_event(ch))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.handled += 1
        elif event.type() == QEvent.Type.Paint and len(self.painted) < self.handled:
            now = time.perf_counter()
            with self._lock:
                for index in range(len(self.painted), self.handled):
                    self.painted.append((now - self.posted[index]) * 1000)
        return False

    def type_from_thread(self, text: str, interval_s: float) -> threading.Thread:
        """Post the text's keys one every `interval_s` from another thread (started, returned)."""

        def typing() -> None:
            due = time.perf_counter()
            for ch in text:
                due += interval_s
                time.sleep(max(0.0, due - time.perf_counter()))
                self.post(ch)

        thread = threading.Thread(target=typing, name="bench-typist", daemon=True)
        thread.start()
        return thread

    def done(self) -> bool:
        return len(self.painted) == len(self.posted)

    def stop(self) -> None:
        self.widget.removeEventFilter(self)
