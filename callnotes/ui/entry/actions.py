"""The actions that enter and correct data, in the menus, on the tabs' buttons and in their context
menus: each opens its form for the selected debtor (and the selected invoice, payment or person)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from callnotes.domain.account import PaymentInfo
from callnotes.domain.allocation import OpenInvoice
from callnotes.domain.choices import DEFAULT_PAYMENT_DAYS
from callnotes.domain.confirmations import SentItem, sent_documents
from callnotes.domain.disputes import disputed_minor
from callnotes.domain.entries import ContactDetails
from callnotes.services.backend import call
from callnotes.services.desk import Desk
from callnotes.services.plain import CreditorInput
from callnotes.ui.debtor_detail import DebtorDetailPanel
from callnotes.ui.entry.agreement_dialog import AgreementDialog
from callnotes.ui.entry.business_dialog import BusinessDialog
from callnotes.ui.entry.debtor_dialog import DebtorDialog
from callnotes.ui.entry.dispute_dialogs import DeliveryDialog, DisputeDialog, ResolveDisputeDialog
from callnotes.ui.entry.invoice_dialog import InvoiceDialog
from callnotes.ui.entry.payment_dialog import PaymentDialog
from callnotes.ui.entry.person_dialog import PersonDialog
from callnotes.ui.entry.reason_dialogs import ArchiveDialog, CreditNoteDialog, ReverseDialog, StatusDialog
from callnotes.ui.entry.reply_dialog import ReplyDialog
from callnotes.ui.formats import Formats
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.offers import OfferDialog
from callnotes.ui.worker import Worker

if TYPE_CHECKING:
    from callnotes.services.replies import ReplyPeek


def _action(parent: QObject, text: str, slot: Callable[[], None], keys: str | None = None) -> QAction:
    action = QAction(text, parent)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(slot)
    return action


class EntryActions(QObject):
    """Opens the forms; says which debtor changed once one is saved, so the window shows it again."""

    changed = Signal(int)  # the debtor whose data was saved
    debtorAdded = Signal(int)
    exampleRequested = Signal()

    def __init__(
        self,
        window: QWidget,
        worker: Worker,
        formats: Formats,
        detail: DebtorDetailPanel,
        today: Callable[[], date],
        now: Callable[[], datetime],
    ) -> None:
        super().__init__(window)
        self._window, self._worker, self._formats, self._detail, self._today = (
            window,
            worker,
            formats,
            detail,
            today,
        )
        self._now = now  # the clock's moment, for a reply typed in
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [
            QKeySequence("Ctrl+,")
        ]
        self.settings = _action(self, self.tr("&Settings: your business…"), self.open_settings)
        self.settings.setShortcuts(preferences)
        self.new_debtor = _action(self, self.tr("&New debtor…"), self.add_debtor, "Ctrl+N")
        self.edit_debtor = _action(self, self.tr("&Edit debtor details…"), self.edit_details, "Ctrl+Shift+D")
        self.archive = _action(self, self.tr("&Archive…"), self.archive_or_restore)
        self.add_person = _action(self, self.tr("Add &person…"), self.add_someone)
        self.edit_person = _action(self, self.tr("Edit person…"), self.edit_someone)
        self.remove_person = _action(self, self.tr("Remove person"), self.remove_someone)
        self.add_agreement = _action(self, self.tr("Add a&greement…"), self.new_agreement)
        self.correct_agreement = _action(self, self.tr("Correct agreement…"), self.fix_agreement)
        self.add_invoice = _action(self, self.tr("Add &invoice…"), self.new_invoice, "Ctrl+I")
        self.correct_invoice = _action(self, self.tr("Correct invoice…"), self.fix_invoice)
        self.credit_note = _action(self, self.tr("Credit note…"), self.credit)
        self.invoice_status = _action(self, self.tr("Dispute or write off…"), self.change_status)
        self.record_payment = _action(self, self.tr("Record &payment…"), self.new_payment, "Ctrl+Shift+P")
        self.correct_payment = _action(self, self.tr("Correct payment…"), self.fix_payment)
        self.reverse_payment = _action(self, self.tr("Reverse payment…"), self.reverse)
        self.record_dispute = _action(self, self.tr("Record &dispute…"), self.new_dispute)
        self.resolve_dispute = _action(self, self.tr("Resolve dispute…"), self.end_dispute)
        self.record_delivery = _action(self, self.tr("Record delivery…"), self.letter_delivery)
        detail.history.add_action(self.record_delivery)
        self.record_reply = _action(self, self.tr("Record &reply…"), self.reply, "Ctrl+Shift+R")
        self.record_reply.setToolTip(
            self.tr("The debtor's reply to a summary or letter, or that none came; or drop the .eml here")
        )
        detail.history.add_action(self.record_reply)
        detail.replyDropped.connect(self.reply_from_file)
        self.dispute_offer: QMessageBox | None = None  # asked after a disputing reply
        detail.history.selectionChanged.connect(self.update)
        self.offers = _action(self, self.tr("&Offers calculator: a plan…"), self.open_offers, "Ctrl+O")
        detail.invoices.actions_bar.add(
            [self.add_invoice, self.correct_invoice, self.credit_note, self.invoice_status],
            detail.invoices.table,
        )
        detail.payments.actions_bar.add(
            [self.record_payment, self.correct_payment, self.reverse_payment], detail.payments.table
        )
        detail.details.details_bar.add([self.edit_debtor, self.archive])
        detail.details.agreement_bar.add([self.add_agreement, self.correct_agreement])
        detail.details.people.actions_bar.add(
            [self.add_person, self.edit_person, self.remove_person], detail.details.people.table
        )
        for tab in (detail.invoices, detail.payments, detail.details.people):
            tab.selectionChanged.connect(self.update)
        self.update()

    @property
    def debtor_actions(self) -> list[QAction]:
        """What the Debtor menu holds, in order."""
        return [
            self.new_debtor,
            self.edit_debtor,
            self.add_person,
            self.add_agreement,
            self.add_invoice,
            self.record_payment,
            self.record_dispute,
            self.resolve_dispute,
            self.record_reply,
            self.offers,
            self.archive,
        ]

    def update(self) -> None:
        """Enable what applies to the debtor and the rows selected now."""
        view = self._detail.view
        for action in (self.edit_debtor, self.archive, self.add_person, self.add_agreement, self.add_invoice):
            action.setEnabled(view is not None)
        self.record_payment.setEnabled(view is not None)
        self.offers.setEnabled(view is not None and view.debtor.archived_on is None)
        archived = view is not None and view.debtor.archived_on is not None
        self.archive.setText(self.tr("Back to the &list…") if archived else self.tr("&Archive…"))
        self.correct_agreement.setEnabled(view is not None and view.agreement is not None)
        invoice = self._detail.invoices.selected()
        self.correct_invoice.setEnabled(invoice is not None)
        self.invoice_status.setEnabled(invoice is not None)
        self.credit_note.setEnabled(invoice is not None and invoice.position.open_minor > 0)
        payment = self._detail.payments.selected()
        for action in (self.correct_payment, self.reverse_payment):
            action.setEnabled(payment is not None and payment.counts)
        self.record_dispute.setEnabled(view is not None)
        self.resolve_dispute.setEnabled(view is not None and bool(view.disputes))
        self.record_delivery.setEnabled(view is not None and self._selected_letter() is not None)
        self.record_reply.setEnabled(
            view is not None and bool(sent_documents(item.entry for item in view.record))
        )
        person = self._detail.details.people.selected()
        self.edit_person.setEnabled(person is not None)
        self.remove_person.setEnabled(person is not None)

    # --- opening the forms ------------------------------------------------------------------------
    def _open(self, dialog: FormDialog, debtor_id: int | None) -> None:
        """Show a form; once it is saved, say which debtor changed."""

        def saved(result: object) -> None:
            if debtor_id is None:
                if isinstance(result, int):
                    self.debtorAdded.emit(result)
            else:
                self.changed.emit(debtor_id)

        dialog.saved.connect(saved)
        dialog.open()

    def _with_business(self, then: Callable[[CreditorInput | None], None]) -> None:
        self._worker.start(call(Desk.creditor), then)

    def open_settings(self, *, welcome: bool = False) -> None:
        def show(current: CreditorInput | None) -> None:
            dialog = BusinessDialog(self._worker, self._formats, current, self._window, welcome=welcome)
            dialog.exampleRequested.connect(self.exampleRequested)
            dialog.open()

        self._with_business(show)

    def add_debtor(self) -> None:
        self._with_business(
            lambda business: self._open(
                DebtorDialog(self._worker, self._formats, business, None, self._window), None
            )
        )

    def edit_details(self) -> None:
        view = self._detail.view
        if view is not None:
            self._with_business(
                lambda business: self._open(
                    DebtorDialog(self._worker, self._formats, business, view.debtor, self._window),
                    view.debtor.id,
                )
            )

    def archive_or_restore(self) -> None:
        view = self._detail.view
        if view is not None:
            restore = view.debtor.archived_on is not None
            dialog = ArchiveDialog(
                self._worker,
                self._formats,
                view.debtor.id,
                view.debtor.name,
                restore=restore,
                parent=self._window,
            )
            self._open(dialog, view.debtor.id)

    def add_someone(self) -> None:
        view = self._detail.view
        if view is not None:
            dialog = PersonDialog(
                self._worker, self._formats, view.debtor.id, view.debtor.country, None, self._window
            )
            self._open(dialog, view.debtor.id)

    def edit_someone(self) -> None:
        view, person = self._detail.view, self._detail.details.people.selected()
        if view is not None and person is not None:
            dialog = PersonDialog(
                self._worker, self._formats, view.debtor.id, view.debtor.country, person, self._window
            )
            self._open(dialog, view.debtor.id)

    def remove_someone(self) -> None:
        view, person = self._detail.view, self._detail.details.people.selected()
        if view is None or person is None:
            return
        asked = QMessageBox.question(
            self._window,
            self.tr("Remove person"),
            self.tr(
                "Stop offering %1 to call? Past calls keep their name, and the record keeps the change."
            ).replace("%1", person.name),
        )
        if asked == QMessageBox.StandardButton.Yes:
            self._worker.start(
                call(Desk.remove_person, person.id), lambda _: self.changed.emit(view.debtor.id)
            )

    def new_agreement(self) -> None:
        view = self._detail.view
        if view is not None:
            dialog = AgreementDialog(
                self._worker, self._formats, view.debtor.id, view.debtor.currency, None, self._window
            )
            self._open(dialog, view.debtor.id)

    def fix_agreement(self) -> None:
        view = self._detail.view
        if view is not None and view.agreement is not None:
            dialog = AgreementDialog(
                self._worker,
                self._formats,
                view.debtor.id,
                view.debtor.currency,
                view.agreement,
                self._window,
            )
            self._open(dialog, view.debtor.id)

    def _payment_days(self) -> int:
        view = self._detail.view
        return view.agreement.payment_terms_days if view and view.agreement else DEFAULT_PAYMENT_DAYS

    def new_invoice(self) -> None:
        view = self._detail.view
        if view is not None:
            dialog = InvoiceDialog(
                self._worker,
                self._formats,
                view.debtor.id,
                view.debtor.currency,
                self._payment_days(),
                self._today(),
                None,
                self._window,
            )
            self._open(dialog, view.debtor.id)

    def fix_invoice(self) -> None:
        view, row = self._detail.view, self._detail.invoices.selected()
        if view is not None and row is not None:
            dialog = InvoiceDialog(
                self._worker,
                self._formats,
                view.debtor.id,
                view.debtor.currency,
                self._payment_days(),
                self._today(),
                row.invoice,
                self._window,
            )
            self._open(dialog, view.debtor.id)

    def credit(self) -> None:
        view, row = self._detail.view, self._detail.invoices.selected()
        if view is not None and row is not None:
            dialog = CreditNoteDialog(
                self._worker, self._formats, row.invoice, row.position.open_minor, self._today(), self._window
            )
            self._open(dialog, view.debtor.id)

    def change_status(self) -> None:
        view, row = self._detail.view, self._detail.invoices.selected()
        if view is not None and row is not None:
            self._open(StatusDialog(self._worker, self._formats, row.invoice, self._window), view.debtor.id)

    def new_payment(self) -> None:
        view = self._detail.view
        if view is not None:
            self._payment_form(view.debtor.id, view.debtor.currency, view.open_invoices, None)

    def fix_payment(self) -> None:
        view, payment = self._detail.view, self._detail.payments.selected()
        if view is None or payment is None:
            return
        debtor_id, currency = view.debtor.id, view.debtor.currency
        self._worker.start(
            call(Desk.open_invoices, debtor_id, payment.id),
            lambda reopened: self._payment_form(debtor_id, currency, reopened, payment),
        )

    def _payment_form(
        self,
        debtor_id: int,
        currency: str,
        open_invoices: tuple[OpenInvoice, ...],
        payment: PaymentInfo | None,
    ) -> None:
        dialog = PaymentDialog(
            self._worker,
            self._formats,
            debtor_id,
            currency,
            open_invoices,
            self._today(),
            payment,
            self._window,
        )
        self._open(dialog, debtor_id)

    def open_offers(self) -> None:
        """The offers calculator for the debtor shown, outside a call: an offer saved becomes their plan."""
        view = self._detail.view
        if view is None:
            return
        debtor = view.debtor
        dialog = OfferDialog(
            self._worker,
            self._formats,
            debtor.id,
            debtor.name,
            debtor.currency,
            view.statement.balance_minor,
            self._today(),
            debtor.language,
            debtor.country,
            in_call=False,
            parent=self._window,
            disputed_minor=disputed_minor(view.statement.positions, view.disputes),
        )
        dialog.planSaved.connect(self.changed)
        dialog.open()

    def reverse(self) -> None:
        view, payment = self._detail.view, self._detail.payments.selected()
        if view is not None and payment is not None:
            self._open(ReverseDialog(self._worker, self._formats, payment, self._window), view.debtor.id)

    # --- disputes and letters -----------------------------------------------------------------------
    def new_dispute(self) -> None:
        view = self._detail.view
        if view is not None:
            dialog = DisputeDialog(
                self._worker,
                self._formats,
                view.debtor.id,
                view.debtor.currency,
                view.open_invoices,
                self._window,
            )
            self._open(dialog, view.debtor.id)

    def end_dispute(self) -> None:
        view = self._detail.view
        if view is not None and view.disputes:
            dialog = ResolveDisputeDialog(
                self._worker, self._formats, view.debtor.id, view.disputes, self._window
            )
            self._open(dialog, view.debtor.id)

    def _selected_letter(self) -> int | None:
        """The letter of the entry selected in the record (the letter's own entry or one of its
        deliveries)."""
        entry = self._detail.history.selected_entry()
        if entry is None or entry.interaction_id is None:
            return None
        is_letter = isinstance(entry.details, ContactDetails) and entry.details.kind == "letter"
        return entry.interaction_id if is_letter or entry.kind == "delivery" else None

    # --- replies to what we sent ------------------------------------------------------------------
    def _selected_sent(self) -> int | None:
        """The contact of the selected entry when it sent a summary or letter."""
        entry = self._detail.history.selected_entry()
        if entry is None or not isinstance(entry.details, ContactDetails):
            return None
        return entry.interaction_id if entry.details.document is not None else None

    def reply(self) -> None:
        """The reply dialog for the debtor shown, typed or "no reply", preselecting the selected line's
        summary or letter."""
        view = self._detail.view
        if view is not None:
            self._reply_form(view.debtor.id, None, self._selected_sent())

    def reply_from_file(self, path: Path) -> None:
        """A saved e-mail dropped on the debtor: read it, then the reply dialog with what it says."""
        view = self._detail.view
        if view is not None:
            debtor_id = view.debtor.id
            self._worker.start(
                call(Desk.peek_reply, path), lambda peek: self._reply_form(debtor_id, peek, None)
            )

    def _reply_form(self, debtor_id: int, peek: ReplyPeek | None, answers: int | None) -> None:
        def show(sent: tuple[SentItem, ...]) -> None:
            dialog = ReplyDialog(
                self._worker,
                self._formats,
                debtor_id,
                sent,
                self._now(),
                self._window,
                peek=peek,
                answers=answers,
            )
            dialog.saved.connect(lambda _seq: self._after_reply(debtor_id, dialog.chosen_stance))
            self._open(dialog, debtor_id)

        self._worker.start(call(Desk.sent_documents, debtor_id), show)

    def _after_reply(self, debtor_id: int, stance: str) -> None:
        """After a disputing reply, offer to record the dispute (which invoices, why)."""
        if stance != "disputing" or self._detail.debtor_id != debtor_id:
            return
        self.dispute_offer = offer = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Record reply"),
            self.tr("The debtor disputes what we sent. Record the dispute now (which invoices, and why)?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        offer.accepted.connect(self.new_dispute)
        offer.open()

    def letter_delivery(self) -> None:
        view, letter = self._detail.view, self._selected_letter()
        if view is not None and letter is not None:
            dialog = DeliveryDialog(
                self._worker, self._formats, view.debtor.id, letter, self._today(), self._window
            )
            self._open(dialog, view.debtor.id)
