"""Open questions by stage of the call, one key away (1…9 on an empty input line).

While someone else is on the line only the bank's neutral questions are offered, whatever the stage
or the filter: they never mention the debt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnotes.services.prompts import PromptBank
from callnotes.services.validation import LANGUAGES

LANGUAGE_NAMES = {"es": "Español", "el": "Ελληνικά", "en": "English"}


class PromptsPanel(QWidget):
    """The current stage's questions, numbered; a filter searches every stage."""

    questionChosen = Signal(str)
    languageChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank: PromptBank | None = None
        self.stage_index = 0
        self.third_party = False  # someone else answered: only the neutral questions
        self.stage_title = QLabel(self)
        self.stage_title.setTextFormat(Qt.TextFormat.PlainText)  # titles come from the editable question bank
        self.stage_title.setStyleSheet("font-weight: bold;")
        self.previous = QPushButton("◀", self)
        self.previous.setToolTip(self.tr("Previous stage (Ctrl+Left)"))
        self.next = QPushButton("▶", self)
        self.next.setToolTip(self.tr("Next stage (Ctrl+Right)"))
        for button in (self.previous, self.next):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedWidth(32)
        self.previous.clicked.connect(lambda: self.move_stage(-1))
        self.next.clicked.connect(lambda: self.move_stage(1))
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setToolTip(self.tr("Language of the questions"))
        self.language.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language.currentIndexChanged.connect(
            lambda: self.languageChanged.emit(self.language.currentData())
        )
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter questions (Ctrl+Shift+F), Enter inserts the first"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._refresh)
        self.filter.returnPressed.connect(self._insert_first)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()

        top = QHBoxLayout()
        top.addWidget(self.stage_title, 1)
        top.addWidget(self.language)
        top.addWidget(self.previous)
        top.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.filter)

    def set_bank(self, bank: PromptBank) -> None:
        self.bank = bank
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(bank.language)))
        self.language.blockSignals(False)
        self.problem.setText(bank.problem or "")
        self.problem.setVisible(bool(bank.problem))
        self.stage_index = min(self.stage_index, len(bank.stages) - 1)
        self._refresh()

    def start(self) -> None:
        """A new call: the first stage, no filter, the debtor's own questions."""
        self.stage_index = 0
        self.third_party = False
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self._refresh()

    def set_third_party(self, on: bool) -> None:
        """Offer only the neutral questions (someone else answered), or the stages again."""
        self.third_party = on
        for button in (self.previous, self.next):
            button.setEnabled(not on)
        self._refresh()

    def move_stage(self, step: int) -> None:
        if self.bank and not self.third_party:  # the stage is kept for when the debtor is on the line
            self.stage_index = (self.stage_index + step) % len(self.bank.stages)
            self._refresh()

    def visible_questions(self) -> list[str]:
        if not self.bank:
            return []
        needle = self.filter.text().strip().casefold()
        if self.third_party:
            neutral = self.bank.third_party.questions if self.bank.third_party else ()
            return [q for q in neutral if needle in q.casefold()]
        if needle:
            return [q for s in self.bank.stages for q in s.questions if needle in q.casefold()]
        return list(self.bank.stages[self.stage_index].questions)

    def _refresh(self) -> None:
        if not self.bank:
            return
        stage = self.bank.stages[self.stage_index]
        filtering = bool(self.filter.text().strip())
        if self.third_party:
            neutral = self.bank.third_party
            self.stage_title.setText(neutral.title if neutral else self.tr("Someone else answered"))
        else:
            title = self.tr("All stages") if filtering else stage.title
            self.stage_title.setText(f"{title}  ({self.stage_index + 1}/{len(self.bank.stages)})")
        self.list.clear()
        for number, question in enumerate(self.visible_questions(), start=1):
            item = QListWidgetItem(f"{number}  {question}" if number <= 9 else question)
            item.setData(Qt.ItemDataRole.UserRole, question)
            self.list.addItem(item)

    def choose(self, number: int) -> bool:
        """Insert question `number` (1-based) of the list; False when there is none."""
        questions = self.visible_questions()
        if 1 <= number <= len(questions):
            self.questionChosen.emit(questions[number - 1])
            return True
        return False

    def _activated(self, item: QListWidgetItem) -> None:
        self.questionChosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _insert_first(self) -> None:
        if self.choose(1):
            self.filter.clear()
