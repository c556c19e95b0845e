"""One debtor at a glance: what is owed, the invoices and the payments."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.account import InvoiceInfo, PaymentInfo
from callnotes.domain.ledger import InvoicePosition
from callnotes.services.record import RecordCheck
from callnotes.services.views import DebtorView
from callnotes.ui.formats import Formats
from callnotes.ui.history_panel import HistoryPanel
from callnotes.ui.labels import label
from callnotes.ui.table_model import SIZED_ROWS, Column, RowsTableModel

CONTEXT = "DebtorDetail"


@dataclass(frozen=True)
class _InvoiceRow:
    position: InvoicePosition
    invoice: InvoiceInfo


class DebtorDetailPanel(QWidget):
    """Header with the balance and its parts; tabs with invoices and payments."""

    callRequested = Signal()

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self._currency = "EUR"
        self.debtor_id: int | None = None
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

        self.invoices = RowsTableModel(CONTEXT, self._invoice_columns(), self)
        self.payments = RowsTableModel(CONTEXT, self._payment_columns(), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._table(self.invoices), self.tr("Invoices"))
        self.tabs.addTab(self._table(self.payments), self.tr("Payments"))
        self.history = HistoryPanel(formats, self)
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

    def _table(self, model: RowsTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _money(self, minor: int) -> str:
        return self._formats.money(minor, self._currency)

    def _invoice_columns(self) -> list[Column]:
        day = self._formats.day
        return [
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Number"), lambda r: r.invoice.number),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Issued"),
                lambda r: day(r.invoice.issued_on),
                lambda r: r.invoice.issued_on,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Due"),
                lambda r: day(r.invoice.due_on),
                lambda r: r.invoice.due_on,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Days overdue"),
                lambda r: (
                    str(r.position.days_overdue)
                    if r.position.open_minor and r.position.days_overdue > 0
                    else ""
                ),
                lambda r: r.position.days_overdue,
                True,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Amount"),
                lambda r: self._money(r.invoice.amount_minor),
                None,
                True,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Paid"),
                lambda r: self._money(r.position.paid_minor),
                None,
                True,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Open"),
                lambda r: self._money(r.position.open_minor),
                None,
                True,
            ),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Status"), lambda r: label(r.invoice.status)),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Goods or services"), lambda r: r.invoice.goods_services
            ),
        ]

    def _payment_columns(self) -> list[Column]:
        def date(payment: PaymentInfo) -> str:
            return self._formats.day(payment.paid_on)

        return [
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Date"), date, lambda p: p.paid_on),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Amount"), lambda p: self._money(p.amount_minor), None, True
            ),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Method"), lambda p: p.method),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Reference"), lambda p: p.reference),
        ]

    def clear(self) -> None:
        self.debtor_id = None
        self.title.setText(self.tr("Select a debtor"))
        self.call_button.setEnabled(False)
        self.balance.clear()
        self.breakdown.clear()
        self.record_state.clear()
        self.history.set_history([])
        self.invoices.set_rows([])
        self.payments.set_rows([])

    def show_detail(self, detail: DebtorView) -> None:
        """Fill the panel with one debtor's figures; the record's check follows (show_record_state)."""
        self.debtor_id = detail.debtor.id
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
        rows = [_InvoiceRow(p, detail.invoices[p.invoice.key]) for p in s.positions]
        self.invoices.set_rows(rows)
        self.payments.set_rows(detail.payments)

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
