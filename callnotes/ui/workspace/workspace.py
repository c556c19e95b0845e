"""The call workspace: header with timer and their local time, facts left, notes and prompts right.

Nothing typed is lost: each committed line is shown at once and saved in order by the worker, and
what is being typed is saved within a second (a short debounce with a maximum wait), on every focus
change and on close. The window never waits for the database: every read and write is a worker job.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.contact_rules import their_time
from callnotes.domain.questions import invites_yes_or_no
from callnotes.services.backend import DeskProcess, call
from callnotes.services.desk import Desk
from callnotes.services.facts import CallFacts
from callnotes.services.prompts import PromptBank
from callnotes.services.record import RecordCheck
from callnotes.services.validation import display_phone
from callnotes.services.views import NoteLine, OpenCall
from callnotes.ui.formats import Formats
from callnotes.ui.ui_state import UiState
from callnotes.ui.worker import Worker
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from callnotes.ui.workspace.facts_panel import FactsPanel
from callnotes.ui.workspace.note_pane import NotePane
from callnotes.ui.workspace.prompts_panel import PromptsPanel
from callnotes.ui.workspace.shortcuts_dialog import ShortcutsDialog

SAVE_DEBOUNCE_MS = 300
SAVE_MAX_WAIT_MS = 900
RETRY_MS = 5000  # a line that could not be saved is sent again after this


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
    logRequested = Signal(int)
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

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("callTimer")
        self.their_time = QLabel(self)
        self.record_label = QLabel(self)
        self.log_button = QPushButton(self.tr("Log contact…"), self)
        self.log_button.setToolTip(self.tr("Log an e-mail, letter, visit or message (Ctrl+Shift+L)"))
        self.log_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.log_button.clicked.connect(self._request_log)
        self.end_button = QPushButton(self.tr("End call (Ctrl+E)"), self)
        self.end_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.end_button.clicked.connect(self.end_call)

        self.facts_panel = FactsPanel(formats, self)
        self.notes = NotePane(formats, self)
        self.prompts = PromptsPanel(self)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.notes)
        right.addWidget(self.prompts)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.facts_panel)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([540, 820])
        self.right_splitter = right

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.log_button)
        status = QHBoxLayout()
        for widget in (self.timer_label, self.their_time, self.record_label):
            status.addWidget(widget)
            status.addSpacing(24)
        status.addStretch(1)
        status.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(header)
        layout.addLayout(status)
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
        self._retry = _timer(self, RETRY_MS, self._save_lines, single_shot=True)
        self._to_save: list[tuple[NoteLine, bool]] = []  # shown, not yet sent: (line, typed in the input)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        self._shortcuts()
        ui_state.restore_splitter("workspace", self.splitter)
        ui_state.restore_splitter("workspace/right", self.right_splitter)

    # --- keyboard -----------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        def add(keys: str | QKeySequence, slot: Callable[[], object]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        add("Ctrl+E", self.end_call)
        add("Ctrl+Left", lambda: self.prompts.move_stage(-1))
        add("Ctrl+Right", lambda: self.prompts.move_stage(1))
        add("Ctrl+F", lambda: self.prompts.filter.setFocus(Qt.FocusReason.ShortcutFocusReason))
        add("Esc", self.focus_input)
        add("F1", lambda: ShortcutsDialog(self).exec())
        add("Ctrl+Shift+L", self._request_log)
        for number in range(1, 10):
            add(f"Alt+{number}", partial(self.facts_panel.choose, number))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """1…9 on an empty input line ask question N of the current stage."""
        if watched is self.notes.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if plain and not self.notes.input.text() and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
                return self.prompts.choose(event.key() - Qt.Key.Key_0)
        return super().eventFilter(watched, event)

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
        """Show a call; `pending_text` (what was being typed in another window) wins over the saved one."""
        self.call = opened
        self.facts = None
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

    def _show_record(self, check: RecordCheck) -> None:
        if self.call is None or check.debtor_id != self.call.debtor.id:
            return
        report = check.report
        if not report.ok:
            self.record_label.setText(
                self.tr("Record ✗ broken at entry %1").replace("%1", str(report.bad_seq))
            )
        elif not check.ok:
            problems = str(len(check.failures))
            self.record_label.setText(self.tr("Record ✗ %1 problems").replace("%1", problems))
        else:
            self.record_label.setText(self.tr("Record ✓ verified"))
        self.record_label.setToolTip("\n".join(f.describe() for f in check.failures))

    def _show_facts(self, facts: CallFacts) -> None:
        if self.call is None or facts.debtor.id != self.call.debtor.id:
            return
        self.facts = facts
        self.facts_panel.show_facts(facts)
        self._update_title()
        self._tick()
        debtor_id = facts.debtor.id
        self.worker.start(call(Desk.check_record, debtor_id), self._show_record, self._fail)
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
        if not self._pending_dirty or interaction_id is None:
            return
        text = self.notes.input.text()
        self._pending_dirty = False
        self.worker.start(
            call(Desk.save_pending_text, interaction_id, text),
            lambda _: None,
            self._fail,
        )

    def commit_line(self, kind: str, text: str) -> None:
        """Show the line at once, stamped with this moment, and save it in order; then clear the input."""
        interaction_id = self.interaction_id
        if interaction_id is None or not text.strip():
            return
        text = text.strip()
        from_typing = text == self.notes.input.text().strip()
        if from_typing:
            self.notes.input.blockSignals(True)
            self.notes.input.clear()
            self.notes.input.blockSignals(False)
            self._pending_dirty = False
        shown = NoteLine(None, self.desk.clock.now(), kind, text)
        self.notes.append_line(shown)
        self._to_save.append((shown, from_typing))
        if not self._retry.isActive():  # while lines wait for a retry, new ones queue behind them
            self._save_lines()
        if kind == "said" and self.bank:
            self.notes.start_wait(self.wait_seconds, self.bank.wait_cue)
        if kind == "question" and self.bank and invites_yes_or_no(text, self.bank.language):
            self.notes.show_hint(self.bank.closed_hint)

    def _save_lines(self) -> None:
        """Send the lines waiting to be saved, in the order they were typed, each with its own time."""
        interaction_id = self.interaction_id
        waiting, self._to_save = self._to_save, []
        for shown, from_typing in waiting:
            job = call(
                Desk.add_line,
                interaction_id or 0,
                shown.kind,
                shown.text,
                shown.typed_at,
                from_typing=from_typing,
            )
            self.worker.start(
                job,
                partial(self._line_saved, shown),
                partial(self._line_not_saved, shown, from_typing),
            )

    def _line_saved(self, shown: NoteLine, saved: NoteLine) -> None:
        self.notes.mark_unsaved(shown, False)
        self.notes.replace_line(shown, saved)

    def _line_not_saved(self, shown: NoteLine, from_typing: bool, exc: Exception) -> None:
        """Nothing typed is lost: the line stays on screen, marked, and is sent again in a few seconds."""
        self.notes.mark_unsaved(shown, True)
        self._to_save.append((shown, from_typing))
        self._to_save.sort(key=lambda waiting: waiting[0].typed_at)
        if not self._retry.isActive():  # say it once, not once per line
            self._retry.start()
            self._fail(exc)

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
    def end_call(self) -> None:
        """Ask for the outcome (and promise, plan, next action); lock everything into the record."""
        current = self.call
        if current is None:
            return
        if self._to_save:
            QMessageBox.warning(
                self,
                self.tr("Lines not saved yet"),
                self.tr(
                    "%1 lines are not saved yet; callnotes tries again every few seconds. End the call once they are."
                ).replace("%1", str(len(self._to_save))),
            )
            return
        self.save_pending()
        facts = self.facts
        currency = facts.currency if facts else current.debtor.currency
        balance = facts.statement.balance_minor if facts else 0
        dialog = EndCallDialog(currency, self.formats.locale, balance, self.desk.today(), self)
        if not dialog.exec():
            self.focus_input()
            return
        ending, interaction_id = dialog.ending(), current.interaction.id
        self._set_ending(True)
        self.worker.start(call(Desk.end_call, interaction_id, ending), self._ended, self._not_ended)

    def _set_ending(self, ending: bool) -> None:
        """While the call is being locked nothing more can be typed into it."""
        self.end_button.setEnabled(not ending)
        self.notes.input.setReadOnly(ending)

    def _ended(self, debtor_id: int) -> None:
        self._set_ending(False)
        self._clock.stop()
        self.call = None
        self.notes.input.clear()
        self.finished.emit(debtor_id)

    def _not_ended(self, exc: Exception) -> None:
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
