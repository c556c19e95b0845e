"""Your business and your name: the welcome on a first start, and Settings afterwards.

The business is named on letters and packets; your name signs every entry you write. The country
suggests the currency, the language and the calling hours until you choose them yourself.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox, QWidget

from callnotes.domain.confirmations import MAX_REPLY_WAIT_DAYS
from callnotes.domain.contact_rules import CALLING_HOURS
from callnotes.services.backend import Call, call
from callnotes.services.countries import country_defaults
from callnotes.services.desk import Desk
from callnotes.services.plain import MAX_GAP_DAYS, CreditorInput
from callnotes.services.validation import phone_example
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import CountryBox, CurrencyBox, LanguageBox, select_code, text_box
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.forms.problems import said
from callnotes.ui.labels import marked
from callnotes.ui.worker import Worker

_HOURS = {
    "default": QT_TRANSLATE_NOOP("BusinessDialog", "Every day 08:00–21:00 (general)"),
    "GR": QT_TRANSLATE_NOOP("BusinessDialog", "Weekdays 09:00–20:00, one contact in 2 days (Greek rule)"),
    "ES": QT_TRANSLATE_NOOP("BusinessDialog", "Weekdays 09:00–21:00 (Spanish rule for commercial calls)"),
    "US": QT_TRANSLATE_NOOP("BusinessDialog", "Every day 08:00–21:00 (US Regulation F)"),
}


def hours_caption(code: str) -> str:
    """A calling-hours profile in words."""
    return marked("BusinessDialog", _HOURS[code])


class BusinessDialog(FormDialog):
    """The business's name, tax ID, address and contacts, who signs letters, your own name, and the
    defaults for new debtors."""

    exampleRequested = Signal()

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        current: CreditorInput | None,
        parent: QWidget | None = None,
        *,
        welcome: bool = False,
    ) -> None:
        title = self.tr("Welcome to callnotes") if welcome else self.tr("Settings: your business")
        super().__init__(worker, formats, title, parent)
        if welcome:
            self.set_intro(
                self.tr(
                    "Tell callnotes about your business: it is printed on letters and packets, and your "
                    "name signs every note you write. You can change all of it later in Settings."
                )
            )
        self.name = QLineEdit(self)
        self.tax_id = QLineEdit(self)
        self.country = CountryBox(formats, self)
        self.address = text_box(self, 3)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText("cobros@example.com")
        self.signer = QLineEdit(self)
        self.user_name = QLineEdit(self)
        self.user_name.setPlaceholderText(self.tr("e.g. Marta Ribera"))
        self.currency = CurrencyBox(self)
        self.language = LanguageBox(self)
        self.calling_hours = QComboBox(self)
        for code in CALLING_HOURS:
            self.calling_hours.addItem(hours_caption(code), code)
        self.contact_gap = QSpinBox(self)
        self.contact_gap.setRange(0, MAX_GAP_DAYS)
        self.contact_gap.setValue(CreditorInput("").contact_gap_days)
        self.contact_gap.setSuffix(self.tr(" days"))
        self.contact_gap.setToolTip(
            self.tr("Before a call or a visit, callnotes warns when the last conversation was more recent.")
        )
        self.reply_wait = QSpinBox(self)
        self.reply_wait.setRange(1, MAX_REPLY_WAIT_DAYS)
        self.reply_wait.setValue(CreditorInput("").reply_wait_days)
        self.reply_wait.setSuffix(self.tr(" days"))
        self.reply_wait.setToolTip(
            self.tr("A summary sent after a call and not confirmed by then is listed on the agenda.")
        )
        self.add_row(self.tr("Business name:"), self.name, "name")
        self.add_row(self.tr("Tax ID:"), self.tax_id, "tax_id")
        self.add_row(self.tr("Country:"), self.country, "country")
        self.add_row(self.tr("Address:"), self.address, "address")
        self.add_row(self.tr("Phone:"), self.phone, "phone")
        self.add_row(self.tr("E-mail:"), self.email, "email")
        self.add_row(self.tr("Who signs letters:"), self.signer, "contact_name")
        self.add_row(self.tr("Your name (signs your notes):"), self.user_name, "user_name")
        self.add_row(self.tr("Currency of new debtors:"), self.currency, "currency")
        self.add_row(self.tr("Language of new debtors:"), self.language, "language")
        self.add_row(self.tr("Calling hours:"), self.calling_hours, "calling_hours")
        self.add_row(self.tr("Days between conversations:"), self.contact_gap, "contact_gap_days")
        self.add_row(self.tr("Days to wait for a reply:"), self.reply_wait, "reply_wait_days")
        if welcome:
            example = QPushButton(self.tr("Load example data instead"), self)
            example.setAutoDefault(False)
            example.clicked.connect(self._example)
            self.buttons.addButton(example, self.buttons.ButtonRole.ResetRole)
        self._chosen: set[str] = (
            set()
        )  # defaults the user picked themselves: the country no longer moves them
        self.currency.activated.connect(lambda _i: self._chosen.add("currency"))
        self.language.activated.connect(lambda _i: self._chosen.add("language"))
        self.calling_hours.activated.connect(lambda _i: self._chosen.add("calling_hours"))
        self.country.currentIndexChanged.connect(self._country_changed)
        self._show(current)
        self.resize(560, self.sizeHint().height())

    def _show(self, current: CreditorInput | None) -> None:
        if current is None:
            self._country_changed()
            return
        self._chosen = {"currency", "language", "calling_hours"}
        self.name.setText(current.name)
        self.tax_id.setText(current.tax_id or "")
        select_code(self.country, current.country)
        self.address.setPlainText(current.address)
        self.phone.setText(current.phone or "")
        self.email.setText(current.email or "")
        self.signer.setText(current.contact_name)
        self.user_name.setText(current.user_name)
        self.currency.set_code(current.currency)
        select_code(self.language, current.language)
        select_code(self.calling_hours, current.calling_hours)
        self.contact_gap.setValue(current.contact_gap_days)
        self.reply_wait.setValue(current.reply_wait_days)

    def _country_changed(self) -> None:
        country = self.country.code()
        self.phone.setPlaceholderText(phone_example(country))
        suggested = country_defaults(country)
        if "currency" not in self._chosen:
            self.currency.set_code(suggested.currency)
        if "language" not in self._chosen:
            select_code(self.language, suggested.language)
        if "calling_hours" not in self._chosen:
            select_code(self.calling_hours, suggested.calling_hours)

    def _example(self) -> None:
        self.exampleRequested.emit()
        self.done(self.DialogCode.Rejected)

    def job(self) -> Call[None] | None:
        if self.country.unknown():
            self.refuse("country", said("country"))
            return None
        entered = CreditorInput(
            name=self.name.text(),
            tax_id=self.tax_id.text(),
            country=self.country.code(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            email=self.email.text(),
            contact_name=self.signer.text(),
            user_name=self.user_name.text(),
            currency=self.currency.code(),
            language=self.language.code(),
            calling_hours=str(self.calling_hours.currentData()),
            contact_gap_days=self.contact_gap.value(),
            reply_wait_days=self.reply_wait.value(),
        )
        return call(Desk.set_creditor, entered)
