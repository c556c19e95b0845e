"""Run database work off the UI thread and hand the result back on it.

The worker never touches widgets: it calls a plain function and emits its result or error; the
callbacks run on the UI thread (queued signal connection).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the UI thread, which decides how to show it
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Worker(QObject):
    """Starts jobs on a thread pool; keeps their signal objects alive until they report."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._pending: set[_Signals] = set()

    def start(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """Run `work()` in the pool; call `on_success(result)` or `on_failure(exc)` on this thread."""
        signals = _Signals(self)
        self._pending.add(signals)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._pending.discard(signals)
            signals.deleteLater()
            callback(value)

        signals.succeeded.connect(lambda result: finish(on_success, result))
        signals.failed.connect(lambda exc: finish(on_failure, exc))
        self._pool.start(_Job(work, signals))

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until every started job has finished (used on close and in tests)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._pending)
