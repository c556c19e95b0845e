"""When it is reasonable to contact a debtor: the rules of the contact guard.

Before a call or a visit the guard looks at the debtor's past contacts, their local time and their
disputes, and says what is wrong with contacting them now, each as a `ContactWarning` with a stable
code and the values that explain it. The user may go ahead anyway, with a reason that is recorded.

The rules (facts in /work/shared/DOMAIN.md, "Rules of the road"):
- `too_soon`: less than the business's interval (default 7 days, US Reg F) since the last
  conversation, a call or visit in which someone was reached;
- `too_many_attempts`: this contact would be the eighth call or visit made in 7 days (Reg F);
- `outside_hours`: the debtor's local time is outside the calling-hours profile;
- `recent_attempt`: the profile allows one contact in N days (the Greek rule: one in 2) and one was
  already made; here every call or visit we made counts, reached or not (the stricter reading);
- `dispute_open`: the debtor disputes the debt and the dispute is not resolved.

Days are counted on the debtor's calendar: a conversation on Monday is "1 day ago" all Tuesday.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:  # only their attributes are read: entries.py decodes warnings without a cycle
    from callnotes.domain.account import InteractionInfo
    from callnotes.domain.disputes import Dispute


@dataclass(frozen=True, slots=True)
class CallingHours:
    """From `opens` to before `closes`, the debtor's local time; on weekdays only if `weekdays_only`;
    at most one contact in `days_per_contact` days when that is above 1.

    The default, 08:00–21:00 every day, is the general rule (US Reg F presumes calls outside it
    inconvenient).
    """

    opens: time = time(8, 0)
    closes: time = time(21, 0)
    weekdays_only: bool = False
    days_per_contact: int = 0

    def allows(self, local: datetime) -> bool:
        """Whether a contact at this local wall-clock moment is within the hours."""
        if self.weekdays_only and local.weekday() >= 5:
            return False
        return self.opens <= local.time() < self.closes


# The calling-hours profiles the user chooses from: the general one, and by the country whose rule they follow.
CALLING_HOURS: dict[str, CallingHours] = {
    "default": CallingHours(),  # 08:00–21:00 every day
    "GR": CallingHours(time(9, 0), time(20, 0), weekdays_only=True, days_per_contact=2),  # law 3758/2009
    "ES": CallingHours(time(9, 0), time(21, 0), weekdays_only=True),  # commercial calls: weekdays 09:00–21:00
    "US": CallingHours(time(8, 0), time(21, 0)),  # Reg F: 08:00–21:00 every day
}
DEFAULT_CALLING_HOURS = "default"


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


# --- the guard ------------------------------------------------------------------------------------
GUARDED_KINDS = ("call", "visit")  # the contacts the guard is about (a letter or an e-mail is not)
# Outcomes of a call or visit in which the debtor was reached ("met": in person, at a visit). Not
# "call_back": they asked for the call.
CONVERSATION_OUTCOMES = frozenset({"reached", "met", "refused", "dispute", "promise", "plan"})
DEFAULT_GAP_DAYS = 7
MAX_ATTEMPTS, ATTEMPT_WINDOW_DAYS = 7, 7  # Reg F: more than 7 calls in 7 days is presumed harassment

TOO_SOON = "too_soon"
TOO_MANY_ATTEMPTS = "too_many_attempts"
OUTSIDE_HOURS = "outside_hours"
RECENT_ATTEMPT = "recent_attempt"
DISPUTE_OPEN = "dispute_open"
WARNING_CODES = (TOO_SOON, TOO_MANY_ATTEMPTS, OUTSIDE_HOURS, RECENT_ATTEMPT, DISPUTE_OPEN)

Value = str | int | bool


@dataclass(frozen=True, slots=True)
class ContactWarning:
    """Why a contact now would be unwise: a stable code (one of WARNING_CODES) and its values.

    Values are plain (text, numbers, ISO dates and times) so the window, the command line and the
    record can each word them, and the record can keep them as data.
    """

    code: str
    values: Mapping[str, Value] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {"code": self.code, "values": dict(self.values)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ContactWarning:
        """The warning `as_json` gave (KeyError, TypeError or ValueError for another shape)."""
        return cls(str(data["code"]), dict(data["values"]))


@dataclass(frozen=True, slots=True)
class GuardOverride:
    """The user went ahead despite the warnings, for this reason (recorded as the contact's first line)."""

    reason: str
    warnings: tuple[ContactWarning, ...]

    def data(self) -> dict[str, object]:
        """The line's structured data."""
        return {"warnings": [w.as_json() for w in self.warnings]}


def is_attempt(contact: InteractionInfo) -> bool:
    """A call or visit we made, reached or not."""
    return contact.kind in GUARDED_KINDS and contact.direction == "outbound"


def is_conversation(contact: InteractionInfo) -> bool:
    """A call or visit, whoever began it, in which the debtor was reached."""
    return contact.kind in GUARDED_KINDS and contact.outcome in CONVERSATION_OUTCOMES


def _day(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


def _before(contacts: Iterable[InteractionInfo], moment: datetime) -> list[InteractionInfo]:
    return sorted((c for c in contacts if c.started_at < moment), key=lambda c: c.started_at)


def too_soon(
    moment: datetime, contacts: Iterable[InteractionInfo], zone: ZoneInfo, gap_days: int
) -> ContactWarning | None:
    """`too_soon` when the last conversation was fewer than `gap_days` days before `moment`."""
    talks = [c for c in _before(contacts, moment) if is_conversation(c)]
    if not talks or gap_days <= 0:
        return None
    last = _day(talks[-1].started_at, zone)
    days = (_day(moment, zone) - last).days
    if days >= gap_days:
        return None
    return ContactWarning(TOO_SOON, {"days": days, "gap": gap_days, "last": last.isoformat()})


def too_many_attempts(
    moment: datetime, contacts: Iterable[InteractionInfo], zone: ZoneInfo
) -> ContactWarning | None:
    """`too_many_attempts` when MAX_ATTEMPTS calls or visits were made in the ATTEMPT_WINDOW_DAYS days
    ending with `moment`'s day: this one would be one too many."""
    first = _day(moment, zone) - timedelta(days=ATTEMPT_WINDOW_DAYS - 1)
    attempts = [c for c in _before(contacts, moment) if is_attempt(c) and _day(c.started_at, zone) >= first]
    if len(attempts) < MAX_ATTEMPTS:
        return None
    return ContactWarning(
        TOO_MANY_ATTEMPTS,
        {"attempts": len(attempts), "limit": MAX_ATTEMPTS, "days": ATTEMPT_WINDOW_DAYS},
    )


def outside_hours(moment: datetime, zones: Sequence[str], hours: CallingHours) -> ContactWarning | None:
    """`outside_hours` when `moment` is outside `hours` in any of the debtor's possible time zones
    (a number can belong to several); the first such zone is named."""
    for zone in zones:
        local = moment.astimezone(ZoneInfo(zone))
        if not hours.allows(local):
            return ContactWarning(
                OUTSIDE_HOURS,
                {
                    "local": local.replace(tzinfo=None).isoformat(timespec="minutes"),
                    "zone": zone,
                    "opens": hours.opens.strftime("%H:%M"),
                    "closes": hours.closes.strftime("%H:%M"),
                    "weekdays_only": hours.weekdays_only,
                },
            )
    return None


def recent_attempt(
    moment: datetime, contacts: Iterable[InteractionInfo], zone: ZoneInfo, hours: CallingHours
) -> ContactWarning | None:
    """`recent_attempt` when the profile allows one contact in N days and one was made in the last N
    calendar days (one on Monday: the next on Wednesday)."""
    if hours.days_per_contact <= 1:
        return None
    attempts = [c for c in _before(contacts, moment) if is_attempt(c)]
    if not attempts:
        return None
    last = _day(attempts[-1].started_at, zone)
    if (_day(moment, zone) - last).days >= hours.days_per_contact:
        return None
    return ContactWarning(RECENT_ATTEMPT, {"last": last.isoformat(), "days": hours.days_per_contact})


def dispute_open(disputes: Sequence[Dispute]) -> ContactWarning | None:
    """`dispute_open` while a dispute is unresolved (the oldest is named)."""
    still_open = [d for d in disputes if d.is_open]
    if not still_open:
        return None
    oldest = still_open[0]
    return ContactWarning(
        DISPUTE_OPEN,
        {"since": oldest.opened_on.isoformat(), "reason": oldest.reason, "count": len(still_open)},
    )


def contact_warnings(
    moment: datetime,
    contacts: Iterable[InteractionInfo],
    zones: Sequence[str],
    hours: CallingHours,
    gap_days: int = DEFAULT_GAP_DAYS,
    disputes: Sequence[Dispute] = (),
) -> tuple[ContactWarning, ...]:
    """Every warning about a call or visit at the UTC `moment`, in the order of WARNING_CODES.

    `contacts` are the debtor's interactions (only those begun before `moment` count), `zones` the
    debtor's possible time zones (days are counted in the first), `hours` the profile the business
    follows, `gap_days` its interval between conversations.
    """
    if not zones:
        raise ValueError("the guard needs at least one time zone")
    contacts = tuple(contacts)
    zone = ZoneInfo(zones[0])
    found = (
        too_soon(moment, contacts, zone, gap_days),
        too_many_attempts(moment, contacts, zone),
        outside_hours(moment, zones, hours),
        recent_attempt(moment, contacts, zone, hours),
        dispute_open(disputes),
    )
    return tuple(w for w in found if w is not None)
