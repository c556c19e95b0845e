"""Log a contact that is not a live call: an e-mail, a letter (with its certified-mail number and what
became of it), a visit, a message; each kind offers its own outcomes, and a promise or a dispute is
captured with its amount, day or invoices as at the end of a call.

Like every form it stays open until the desk has saved the contact: a refusal appears beside its field
in the interface's language, and everything typed stays to be corrected."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from callnotes.domain.account import PersonInfo
from callnotes.domain.contact_rules import GuardOverride
from callnotes.domain.deliveries import STATUS_OF_OUTCOME
from callnotes.services.backend import Call, call
from callnotes.services.desk import Desk
from callnotes.services.plain import DIRECTIONS, OUTCOMES_BY_KIND, ContactInput, Ending
from callnotes.ui.dispute_box import DisputeBox
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import DateField, DateTimeField, FileList
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.labels import label
from callnotes.ui.worker import Worker
from callnotes.ui.workspace.promise_box import PromiseBox

LOGGED_KINDS = ("email", "letter", "visit", "message", "call")
# A plan is agreed in the offers calculator, which shows its schedule; here it would be a word without one.
NOT_OFFERED = ("plan",)
# Asks the contact guard about a visit at a moment, then calls back with the override, if the user went
# ahead despite warnings (see ui/contact_guard.py); not called back when the user cancels.
VisitGuard = Callable[[QWidget, datetime, Callable[[GuardOverride | None], None]], None]


class LogDialog(FormDialog):
    """Kind, time, person, address or number, reference, summary, outcome and files to attach; saved
    through the worker with `Desk.log_contact`, `saved` carrying the new interaction's id."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        people: Sequence[PersonInfo],
        now: datetime,
        parent: QWidget | None = None,
        *,
        guard: VisitGuard | None = None,
        currency: str = "EUR",
        open_invoices: Sequence[tuple[str, int]] = (),  # (number, open amount): what a dispute may name
    ) -> None:
        super().__init__(worker, formats, QCoreApplication.translate("LogDialog", "Log a contact"), parent)
        self._debtor_id = debtor_id
        self._guard = guard
        self._guard_passed = False  # the guard was asked about this save and the user went ahead
        self.override: GuardOverride | None = None  # set when the guard warned and the user went ahead
        self._zone = ZoneInfo(formats.zone)
        local = now.astimezone(self._zone)
        self.kind = QComboBox(self)
        for code in LOGGED_KINDS:
            self.kind.addItem(label(code), code)
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("we contacted them"), DIRECTIONS[0])
        self.direction.addItem(self.tr("they contacted us"), DIRECTIONS[1])
        self.when = DateTimeField(formats, self)
        self.when.set_moment(local)
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
        self.summary.setMaximumHeight(90)
        self.outcome = QComboBox(self)
        self.delivered_on = DateField(formats, self)
        self.delivered_on.set_date(local.date())
        self.delivered_on.setToolTip(self.tr("The day the letter was delivered, returned or refused"))
        self.promise_box = PromiseBox(formats, currency, local.date(), self)
        self.dispute_box = DisputeBox(formats, currency, open_invoices, self)
        self.next_action = DateField(formats, self, optional=True)
        self.next_action.set_date(local.date() + timedelta(days=7))
        self.files = FileList(self)
        self.add_row(self.tr("Kind:"), self.kind, "kind")
        self.add_row(self.tr("Direction:"), self.direction, "direction")
        self.add_row(self.tr("When:"), self.when, "at")
        self.add_row(self.tr("Person:"), self.person, "person_id")
        self.add_row(self.tr("Address or number:"), self.address, "address_used")
        self.add_row(self.tr("Reference:"), self.reference, "reference")
        self.add_row(self.tr("Summary:"), self.summary, "summary")
        self.add_row(self.tr("Outcome:"), self.outcome, "outcome")
        self.add_row(self.tr("Delivery day:"), self.delivered_on, "on")
        self.add_row("", self.promise_box, "promise_amount", also=("promise_due_on",))
        self.add_row("", self.dispute_box, "reason", also=("invoices", "amount_minor"))
        self.add_row(self.tr("Next action on:"), self.next_action, "next_action_on")
        self.add_row(self.tr("Attachments:"), self.files, "files")
        self.kind.currentIndexChanged.connect(self._offer_outcomes)
        self.outcome.currentIndexChanged.connect(self._update_sections)
        self._offer_outcomes()
        self.resize(600, self.sizeHint().height())

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
        """Only the rows the outcome needs: the delivery day, a promise's amount and day, a dispute."""
        outcome = self.outcome.currentData()
        for widget, shown in (
            (self.delivered_on, self._delivery_known),
            (self.promise_box, outcome == "promise"),
            (self.dispute_box, outcome == "dispute"),
        ):
            holder = widget.parentWidget()  # the row holds it with room for its refusal
            assert holder is not None
            self.form.setRowVisible(holder, shown)

    def accept(self) -> None:
        """Save; a visit is first checked by the contact guard, and saved once the user goes ahead."""
        if not self.save_button.isEnabled():
            return  # being saved
        if self._guard is None or self.kind.currentData() != "visit" or self._guard_passed:
            self._guard_passed = False
            super().accept()
            return
        self.clear_refusals()
        contact = self._read()
        if contact is None:
            super().accept()  # says again beside each field what cannot be read, and focuses the first
            return

        def proceed(override: GuardOverride | None) -> None:
            self.override, self._guard_passed = override, True
            self.accept()

        self._guard(self, contact.at, proceed)

    def job(self) -> Call[int] | None:
        contact = self._read()
        if contact is None:
            return None
        return call(Desk.log_contact, self._debtor_id, contact, self.files.paths())

    def _read(self) -> ContactInput | None:
        """The contact as typed, or None after saying beside each field what cannot be read."""
        outcome = self.outcome.currentData()
        at = self.read("at", lambda: self.when.moment(self._zone))
        delivered_on = self.read("on", self.delivered_on.date) if self._delivery_known else None
        next_action_on = self.read("next_action_on", self.next_action.date)
        promise = self.read("promise_amount", self.promise_box.promise) if outcome == "promise" else None
        dispute = self.read("reason", self.dispute_box.dispute) if outcome == "dispute" else None
        if dispute is not None and not dispute.reason:
            self.refuse(
                "reason", QCoreApplication.translate("EndCallDialog", "Say why the debtor disputes the debt.")
            )
        if self.refused or at is None:
            return None
        ending = Ending(outcome, self.summary.toPlainText().strip(), next_action_on, promise, dispute=dispute)
        return ContactInput(
            kind=self.kind.currentData(),
            at=at,
            ending=ending,
            direction=self.direction.currentData(),
            person_id=self.person.currentData(),
            address_used=self.address.text().strip(),
            reference=self.reference.text().strip(),
            delivered_on=delivered_on,
            override=self.override if self.kind.currentData() == "visit" else None,
        )
