"""Record the debtor's reply to a summary or letter we sent: from a saved e-mail dropped on the debtor
or chosen with "From a saved e-mail…" (its sender, date, subject and words shown, the document it
answers chosen from its record reference), typed in, or "no reply came". Saved through the desk like
every form."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from callnotes.domain.confirmations import STANCES, SentItem
from callnotes.domain.documents import short_reference
from callnotes.services.backend import Call, call
from callnotes.services.desk import Desk
from callnotes.services.plain import ReplyInput
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import DateTimeField
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.forms.problems import said
from callnotes.ui.labels import label, marked
from callnotes.ui.worker import Worker

if TYPE_CHECKING:
    from callnotes.services.replies import ReplyPeek

_DOCUMENTS = {
    "summary": QT_TRANSLATE_NOOP("ReplyDialog", "Summary"),
    "overdue": QT_TRANSLATE_NOOP("ReplyDialog", "Overdue notice"),
    "reminder": QT_TRANSLATE_NOOP("ReplyDialog", "Reminder"),
    "statement": QT_TRANSLATE_NOOP("ReplyDialog", "Statement of account"),
    "demand": QT_TRANSLATE_NOOP("ReplyDialog", "Formal demand"),
}
_STANCES = {
    "confirming": QT_TRANSLATE_NOOP("ReplyDialog", "Confirming: they agree with what we sent"),
    "disputing": QT_TRANSLATE_NOOP("ReplyDialog", "Disputing: they do not agree"),
    "silent": QT_TRANSLATE_NOOP("ReplyDialog", "No reply came"),
}


def document_caption(formats: Formats, item: SentItem) -> str:
    """ "Summary sent on 12/11/2026 by e-mail · 1-27-cb8e091af543": what the user chooses a reply's
    document by. The record reference (printed on the document itself) tells apart two documents of one
    kind sent the same day."""
    kind = _DOCUMENTS.get(item.document.kind)
    name = marked("ReplyDialog", kind) if kind else item.document.kind
    sent = (
        QCoreApplication.translate("ReplyDialog", "%1 sent on %2 by %3")
        .replace("%1", name)
        .replace("%2", formats.day(formats.local(item.sent_at).date()))
        .replace("%3", label(item.contact_kind))
    )
    return f"{sent} · {short_reference(item.document.cites)}"


class ReplyDialog(FormDialog):
    """The reply: the document it answers, the stance, and its words (from the e-mail, or typed); a
    reply typed in also says when it came. A saved e-mail is dropped on the debtor (`peek`) or chosen
    with "From a saved e-mail…" (read through the desk, as a drop is). A reply that came starts with no
    stance: the user says whether it confirms or disputes. `saved` carries the reply entry's sequence
    number, and `stance` says how the debtor answered (the window offers a dispute after "disputing")."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        sent: Sequence[SentItem],
        now: datetime,
        parent: QWidget | None = None,
        *,
        peek: ReplyPeek | None = None,
        answers: int | None = None,  # the interaction id of the document to preselect
    ) -> None:
        super().__init__(worker, formats, self.tr("Record reply"), parent)
        self._debtor_id = debtor_id
        self._peek: ReplyPeek | None = None
        self._reading = False
        self._zone = ZoneInfo(formats.zone)
        self.email_from, self.email_date, self.email_subject = (self._shown() for _ in range(3))
        self.document = QComboBox(self)
        for item in sent:
            self.document.addItem(document_caption(formats, item), item.interaction_id)
        if answers is not None and self.document.findData(answers) >= 0:
            self.document.setCurrentIndex(self.document.findData(answers))
        self.stance = QComboBox(self)
        self.stance.setPlaceholderText(self.tr("Choose how the debtor answered"))
        self._fill_stances(with_silent=True)
        self.stance.setCurrentIndex(-1)  # nothing preselected: the user says how the debtor answered
        self.when = DateTimeField(formats, self)
        self.when.set_moment(now.astimezone(self._zone))
        self.text = QPlainTextEdit(self)
        self.text.setMaximumHeight(120)
        self.text.setPlaceholderText(self.tr("The reply's words, or a note (e.g. called, no answer)"))
        self.add_row(self.tr("From:"), self.email_from)
        self.add_row(self.tr("Date:"), self.email_date)
        self.add_row(self.tr("Subject:"), self.email_subject)
        self.add_row(self.tr("Answers:"), self.document, "to")
        self.add_row(self.tr("The debtor:"), self.stance, "stance")
        self.add_row(self.tr("Came on:"), self.when, "at")
        self.add_row(self.tr("Reply:"), self.text, "text")
        self.file_button = self.buttons.addButton(
            self.tr("From a saved e-mail…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        assert self.file_button is not None
        self.file_button.setToolTip(
            self.tr("Read the reply from an e-mail saved from your mail program (.eml)")
        )
        self.file_button.setAutoDefault(False)  # Enter still saves
        self.file_button.clicked.connect(self.choose_file)
        self.stance.currentIndexChanged.connect(self._update_sections)
        if peek is not None:
            self.show_peek(peek)
        else:
            self._update_sections()
        self.resize(600, self.sizeHint().height())

    def _shown(self) -> QLabel:
        shown = QLabel(self)
        shown.setTextFormat(Qt.TextFormat.PlainText)  # the sender's text is data, never markup
        shown.setWordWrap(True)
        return shown

    def _fill_stances(self, *, with_silent: bool) -> None:
        """The stances offered; a message that came is an answer, so "no reply came" is not one of them."""
        self.stance.blockSignals(True)
        self.stance.clear()
        for code in STANCES:
            if with_silent or code != "silent":
                self.stance.addItem(marked("ReplyDialog", _STANCES[code]), code)
        self.stance.blockSignals(False)

    def _row(self, widget: QWidget) -> QWidget:
        holder = widget.parentWidget()
        assert holder is not None
        return holder

    @property
    def peek(self) -> ReplyPeek | None:
        """The saved e-mail the reply is read from, if any."""
        return self._peek

    @property
    def chosen_stance(self) -> str:
        """The stance chosen, or "" while none is."""
        code = self.stance.currentData()
        return str(code) if code is not None else ""

    # --- a saved e-mail -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        """Choose a saved e-mail; the desk reads it (as it reads a dropped one), then the form shows it."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the saved e-mail"), "", self.tr("E-mail (*.eml)")
        )
        if not name:
            return
        self.clear_refusals()
        self._reading = True
        self.file_button.setEnabled(False)

        def failed(exc: Exception) -> None:
            self._reading = False
            self.file_button.setEnabled(True)
            self._not_saved(exc)  # said under the form in the interface's words; nothing was saved

        self.worker.start(call(Desk.peek_reply, Path(name)), self.show_peek, failed, owner=self)

    def show_peek(self, peek: ReplyPeek) -> None:
        """Fill the form from a saved e-mail: who sent it, when, its subject and words, the document its
        record reference names, and no stance until the user chooses one."""
        self._reading = False
        self.file_button.setEnabled(True)
        self._peek = peek
        formats = self.formats
        self.email_from.setText(peek.sender)
        self.email_date.setText(formats.moment(peek.sent_at, seconds=False) if peek.sent_at else "—")
        self.email_subject.setText(peek.subject)
        matched = [m.interaction_id for m in peek.matches if m.debtor_id == self._debtor_id]
        if matched and self.document.findData(matched[0]) >= 0:
            self.document.setCurrentIndex(self.document.findData(matched[0]))
        self._fill_stances(with_silent=False)
        self.stance.setCurrentIndex(-1)  # the words may confirm or dispute: the user reads and says
        self.text.setPlainText(peek.preview)
        caption = self.form.labelForField(self._row(self.text))
        if isinstance(caption, QLabel):
            caption.setText(self.tr("Preview:"))
        self.set_intro(
            self.tr("The whole message is kept with the reply; the words below go into the record.")
        )
        self._update_sections()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _update_sections(self) -> None:
        """The e-mail's rows show once there is one; it says when it came, and a note that no reply
        came has no moment of its own."""
        for shown in (self.email_from, self.email_date, self.email_subject):
            self.form.setRowVisible(self._row(shown), self._peek is not None)
        self.form.setRowVisible(self._row(self.when), self._peek is None and self.chosen_stance != "silent")

    # --- saving -------------------------------------------------------------------------------------
    def accept(self) -> None:
        if self._reading:
            return  # the e-mail is being read: what is saved must be what it says
        super().accept()

    def job(self) -> Call[int] | None:
        if self.document.currentIndex() < 0:
            self.refuse("to", self.tr("Nothing was sent to this debtor yet that a reply could answer."))
        if not self.chosen_stance:
            self.refuse("stance", said("choice"))
        stance, peek = self.chosen_stance, self._peek
        at = None
        if peek is not None:
            at = peek.sent_at
        elif stance and stance != "silent":
            at = self.read("at", lambda: self.when.moment(self._zone))
        if self.refused:
            return None
        reply = ReplyInput(
            int(self.document.currentData()),
            stance,
            self.text.toPlainText(),
            at,
            peek.address if peek else "",
            peek.subject if peek else "",
            peek.path if peek else None,
        )
        return call(Desk.record_reply, self._debtor_id, reply)
