"""One debtor at a glance: what is owed, the invoices, the payments, the details and the record with
the documents. Files dropped on it are kept with the debtor, or with the invoice they are dropped on; a
single saved e-mail (.eml) dropped on a debtor we wrote to is their reply, recorded as one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.confirmations import sent_documents
from callnotes.services.plain import DocumentInfo
from callnotes.services.views import DebtorView
from callnotes.ui.detail_tabs import DetailsTab, InvoiceRow, InvoicesTab, PaymentsTab, PromisesTab
from callnotes.ui.dispute_box import dispute_summary
from callnotes.ui.documents_panel import DocumentsPanel
from callnotes.ui.escalation_text import escalation_text
from callnotes.ui.formats import Formats
from callnotes.ui.history_panel import HistoryPanel
from callnotes.ui.paged_model import Starts
from callnotes.ui.table_model import ROW_ROLE

if TYPE_CHECKING:
    from callnotes.services.record import RecordState


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files of a drag, or none when anything in it is not a local file (a web link, text)."""
    urls = mime.urls() if mime.hasUrls() else []
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


class DebtorDetailPanel(QWidget):
    """Header with the balance and its parts; tabs with the invoices, the payments, the debtor's
    details and people, and the record."""

    callRequested = Signal()
    viewChanged = Signal()  # another debtor shown, the same one shown again, or none
    filesDropped = Signal(
        object, object
    )  # the files (list[Path]) and the invoice dropped on (InvoiceRow | None)
    replyDropped = Signal(object)  # one saved e-mail (.eml, a Path): the debtor's reply to record

    def __init__(self, formats: Formats, parent: QWidget | None = None, worker: Starts | None = None) -> None:
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
        self.escalation = QLabel(self)  # the stage of the process and the suggested next step
        self.escalation.setObjectName("escalation")
        self.record_state = QLabel(self)
        self.record_state.setObjectName("recordState")
        self.disputes = QLabel(self)  # open disputes, prominent: they change how the debt is pursued
        self.disputes.setObjectName("openDisputes")
        self.disputes.setStyleSheet("font-weight: bold;")
        for text_label in (
            self.title,
            self.balance,
            self.breakdown,
            self.escalation,
            self.record_state,
            self.disputes,
        ):
            text_label.setTextFormat(Qt.TextFormat.PlainText)  # user text is data, never markup
            text_label.setWordWrap(True)  # long names and long languages wrap instead of widening the window

        self.invoices = InvoicesTab(formats, self)
        self.payments = PaymentsTab(formats, self)
        self.promises = PromisesTab(formats, self)
        self.details = DetailsTab(formats, self)
        self.history = HistoryPanel(formats, self, worker)
        self.documents = DocumentsPanel(formats, self)
        self.record = QSplitter(Qt.Orientation.Vertical, self)
        self.record.addWidget(self.history)
        self.record.addWidget(self.documents)
        self.record.setStretchFactor(0, 3)
        self.record.setStretchFactor(1, 1)
        self.record.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.invoices, self.tr("Invoices"))
        self.tabs.addTab(self.payments, self.tr("Payments"))
        self.tabs.addTab(self.promises, self.tr("Promises and plans"))
        self.tabs.addTab(self.details, self.tr("Details and people"))
        self.tabs.addTab(self.record, self.tr("Record"))
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.call_button = QPushButton(self.tr("Start call (Ctrl+Enter)"), self)
        self.call_button.clicked.connect(self.callRequested)
        self.call_button.setEnabled(False)
        self.letters_button = QToolButton(
            self
        )  # its menu is the window's Letters menu (ui/letter_actions.py)
        self.letters_button.setText(self.tr("Letters (Ctrl+L)"))
        self.letters_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.letters_button.setEnabled(False)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.letters_button, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.call_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        layout.addWidget(self.balance)
        layout.addWidget(self.breakdown)
        layout.addWidget(self.escalation)
        layout.addWidget(self.disputes)
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
        self.escalation.clear()
        self.disputes.clear()
        self.disputes.hide()
        self.record_state.clear()
        self.history.show_debtor(None)
        self.documents.set_documents(())
        self.invoices.set_rows(None, [])
        self.payments.set_rows(None, [])
        self.promises.set_rows(None, [])
        self.details.clear()
        self.viewChanged.emit()

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
        self.escalation.setText(escalation_text(detail.escalation, self._formats))
        self.disputes.setText("\n".join("⚠ " + dispute_summary(self._formats, d) for d in detail.disputes))
        self.disputes.setVisible(bool(detail.disputes))
        self.show_record_state(None, detail.head_seq)
        self.history.show_debtor(detail.debtor.id)
        self.invoices.show_view(detail)
        self.payments.show_view(detail)
        self.promises.show_view(detail)
        self.details.show_view(detail)
        self.viewChanged.emit()

    def show_documents(self, debtor_id: int, documents: tuple[DocumentInfo, ...]) -> None:
        """Show the debtor's documents in the Record tab (if that debtor is still the one shown)."""
        if debtor_id == self.debtor_id:
            self.documents.set_documents(documents)

    # --- files dropped on the panel ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.view is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.view is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if self.view is None or not files:
            return
        event.acceptProposedAction()
        invoice = self._invoice_at(event.position().toPoint())
        if invoice is None and self._is_reply(files):
            self.replyDropped.emit(files[0])
            return
        self.filesDropped.emit(files, invoice)

    def _is_reply(self, files: list[Path]) -> bool:
        """One saved e-mail, for a debtor we sent a summary or letter to: their reply, to record as one
        (an e-mail dropped on an invoice, or on a debtor never written to, is kept as a document)."""
        if self.view is None or len(files) != 1 or files[0].suffix.lower() != ".eml":
            return False
        return bool(sent_documents(item.entry for item in self.view.record))

    def _invoice_at(self, point: QPoint) -> InvoiceRow | None:
        """The invoice row under a point of the panel, when the Invoices tab is shown; it is selected."""
        if self.tabs.currentWidget() is not self.invoices:
            return None
        table = self.invoices.table
        index = table.indexAt(table.viewport().mapFrom(self, point))
        row = index.data(ROW_ROLE) if index.isValid() else None
        if not isinstance(row, InvoiceRow):
            return None
        table.selectRow(index.row())
        return row

    def show_record_state(self, state: RecordState | None, entries: int = 0) -> None:
        """✓ or ✗ with words (never colour alone): intact with its head and when its chain was last checked
        in full (what was appended since is checked as it opens), where it breaks, or being checked."""
        if state is None:
            self.record_state.setText(
                self.tr("Record · %1 entries · checking the chain…").replace("%1", str(entries))
            )
            self.record_state.setStyleSheet("color: palette(text);")
            self.record_state.setToolTip("")
            return
        check = state.check
        report = check.report
        failures = check.failures
        if check.ok:
            text = self.tr("Record ✓ intact · %1 entries · head %2").replace("%1", str(report.entries))
            text = text.replace("%2", report.head[:16] + "…") + " · " + self._last_full_check(state)
            self.record_state.setText(text)
            self.record_state.setStyleSheet("color: palette(text);")
        elif not report.ok:
            text = self.tr("Record ✗ BROKEN at entry %1: %2").replace("%1", str(report.bad_seq))
            self.record_state.setText(text.replace("%2", report.reason or ""))
            self.record_state.setStyleSheet("color: #b00020; font-weight: bold;")
        else:  # the chain holds, but a row, the stored head or a document disagrees with it
            text = self.tr("Record ✗ %1 problems: %2").replace("%1", str(len(failures)))
            self.record_state.setText(text.replace("%2", failures[0].message))
            self.record_state.setStyleSheet("color: #b00020; font-weight: bold;")
        self.record_state.setToolTip("\n".join([report.head, *(f.describe() for f in failures)]))

    def _last_full_check(self, state: RecordState) -> str:
        """When the chain was last checked in full, and how many entries came after it (checked now)."""
        said = self.tr("chain checked in full %1").replace(
            "%1", self._formats.moment(state.full_check.checked_at, seconds=False)
        )
        if state.entries_since:
            said += " · " + self.tr("%1 newer entries checked now").replace("%1", str(state.entries_since))
        return said
