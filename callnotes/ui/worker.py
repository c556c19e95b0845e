"""Every service call of the window goes through here, and comes back on the window's thread.

A job is a call of a Desk method (`call(Desk.debtor, 7)`), run by the desk process in the lane the
method declares (writes in order; reads; long jobs with progress). Its result, its failure and its
progress arrive on a listener thread and are handed to the window's thread through one long-lived
signal object, always queued, so a callback never runs before `start` has returned (nothing is
created or deleted per job). A job can be cancelled: one not yet started never runs, a long one
stops at its next step.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from callnotes.services.backend import Call, DeskProcess, Lane, Message

T = TypeVar("T")
Failure = Callable[[Exception], None]
ProgressHandler = Callable[[int, int], None]
CLOSE_WAIT_SECONDS = 30


class _Reporter(QObject):
    arrived = Signal(object)  # a message of the desk process, for the window's thread


@dataclass
class _Callbacks(Generic[T]):
    on_success: Callable[[T], None]
    on_failure: Failure
    on_progress: ProgressHandler | None
    lane: Lane
    owner: QObject | None = None


class Job:
    """A started job; `cancel()` asks it to stop."""

    def __init__(self, job_id: int, desk: DeskProcess) -> None:
        self.id = job_id
        self._desk = desk

    def cancel(self) -> None:
        self._desk.cancel(self.id)


class Worker(QObject):
    """Sends jobs to the desk process and calls back on the thread that created the worker."""

    def __init__(self, desk: DeskProcess, on_failure: Failure, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._default_failure = on_failure
        self._reporter = _Reporter(self)
        self._reporter.arrived.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self._pending: dict[int, _Callbacks[Any]] = {}

    def start(
        self,
        job: Call[T],
        on_success: Callable[[T], None],
        on_failure: Failure | None = None,
        *,
        on_progress: ProgressHandler | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """Run `job`; then `on_success(result)` or `on_failure(exc)`, and any progress, on this thread.
        With an `owner` (a dialog the user may close before the answer comes), nothing is called back
        once the owner has been deleted."""
        reporter = self._reporter

        def handle(message: Message) -> None:  # on the listener's thread
            with contextlib.suppress(RuntimeError):  # the window that asked was closed meanwhile
                reporter.arrived.emit(message)

        job_id = self._desk.submit(job, handle)
        callbacks = _Callbacks(on_success, on_failure or self._default_failure, on_progress, job.lane, owner)
        self._pending[job_id] = callbacks
        return Job(job_id, self._desk)

    def _arrived(self, message: Message) -> None:
        kind, job_id = message[0], message[1]
        if kind == "progress":
            callbacks = self._pending.get(job_id)
            if callbacks is not None and callbacks.on_progress is not None:
                callbacks.on_progress(message[2], message[3])
            return
        callbacks = self._pending.pop(job_id, None)
        if callbacks is None or (callbacks.owner is not None and not shiboken6.isValid(callbacks.owner)):
            return
        if kind == "done":
            callbacks.on_success(message[2])
        else:
            callbacks.on_failure(message[2])

    def cancel_long_jobs(self) -> None:
        """Ask the long jobs still out to stop (on close: a packet nobody will see); writes always finish."""
        for job_id, callbacks in list(self._pending.items()):
            if callbacks.lane == Lane.LONG:
                self._desk.cancel(job_id)

    def wait(self, seconds: float = CLOSE_WAIT_SECONDS) -> bool:
        """Block until every job has come back: only on close, so nothing written is lost."""
        return self._desk.drain(seconds)

    @property
    def busy(self) -> bool:
        return bool(self._pending)
