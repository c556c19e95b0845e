"""End the call: outcome, and in the same place the promise or plan and the next action date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from callnotes.domain.money import AmountFormatError, Money, format_money, parse_amount
from callnotes.services.disputes import DisputeInput
from callnotes.services.interactions import OUTCOMES, Ending, PlanInput, PromiseInput
from callnotes.services.validation import TEXT_CHARS
from callnotes.ui.dispute_box import DisputeBox
from callnotes.ui.forms.problems import said
from callnotes.ui.labels import label
from callnotes.ui.qdates import from_qdate, to_qdate
from callnotes.ui.workspace.promise_box import PromiseBox


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    return edit


def split_evenly(
    total_minor: int, count: int, first: date, every_days: int = 30
) -> tuple[tuple[date, int], ...]:
    """Equal instalments; the cents that do not divide go on the last one."""
    share, rest = divmod(total_minor, count)
    return tuple(
        (first + timedelta(days=every_days * i), share + (rest if i == count - 1 else 0))
        for i in range(count)
    )


class EndCallDialog(QDialog):
    """Collects the outcome, a promise or a plan, and the next action; validates amounts per locale."""

    def __init__(
        self,
        currency: str,
        locale: str,
        balance_minor: int,
        today: date,
        parent: QWidget | None = None,
        *,
        open_invoices: Sequence[tuple[str, int]] = (),  # (number, open amount): what a dispute may name
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End the call"))
        self._currency, self._locale, self._today = currency, locale, today
        self.outcome = QComboBox(self)
        for code in OUTCOMES:
            self.outcome.addItem(label(code), code)
        self.summary = QLineEdit(self)
        self.summary.setMaxLength(TEXT_CHARS)  # what the record keeps: ending the call never fails on it
        self.summary.setPlaceholderText(self.tr("One line: what happened, what was agreed"))

        self.promise_box = PromiseBox(currency, locale, today, self)
        self.promise_amount, self.promise_date = self.promise_box.amount, self.promise_box.due

        self.plan_box = QGroupBox(self.tr("Payment plan"), self)
        self.plan_total = QLineEdit(format_money(Money(balance_minor, currency), locale), self.plan_box)
        self.plan_count = QSpinBox(self.plan_box)
        self.plan_count.setRange(1, 60)
        self.plan_count.setValue(3)
        self.plan_first = _date_edit(today + timedelta(days=7), self.plan_box)
        self.plan_kind = QComboBox(self.plan_box)
        self.plan_kind.addItem(self.tr("instalments of the full balance"), "instalments")
        self.plan_kind.addItem(self.tr("settlement for less"), "settlement")
        plan_form = QFormLayout(self.plan_box)
        plan_form.addRow(self.tr("Total:"), self.plan_total)
        plan_form.addRow(self.tr("Instalments (monthly):"), self.plan_count)
        plan_form.addRow(self.tr("First on:"), self.plan_first)
        plan_form.addRow(self.tr("Kind:"), self.plan_kind)

        self.dispute_box = DisputeBox(currency, locale, open_invoices, self)

        self.next_action = _date_edit(today + timedelta(days=7), self)
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
        self.outcome.currentIndexChanged.connect(self._update_sections)

        form = QFormLayout(self)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Summary:"), self.summary)
        form.addRow(self.promise_box)
        form.addRow(self.plan_box)
        form.addRow(self.dispute_box)
        form.addRow(self.tr("Next action on:"), self.next_action)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.promise: PromiseInput | None = None
        self.plan: PlanInput | None = None
        self.dispute: DisputeInput | None = None
        self._update_sections()

    def _update_sections(self) -> None:
        outcome = self.outcome.currentData()
        self.promise_box.setVisible(outcome == "promise")
        self.plan_box.setVisible(outcome == "plan")
        self.dispute_box.setVisible(outcome == "dispute")
        self.adjustSize()

    def _amount(self, text: str) -> int:
        return parse_amount(text, self._currency, self._locale).minor

    def _accept(self) -> None:
        outcome = self.outcome.currentData()
        self.promise = self.plan = None
        self.dispute = None
        try:
            if outcome == "promise":
                self.promise = self.promise_box.promise()
            elif outcome == "dispute":
                self.dispute = self.dispute_box.dispute()
            elif outcome == "plan":
                total = self._amount(self.plan_total.text())
                schedule = split_evenly(total, self.plan_count.value(), from_qdate(self.plan_first.date()))
                self.plan = PlanInput(schedule, self.plan_kind.currentData())
        except AmountFormatError as exc:  # said in the interface's words, never with a locale code
            if exc.problem == "too_large":
                self.error.setText(said("too_large"))
            else:
                self.error.setText(self.tr("Type an amount like %1.").replace("%1", exc.expected))
            return
        if self.promise and self.promise.amount_minor <= 0:
            self.error.setText(self.tr("A promise needs an amount above zero."))
            return
        if self.dispute and not self.dispute.reason:
            self.error.setText(self.tr("Say why the debtor disputes the debt."))
            self.dispute_box.reason.setFocus()
            return
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
    def next_action_on(self) -> date:
        return from_qdate(self.next_action.date())
