"""Dates and times shown to people: numeric, in the locale's order (22/11/2026, 11/22/2026)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton


def format_day(day: date, locale: str) -> str:
    """A calendar date with a four-digit year in the locale's order."""
    return format_skeleton("yMd", day, locale=locale)


def format_short_day(day: date, locale: str) -> str:
    """Day and month only, for dense lists (22/11, 11/22)."""
    return format_skeleton("Md", day, locale=locale)


def format_moment(moment: datetime, zone: str, locale: str, *, seconds: bool = False) -> str:
    """A UTC moment shown in a time zone as date and 24-hour time."""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{format_day(local.date(), locale)} {format_clock(local, zone, seconds=seconds)}"


def format_clock(moment: datetime, zone: str, *, seconds: bool = False) -> str:
    """The time of day of a moment in a time zone, 24-hour (14:32 or 14:32:05)."""
    return moment.astimezone(ZoneInfo(zone)).strftime("%H:%M:%S" if seconds else "%H:%M")
