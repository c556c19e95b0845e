"""The promise to pay as it is captured: an amount and the day it falls due, read as the interface
writes them.

One group box for every place a promise is recorded: the end of a call and a contact logged afterwards.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from callnotes.domain.dates import example_day_ahead
from callnotes.services.plain import PromiseInput
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import AmountField, DateField, FieldError
from callnotes.ui.offers import field_width


class PromiseBox(QGroupBox):
    """Amount and due day of a promise; `promise()` reads them (FieldError, in the interface's words,
    when one cannot be read).

    Its words keep the context they had inside the end-call dialog, so their translations still apply.
    """

    def __init__(self, formats: Formats, currency: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("EndCallDialog", "Promise to pay"), parent)
        self.amount = AmountField(formats, currency, self)
        self.due = DateField(formats, self, example=example_day_ahead(today))
        self.due.set_date(today + timedelta(days=7))
        field_width(self.amount, 16)
        field_width(self.due, 14)
        self._amount_label = QCoreApplication.translate("EndCallDialog", "Amount:")
        self._due_label = QCoreApplication.translate("EndCallDialog", "By:")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._amount_label, self.amount)
        form.addRow(self._due_label, self.due)

    def promise(self, *, not_before: date | None = None) -> PromiseInput:
        """The promise as typed. Raises FieldError saying every refusal at once, a line each, each named
        by its field's label: an amount that cannot be read or is not above zero, a day that cannot be
        read or (with `not_before`) comes before that day. The first refused field takes the focus."""
        problems: list[str] = []
        refused: list[QWidget] = []
        amount = due_on = None
        try:
            amount = self.amount.minor()
            if amount <= 0:
                raise FieldError(
                    QCoreApplication.translate("EndCallDialog", "A promise needs an amount above zero.")
                )
        except FieldError as exc:
            problems.append(f"{self._amount_label} {exc}")
            refused.append(self.amount)
        try:
            due_on = self.due.date()
            if not_before is not None and due_on is not None and due_on < not_before:
                raise FieldError(
                    QCoreApplication.translate("EndCallDialog", "A promise cannot fall due before today.")
                )
        except FieldError as exc:
            problems.append(f"{self._due_label} {exc}")
            refused.append(self.due)
        if problems:
            refused[0].setFocus()
            raise FieldError("\n".join(problems))
        assert amount is not None and due_on is not None  # the day field is not optional
        return PromiseInput(amount, due_on)
