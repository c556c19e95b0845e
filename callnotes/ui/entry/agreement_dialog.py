"""Record the agreement with a debtor, or correct it with a reason (the old terms stay in the record)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from callnotes.domain.account import AgreementInfo
from callnotes.domain.choices import DEFAULT_PAYMENT_DAYS
from callnotes.services.backend import Call, call
from callnotes.services.desk import Desk
from callnotes.services.plain import AgreementInput
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import AmountField, DateField, FileList, PercentField, text_box
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.worker import Worker


class AgreementDialog(FormDialog):
    """The date it was signed, what was agreed, the payment days, interest and late fee, the contract."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        currency: str,
        agreement: AgreementInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New agreement") if agreement is None else self.tr("Correct the agreement")
        super().__init__(worker, formats, title, parent)
        self._debtor_id, self._agreement = debtor_id, agreement
        self.signed_on = DateField(formats, self)
        self.goods = QLineEdit(self)
        self.goods.setPlaceholderText(self.tr("e.g. maintenance of air conditioning"))
        self.terms = text_box(self, 3)
        self.payment_days = QSpinBox(self)
        self.payment_days.setRange(0, 365)
        self.payment_days.setValue(DEFAULT_PAYMENT_DAYS)
        self.payment_days.setSuffix(self.tr(" days"))
        self.interest = PercentField(formats, self)
        self.late_fee = AmountField(formats, currency, self)
        self.add_row(self.tr("Signed on:"), self.signed_on, "signed_on")
        self.add_row(self.tr("Goods or services:"), self.goods, "goods_services")
        self.add_row(self.tr("Terms:"), self.terms, "terms")
        self.add_row(self.tr("Pay within:"), self.payment_days, "payment_terms_days")
        self.add_row(self.tr("Late interest a year (%):"), self.interest, "annual_interest_bp")
        self.add_row(self.tr("Fee per late invoice:"), self.late_fee, "late_fee_minor")
        self.files = FileList()  # without a parent: only a new one has files, put in the form below
        if agreement is None:
            self.add_row(self.tr("Signed contract:"), self.files, "files")
        else:
            self.set_intro(
                self.tr("The terms as recorded stay in the record; the correction is added with its reason.")
            )
            self.add_reason(self.tr("Required, e.g. the interest was typed wrong"))
            self.signed_on.set_date(agreement.signed_on)
            self.goods.setText(agreement.goods_services)
            self.terms.setPlainText(agreement.terms)
            self.payment_days.setValue(agreement.payment_terms_days)
            self.interest.set_basis_points(agreement.annual_interest_bp)
            self.late_fee.set_minor(agreement.late_fee_minor)
        self.resize(560, self.sizeHint().height())

    def job(self) -> Call[int] | Call[None] | None:
        signed_on = self.read("signed_on", self.signed_on.date)
        interest = self.read("annual_interest_bp", self.interest.basis_points)
        late_fee = self.read("late_fee_minor", lambda: self.late_fee.minor(optional=True))
        if signed_on is None or interest is None or late_fee is None:
            return None
        entered = AgreementInput(
            signed_on,
            self.terms.toPlainText(),
            self.goods.text(),
            self.payment_days.value(),
            interest,
            late_fee,
        )
        if self._agreement is None:
            return call(Desk.add_agreement, self._debtor_id, entered, self.files.paths())
        return call(Desk.correct_agreement, self._agreement.id, entered, self.reason.text())
