"""A summary or a letter to a debtor: drafted by the desk in the letter's language, read and edited
here, then opened in the user's mail program, copied, saved as PDF or printed, and marked as sent.

Every step is a worker job (drafting, writing the .eml or PDF, logging it as sent): the window never
waits. Switching the kind, the language or the invoice drafts again; the text typed before stays one
Ctrl+Z away. The record reference the desk put in the text is kept in every file it writes, whatever
the user changed. Closing without sending keeps the draft for this debtor until the window closes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut, QTextCursor
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.documents import DOCUMENT_KINDS
from callnotes.services.backend import call
from callnotes.services.desk import Desk
from callnotes.services.plain import LetterRequest
from callnotes.services.views import DebtorView
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import LanguageBox, select_code
from callnotes.ui.forms.form_dialog import ERROR_STYLE
from callnotes.ui.forms.problems import error_text
from callnotes.ui.labels import filled, marked
from callnotes.ui.printing import print_pdf
from callnotes.ui.sent_dialog import SentDialog, delivery_choices
from callnotes.ui.ui_state import UiState
from callnotes.ui.worker import Worker

if TYPE_CHECKING:
    from callnotes.services.letters import LetterDraft, WrittenLetter

CONTEXT = "LetterDialog"
KIND_NAMES = {
    "summary": QT_TRANSLATE_NOOP("LetterDialog", "Summary of the call"),
    "overdue": QT_TRANSLATE_NOOP("LetterDialog", "Overdue notice"),
    "reminder": QT_TRANSLATE_NOOP("LetterDialog", "Reminder"),
    "statement": QT_TRANSLATE_NOOP("LetterDialog", "Statement of account"),
    "demand": QT_TRANSLATE_NOOP("LetterDialog", "Formal demand"),
}
SENT_SAID = {
    "summary": QT_TRANSLATE_NOOP("LetterDialog", "Summary logged as sent."),
    "overdue": QT_TRANSLATE_NOOP("LetterDialog", "Overdue notice logged as sent."),
    "reminder": QT_TRANSLATE_NOOP("LetterDialog", "Reminder logged as sent."),
    "statement": QT_TRANSLATE_NOOP("LetterDialog", "Statement of account logged as sent."),
    "demand": QT_TRANSLATE_NOOP("LetterDialog", "Formal demand logged as sent."),
}
WARNING_STYLE = "background: #fff3cd; color: #5c4400; padding: 4px;"
_UNSAFE = re.compile(r"[^\w]+")  # \w keeps letters of every script: a Greek name stays Greek


def kind_name(kind: str) -> str:
    """A document's kind in the interface's language."""
    return marked(CONTEXT, KIND_NAMES[kind])


def file_name(debtor_name: str, kind: str, day: str, suffix: str, tag: str = "") -> str:
    """<debtor>-<kind>-<date>[-<tag>]<suffix>, safe on every file system (the tag is made safe too)."""
    stem = _UNSAFE.sub("-", debtor_name).strip("-")[:40] or "debtor"
    tail = _UNSAFE.sub("-", tag).strip("-")
    return f"{stem}-{kind}-{day}-{tail}{suffix}" if tail else f"{stem}-{kind}-{day}{suffix}"


@dataclass(frozen=True)
class KeptDraft:
    """A draft closed without being sent, kept for its debtor while the window is open."""

    draft: LetterDraft
    body: str
    edited: bool
    names: Mapping[str, Path] = field(default_factory=dict)  # by suffix: where the draft was written


class LetterDialog(QDialog):
    """One document for one debtor; `sent(debtor_id, message)` once it was logged as sent, `kept(draft)`
    when it was closed without being sent."""

    sent = Signal(int, str)
    kept = Signal(object)

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        kind: str,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
        *,
        interaction_id: int | None = None,
        kept: KeptDraft | None = None,
        ui_state: UiState | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.formats, self.debtor_id, self._now = worker, formats, debtor_id, now
        self._interaction_id = interaction_id
        self._ui_state = ui_state
        self.view: DebtorView | None = None
        self.draft: LetterDraft | None = None
        self.folder: Path | None = None
        self.written: dict[str, WrittenLetter] = {}  # by suffix: files written from the text as it stands
        # By suffix: the name this draft was given in the letters folder; writing the draft again (after
        # an edit, to mark it sent) reuses it, and another draft gets a name of its own.
        self.names: dict[str, Path] = {}
        self.edited = False
        self.is_sent = False
        self.sent_dialog: SentDialog | None = None
        self._doing = ""  # what the status line says is under way
        self._asked = 0  # the latest draft asked for: an older one arriving late is not shown

        self.kind = QComboBox(self)
        for code in DOCUMENT_KINDS:
            self.kind.addItem(kind_name(code), code)
        select_code(self.kind, kind)
        self.language = LanguageBox(self)
        self.language.setToolTip(self.tr("The letter's language; switching it drafts the letter again"))
        self.invoice = QComboBox(self)
        self.recipient = QLabel(self)
        self.recipient.setTextFormat(Qt.TextFormat.PlainText)
        self.recipient.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject = QLineEdit(self)
        self.subject.setReadOnly(True)  # the desk writes the subject in the letter's language
        self.body = QPlainTextEdit(self)
        self.body.setMinimumHeight(240)
        self.reference = QLabel(self)
        self.reference.setObjectName("letterReference")
        self.reference.setTextFormat(Qt.TextFormat.PlainText)
        self.reference.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("templateProblems")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.setAutoDefault(False)
        role = QDialogButtonBox.ButtonRole.ActionRole

        def button(text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
            made = self.buttons.addButton(text, role)
            assert made is not None
            made.setToolTip(tip)
            made.setAutoDefault(False)  # Enter in a field never sends, opens or prints anything
            made.clicked.connect(slot)
            return made

        self.mail_button = button(
            self.tr("Open in &mail program"),
            self.tr("Write the e-mail as a draft and open it in your mail program, ready to send"),
            self.open_in_mail,
        )
        self.copy_button = button(
            self.tr("&Copy"), self.tr("Copy the subject and the text (Ctrl+Shift+C)"), self.copy
        )
        self.pdf_button = button(self.tr("Save &PDF…"), self.tr("Save the letter as a PDF"), self.save_pdf)
        self.print_button = button(self.tr("P&rint…"), self.tr("Print the letter"), self.print_letter)
        self.sent_button = button(
            self.tr("Mark as &sent…"),
            self.tr("Log it in the record as sent, with the file attached (Ctrl+Enter)"),
            self.mark_sent,
        )
        self.action_buttons = (
            self.mail_button,
            self.copy_button,
            self.pdf_button,
            self.print_button,
            self.sent_button,
        )
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.mark_sent)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.copy)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Document:"), self.kind)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Invoice:"), self.invoice)
        form.addRow(self.tr("To:"), self.recipient)
        form.addRow(self.tr("Subject:"), self.subject)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.reference)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language.currentIndexChanged.connect(self.redraft)
        self.invoice.currentIndexChanged.connect(self.redraft)
        self.body.textChanged.connect(self._body_edited)
        self._update_title()
        self._show_invoice_row()
        if not (ui_state and ui_state.restore_window("letter", self)):
            self.resize(760, 640)

        worker.start(call(Desk.debtor, debtor_id), self._show_debtor, self._failed, owner=self)
        worker.start(call(Desk.letters_folder), self._set_folder, self._failed, owner=self)
        if kept is not None:
            self._show_draft(self._asked, kept.draft)
            self.names.update(kept.names)
            if kept.edited:
                self.body.setPlainText(kept.body)
                self.edited = True
        else:
            self.redraft()

    # --- drafting ---------------------------------------------------------------------------------
    @property
    def kind_code(self) -> str:
        return str(self.kind.currentData())

    def request(self) -> LetterRequest:
        """The document asked for now: kind, language, the call it sums up, the invoice it is about."""
        kind = self.kind_code
        invoice = self.invoice.currentData() if kind == "overdue" else None
        return LetterRequest(
            self.debtor_id,
            kind,
            self.language.code() if self.draft is not None else None,  # None: the debtor's language
            self._interaction_id if kind == "summary" else None,
            str(invoice) if invoice else None,
        )

    def redraft(self) -> None:
        """Ask the desk for the document as the kind, language and invoice now say."""
        self._asked += 1
        asked = self._asked
        self._set_busy(self.tr("Drafting…"))
        self.worker.start(
            call(Desk.draft_letter, self.request()),
            lambda draft: self._show_draft(asked, draft),
            lambda exc: self._failed(exc) if asked == self._asked else None,
            owner=self,
        )

    def _show_draft(self, asked: int, draft: LetterDraft) -> None:
        if asked != self._asked:
            return  # the user changed the kind or language again meanwhile
        first = self.draft is None
        self.draft = draft
        for box, code in ((self.language, draft.language), (self.kind, draft.request.kind)):
            box.blockSignals(True)
            select_code(box, code)
            box.blockSignals(False)
        if draft.request.invoice:
            self.invoice.blockSignals(True)
            select_code(self.invoice, draft.request.invoice)
            self.invoice.blockSignals(False)
        self.subject.setText(draft.subject)
        self.subject.setCursorPosition(0)
        self.body.blockSignals(True)
        if first:
            self.body.setPlainText(draft.body)
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)  # to read it, or Ctrl+Enter to mark it sent
        else:  # replaced as an edit, so Ctrl+Z brings back what was there before
            cursor = self.body.textCursor()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(draft.body)
            self.body.moveCursor(QTextCursor.MoveOperation.Start)
        self.body.blockSignals(False)
        self.edited = False
        self.written.clear()
        self.names.clear()  # another draft: another document, which must not take the last one's file
        address = draft.recipient_email
        self.recipient.setText(
            f"{draft.recipient_name} <{address}>"
            if address
            else self.tr("%1 (no e-mail address on file)").replace("%1", draft.recipient_name)
        )
        said = self.tr(
            "Record reference %1: it stays in the letter and the e-mail even if you change the text, "
            "so the debtor's copy can be checked against the record."
        ).replace("%1", draft.reference)
        if "[[table:" in draft.body:
            said += " " + self.tr(
                "A line such as [[table:invoices]] places a table: a real table in the PDF, aligned text "
                "in the e-mail."
            )
        self.reference.setText(said)
        self.warning.setText(
            "\n".join(
                [
                    self.tr("A template of yours has a mistake; the shipped one was used:"),
                    *draft.template_problems,
                ]
            )
        )
        self.warning.setVisible(bool(draft.template_problems))
        self.mail_button.setEnabled(True)
        self._update_title()
        self._set_busy(None)

    def _kind_changed(self) -> None:
        self._show_invoice_row()
        self._update_title()
        self.redraft()

    def _show_invoice_row(self) -> None:
        self._form.setRowVisible(self.invoice, self.kind_code == "overdue")

    def _update_title(self) -> None:
        name = self.view.debtor.name if self.view is not None else ""
        title = kind_name(self.kind_code)
        self.setWindowTitle(f"{title} — {name}" if name else title)

    def _show_debtor(self, view: DebtorView) -> None:
        """The debtor's name (title, file names), address and open overdue invoices."""
        self.view = view
        self.invoice.blockSignals(True)
        chosen = self.draft.request.invoice if self.draft is not None else None
        for position in view.statement.positions:
            if position.open_minor > 0 and position.days_overdue > 0:
                facts = position.invoice
                self.invoice.addItem(
                    self.tr("%1 · due %2 · %3 open")
                    .replace("%1", facts.number)
                    .replace("%2", self.formats.day(facts.due_date))
                    .replace("%3", self.formats.money(position.open_minor, view.statement.currency)),
                    facts.number,
                )
        select_code(self.invoice, chosen)
        self.invoice.blockSignals(False)
        self._update_title()

    def _set_folder(self, folder: Path) -> None:
        self.folder = folder

    def _body_edited(self) -> None:
        self.edited = True
        self.written.clear()  # a file written before no longer says what the text says

    # --- state and messages -----------------------------------------------------------------------
    def _set_busy(self, doing: str | None) -> None:
        """While a draft or a file is on its way the actions wait; `doing` says what for."""
        for action in self.action_buttons:
            action.setEnabled(doing is None and self.draft is not None)
        if doing is not None:
            self.error.hide()
            self.status.setText(doing)
        elif self.status.text() == self._doing:
            self.status.clear()
        self._doing = doing or ""

    def _failed(self, exc: Exception) -> None:
        """Say what went wrong in the interface's language, under the text."""
        text = error_text(exc, self.formats) or filled(
            self.tr("Something went wrong inside callnotes; nothing was saved. %1"),
            f"{type(exc).__name__}: {exc}",
        )
        self._set_busy(None)
        self.status.clear()
        self.error.setText(text)
        self.error.show()

    def _body(self) -> str | None:
        """The text the user changed, or None to write the template's own."""
        return self.body.toPlainText() if self.edited else None

    def default_path(self, suffix: str) -> Path:
        """Where the draft is written in the letters folder unless the user chooses:
        <debtor>-<kind>-<date>-<record reference><suffix>. The reference changes whenever the record
        does (a document marked as sent is an entry), so a second summary of the day never takes the
        first one's file; a file of the same reference that this draft did not write (another language,
        invoice or call) keeps its own, and the draft's name gets the time, <HHMM>, and a count if need
        be. The same draft written again keeps its name."""
        assert self.folder is not None and self.draft is not None
        known = self.names.get(suffix)
        if known is not None:
            return known
        name = self.view.debtor.name if self.view is not None else self.draft.recipient_name
        now = self._now().astimezone(ZoneInfo(self.formats.zone))
        kind, day, reference = self.draft.request.kind, now.date().isoformat(), self.draft.reference
        path = self.folder / file_name(name, kind, day, suffix, reference)
        later = f"{reference}-{now:%H%M}"
        for count in itertools.count(1):
            if not path.exists():  # a look in the letters folder, not the database
                break
            path = self.folder / file_name(
                name, kind, day, suffix, later if count == 1 else f"{later}-{count}"
            )
        self.names[suffix] = path
        return path

    def write(
        self,
        path: Path,
        then: Callable[[WrittenLetter], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Write the document as it stands to `path` (.eml or .pdf by its suffix), then `then`."""
        assert self.draft is not None
        self._set_busy(self.tr("Writing…"))

        def done(written: WrittenLetter) -> None:
            self.written[path.suffix] = written
            self._set_busy(None)
            then(written)

        def not_done(exc: Exception) -> None:
            self._failed(exc)
            if failed is not None:
                failed(exc)

        self.worker.start(
            call(Desk.write_letter, self.draft.request, path, self._body()), done, not_done, owner=self
        )

    # --- actions ----------------------------------------------------------------------------------
    def open_in_mail(self) -> None:
        """Write the e-mail as an unsent draft and hand it to the mail program."""
        if self.draft is None or self.folder is None:
            return

        def opened(written: WrittenLetter) -> None:
            if QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.path))):
                self.status.setText(
                    self.tr("Opened in your mail program: %1").replace("%1", str(written.path))
                )
                return
            QGuiApplication.clipboard().setText(str(written.path))
            self.status.setText(
                self.tr(
                    "No mail program opened it. The e-mail is saved as %1 (its path was copied): open it "
                    "from your mail program, or attach it."
                ).replace("%1", str(written.path))
            )

        self.write(self.default_path(".eml"), opened)

    def copy(self) -> None:
        """The subject and the text, for pasting into any mail or message."""
        if self.draft is None:
            return
        text = replace(self.draft, body=self.body.toPlainText()).text()  # the tables as aligned text
        QGuiApplication.clipboard().setText(f"{self.subject.text()}\n\n{text}")
        self.status.setText(self.tr("The subject and the text were copied."))

    def save_pdf(self) -> None:
        """Write the letter as a PDF where the user chooses."""
        if self.draft is None or self.folder is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter as PDF"), str(self.default_path(".pdf")), self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        self.write(
            path, lambda written: self.status.setText(self.tr("Saved as %1").replace("%1", str(written.path)))
        )

    def print_letter(self) -> None:
        """Write the PDF into the letters folder, then print it as the packet prints."""
        if self.draft is None or self.folder is None:
            return

        def chosen(written: WrittenLetter) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
                printed = print_pdf(written.path, printer)
                self.status.setText(
                    filled(self.tr("Sent %1 pages to the printer."), self.formats.number(printed))
                )

        self.write(self.default_path(".pdf"), chosen)

    def mark_sent(self) -> None:
        """Ask how and when it went out; log it; then close."""
        if self.draft is None or self.folder is None or not self.sent_button.isEnabled():
            return
        debtor = self.view.debtor if self.view is not None else None
        addresses = {"email": self.draft.recipient_email or "", "post": debtor.address if debtor else ""}
        dialog = SentDialog(
            self.worker,
            self.formats,
            self.debtor_id,
            self.draft.request,
            delivery_choices(
                self.draft.request.kind, debtor.country if debtor else None, self.draft.language
            ),
            self._now(),
            addresses,
            self._write_for_sending,
            self,
        )
        written = self.written.get(dialog.suffix)
        dialog.letter = written.path if written is not None else None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._logged)
        dialog.finished.connect(self._sent_dialog_closed)
        self.sent_dialog = dialog
        dialog.open()

    def _sent_dialog_closed(self) -> None:
        self.sent_dialog = None  # deleted once closed

    def _write_for_sending(
        self, suffix: str, then: Callable[[Path], None], failed: Callable[[Exception], None]
    ) -> None:
        written = self.written.get(suffix)
        if written is not None:
            then(written.path)
            return
        self.write(self.default_path(suffix), lambda letter: then(letter.path), failed)

    def _logged(self, _interaction_id: int) -> None:
        self.is_sent = True
        self.sent.emit(self.debtor_id, marked(CONTEXT, SENT_SAID[self.kind_code]))
        self.accept()

    def done(self, result: int) -> None:
        """Closing without sending keeps the draft (Esc is cheap to undo); the size is remembered."""
        if not self.is_sent and self.draft is not None:
            self.kept.emit(KeptDraft(self.draft, self.body.toPlainText(), self.edited, dict(self.names)))
        if self._ui_state is not None:
            self._ui_state.save_window("letter", self)
        super().done(result)
