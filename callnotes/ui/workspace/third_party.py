"""What the facts panel gives way to while someone else is on the line: no amount, no invoice, no
word about the debt; only whom to ask for. A third party may be asked how and when to reach the
debtor, never told why (as the Spanish data-protection authority puts it for debt collection)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class ThirdPartyCover(QFrame):
    """Shown instead of the facts while someone else answers (Ctrl+T again brings the facts back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thirdPartyCover")
        self.setStyleSheet("#thirdPartyCover { background: palette(alternate-base); }")
        # Its words wrap: as narrow as the facts panel may be (a hidden page still sets the stack's minimum)
        self.setMinimumWidth(240)
        heading = QLabel(self.tr("Someone else is on the line"), self)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        heading.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "The amounts and invoices are hidden. Say nothing about the debt: ask only when and where "
                "the person you are calling can be reached, whom to ask for, and leave your name and "
                "number so they call back."
            ),
            self,
        )
        advice.setWordWrap(True)
        self.ask_for = QLabel(self)
        self.ask_for.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
        self.ask_for.setWordWrap(True)
        self.ask_for.setStyleSheet("font-size: 12pt;")
        back = QLabel(self.tr("Press Ctrl+T when the debtor is on the line: the facts come back."), self)
        back.setWordWrap(True)
        back.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        for widget in (heading, advice, self.ask_for, back):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_whom(self, person: str | None, debtor: str) -> None:
        """Whom to ask for: the person called, at the debtor."""
        whom = self.tr("%1 at %2").replace("%1", person).replace("%2", debtor) if person else debtor
        self.ask_for.setText(self.tr("Ask for: %1").replace("%1", whom))
