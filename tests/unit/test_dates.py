"""Dates shown and accepted in each locale's numeric order."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from callnotes.domain.dates import DateFormatError, format_day, parse_day

LOCALES = ("es_ES", "el_GR", "en_US")


def test_each_locale_writes_its_own_order() -> None:
    assert format_day(date(2026, 11, 22), "es_ES") == "22/11/2026"
    assert format_day(date(2026, 11, 22), "el_GR") == "22/11/2026"
    assert format_day(date(2026, 11, 22), "en_US") == "11/22/2026"


@given(day=st.dates(date(1900, 1, 1), date(2200, 12, 31)), locale=st.sampled_from(LOCALES))
def test_format_then_parse_round_trips(day: date, locale: str) -> None:
    assert parse_day(format_day(day, locale), locale) == day


@given(day=st.dates(date(2000, 1, 13), date(2100, 12, 31)).filter(lambda d: d.day > 12))
def test_a_date_in_the_other_order_is_refused_with_the_expected_format(day: date) -> None:
    with pytest.raises(DateFormatError, match="22/11/2026"):
        parse_day(format_day(day, "en_US"), "es_ES")
    with pytest.raises(DateFormatError, match="11/22/2026"):
        parse_day(format_day(day, "el_GR"), "en_US")


@pytest.mark.parametrize(
    "text", ["31/02/2026", "29/02/2027", "00/10/2026", "2026-11-22", "22/11/26", "mañana", ""]
)
def test_impossible_or_malformed_dates_are_refused(text: str) -> None:
    with pytest.raises(DateFormatError, match="expected a date like 22/11/2026"):
        parse_day(text, "es_ES")
