"""Backups in the window: Back up now…, Restore from backup…, Backup folder…, Check database…, the
automatic backups at start and after each call, and the choice of a backup when the database is
damaged. The work runs in the desk process on its long lane; this only asks and shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnotes.errors import BackupError, CallnotesError, DamagedDatabaseError
from callnotes.export import Progress
from callnotes.services.backend import Call, DeskProcess, call
from callnotes.services.desk import Desk
from callnotes.services.plain import SUFFIX, suggested_name
from callnotes.ui.formats import Formats
from callnotes.ui.worker import Worker

if TYPE_CHECKING:
    from callnotes.services.backups import AutomaticBackup, BackupInfo, BackupResult, RestoreResult

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def problem_text(exc: BaseException) -> str:
    """A backup's failure in the interface's language (the technical detail stays as the core said it)."""
    if isinstance(exc, DamagedDatabaseError):
        return (
            QCoreApplication.translate(
                "Backups", "The database is damaged. Restore a backup (File → Restore from backup…)."
            )
            + f"\n\n{exc}"
        )
    if not isinstance(exc, BackupError):
        return str(exc)
    values = exc.values
    reasons = {
        "not_backup": QCoreApplication.translate(
            "Backups", "it is not a callnotes backup, or it is cut short"
        ),
        "newer": QCoreApplication.translate("Backups", "it was made by a newer version of callnotes"),
        "damaged": QCoreApplication.translate("Backups", "part of it is damaged"),
        "record": QCoreApplication.translate("Backups", "the record in it fails its check"),
    }
    templates = {
        "folder_missing": QCoreApplication.translate(
            "Backups",
            "The backup folder %1 is not available (is the disk connected?). No backup was made: connect "
            "the disk or choose another backup folder (File → Backup folder…).",
        ),
        "folder_unwritable": QCoreApplication.translate(
            "Backups",
            "The backup folder %1 cannot be written. No backup was made: choose another backup folder.",
        ),
        "not_regular": QCoreApplication.translate(
            "Backups", "%1 is not a regular file; a backup is written only as a file of its own."
        ),
        "write_failed": QCoreApplication.translate("Backups", "The backup could not be written to %1 (%2)."),
        "no_database": QCoreApplication.translate("Backups", "There is no database to back up yet."),
        "no_file": QCoreApplication.translate("Backups", "There is no backup file %1."),
        "unusable": QCoreApplication.translate(
            "Backups", "%1 is not a backup that can be restored: %2. Nothing was changed."
        ),
        "not_restored": QCoreApplication.translate(
            "Backups", "The backup could not be put in place (%1); the database is as it was."
        ),
    }
    template = templates.get(exc.problem)
    if template is None:
        return str(exc)
    fills = {
        "folder_missing": (values.get("folder", ""),),
        "folder_unwritable": (values.get("folder", ""),),
        "not_regular": (values.get("file", ""),),
        "write_failed": (values.get("file", ""), values.get("reason", "")),
        "no_file": (values.get("file", ""),),
        "unusable": (
            Path(values.get("file", "")).name,
            reasons.get(
                values.get("reason", ""), QCoreApplication.translate("Backups", "it does not pass its checks")
            ),
        ),
        "not_restored": (values.get("reason", ""),),
    }.get(exc.problem, ())
    for number, value in enumerate(fills, start=1):
        template = template.replace(f"%{number}", value)
    detail = values.get("detail")
    return f"{template}\n\n({detail})" if detail else template


def describe(info: BackupInfo, formats: Formats) -> str:
    """A backup as one line of a list: when, how many debtors, automatic or not, the file."""
    if info.created_at is None:
        return QCoreApplication.translate("Backups", "%1 — cannot be read").replace("%1", info.path.name)
    kind = (
        QCoreApplication.translate("Backups", "automatic")
        if info.automatic
        else QCoreApplication.translate("Backups", "made by hand")
    )
    debtors = "?" if info.debtors is None else str(info.debtors)
    return (
        QCoreApplication.translate("Backups", "%1 · %2 debtors · %3 · %4")
        .replace("%1", formats.moment(info.created_at, seconds=False))
        .replace("%2", debtors)
        .replace("%3", kind)
        .replace("%4", str(info.path))
    )


class RestoreChooser(QDialog):
    """The database is damaged: choose a backup (newest first) and restore it, or another file."""

    def __init__(self, worker: Worker, formats: Formats, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.formats = worker, formats
        self.result_: RestoreResult | None = None
        self.setWindowTitle(QCoreApplication.translate("Backups", "The database is damaged"))
        self.explanation = QLabel(
            QCoreApplication.translate(
                "Backups",
                "callnotes found the database damaged and will not work on it. Restore a backup: the "
                "damaged file is kept aside first, so nothing is thrown away.",
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.detail = QLabel(problem, self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        self.status = QLabel(QCoreApplication.translate("Backups", "Looking for backups…"), self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, Progress.TOTAL)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(
            QCoreApplication.translate("Backups", "&Restore the chosen backup"), self
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(QCoreApplication.translate("Backups", "&Other file…"), self)
        self.other_button.clicked.connect(self.restore_other)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.detail, self.list, self.status, self.progress, self.buttons):
            layout.addWidget(widget)
        self.resize(720, 420)
        self.worker.start(call(Desk.backups), self._show_backups, self._failed)

    def _show_backups(self, found: list[BackupInfo]) -> None:
        self.list.clear()
        for info in found:
            item = QListWidgetItem(describe(info, self.formats), self.list)
            item.setData(PATH_ROLE, str(info.path))
            if info.created_at is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(info.problem)
        readable = [
            row for row in range(self.list.count()) if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        if readable:
            self.list.setCurrentRow(readable[0])  # the newest
            self.status.setText(QCoreApplication.translate("Backups", "The newest backup is chosen."))
        else:
            self.status.setText(
                QCoreApplication.translate(
                    "Backups",
                    "No backup was found in the backup folder. Choose a backup file with Other file….",
                )
            )

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()) and not self.progress.isVisible())

    def restore_selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self.restore(Path(str(items[0].data(PATH_ROLE))))

    def restore_other(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Backups", "Restore from backup"),
            "",
            QCoreApplication.translate("Backups", "callnotes backups (*.backup);;All files (*)"),
        )
        if chosen:
            self.restore(Path(chosen))

    def restore(self, source: Path) -> None:
        """Check and restore `source`; the dialog closes when it is in place."""
        self.progress.setValue(0)
        self.progress.show()
        self.restore_button.setEnabled(False)
        self.other_button.setEnabled(False)
        self.status.setText(
            QCoreApplication.translate("Backups", "Checking and restoring %1…").replace("%1", source.name)
        )
        self.worker.start(
            call(Desk.restore_backup, source),
            self._restored,
            self._failed,
            on_progress=lambda done, total: self.progress.setValue(done * Progress.TOTAL // max(total, 1)),
        )

    def _restored(self, result: RestoreResult) -> None:
        self.result_ = result
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.other_button.setEnabled(True)
        self._selection_changed()
        self.status.setText(problem_text(exc))


def rescue_at_start(desk: DeskProcess, formats: Formats, problem: str) -> RestoreResult | None:
    """Before the window opens: the database is damaged; offer the backups. The restore done, or None."""
    worker = Worker(desk, lambda _exc: None)
    chooser = RestoreChooser(worker, formats, problem)
    chooser.exec()
    return chooser.result_


class BackupActions(QObject):
    """The File menu's backup actions and the automatic backups; says when the data was replaced."""

    restored = Signal(object)  # RestoreResult: the window reloads everything

    def __init__(
        self,
        window: QWidget,
        worker: Worker,
        formats: Formats,
        desk: DeskProcess,
        status: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self._window, self._worker, self._formats, self._desk = window, worker, formats, desk
        self._status = status
        self.chooser: RestoreChooser | None = None
        self.back_up_action = QAction(self.tr("&Back up now…"), self)
        self.back_up_action.setToolTip(self.tr("Write a checked backup of the database and its documents"))
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("Restore from &backup…"), self)
        self.restore_action.triggered.connect(self.restore_from_file)
        self.folder_action = QAction(self.tr("Backup &folder…"), self)
        self.folder_action.triggered.connect(self.choose_folder)
        self.check_action = QAction(self.tr("&Check database…"), self)
        self.check_action.triggered.connect(self.check_database)
        self.warning = QLabel(window)  # in the status bar while automatic backups cannot be made
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("QLabel { color: #8a1f11; }")
        self.warning.hide()

    def _progress(self, label: str, job: Call[Any], done: Callable[[Any], None], cancellable: bool) -> None:
        dialog = QProgressDialog(
            label, self.tr("Cancel") if cancellable else "", 0, Progress.TOTAL, self._window
        )
        dialog.setWindowTitle(self.tr("callnotes"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)

        def finished(result: Any) -> None:
            dialog.close()
            dialog.deleteLater()
            done(result)

        def failed(exc: Exception) -> None:
            dialog.close()
            dialog.deleteLater()
            self._fail(exc)

        started = self._worker.start(
            job, finished, failed, on_progress=lambda d, t: dialog.setValue(d * Progress.TOTAL // max(t, 1))
        )
        dialog.canceled.connect(started.cancel)

    def _fail(self, exc: Exception) -> None:
        from callnotes.export import ExportCancelled
        from callnotes.services.backend import JobCancelled

        if isinstance(exc, ExportCancelled | JobCancelled):
            self._status(self.tr("Cancelled; nothing was written."), 5000)
        elif isinstance(exc, DamagedDatabaseError):
            self.offer_backups(str(exc))
        elif isinstance(exc, CallnotesError):
            QMessageBox.warning(self._window, self.tr("callnotes"), problem_text(exc))
        else:
            QMessageBox.critical(
                self._window, self.tr("callnotes: unexpected error"), f"{type(exc).__name__}: {exc}"
            )

    # --- by hand ------------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        """Ask where (the backup folder, a name with today's date), then write and check the backup."""
        self._worker.start(call(Desk.backup_folder), self._ask_target, self._fail)

    def _ask_target(self, folder: Path) -> None:
        suggested = folder / suggested_name(self._desk.clock)
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Back up now"), str(suggested), self.tr("callnotes backups (*.backup)")
        )
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(SUFFIX)
        self._progress(
            self.tr("Backing up and checking the backup…"), call(Desk.back_up, target), self._backed_up, True
        )

    def _backed_up(self, result: BackupResult) -> None:
        self.warning.hide()
        text = (
            self.tr("Backed up %1 debtors and %2 documents to %3, and checked it.")
            .replace("%1", str(result.debtors))
            .replace("%2", str(result.documents))
            .replace("%3", str(result.path))
        )
        if result.unreadable_documents:
            text += "\n\n" + self.tr(
                "%1 stored documents are missing or changed in the data folder and are not in the backup."
            ).replace("%1", str(len(result.unreadable_documents)))
            QMessageBox.warning(self._window, self.tr("Back up now"), text)
        else:
            QMessageBox.information(self._window, self.tr("Back up now"), text)

    def restore_from_file(self) -> None:
        """Choose a backup file, say what it replaces and where the current data is kept, restore it."""
        self._worker.start(call(Desk.backup_folder), self._ask_source, self._fail)

    def _ask_source(self, folder: Path) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Restore from backup"),
            str(folder),
            self.tr("callnotes backups (*.backup);;All files (*)"),
        )
        if not chosen:
            return
        paths = self._desk.paths
        question = (
            self.tr(
                "Restore %1?\n\nEvery debtor, call and document in the database %2 is replaced by what the "
                "backup holds; what was added since it was made is no longer shown. The backup is checked "
                "first: if it fails, nothing changes.\n\nThe current database is kept aside in %3 first."
            )
            .replace("%1", Path(chosen).name)
            .replace("%2", str(paths.database))
            .replace("%3", str(paths.backups))
        )
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore from backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._progress(
                self.tr("Checking and restoring the backup…"),
                call(Desk.restore_backup, Path(chosen)),
                self._restored,
                True,
            )

    def _restored(self, result: RestoreResult) -> None:
        self.restored.emit(result)  # the window reloads, and says what was done once the list is shown

    def restored_text(self, result: RestoreResult) -> str:
        """What a restore did, for the status bar."""
        text = (
            self.tr("Restored the backup made %1 (%2 debtors).")
            .replace("%1", self._formats.moment(result.created_at, seconds=False))
            .replace("%2", str(result.debtors))
        )
        if result.kept_aside is not None:
            text += " " + self.tr("The replaced database is kept as %1.").replace(
                "%1", str(result.kept_aside)
            )
        return text

    def choose_folder(self) -> None:
        """Choose the folder backups go to (a USB disk, a synced folder)."""
        self._worker.start(call(Desk.backup_folder), self._ask_folder, self._fail)

    def _ask_folder(self, current: Path) -> None:
        chosen = QFileDialog.getExistingDirectory(self._window, self.tr("Backup folder"), str(current))
        if chosen:
            self._worker.start(
                call(Desk.set_backup_folder, Path(chosen)),
                lambda folder: self._folder_chosen(folder),
                self._fail,
            )

    def _folder_chosen(self, folder: Path) -> None:
        self.warning.hide()
        self._status(self.tr("Backups go to %1.").replace("%1", str(folder)), 8000)

    def check_database(self) -> None:
        """SQLite's full check of the database file; offer the backups if it finds damage."""

        def checked(problems: list[str]) -> None:
            if problems:
                self.offer_backups("\n".join(problems[:5]))
            else:
                QMessageBox.information(
                    self._window,
                    self.tr("Check database"),
                    self.tr("The database is sound: SQLite's full check found nothing wrong."),
                )

        self._progress(
            self.tr("Checking every page of the database…"), call(Desk.check_database), checked, False
        )

    def offer_backups(self, problem: str) -> None:
        """The database is damaged: list the backups, newest first, and restore the one chosen."""
        if self.chooser is not None and self.chooser.isVisible():
            return
        self.chooser = RestoreChooser(self._worker, self._formats, problem, self._window)
        self.chooser.accepted.connect(lambda: self._chooser_done())
        self.chooser.open()

    def _chooser_done(self) -> None:
        if self.chooser is not None and self.chooser.result_ is not None:
            self._restored(self.chooser.result_)

    # --- automatic ----------------------------------------------------------------------------------
    def automatic(self, only_if_due: bool) -> None:
        """An automatic backup in the background (at start: only when the last is a day old)."""
        self._worker.start(
            call(Desk.automatic_backup, only_if_due), self._automatic_done, self._automatic_failed
        )

    def _automatic_done(self, outcome: AutomaticBackup) -> None:
        if outcome.made is not None:
            self.warning.hide()

    def _automatic_failed(self, exc: Exception) -> None:
        """A backup that cannot be made never stops the work: it is said in the status bar, and stays."""
        if isinstance(exc, DamagedDatabaseError):
            self.offer_backups(str(exc))
            return
        text = self.tr("No automatic backup: %1").replace("%1", problem_text(exc).split("\n\n")[0])
        self.warning.setText(text)
        self.warning.setToolTip(str(exc))
        self.warning.show()
