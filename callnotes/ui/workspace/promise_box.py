"""The promise to pay as it is captured: an amount and the day it falls due, read as the interface
writes them.

One group box for every place a promise is recorded: the end of a call and a contact logged afterwards.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from callnotes.services.interactions import PromiseInput
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import AmountField, DateField
from callnotes.ui.offers import field_width


class PromiseBox(QGroupBox):
    """Amount and due day of a promise; `promise()` reads them (FieldError, in the interface's words,
    when one cannot be read).

    Its words keep the context they had inside the end-call dialog, so their translations still apply.
    """

    def __init__(self, formats: Formats, currency: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("EndCallDialog", "Promise to pay"), parent)
        self.amount = AmountField(formats, currency, self)
        self.due = DateField(formats, self)
        self.due.set_date(today + timedelta(days=7))
        field_width(self.amount, 16)
        field_width(self.due, 14)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("EndCallDialog", "Amount:"), self.amount)
        form.addRow(QCoreApplication.translate("EndCallDialog", "By:"), self.due)

    def promise(self) -> PromiseInput:
        """The promise as typed; raises FieldError when the amount or the day cannot be read."""
        due_on = self.due.date()
        assert due_on is not None  # the field is not optional
        return PromiseInput(self.amount.minor(), due_on)
