"""The call workspace: header with timer and their local time, facts left, notes and prompts right.

Nothing typed is lost: each committed line is written to the draft at once, and what is being typed
is saved within a second (a short debounce with a maximum wait), on every focus change and on close.
"""

from __future__ import annotations

import getpass
import html
from datetime import date, datetime
from zoneinfo import ZoneInfo

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

from callnotes.domain.money import Money, format_money
from callnotes.domain.questions import invites_yes_or_no
from callnotes.errors import CallnotesError
from callnotes.services import interactions as calls
from callnotes.services.debtors import get_debtor
from callnotes.services.facts import CallFacts, call_facts
from callnotes.services.prompts import PromptBank, load_prompts
from callnotes.services.validation import display_phone
from callnotes.store.access import Store
from callnotes.store.engine import transaction
from callnotes.store.models import Interaction, Person, utcnow
from callnotes.ui.ui_state import UiState
from callnotes.ui.worker import Worker
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from callnotes.ui.workspace.facts_panel import FactsPanel
from callnotes.ui.workspace.note_pane import NoteLine, NotePane
from callnotes.ui.workspace.prompts_panel import PromptsPanel
from callnotes.ui.workspace.shortcuts_dialog import ShortcutsDialog

SAVE_DEBOUNCE_MS = 300
SAVE_MAX_WAIT_MS = 900
USUAL_HOURS = range(9, 20)  # 09:00–19:59 on weekdays, the debtor's time


class CallWorkspace(QWidget):
    """One open call at a time; emits `finished(debtor_id)` when the call has ended and been saved."""

    finished = Signal(int)
    logRequested = Signal(int)

    def __init__(
        self, store: Store, ui_state: UiState, ui_locale: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ui_state, self.ui_locale = store, ui_state, ui_locale
        self.worker = Worker(self)
        self.interaction: Interaction | None = None
        self.person: Person | None = None
        self.facts: CallFacts | None = None
        self.bank: PromptBank | None = None
        self.wait_seconds = int(ui_state.value("workspace/wait_seconds", 3))
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

        self.facts_panel = FactsPanel(ui_locale, self)
        self.notes = NotePane(self)
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

        self._debounce = QTimer(self, singleShot=True, interval=SAVE_DEBOUNCE_MS, timeout=self.save_pending)
        self._max_wait = QTimer(self, singleShot=True, interval=SAVE_MAX_WAIT_MS, timeout=self.save_pending)
        self._clock = QTimer(self, interval=1000, timeout=self._tick)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        self._shortcuts()
        ui_state.restore_splitter("workspace", self.splitter)
        ui_state.restore_splitter("workspace/right", self.right_splitter)

    # --- keyboard -----------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        def add(keys: str | QKeySequence, slot: object) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)  # type: ignore[arg-type]

        add("Ctrl+E", self.end_call)
        add("Ctrl+Left", lambda: self.prompts.move_stage(-1))
        add("Ctrl+Right", lambda: self.prompts.move_stage(1))
        add("Ctrl+F", lambda: self.prompts.filter.setFocus(Qt.FocusReason.ShortcutFocusReason))
        add("Esc", self.focus_input)
        add("F1", lambda: ShortcutsDialog(self).exec())
        add("Ctrl+Shift+L", self._request_log)
        for number in range(1, 10):
            add(f"Alt+{number}", lambda n=number: self.facts_panel.choose(n))

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
    def open_call(self, interaction_id: int) -> None:
        """Show an open call (new or recovered after a crash) with every line and its time stamps."""
        with self.store.sessions() as session:
            interaction = calls.get_interaction(session, interaction_id)
            lines = calls.draft_lines(session, interaction_id)
            self.person = session.get(Person, interaction.person_id) if interaction.person_id else None
            debtor_language = get_debtor(session, interaction.debtor_id).language
        self.interaction = interaction
        self.notes.started_at = interaction.started_at
        self.notes.set_lines([NoteLine(x.position, x.written_at, x.kind, x.text) for x in lines])
        self.notes.input.blockSignals(True)
        self.notes.input.setText(interaction.pending_text)
        self.notes.input.blockSignals(False)
        self._pending_dirty = False
        self._load_prompts(debtor_language)
        self._update_title()
        self._tick()
        self._clock.start()
        self.reload_facts()
        self.focus_input()

    def reload_facts(self) -> None:
        if self.interaction is None:
            return
        sessions, debtor_id = self.store.sessions, self.interaction.debtor_id

        def work() -> CallFacts:
            with sessions() as session:
                return call_facts(session, debtor_id, date.today())

        self.worker.start(work, self._show_facts, self._fail)

    def _show_facts(self, facts: CallFacts) -> None:
        self.facts = facts
        self.facts_panel.show_facts(facts)
        self._update_title()
        report = facts.record.report
        self.record_label.setText(
            self.tr("Record ✓ verified")
            if report.ok
            else self.tr("Record ✗ broken at entry %1").replace("%1", str(report.bad_seq))
        )
        if self.bank:
            self.prompts.set_bank(self.bank.filled(self._prompt_values()))

    def _prompt_values(self) -> dict[str, str]:
        if self.facts is None:
            return {}
        values = {
            "balance": format_money(
                Money(self.facts.statement.balance_minor, self.facts.currency), self.facts.locale
            )
        }
        if self.facts.open_invoices:
            values["invoice"] = max(self.facts.open_invoices, key=lambda i: i.days_overdue).number
        broken = [p for p in self.facts.promises if p.state.value == "broken"]
        if broken:
            values["promise"] = format_money(
                Money(broken[0].amount_minor, self.facts.currency), self.facts.locale
            )
        return values

    def _load_prompts(self, language: str) -> None:
        self.bank = load_prompts(self.store.paths, language)
        self.notes.reminder.setText(self.bank.reminder)
        self.prompts.set_bank(self.bank.filled(self._prompt_values()))

    def _update_title(self) -> None:
        if self.interaction is None:
            return
        name = self.facts.debtor.name if self.facts else ""
        parts = [html.escape(name)]
        if self.person:
            role = f" ({html.escape(self.person.role)})" if self.person.role else ""
            parts.append(html.escape(self.person.name) + role)
        number = self.interaction.address_used
        if number:
            parts.append(
                f'<a href="tel:{html.escape(number, quote=True)}">{html.escape(display_phone(number))}</a>'
            )
        self.title.setText(" · ".join(parts))
        self.title.setToolTip(self.tr("Click the number to hand it to your phone app"))

    def _tick(self) -> None:
        if self.interaction is None:
            return
        elapsed = int((utcnow() - self.interaction.started_at).total_seconds())
        self.timer_label.setText(
            self.tr("● %1 in call").replace("%1", f"{elapsed // 60:02d}:{elapsed % 60:02d}")
        )
        if self.facts:
            zone = self.facts.debtor.time_zone
            local = datetime.now(ZoneInfo(zone))
            usual = local.weekday() < 5 and local.hour in USUAL_HOURS
            mark = self.tr("✓ usual hours") if usual else self.tr("⚠ outside usual hours")
            self.their_time.setText(
                self.tr("%1 their time %2").replace("%1", local.strftime("%H:%M")).replace("%2", mark)
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
        """Write what is being typed to the draft, if it changed since the last save."""
        self._debounce.stop()
        self._max_wait.stop()
        if not self._pending_dirty or self.interaction is None:
            return
        text = self.notes.input.text()
        try:
            with transaction(self.store.sessions) as session:
                calls.save_pending_text(session, self.interaction.id or 0, text)
        except CallnotesError as exc:
            self._fail(exc)
            return
        self._pending_dirty = False

    def commit_line(self, kind: str, text: str) -> None:
        """Write a line to the draft at once, stamped with this moment; then clear the input."""
        if self.interaction is None or not text.strip():
            return
        from_input = text.strip() == self.notes.input.text().strip()
        try:
            with transaction(self.store.sessions) as session:
                line = calls.add_line(session, self.interaction.id or 0, kind, text.strip())
                if from_input:
                    calls.save_pending_text(session, self.interaction.id or 0, "")
        except CallnotesError as exc:
            self._fail(exc)
            return
        if from_input:
            self.notes.input.blockSignals(True)
            self.notes.input.clear()
            self.notes.input.blockSignals(False)
            self._pending_dirty = False
        self.notes.append_line(NoteLine(line.position, line.written_at, line.kind, line.text))
        if kind == "said" and self.bank:
            self.notes.start_wait(self.wait_seconds, self.bank.wait_cue)
        if kind == "question" and self.bank and invites_yes_or_no(text, self.bank.language):
            self.notes.show_hint(self.bank.closed_hint)

    def edit_line(self, position: int) -> None:
        """Correct a draft line while the call is still open."""
        if self.interaction is None:
            return
        current = next((r for r in self.notes.model.rows if r.position == position), None)
        if current is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Correct the line"), self.tr("Line:"), text=current.text
        )
        if not ok or not text.strip():
            return
        try:
            with transaction(self.store.sessions) as session:
                line = calls.edit_line(session, self.interaction.id or 0, position, text.strip())
        except CallnotesError as exc:
            self._fail(exc)
            return
        self.notes.replace_line(NoteLine(line.position, line.written_at, line.kind, line.text))

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
        if self.interaction is not None:
            self.logRequested.emit(self.interaction.debtor_id)

    # --- ending -------------------------------------------------------------------------------
    def end_call(self) -> None:
        """Ask for the outcome (and promise, plan, next action); lock everything into the record."""
        if self.interaction is None:
            return
        self.save_pending()
        facts = self.facts
        currency = facts.currency if facts else "EUR"
        balance = facts.statement.balance_minor if facts else 0
        dialog = EndCallDialog(currency, self.ui_locale, balance, date.today(), self)
        if not dialog.exec():
            self.focus_input()
            return
        interaction_id, debtor_id = self.interaction.id or 0, self.interaction.debtor_id
        try:
            with transaction(self.store.sessions) as session:
                calls.end_interaction(
                    session,
                    interaction_id,
                    dialog.outcome_code,
                    summary=dialog.summary.text().strip(),
                    next_action_on=dialog.next_action_on,
                    promise=dialog.promise,
                    plan=dialog.plan,
                    author=getpass.getuser(),
                )
        except CallnotesError as exc:
            self._fail(exc)
            return
        self._clock.stop()
        self.interaction = None
        self.finished.emit(debtor_id)

    def save_layout(self) -> None:
        self.ui_state.save_splitter("workspace", self.splitter)
        self.ui_state.save_splitter("workspace/right", self.right_splitter)

    def hideEvent(self, event: object) -> None:
        self.save_pending()
        super().hideEvent(event)  # type: ignore[arg-type]

    def _fail(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("callnotes"), str(exc))
        self.focus_input()
