"""End the call: outcome, and in the same place the promise or plan and the next action date.

Each outcome that needs more than a word has its own section (a group box shown only for it): the
promise's amount and day, the plan's calculator with its preview. `add_section` takes another one
(a dispute's reason, say) without touching the rest. Amounts and dates are read as the interface
writes them, and a refusal is said in its language, beside the buttons, until the field is edited.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.dates import example_day_ahead
from callnotes.domain.offers import OfferTerms
from callnotes.services.plain import OUTCOMES, DisputeInput, Ending, PlanInput, PromiseInput
from callnotes.services.validation import TEXT_CHARS
from callnotes.ui.dispute_box import DisputeBox
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import DateField, FieldError
from callnotes.ui.forms.sizing import grow_to_fit
from callnotes.ui.labels import label
from callnotes.ui.offers import OfferCalculator, field_width
from callnotes.ui.workspace.promise_box import PromiseBox


class EndCallDialog(QDialog):
    """Collects the outcome, a promise or a plan, and the next action; validates amounts per locale.

    `offer`, when an offer was accepted during the call, makes the plan the outcome, pre-filled.
    """

    def __init__(
        self,
        currency: str,
        locale: str,
        balance_minor: int,
        today: date,
        parent: QWidget | None = None,
        *,
        zone: str = "UTC",
        debtor_language: str = "en",
        debtor_country: str | None = None,
        offer: OfferTerms | None = None,
        open_invoices: Sequence[tuple[str, int]] = (),  # (number, open amount): what a dispute may name
        disputed_minor: int = 0,  # what open disputes cover: left out of a plan's balance
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End the call"))
        self._currency, self._locale, self._today = currency, locale, today
        formats = Formats(locale, zone)
        self.outcome = QComboBox(self)
        for code in OUTCOMES:
            self.outcome.addItem(label(code), code)
        self.summary = QLineEdit(self)
        self.summary.setMaxLength(TEXT_CHARS)  # what the record keeps: ending the call never fails on it
        self.summary.setPlaceholderText(self.tr("One line: what happened, what was agreed"))
        field_width(self.summary, 70)

        self.promise_box = PromiseBox(formats, currency, today, self)
        self.promise_amount, self.promise_date = self.promise_box.amount, self.promise_box.due

        self.plan_box = QGroupBox(self.tr("Payment plan"), self)
        self.calculator = OfferCalculator(
            formats,
            currency,
            balance_minor,
            today,
            debtor_language,
            debtor_country,
            self.plan_box,
            disputed_minor=disputed_minor,
        )
        QVBoxLayout(self.plan_box).addWidget(self.calculator)

        self.next_action = DateField(formats, self, optional=True, example=example_day_ahead(today))
        self.next_action.set_date(today + timedelta(days=7))
        field_width(self.next_action, 14)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("End and save"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        head = QFormLayout()
        head.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        head.addRow(self.tr("Outcome:"), self.outcome)
        head.addRow(self.tr("Summary:"), self.summary)
        self._sections_layout = QVBoxLayout()
        self._sections: list[tuple[QGroupBox, tuple[str, ...]]] = []
        tail = QFormLayout()
        self._next_action_label = self.tr("Next action on:")
        tail.addRow(self._next_action_label, self.next_action)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self._sections_layout)
        layout.addLayout(tail)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.add_section(self.promise_box, ("promise",))
        self.add_section(self.plan_box, ("plan",))
        self.dispute_box = DisputeBox(formats, currency, open_invoices, self)
        self.add_section(self.dispute_box, ("dispute",))
        self.dispute: DisputeInput | None = None

        # A message is about what was typed: it goes as soon as that is changed.
        self.promise_amount.textEdited.connect(self._clear_error)
        for date_field in (self.promise_date, self.next_action):
            date_field.edited.connect(self._clear_error)
        self.calculator.changed.connect(self._clear_error)
        self.outcome.currentIndexChanged.connect(self._update_sections)
        self.promise: PromiseInput | None = None
        self.plan: PlanInput | None = None
        if offer is not None:
            self.outcome.setCurrentIndex(self.outcome.findData("plan"))
            self.calculator.set_terms(offer)
        self._update_sections()

    def add_section(self, box: QGroupBox, outcomes: tuple[str, ...]) -> None:
        """A group box of its own fields, shown only while one of `outcomes` is chosen."""
        box.setParent(self)
        self._sections_layout.addWidget(box)
        self._sections.append((box, outcomes))
        self._update_sections()

    def _update_sections(self) -> None:
        outcome = self.outcome.currentData()
        for box, outcomes in self._sections:
            box.setVisible(outcome in outcomes)
        self._clear_error()
        self.adjustSize()

    def _clear_error(self) -> None:
        self.error.clear()

    def _accept(self) -> None:
        """Accept once everything reads; otherwise say every refusal at once, a line each."""
        outcome = self.outcome.currentData()
        self.promise = self.plan = None
        self.dispute = None
        problems: list[str] = []  # said in the interface's words, never with a locale code
        terms: OfferTerms | None = None
        try:
            if outcome == "promise":  # names each refused field itself
                self.promise = self.promise_box.promise(not_before=self._today)
            elif outcome == "dispute":
                self.dispute = self.dispute_box.dispute()
        except FieldError as exc:
            problems.append(str(exc))
        if self.dispute and not self.dispute.reason:
            problems.append(self.tr("Say why the debtor disputes the debt."))
            self.dispute_box.reason.setFocus()
        if outcome == "plan":
            terms = self.calculator.terms()  # says beside the figures what is wrong
            if terms is None:
                problems.append(self.tr("Check the plan's figures."))
        try:
            self.next_action.date()  # an impossible day (31/02) is refused here, never moved
        except FieldError as exc:
            problems.append(f"{self._next_action_label} {exc}")
            if len(problems) == 1:
                self.next_action.setFocus()
        if problems:
            self.promise = self.plan = None
            self.dispute = None
            self.error.setText("\n".join(problems))
            grow_to_fit(self)  # a message of several lines takes new room, never the fields'
            return
        if terms is not None:
            self.plan = PlanInput.of(terms)
        self.accept()

    @property
    def outcome_code(self) -> str:
        return str(self.outcome.currentData())

    def ending(self) -> Ending:
        """What the user chose, once the dialog was accepted."""
        return Ending(
            self.outcome_code,
            self.summary.text().strip(),
            self.next_action_on,
            self.promise,
            self.plan,
            dispute=self.dispute,
        )

    @property
    def next_action_on(self) -> date | None:
        try:
            return self.next_action.date()
        except FieldError:
            return None  # refused by _accept before the dialog could be accepted
