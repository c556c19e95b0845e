"""What a dispute is about, as the user captures it: the debtor's reason, the open invoices it concerns
(none checked: the whole debt) and the amount, when the debtor names one.

One group box for every place a dispute is recorded: the end of a call, a contact logged afterwards,
and a dispute raised by letter or e-mail.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from callnotes.domain.disputes import Dispute
from callnotes.services.plain import DisputeInput
from callnotes.services.validation import TEXT_CHARS
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import AmountField


class DisputeBox(QGroupBox):
    """Reason, a checkable list of the open invoices, and an optional amount; `dispute()` reads them."""

    def __init__(
        self,
        formats: Formats,
        currency: str,
        open_invoices: Sequence[tuple[str, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The debtor disputes the debt"))
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(TEXT_CHARS)
        self.reason.setPlaceholderText(self.tr("Why, as they put it: e.g. the goods arrived damaged"))
        self.invoices = QListWidget(self)
        self.invoices.setMaximumHeight(110)
        for number, open_minor in open_invoices:
            item = QListWidgetItem(f"{number}  {formats.money(open_minor, currency)}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.invoices.addItem(item)
        self.whole = whole = QLabel(self.tr("None checked: the dispute is about the whole debt."), self)
        whole.setWordWrap(True)
        self.amount = AmountField(formats, currency, self)
        self.amount.setToolTip(self.tr("Only if the debtor names an amount"))
        form = self._form = QFormLayout(self)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Invoices:"), self.invoices)
        form.addRow("", whole)
        form.addRow(self.tr("Amount disputed (if named):"), self.amount)
        self.invoices.itemChanged.connect(self._say_whole_debt)

    def _say_whole_debt(self) -> None:
        """The hint that no invoice means the whole debt, only while none is checked."""
        self._form.setRowVisible(self.whole, not self.checked())

    def check(self, numbers: Sequence[str]) -> None:
        """Check the invoices with these numbers (and uncheck the others)."""
        for row in range(self.invoices.count()):
            item = self.invoices.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in numbers
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def checked(self) -> tuple[str, ...]:
        """The numbers of the invoices checked, in the list's order."""
        items = (self.invoices.item(row) for row in range(self.invoices.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def dispute(self) -> DisputeInput:
        """The dispute as captured; raises FieldError when an amount is typed that cannot be read."""
        amount = self.amount.minor() if self.amount.text().strip() else None
        return DisputeInput(self.reason.text().strip(), self.checked(), amount)


def dispute_summary(formats: Formats, dispute: Dispute) -> str:
    """One line for a dispute: since when, what it is about, and the debtor's reason."""
    what = (
        QCoreApplication.translate("DisputeBox", "invoices %1").replace("%1", ", ".join(dispute.invoices))
        if dispute.invoices
        else QCoreApplication.translate("DisputeBox", "the whole debt")
    )
    if dispute.amount_minor is not None:
        what += " · " + formats.money(dispute.amount_minor, dispute.currency)
    return (
        QCoreApplication.translate("DisputeBox", "Disputed since %1: %2 — %3")
        .replace("%1", formats.day(dispute.opened_on))
        .replace("%2", what)
        .replace("%3", dispute.reason)
    )
