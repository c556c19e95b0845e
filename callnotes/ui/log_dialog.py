"""Log a contact that is not a live call: an e-mail, a letter (with its certified-mail number), a visit, a message."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.account import PersonInfo
from callnotes.domain.contact_rules import GuardOverride
from callnotes.services.interactions import DIRECTIONS, OUTCOMES, ContactInput, Ending
from callnotes.ui.labels import label
from callnotes.ui.qdates import from_qdate, to_qdate

LOGGED_KINDS = ("email", "letter", "visit", "message", "call")
# Asks the contact guard about a visit at a moment, then calls back with the override, if the user went
# ahead despite warnings (see ui/contact_guard.py); not called back when the user cancels.
VisitGuard = Callable[[QWidget, datetime, Callable[[GuardOverride | None], None]], None]


class LogDialog(QDialog):
    """Kind, time, person, address or number, reference, summary, outcome and files to attach."""

    def __init__(
        self,
        people: Sequence[PersonInfo],
        now: datetime,
        zone: str,
        parent: QWidget | None = None,
        *,
        guard: VisitGuard | None = None,
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self.override: GuardOverride | None = None  # set when the guard warned and the user went ahead
        self._zone = ZoneInfo(zone)
        local = now.astimezone(self._zone)
        self.setWindowTitle(self.tr("Log a contact"))
        self.kind = QComboBox(self)
        for code in LOGGED_KINDS:
            self.kind.addItem(label(code), code)
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("we contacted them"), DIRECTIONS[0])
        self.direction.addItem(self.tr("they contacted us"), DIRECTIONS[1])
        self.when = QDateTimeEdit(QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute)), self)
        self.when.setCalendarPopup(True)
        self.person = QComboBox(self)
        self.person.addItem(self.tr("(nobody in particular)"), None)
        for person in people:
            self.person.addItem(f"{person.name} ({person.role})" if person.role else person.name, person.id)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("e-mail, postal address or number used"))
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("e.g. certified-mail number of a letter"))
        self.summary = QPlainTextEdit(self)
        self.summary.setPlaceholderText(self.tr("What was sent or said"))
        self.outcome = QComboBox(self)
        for code in OUTCOMES:
            self.outcome.addItem(label(code), code)
        self.next_action = QDateEdit(to_qdate(local.date() + timedelta(days=7)), self)
        self.next_action.setCalendarPopup(True)
        self.files = QListWidget(self)
        self.files.setMaximumHeight(80)
        add_file = QPushButton(self.tr("Attach files…"), self)
        add_file.clicked.connect(self._add_files)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addWidget(add_file, alignment=Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Direction:"), self.direction)
        form.addRow(self.tr("When:"), self.when)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("Address or number:"), self.address)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Summary:"), self.summary)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Next action on:"), self.next_action)
        form.addRow(self.tr("Attachments:"), files_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def accept(self) -> None:
        """A visit is checked by the contact guard first; the dialog closes once the user goes ahead."""
        if self._guard is None or self.kind.currentData() != "visit":
            super().accept()
            return

        def proceed(override: GuardOverride | None) -> None:
            self.override = override
            super(LogDialog, self).accept()

        self._guard(self, self.moment, proceed)

    def _add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for name in names:
            self.files.addItem(name)

    @property
    def moment(self) -> datetime:
        """When it happened, as typed on the user's wall clock, in UTC."""
        typed = self.when.dateTime().toPython()
        assert isinstance(typed, datetime)
        return typed.replace(tzinfo=self._zone).astimezone(UTC)

    @property
    def next_action_on(self) -> date:
        return from_qdate(self.next_action.date())

    @property
    def attachments(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def contact(self) -> ContactInput:
        """The contact as the user described it."""
        ending = Ending(self.outcome.currentData(), self.summary.toPlainText().strip(), self.next_action_on)
        return ContactInput(
            kind=self.kind.currentData(),
            at=self.moment,
            ending=ending,
            direction=self.direction.currentData(),
            person_id=self.person.currentData(),
            address_used=self.address.text().strip(),
            reference=self.reference.text().strip(),
            override=self.override if self.kind.currentData() == "visit" else None,
        )
