"""The contact guard in the window: before a call or a visit, the reasons to wait, and going ahead only
with a reason, which the record keeps.

The warnings come from the desk (Desk.contact_warnings) through the worker; each is worded here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from callnotes.domain.contact_rules import ContactWarning, GuardOverride
from callnotes.services.backend import call
from callnotes.services.desk import Desk
from callnotes.ui.formats import Formats
from callnotes.ui.worker import Worker

Proceed = Callable[[GuardOverride | None], None]


class GuardDialog(QDialog):
    """Each warning in words; Cancel (Esc), or Go ahead (Enter) once a reason is typed."""

    def __init__(
        self, warnings: Sequence[ContactWarning], formats: Formats, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.warnings = tuple(warnings)
        self._formats = formats
        self.setWindowTitle(self.tr("Before you contact them"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("callnotes found reasons to wait:"), self)
        layout.addWidget(intro)
        self.lines: list[QLabel] = []
        for warning in self.warnings:
            line = QLabel("⚠ " + self.describe(warning), self)
            line.setTextFormat(Qt.TextFormat.PlainText)  # a dispute's reason is the user's text
            line.setWordWrap(True)
            layout.addWidget(line)
            self.lines.append(line)
        layout.addWidget(QLabel(self.tr("To go ahead anyway, say why (it is kept in the record):"), self))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. they asked me to call at this time"))
        layout.addWidget(self.reason)
        self.needs_reason = QLabel(self.tr("Type the reason to go ahead, or press Esc to cancel."), self)
        self.needs_reason.hide()
        layout.addWidget(self.needs_reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_ahead = self.buttons.addButton(self.tr("Go ahead"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_ahead.setEnabled(False)
        # Enter after typing the reason goes ahead: Go ahead is the default button, and while it is
        # disabled (no reason yet) Enter does nothing but say what is missing. Esc cancels.
        self.go_ahead.setDefault(True)
        self.reason.textChanged.connect(self._reason_changed)
        self.reason.returnPressed.connect(self._return_pressed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _reason_changed(self, text: str) -> None:
        self.go_ahead.setEnabled(bool(text.strip()))
        if text.strip():
            self.needs_reason.hide()

    def _return_pressed(self) -> None:
        if not self.reason.text().strip():
            self.needs_reason.show()

    def override(self) -> GuardOverride:
        """The reason typed, with the warnings it overrides."""
        return GuardOverride(self.reason.text().strip(), self.warnings)

    def accept(self) -> None:
        if self.reason.text().strip():  # never without a reason
            super().accept()

    def _day(self, iso: object) -> str:
        return self._formats.day(date.fromisoformat(str(iso)))

    def describe(self, warning: ContactWarning) -> str:
        """A warning in the interface's language, with its values."""
        v = warning.values
        if warning.code == "too_soon":
            days, gap = int(v["days"]), str(v["gap"])
            if days == 0:
                return self.tr("Last conversation earlier today (the interval is %1 days)").replace("%1", gap)
            if days == 1:
                return self.tr("Last conversation yesterday (the interval is %1 days)").replace("%1", gap)
            return (
                self.tr("Last conversation %1 days ago, on %2 (the interval is %3 days)")
                .replace("%1", str(days))
                .replace("%2", self._day(v["last"]))
                .replace("%3", gap)
            )
        if warning.code == "too_many_attempts":
            return (
                self.tr("Already %1 calls or visits in the last %2 days; more than %3 is presumed harassment")
                .replace("%1", str(v["attempts"]))
                .replace("%2", str(v["days"]))
                .replace("%3", str(v["limit"]))
            )
        if warning.code == "outside_hours":
            local = datetime.fromisoformat(str(v["local"]))
            hours = f"{v['opens']}–{v['closes']}"
            if v.get("weekdays_only"):
                weekday = QLocale(self._formats.locale).dayName(local.isoweekday())
                return (
                    self.tr("Their local time is %1 %2 (%3), outside %4 on weekdays")
                    .replace("%1", weekday)
                    .replace("%2", f"{local:%H:%M}")
                    .replace("%3", str(v["zone"]))
                    .replace("%4", hours)
                )
            return (
                self.tr("Their local time is %1 (%2), outside %3")
                .replace("%1", f"{local:%H:%M}")
                .replace("%2", str(v["zone"]))
                .replace("%3", hours)
            )
        if warning.code == "recent_attempt":
            return (
                self.tr("A call or visit was already made on %1; the rule allows one in %2 days")
                .replace("%1", self._day(v["last"]))
                .replace("%2", str(v["days"]))
            )
        if warning.code == "dispute_open":
            return (
                self.tr("A dispute raised on %1 is still open: %2")
                .replace("%1", self._day(v["since"]))
                .replace("%2", str(v.get("reason", "")))
            )
        return f"{warning.code}: {dict(v)}"  # a rule this window does not know yet


def guard_contact(
    parent: QWidget,
    worker: Worker,
    formats: Formats,
    debtor_id: int,
    kind: str,
    proceed: Proceed,
    *,
    number: str | None = None,
    at: datetime | None = None,
) -> None:
    """Ask the desk for the guard's warnings about a call or visit; with none, `proceed(None)`; else a
    GuardDialog, and `proceed(override)` only if the user goes ahead with a reason."""

    def checked(warnings: tuple[ContactWarning, ...]) -> None:
        if not warnings:
            proceed(None)
            return
        dialog = GuardDialog(warnings, formats, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: proceed(dialog.override()))
        dialog.open()

    worker.start(call(Desk.contact_warnings, debtor_id, kind, number, at), checked)
