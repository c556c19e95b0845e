"""The contact guard's rules, each on an injected moment: interval, attempts, hours (across DST), the
Greek one-in-two-days rule, open disputes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from callnotes.domain.account import InteractionInfo
from callnotes.domain.contact_rules import (
    CALLING_HOURS,
    DISPUTE_OPEN,
    OUTSIDE_HOURS,
    RECENT_ATTEMPT,
    TOO_MANY_ATTEMPTS,
    TOO_SOON,
    ContactWarning,
    GuardOverride,
    calling_hours_for,
    contact_warnings,
)
from callnotes.domain.disputes import Dispute

ATHENS, NEW_YORK, MADRID = "Europe/Athens", "America/New_York", "Europe/Madrid"
GR, US, ES, DEFAULT = (CALLING_HOURS[c] for c in ("GR", "US", "ES", "default"))


def local(zone: str, *when: int) -> datetime:
    """A wall-clock moment in `zone`, as the UTC moment the guard receives."""
    return datetime(*when, tzinfo=ZoneInfo(zone)).astimezone(UTC)  # type: ignore[misc]


def contact(
    at: datetime, outcome: str | None = "no_answer", kind: str = "call", direction: str = "outbound"
) -> InteractionInfo:
    return InteractionInfo(1, None, kind, direction, at, at, "", "", outcome, "", None)


def codes(warnings: tuple[ContactWarning, ...]) -> list[str]:
    return [w.code for w in warnings]


def test_a_conversation_fewer_days_ago_than_the_interval_warns_with_its_values() -> None:
    now = local(MADRID, 2026, 11, 23, 11, 0)
    talked = contact(local(MADRID, 2026, 11, 20, 18, 0), "promise")
    (warning,) = contact_warnings(now, [talked], [MADRID], DEFAULT)
    assert warning == ContactWarning(TOO_SOON, {"days": 3, "gap": 7, "last": "2026-11-20"})
    assert contact_warnings(local(MADRID, 2026, 11, 27, 11, 0), [talked], [MADRID], DEFAULT) == ()


def test_the_interval_is_the_business_choice_and_only_conversations_count() -> None:
    now = local(MADRID, 2026, 11, 23, 11, 0)
    talked = contact(local(MADRID, 2026, 11, 13, 10, 0), "reached")
    assert codes(contact_warnings(now, [talked], [MADRID], DEFAULT, gap_days=14)) == [TOO_SOON]
    assert contact_warnings(now, [talked], [MADRID], DEFAULT, gap_days=10) == ()
    unanswered = [
        contact(local(MADRID, 2026, 11, 22, 10, 0), outcome)
        for outcome in ("no_answer", "voicemail", "wrong_number", "call_back")
    ]
    assert contact_warnings(now, unanswered, [MADRID], DEFAULT) == ()
    letter = contact(local(MADRID, 2026, 11, 22, 10, 0), "reached", kind="letter")
    assert contact_warnings(now, [letter], [MADRID], DEFAULT) == ()
    their_call = contact(local(MADRID, 2026, 11, 22, 10, 0), "promise", direction="inbound")
    assert codes(contact_warnings(now, [their_call], [MADRID], DEFAULT)) == [TOO_SOON]
    a_visit = contact(local(MADRID, 2026, 11, 22, 10, 0), "reached", kind="visit")
    assert codes(contact_warnings(now, [a_visit], [MADRID], DEFAULT)) == [TOO_SOON]


def test_days_are_counted_on_the_debtors_calendar_across_the_autumn_change() -> None:
    # Athens leaves summer time on 25 October 2026: 24-hour days would say 6, the calendar says 7.
    talked = contact(local(ATHENS, 2026, 10, 24, 23, 30), "reached")
    assert contact_warnings(local(ATHENS, 2026, 10, 31, 9, 0), [talked], [ATHENS], DEFAULT) == ()
    (warning,) = contact_warnings(local(ATHENS, 2026, 10, 30, 20, 59), [talked], [ATHENS], DEFAULT)
    assert warning.values["days"] == 6


def test_an_eighth_attempt_in_seven_days_warns() -> None:
    now = local(NEW_YORK, 2026, 11, 23, 10, 0)
    seven = [contact(local(NEW_YORK, 2026, 11, 17 + i, 9, 0)) for i in range(7)]
    (warning,) = contact_warnings(now, seven, [NEW_YORK], US)
    assert warning == ContactWarning(TOO_MANY_ATTEMPTS, {"attempts": 7, "limit": 7, "days": 7})
    assert contact_warnings(now, seven[1:], [NEW_YORK], US) == ()  # six: a seventh is allowed
    older = [contact(local(NEW_YORK, 2026, 11, 16, 9, 0)), *seven[1:]]  # one fell out of the window
    assert contact_warnings(now, older, [NEW_YORK], US) == ()
    theirs = [contact(c.started_at, direction="inbound") for c in seven]  # calls they made do not count
    assert contact_warnings(now, theirs, [NEW_YORK], US) == ()


def test_contacts_after_the_moment_judged_do_not_count() -> None:
    later = contact(local(MADRID, 2026, 11, 23, 12, 0), "reached")
    assert contact_warnings(local(MADRID, 2026, 11, 23, 11, 0), [later], [MADRID], DEFAULT) == ()


@pytest.mark.parametrize(
    ("moment", "hours", "outside"),
    [
        (local(MADRID, 2026, 11, 23, 7, 59), DEFAULT, True),
        (local(MADRID, 2026, 11, 23, 8, 0), DEFAULT, False),
        (local(MADRID, 2026, 11, 23, 20, 59), DEFAULT, False),
        (local(MADRID, 2026, 11, 23, 21, 0), DEFAULT, True),
        (local(MADRID, 2026, 11, 28, 10, 0), DEFAULT, False),  # a Saturday: every day
        (local(MADRID, 2026, 11, 28, 10, 0), ES, True),  # weekdays only
        (local(MADRID, 2026, 11, 23, 20, 30), ES, False),
        (local(MADRID, 2026, 11, 23, 8, 30), ES, True),
    ],
)
def test_the_hours_of_each_profile(moment: datetime, hours: object, outside: bool) -> None:
    assert (OUTSIDE_HOURS in codes(contact_warnings(moment, [], [MADRID], hours))) is outside  # type: ignore[arg-type]


def test_the_outside_hours_warning_names_the_local_time_zone_and_hours() -> None:
    (warning,) = contact_warnings(local(ATHENS, 2026, 11, 23, 22, 14), [], [ATHENS], GR)
    assert warning == ContactWarning(
        OUTSIDE_HOURS,
        {
            "local": "2026-11-23T22:14",
            "zone": ATHENS,
            "opens": "09:00",
            "closes": "20:00",
            "weekdays_only": True,
        },
    )


def test_new_york_hours_across_the_spring_change() -> None:
    # New York goes to summer time at 02:00 on Sunday 8 March 2026: 12:30 UTC is 07:30 the day before
    # (too early) and 08:30 that day (fine).
    saturday = datetime(2026, 3, 7, 12, 30, tzinfo=UTC)
    sunday = datetime(2026, 3, 8, 12, 30, tzinfo=UTC)
    assert codes(contact_warnings(saturday, [], [NEW_YORK], US)) == [OUTSIDE_HOURS]
    assert contact_warnings(sunday, [], [NEW_YORK], US) == ()
    # and back on Sunday 1 November: 01:30 UTC is 21:30 (too late) on 31 October, 20:30 on 1 November
    assert codes(contact_warnings(datetime(2026, 11, 1, 1, 30, tzinfo=UTC), [], [NEW_YORK], US)) == [
        OUTSIDE_HOURS
    ]
    assert contact_warnings(datetime(2026, 11, 2, 1, 30, tzinfo=UTC), [], [NEW_YORK], US) == ()


def test_athens_hours_across_the_spring_and_autumn_changes() -> None:
    # Summer time from 29 March 2026: 06:30 UTC is 08:30 on Friday the 27th, 09:30 on Monday the 30th.
    friday, monday = datetime(2026, 3, 27, 6, 30, tzinfo=UTC), datetime(2026, 3, 30, 6, 30, tzinfo=UTC)
    (warning,) = contact_warnings(friday, [], [ATHENS], GR)
    assert warning.values["local"] == "2026-03-27T08:30"
    assert contact_warnings(monday, [], [ATHENS], GR) == ()
    # Winter time from 25 October: 17:30 UTC is 20:30 on Friday the 23rd, 19:30 on Monday the 26th.
    assert codes(contact_warnings(datetime(2026, 10, 23, 17, 30, tzinfo=UTC), [], [ATHENS], GR)) == [
        OUTSIDE_HOURS
    ]
    assert contact_warnings(datetime(2026, 10, 26, 17, 30, tzinfo=UTC), [], [ATHENS], GR) == ()
    # The change's own Sunday is outside the Greek weekdays, inside the general profile.
    sunday = datetime(2026, 3, 29, 7, 0, tzinfo=UTC)  # 10:00 summer time
    assert codes(contact_warnings(sunday, [], [ATHENS], GR)) == [OUTSIDE_HOURS]
    assert contact_warnings(sunday, [], [ATHENS], DEFAULT) == ()


def test_a_number_in_several_zones_is_judged_in_each() -> None:
    moment = datetime(2026, 11, 23, 13, 30, tzinfo=UTC)  # 08:30 in New York, 05:30 in Los Angeles
    assert contact_warnings(moment, [], [NEW_YORK], US) == ()
    (warning,) = contact_warnings(moment, [], [NEW_YORK, "America/Los_Angeles"], US)
    assert warning.values["zone"] == "America/Los_Angeles"


def test_the_greek_profile_allows_one_contact_in_two_days() -> None:
    monday = contact(local(ATHENS, 2026, 11, 23, 19, 0))  # unanswered: it still counts
    tuesday = local(ATHENS, 2026, 11, 24, 10, 0)
    (warning,) = contact_warnings(tuesday, [monday], [ATHENS], GR)
    assert warning == ContactWarning(RECENT_ATTEMPT, {"last": "2026-11-23", "days": 2})
    assert contact_warnings(local(ATHENS, 2026, 11, 25, 9, 0), [monday], [ATHENS], GR) == ()
    assert contact_warnings(tuesday, [monday], [ATHENS], DEFAULT) == ()  # the general rule has no such limit
    same_day = local(ATHENS, 2026, 11, 23, 19, 30)
    assert codes(contact_warnings(same_day, [monday], [ATHENS], GR)) == [RECENT_ATTEMPT]


def test_an_open_dispute_warns_until_resolved() -> None:
    opened = Dispute(4, date(2026, 11, 2), "work not finished", ("F-1",), None, "EUR")
    resolved = Dispute(5, date(2026, 10, 1), "wrong amount", (), None, "EUR", date(2026, 10, 9), "withdrawn")
    now = local(MADRID, 2026, 11, 23, 11, 0)
    (warning,) = contact_warnings(now, [], [MADRID], DEFAULT, disputes=(resolved, opened))
    assert warning == ContactWarning(
        DISPUTE_OPEN, {"since": "2026-11-02", "reason": "work not finished", "count": 1}
    )
    assert contact_warnings(now, [], [MADRID], DEFAULT, disputes=(resolved,)) == ()


def test_every_rule_at_once_in_a_stable_order() -> None:
    now = local(ATHENS, 2026, 11, 28, 22, 0)  # a Saturday night
    week = [
        contact(local(ATHENS, 2026, 11, 22 + i, 10, 0), "reached" if i == 6 else "no_answer")
        for i in range(7)
    ]
    dispute = Dispute(1, date(2026, 11, 1), "quality", (), None, "EUR")
    found = contact_warnings(now, week, [ATHENS], GR, 7, (dispute,))
    assert codes(found) == [TOO_SOON, TOO_MANY_ATTEMPTS, OUTSIDE_HOURS, RECENT_ATTEMPT, DISPUTE_OPEN]
    override = GuardOverride("they asked me to call tonight", found)
    assert [w["code"] for w in override.data()["warnings"]] == codes(found)  # type: ignore[attr-defined]


def test_the_default_profile_of_a_business_follows_its_country() -> None:
    assert [calling_hours_for(c) for c in ("GR", "es", "US", "CY", "FR", None)] == [
        "GR",
        "ES",
        "US",
        "GR",
        "default",
        "default",
    ]
    assert (DEFAULT.opens.hour, DEFAULT.closes.hour, DEFAULT.weekdays_only) == (8, 21, False)
    assert (GR.opens.hour, GR.closes.hour, GR.weekdays_only, GR.days_per_contact) == (9, 20, True, 2)


def test_the_guard_needs_a_zone() -> None:
    with pytest.raises(ValueError):
        contact_warnings(datetime(2026, 11, 23, tzinfo=UTC) + timedelta(hours=1), [], [], DEFAULT)
