"""When it is reasonable to contact a debtor: the debtor's local time against usual calling hours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class CallingHours:
    """Weekdays from `opens` to before `closes`, the debtor's local time.

    The default, 09:00–20:00 on weekdays, fits the Greek rule (law 3758/2009) and sits inside the US
    one (8:00–21:00, Reg F), so it is reasonable wherever the debtor is.
    """

    opens: time = time(9, 0)
    closes: time = time(20, 0)
    weekdays_only: bool = True

    def allows(self, local: datetime) -> bool:
        """Whether a contact at this local wall-clock moment is within the hours."""
        if self.weekdays_only and local.weekday() >= 5:
            return False
        return self.opens <= local.time() < self.closes


# The calling-hours profiles the user chooses from, by the country whose rule they follow.
CALLING_HOURS: dict[str, CallingHours] = {
    "GR": CallingHours(time(9, 0), time(20, 0)),  # law 3758/2009: weekdays 09:00–20:00
    "ES": CallingHours(time(9, 0), time(21, 0)),  # commercial calls: weekdays 09:00–21:00
    "US": CallingHours(time(8, 0), time(21, 0), weekdays_only=False),  # Reg F: 08:00–21:00 every day
}
DEFAULT_CALLING_HOURS = "GR"  # the strictest: reasonable wherever the debtor is


def calling_hours_for(country: str | None) -> str:
    """The calling-hours profile a business in this country follows by default."""
    code = (country or "").upper()
    return code if code in CALLING_HOURS else "GR" if code == "CY" else DEFAULT_CALLING_HOURS


@dataclass(frozen=True, slots=True)
class TheirTime:
    """The debtor's wall-clock time now and whether it is within the calling hours."""

    local: datetime
    within_hours: bool


def their_time(now: datetime, zone: str, hours: CallingHours = CallingHours()) -> TheirTime:
    """The debtor's local time for the UTC moment `now`, judged against `hours`."""
    local = now.astimezone(ZoneInfo(zone))
    return TheirTime(local, hours.allows(local))
