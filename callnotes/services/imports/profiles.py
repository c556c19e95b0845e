"""Which column of an export holds what: the profiles of Xero, QuickBooks Online and Holded, and
the generic profile, whose columns the user maps (a mapping is kept per header, so the same export
is mapped once).

Headers are compared folded (no accents, case, spaces or marks such as Xero's "*"), so "*InvoiceNumber"
and "Num factura" match however the tool writes them this year.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from callnotes.errors import InputError

# What the importer reads, by the name a mapping uses. The first three are needed.
REQUIRED_FIELDS = ("debtor_name", "invoice_number", "issued_on")
FIELDS = (
    *REQUIRED_FIELDS,
    "due_on",
    "tax_id",
    "email",
    "phone",
    "country",
    "address",
    "description",
    "quantity",
    "unit_price",
    "discount_percent",
    "line_amount",
    "tax_percent",
    "tax_amount",
    "total",
    "currency",
    "amount_paid",
    "paid_on",
)
# Fields a profile may fill from several columns, joined in order (an address in parts).
JOINED_FIELDS = ("address",)
# The date formats offered, each with the strptime format that reads it (four-digit years only).
DATE_FORMATS = {
    "DD/MM/YYYY": "%d/%m/%Y",
    "MM/DD/YYYY": "%m/%d/%Y",
    "YYYY-MM-DD": "%Y-%m-%d",
    "DD.MM.YYYY": "%d.%m.%Y",
    "DD-MM-YYYY": "%d-%m-%Y",
}
# How numbers are written, by the locale that writes them so.
NUMBER_LOCALES = ("es_ES", "el_GR", "en_US", "en_GB", "de_DE", "fr_FR")
PROFILE_NAMES = ("xero", "quickbooks", "holded", "generic")
# The tools' own names, as people know them.
TOOL_NAMES = {"xero": "Xero", "quickbooks": "QuickBooks Online", "holded": "Holded"}


def fold(header: str) -> str:
    """A header as compared: letters and digits only, without accents, case-folded."""
    decomposed = unicodedata.normalize("NFKD", header)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", "", bare.casefold())


@dataclass(frozen=True)
class Profile:
    """How to read one tool's export: the headers each field may have (folded), the date format, the
    locale numbers are written in, and defaults for what the file does not say."""

    name: str
    columns: Mapping[str, tuple[str, ...]]
    date_format: str = "DD/MM/YYYY"
    number_locale: str = "en_GB"
    country: str | None = None
    currency: str | None = None
    # Headers that, all present, say a file is this tool's export.
    signature: tuple[str, ...] = field(default=())


def _aliases(**names: str | tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {
        key: tuple(fold(n) for n in ((value,) if isinstance(value, str) else value))
        for key, value in names.items()
    }


PROFILES: dict[str, Profile] = {
    "xero": Profile(
        "xero",
        _aliases(
            debtor_name="ContactName",
            email="EmailAddress",
            tax_id="TaxNumber",
            address=(
                "POAddressLine1",
                "POAddressLine2",
                "POAddressLine3",
                "POAddressLine4",
                "POCity",
                "PORegion",
                "POPostalCode",
            ),
            country="POCountry",
            invoice_number="InvoiceNumber",
            issued_on="InvoiceDate",
            due_on="DueDate",
            description="Description",
            quantity="Quantity",
            unit_price="UnitAmount",
            discount_percent="Discount",
            line_amount="LineAmount",
            tax_amount="TaxAmount",
            total="Total",
            currency="Currency",
            amount_paid=("InvoiceAmountPaid", "AmountPaid"),
            paid_on=("PaidDate", "PaymentDate"),
        ),
        date_format="DD/MM/YYYY",
        number_locale="en_GB",
        signature=(fold("ContactName"), fold("InvoiceNumber"), fold("InvoiceDate")),
    ),
    "quickbooks": Profile(
        "quickbooks",
        _aliases(
            debtor_name=("Customer", "CustomerName"),
            email=("CustomerEmail", "Email"),
            country=("BillingCountry", "Country"),
            address=("BillingAddress", "BillingStreet", "BillingCity", "BillingPostalCode"),
            invoice_number=("InvoiceNo", "Invoice No", "No.", "Num"),
            issued_on=("InvoiceDate", "Date"),
            due_on=("DueDate", "Due date"),
            description=("ItemDescription", "Item(Product/Service)", "Memo"),
            quantity="ItemQuantity",
            unit_price="ItemRate",
            line_amount="ItemAmount",
            tax_amount=("ItemTaxAmount", "TaxAmount"),
            total=("Amount", "Total"),
            currency=("Currency", "CurrencyCode"),
            amount_paid="AmountPaid",
            paid_on="PaymentDate",
        ),
        date_format="MM/DD/YYYY",
        number_locale="en_US",
        country="US",
        signature=(fold("InvoiceNo"), fold("Customer"), fold("InvoiceDate")),
    ),
    "holded": Profile(
        "holded",
        _aliases(
            debtor_name=("Nombre del contacto", "Contacto", "Cliente"),
            tax_id=("NIF", "NIF del contacto", "CIF"),
            email=("Email", "Email del contacto"),
            phone="Teléfono",
            address=("Dirección", "Código postal", "Población", "Provincia"),
            country="País",
            invoice_number=("Num factura", "Número", "Num"),
            issued_on=("Fecha", "Fecha dd/mm/yyyy"),
            due_on=("Fecha de vencimiento", "Fecha de vencimiento dd/mm/yyyy", "Vencimiento"),
            description=("Concepto", "Descripción del producto", "Descripción"),
            quantity="Unidades",
            unit_price=("Precio", "Precio unidad", "Subtotal"),
            discount_percent="Descuento %",
            tax_percent=("IVA", "IVA %"),
            total="Total",
            currency="Moneda",
            amount_paid="Cantidad cobrada",
            paid_on=("Fecha de cobro", "Fecha de cobro dd/mm/yyyy"),
        ),
        date_format="DD/MM/YYYY",
        number_locale="es_ES",
        country="ES",
        signature=(fold("Num factura"), fold("Nombre del contacto")),
    ),
}


def guess_profile(header: Sequence[str]) -> str | None:
    """The tool whose export this header is, or None when it is none of them (then map the columns)."""
    folded = {fold(h) for h in header}
    for name, profile in PROFILES.items():
        if all(column in folded for column in profile.signature):
            return name
    return None


# --- the user's own mapping ------------------------------------------------------------------------
def mapping_error(message: str, problem: str = "mapping", **values: str | int) -> InputError:
    """A mapping the importer cannot use."""
    return InputError(message, field="mapping", problem=problem, values=values)


def apply_mapping(profile: Profile, mapping: Mapping[str, Any]) -> Profile:
    """The profile with the user's choices: which column holds each field (`columns`, by header text),
    the date format, the number locale, the country and currency the file does not say."""
    unknown = sorted(set(mapping) - {"columns", "date_format", "number_locale", "country", "currency"})
    if unknown:
        raise mapping_error(f"The mapping has keys callnotes does not know: {', '.join(unknown)}.")
    columns = dict(profile.columns)
    given = mapping.get("columns", {})
    if not isinstance(given, dict):
        raise mapping_error("The mapping's “columns” must be an object of field: column header.")
    for name, header in given.items():
        if name not in FIELDS:
            raise mapping_error(
                f"“{name}” is not a field; expected one of {', '.join(FIELDS)}.", "mapping_field", value=name
            )
        headers = header if isinstance(header, list) else [header]
        if not headers or not all(isinstance(h, str) and h.strip() for h in headers):
            raise mapping_error(f"The column for “{name}” must be a header's text.")
        columns[name] = tuple(fold(h) for h in headers)
    date_format = str(mapping.get("date_format", profile.date_format))
    if date_format not in DATE_FORMATS:
        raise mapping_error(
            f"Date format “{date_format}” is not offered; choose one of {', '.join(DATE_FORMATS)}.",
            "mapping_date_format",
            value=date_format,
        )
    locale = str(mapping.get("number_locale", profile.number_locale))
    if locale not in NUMBER_LOCALES:
        raise mapping_error(
            f"Number locale “{locale}” is not offered; choose one of {', '.join(NUMBER_LOCALES)}.",
            "mapping_locale",
            value=locale,
        )
    return replace(
        profile,
        columns=columns,
        date_format=date_format,
        number_locale=locale,
        country=mapping.get("country") or profile.country,
        currency=mapping.get("currency") or profile.currency,
    )


def read_mapping(text: str) -> dict[str, Any]:
    """A mapping as saved in a JSON file."""
    try:
        mapping = json.loads(text)
    except ValueError as exc:
        raise mapping_error(f"The mapping file is not JSON ({exc}).") from exc
    if not isinstance(mapping, dict):
        raise mapping_error("The mapping file must hold one JSON object.")
    return mapping


def profile_for(name: str, mapping: Mapping[str, Any] | None = None) -> Profile:
    """The named profile with the user's mapping applied; the generic one needs a mapping."""
    if name not in PROFILE_NAMES:
        raise mapping_error(
            f"Profile “{name}” is unknown; choose one of {', '.join(PROFILE_NAMES)}.",
            "profile_unknown",
            value=name,
        )
    if name == "generic":
        if not mapping:
            raise mapping_error(
                "The generic profile needs a mapping of the file's columns (--mapping FILE, or map "
                "them once in the window's import wizard).",
                "mapping_needed",
            )
        return apply_mapping(Profile("generic", {}), mapping)
    return apply_mapping(PROFILES[name], mapping or {})
