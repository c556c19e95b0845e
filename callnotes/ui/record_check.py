"""The full check of every record, in the background after start: each chain hashed once, so that
opening a debtor afterwards checks only the entries appended since (see services.record.record_state).

It runs in the desk's lane for long jobs, its progress in the status bar; the user can stop it there
with a button, and Record ▸ Verify all records stops it and checks everything in
the foreground with a report. When it finds a problem, the status bar says so until the next check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton

from callnotes.export import ExportCancelled
from callnotes.services.backend import JobCancelled, call
from callnotes.services.desk import Desk
from callnotes.ui.worker import Failure, Job, Worker

if TYPE_CHECKING:
    from callnotes.services.record import RecordAudit


class BackgroundCheck(QObject):
    """Checks every record once in the background; `checked` says when each chain was checked anew."""

    checked = Signal()

    def __init__(self, worker: Worker, status: QStatusBar, on_failure: Failure) -> None:
        super().__init__(status)
        self._worker, self._on_failure = worker, on_failure
        self._job: Job | None = None
        self.label = QLabel(status)
        self.label.setObjectName("backgroundCheck")
        self.stop_button = QToolButton(status)
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop checking every record (it runs again at the next start)"))
        self.stop_button.clicked.connect(self.stop)
        status.addPermanentWidget(self.label)
        status.addPermanentWidget(self.stop_button)
        self.label.hide()
        self.stop_button.hide()

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self) -> None:
        """Check every record now, unless a check is running."""
        if self._job is not None:
            return
        self._progress(0, 1)
        self.stop_button.show()
        self._job = self._worker.start(
            call(Desk.check_records), self._done, self._failed, on_progress=self._progress
        )

    def stop(self) -> None:
        """Stop the check (at its next debtor); what was checked is not noted."""
        if self._job is not None:
            self._job.cancel()
        self._finish()

    def _progress(self, done: int, total: int) -> None:
        self.label.setText(
            self.tr("Checking every record in the background… %1 %").replace(
                "%1", str(100 * done // max(total, 1))
            )
        )
        self.label.show()

    def _finish(self) -> None:
        self._job = None
        self.label.hide()
        self.stop_button.hide()

    def _done(self, result: RecordAudit) -> None:
        self._finish()
        broken = [c for c in result.checks if not c.ok]
        if broken or result.failures:
            text = self.tr("The full check found problems in %1 of %2 records: Record ▸ Verify all records")
            self.label.setText(text.replace("%1", str(len(broken))).replace("%2", str(len(result.checks))))
            self.label.setToolTip("\n".join(f.describe() for f in result.failures[:20]))
            self.label.show()
        self.checked.emit()  # found sound: said quietly, by the debtor's record line (when it was checked)

    def _failed(self, exc: Exception) -> None:
        stopped = self._job is None  # stopped on purpose (or the window is closing): nothing to say
        self._finish()
        if not stopped and not isinstance(exc, ExportCancelled | JobCancelled):
            self._on_failure(exc)
