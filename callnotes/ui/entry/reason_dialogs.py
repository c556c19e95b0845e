"""Short forms that change the account with a reason kept in the record: a credit note, an invoice's
status, a payment reversed, a debtor archived."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QWidget

from callnotes.domain.account import InvoiceInfo, PaymentInfo
from callnotes.domain.choices import ARCHIVE_REASONS
from callnotes.services.backend import Call, call
from callnotes.services.desk import Desk
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import AmountField, DateField, select_code
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.labels import marked
from callnotes.ui.worker import Worker

_STATUSES = {
    "open": QT_TRANSLATE_NOOP("ReasonDialogs", "Open: claimed as usual"),
    "disputed": QT_TRANSLATE_NOOP("ReasonDialogs", "Disputed: the debtor contests it (still claimed)"),
    "written_off": QT_TRANSLATE_NOOP("ReasonDialogs", "Written off: no longer claimed"),
}
_ARCHIVE = {
    "paid": QT_TRANSLATE_NOOP("ReasonDialogs", "Paid in full"),
    "written_off": QT_TRANSLATE_NOOP("ReasonDialogs", "Written off"),
    "agency": QT_TRANSLATE_NOOP("ReasonDialogs", "Handed to a collection agency"),
    "lawyer": QT_TRANSLATE_NOOP("ReasonDialogs", "Handed to a lawyer"),
    "other": QT_TRANSLATE_NOOP("ReasonDialogs", "Another reason"),
}


class CreditNoteDialog(FormDialog):
    """An amount taken off an invoice (a discount, goods returned), dated, with the reason."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        invoice: InvoiceInfo,
        open_minor: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            worker, formats, self.tr("Credit note on invoice %1").replace("%1", invoice.number), parent
        )
        self._invoice = invoice
        self.set_intro(
            self.tr("%1 is open on this invoice.").replace("%1", formats.money(open_minor, invoice.currency))
        )
        self.amount = AmountField(formats, invoice.currency, self)
        self.issued_on = DateField(formats, self)
        self.issued_on.set_date(today)
        self.add_row(self.tr("Amount (%1):").replace("%1", invoice.currency), self.amount, "amount_minor")
        self.add_row(self.tr("Dated:"), self.issued_on, "issued_on")
        self.add_reason(self.tr("Required, e.g. discount for late delivery"))
        self.resize(520, self.sizeHint().height())

    def job(self) -> Call[None] | None:
        amount = self.read("amount_minor", self.amount.minor)
        issued_on = self.read("issued_on", self.issued_on.date)
        if amount is None or issued_on is None:
            return None
        return call(Desk.credit_invoice, self._invoice.id, amount, self.reason.text(), issued_on)


class StatusDialog(FormDialog):
    """Mark an invoice disputed, written off, or open again."""

    def __init__(
        self, worker: Worker, formats: Formats, invoice: InvoiceInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            worker, formats, self.tr("Status of invoice %1").replace("%1", invoice.number), parent
        )
        self._invoice = invoice
        self.status = QComboBox(self)
        for code, caption in _STATUSES.items():
            self.status.addItem(marked("ReasonDialogs", caption), code)
        select_code(self.status, "disputed" if invoice.status == "open" else "open")
        self.add_row(self.tr("New status:"), self.status, "status")
        self.add_reason(self.tr("Required, e.g. the customer says the goods arrived damaged"))
        self.resize(520, self.sizeHint().height())

    def job(self) -> Call[None]:
        return call(
            Desk.set_invoice_status, self._invoice.id, str(self.status.currentData()), self.reason.text()
        )


class ReverseDialog(FormDialog):
    """Take a payment back out of the account; it stays in the record, marked, with the reason."""

    def __init__(
        self, worker: Worker, formats: Formats, payment: PaymentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, formats, self.tr("Reverse a payment"), parent)
        self._payment = payment
        described = self.tr("The payment of %1 received on %2 will no longer count. It stays in the record.")
        self.set_intro(
            described.replace("%1", formats.money(payment.amount_minor, payment.currency)).replace(
                "%2", formats.day(payment.paid_on)
            )
        )
        self.add_reason(self.tr("Required, e.g. recorded by mistake, or returned by the bank"))
        self.resize(520, self.sizeHint().height())
        self.save_button.setText(self.tr("Reverse"))

    def job(self) -> Call[None]:
        return call(Desk.reverse_payment, self._payment.id, self.reason.text())


class ArchiveDialog(FormDialog):
    """Take a debtor off the list of live ones, or put them back."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        name: str,
        *,
        restore: bool,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Back to the list: %1") if restore else self.tr("Archive %1")
        super().__init__(worker, formats, title.replace("%1", name), parent)
        self._debtor_id, self._restore = debtor_id, restore
        self.outcome = QComboBox(self)
        for code in ARCHIVE_REASONS:
            self.outcome.addItem(marked("ReasonDialogs", _ARCHIVE[code]), code)
        if restore:
            self.set_intro(self.tr("The debtor comes back to the list of debtors being pursued."))
        else:
            self.set_intro(self.tr("An archived debtor leaves the list; “Show archived” finds them again."))
            self.add_row(self.tr("Why:"), self.outcome, "outcome")
        self.add_row(self.tr("Note:"), self.reason, "reason")
        self.reason.setPlaceholderText(self.tr("Optional, kept in the record"))
        self.resize(520, self.sizeHint().height())

    def job(self) -> Call[None]:
        outcome = str(self.outcome.currentData())
        return call(Desk.archive_debtor, self._debtor_id, outcome, self.reason.text(), self._restore)
