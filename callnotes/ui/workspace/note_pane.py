"""The note pane: a log of time-stamped lines, one input line, the wait cue and gentle hints."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.contact_rules import ContactWarning
from callnotes.domain.offers import NegotiationStep
from callnotes.export.entry_text import guard_override_text
from callnotes.export.offer_text import negotiation_step_text
from callnotes.services.plain import MAX_LINE_CHARS
from callnotes.services.views import NoteLine
from callnotes.ui.formats import Formats
from callnotes.ui.labels import label
from callnotes.ui.table_model import Column, RowsTableModel

CONTEXT = "NotePane"
KINDS = ("note", "question", "said", "agreed")  # Ctrl+1 … Ctrl+4
MAX_PASTE_LINES = 200


def _elapsed(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


class NoteInput(QLineEdit):
    """The input line. Pastes are checked first: multi-line text becomes several lines, huge text is refused."""

    pasteLines = Signal(list)
    pasteRefused = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(MAX_LINE_CHARS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            return
        super().keyPressEvent(event)

    def paste_clipboard(self) -> None:
        """Paste without freezing: refuse what is too long; split lines into separate notes."""
        text = QGuiApplication.clipboard().text()
        if len(text) > MAX_LINE_CHARS * 4:
            self.pasteRefused.emit(len(text))
            return
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) <= 1:
            self.insert(lines[0] if lines else "")
            return
        if len(lines) > MAX_PASTE_LINES or any(len(line) > MAX_LINE_CHARS for line in lines):
            self.pasteRefused.emit(len(text))
            return
        self.pasteLines.emit(lines)


class NotePane(QWidget):
    """Committed lines above, the input line below; commits are requested by kind."""

    commitRequested = Signal(str, str)
    editRequested = Signal(int)

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self.started_at: datetime | None = None
        self._unsaved: set[int] = set()  # ids of lines shown that could not be saved yet
        self.reminder = QLabel(self)
        self.reminder.setWordWrap(True)
        self.reminder.setTextFormat(Qt.TextFormat.PlainText)
        self.reminder.setObjectName("calmReminder")
        self.reminder.setStyleSheet("background: palette(alternate-base); padding: 6px; border-radius: 4px;")
        self.model = RowsTableModel(CONTEXT, self._columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)  # a long line is read whole in its row (and in its tooltip)
        self._size_columns()
        self._rewrap = QTimer(self)  # rows wrapped again once the note column stops changing width
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(100)
        self._rewrap.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(
            lambda column, _old, _new: self._rewrap.start() if column == 3 else None
        )
        self.table.doubleClicked.connect(self._edit_requested)

        self.wait_cue = QLabel(self)
        self.wait_cue.setObjectName("waitCue")
        self.wait_cue.setTextFormat(Qt.TextFormat.PlainText)  # the cue's words come from an editable file
        self.wait_cue.setStyleSheet("font-size: 13pt; padding: 4px; background: #fff3cd; color: #5c4400;")
        self.wait_cue.hide()
        self.hint = QLabel(self)
        self.hint.setObjectName("questionHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid); font-style: italic;")
        self.hint.hide()
        self._wait_left = 0
        self._wait_text = ""
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick_wait)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(12_000)
        self._hint_timer.timeout.connect(self.hint.hide)

        self.input = NoteInput(self)
        self.input.setPlaceholderText(self.tr("Type a line and press Enter · F1 shows every key"))
        self.input.returnPressed.connect(lambda: self.commit("note"))
        self.input.pasteLines.connect(self._commit_pasted)
        self.kind_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        captions = {
            "note": self.tr("&Note"),
            "question": self.tr("&Question"),
            "said": self.tr("&Debtor said"),
            "agreed": self.tr("A&greement"),
        }
        for number, kind in enumerate(KINDS, start=1):
            button = QPushButton(captions[kind], self)
            button.setToolTip(
                self.tr("Commit the line as %1 (Ctrl+%2)")
                .replace("%1", label(kind))
                .replace("%2", str(number))
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, k=kind: self.commit(k))
            self.kind_buttons[kind] = button
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reminder)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.wait_cue)
        layout.addWidget(self.hint)
        layout.addWidget(self.input)
        layout.addLayout(buttons)
        self.input.installEventFilter(self)

    def _size_columns(self) -> None:
        """Times and kinds have a known longest form: fixed widths from it, the note takes the rest.

        Sizing to contents would measure every line again each time one is added, and lines added
        one by one would be wrapped to widths that were still changing.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        samples = (["88:88:88"], ["8:88:88"], [label(kind) for kind in (*KINDS, "third_party")])
        for column, texts in enumerate(samples):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(text) for text in [*texts, title])
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, widest + 4 * metrics.averageCharWidth())
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _columns(self) -> list[Column]:
        def elapsed(line: NoteLine) -> str:
            return _elapsed((line.typed_at - self.started_at).total_seconds()) if self.started_at else ""

        return [
            Column(QT_TRANSLATE_NOOP("NotePane", "Time"), lambda n: self._formats.time(n.typed_at)),
            Column(QT_TRANSLATE_NOOP("NotePane", "In call"), elapsed, None, True),
            Column(
                QT_TRANSLATE_NOOP("NotePane", "Kind"),
                lambda n: ("⚠ " if id(n) in self._unsaved else "") + label(n.kind),
                tooltip=lambda n: (
                    self.tr("Not saved yet: callnotes will try again") if id(n) in self._unsaved else ""
                ),
            ),
            Column(QT_TRANSLATE_NOOP("NotePane", "Note"), self._text, tooltip=self._text),
        ]

    def _text(self, line: NoteLine) -> str:
        """A line's text; an offer's terms, or the warnings gone ahead despite, worded from its data, in
        the interface's language (as the record will say them)."""
        if line.kind == "guard_override" and line.data:
            try:
                warnings = [ContactWarning.from_json(w) for w in line.data["warnings"]]
            except (KeyError, TypeError, ValueError):
                return line.text
            return guard_override_text(self._formats.wording, warnings, line.text)
        if line.kind != "offer" or not line.data:
            return line.text
        try:
            step = NegotiationStep.from_data(line.data)
        except (KeyError, TypeError, ValueError):
            return line.text
        return " ".join(
            part for part in (negotiation_step_text(self._formats.wording, step), line.text) if part
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+1…4 commit the input as a kind of line."""
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                index = event.key() - Qt.Key.Key_1
                if 0 <= index < len(KINDS):
                    self.commit(KINDS[index])
                    return True
        return super().eventFilter(watched, event)

    def commit(self, kind: str) -> None:
        """Ask for the input to be committed as a line of this kind (empty input does nothing)."""
        text = self.input.text().strip()
        if text:
            self.commitRequested.emit(kind, text)

    def _commit_pasted(self, lines: list[str]) -> None:
        for line in lines:
            self.commitRequested.emit("note", line)

    def set_lines(self, lines: Sequence[NoteLine]) -> None:
        self.model.set_rows(lines)
        self.table.resizeRowsToContents()
        self.table.scrollToBottom()

    def append_line(self, line: NoteLine) -> None:
        self.model.append_row(line)
        self.table.resizeRowToContents(self.model.rowCount() - 1)
        self.table.scrollToBottom()

    def replace_line(self, old: NoteLine, new: NoteLine) -> None:
        """Show `new` in the place of `old` (a line once saved, or corrected)."""
        self.model.replace_row(old, new)
        row = self.model.position_of(lambda line: line is new)
        if row is not None and new.text != old.text:  # a corrected line may need more or fewer rows
            self.table.resizeRowToContents(row)

    def mark_unsaved(self, line: NoteLine, unsaved: bool) -> None:
        """Show (with ⚠ and words) or stop showing that a line could not be saved yet."""
        if (id(line) in self._unsaved) == unsaved:
            return
        if unsaved:
            self._unsaved.add(id(line))
        else:
            self._unsaved.discard(id(line))
        self.model.replace_row(line, line)  # shown again, with or without the mark

    def _edit_requested(self, index: QModelIndex) -> None:
        position = self.model.row_at(index.row()).position
        if position is not None:  # a line still being saved cannot be corrected yet
            self.editRequested.emit(position)

    def start_wait(self, seconds: int, text: str) -> None:
        """Show the wait-before-replying cue, counting down, where the eyes are."""
        if seconds <= 0:
            return
        self._wait_left, self._wait_text = seconds, text
        self._show_wait()
        self.wait_cue.show()
        self._wait_timer.start()

    def _show_wait(self) -> None:
        self.wait_cue.setText(f"◷ {self._wait_text}  {self._wait_left}")

    def _tick_wait(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_timer.stop()
            self.wait_cue.hide()
        else:
            self._show_wait()

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.show()
        self._hint_timer.start()
