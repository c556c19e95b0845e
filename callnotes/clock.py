"""The one clock: the only place in callnotes that asks the system for the time.

A clock is made in a composition root (`app.py`, `cli.py`) and passed down; tests and the example data
use a fixed or a stepping one, so every result is the same whatever day the code runs on.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

DEFAULT_ZONE = "UTC"


class Clock(ABC):
    """Now, in UTC; today, in a time zone. `zone` is the user's own time zone (IANA name)."""

    def __init__(self, zone: str = DEFAULT_ZONE) -> None:
        self.zone = zone

    @abstractmethod
    def now(self) -> datetime:
        """This moment, timezone-aware, in UTC."""

    def today(self, zone: str | None = None) -> date:
        """The calendar day it is now in `zone` (the user's own zone by default)."""
        from zoneinfo import ZoneInfo  # ~2 ms: not before the window's first paint

        return self.now().astimezone(ZoneInfo(zone or self.zone)).date()


class SystemClock(Clock):
    """The computer's clock, in the computer's time zone."""

    def __init__(self) -> None:
        super().__init__(system_zone())

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock(Clock):
    """A clock that shows one moment until it is moved (tests, reproducible example data)."""

    def __init__(self, moment: datetime, zone: str = DEFAULT_ZONE) -> None:
        super().__init__(zone)
        if moment.tzinfo is None:
            raise ValueError(f"a clock needs a timezone-aware moment, not {moment!r}")
        self._moment = moment.astimezone(UTC)

    def now(self) -> datetime:
        return self._moment

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward (or back, with a negative delta)."""
        self._moment += delta


def system_zone() -> str:
    """The IANA name of this computer's time zone (UTC when it cannot be told)."""
    key = getattr(datetime.now().astimezone().tzinfo, "key", None)
    if key:
        return str(key)
    try:
        return str(Path("/etc/localtime").resolve()).split("zoneinfo/", 1)[1]
    except (OSError, IndexError):
        return DEFAULT_ZONE
