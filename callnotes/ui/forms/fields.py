"""Fields that read what is typed in the interface's format and say why when they cannot.

A date is typed in the interface's order (22/11/2026) and never changed behind the user's back:
31/02/2026 is refused, not turned into a day that exists. An amount is typed as the interface's
locale writes it (1.234,56 or 1,234.56).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

from babel import Locale
from babel.numbers import format_decimal
from PySide6.QtCore import QDate, QEvent, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from callnotes.domain.dates import DateFormatError, expected_day_format, parse_day
from callnotes.domain.money import (
    AmountFormatError,
    Money,
    format_amount,
    minor_digits,
    parse_amount,
    parse_number,
)
from callnotes.ui.formats import Formats
from callnotes.ui.forms.problems import said
from callnotes.ui.i18n import LANGUAGE_NAMES
from callnotes.ui.qdates import from_qdate, to_qdate

# Countries offered first: where callnotes's users and their customers mostly are.
FIRST_COUNTRIES = ("ES", "GR", "CY", "US")
CURRENCIES = (
    "EUR",
    "USD",
    "GBP",
    "CHF",
    "SEK",
    "DKK",
    "NOK",
    "PLN",
    "CZK",
    "HUF",
    "RON",
    "BGN",
    "MXN",
    "CAD",
)


class FieldError(ValueError):
    """What is typed in a field cannot be read; `str()` says why, in the interface's language."""


class DateField(QWidget):
    """A date typed in the interface's order, with a calendar to pick one from.

    `example` is the day shown as an example (placeholder and refusals): for a field that asks for a day
    to come, a day ahead (domain.dates.example_day_ahead), so the example is one the field would take.
    """

    edited = Signal()

    def __init__(
        self,
        formats: Formats,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        example: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._formats = formats
        self._optional = optional
        self._example = formats.day(example) if example else expected_day_format(formats.locale)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self._example)
        self.line.textEdited.connect(self.edited)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self.calendar_button.clicked.connect(self._pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line)

    def changeEvent(self, event: QEvent) -> None:
        """A disabled field shows no example: greyed out, an example day reads like a day given."""
        if event.type() == QEvent.Type.EnabledChange:
            self.line.setPlaceholderText(self._example if self.isEnabled() else "")
        super().changeEvent(event)

    def set_date(self, day: date | None) -> None:
        self.line.setText(self._formats.day(day) if day else "")

    def date(self) -> date | None:
        """The date typed; None when the field is optional and empty. Raises FieldError."""
        text = self.line.text().strip()
        if not text:
            if self._optional:
                return None
            raise FieldError(self.tr("Type a date like %1.").replace("%1", self._example))
        try:
            return parse_day(text, self._formats.locale)
        except DateFormatError as exc:
            if exc.impossible:
                message = self.tr("%1 is not a day of the calendar; type a date like %2.")
                raise FieldError(message.replace("%1", text).replace("%2", self._example)) from exc
            raise FieldError(self.tr("Type a date like %1.").replace("%1", self._example)) from exc

    def _pick(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        try:
            current = self.date()
        except FieldError:
            current = None
        if current is not None:
            calendar.setSelectedDate(to_qdate(current))

        def chosen(day: QDate) -> None:
            self.set_date(from_qdate(day))
            self.edited.emit()
            menu.close()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        menu.exec(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.line.setFocus()


class DateTimeField(QWidget):
    """A day typed in a DateField and beside it the time of day (hours and minutes, which cannot be
    typed out of range), for a moment on the user's wall clock."""

    edited = Signal()

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = DateField(formats, self)
        self.day.edited.connect(self.edited)
        self.time_of_day = QTimeEdit(self)
        self.time_of_day.setDisplayFormat("HH:mm")
        self.time_of_day.timeChanged.connect(self.edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.day, 1)
        layout.addWidget(self.time_of_day)
        self.setFocusProxy(self.day)

    def set_moment(self, local: datetime) -> None:
        """Show a moment as the wall clock said it."""
        self.day.set_date(local.date())
        self.time_of_day.setTime(QTime(local.hour, local.minute))

    def moment(self, zone: ZoneInfo) -> datetime:
        """The moment typed, read on the wall clock of `zone`, in UTC. Raises FieldError."""
        day = self.day.date()
        assert day is not None  # the day is not optional
        clock = self.time_of_day.time()
        return datetime(day.year, day.month, day.day, clock.hour(), clock.minute(), tzinfo=zone).astimezone(
            UTC
        )


class AmountField(QLineEdit):
    """An amount of one currency, typed as the interface's locale writes it."""

    def __init__(self, formats: Formats, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.set_currency(currency)

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self.setPlaceholderText(format_amount(Money(123456, currency), self._formats.locale))

    def set_minor(self, minor: int | None) -> None:
        self.setText(
            "" if minor is None else format_amount(Money(minor, self.currency), self._formats.locale)
        )

    def minor(self, *, optional: bool = False) -> int:
        """The amount in minor units (0 when optional and empty). Raises FieldError."""
        if optional and not self.text().strip():
            return 0
        try:
            return parse_amount(self.text(), self.currency, self._formats.locale).minor
        except AmountFormatError as exc:
            if exc.problem == "too_large":
                raise FieldError(said("too_large")) from exc
            if exc.problem == "decimals":
                message = self.tr("%1 has no more than %2 decimals; type an amount like %3.")
                digits = str(minor_digits(self.currency))
                raise FieldError(
                    message.replace("%1", self.currency).replace("%2", digits).replace("%3", exc.expected)
                ) from exc
            raise FieldError(self.tr("Type an amount like %1.").replace("%1", exc.expected)) from exc


class PercentField(QLineEdit):
    """A yearly rate in percent, typed as the interface's locale writes numbers (8 or 8,5)."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText(format_decimal(Decimal("8.5"), locale=formats.locale))

    def set_basis_points(self, basis_points: int) -> None:
        value = Decimal(basis_points) / 100
        self.setText(format_decimal(value, locale=self._formats.locale, decimal_quantization=False))

    def basis_points(self) -> int:
        """The rate in basis points (8 % is 800); 0 when empty. Raises FieldError."""
        text = self.text().strip().rstrip("%").strip()
        if not text:
            return 0
        try:  # the same strict reading as amounts: no exponents, NaN or Infinity, at most 30 characters
            points = parse_number(text, self._formats.locale) * 100
        except AmountFormatError as exc:
            raise FieldError(self.tr("Type a rate like %1.").replace("%1", self.placeholderText())) from exc
        if points != points.to_integral_value() or points < 0:
            raise FieldError(
                self.tr("Type a rate of at most two decimals, like %1.").replace("%1", self.placeholderText())
            )
        return int(points)


def text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    """A few lines of text (an address, notes) where Tab moves on to the next field, as elsewhere."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _fill(box: QComboBox, items: list[tuple[str, str]]) -> None:
    for text, code in items:
        box.addItem(text, code)


def _searchable(box: QComboBox) -> None:
    """Let the user type any part of an item's name to find it; nothing typed is added as an item."""
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = box.completer()
    assert completer is not None  # an editable combo box has one
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)


def select_code(box: QComboBox, code: str | None) -> None:
    """Show the item with this code (the first item when there is none)."""
    index = box.findData(code)
    box.setCurrentIndex(max(index, 0))


class CountryBox(QComboBox):
    """Countries by their names in the interface's language, the usual ones first; typing finds one."""

    def __init__(self, formats: Formats, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        names = Locale.parse(formats.locale).territories
        countries = sorted(
            ((str(name), code) for code, name in names.items() if len(code) == 2 and code.isalpha()),
            key=lambda item: item[0].casefold(),
        )
        if optional:
            self.addItem("—", None)
        _fill(self, [(str(names.get(code, code)), code) for code in FIRST_COUNTRIES])
        self.insertSeparator(self.count())
        _fill(self, [item for item in countries if item[1] not in FIRST_COUNTRIES])
        _searchable(self)

    def code(self) -> str | None:
        """The chosen country's ISO code; None for none, or for a name that is not in the list."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        data = self.itemData(index) if index >= 0 else None
        return str(data) if data else None

    def unknown(self) -> bool:
        """Whether what is typed names no country of the list."""
        return self.currentText().strip() not in ("", "—") and self.code() is None


class ZoneBox(QComboBox):
    """IANA time zones; typing any part of a name finds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItems(
            sorted(zone for zone in available_timezones() if "/" in zone and not zone.startswith("Etc/"))
        )
        self.addItem("UTC")
        _searchable(self)

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, zone: str) -> None:
        self.setCurrentText(zone)


class CurrencyBox(QComboBox):
    """The usual currencies; any other ISO code can be typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItems(CURRENCIES)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

    def code(self) -> str:
        return self.currentText().strip().upper()

    def set_code(self, code: str) -> None:
        self.setCurrentText(code)


class LanguageBox(QComboBox):
    """The languages callnotes writes letters and packets in, by their own names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _fill(self, [(name, code) for code, name in LANGUAGE_NAMES.items()])

    def code(self) -> str:
        return str(self.currentData())


class FileList(QWidget):
    """Files to keep with what is being entered (a signed contract, an invoice, a delivery note)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(64)
        add = QPushButton(self.tr("Attach files…"), self)
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(lambda: self.list.takeItem(self.list.currentRow()))
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def _add(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for name in names:
            self.list.addItem(name)

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).text()) for i in range(self.list.count())]
