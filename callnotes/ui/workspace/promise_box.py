"""The promise to pay as it is captured: an amount in the interface's format and the day it falls due.

One group box for every place a promise is recorded: the end of a call and a contact logged afterwards.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QFormLayout, QGroupBox, QLineEdit, QWidget

from callnotes.domain.money import Money, format_money, parse_amount
from callnotes.services.interactions import PromiseInput
from callnotes.ui.qdates import from_qdate, to_qdate


class PromiseBox(QGroupBox):
    """Amount and due day of a promise; `promise()` reads them (AmountFormatError when the amount cannot).

    Its words keep the context they had inside the end-call dialog, so their translations still apply.
    """

    def __init__(self, currency: str, locale: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("EndCallDialog", "Promise to pay"), parent)
        self._currency, self._locale = currency, locale
        example = format_money(Money(123456, currency), locale)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(
            QCoreApplication.translate("EndCallDialog", "amount, e.g. %1").replace("%1", example)
        )
        self.due = QDateEdit(to_qdate(today + timedelta(days=7)), self)
        self.due.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("EndCallDialog", "Amount:"), self.amount)
        form.addRow(QCoreApplication.translate("EndCallDialog", "By:"), self.due)

    def promise(self) -> PromiseInput:
        """The promise as typed; raises AmountFormatError when the amount cannot be read."""
        amount = parse_amount(self.amount.text(), self._currency, self._locale).minor
        return PromiseInput(amount, from_qdate(self.due.date()))
