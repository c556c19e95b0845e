"""Log a contact that is not a live call: an e-mail, a letter (with its certified-mail number and what
became of it), a visit, a message; each kind offers its own outcomes, and a promise or a dispute is
captured with its amount, day or invoices as at the end of a call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.account import PersonInfo
from callnotes.domain.contact_rules import GuardOverride
from callnotes.domain.deliveries import STATUS_OF_OUTCOME
from callnotes.services.interactions import DIRECTIONS, OUTCOMES_BY_KIND, ContactInput, Ending
from callnotes.ui.dispute_box import DisputeBox
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import FieldError
from callnotes.ui.forms.sizing import grow_to_fit
from callnotes.ui.labels import label
from callnotes.ui.qdates import from_qdate, to_qdate
from callnotes.ui.workspace.promise_box import PromiseBox

LOGGED_KINDS = ("email", "letter", "visit", "message", "call")
# A plan is agreed in the offers calculator, which shows its schedule; here it would be a word without one.
NOT_OFFERED = ("plan",)
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
        currency: str = "EUR",
        locale: str = "en_US",
        open_invoices: Sequence[tuple[str, int]] = (),  # (number, open amount): what a dispute may name
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
        self.delivered_on = QDateEdit(to_qdate(local.date()), self)
        self.delivered_on.setCalendarPopup(True)
        self.delivered_on.setToolTip(self.tr("The day the letter was delivered, returned or refused"))
        formats = Formats(locale, zone)
        self.promise_box = PromiseBox(formats, currency, local.date(), self)
        self.dispute_box = DisputeBox(formats, currency, open_invoices, self)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
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
        form = self.form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Direction:"), self.direction)
        form.addRow(self.tr("When:"), self.when)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("Address or number:"), self.address)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Summary:"), self.summary)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Delivery day:"), self.delivered_on)
        form.addRow(self.promise_box)
        form.addRow(self.dispute_box)
        form.addRow(self.tr("Next action on:"), self.next_action)
        form.addRow(self.tr("Attachments:"), files_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._offer_outcomes)
        self.outcome.currentIndexChanged.connect(self._update_sections)
        self._offer_outcomes()
        self.resize(560, 520)

    def _offer_outcomes(self) -> None:
        """The outcomes that can come of the chosen kind of contact (a letter is sent, delivered…)."""
        kept = self.outcome.currentData()
        self.outcome.blockSignals(True)
        self.outcome.clear()
        for code in OUTCOMES_BY_KIND[self.kind.currentData()]:
            if code not in NOT_OFFERED:
                self.outcome.addItem(label(code), code)
        self.outcome.setCurrentIndex(max(self.outcome.findData(kept), 0))
        self.outcome.blockSignals(False)
        self._update_sections()

    @property
    def _delivery_known(self) -> bool:
        return self.kind.currentData() == "letter" and self.outcome.currentData() in STATUS_OF_OUTCOME

    def _update_sections(self) -> None:
        outcome = self.outcome.currentData()
        self.form.setRowVisible(self.delivered_on, self._delivery_known)
        self.promise_box.setVisible(outcome == "promise")
        self.dispute_box.setVisible(outcome == "dispute")
        self.error.clear()

    def accept(self) -> None:
        """Close only once the amounts typed can be read and a dispute says why; a visit is checked by
        the contact guard first, and the dialog closes once the user goes ahead."""
        try:
            contact = self._read()  # read again by `contact()` once accepted, with the guard's override
        except FieldError as exc:  # said in the interface's words, never with a locale code
            self.error.setText(str(exc))  # a promise's refusals, one line a field
            grow_to_fit(self)  # a message of several lines takes new room, never the fields'
            return
        dispute = contact.ending.dispute
        if dispute is not None and not dispute.reason:
            self.error.setText(
                QCoreApplication.translate("EndCallDialog", "Say why the debtor disputes the debt.")
            )
            grow_to_fit(self)
            self.dispute_box.reason.setFocus()
            return
        if self._guard is None or self.kind.currentData() != "visit":
            super().accept()
            return

        def proceed(override: GuardOverride | None) -> None:
            self.override = override
            super(LogDialog, self).accept()

        self._guard(self, self.moment, proceed)  # a visit is checked by the contact guard first

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
        """The contact as the user described it, once the dialog was accepted."""
        return self._read()

    def _read(self) -> ContactInput:
        outcome = self.outcome.currentData()
        ending = Ending(
            outcome,
            self.summary.toPlainText().strip(),
            self.next_action_on,
            promise=self.promise_box.promise() if outcome == "promise" else None,
            dispute=self.dispute_box.dispute() if outcome == "dispute" else None,
        )
        return ContactInput(
            kind=self.kind.currentData(),
            at=self.moment,
            ending=ending,
            direction=self.direction.currentData(),
            person_id=self.person.currentData(),
            address_used=self.address.text().strip(),
            reference=self.reference.text().strip(),
            delivered_on=from_qdate(self.delivered_on.date()) if self._delivery_known else None,
            override=self.override if self.kind.currentData() == "visit" else None,
        )
