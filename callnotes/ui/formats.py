"""Amounts, dates and times as the interface shows them: in its own locale and the user's time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale

from callnotes.domain.dates import format_day, format_short_day
from callnotes.domain.money import Money, format_money

if TYPE_CHECKING:  # the record's words (phonenumbers, stdnum…): loaded when first needed, not for the list
    from callnotes.domain.entries import JournalEntry
    from callnotes.export.wording import Wording


@dataclass(frozen=True)
class Formats:
    """The interface's Babel locale (es_ES, el_GR, en_US…) and the user's IANA time zone."""

    locale: str
    zone: str

    @cached_property
    def wording(self) -> Wording:
        """The record's words in the interface's language: the Record tab reads like the packet."""
        from callnotes.export.wording import Wording

        return Wording(self.locale.split("_")[0], self.locale, self.zone)

    def entry(self, entry: JournalEntry) -> str:
        """What a record entry says, on one line."""
        from callnotes.export.entry_text import describe_entry

        return " · ".join(line for line in describe_entry(self.wording, entry).splitlines() if line.strip())

    def money(self, minor: int, currency: str) -> str:
        """1.234,56 € or €1,234.56, as the locale writes it."""
        return format_money(Money(minor, currency), self.locale)

    def number(self, value: int) -> str:
        """A count as the locale writes it: 1.234 or 1,234."""
        return QLocale(self.locale).toString(value)

    def day(self, day: date) -> str:
        """22/11/2026 or 11/22/2026."""
        return format_day(day, self.locale)

    def short_day(self, day: date) -> str:
        """22/11 or 11/22, for dense lists."""
        return format_short_day(day, self.locale)

    def local(self, moment: datetime) -> datetime:
        """A UTC moment on the user's wall clock."""
        return moment.astimezone(ZoneInfo(self.zone))

    def time(self, moment: datetime, *, seconds: bool = True) -> str:
        """The user's wall-clock time of a moment: 14:32:05."""
        return self.local(moment).strftime("%H:%M:%S" if seconds else "%H:%M")

    def moment(self, moment: datetime, *, seconds: bool = True) -> str:
        """Date and time on the user's wall clock: 22/11/2026 14:32:05."""
        return f"{self.day(self.local(moment).date())} {self.time(moment, seconds=seconds)}"
