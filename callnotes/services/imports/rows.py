"""Reading an export's rows into invoices: every value checked, every problem kept with its row and
column, lines of one invoice summed.

An invoice may span several rows (one per line item); its number identifies it within its debtor.
A line's amount is its line amount, or unit price × quantity less the discount, plus its tax (an
amount, or a rate on the line). When the file also gives the invoice's total, the lines must add up
to it with or without tax (some tools export prices with tax included) and the total is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from babel import Locale
from stdnum.eu import vat as eu_vat

from callnotes.domain.money import AmountFormatError, parse_number, to_minor
from callnotes.errors import InputError
from callnotes.services import validation
from callnotes.services.countries import country_defaults
from callnotes.services.imports.profiles import DATE_FORMATS, JOINED_FIELDS, REQUIRED_FIELDS, Profile, fold
from callnotes.services.imports.table import Table

T = TypeVar("T")
Key = tuple[str, ...]


@dataclass(frozen=True)
class ImportProblem:
    """Why a row cannot be imported: where (`row` as a spreadsheet counts, None for the whole file),
    the value found and what was expected, in English; `problem` and `values` let a window word it."""

    row: int | None
    column: str
    value: str
    expected: str
    problem: str = "format"
    values: Mapping[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True)
class FileDebtor:
    """A debtor as the file gives it (from the first row that names it)."""

    key: Key
    name: str
    row: int
    tax_id: str | None = None
    country: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str = ""
    currency: str | None = None


@dataclass(frozen=True)
class FileInvoice:
    """An invoice as the file gives it, its lines summed; `paid_minor` is what the file says was paid
    on it so far (on `paid_on`)."""

    debtor: Key
    number: str
    issued_on: date
    due_on: date | None
    currency: str
    amount_minor: int
    description: str
    rows: tuple[int, ...]
    paid_minor: int = 0
    paid_on: date | None = None


@dataclass(frozen=True)
class ReadFile:
    """What a file holds, read with a profile: its debtors and invoices, the problems of its rows, and
    the header each field was read from (to name the column of a later refusal)."""

    debtors: tuple[FileDebtor, ...]
    invoices: tuple[FileInvoice, ...]
    problems: tuple[ImportProblem, ...]
    unpaid_dates: tuple[FileInvoice, ...]  # a paid amount without the day it was paid
    headers: Mapping[str, str]
    cells: Mapping[int, Mapping[str, str]] = field(default_factory=dict)  # each row's text by field


def name_key(name: str) -> Key:
    """A debtor known by name only: the same name however it is cased or spaced."""
    return ("name", " ".join(name.casefold().split()))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country names in English, Spanish and Greek (and the codes themselves), folded, to their code."""
    names: dict[str, str] = {}
    for language in ("en", "es", "el"):
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(fold(name), code)
                names.setdefault(fold(code), code)
    return names


def _layout(profile: Profile, header: Sequence[str]) -> tuple[dict[str, list[int]], list[ImportProblem]]:
    """The column index(es) of each field in this header, and a problem for each needed one missing."""
    folded = [fold(h) for h in header]
    layout: dict[str, list[int]] = {}
    for name, aliases in profile.columns.items():
        if name in JOINED_FIELDS:
            found = [i for alias in aliases for i, h in enumerate(folded) if h == alias]
        else:
            found = next(([folded.index(a)] for a in aliases if a in folded), [])
        if found:
            layout[name] = found
    missing = [
        ImportProblem(
            1,
            name,
            "",
            f"a column for {name.replace('_', ' ')}"
            + (f" (headed {' or '.join(profile.columns[name])})" if profile.columns.get(name) else ""),
            "column_missing",
            {"field": name},
        )
        for name in REQUIRED_FIELDS
        if name not in layout
    ]
    if not {"unit_price", "line_amount", "total"} & layout.keys() and not missing:
        missing.append(
            ImportProblem(
                1,
                "total",
                "",
                "a column with the amount (unit price, line amount or total)",
                "column_missing",
                {"field": "total"},
            )
        )
    return layout, missing


class _Row:
    """One row's cells by field, read with the profile's formats. A value that cannot be read is kept
    as a problem and read as None, so that every problem of the row is found at once."""

    def __init__(
        self,
        number: int,
        cells: Sequence[str],
        layout: Mapping[str, list[int]],
        profile: Profile,
        headers: Mapping[str, str],
    ) -> None:
        self.number, self._cells, self._layout = number, cells, layout
        self._profile, self._headers = profile, headers
        self.problems: list[ImportProblem] = []

    def text(self, name: str) -> str:
        parts = [self._cells[i].strip() for i in self._layout.get(name, ()) if i < len(self._cells)]
        return ", ".join(p for p in parts if p)

    def fail(self, name: str, expected: str, problem: str = "format", **values: str | int) -> None:
        column = self._headers.get(name, name)
        self.problems.append(ImportProblem(self.number, column, self.text(name), expected, problem, values))

    def required(self, name: str) -> str | None:
        value = self.text(name)
        if not value:
            self.fail(name, "a value (it cannot be empty)", "required")
        return value or None

    def day(self, name: str) -> date | None:
        value = self.text(name)
        if not value:
            return None
        shape = self._profile.date_format
        try:
            day: date | None = datetime.strptime(value, DATE_FORMATS[shape]).date()
        except ValueError:
            day = None
        if day is None or day.year < 1900:
            expected = f"a date that exists, written {shape} with a four-digit year"
            self.fail(name, expected, "import_date", format=shape)
            return None
        return day

    def number_of(self, name: str) -> Decimal | None:
        value = self.text(name).strip("€$£ \u00a0")
        if not value:
            return None
        try:
            return parse_number(value, self._profile.number_locale)
        except AmountFormatError as exc:
            self.fail(name, f"a number written like {exc.expected}", "import_number", example=exc.expected)
            return None

    def checked(self, name: str, check: Callable[[str], T]) -> T | None:
        """A value the app's own validation reads (a country, a tax id, an e-mail, a currency)."""
        value = self.text(name)
        if not value:
            return None
        try:
            return check(value)
        except InputError as exc:
            self.fail(name, str(exc), exc.problem or "format", **exc.values)
            return None


def _country(value: str) -> str:
    code = _country_names().get(fold(value))
    if code is None:
        raise InputError(
            f"a country's name or its two-letter code (ES, GR, GB), not “{value}”",
            problem="country",
            values={"value": value},
        )
    return code


def _debtor(row: _Row, default_country: str | None) -> FileDebtor | None:
    name = row.required("debtor_name")
    country = row.checked("country", _country)
    raw_tax_id = row.text("tax_id")
    if country is None and raw_tax_id:  # a VAT number with its prefix says the country (EL094259216)
        guessed = eu_vat.guess_country(raw_tax_id)
        country = guessed[0].upper() if len(guessed) == 1 else None
    country = country or default_country
    country = "GR" if country == "EL" else country
    tax_id = row.checked("tax_id", lambda v: validation.tax_id(v, country))
    email = row.checked("email", validation.email)
    phone = row.checked("phone", lambda v: validation.phone(v, country))
    currency = row.checked("currency", validation.currency)
    if name is None:
        return None
    key: Key = ("tax", country or "", tax_id) if tax_id else name_key(name)
    return FileDebtor(key, name, row.number, tax_id, country, email, phone, row.text("address"), currency)


@dataclass(frozen=True)
class _Line:
    row: int
    debtor: FileDebtor
    number: str
    issued_on: date
    due_on: date | None
    description: str
    net: Decimal | None  # None when the row gives only the invoice's total
    gross: Decimal
    total: Decimal | None
    paid: Decimal | None
    paid_on: date | None


def _line(row: _Row, default_country: str | None) -> _Line | None:
    debtor = _debtor(row, default_country)
    number = row.required("invoice_number")
    issued_on = row.day("issued_on") if row.text("issued_on") else None
    if issued_on is None and not row.text("issued_on"):
        row.required("issued_on")
    due_on, paid_on = row.day("due_on"), row.day("paid_on")
    quantity, unit_price = row.number_of("quantity"), row.number_of("unit_price")
    discount, line_amount = row.number_of("discount_percent"), row.number_of("line_amount")
    tax_amount, tax_rate = row.number_of("tax_amount"), row.number_of("tax_percent")
    total, paid = row.number_of("total"), row.number_of("amount_paid")
    net = line_amount
    if net is None and unit_price is not None:
        net = unit_price * (quantity if quantity is not None else 1) * (100 - (discount or 0)) / 100
    if net is None and total is None and not row.problems:
        row.fail("total", "an amount: a unit price, a line amount or the invoice's total", "required")
    if row.problems or debtor is None or number is None or issued_on is None:
        return None
    tax = tax_amount if tax_amount is not None else (net or Decimal(0)) * (tax_rate or Decimal(0)) / 100
    gross = (net or Decimal(0)) + tax
    return _Line(
        row.number,
        debtor,
        number,
        issued_on,
        due_on,
        row.text("description"),
        net,
        gross,
        total,
        paid,
        paid_on,
    )


# What every line of one invoice must agree on, by the field it is read from.
_SAME_ON_EVERY_LINE = (
    ("issued_on", "issued_on"),
    ("due_on", "due_on"),
    ("total", "total"),
    ("amount_paid", "paid"),
    ("paid_on", "paid_on"),
)


def _invoice(
    debtor: FileDebtor,
    number: str,
    lines: Sequence[_Line],
    profile: Profile,
    default_currency: str,
    headers: Mapping[str, str],
) -> tuple[FileInvoice | None, list[ImportProblem]]:
    """One invoice from its lines, or the problems that keep it out."""
    first = lines[0]
    problems = [
        ImportProblem(
            line.row,
            headers.get(name, name),
            str(getattr(line, attribute) or ""),
            f"the same value as row {first.row} ({getattr(first, attribute) or 'empty'}) for invoice {number}",
            "import_inconsistent",
            {"row": first.row, "number": number},
        )
        for line in lines[1:]
        for name, attribute in _SAME_ON_EVERY_LINE
        if getattr(line, attribute) != getattr(first, attribute)
    ]
    if problems:
        return None, problems
    country = debtor.country
    currency = (
        debtor.currency
        or profile.currency
        or (country_defaults(country).currency if country else default_currency)
    )
    priced = [line for line in lines if line.net is not None]
    gross = sum((line.gross for line in priced), Decimal(0))
    net = sum((line.net or Decimal(0) for line in priced), Decimal(0))
    amount = gross if first.total is None else first.total
    if first.total is not None and priced:
        # Rounding in the tool may leave half a cent per line either way.
        slack = Decimal(len(priced)) * Decimal("0.005") + Decimal("0.000001")
        if abs(gross - first.total) > slack and abs(net - first.total) > slack:
            expected = f"the sum of the invoice's lines ({gross:.2f} with tax, {net:.2f} without)"
            problem = ImportProblem(
                first.row,
                headers.get("total", "total"),
                str(first.total),
                expected,
                "import_total",
                {"with_tax": f"{gross:.2f}", "without_tax": f"{net:.2f}"},
            )
            return None, [problem]
    minor = to_minor(amount, currency)
    column = headers.get("total") or headers.get("line_amount") or headers.get("unit_price", "total")
    try:
        validation.amount(minor, "amount", f"Invoice {number}")
    except InputError as exc:
        return None, [
            ImportProblem(
                first.row,
                column,
                str(amount),
                "an invoice total above zero and "
                "below a thousand billion (credit notes are recorded on their invoice)",
                exc.problem or "not_positive",
            )
        ]
    paid_minor = to_minor(first.paid, currency) if first.paid is not None else 0
    if paid_minor < 0:
        return None, [
            ImportProblem(
                first.row,
                headers.get("amount_paid", "amount_paid"),
                str(first.paid),
                "an amount paid of zero or more",
                "negative",
            )
        ]
    descriptions = dict.fromkeys(line.description for line in lines if line.description)
    return (
        FileInvoice(
            debtor.key,
            number,
            first.issued_on,
            first.due_on,
            currency,
            minor,
            "; ".join(descriptions)[:500],
            tuple(line.row for line in lines),
            paid_minor,
            first.paid_on,
        ),
        [],
    )


def read_rows(table: Table, profile: Profile, default_country: str | None, default_currency: str) -> ReadFile:
    """Every row of the table read with the profile; `default_country` and `default_currency` (the
    user's own) stand for what neither the file nor the profile says."""
    layout, problems = _layout(profile, table.header)
    headers = {name: table.header[indexes[0]] for name, indexes in layout.items()}
    if problems:
        return ReadFile((), (), tuple(problems), (), headers)
    debtors: dict[Key, FileDebtor] = {}
    groups: dict[tuple[Key, str], list[_Line]] = {}
    texts: dict[int, dict[str, str]] = {}
    for number, cells in table.rows:
        row = _Row(number, cells, layout, profile, headers)
        texts[number] = {name: row.text(name) for name in layout}
        line = _line(row, profile.country or default_country)
        problems.extend(row.problems)
        if line is not None:
            debtors.setdefault(line.debtor.key, line.debtor)
            groups.setdefault((line.debtor.key, line.number), []).append(line)
    invoices: list[FileInvoice] = []
    for (key, invoice_number), lines in groups.items():
        invoice, found = _invoice(debtors[key], invoice_number, lines, profile, default_currency, headers)
        problems.extend(found)
        if invoice is not None:
            invoices.append(invoice)
    undated = tuple(i for i in invoices if i.paid_minor and i.paid_on is None)
    problems.sort(key=lambda p: p.row or 0)
    return ReadFile(tuple(debtors.values()), tuple(invoices), tuple(problems), undated, headers, texts)
