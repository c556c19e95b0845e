"""The generic profile's step: which column holds what, how dates and numbers are written."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from callnotes.services.imports.profiles import DATE_FORMATS, FIELDS, NUMBER_LOCALES, REQUIRED_FIELDS, fold
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import CountryBox
from callnotes.ui.labels import marked

CONTEXT = "MappingPage"
FIELD_NAMES = {
    "debtor_name": QT_TRANSLATE_NOOP("MappingPage", "Debtor's name"),
    "invoice_number": QT_TRANSLATE_NOOP("MappingPage", "Invoice number"),
    "issued_on": QT_TRANSLATE_NOOP("MappingPage", "Issue date"),
    "due_on": QT_TRANSLATE_NOOP("MappingPage", "Due date"),
    "tax_id": QT_TRANSLATE_NOOP("MappingPage", "Tax ID"),
    "email": QT_TRANSLATE_NOOP("MappingPage", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("MappingPage", "Phone"),
    "country": QT_TRANSLATE_NOOP("MappingPage", "Country"),
    "address": QT_TRANSLATE_NOOP("MappingPage", "Address"),
    "description": QT_TRANSLATE_NOOP("MappingPage", "Description"),
    "quantity": QT_TRANSLATE_NOOP("MappingPage", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("MappingPage", "Unit price"),
    "discount_percent": QT_TRANSLATE_NOOP("MappingPage", "Discount %"),
    "line_amount": QT_TRANSLATE_NOOP("MappingPage", "Line amount"),
    "tax_percent": QT_TRANSLATE_NOOP("MappingPage", "Tax rate %"),
    "tax_amount": QT_TRANSLATE_NOOP("MappingPage", "Tax amount"),
    "total": QT_TRANSLATE_NOOP("MappingPage", "Invoice total"),
    "currency": QT_TRANSLATE_NOOP("MappingPage", "Currency"),
    "amount_paid": QT_TRANSLATE_NOOP("MappingPage", "Amount paid"),
    "paid_on": QT_TRANSLATE_NOOP("MappingPage", "Payment date"),
}
# How each offered number style looks, so the user picks by sight, not by locale code.
NUMBER_EXAMPLES = {
    "es_ES": "1.234,56",
    "el_GR": "1.234,56",
    "en_US": "1,234.56",
    "en_GB": "1,234.56",
    "de_DE": "1.234,56",
    "fr_FR": "1 234,56",
}


class MappingPage(QWidget):
    """One drop-down of the file's columns per field (the needed ones marked), the date format, the
    number style and the country the file's debtors are in when it does not say."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header: tuple[str, ...] = ()
        intro = QLabel(
            self.tr(
                "Say which column holds what. Fields marked * are needed; the others may stay empty. "
                "callnotes remembers this for files with the same columns."
            ),
            self,
        )
        intro.setWordWrap(True)
        inner = QWidget(self)
        form = QFormLayout(inner)
        self.columns: dict[str, QComboBox] = {}
        for name in FIELDS:
            box = QComboBox(inner)
            self.columns[name] = box
            caption = marked(CONTEXT, FIELD_NAMES[name]) + (" *" if name in REQUIRED_FIELDS else "")
            form.addRow(caption + ":", box)
        self.date_format = QComboBox(inner)
        for shape in DATE_FORMATS:
            self.date_format.addItem(shape, shape)
        self.number_locale = QComboBox(inner)
        for locale in NUMBER_LOCALES:
            if self.number_locale.findText(NUMBER_EXAMPLES[locale]) < 0:
                self.number_locale.addItem(NUMBER_EXAMPLES[locale], locale)
        self.country = CountryBox(formats, inner)
        form.addRow(self.tr("Dates written as:"), self.date_format)
        form.addRow(self.tr("Numbers written as:"), self.number_locale)
        form.addRow(self.tr("Debtors' country when the file does not say:"), self.country)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)

    def set_header(self, header: Sequence[str], mapping: Mapping[str, Any] | None) -> None:
        """Offer the file's columns, chosen as the remembered mapping says, else where a header reads
        like the field's own name."""
        self._header = tuple(header)
        given = dict((mapping or {}).get("columns", {}))
        for name, box in self.columns.items():
            box.clear()
            box.addItem("—", None)
            for column in header:
                box.addItem(column, column)
            wanted = given.get(name)
            if wanted is None:
                own = {fold(name), fold(marked(CONTEXT, FIELD_NAMES[name]))}
                wanted = next((c for c in header if fold(c) in own), None)
            box.setCurrentIndex(max(0, box.findData(wanted)) if wanted else 0)
        if mapping:
            self.date_format.setCurrentIndex(max(0, self.date_format.findData(mapping.get("date_format"))))
            self.number_locale.setCurrentIndex(
                max(0, self.number_locale.findData(mapping.get("number_locale")))
            )
            index = self.country.findData(mapping.get("country"))
            self.country.setCurrentIndex(max(0, index))

    def missing(self) -> list[str]:
        """The needed fields left without a column, by their names in the interface's language."""
        return [
            marked(CONTEXT, FIELD_NAMES[n]) for n in REQUIRED_FIELDS if self.columns[n].currentData() is None
        ]

    def mapping(self) -> dict[str, Any]:
        """The mapping as chosen (the form `--mapping FILE` takes)."""
        mapping: dict[str, Any] = {
            "columns": {n: box.currentData() for n, box in self.columns.items() if box.currentData()},
            "date_format": self.date_format.currentData(),
            "number_locale": self.number_locale.currentData(),
        }
        if self.country.code():
            mapping["country"] = self.country.code()
        return mapping
