"""Record the debtor's reply to a summary or letter we sent: from a saved e-mail dropped on the debtor
(its sender, date, subject and words shown, the document it answers chosen from its record
reference), typed in, or "no reply came". Saved through the desk like every form."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from callnotes.domain.confirmations import STANCES, SentItem
from callnotes.domain.documents import short_reference
from callnotes.services.backend import Call, call
from callnotes.services.desk import Desk
from callnotes.services.replies import ReplyInput, ReplyPeek
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import DateTimeField
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.labels import label, marked
from callnotes.ui.worker import Worker

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
    reply typed in also says when it came. `saved` carries the reply entry's sequence number, and
    `stance` says how the debtor answered (the window offers a dispute after "disputing")."""

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
        self._debtor_id, self._peek = debtor_id, peek
        self._zone = ZoneInfo(formats.zone)
        if peek is not None:
            for caption, value in (
                (self.tr("From:"), peek.sender),
                (self.tr("Date:"), formats.moment(peek.sent_at, seconds=False) if peek.sent_at else "—"),
                (self.tr("Subject:"), peek.subject),
            ):
                shown = QLabel(value, self)
                shown.setTextFormat(Qt.TextFormat.PlainText)  # the sender's text is data, never markup
                shown.setWordWrap(True)
                self.add_row(caption, shown)
        self.document = QComboBox(self)
        for item in sent:
            self.document.addItem(document_caption(formats, item), item.interaction_id)
        matched = [m.interaction_id for m in peek.matches if m.debtor_id == debtor_id] if peek else []
        chosen = matched[0] if matched else answers
        if chosen is not None and self.document.findData(chosen) >= 0:
            self.document.setCurrentIndex(self.document.findData(chosen))
        self.stance = QComboBox(self)
        for code in STANCES:
            if peek is None or code != "silent":  # a message that came is an answer
                self.stance.addItem(marked("ReplyDialog", _STANCES[code]), code)
        self.when = DateTimeField(formats, self)
        self.when.set_moment(now.astimezone(self._zone))
        self.text = QPlainTextEdit(self)
        self.text.setMaximumHeight(120)
        if peek is not None:
            self.text.setPlainText(peek.preview)
            self.set_intro(
                self.tr("The whole message is kept with the reply; the words below go into the record.")
            )
        else:
            self.text.setPlaceholderText(self.tr("The reply's words, or a note (e.g. called, no answer)"))
        self.add_row(self.tr("Answers:"), self.document, "to")
        self.add_row(self.tr("The debtor:"), self.stance, "stance")
        if peek is None:
            self.add_row(self.tr("Came on:"), self.when, "at")
        else:
            self.when.hide()  # the e-mail says when it came; left in no row it would sit over the intro
        self.add_row(self.tr("Preview:") if peek else self.tr("Reply:"), self.text, "text")
        self.stance.currentIndexChanged.connect(self._update_sections)
        self._update_sections()
        self.resize(600, self.sizeHint().height())

    @property
    def chosen_stance(self) -> str:
        return str(self.stance.currentData())

    def _update_sections(self) -> None:
        """A note that no reply came has no moment of its own."""
        holder = self.when.parentWidget()
        if self._peek is None and holder is not None:
            self.form.setRowVisible(holder, self.chosen_stance != "silent")

    def job(self) -> Call[int] | None:
        if self.document.currentIndex() < 0:
            self.refuse("to", self.tr("Nothing was sent to this debtor yet that a reply could answer."))
            return None
        stance, peek = self.chosen_stance, self._peek
        at = None
        if peek is not None:
            at = peek.sent_at
        elif stance != "silent":
            at = self.read("at", lambda: self.when.moment(self._zone))
            if at is None:
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
