"""Dates and times shown to people: numeric, in the locale's order (22/11/2026, 11/22/2026)."""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_skeleton

# The days callnotes keeps: wide enough for any real invoice, promise or plan, and far enough from
# the ends of Python's calendar (0001-01-01 to 9999-12-31) that "due date + payment days" or "the
# day after the due date" can never fall off it.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)


def in_range(day: date) -> bool:
    """Whether callnotes keeps this day (FIRST_DAY to LAST_DAY)."""
    return FIRST_DAY <= day <= LAST_DAY


def format_day(day: date, locale: str) -> str:
    """A calendar date with a four-digit year in the locale's order."""
    return format_skeleton("yMd", day, locale=locale)


def format_short_day(day: date, locale: str) -> str:
    """Day and month only, for dense lists (22/11, 11/22)."""
    return format_skeleton("Md", day, locale=locale)


class DateFormatError(ValueError):
    """Text that is not a date in the expected numeric format; the message names the format.

    `example` is a date written the expected way; `impossible` says the text had the right shape but
    names no day that exists (31/02/2026), which is never moved to a day that does.
    """

    def __init__(self, message: str, example: str, *, impossible: bool = False) -> None:
        super().__init__(message)
        self.example = example
        self.impossible = impossible


def expected_day_format(locale: str) -> str:
    """How a date is written in this locale, e.g. 22/11/2026 or 11/22/2026."""
    return format_day(date(2026, 11, 22), locale)


def example_day_ahead(today: date) -> date:
    """A day to show as an example where a day to come is asked for: the 22nd of next month, always
    ahead of `today`, and a day of the month above 12, so the example also shows which number is the day."""
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(year, month, 22)


def parse_day(text: str, locale: str) -> date:
    """Read a numeric date in the locale's order (day/month/year or month/day/year), four-digit year."""
    example = expected_day_format(locale)
    match = re.fullmatch(r"\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*", text)
    if not match:
        raise DateFormatError(
            f'Cannot read "{text[:40]}" as a date: expected a date like {example}.', example
        )
    first, second, year = (int(part) for part in match.groups())
    order = [token for token in re.findall(r"\d+", example)]
    day, month = (first, second) if order[0] == "22" else (second, first)
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DateFormatError(
            f'"{text.strip()}" is not a real date ({exc}); expected a date like {example}.',
            example,
            impossible=True,
        ) from exc
