"""Money in minor units: arithmetic, rounding, formatting, and strict parsing per locale."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callnotes.domain.money import (
    MAX_MINOR,
    AmountFormatError,
    Money,
    format_amount,
    format_money,
    from_minor,
    locale_for,
    minor_digits,
    parse_amount,
    to_minor,
)

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
LOCALES = ("es_ES", "el_GR", "en_US")
CURRENCIES = ("EUR", "USD", "JPY")

# No deadline: babel loads each locale's data on first use, which can take longer than one example.
quick = settings(deadline=None)
# What people type into an amount field, plus look-alikes that must be refused.
TYPED = "0123456789 .,-+_eEURSDJPY€$¥" + NBSP + NARROW_NBSP + "\u2212١٢٣１２"


def test_money_validates_its_fields() -> None:
    assert Money(123, "EUR").minor == 123
    for currency in ("eur", "EU", "EURO", "ZZZ", "€"):
        with pytest.raises(ValueError, match="currency"):
            Money(1, currency)
    for minor in (1.5, Decimal(1), True):
        with pytest.raises(TypeError):
            Money(minor, "EUR")  # type: ignore[arg-type]


def test_money_arithmetic_in_one_currency() -> None:
    assert Money(150, "EUR") + Money(25, "EUR") == Money(175, "EUR")
    assert Money(150, "EUR") - Money(200, "EUR") == Money(-50, "EUR")
    assert -Money(150, "EUR") == Money(-150, "EUR")
    assert Money.zero("JPY") == Money(0, "JPY")


def test_money_arithmetic_refuses_mixed_currencies() -> None:
    with pytest.raises(ValueError, match=r"EUR.*USD"):
        Money(1, "EUR") + Money(1, "USD")
    with pytest.raises(ValueError, match=r"EUR.*USD"):
        Money(1, "EUR") - Money(1, "USD")


def test_minor_digits_come_from_the_currency() -> None:
    assert minor_digits("EUR") == 2
    assert minor_digits("USD") == 2
    assert minor_digits("JPY") == 0
    with pytest.raises(ValueError):
        minor_digits("XYZ")


@pytest.mark.parametrize(
    ("value", "currency", "minor"),
    [
        ("0.005", "EUR", 1),
        ("0.015", "EUR", 2),
        ("0.025", "EUR", 3),  # half-even would give 2
        ("-0.005", "EUR", -1),
        ("0.00499", "EUR", 0),
        ("1234.56", "EUR", 123456),
        ("2.5", "JPY", 3),
        ("-2.5", "JPY", -3),
        ("999999999999999999999999999999.995", "EUR", 10**32),  # beyond the default 28-digit context
    ],
)
def test_to_minor_rounds_half_up(value: str, currency: str, minor: int) -> None:
    assert to_minor(Decimal(value), currency) == minor


def test_to_minor_refuses_floats_and_non_finite_values() -> None:
    with pytest.raises(TypeError):
        to_minor(0.1, "EUR")  # type: ignore[arg-type]
    for text in ("NaN", "Infinity", "-Infinity"):
        with pytest.raises(ValueError):
            to_minor(Decimal(text), "EUR")


def test_from_minor_is_exact() -> None:
    assert from_minor(123456, "EUR") == Decimal("1234.56")
    assert str(from_minor(5, "EUR")) == "0.05"
    assert from_minor(1234, "JPY") == Decimal(1234)
    # Decimal arithmetic would round this to 28 digits.
    assert from_minor(10**40 + 1, "EUR") == Decimal("100000000000000000000000000000000000000.01")
    with pytest.raises(TypeError):
        from_minor(1.0, "EUR")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "country", "locale"),
    [
        ("es", "ES", "es_ES"),
        ("el", "GR", "el_GR"),
        ("en", "US", "en_US"),
        ("es", "MX", "es_MX"),
        ("EN", "gb", "en_GB"),
        ("es", None, "es_ES"),
        ("el", "US", "el_GR"),  # babel has no el_US
        ("en", "XX", "en_US"),
        ("es", "../../etc", "es_ES"),
        ("fr", "FR", "en_US"),  # not a language of the app
    ],
)
def test_locale_for(language: str, country: str | None, locale: str) -> None:
    assert locale_for(language, country) == locale


@pytest.mark.parametrize(
    ("money", "locale", "text"),
    [
        (Money(123456, "EUR"), "es_ES", f"1.234,56{NBSP}€"),
        (Money(123456, "EUR"), "el_GR", f"1.234,56{NBSP}€"),
        (Money(123456, "EUR"), "en_US", "€1,234.56"),
        (Money(123456, "USD"), "en_US", "$1,234.56"),
        (Money(123456, "USD"), "es_ES", f"1.234,56{NBSP}US$"),
        (Money(-123456, "EUR"), "en_US", "-€1,234.56"),
        (Money(-5, "EUR"), "es_ES", f"-0,05{NBSP}€"),
        (Money(1234, "JPY"), "en_US", "¥1,234"),
        (Money(100000000000000, "EUR"), "es_ES", f"1.000.000.000.000,00{NBSP}€"),
    ],
)
def test_format_money(money: Money, locale: str, text: str) -> None:
    assert format_money(money, locale) == text


@pytest.mark.parametrize(
    ("money", "locale", "text"),
    [
        (Money(123456, "EUR"), "es_ES", "1.234,56"),
        (Money(123456, "EUR"), "el_GR", "1.234,56"),
        (Money(123456, "USD"), "en_US", "1,234.56"),
        (Money(123450, "EUR"), "es_ES", "1.234,50"),
        (Money(-100, "EUR"), "en_US", "-1.00"),
        (Money(1234, "JPY"), "es_ES", "1.234"),
        (Money(0, "JPY"), "en_US", "0"),
    ],
)
def test_format_amount_has_no_symbol_and_the_currency_digits(money: Money, locale: str, text: str) -> None:
    assert format_amount(money, locale) == text


@pytest.mark.parametrize(
    ("text", "currency", "locale", "minor"),
    [
        ("1.234,56", "EUR", "es_ES", 123456),
        ("1234,56", "EUR", "es_ES", 123456),
        ("1.234,5", "EUR", "es_ES", 123450),
        ("1.234", "EUR", "es_ES", 123400),
        ("12.345.678,9", "EUR", "el_GR", 1234567890),
        ("1.234,56", "EUR", "el_GR", 123456),
        ("1,234.56", "EUR", "en_US", 123456),
        ("1234.56", "USD", "en_US", 123456),
        ("0,07", "EUR", "es_ES", 7),
        (f"  1.234,56{NBSP}€ ", "EUR", "es_ES", 123456),
        (f"{NARROW_NBSP}1.234,56€{NARROW_NBSP}", "EUR", "es_ES", 123456),
        ("€ 1.234,56", "EUR", "es_ES", 123456),
        ("1.234,56 EUR", "EUR", "es_ES", 123456),
        ("EUR 1,234.56", "EUR", "en_US", 123456),
        ("US$1.234,56", "USD", "es_ES", 123456),
        ("$1,234.56", "USD", "en_US", 123456),
        ("-1.234,56", "EUR", "es_ES", -123456),
        ("\u22121.234,56 €", "EUR", "es_ES", -123456),
        ("-€1,234.56", "EUR", "en_US", -123456),
        ("€-1,234.56", "EUR", "en_US", -123456),
        ("-0", "EUR", "es_ES", 0),
        ("1.234", "JPY", "es_ES", 1234),
        ("¥1,234", "JPY", "en_US", 1234),
        (f"1{NARROW_NBSP}234,56 €", "EUR", "fr_FR", 123456),  # space-grouped locale
        ("1 234,56", "EUR", "fr_FR", 123456),  # typed with an ordinary space
        ("12,34,567.89", "EUR", "en_IN", 123456789),  # lakh grouping
    ],
)
def test_parse_amount_accepts(text: str, currency: str, locale: str, minor: int) -> None:
    assert parse_amount(text, currency, locale) == Money(minor, currency)


@pytest.mark.parametrize(
    "text",
    [
        "NaN",
        "nan",
        "Infinity",
        "-Infinity",
        "1E5",
        "1e5",
        "1.1E999999",
        "1_000",
        "١٢٣",  # Arabic-Indic digits
        "１２３",  # fullwidth digits
        "1.23,4",
        "1,234.56",  # en_US format in es_ES
        "0.123",
        "12.34",
        "1.234.56",
        ",5",
        "1,",
        "+5",
        "--5",
        "- -5",
        "€ 5 €",
        "$5",  # the es_ES symbol for USD is US$, and this is EUR anyway
        "5 USD",
        "abc",
        "5 euros",
        "0x10",
    ],
)
def test_parse_amount_rejects_malformed_text_with_the_expected_format(text: str) -> None:
    with pytest.raises(AmountFormatError) as caught:
        parse_amount(text, "EUR", "es_ES")
    error = caught.value
    assert error.text == text
    assert error.locale == "es_ES"
    assert error.expected == "1.234,56"
    assert str(error) == (
        f'Cannot read "{text}" as an amount for es_ES: {error.reason}; '
        "expected a number like 1.234,56 (optional minus sign and currency symbol)."
    )


@pytest.mark.parametrize("locale", ["es_ES", "el_GR"])
def test_english_format_is_refused_in_spanish_and_greek(locale: str) -> None:
    with pytest.raises(AmountFormatError, match=re.escape("expected a number like 1.234,56")):
        parse_amount("1,234.56", "EUR", locale)


def test_spanish_format_is_refused_in_english() -> None:
    with pytest.raises(AmountFormatError, match=re.escape("expected a number like 1,234.56")) as caught:
        parse_amount("1.234,56", "EUR", "en_US")
    assert caught.value.reason == "it is not written as a number in this format"


@pytest.mark.parametrize("text", ["", "   ", NBSP, f"{NARROW_NBSP} "])
def test_parse_amount_rejects_empty_text(text: str) -> None:
    with pytest.raises(AmountFormatError, match=re.escape("expected a number like 1.234,56")) as caught:
        parse_amount(text, "EUR", "es_ES")
    assert caught.value.reason == "no amount was entered"


def test_parse_amount_rejects_more_decimals_than_the_currency_has() -> None:
    with pytest.raises(AmountFormatError) as caught:
        parse_amount("1.234,567", "EUR", "es_ES")
    assert caught.value.reason == "EUR allows at most 2 decimal places"
    assert "expected a number like 1.234,56" in str(caught.value)
    with pytest.raises(AmountFormatError) as caught:
        parse_amount("1.234", "EUR", "en_US")  # one euro and 23.4 cents, not 1234 euros
    assert caught.value.reason == "EUR allows at most 2 decimal places"
    with pytest.raises(AmountFormatError) as caught:
        parse_amount("1.234,5", "JPY", "es_ES")
    assert caught.value.reason == "JPY has no decimal places"
    assert caught.value.expected == "1.234"


def test_parse_amount_rejects_absurdly_long_text() -> None:
    text = "1" * 31
    with pytest.raises(AmountFormatError) as caught:
        parse_amount(text, "EUR", "es_ES")
    assert caught.value.reason == "it is longer than 30 characters"
    # A pasted page is not repeated in full in the message.
    with pytest.raises(AmountFormatError) as caught:
        parse_amount("9" * 10_000, "EUR", "es_ES")
    assert len(str(caught.value)) < 250


money_values = st.builds(
    Money, st.integers(min_value=-(10**12), max_value=10**12), st.sampled_from(CURRENCIES)
)


@quick
@given(money_values, st.sampled_from(LOCALES))
def test_formatted_money_parses_back(money: Money, locale: str) -> None:
    assert parse_amount(format_money(money, locale), money.currency, locale) == money


@quick
@given(money_values, st.sampled_from(LOCALES))
def test_formatted_amount_parses_back(money: Money, locale: str) -> None:
    assert parse_amount(format_amount(money, locale), money.currency, locale) == money


@quick
@given(st.text(alphabet=TYPED, max_size=12), st.sampled_from(LOCALES), st.sampled_from(CURRENCIES))
def test_parse_amount_only_ever_raises_amount_format_error(text: str, locale: str, currency: str) -> None:
    try:
        money = parse_amount(text, currency, locale)
    except AmountFormatError as error:
        assert error.reason
    else:
        assert money.currency == currency
        # Whatever was accepted has digits, and only ASCII ones.
        assert any(ch.isdigit() for ch in text)
        assert all(not ch.isdigit() or ch.isascii() for ch in text)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=-MAX_MINOR, max_value=MAX_MINOR),
    st.sampled_from(["EUR", "USD", "JPY", "GBP", "KWD"]),
    st.sampled_from(["es_ES", "el_GR", "en_US", "es_MX", "en_GB", "fr_FR"]),
)
def test_format_money_is_babels_format_currency(minor: int, currency: str, locale: str) -> None:
    """The parsed pattern kept per locale writes what babel's format_currency writes on each call."""
    from babel.numbers import format_currency

    expected = format_currency(from_minor(minor, currency), currency, locale=locale)
    assert format_money(Money(minor, currency), locale) == expected
