"""The agenda page: who to contact today and why, most urgent first; the start screen once there is data.

One line a debtor: the most urgent reason says why, the others follow it ("also: …"), so a debtor with
a broken promise, a follow-up and a reminder due is one call, not three rows. Keys on the table: Enter
opens the debtor (its figures, ready for Ctrl+Enter to call), S snoozes the line to tomorrow, Shift+S
offers other days, D marks it done; each applies to every reason of the line, and Ctrl+Z undoes the last
one. The letters work on a Greek keyboard too (σ, δ). A line snoozed or done leaves the table at once,
the status bar says so; the desk keeps the marks, and the rows are loaded afresh whenever the data
changes. Below the table (or the words saying nobody is due), how many debtors are snoozed or done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from callnotes.domain.agenda import AgendaItem, Reason
from callnotes.services.backend import call
from callnotes.services.desk import Desk
from callnotes.ui.detail_tabs import table_view
from callnotes.ui.escalation_text import escalation_text, next_step_text
from callnotes.ui.formats import Formats
from callnotes.ui.labels import label
from callnotes.ui.table_model import ROW_ROLE, Column, RowsTableModel
from callnotes.ui.worker import Worker

if TYPE_CHECKING:
    from callnotes.services.agenda import AgendaView

CONTEXT = "Agenda"
SNOOZE_DAYS = (1, 3, 7, 14, 30)  # the choices of Shift+S; S alone is the first
DETAILS_COLUMN = 4
# More than a day's calls: the window shows the most urgent (and says how many more there are), so a
# large book never keeps the window's thread busy with rows nobody will reach today.
SHOWN_DEBTORS = 150
# The letters of the keys, as typed on a Latin or a Greek keyboard (the S and D keys give σ and δ there;
# ς is on the W key, so it is not S). Matched on the text, which Qt gives in the layout's own letters.
SNOOZE_LETTERS = frozenset({"s", "σ"})
DONE_LETTERS = frozenset({"d", "δ"})
IGNORED_MODIFIERS = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.GroupSwitchModifier


@dataclass(frozen=True)
class DebtorLine:
    """One debtor's rows of the agenda, the most urgent first: one line of the table."""

    items: tuple[AgendaItem, ...]

    @property
    def first(self) -> AgendaItem:
        return self.items[0]

    @property
    def debtor_id(self) -> int:
        return self.first.debtor_id


def by_debtor(rows: Iterable[AgendaItem]) -> list[DebtorLine]:
    """The rows grouped by debtor, in the order of each debtor's most urgent row (rows come sorted)."""
    grouped: dict[int, list[AgendaItem]] = {}
    for row in rows:
        grouped.setdefault(row.debtor_id, []).append(row)
    return [DebtorLine(tuple(items)) for items in grouped.values()]


class AgendaPage(QWidget):
    """The table of today's rows with its keys, and a way to the full list of debtors."""

    openRequested = Signal(int)  # a debtor's id: show it in the list of debtors
    currentChanged = Signal(int)  # the debtor of the row now current
    debtorsRequested = Signal()
    failed = Signal(object)  # a snooze or done refused: the exception, for the window to show
    message = Signal(str)  # what a snooze, done or undo did, for the status bar

    def __init__(
        self, worker: Worker, formats: Formats, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._formats = formats
        self._today = today
        self.loaded = False  # the first rows arrived
        self._undoable: list[DebtorLine] = []  # the lines snoozed or done here, the last one last
        self._reselect: int | None = None  # the debtor to make current once the rows arrive (an undo)
        self.snoozed = self.done_count = 0  # debtors off the agenda today because of their marks
        self.further = 0  # debtors on the agenda beyond those shown
        self.stale = True  # the rows shown may be out of date: load them when the page is shown
        columns = [
            Column(QT_TRANSLATE_NOOP("Agenda", "Why"), lambda r: label(r.first.reason.value)),
            Column(
                QT_TRANSLATE_NOOP("Agenda", "Debtor"),
                lambda r: r.first.debtor_name,
                tooltip=lambda r: r.first.debtor_name,
            ),
            Column(
                QT_TRANSLATE_NOOP("Agenda", "Amount"),
                lambda r: formats.money(r.first.amount_minor, r.first.currency),
                None,
                True,
            ),
            Column(QT_TRANSLATE_NOOP("Agenda", "Date"), lambda r: formats.day(r.first.on)),
            Column(QT_TRANSLATE_NOOP("Agenda", "Details"), self.describe_line, tooltip=self.all_reasons),
            Column(
                QT_TRANSLATE_NOOP("Agenda", "Next step"),
                lambda r: next_step_text(r.first.next_step, formats),
                tooltip=lambda r: escalation_text(r.first.next_step, formats) if r.first.next_step else "",
            ),
            Column(QT_TRANSLATE_NOOP("Agenda", "Dispute"), self._dispute, tooltip=self._dispute_reasons),
        ]
        self.model = RowsTableModel(CONTEXT, columns, self)
        self.table = table_view(self.model, self)
        self.table.setObjectName("agendaTable")
        header = self.table.horizontalHeader()  # the details give way (elided, whole in the tooltip)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DETAILS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.title = QLabel(self.tr("Who to contact today"), self)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.hint = QLabel(
            self.tr("Enter: open the debtor · S: snooze to tomorrow · Shift+S: snooze longer · D: done"), self
        )
        self.empty = QLabel(
            self.tr("Nobody to contact today: no promise, instalment or follow-up is due."), self
        )
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.hidden_note = QLabel(self)
        self.hidden_note.setObjectName("agendaHidden")
        self.hidden_note.hide()
        self.to_debtors = QPushButton(self.tr("All debtors (Ctrl+2)"), self)
        self.to_debtors.clicked.connect(self.debtorsRequested)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.to_debtors)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hidden_note)
        layout.addStretch(0)  # takes the room when the table is hidden, so the words stay at the top
        self._layout = layout

        def action(text: str, keys: str, slot: Callable[[], object]) -> QAction:
            # The key is shown in the context menu and handled by `eventFilter`, not as a shortcut: a
            # shortcut would also fire for a key meant for another widget while the table has focus.
            made = QAction(
                f"{text}\t{QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)}", self
            )
            made.triggered.connect(slot)
            self.table.addAction(made)  # the table's context menu
            return made

        self.open_action = action(self.tr("&Open the debtor"), "Return", self.open_selected)
        self.snooze_action = action(self.tr("&Snooze until tomorrow"), "S", lambda: self.snooze(1))
        self.snooze_more_action = action(self.tr("Snooze &longer…"), "Shift+S", self.snooze_menu)
        self.done_action = action(self.tr("Mark &done"), "D", self.done)
        self.undo_action = action(self.tr("&Undo the last snooze or done"), "Ctrl+Z", self.undo)
        self.undo_action.setEnabled(False)
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """S, Shift+S and D on the table (Enter is the table's own: it activates the row)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo):  # Qt falls back to Latin keys with Ctrl
                self.undo()
                return True
            modifiers = event.modifiers() & ~IGNORED_MODIFIERS
            letter = event.text().lower()
            snooze = event.key() == Qt.Key.Key_S or letter in SNOOZE_LETTERS
            if snooze and modifiers == Qt.KeyboardModifier.NoModifier:
                self.snooze(1)
                return True
            if snooze and modifiers == Qt.KeyboardModifier.ShiftModifier:
                self.snooze_menu()
                return True
            done = event.key() == Qt.Key.Key_D or letter in DONE_LETTERS
            if done and modifiers == Qt.KeyboardModifier.NoModifier:
                self.done()
                return True
        return super().eventFilter(watched, event)

    # --- the rows -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load today's rows (on the desk, never on this thread)."""
        self.stale = False
        self._worker.start(call(Desk.agenda_view, SHOWN_DEBTORS), self.show_view)

    def invalidate(self, now: bool) -> None:
        """The data changed: load the rows now (the page is shown), or when it is shown next. The agenda
        reads every debtor, so a change made on the list of debtors does not hold up its reads."""
        if now:
            self.refresh()
        else:
            self.stale = True

    def show_view(self, view: AgendaView) -> None:
        """Show the rows and say how many debtors are snoozed or done."""
        self.snoozed, self.done_count, self.further = view.snoozed, view.done, view.further
        self.show_rows(view.rows)

    def show_rows(self, rows: list[AgendaItem]) -> None:
        """Show the rows, one line a debtor, keeping the current line on the same debtor."""
        current = self.selected()
        wanted = self._reselect if self._reselect is not None else current.debtor_id if current else None
        self._reselect = None
        self.model.set_rows(by_debtor(rows))
        self.loaded = True
        self._show_state()
        position = self.model.position_of(lambda r: r.debtor_id == wanted) if wanted is not None else None
        self._select(position if position is not None else 0)

    def _show_state(self) -> None:
        """The table, or the words saying nobody is due at the top; and the debtors left off."""
        rows = bool(self.model.rowCount())
        self.empty.setVisible(not rows)
        self.table.setVisible(rows)
        self._layout.setStretch(self._layout.count() - 1, 0 if rows else 1)
        notes = []
        if self.snoozed or self.done_count:
            notes.append(
                self.tr("Not shown today: %1 snoozed, %2 marked done.")
                .replace("%1", str(self.snoozed))
                .replace("%2", str(self.done_count))
            )
        if self.further:
            notes.append(
                self.tr("%1 more debtors further down the list (callnotes agenda lists them all).").replace(
                    "%1", str(self.further)
                )
            )
        self.hidden_note.setText(" ".join(notes))
        self.hidden_note.setVisible(bool(notes))
        self.undo_action.setEnabled(bool(self._undoable))

    def _select(self, position: int) -> None:
        if self.model.rowCount():
            position = max(0, min(position, self.model.rowCount() - 1))
            self.table.setCurrentIndex(self.model.index(position, 0))
            self.table.selectRow(position)

    def selected(self) -> DebtorLine | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, DebtorLine) else None

    def _current_changed(self) -> None:
        row = self.selected()
        if row is not None:
            self.currentChanged.emit(row.debtor_id)

    def _remove(self, row: DebtorLine) -> None:
        """Take a row off the table at once, the next one becoming current."""
        position = self.model.position_of(lambda r: r is row) or 0
        self.model.set_rows([r for r in self.model.rows if r is not row])
        self._undoable.append(row)
        self._show_state()
        self._select(position)

    # --- the keys -----------------------------------------------------------------------------------
    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.openRequested.emit(row.debtor_id)

    def snooze(self, days: int) -> None:
        """Hide the current row until `days` from today."""
        row = self.selected()
        if row is None:
            return
        self.snoozed += 1
        self._remove(row)
        until = self._today() + timedelta(days=days)
        for item in row.items:
            self._worker.start(
                call(Desk.snooze_agenda, item.debtor_id, item.reason.value, until),
                lambda _: None,
                self._failed,
            )
        self.message.emit(
            self.tr("%1 snoozed until %2 · Ctrl+Z to undo")
            .replace("%1", row.first.debtor_name)
            .replace("%2", self._formats.day(until))
        )

    def snooze_menu(self) -> QMenu | None:
        """Offer other days to snooze the current row to, beside it."""
        if self.selected() is None:
            return None
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for days in SNOOZE_DAYS:
            text = self.tr("Until tomorrow") if days == 1 else self.tr("For %1 days").replace("%1", str(days))
            menu.addAction(text).triggered.connect(lambda _checked=False, d=days: self.snooze(d))
        rect = self.table.visualRect(self.table.currentIndex())
        menu.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))
        return menu

    def done(self) -> None:
        """Mark the current row done: it stays away until its reason arises anew."""
        row = self.selected()
        if row is None:
            return
        self.done_count += 1
        self._remove(row)
        for item in row.items:
            self._worker.start(
                call(Desk.done_agenda, item.debtor_id, item.reason.value), lambda _: None, self._failed
            )
        self.message.emit(self.tr("%1 marked done · Ctrl+Z to undo").replace("%1", row.first.debtor_name))

    def undo(self) -> None:
        """Undo the last snooze or done made here: the line comes back (after the marks are taken off)."""
        if not self._undoable:
            return
        row = self._undoable.pop()
        self.undo_action.setEnabled(bool(self._undoable))
        reasons = tuple(item.reason.value for item in row.items)

        def undone(_: None) -> None:
            self._reselect = row.debtor_id
            self.refresh()
            self.message.emit(self.tr("%1 is back on the agenda.").replace("%1", row.first.debtor_name))

        self._worker.start(call(Desk.undo_agenda, row.debtor_id, reasons), undone, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.refresh()  # the row comes back as it is
        self.failed.emit(exc)

    # --- words --------------------------------------------------------------------------------------
    def describe_line(self, line: DebtorLine) -> str:
        """The most urgent reason in words, and the debtor's other reasons named after it."""
        text = self.describe(line.first)
        others = [label(item.reason.value) for item in line.items[1:]]
        if not others:
            return text
        return self.tr("%1 (also: %2)").replace("%1", text).replace("%2", ", ".join(others))

    def all_reasons(self, line: DebtorLine) -> str:
        """Every reason of the line in words, one a line (its tooltip)."""
        return "\n".join(self.describe(item) for item in line.items)

    def describe(self, row: AgendaItem) -> str:
        """Why the row is there, in the interface's language (the core's detail is English)."""
        money = self._formats.money
        amount = money(row.amount_minor, row.currency)
        day = self._formats.day(row.on)
        if row.reason is Reason.PROMISE_BROKEN:
            paid = row.promised_minor - row.amount_minor
            if paid:
                return (
                    self.tr("Promised %1 by %2; only %3 paid (part-kept).")
                    .replace("%1", money(row.promised_minor, row.currency))
                    .replace("%2", day)
                    .replace("%3", money(paid, row.currency))
                )
            return (
                self.tr("Promised %1 by %2; nothing was paid.")
                .replace("%1", money(row.promised_minor, row.currency))
                .replace("%2", day)
            )
        if row.reason is Reason.PROMISE_DUE:
            text = (
                self.tr("Promise of %1 due today.")
                if row.days == 0
                else self.tr("Promise of %1 due tomorrow.")
            )
            return text.replace("%1", money(row.promised_minor, row.currency))
        if row.reason is Reason.INSTALMENT_MISSED and row.instalments_missed == 1:
            return (
                self.tr("An instalment of the plan missed on %1: %2 unpaid.")
                .replace("%1", day)
                .replace("%2", amount)
            )
        if row.reason is Reason.INSTALMENT_MISSED:
            return (
                self.tr("%1 instalments of the plan missed since %2: %3 unpaid.")
                .replace("%1", str(row.instalments_missed))
                .replace("%2", day)
                .replace("%3", amount)
            )
        if row.reason is Reason.FOLLOW_UP_DUE:
            return self.tr("Follow-up date %1 reached.").replace("%1", day)
        if row.reason is Reason.SUMMARY_UNCONFIRMED:
            return self.tr("Summary of %1 not confirmed yet.").replace("%1", self._formats.short_day(row.on))
        if row.reason is Reason.NO_RECENT_CONTACT and not row.amount_minor:  # a dispute covers it all
            if row.last_conversation is None:
                return self.tr("No conversation yet; all that is overdue is disputed.")
            return self.tr("No conversation for %1 days; all that is overdue is disputed.").replace(
                "%1", str(row.days)
            )
        if row.reason is Reason.NO_RECENT_CONTACT:
            if row.last_conversation is None:
                return self.tr("No conversation yet; %1 overdue.").replace("%1", amount)
            return (
                self.tr("No conversation for %1 days; %2 overdue.")
                .replace("%1", str(row.days))
                .replace("%2", amount)
            )
        if row.last_reminder is None:
            return self.tr("No reminder sent yet; %1 overdue.").replace("%1", amount)
        return (
            self.tr("Last reminder sent on %1; %2 overdue.")
            .replace("%1", self._formats.day(row.last_reminder))
            .replace("%2", amount)
        )

    def _dispute(self, line: DebtorLine) -> str:
        return self.tr("open dispute") if line.first.disputes else ""

    def _dispute_reasons(self, line: DebtorLine) -> str:
        return "\n".join(f"{self._formats.day(d.opened_on)}: {d.reason}" for d in line.first.disputes)
