"""What a country suggests for the fields that follow from it: currency, language, calling hours, time zone.

Suggestions only: the user can change each one. Babel knows the currencies and languages of a
territory; phonenumbers knows the time zone of a number, and of a country through its example number.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    zones = number_zones.time_zones_for_number(number) if number is not None else ()
    known = [zone for zone in zones if zone != "Etc/Unknown"]
    return known[0] if known else FALLBACK_ZONE
