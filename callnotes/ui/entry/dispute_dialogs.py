"""Forms for what happens between calls: a dispute raised by letter or e-mail, a dispute resolved, and
what became of a letter once the post says so."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from callnotes.domain.allocation import OpenInvoice
from callnotes.domain.deliveries import DELIVERY_STATUSES
from callnotes.domain.disputes import RESOLUTIONS, Dispute
from callnotes.services.backend import Call, call
from callnotes.services.desk import Desk
from callnotes.services.validation import TEXT_CHARS
from callnotes.ui.dispute_box import DisputeBox, dispute_summary
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import DateField, FieldError, FileList
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.labels import marked
from callnotes.ui.worker import Worker

_RESOLUTIONS = {
    "withdrawn": QT_TRANSLATE_NOOP("DisputeDialogs", "Withdrawn: the debtor accepts the debt"),
    "upheld": QT_TRANSLATE_NOOP("DisputeDialogs", "Upheld: the debtor was right"),
    "settled": QT_TRANSLATE_NOOP("DisputeDialogs", "Settled: we met halfway"),
}
_DELIVERIES = {
    "delivered": QT_TRANSLATE_NOOP("DisputeDialogs", "Delivered"),
    "returned": QT_TRANSLATE_NOOP("DisputeDialogs", "Returned to the sender"),
    "refused": QT_TRANSLATE_NOOP("DisputeDialogs", "Refused by the addressee"),
}


class DisputeDialog(FormDialog):
    """A dispute the debtor raised outside a call (by letter, e-mail, in person): why, which invoices,
    and the amount when they name one."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        currency: str,
        open_invoices: Sequence[OpenInvoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, formats, self.tr("Record a dispute"), parent)
        self._debtor_id = debtor_id
        self.set_intro(
            self.tr(
                "The invoices checked are marked disputed until the dispute is resolved; they are still "
                "claimed, and reminders and promises about them wait."
            )
        )
        invoices = [(i.number, i.open_minor) for i in open_invoices]
        self.box = DisputeBox(formats, currency, invoices, self)
        self.box.setFocusProxy(self.box.reason)
        self.add_row("", self.box, "reason")  # other refusals (an invoice, the amount) go under the form
        self.resize(560, self.sizeHint().height())

    def job(self) -> Call[int] | None:
        try:
            dispute = self.box.dispute()
        except FieldError as exc:
            self.refuse(None, str(exc))
            return None
        return call(
            Desk.open_dispute, self._debtor_id, dispute.reason, dispute.invoices, dispute.amount_minor
        )


class ResolveDisputeDialog(FormDialog):
    """Close one of the open disputes: how it ended, in a word and in the user's own."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        disputes: Sequence[Dispute],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, formats, self.tr("Resolve a dispute"), parent)
        self._debtor_id = debtor_id
        self.dispute = QComboBox(self)
        for dispute in disputes:
            self.dispute.addItem(dispute_summary(formats, dispute), dispute.seq)
        self.outcome = QComboBox(self)
        for code in RESOLUTIONS:
            self.outcome.addItem(marked("DisputeDialogs", _RESOLUTIONS[code]), code)
        self.how = QLineEdit(self)
        self.how.setMaxLength(TEXT_CHARS)
        self.how.setPlaceholderText(self.tr("Required, e.g. they found the signed delivery note"))
        self.set_intro(
            self.tr(
                "Its invoices are open again. If the debtor was right, take the amount off with a credit "
                "note or write the invoice off."
            )
        )
        self.add_row(self.tr("Dispute:"), self.dispute, "dispute")
        self.add_row(self.tr("Outcome:"), self.outcome, "outcome")
        self.add_row(self.tr("How:"), self.how, "text")
        self.resize(560, self.sizeHint().height())

    def job(self) -> Call[None]:
        return call(
            Desk.resolve_dispute,
            self._debtor_id,
            int(self.dispute.currentData()),
            str(self.outcome.currentData()),
            self.how.text(),
        )


class DeliveryDialog(FormDialog):
    """What became of a letter, on which day (delivered, returned or refused alike): often known days
    after it was sent; with the receipts (proof of delivery, the bailiff's report of service) kept
    with the letter."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        interaction_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, formats, self.tr("What became of the letter"), parent)
        self._debtor_id, self._interaction_id = debtor_id, interaction_id
        self.status = QComboBox(self)
        for code in DELIVERY_STATUSES:
            self.status.addItem(marked("DisputeDialogs", _DELIVERIES[code]), code)
        self.on = DateField(formats, self)
        self.on.set_date(today)
        self.add_row(self.tr("The letter was:"), self.status, "status")
        self.receipts = FileList(self)
        self.receipts.setToolTip(self.tr("Proof of delivery, the returned envelope, the report of service"))
        self.add_row(self.tr("On:"), self.on, "on")
        self.add_row(self.tr("Receipts:"), self.receipts, "files")
        self.resize(520, self.sizeHint().height())

    def job(self) -> Call[None] | None:
        on = self.read("on", self.on.date)
        if on is None:
            return None
        status = str(self.status.currentData())
        return call(
            Desk.record_delivery, self._debtor_id, self._interaction_id, status, on, self.receipts.paths()
        )
