"""Money as integer minor units, with locale-aware formatting and strict parsing.

Amounts are ints of minor units (cents) everywhere; Decimal appears only on the way in (parsing) and
out (formatting), and rounding is always ROUND_HALF_UP. Floats are refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache

from babel import Locale, localedata
from babel.numbers import (
    NumberPattern,
    format_currency,
    format_decimal,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    get_minus_sign_symbol,
    is_currency,
    parse_decimal,
)

DEFAULT_LOCALES: dict[str, str] = {"es": "es_ES", "el": "el_GR", "en": "en_US"}
FALLBACK_LOCALE = "en_US"
MAX_AMOUNT_LENGTH = 30
# The largest amount callnotes keeps, in minor units (999,999,999,999.99 EUR): far above any real
# debt, and so far below a database integer (9.2e18) that even 900,000 of them add up within one.
MAX_MINOR = 10**13 - 1

_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
_COUNTRY_CODE = re.compile(r"[A-Za-z]{2}|[0-9]{3}")
_MINUS_SIGNS = frozenset({"-", "\u2212"})
# Locales such as fr_FR group with a narrow no-break space; people type any kind of space instead.
_SPACE_GROUP_CLASS = "[ \u00a0\u202f]"


@lru_cache(maxsize=512)
def _known_currency(currency: str) -> bool:
    return bool(_CURRENCY_CODE.fullmatch(currency) and is_currency(currency))


def validate_currency(currency: str) -> None:
    """Raise ValueError unless `currency` is a three-letter ISO 4217 code known to babel."""
    if not (isinstance(currency, str) and _known_currency(currency)):  # asked for every amount: kept
        raise ValueError(f"unknown currency code {currency!r}: expected an ISO 4217 code such as EUR")


def _require_int(minor: int) -> None:
    # bool is an int subclass and floats creep in from arithmetic: refuse both at the boundary.
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError(f"minor units must be an int, not {type(minor).__name__}")


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of one currency, in integer minor units (cents)."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        _require_int(self.minor)
        validate_currency(self.currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        """Nothing, in `currency`."""
        return cls(0, currency)

    def __add__(self, other: Money) -> Money:
        return Money(self.minor + other.minor, self._common_currency(other))

    def __sub__(self, other: Money) -> Money:
        return Money(self.minor - other.minor, self._common_currency(other))

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def _common_currency(self, other: Money) -> str:
        if other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency}")
        return self.currency


@lru_cache(maxsize=512)
def minor_digits(currency: str) -> int:
    """Number of minor-unit digits of `currency` (EUR 2, JPY 0), from babel's CLDR data."""
    validate_currency(currency)
    return get_currency_precision(currency)


def to_minor(value: Decimal, currency: str) -> int:
    """`value` in whole minor units of `currency`, rounded ROUND_HALF_UP (ties away from zero)."""
    if not isinstance(value, Decimal):
        raise TypeError(f"amounts must be Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{value} is not an amount")
    digits = minor_digits(currency)
    with localcontext() as context:
        # Room for every digit left of the point plus the minor digits, so quantize never fails.
        context.prec = max(context.prec, value.adjusted() + digits + 2)
        quantized = value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
        return int(quantized.scaleb(digits))


def from_minor(minor: int, currency: str) -> Decimal:
    """The exact Decimal value of `minor` units of `currency` (123456 EUR -> 1234.56)."""
    _require_int(minor)
    # Built from text: Decimal's constructor is exact, whereas arithmetic would round to the context.
    return Decimal(f"{minor}E-{minor_digits(currency)}")


def locale_for(language: str, country: str | None) -> str:
    """The babel locale for a UI language (es, el, en) and an optional country code.

    The pair is used when babel knows it ("es", "MX" -> "es_MX"); otherwise the language's default
    locale from DEFAULT_LOCALES. Languages the app does not speak get FALLBACK_LOCALE.
    """
    language = language.lower()
    if language not in DEFAULT_LOCALES:
        return FALLBACK_LOCALE
    # Only plain region codes reach babel, which looks the name up as a file.
    if country and _COUNTRY_CODE.fullmatch(country):
        candidate = f"{language}_{country.upper()}"
        if localedata.exists(candidate):
            return candidate
    return DEFAULT_LOCALES[language]


@lru_cache(maxsize=64)
def _currency_format(locale: str) -> tuple[Locale, NumberPattern]:
    """The locale and its standard currency pattern, parsed once (a list formats thousands of amounts)."""
    parsed = Locale.parse(locale)
    return parsed, parsed.currency_formats["standard"]


def warm_formats(locales: Iterable[str]) -> None:
    """Load Babel's data for formatting amounts in these locales now (it loads on first use otherwise:
    tens of milliseconds per locale), e.g. while SQLite works on another thread without the GIL."""
    for locale in locales:
        format_money(Money(0, "EUR"), locale)


def format_money(money: Money, locale: str) -> str:
    """`money` with its symbol as `locale` writes it: "1.234,56\u00a0€" in es_ES, "€1,234.56" in en_US."""
    parsed, pattern = _currency_format(locale)  # what babel's format_currency does on every call
    text: str = pattern.apply(from_minor(money.minor, money.currency), parsed, currency=money.currency)
    return text


def format_amount(money: Money, locale: str) -> str:
    """Only the number of `money`, with the currency's digits: "1.234,56" in es_ES, "1,234" for JPY."""
    pattern = Locale.parse(locale).decimal_formats[None]
    # A pattern without the currency sign prints no symbol; babel still forces the currency's digits.
    value = from_minor(money.minor, money.currency)
    return format_currency(value, money.currency, format=pattern, locale=locale)


class AmountFormatError(ValueError):
    """Text that is not an amount: `str()` is a full English sentence, `reason` a short phrase, and
    `problem` a code for it (empty, too_long, format, decimals, too_large) that an interface can word
    itself."""

    def __init__(self, text: str, locale: str, expected: str, reason: str, problem: str = "format") -> None:
        shown = text if len(text) <= 2 * MAX_AMOUNT_LENGTH else text[: 2 * MAX_AMOUNT_LENGTH] + "…"
        super().__init__(
            f'Cannot read "{shown}" as an amount for {locale}: {reason}; '
            f"expected a number like {expected} (optional minus sign and currency symbol)."
        )
        self.text = text
        self.locale = locale
        self.expected = expected
        self.reason = reason
        self.problem = problem


def _digits_pattern(parsed: Locale) -> str:
    """The digits of a number in a locale: grouping absent or every separator in its place, ASCII
    digits, the locale's decimal sign."""
    group = get_group_symbol(parsed)
    primary, secondary = parsed.decimal_formats[None].grouping
    group_re = _SPACE_GROUP_CLASS if group.isspace() else re.escape(group)
    # Two group sizes because en_IN groups 12,34,567. A grouped number starts with 1-9 so that "0.123"
    # is not read as 123 in es_ES.
    grouped = (
        rf"[1-9][0-9]{{0,{secondary - 1}}}(?:{group_re}[0-9]{{{secondary}}})*{group_re}[0-9]{{{primary}}}"
    )
    # [0-9] rather than \d: \d would admit Arabic-Indic and other digits that babel then accepts.
    return rf"(?P<whole>[0-9]+|{grouped})(?:{re.escape(get_decimal_symbol(parsed))}(?P<fraction>[0-9]+))?"


def _minus_pattern(parsed: Locale) -> str:
    return _alternatives(_MINUS_SIGNS | {get_minus_sign_symbol(parsed)})


@lru_cache(maxsize=64)
def _amount_pattern(currency: str, locale: str) -> re.Pattern[str]:
    """The shape of an amount in `locale`: sign, currency symbol or code on either side, ASCII digits."""
    parsed = Locale.parse(locale)
    symbol = _alternatives({get_currency_symbol(currency, parsed), currency})
    minus = _minus_pattern(parsed)
    return re.compile(
        rf"(?P<sign>{minus})?\s*(?:(?P<before>{symbol})\s*(?P<sign_after_symbol>{minus})?\s*)?"
        rf"{_digits_pattern(parsed)}\s*(?P<after>{symbol})?"
    )


@lru_cache(maxsize=64)
def _number_pattern(locale: str) -> re.Pattern[str]:
    """The shape of a plain number (a quantity, a unit price, a rate) in `locale`."""
    parsed = Locale.parse(locale)
    return re.compile(rf"(?P<sign>{_minus_pattern(parsed)})?\s*{_digits_pattern(parsed)}")


def _babel_decimal(match: re.Match[str], locale: str) -> Decimal:
    # The pattern has already checked the grouping, so babel gets the digits without separators:
    # its strict check would otherwise depend on whether this babel version groups 4-digit numbers.
    number = re.sub("[^0-9]", "", match["whole"])
    if match["fraction"]:
        number += get_decimal_symbol(locale) + match["fraction"]
    return parse_decimal(number, locale, strict=True)


def parse_number(text: str, locale: str, max_decimals: int = 6) -> Decimal:
    """Read a plain number written in `locale`'s format ("1.000,5" in es_ES, "1,000.5" in en_US), or
    raise AmountFormatError; the same strictness as `parse_amount`, without a currency."""
    expected = format_decimal(Decimal("1234.5"), locale=locale)
    stripped = text.strip()
    if not stripped:
        raise AmountFormatError(text, locale, expected, "no number was given", "empty")
    if len(stripped) > MAX_AMOUNT_LENGTH:
        raise AmountFormatError(
            text, locale, expected, f"it is longer than {MAX_AMOUNT_LENGTH} characters", "too_long"
        )
    match = _number_pattern(locale).fullmatch(stripped)
    if match is None:
        raise AmountFormatError(text, locale, expected, "it is not written as a number in this format")
    if len(match["fraction"] or "") > max_decimals:
        raise AmountFormatError(
            text, locale, expected, f"it has more than {max_decimals} decimal places", "decimals"
        )
    value = _babel_decimal(match, locale)
    return -value if match["sign"] else value


def _alternatives(options: set[str] | frozenset[str]) -> str:
    # Longest first, so that "US$" is tried before "$".
    return "|".join(re.escape(option) for option in sorted(options, key=len, reverse=True))


def _example(currency: str, locale: str) -> str:
    # 1234.56 with as many decimals as the currency has: 1234 for JPY, 1234.567 for BHD.
    digits = minor_digits(currency)
    return format_amount(Money(int("1234567890"[: 4 + digits]), currency), locale)


def parse_amount(text: str, currency: str, locale: str) -> Money:
    """Read an amount of `currency` typed in `locale`'s format, or raise AmountFormatError.

    Accepted: surrounding spaces, a leading minus sign, the locale's symbol or the ISO code before or
    after the number, the locale's separators with grouping either absent or correct, and at most the
    currency's number of decimals. Everything else (exponents, NaN, other digits, the other locale's
    separators) is refused.
    """
    expected = _example(currency, locale)
    stripped = text.strip()
    if not stripped:
        raise AmountFormatError(text, locale, expected, "no amount was entered", "empty")
    if len(stripped) > MAX_AMOUNT_LENGTH:
        raise AmountFormatError(
            text, locale, expected, f"it is longer than {MAX_AMOUNT_LENGTH} characters", "too_long"
        )
    match = _amount_pattern(currency, locale).fullmatch(stripped)
    if (
        match is None
        or (match["sign"] and match["sign_after_symbol"])
        or (match["before"] and match["after"])
    ):
        raise AmountFormatError(text, locale, expected, "it is not written as a number in this format")
    fraction = match["fraction"] or ""
    digits = minor_digits(currency)
    if len(fraction) > digits:
        reason = (
            f"{currency} has no decimal places"
            if digits == 0
            else f"{currency} allows at most {digits} decimal places"
        )
        raise AmountFormatError(text, locale, expected, reason, "decimals")
    minor = to_minor(_babel_decimal(match, locale), currency)
    if minor > MAX_MINOR:
        raise AmountFormatError(text, locale, expected, "it is larger than callnotes keeps", "too_large")
    return Money(-minor if match["sign"] or match["sign_after_symbol"] else minor, currency)
