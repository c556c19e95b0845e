"""Record money received, seeing before saving which invoices it pays; or correct a payment.

By default a payment goes to the oldest open invoices; the user may pick the invoices instead, with
or without an amount for each. What is left stays as credit on the account. A correction reverses
the payment as recorded (it stays in the record) and records the right one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.account import PaymentInfo
from callnotes.domain.allocation import AllocationError, AllocationPlan, OpenInvoice, plan_allocation
from callnotes.errors import InputError
from callnotes.services.backend import Call, call
from callnotes.services.desk import Desk
from callnotes.services.plain import PaymentInput
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import AmountField, DateField, FieldError
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.forms.problems import problem_text
from callnotes.ui.worker import Worker

APPLY, NUMBER, OPEN, SHARE = range(4)


class PaymentDialog(FormDialog):
    """Date, amount, method, reference, the invoices it pays (shown before saving) and the credit left."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        currency: str,
        open_invoices: Sequence[OpenInvoice],
        today: date,
        payment: PaymentInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Record a payment") if payment is None else self.tr("Correct a payment")
        super().__init__(worker, formats, title, parent)
        self._debtor_id, self._currency, self._payment = debtor_id, currency, payment
        self._open = list(open_invoices)  # for a correction, as they are once the payment no longer counts
        self.paid_on = DateField(formats, self)
        self.paid_on.set_date(today)
        self.amount = AmountField(formats, currency, self)
        self.method = QComboBox(self)
        self.method.setEditable(True)
        self.method.addItems(
            [
                "",
                self.tr("bank transfer"),
                self.tr("card"),
                self.tr("cash"),
                self.tr("cheque"),
                self.tr("direct debit"),
            ]
        )
        self.reference = QLineEdit(self)
        self.oldest = QRadioButton(self.tr("To the oldest open invoices"), self)
        self.pick = QRadioButton(self.tr("To the invoices I tick"), self)
        self.oldest.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.oldest)
        choice.addButton(self.pick)
        self.invoices = QTableWidget(len(self._open), 4, self)
        self.invoices.setHorizontalHeaderLabels(
            ["", self.tr("Invoice"), self.tr("Open"), self.tr("Amount to apply")]
        )
        self.invoices.verticalHeader().hide()
        self.invoices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.invoices.horizontalHeader().setStretchLastSection(True)
        for row, invoice in enumerate(self._open):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Unchecked)
            self.invoices.setItem(row, APPLY, tick)
            for column, text in (
                (NUMBER, invoice.number),
                (OPEN, formats.money(invoice.open_minor, currency)),
            ):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.invoices.setItem(row, column, item)
            share = AmountField(formats, currency, self.invoices)
            share.setPlaceholderText(self.tr("all that is open"))
            share.textEdited.connect(lambda _text, r=row: self._tick(r))
            self.invoices.setCellWidget(row, SHARE, share)
        self.invoices.setMinimumHeight(min(6, max(len(self._open), 2)) * 26 + 30)
        self.plan = QLabel(self)
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.PlainText)
        applied = QWidget(self)
        stack = QVBoxLayout(applied)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.oldest)
        stack.addWidget(self.pick)
        stack.addWidget(self.invoices)
        stack.addWidget(self.plan)
        self.add_row(self.tr("Received on:"), self.paid_on, "paid_on")
        self.add_row(self.tr("Amount (%1):").replace("%1", currency), self.amount, "amount_minor")
        self.add_row(self.tr("Method:"), self.method, "method")
        self.add_row(self.tr("Reference:"), self.reference, "reference")
        self.add_row(self.tr("Apply it:"), applied, "allocations")
        if payment is not None:
            self.set_intro(
                self.tr(
                    "The payment as recorded stays in the record, marked as no longer counting; "
                    "the right one is recorded with the reason."
                )
            )
            self.add_reason(self.tr("Required, e.g. the amount was typed wrong"))
            self.paid_on.set_date(payment.paid_on)
            self.amount.set_minor(payment.amount_minor)
            self.method.setCurrentText(payment.method)
            self.reference.setText(payment.reference)
        self.amount.textEdited.connect(self._show_plan)
        choice.buttonToggled.connect(self._show_plan)
        self.invoices.itemChanged.connect(self._ticked)
        self._show_plan()
        self.resize(600, self.sizeHint().height())

    def _ticked(self, item: QTableWidgetItem) -> None:
        """Ticking an invoice means paying the invoices ticked, not the oldest."""
        if item.column() == APPLY and item.checkState() == Qt.CheckState.Checked:
            self.pick.setChecked(True)
        self._show_plan()

    def _tick(self, row: int) -> None:
        item = self.invoices.item(row, APPLY)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked)
        self.pick.setChecked(True)
        self._show_plan()

    def _chosen(self) -> tuple[tuple[str, int | None], ...] | None:
        """The invoices ticked with their amounts (None: all that is open), or None for oldest first."""
        if self.oldest.isChecked():
            return None
        chosen: list[tuple[str, int | None]] = []
        for row, invoice in enumerate(self._open):
            item = self.invoices.item(row, APPLY)
            if item is None or item.checkState() != Qt.CheckState.Checked:
                continue
            share = self.invoices.cellWidget(row, SHARE)
            assert isinstance(share, AmountField)
            chosen.append((invoice.number, share.minor() if share.text().strip() else None))
        return tuple(chosen)

    def _planned(self) -> AllocationPlan:
        """How the amount typed would be applied. Raises FieldError or AllocationError."""
        return plan_allocation(self.amount.minor(), self._open, self._chosen())

    def _show_plan(self, *_args: object) -> None:
        try:
            plan = self._planned()
        except FieldError:
            self.plan.setText(self.tr("Type the amount to see which invoices it pays."))
            return
        except AllocationError as exc:
            self.plan.setText(self._refusal(exc))
            return
        money = self.formats.money
        parts = [
            (self.tr("%1: %2, paid in full") if part.settles else self.tr("%1: %2"))
            .replace("%1", part.invoice.number)
            .replace("%2", money(part.amount_minor, self._currency))
            for part in plan.parts
        ]
        text = (
            self.tr("It pays %1.").replace("%1", "; ".join(parts))
            if parts
            else self.tr("It pays no invoice.")
        )
        if plan.credit_minor:
            text += " " + self.tr("%1 stays as credit on the account.").replace(
                "%1", money(plan.credit_minor, self._currency)
            )
        self.plan.setText(text)

    def _refusal(self, exc: AllocationError) -> str:
        values: dict[str, str | int] = {
            "number": exc.number,
            "minor": exc.open_minor,
            "currency": self._currency,
        }
        return problem_text(
            InputError(str(exc), problem=f"allocation_{exc.problem}", values=values), self.formats
        )

    def job(self) -> Call[int] | None:
        paid_on = self.read("paid_on", self.paid_on.date)
        amount = self.read("amount_minor", self.amount.minor)
        chosen = self.read("allocations", self._chosen)
        if paid_on is None or amount is None or self.refused:
            return None
        try:
            self._planned()
        except AllocationError as exc:
            self.refuse("allocations", self._refusal(exc))
            return None
        entered = PaymentInput(
            paid_on, amount, self.method.currentText().strip(), self.reference.text(), chosen
        )
        if self._payment is None:
            return call(Desk.record_payment, self._debtor_id, entered)
        return call(Desk.correct_payment, self._payment.id, entered, self.reason.text())
