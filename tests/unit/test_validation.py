"""Checks of what the user types: each refusal names its field and the rule, for the window to word."""

from __future__ import annotations

import pickle

import pytest

from callnotes.errors import InputError
from callnotes.services import validation
from callnotes.services.countries import country_defaults, suggest_time_zone


@pytest.mark.parametrize(
    ("value", "country", "expected"),
    [("801234560", "GR", "801234560"), ("EL 094014201", "GR", "094014201"), ("B46285193", "ES", "B46285193")],
)
def test_tax_ids_are_checked_for_their_country_and_kept_compact(
    value: str, country: str, expected: str
) -> None:
    assert validation.tax_id(value, country) == expected


def test_a_wrong_check_digit_is_named_as_such() -> None:
    with pytest.raises(InputError) as refused:
        validation.tax_id("801234567", "GR")
    assert (refused.value.field, refused.value.problem) == ("tax_id", "tax_id")
    assert refused.value.values == {"value": "801234567", "country": "GR", "reason": "checksum"}


def test_phones_typed_in_national_form_are_stored_as_e164() -> None:
    assert validation.phone("210 123 4567", "GR") == "+302101234567"
    assert validation.phone("+34 912 345 678", None) == "+34912345678"
    with pytest.raises(InputError) as refused:
        validation.phone("12", "GR", "mobile")
    assert refused.value.field == "mobile" and refused.value.values["example"].startswith("+30")


@pytest.mark.parametrize("value", ["a@b", "ana", "ana @example.com", "Ana <ana@example.com>"])
def test_what_is_not_an_email_address_is_refused(value: str) -> None:
    with pytest.raises(InputError) as refused:
        validation.email(value)
    assert refused.value.problem == "email"


def test_countries_are_iso_codes() -> None:
    assert validation.country(" gr ") == "GR" and validation.country("") is None
    with pytest.raises(InputError):
        validation.country("Greece")


def test_a_refusal_keeps_its_field_and_problem_across_processes() -> None:
    error = InputError("x", field="phone", problem="phone", values={"example": "+30 21 2345 6789"})
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.field, copy.problem, copy.values) == ("x", "phone", "phone", error.values)


def test_a_country_suggests_currency_language_hours_and_time_zone() -> None:
    greek, american = country_defaults("GR"), country_defaults("US")
    assert (greek.currency, greek.language, greek.calling_hours, greek.time_zone) == (
        "EUR",
        "el",
        "GR",
        "Europe/Athens",
    )
    assert (american.currency, american.language, american.calling_hours) == ("USD", "en", "US")
    assert suggest_time_zone("US", "+1 415 555 0100") == "America/Los_Angeles"
    assert suggest_time_zone(None, None) == "UTC"
