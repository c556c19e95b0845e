"""The call workspace: header with timer and their local time, facts left, notes and prompts right.

Nothing typed is lost: each committed line is shown at once and saved in order by the worker, and
what is being typed is saved within a second (a short debounce with a maximum wait), on every focus
change and on close. The window never waits for the database: every read and write is a worker job.

When a write fails (the disk is full or read-only, or the desk process died) the lines stay on screen,
marked as not saved, a banner says so in plain words, and they are sent again every few seconds, in
the order typed and with the times they were typed, until they are saved; the banner then goes. One
batch of lines is out at a time, so a later line is never saved before an earlier one that failed; a
call ends only once all its lines are saved.

Every key the F1 list advertises works while the note line has focus: the line would keep some of them
for itself (Ctrl+E, Ctrl+←/→ move the cursor), so the workspace claims its own keys before it does.
When someone else answers (Ctrl+T) the facts give way to a neutral panel, the questions to neutral
ones, and the record notes that a third party answered.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.contact_rules import their_time
from callnotes.domain.disputes import disputed_minor
from callnotes.domain.offers import NegotiationStep, OfferTerms, accepted_offer
from callnotes.domain.questions import invites_yes_or_no
from callnotes.errors import StorageError
from callnotes.services.backend import DeskProcess, call
from callnotes.services.desk import Desk
from callnotes.services.facts import CallFacts
from callnotes.services.plain import MAX_LINE_CHARS, Ending
from callnotes.services.prompts import PromptBank
from callnotes.services.validation import display_phone
from callnotes.services.views import NoteLine, OpenCall
from callnotes.ui.formats import Formats
from callnotes.ui.offers import OfferDialog
from callnotes.ui.ui_state import UiState
from callnotes.ui.worker import Worker
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from callnotes.ui.workspace.facts_panel import FactsPanel
from callnotes.ui.workspace.note_pane import NotePane
from callnotes.ui.workspace.prompts_panel import PromptsPanel
from callnotes.ui.workspace.shortcuts_dialog import ShortcutsDialog
from callnotes.ui.workspace.third_party import ThirdPartyCover

if TYPE_CHECKING:
    from callnotes.services.record import RecordState

SAVE_DEBOUNCE_MS = 300
SAVE_MAX_WAIT_MS = 900
RETRY_MS = 5000  # a line that could not be saved is sent again after this
NOTICE_MS = 10_000  # a notice beside the number (it was copied) stays this long


class CloseChoice(Enum):
    """What to do with an open call when the window is closed."""

    END = "end"  # end the call now: the end-call dialog, then the window closes
    KEEP = "keep"  # close; the call stays open and is offered back at the next start
    CANCEL = "cancel"  # do not close


def _timer(
    parent: QObject, interval_ms: int, slot: Callable[[], None], *, single_shot: bool = False
) -> QTimer:
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    timer.setSingleShot(single_shot)
    timer.timeout.connect(slot)
    return timer


class CallWorkspace(QWidget):
    """One open call at a time; emits `finished(debtor_id)` when the call has ended and been saved."""

    finished = Signal(int)
    summaryOffered = Signal(int, int)  # debtor, call: it agreed something, so a written summary is due
    logRequested = Signal(int)
    searchRequested = Signal()  # Ctrl+F: search everything, in the window (the note line would not pass it)
    failed = Signal(object)  # an exception for the window to show

    def __init__(
        self,
        desk: DeskProcess,
        worker: Worker,
        ui_state: UiState,
        formats: Formats,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.worker, self.ui_state, self.formats = desk, worker, ui_state, formats
        self.call: OpenCall | None = None
        self.facts: CallFacts | None = None
        self.bank: PromptBank | None = None
        self.wait_seconds = int(str(ui_state.value("workspace/wait_seconds", 3)))
        self._pending_dirty = False
        self.third_party = False  # someone else answered: facts hidden, neutral questions

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.linkActivated.connect(self._open_link)
        self.notice = QLabel(self)  # a short-lived word beside the number (it was copied)
        self.notice.setObjectName("workspaceNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self._notice_timer = _timer(self, NOTICE_MS, self.notice.hide, single_shot=True)
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("callTimer")
        self.their_time = QLabel(self)
        self.record_label = QLabel(self)
        self.log_button = QPushButton(self.tr("Log contact…"), self)
        self.log_button.setToolTip(self.tr("Log an e-mail, letter, visit or message (Ctrl+Shift+L)"))
        self.log_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.log_button.clicked.connect(self._request_log)
        self.offers_button = QPushButton(self.tr("Offers… (Ctrl+O)"), self)
        self.offers_button.setToolTip(
            self.tr("Instalments, a discount or a settlement: the figures and the wording")
        )
        self.offers_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.offers_button.clicked.connect(self.open_offers)
        self.offer_dialog: OfferDialog | None = None
        self.third_party_button = QPushButton(self.tr("Someone else answered (Ctrl+T)"), self)
        self.third_party_button.setObjectName("thirdPartyButton")
        self.third_party_button.setToolTip(
            self.tr("Hide the amounts and offer neutral questions while someone else is on the line")
        )
        self.third_party_button.setCheckable(True)
        self.third_party_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.third_party_button.clicked.connect(lambda checked: self.set_third_party(checked))
        self.end_button = QPushButton(self.tr("End call (Ctrl+E)"), self)
        self.end_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.end_button.clicked.connect(self.end_call)

        self.facts_panel = FactsPanel(formats, self)
        self.cover = ThirdPartyCover(self)
        self.left = QStackedWidget(self)  # the facts, or the neutral panel while someone else answers
        self.left.addWidget(self.facts_panel)
        self.left.addWidget(self.cover)
        self.notes = NotePane(formats, self)
        self.prompts = PromptsPanel(self)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.notes)
        right.addWidget(self.prompts)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([540, 820])
        self.right_splitter = right

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.notice, 1)
        header.addWidget(self.third_party_button)
        header.addWidget(self.log_button)
        status = QHBoxLayout()
        for widget in (self.timer_label, self.their_time, self.record_label):
            status.addWidget(widget)
            status.addSpacing(24)
        status.addStretch(1)
        status.addWidget(self.offers_button)
        status.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(header)
        layout.addLayout(status)
        self.save_problem = QLabel(self)  # what could not be saved, and that it is kept: plain words
        self.save_problem.setObjectName("saveProblem")
        self.save_problem.setWordWrap(True)
        self.save_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.save_problem.setStyleSheet(
            "background: #f8d7da; color: #58151c; padding: 6px; border-radius: 4px; font-weight: bold;"
        )
        self.save_problem.hide()
        layout.addWidget(self.save_problem)
        layout.addWidget(self.splitter, 1)

        self.notes.commitRequested.connect(self.commit_line)
        self.notes.editRequested.connect(self.edit_line)
        self.notes.input.pasteRefused.connect(self._paste_refused)
        self.notes.input.textChanged.connect(self._input_changed)
        self.notes.input.installEventFilter(self)
        self.prompts.questionChosen.connect(lambda q: self.commit_line("question", q))
        self.prompts.languageChanged.connect(self._load_prompts)
        self.facts_panel.factChosen.connect(self._insert_fact)

        self._debounce = _timer(self, SAVE_DEBOUNCE_MS, self.save_pending, single_shot=True)
        self._max_wait = _timer(self, SAVE_MAX_WAIT_MS, self.save_pending, single_shot=True)
        self._clock = _timer(self, 1000, self._tick)
        self._retry = _timer(self, RETRY_MS, self._try_again, single_shot=True)
        self._waiting: list[NoteLine] = []  # shown, not yet sent (in the order typed)
        self._sending: list[NoteLine] = []  # sent, not yet back: one batch at a time keeps the order
        self._pending_sent = False  # a save of the text being typed is out
        self._problem: Exception | None = None  # why the last write failed, while anything waits for it
        self._ending: Ending | None = None  # an accepted end of the call, sent once every line is saved
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        self._shortcuts()
        ui_state.restore_splitter("workspace", self.splitter)
        ui_state.restore_splitter("workspace/right", self.right_splitter)

    # --- keyboard -----------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        self.keys: list[QShortcut] = []  # claimed from the note line, which would keep some for itself

        def add(keys: str | QKeySequence, slot: Callable[[], object]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.keys.append(shortcut)

        add("Ctrl+E", self.end_call)
        add("Ctrl+Left", lambda: self.prompts.move_stage(-1))
        add("Ctrl+Right", lambda: self.prompts.move_stage(1))
        add("Ctrl+F", self.searchRequested.emit)
        add("Ctrl+Shift+F", lambda: self.prompts.filter.setFocus(Qt.FocusReason.ShortcutFocusReason))
        add("Esc", self.focus_input)
        add("F1", lambda: ShortcutsDialog(self).exec())
        add("Ctrl+Shift+L", self._request_log)
        add("Ctrl+O", self.open_offers)
        add("Ctrl+T", lambda: self.set_third_party(not self.third_party))
        for number in range(1, 10):
            add(f"Alt+{number}", partial(self._choose_fact, number))

    def _claims(self, event: QKeyEvent) -> bool:
        """Whether the key is one of the workspace's shortcuts (on the keypad or not)."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        return any(shortcut.isEnabled() and shortcut.key() == pressed for shortcut in self.keys)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The workspace's keys win over the note line's own uses of them; 1…9 on an empty input line
        ask question N of the current stage."""
        if watched is self.notes.input and event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if self._claims(event):  # not accepted here: Qt then runs the shortcut, not the line's move
                event.ignore()
                return True
        if watched is self.notes.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if plain and not self.notes.input.text() and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
                return self.prompts.choose(event.key() - Qt.Key.Key_0)
        return super().eventFilter(watched, event)

    def _choose_fact(self, number: int) -> None:
        if not self.third_party:  # hidden facts are not put into the notes either
            self.facts_panel.choose(number)

    def focus_input(self) -> None:
        self.notes.input.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- opening ------------------------------------------------------------------------------
    @property
    def interaction_id(self) -> int | None:
        return self.call.interaction.id if self.call else None

    def open_call(self, interaction_id: int) -> None:
        """Load an open call (new or recovered after a crash) with every line and its time stamps."""
        self.worker.start(call(Desk.open_call, interaction_id), self.show_call, self._fail)

    def show_call(self, opened: OpenCall, pending_text: str | None = None) -> None:
        """Show a call; `pending_text` (what was being typed in another window) wins over the saved one.

        Another call than the one shown starts at the first stage of questions, with the debtor on the
        line; the call shown again keeps its stage.
        """
        if self.call is None or self.call.interaction.id != opened.interaction.id:
            self.prompts.start()
            self._show_third_party(False)
        self.call = opened
        self.facts = None
        self._waiting, self._sending, self._ending = [], [], None
        self._retry.stop()
        self._settle()
        self.notes.started_at = opened.interaction.started_at
        self.notes.set_lines(opened.lines)
        self.notes.input.blockSignals(True)
        self.notes.input.setText(opened.pending_text if pending_text is None else pending_text)
        self.notes.input.blockSignals(False)
        self._pending_dirty = pending_text is not None and pending_text != opened.pending_text
        self._show_bank(opened.prompts)
        self.record_label.clear()
        self._update_title()
        self._tick()
        self._clock.start()
        self.reload_facts()
        self.focus_input()

    def reload_facts(self) -> None:
        """Read the facts again (after a contact was logged), then check the record's chain."""
        if self.call is None:
            return
        debtor_id = self.call.debtor.id
        self.worker.start(call(Desk.facts, debtor_id), self._show_facts, self._fail)

    def _show_record(self, state: RecordState) -> None:
        if self.call is None or state.debtor_id != self.call.debtor.id:
            return
        check = state.check
        report = check.report
        if not report.ok:
            self.record_label.setText(
                self.tr("Record ✗ broken at entry %1").replace("%1", str(report.bad_seq))
            )
        elif not check.ok:
            problems = str(len(check.failures))
            self.record_label.setText(self.tr("Record ✗ %1 problems").replace("%1", problems))
        else:
            when = self.formats.moment(state.full_check.checked_at, seconds=False)
            self.record_label.setText(self.tr("Record ✓ checked in full %1").replace("%1", when))
        since = self.tr("The %1 entries added since the last full check were checked now.")
        said = [since.replace("%1", str(state.entries_since))] if check.ok else []
        self.record_label.setToolTip("\n".join([*said, *(f.describe() for f in check.failures)]))

    def _show_facts(self, facts: CallFacts) -> None:
        if self.call is None or facts.debtor.id != self.call.debtor.id:
            return
        self.facts = facts
        self.facts_panel.show_facts(facts)
        self._update_title()
        self._tick()
        debtor_id = facts.debtor.id
        self.worker.start(call(Desk.record_state, debtor_id), self._show_record, self._fail)
        if self.bank:
            self.prompts.set_bank(self.bank.filled(self._prompt_values()))

    def _prompt_values(self) -> dict[str, str]:
        if self.facts is None:
            return {}
        money = self.formats.money
        values = {"balance": money(self.facts.statement.balance_minor, self.facts.currency)}
        if self.facts.open_invoices:
            values["invoice"] = max(self.facts.open_invoices, key=lambda i: i.days_overdue).number
        broken = [p for p in self.facts.promises if p.state.value == "broken"]
        if broken:
            values["promise"] = money(broken[0].amount_minor, self.facts.currency)
        return values

    def _load_prompts(self, language: str) -> None:
        self.worker.start(call(Desk.prompts, language), self._show_bank, self._fail)

    def _show_bank(self, bank: PromptBank) -> None:
        self.bank = bank
        self.notes.reminder.setText(bank.reminder)
        self.prompts.set_bank(bank.filled(self._prompt_values()))

    def _update_title(self) -> None:
        if self.call is None:
            return
        person = self.call.person
        parts = [html.escape(self.call.debtor.name)]
        if person:
            role = f" ({html.escape(person.role)})" if person.role else ""
            parts.append(html.escape(person.name) + role)
        number = self.call.interaction.address_used
        if number:
            parts.append(
                f'<a href="tel:{html.escape(number, quote=True)}">{html.escape(display_phone(number))}</a>'
            )
        self.title.setText(" · ".join(parts))
        self.title.setToolTip(self.tr("Click the number to hand it to your phone app"))
        self.cover.show_whom(person.name if person else None, self.call.debtor.name)

    def _open_link(self, url: str) -> None:
        """Hand the number to the phone application; with none, copy it and say so."""
        if QDesktopServices.openUrl(QUrl(url)):
            return
        number = QUrl(url).path()
        QGuiApplication.clipboard().setText(number)
        self.show_notice(
            self.tr("No phone application: number copied (%1)").replace("%1", display_phone(number))
        )

    def show_notice(self, text: str) -> None:
        """A short-lived word beside the number, where the eyes are."""
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start()

    # --- someone else answers -------------------------------------------------------------------------
    def set_third_party(self, on: bool) -> None:
        """Someone else answered (on): hide the facts, offer neutral questions and note it in the record,
        with the name typed on the note line if any; off: the debtor is on the line, facts back."""
        if self.call is None or on == self.third_party or self._ending is not None:
            self.third_party_button.setChecked(self.third_party)
            return
        self._show_third_party(on)
        if on:
            self._note_third_party()
        self.focus_input()

    def _show_third_party(self, on: bool) -> None:
        self.third_party = on
        self.third_party_button.setChecked(on)
        self.left.setCurrentWidget(self.cover if on else self.facts_panel)
        self.prompts.set_third_party(on)

    def _note_third_party(self) -> None:
        """A line of the record: a third party answered, with who it was when it is typed on the line."""
        name = self.notes.input.text().strip()
        text = self.tr("Third party answered: %1").replace("%1", name) if name else ""
        if text and len(text) <= MAX_LINE_CHARS:  # the typed name is part of the line: taken from the input
            self.notes.input.blockSignals(True)
            self.notes.input.clear()
            self.notes.input.blockSignals(False)  # the saved typing is cleared with the line's batch
        else:
            text = self.tr("Third party answered")
        self.commit_line("third_party", text)

    def _tick(self) -> None:
        if self.call is None:
            return
        now = self.desk.clock.now()
        elapsed = max(0, int((now - self.call.interaction.started_at).total_seconds()))
        self.timer_label.setText(
            self.tr("● %1 in call").replace("%1", f"{elapsed // 60:02d}:{elapsed % 60:02d}")
        )
        theirs = their_time(now, self.call.debtor.time_zone, self.call.calling_hours)
        mark = self.tr("✓ usual hours") if theirs.within_hours else self.tr("⚠ outside usual hours")
        self.their_time.setText(
            self.tr("%1 their time %2").replace("%1", theirs.local.strftime("%H:%M")).replace("%2", mark)
        )

    # --- typing -------------------------------------------------------------------------------
    def _input_changed(self) -> None:
        self._pending_dirty = True
        self._debounce.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.save_pending()

    def save_pending(self) -> None:
        """Save what is being typed, if it changed since the last save (in order with the lines)."""
        self._debounce.stop()
        self._max_wait.stop()
        interaction_id = self.interaction_id
        if not self._pending_dirty or interaction_id is None or self._waiting or self._retry.isActive():
            return  # nothing new, or lines wait to be sent: their batch carries the typed text too
        text = self.notes.input.text()
        self._pending_dirty, self._pending_sent = False, True
        self.worker.start(
            call(Desk.save_pending_text, interaction_id, text), self._pending_saved, self._pending_not_saved
        )

    def _pending_saved(self, _result: None) -> None:
        self._pending_sent = False
        self._saved()

    def _pending_not_saved(self, exc: Exception) -> None:
        self._pending_sent = False
        self._pending_dirty = True  # sent again with the next try, as it is then
        self._not_saved(exc)

    def commit_line(self, kind: str, text: str) -> None:
        """Show the line at once, stamped with this moment, and save it in order; then clear the input."""
        interaction_id = self.interaction_id
        if interaction_id is None or not text.strip():
            return
        text = text.strip()
        if text == self.notes.input.text().strip():
            self.notes.input.blockSignals(True)
            self.notes.input.clear()
            self.notes.input.blockSignals(False)  # the saved typing is cleared with the line's batch
        self._commit(NoteLine(None, self.desk.clock.now(), kind, text))

    def commit_offer(self, step: NegotiationStep) -> None:
        """An offer or counter-offer made now: a line of the negotiation ledger, saved like any other."""
        if self.interaction_id is not None:
            self._commit(NoteLine(None, self.desk.clock.now(), "offer", "", step.to_data()))

    def accepted_offer(self) -> OfferTerms | None:
        """The last offer of this call that was accepted: the plan the end of the call starts from."""
        steps = []
        for line in self.notes.model.rows:
            if line.kind == "offer" and line.data:
                try:
                    steps.append(NegotiationStep.from_data(line.data))
                except (KeyError, TypeError, ValueError):
                    continue  # a line written by another version: shown, not used
        return accepted_offer(steps)

    def open_offers(self) -> None:
        """The offers calculator beside the call: each offer noted there becomes a line of the call."""
        current = self.call
        if current is None:
            return
        if self.offer_dialog is not None:
            self.offer_dialog.close()
            self.offer_dialog.deleteLater()  # replaced below: a closed child would stay with the workspace
        facts = self.facts
        debtor = current.debtor
        self.offer_dialog = OfferDialog(
            self.worker,
            self.formats,
            debtor.id,
            debtor.name,
            facts.currency if facts else debtor.currency,
            facts.statement.balance_minor if facts else 0,
            self.desk.today(),
            debtor.language,
            debtor.country,
            in_call=True,
            parent=self,
            disputed_minor=disputed_minor(facts.statement.positions, facts.disputes) if facts else 0,
        )
        self.offer_dialog.offerNoted.connect(self.commit_offer)
        self.offer_dialog.show()

    def _commit(self, shown: NoteLine) -> None:
        kind, text = shown.kind, shown.text
        self.notes.append_line(shown)
        self._waiting.append(shown)
        if self._problem is not None:  # saving fails for now: marked at once, sent with the next try
            self.notes.mark_unsaved(shown, True)
            self._show_problem()
        self._send_lines()
        if kind == "said" and self.bank:
            self.notes.start_wait(self.wait_seconds, self.bank.wait_cue)
        if kind == "question" and self.bank and invites_yes_or_no(text, self.bank.language):
            self.notes.show_hint(self.bank.closed_hint)

    def _send_lines(self) -> None:
        """Send the lines waiting, in the order they were typed, each with its own time, as one batch
        (all or none), with the text being typed now; the next batch goes when this one is back."""
        interaction_id = self.interaction_id
        if self._sending or not self._waiting or interaction_id is None or self._retry.isActive():
            return
        batch, self._waiting = self._waiting, []
        self._sending = batch
        self._debounce.stop()
        self._max_wait.stop()
        self._pending_dirty = False
        self.worker.start(
            call(Desk.save_lines, interaction_id, batch, self.notes.input.text()),
            partial(self._lines_saved, batch),
            partial(self._lines_not_saved, batch),
        )

    def _lines_saved(self, batch: list[NoteLine], saved: tuple[NoteLine, ...]) -> None:
        if batch is not self._sending:
            return  # a batch of a call no longer shown
        self._sending = []
        for shown, line in zip(batch, saved, strict=True):
            self.notes.mark_unsaved(shown, False)
            self.notes.replace_line(shown, line)
        self._saved()

    def _lines_not_saved(self, batch: list[NoteLine], exc: Exception) -> None:
        """Nothing typed is lost: the lines stay on screen, marked, ahead of any typed since, and are
        sent again in a few seconds."""
        if batch is not self._sending:
            return
        self._sending = []
        self._waiting = batch + self._waiting
        for shown in self._waiting:
            self.notes.mark_unsaved(shown, True)
        self._pending_dirty = True  # the typed text went with the batch
        self._not_saved(exc)

    def _saved(self) -> None:
        """A write came back saved: send what waits behind it, or end the call, or say all is saved."""
        if self._waiting:
            self._send_lines()
        elif not self._sending and not self._retry.isActive():
            self._settle()
            self._end_when_saved()

    def _not_saved(self, exc: Exception) -> None:
        """A write failed: say so (the window's own words for a disk that refuses) and try again later."""
        first = self._problem is None
        self._problem = exc
        self._show_problem()
        if not self._retry.isActive():
            self._retry.start(RETRY_MS)
        if first and not isinstance(exc, StorageError):
            self._fail(exc)  # not the disk: the window also reports what went wrong

    def _try_again(self) -> None:
        """The retry: the lines first, then the text being typed, then the end of the call."""
        if self._waiting:
            self._send_lines()
        elif self._pending_dirty:
            self.save_pending()
        elif self._ending is not None:
            self._end_when_saved()
        elif not self._sending and not self._pending_sent:
            self._settle()

    def _settle(self) -> None:
        """Everything is saved: the banner goes."""
        self._problem = None
        self.save_problem.hide()

    def _show_problem(self) -> None:
        exc = self._problem
        if exc is None:
            return
        reason = exc.reason if isinstance(exc, StorageError) else ""
        if reason == StorageError.FULL:
            text = self.tr(
                "The disk is full: your notes are kept here and will be saved as soon as there is space. "
                "Free some space on the disk; callnotes tries again every few seconds."
            )
        elif reason == StorageError.READ_ONLY:
            text = self.tr(
                "The data folder cannot be written (the disk or the folder is read-only): your notes are "
                "kept here and will be saved as soon as it can be written again. callnotes tries again "
                "every few seconds."
            )
        elif reason == StorageError.FAILING:
            text = self.tr(
                "The disk could not be written (an input/output error): your notes are kept here and "
                "will be saved as soon as it works again. callnotes tries again every few seconds."
            )
        else:
            text = self.tr(
                "Your notes could not be saved yet: they are kept here and callnotes tries again every "
                "few seconds."
            )
        unsaved = self.unsaved_lines()
        if unsaved:
            text += " " + self.tr("%n line(s) waiting to be saved.", "", unsaved)
        if self._ending is not None:
            text += " " + self.tr("The call ends as soon as they are saved.")
        self.save_problem.setText(text)
        self.save_problem.show()

    def unsaved_lines(self) -> int:
        """How many lines on screen are not saved yet."""
        return len(self._waiting) + len(self._sending)

    @property
    def saving_fails(self) -> bool:
        """Whether notes could not be saved and wait for the next try."""
        return self._problem is not None

    def ask_before_close(self) -> CloseChoice:
        """Closing the window during a call: end the call now, keep it open for later, or stay."""
        if self.call is None or self._ending is not None:  # no call, or its end is already on its way
            return CloseChoice.KEEP
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("A call is open"),
            self.tr("The call with %1 is still open. End it now, or keep it open for later?").replace(
                "%1", self.call.debtor.name
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Everything typed is saved either way. A call kept open is offered back the next time "
                "callnotes starts."
            )
        )
        end = box.addButton(self.tr("&End the call now"), QMessageBox.ButtonRole.AcceptRole)
        end.setObjectName("endCallNow")
        keep = box.addButton(self.tr("&Keep it open for later"), QMessageBox.ButtonRole.DestructiveRole)
        keep.setObjectName("keepCallOpen")
        box.setDefaultButton(end)
        box.exec()
        clicked = box.clickedButton()
        if clicked is end:
            return CloseChoice.END
        return CloseChoice.KEEP if clicked is keep else CloseChoice.CANCEL

    def save_before_close(self) -> None:
        """On close: send every line shown and not yet sent, and the text being typed, without waiting
        for the batch that is out (the desk writes in the order it is sent); the window then waits."""
        interaction_id = self.interaction_id
        if self._waiting and interaction_id is not None and self._problem is None:
            batch, self._waiting = self._waiting, []
            self._pending_dirty = False
            self.worker.start(
                call(Desk.save_lines, interaction_id, batch, self.notes.input.text()),
                lambda _saved: None,
                self._fail,
            )
        self.save_pending()

    def may_close(self) -> bool:
        """Whether the window may close: asked first when notes could not be saved (they would be lost)."""
        if self._problem is None or self.call is None:
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Notes not saved"),
            self.save_problem.text()
            + "\n\n"
            + self.tr("If callnotes closes now, what is not saved is lost. Close anyway?"),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    def edit_line(self, position: int) -> None:
        """Correct a draft line while the call is still open."""
        interaction_id = self.interaction_id
        current = next((r for r in self.notes.model.rows if r.position == position), None)
        if interaction_id is None or current is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Correct the line"), self.tr("Line:"), text=current.text
        )
        if not ok or not text.strip():
            return
        self.worker.start(
            call(Desk.edit_line, interaction_id, position, text.strip()),
            lambda saved: self.notes.replace_line(current, saved),
            self._fail,
        )

    def _insert_fact(self, sentence: str) -> None:
        self.notes.input.insert(sentence)
        self.focus_input()

    def _paste_refused(self, size: int) -> None:
        QMessageBox.warning(
            self,
            self.tr("Text too long to paste"),
            self.tr(
                "The text on the clipboard is too long to paste as notes (%1 characters). "
                "Paste a shorter part, or attach the document to the debtor instead."
            ).replace("%1", f"{size:,}"),
        )

    def _request_log(self) -> None:
        if self.call is not None:
            self.logRequested.emit(self.call.debtor.id)

    # --- ending -------------------------------------------------------------------------------
    def end_call(self) -> bool:
        """Ask for the outcome (and promise, plan, next action); lock everything into the record once
        every line is saved. Whether the end was accepted (and is on its way)."""
        current = self.call
        if current is None or self._ending is not None:
            return False
        if self._problem is not None:
            QMessageBox.warning(
                self,
                self.tr("Notes not saved yet"),
                self.tr(
                    "Some notes are not saved yet; callnotes tries again every few seconds. End the call "
                    "once they are saved."
                ),
            )
            return False
        self.save_pending()
        facts = self.facts
        currency = facts.currency if facts else current.debtor.currency
        balance = facts.statement.balance_minor if facts else 0
        if self.offer_dialog is not None:
            self.offer_dialog.close()
        disputable = tuple((i.number, i.open_minor) for i in facts.open_invoices) if facts else ()
        dialog = EndCallDialog(
            currency,
            self.formats.locale,
            balance,
            self.desk.today(),
            self,
            zone=self.formats.zone,
            debtor_language=current.debtor.language,
            debtor_country=current.debtor.country,
            offer=self.accepted_offer(),
            open_invoices=disputable,
            disputed_minor=disputed_minor(facts.statement.positions, facts.disputes) if facts else 0,
        )
        try:
            if not dialog.exec():
                self.focus_input()
                return False
            self._ending = dialog.ending()
        finally:
            dialog.deleteLater()  # one per call: kept as the workspace's child, every call's would stay
        self._set_ending(True)
        self._end_when_saved()
        return True

    def _end_when_saved(self) -> None:
        """Send the accepted end of the call, if every line and the typed text are saved."""
        interaction_id = self.interaction_id
        busy = self._waiting or self._sending or self._pending_sent or self._retry.isActive()
        if self._ending is None or interaction_id is None or busy:
            return  # sent when the last write comes back saved
        if self._pending_dirty:
            self.save_pending()
            return
        self.worker.start(call(Desk.end_call, interaction_id, self._ending), self._ended, self._not_ended)

    def _set_ending(self, ending: bool) -> None:
        """While the call is being locked nothing more can be typed into it."""
        self.end_button.setEnabled(not ending)
        self.third_party_button.setEnabled(not ending)
        self.notes.input.setReadOnly(ending)

    def _ended(self, debtor_id: int) -> None:
        interaction_id, agreed = self.interaction_id, self._agreed_something()
        if self.offer_dialog is not None:
            self.offer_dialog.close()
            self.offer_dialog.deleteLater()
            self.offer_dialog = None
        self._ending = None
        self._set_ending(False)
        self._settle()
        self._clock.stop()
        self.call = None
        self.notes.input.clear()
        if agreed and interaction_id is not None:
            self.summaryOffered.emit(debtor_id, interaction_id)
        self.finished.emit(debtor_id)

    def _agreed_something(self) -> bool:
        """The call ended with a promise or a plan, or a line was marked as agreed: worth a summary."""
        ending = self._ending
        if ending is not None and (ending.promise is not None or ending.plan is not None):
            return True
        return any(row.kind == "agreed" for row in self.notes.model.rows)

    def _not_ended(self, exc: Exception) -> None:
        if isinstance(exc, StorageError):  # the disk refused: kept, and ended with the next try
            self._not_saved(exc)
            return
        self._ending = None
        self._set_ending(False)
        self._fail(exc)

    def save_layout(self) -> None:
        self.ui_state.save_splitter("workspace", self.splitter)
        self.ui_state.save_splitter("workspace/right", self.right_splitter)

    def hideEvent(self, event: object) -> None:
        self.save_pending()
        super().hideEvent(event)  # type: ignore[arg-type]

    def _fail(self, exc: Exception) -> None:
        self.failed.emit(exc)
        self.focus_input()
