"""Add a debtor, or change a debtor's details (every change is recorded with its old value)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from callnotes.domain.account import DebtorProfile
from callnotes.domain.choices import DEBTOR_KINDS
from callnotes.services.backend import Call, call
from callnotes.services.countries import country_defaults, suggest_time_zone
from callnotes.services.desk import Desk
from callnotes.services.plain import PAYMENT_RATINGS, CreditorInput, DebtorInput
from callnotes.services.validation import phone_example
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import CountryBox, CurrencyBox, LanguageBox, ZoneBox, select_code, text_box
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.forms.problems import said
from callnotes.ui.labels import marked
from callnotes.ui.worker import Worker

_KINDS = {
    "business": QT_TRANSLATE_NOOP("DebtorDialog", "A business"),
    "person": QT_TRANSLATE_NOOP("DebtorDialog", "A private person"),
}
_RATINGS = {
    "unknown": QT_TRANSLATE_NOOP("DebtorDialog", "Not known yet"),
    "good": QT_TRANSLATE_NOOP("DebtorDialog", "Pays on time"),
    "fair": QT_TRANSLATE_NOOP("DebtorDialog", "Sometimes late"),
    "late": QT_TRANSLATE_NOOP("DebtorDialog", "Usually late"),
}


class DebtorDialog(FormDialog):
    """Name, kind, tax ID, country and what follows from it, address, main phone, e-mail and notes."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        business: CreditorInput | None,
        debtor: DebtorProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New debtor") if debtor is None else self.tr("Debtor details")
        super().__init__(worker, formats, title, parent)
        self._debtor = debtor
        self._business = business
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for code in DEBTOR_KINDS:
            self.kind.addItem(marked("DebtorDialog", _KINDS[code]), code)
        self.tax_id = QLineEdit(self)
        self.country = CountryBox(formats, self)
        self.language = LanguageBox(self)
        self.currency = CurrencyBox(self)
        self.time_zone = ZoneBox(self)
        self.address = text_box(self, 3)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.notes = text_box(self, 2)
        self.rating = QComboBox(self)
        for code in PAYMENT_RATINGS:
            self.rating.addItem(marked("DebtorDialog", _RATINGS[code]), code)
        select_code(self.rating, "unknown")
        self.statutory = QCheckBox(
            self.tr("Charge statutory late-payment interest and 40 € per late invoice"), self
        )
        self.statutory.setToolTip(
            self.tr(
                "For debts between businesses in the EU, in euros: the ECB reference rate plus 8 points "
                "a year, and a fixed 40 € for each invoice paid late."
            )
        )
        self.add_row(self.tr("Name:"), self.name, "name")
        self.add_row(self.tr("Kind:"), self.kind, "kind")
        self.add_row(self.tr("Tax ID:"), self.tax_id, "tax_id")
        self.add_row(self.tr("Country:"), self.country, "country")
        self.add_row(self.tr("Language of letters:"), self.language, "language")
        self.add_row(self.tr("Currency:"), self.currency, "currency")
        self.add_row(self.tr("Time zone:"), self.time_zone, "time_zone")
        self.add_row(self.tr("Address for letters:"), self.address, "address")
        self.add_row(self.tr("Main phone:"), self.phone, "phone")
        self.add_row(self.tr("E-mail:"), self.email, "email")
        self.add_row(self.tr("Notes:"), self.notes, "notes")
        self.add_row(self.tr("Pays:"), self.rating, "payment_rating")
        self.add_row(self.tr("Late payment:"), self.statutory, "statutory_interest")
        self._chosen: set[str] = set()  # what the user picked: the country and phone no longer move it
        self.language.activated.connect(lambda _i: self._chosen.add("language"))
        self.currency.activated.connect(lambda _i: self._chosen.add("currency"))
        self.time_zone.activated.connect(lambda _i: self._chosen.add("time_zone"))
        self.country.currentIndexChanged.connect(self._suggest)
        self.phone.editingFinished.connect(self._suggest)
        self._show()
        self.resize(580, self.sizeHint().height())

    def _show(self) -> None:
        debtor = self._debtor
        if debtor is None:
            country = self._business.country if self._business else None
            select_code(self.country, country)
            self._suggest()
            return
        self._chosen = {"language", "currency", "time_zone"}
        self.name.setText(debtor.name)
        select_code(self.kind, debtor.kind)
        self.tax_id.setText(debtor.tax_id or "")
        select_code(self.country, debtor.country)
        select_code(self.language, debtor.language)
        self.currency.set_code(debtor.currency)
        self.time_zone.set_zone(debtor.time_zone)
        self.address.setPlainText(debtor.address)
        self.phone.setText(debtor.phone or "")
        self.email.setText(debtor.email or "")
        self.notes.setPlainText(debtor.notes)
        select_code(self.rating, debtor.payment_rating)
        self.statutory.setChecked(debtor.statutory_interest)

    def _suggest(self) -> None:
        """Fill in what the country (and the main phone) suggest, where the user has not chosen."""
        country = self.country.code()
        self.phone.setPlaceholderText(phone_example(country))
        suggested = country_defaults(country)
        business = self._business
        if "language" not in self._chosen:
            select_code(self.language, suggested.language if country or not business else business.language)
        if "currency" not in self._chosen:
            self.currency.set_code(suggested.currency if country or not business else business.currency)
        if "time_zone" not in self._chosen:
            self.time_zone.set_zone(suggest_time_zone(country, self.phone.text()))

    def job(self) -> Call[int] | Call[None] | None:
        if self.country.unknown():
            self.refuse("country", said("country"))
            return None
        entered = DebtorInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            tax_id=self.tax_id.text(),
            country=self.country.code(),
            language=self.language.code(),
            currency=self.currency.code(),
            time_zone=self.time_zone.zone(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
            payment_rating=str(self.rating.currentData()),
            statutory_interest=self.statutory.isChecked(),
        )
        if self._debtor is None:
            return call(Desk.add_debtor, entered)
        return call(Desk.edit_debtor, self._debtor.id, entered)
