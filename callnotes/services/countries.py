"""What a country suggests for the fields that follow from it: currency, language, calling hours, time zone.

Suggestions only: the user can change each one. Babel knows the currencies and languages of a
territory; phonenumbers knows the time zone of a number, and of a country through its example number.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from zoneinfo import available_timezones

import phonenumbers
from babel.languages import get_official_languages
from babel.numbers import get_territory_currencies
from phonenumbers import timezone as number_zones

from callnotes.domain.contact_rules import calling_hours_for
from callnotes.services.validation import LANGUAGES

FALLBACK_ZONE = "UTC"


@dataclass(frozen=True)
class CountryDefaults:
    """What a business or a debtor in a country most likely uses."""

    currency: str
    language: str
    calling_hours: str
    time_zone: str


def country_defaults(country: str | None) -> CountryDefaults:
    """The currency, the language callnotes writes in, the calling hours and the main time zone of a
    country (EUR, English, the strictest hours and UTC when it is not known)."""
    code = (country or "").upper()
    currencies = get_territory_currencies(code, tender=True) if code else []
    spoken = get_official_languages(code, de_facto=True) if code else ()
    language = next((lang for lang in spoken if lang in LANGUAGES), "en")
    return CountryDefaults(
        currency=currencies[0] if currencies else "EUR",
        language=language,
        calling_hours=calling_hours_for(code),
        time_zone=suggest_time_zone(code, None),
    )


def suggest_time_zone(country: str | None, phone: str | None) -> str:
    """The time zone of a phone number (typed in the country's form or with +code), else the country's
    main one, else UTC."""
    region = (country or "").upper() or None
    number = None
    if phone and phone.strip():
        try:
            number = phonenumbers.parse(phone, region)
        except phonenumbers.NumberParseException:
            number = None
    if number is None and region:
        number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    known = _known_zones(number) if number is not None else ()
    return known[0] if known else FALLBACK_ZONE


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())  # this reads the zone database's folders: once is enough


def _known_zones(number: phonenumbers.PhoneNumber) -> tuple[str, ...]:
    return tuple(zone for zone in number_zones.time_zones_for_number(number) if zone in _zone_names())


def number_time_zones(e164: str) -> tuple[str, ...]:
    """The time zones a number in E.164 (+30 210…) can ring in: one for most, several for some (a
    mobile in a country with several zones); none when phonenumbers does not know."""
    try:
        return _known_zones(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return ()
