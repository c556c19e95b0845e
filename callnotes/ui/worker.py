"""Run database work off the UI thread and hand the result back on it.

The worker never touches widgets: it calls a plain function and reports its result or error through
one long-lived signal object; the callbacks run on the UI thread (queued connection). No QObject is
created or deleted per job, so nothing can be freed while a pool thread still holds it.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Reporter(QObject):
    finished = Signal(int, bool, object)  # job id, succeeded, result or exception


class _Job(QRunnable):
    def __init__(self, job_id: int, work: Callable[[], Any], reporter: _Reporter) -> None:
        super().__init__()
        self._job_id, self._work, self._reporter = job_id, work, reporter

    def run(self) -> None:
        try:
            result, ok = self._work(), True
        except Exception as exc:  # handed to the UI thread, which decides how to show it
            result, ok = exc, False
        with contextlib.suppress(RuntimeError):  # the window that asked was closed meanwhile: nobody to tell
            self._reporter.finished.emit(self._job_id, ok, result)


class Worker(QObject):
    """Starts jobs on a thread pool and calls back on the thread that created the worker."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._reporter = _Reporter(self)
        self._reporter.finished.connect(self._finished)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}

    def start(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """Run `work()` in the pool; call `on_success(result)` or `on_failure(exc)` on this thread."""
        job_id = next(self._ids)
        self._pending[job_id] = (on_success, on_failure)
        self._pool.start(_Job(job_id, work, self._reporter))

    def _finished(self, job_id: int, ok: bool, value: Any) -> None:
        on_success, on_failure = self._pending.pop(job_id)
        (on_success if ok else on_failure)(value)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until every started job has finished (used on close and in tests)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._pending)
