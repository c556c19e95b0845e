"""Checks of values typed by the user: tax ids, phone numbers, languages, currencies, time zones."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from babel.core import UnknownLocaleError
from babel.numbers import get_currency_name
from stdnum.exceptions import ValidationError
from stdnum.util import get_cc_module

from callnotes.errors import InputError

LANGUAGES = ("es", "el", "en")

# The tax number a business is identified by, per country, where it differs from the VAT number.
_TAX_ID_MODULES = {"ES": "nif", "GR": "vat", "US": "ein"}


def tax_id(value: str | None, country: str | None) -> str | None:
    """The compact tax id, validated with python-stdnum when the country has a known format."""
    if not value or not value.strip():
        return None
    if not country:
        return value.strip()
    module = get_cc_module(country.lower(), _TAX_ID_MODULES.get(country.upper(), "vat"))
    if module is None:
        return value.strip()
    try:
        return str(module.validate(value))
    except ValidationError as exc:
        expected = (module.__doc__ or "the national tax number").splitlines()[0].strip().rstrip(".")
        reason = str(exc).rstrip(".")
        raise InputError(
            f"“{value}” is not a valid {country.upper()} tax id ({reason}). Expected: {expected}."
        ) from exc


def phone(value: str | None, country: str | None) -> str | None:
    """The number in E.164 form (+34912345678), or an InputError saying how to write it."""
    if not value or not value.strip():
        return None
    region = (country or "").upper() or None
    example = phonenumbers.example_number(region) if region else None
    hint = (
        phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if example
        else "+34 912 345 678"
    )
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as exc:
        raise InputError(f"“{value}” is not a phone number ({exc}). Write it like {hint}.") from exc
    if not phonenumbers.is_valid_number(number):
        raise InputError(f"“{value}” is not a number that can be dialled. Write it like {hint}.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def language(value: str) -> str:
    """One of the languages callnotes writes in."""
    if value not in LANGUAGES:
        raise InputError(f"Language “{value}” is not available; choose one of {', '.join(LANGUAGES)}.")
    return value


def currency(value: str) -> str:
    """An ISO 4217 code that Babel knows."""
    code = value.strip().upper()
    try:
        known = len(code) == 3 and get_currency_name(code, locale="en") != code
    except UnknownLocaleError:
        known = False
    if not known:
        raise InputError(f"Currency “{value}” is not an ISO 4217 code such as EUR or USD.")
    return code


def time_zone(value: str) -> str:
    """An IANA time zone name such as Europe/Madrid."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f"Time zone “{value}” is unknown; expected a name such as Europe/Madrid.") from exc
    return value


def display_phone(e164: str) -> str:
    """An E.164 number grouped for reading aloud: +34 912 34 56 78."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
