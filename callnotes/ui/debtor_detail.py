"""One debtor at a glance: what is owed, the invoices, the payments, the details and the record."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from callnotes.services.record import RecordCheck
from callnotes.services.views import DebtorView
from callnotes.ui.detail_tabs import DetailsTab, InvoicesTab, PaymentsTab
from callnotes.ui.formats import Formats
from callnotes.ui.history_panel import HistoryPanel


class DebtorDetailPanel(QWidget):
    """Header with the balance and its parts; tabs with the invoices, the payments, the debtor's
    details and people, and the record."""

    callRequested = Signal()

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self._currency = "EUR"
        self.debtor_id: int | None = None
        self.view: DebtorView | None = None
        self.title = QLabel(self)
        self.title.setObjectName("debtorTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.balance = QLabel(self)
        self.balance.setObjectName("debtorBalance")
        self.balance.setStyleSheet("font-size: 14pt;")
        self.breakdown = QLabel(self)
        self.breakdown.setWordWrap(True)
        self.record_state = QLabel(self)
        self.record_state.setObjectName("recordState")
        for text_label in (self.title, self.balance, self.breakdown, self.record_state):
            text_label.setTextFormat(Qt.TextFormat.PlainText)  # user text is data, never markup
            text_label.setWordWrap(True)  # long names and long languages wrap instead of widening the window

        self.invoices = InvoicesTab(formats, self)
        self.payments = PaymentsTab(formats, self)
        self.details = DetailsTab(formats, self)
        self.history = HistoryPanel(formats, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.invoices, self.tr("Invoices"))
        self.tabs.addTab(self.payments, self.tr("Payments"))
        self.tabs.addTab(self.details, self.tr("Details and people"))
        self.tabs.addTab(self.history, self.tr("Record"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.call_button = QPushButton(self.tr("Start call (Ctrl+Enter)"), self)
        self.call_button.clicked.connect(self.callRequested)
        self.call_button.setEnabled(False)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.call_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        layout.addWidget(self.balance)
        layout.addWidget(self.breakdown)
        layout.addWidget(self.record_state)
        layout.addWidget(self.tabs, 1)
        self.clear()

    def _money(self, minor: int) -> str:
        return self._formats.money(minor, self._currency)

    def clear(self) -> None:
        self.debtor_id = None
        self.view = None
        self.title.setText(self.tr("Select a debtor"))
        self.call_button.setEnabled(False)
        self.balance.clear()
        self.breakdown.clear()
        self.record_state.clear()
        self.history.set_history([])
        self.invoices.set_rows(None, [])
        self.payments.set_rows(None, [])
        self.details.clear()

    def show_detail(self, detail: DebtorView) -> None:
        """Fill the panel with one debtor's figures; the record's check follows (show_record_state)."""
        self.debtor_id = detail.debtor.id
        self.view = detail
        self._currency = detail.debtor.currency
        s = detail.statement
        self.title.setText(detail.debtor.name)
        self.call_button.setEnabled(True)
        self.balance.setText(
            self.tr("Owed: %1 as of %2")
            .replace("%1", self._money(s.balance_minor))
            .replace("%2", self._formats.day(s.as_of))
        )
        open_principal = sum(p.open_minor for p in s.positions)
        parts = (
            self.tr("Invoices %1 · interest %2 · fees %3")
            .replace("%1", self._money(open_principal))
            .replace("%2", self._money(s.interest_minor))
            .replace("%3", self._money(s.fees_minor))
        )
        if s.credit_minor:
            parts += " · " + self.tr("credit on account −%1").replace("%1", self._money(s.credit_minor))
        self.breakdown.setText(parts)
        self.show_record_state(None, detail.head_seq)
        self.history.set_history(detail.record)
        self.invoices.show_view(detail)
        self.payments.show_view(detail)
        self.details.show_view(detail)

    def show_record_state(self, check: RecordCheck | None, entries: int = 0) -> None:
        """✓ or ✗ with words (never colour alone): intact with its head, where it breaks, or being checked."""
        if check is None:
            self.record_state.setText(
                self.tr("Record · %1 entries · checking the chain…").replace("%1", str(entries))
            )
            self.record_state.setStyleSheet("color: palette(text);")
            self.record_state.setToolTip("")
            return
        report = check.report
        if report.ok:
            text = self.tr("Record ✓ intact · %1 entries · head %2").replace("%1", str(report.entries))
            self.record_state.setText(text.replace("%2", report.head[:16] + "…"))
            self.record_state.setStyleSheet("color: palette(text);")
        else:
            text = self.tr("Record ✗ BROKEN at entry %1: %2").replace("%1", str(report.bad_seq))
            self.record_state.setText(text.replace("%2", report.reason or ""))
            self.record_state.setStyleSheet("color: #b00020; font-weight: bold;")
        self.record_state.setToolTip(report.head)
