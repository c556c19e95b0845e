"""Checks of values typed by the user: tax ids, phone numbers, e-mail addresses, countries, languages,
currencies and time zones.

Each check names the field it was given, so a refusal can be shown beside that field.
"""

from __future__ import annotations

from datetime import date
from email.errors import HeaderParseError
from email.headerregistry import Address
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from babel import Locale
from babel.core import UnknownLocaleError
from babel.numbers import get_currency_name

from callnotes.domain.choices import LANGUAGES as LANGUAGES  # named here too
from callnotes.domain.dates import FIRST_DAY, LAST_DAY, in_range
from callnotes.domain.money import MAX_MINOR
from callnotes.errors import InputError

# The tax number a business is identified by, per country, where it differs from the VAT number.
_TAX_ID_MODULES = {"ES": "nif", "GR": "vat", "US": "ein"}
# python-stdnum's reasons, as short codes the window words in its own language.
_TAX_ID_REASONS: tuple[tuple[str, str], ...] = (  # (the name of a stdnum.exceptions class, its code)
    ("InvalidChecksum", "checksum"),
    ("InvalidLength", "length"),
    ("InvalidFormat", "format"),
    ("InvalidComponent", "component"),
)


# How much text each kind of field keeps, in characters. Far above what anyone types, and low enough
# that a pasted file or a runaway script cannot put megabytes into the record, a packet or a letter.
NAME_CHARS = 200  # a name, a role, an invoice number, a reference, a payment method
CONTACT_CHARS = 320  # a phone number or an e-mail address as typed (an address may be 254 long)
ADDRESS_CHARS = 1_000  # a postal address, the address or number a contact used
TEXT_CHARS = 10_000  # notes, terms, goods and services, a summary, a reason


def limited(value: str, limit: int, field: str, what: str) -> str:
    """`value` unchanged when it has at most `limit` characters; refused otherwise (`what` names it)."""
    if len(value) > limit:
        raise InputError(
            f"{what}: {len(value):,} characters is too long; callnotes keeps at most {limit:,}.",
            field=field,
            problem="too_long",
            values={"limit": limit, "length": len(value)},
        )
    return value


def optional_limited(value: str | None, limit: int, field: str, what: str) -> str | None:
    """The same for a field that may be left out (None)."""
    return None if value is None else limited(value, limit, field, what)


def day(value: date, field: str, what: str) -> date:
    """A day within the years callnotes keeps (1900 to 2199): 0001-01-01 or 9999-12-31 is a typing
    slip, and date arithmetic on it would fall off the calendar."""
    if not in_range(value):
        raise InputError(
            f"{what} ({value.isoformat()}) is outside the years callnotes keeps "
            f"({FIRST_DAY.year} to {LAST_DAY.year}).",
            field=field,
            problem="date_range",
            values={"value": value.isoformat(), "first": FIRST_DAY.year, "last": LAST_DAY.year},
        )
    return value


def optional_day(value: date | None, field: str, what: str) -> date | None:
    """The same for a day that may be left out (None)."""
    return None if value is None else day(value, field, what)


def required(value: str, field: str, what: str, limit: int = NAME_CHARS) -> str:
    """The text without surrounding spaces; refused when empty or longer than `limit` (`what` names it
    in the message)."""
    text = value.strip()
    if not text:
        raise InputError(f"{what} is needed.", field=field, problem="required")
    return limited(text, limit, field, what)


def amount(minor: int, field: str, what: str) -> int:
    """An amount in minor units above zero and within what callnotes keeps (`what` names it)."""
    if minor <= 0:
        raise InputError(f"{what} must be more than zero.", field=field, problem="not_positive")
    if minor > MAX_MINOR:
        raise InputError(f"{what} is larger than callnotes keeps.", field=field, problem="too_large")
    return minor


def not_after(day: date, today: date, field: str, what: str) -> date:
    """A day that has already come (an invoice issued, money received): never one in the future."""
    if day > today:
        raise InputError(
            f"{what} ({day.isoformat()}) is after today ({today.isoformat()}).",
            field=field,
            problem="future",
            values={"value": day.isoformat()},
        )
    return day


def country(value: str | None, field: str = "country") -> str | None:
    """An ISO 3166 two-letter country code (GR, ES, US), upper case; None when empty."""
    if not value or not value.strip():
        return None
    code = value.strip().upper()
    if len(code) != 2 or code not in Locale("en").territories:
        raise InputError(
            f"Country “{value}” is not a two-letter ISO code such as ES, GR or US.",
            field=field,
            problem="country",
            values={"value": value},
        )
    return code


def tax_id(value: str | None, country: str | None, field: str = "tax_id") -> str | None:
    """The compact tax id, validated with python-stdnum when the country has a known format."""
    if not value or not value.strip():
        return None
    if not country:
        return value.strip()
    # python-stdnum only when a tax id is checked: importing it loads ssl (for its online checks), some
    # 8 MB that the window, which imports this module to show phone numbers, would carry all day
    from stdnum import exceptions as stdnum_errors
    from stdnum.util import get_cc_module

    module = get_cc_module(country.lower(), _TAX_ID_MODULES.get(country.upper(), "vat"))
    if module is None:
        return value.strip()
    try:
        return str(module.validate(value))
    except stdnum_errors.ValidationError as exc:
        expected = (module.__doc__ or "the national tax number").splitlines()[0].strip().rstrip(".")
        reason = next(
            (code for kind, code in _TAX_ID_REASONS if isinstance(exc, getattr(stdnum_errors, kind))),
            "format",
        )
        raise InputError(
            f"“{value}” is not a valid {country.upper()} tax id ({str(exc).rstrip('.')}). "
            f"Expected: {expected}.",
            field=field,
            problem="tax_id",
            values={"value": value, "country": country.upper(), "reason": reason},
        ) from exc


def phone_example(country: str | None) -> str:
    """A number written as people write it in the country, to show how a number is typed."""
    region = (country or "").upper() or None
    example = phonenumbers.example_number(region) if region else None
    if example is None:
        return "+34 912 345 678"
    return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone(value: str | None, country: str | None, field: str = "phone") -> str | None:
    """The number in E.164 form (+34912345678), read in the country's national form or with +code."""
    if not value or not value.strip():
        return None
    hint = phone_example(country)

    def refused(why: str) -> InputError:
        return InputError(
            f"“{value}” is {why}. Write it like {hint}.",
            field=field,
            problem="phone",
            values={"value": str(value), "example": hint},
        )

    try:
        number = phonenumbers.parse(value, (country or "").upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise refused("not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise refused("not a number that can be dialled")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def email(value: str | None, field: str = "email") -> str | None:
    """An e-mail address (name@example.com), read with the standard library's parser; None when empty."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        address = Address(addr_spec=text)
        valid = bool(address.username) and "." in address.domain and address.addr_spec == text
    except (HeaderParseError, ValueError, IndexError):
        valid = False
    if not valid:
        raise InputError(
            f"“{value}” is not an e-mail address; expected something like ana@example.com.",
            field=field,
            problem="email",
            values={"value": value},
        )
    return text


def language(value: str, field: str = "language") -> str:
    """One of the languages callnotes writes in."""
    if value not in LANGUAGES:
        raise InputError(
            f"Language “{value}” is not available; choose one of {', '.join(LANGUAGES)}.",
            field=field,
            problem="language",
            values={"value": value},
        )
    return value


def currency(value: str, field: str = "currency") -> str:
    """An ISO 4217 code that Babel knows."""
    code = value.strip().upper()
    try:
        known = len(code) == 3 and get_currency_name(code, locale="en") != code
    except UnknownLocaleError:
        known = False
    if not known:
        raise InputError(
            f"Currency “{value}” is not an ISO 4217 code such as EUR or USD.",
            field=field,
            problem="currency",
            values={"value": value},
        )
    return code


def time_zone(value: str, field: str = "time_zone") -> str:
    """An IANA time zone name such as Europe/Madrid."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(
            f"Time zone “{value}” is unknown; expected a name such as Europe/Madrid.",
            field=field,
            problem="time_zone",
            values={"value": value},
        ) from exc
    return value


def display_phone(e164: str) -> str:
    """An E.164 number grouped for reading aloud: +34 912 34 56 78."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
