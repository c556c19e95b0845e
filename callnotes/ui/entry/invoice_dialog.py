"""Add an invoice with its documents, or correct one with a reason (the original stays in the record)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLineEdit, QWidget

from callnotes.domain.account import InvoiceInfo
from callnotes.services.backend import Call, call
from callnotes.services.desk import Desk
from callnotes.services.plain import InvoiceInput
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import AmountField, DateField, FieldError, FileList
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.worker import Worker


class InvoiceDialog(FormDialog):
    """Number, issue date, due date (from the agreement's payment days unless typed), amount, what was
    delivered and when, and the invoice and delivery note as files."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        currency: str,
        payment_days: int,
        today: date,
        invoice: InvoiceInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("New invoice")
            if invoice is None
            else self.tr("Correct invoice %1").replace("%1", invoice.number)
        )
        super().__init__(worker, formats, title, parent)
        self._debtor_id, self._invoice, self._payment_days = debtor_id, invoice, payment_days
        self.number = QLineEdit(self)
        self.issued_on = DateField(formats, self)
        self.due_on = DateField(formats, self, optional=True)
        self.amount = AmountField(formats, currency, self)
        self.goods = QLineEdit(self)
        self.delivered_on = DateField(formats, self, optional=True)
        self.add_row(self.tr("Number:"), self.number, "number")
        self.add_row(self.tr("Issued on:"), self.issued_on, "issued_on")
        self.add_row(self.tr("Due on:"), self.due_on, "due_on")
        self.add_row(self.tr("Amount (%1):").replace("%1", currency), self.amount, "amount_minor")
        self.add_row(self.tr("Goods or services delivered:"), self.goods, "goods_services")
        self.add_row(self.tr("Delivered on:"), self.delivered_on, "delivered_on")
        self.files = FileList()  # without a parent: only a new one has files, put in the form below
        self.issued_on.edited.connect(self._suggest_due_date)
        if invoice is None:
            self.add_row(self.tr("Invoice, delivery note:"), self.files, "files")
            self.issued_on.set_date(today)
            self._suggest_due_date()
        else:
            self.set_intro(
                self.tr(
                    "The invoice as recorded stays in the record; the correction is added with its reason."
                )
            )
            self.add_reason(self.tr("Required, e.g. the amount was typed wrong"))
            self.number.setText(invoice.number)
            self.issued_on.set_date(invoice.issued_on)
            self.due_on.set_date(invoice.due_on)
            self.amount.set_minor(invoice.amount_minor)
            self.goods.setText(invoice.goods_services)
            self.delivered_on.set_date(invoice.delivered_on)
        self.resize(520, self.sizeHint().height())

    def _suggest_due_date(self) -> None:
        """Show when the invoice falls due if no due date is typed: the agreement's payment days."""
        try:
            issued = self.issued_on.date()
        except FieldError:
            issued = None
        hint = (
            self.formats.day(issued + timedelta(days=self._payment_days))
            if issued
            else self.tr("%1 days after the issue date").replace("%1", str(self._payment_days))
        )
        self.due_on.line.setPlaceholderText(hint)

    def job(self) -> Call[int] | Call[None] | None:
        issued = self.read("issued_on", self.issued_on.date)
        due = self.read("due_on", self.due_on.date)
        amount = self.read("amount_minor", self.amount.minor)
        delivered = self.read("delivered_on", self.delivered_on.date)
        if issued is None or amount is None or self.refused:
            return None
        entered = InvoiceInput(self.number.text(), issued, amount, due, self.goods.text(), delivered)
        if self._invoice is None:
            return call(Desk.add_invoice, self._debtor_id, entered, self.files.paths())
        return call(Desk.correct_invoice, self._invoice.id, entered, self.reason.text())
