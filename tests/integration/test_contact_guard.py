"""The contact guard on a real database: the warnings the desk gives before a call or a visit, and an
override's reason recorded as the contact's first entry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from callnotes.clock import FixedClock
from callnotes.domain.contact_rules import (
    DISPUTE_OPEN,
    OUTSIDE_HOURS,
    RECENT_ATTEMPT,
    TOO_SOON,
    GuardOverride,
)
from callnotes.domain.entries import GuardOverrideDetails
from callnotes.errors import InputError
from callnotes.export.entry_text import describe_entry, guard_warning
from callnotes.export.wording import Wording
from callnotes.services.creditor import CreditorInput
from callnotes.services.debtors import DebtorInput
from callnotes.services.desk import Desk
from callnotes.services.interactions import ContactInput, Ending
from callnotes.store.access import Store
from callnotes.store.engine import transaction
from callnotes.store.journal import NewEntry, append_entry

MONDAY_MORNING = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # 10:00 in Athens


@pytest.fixture
def greek(desk: Desk, clock: FixedClock) -> int:
    """A Greek business (its profile: weekdays 09–20, one contact in 2 days) and a debtor whose time
    zone was never told (UTC) but whose number is in Athens; Monday morning."""
    desk.set_creditor(CreditorInput("Ανδρέου Ο.Ε.", country="GR", calling_hours="GR"))
    clock.advance(MONDAY_MORNING - clock.now())
    return desk.add_debtor(DebtorInput("Οικονόμου ΙΚΕ", time_zone="UTC", phone="+302101234567"))


def codes(desk: Desk, debtor: int, kind: str = "call") -> list[str]:
    return [w.code for w in desk.contact_warnings(debtor, kind)]


def test_a_number_tells_the_zone_of_a_debtor_left_in_utc(desk: Desk, greek: int, clock: FixedClock) -> None:
    assert codes(desk, greek) == []  # 08:00 UTC would be fine in UTC too; 10:00 in Athens is
    clock.advance(timedelta(hours=10))  # 18:00 UTC: 20:00 in Athens, 18:00 in UTC
    (warning,) = desk.contact_warnings(greek, "call")
    assert (warning.code, warning.values["zone"], warning.values["local"]) == (
        OUTSIDE_HOURS,
        "Europe/Athens",
        "2026-11-23T20:00",
    )
    assert codes(desk, greek, "letter") == []  # the guard is about calls and visits


def test_the_interval_is_the_business_choice(desk: Desk, greek: int, clock: FixedClock) -> None:
    call = desk.start_call(greek, None, "+302101234567")
    desk.end_call(call.interaction.id, Ending("reached"))
    clock.advance(timedelta(days=3))
    assert codes(desk, greek) == [TOO_SOON]
    business = desk.creditor()
    assert business is not None and business.contact_gap_days == 7
    desk.set_creditor(CreditorInput("Ανδρέου Ο.Ε.", country="GR", calling_hours="GR", contact_gap_days=3))
    assert codes(desk, greek) == []
    for wrong, problem in ((-1, "negative"), (91, "too_many_days")):
        with pytest.raises(InputError) as refused:
            desk.set_creditor(CreditorInput("Ανδρέου Ο.Ε.", country="GR", contact_gap_days=wrong))
        assert (refused.value.field, refused.value.problem) == ("contact_gap_days", problem)


def test_an_override_reason_is_the_calls_first_entry_with_the_warnings(
    desk: Desk, store: Store, greek: int, clock: FixedClock
) -> None:
    first = desk.start_call(greek, None, "+302101234567")
    desk.end_call(first.interaction.id, Ending("no_answer"))
    clock.advance(timedelta(hours=2))
    warnings = desk.contact_warnings(greek, "call")
    assert [w.code for w in warnings] == [RECENT_ATTEMPT]
    with pytest.raises(InputError) as refused:
        desk.start_call(greek, None, "+302101234567", override=GuardOverride("  ", warnings))
    assert refused.value.field == "override_reason"
    second = desk.start_call(
        greek, None, "+302101234567", override=GuardOverride(" They asked me to call back at noon ", warnings)
    )
    assert [(line.kind, line.text) for line in second.lines] == [
        ("guard_override", "They asked me to call back at noon")
    ]
    desk.end_call(second.interaction.id, Ending("reached"))
    entries = [
        r.entry for r in desk.record_page(greek, 0, 1000) if r.entry.interaction_id == second.interaction.id
    ]
    override = entries[0]
    assert override.kind == "guard_override" and override.text == "They asked me to call back at noon"
    assert isinstance(override.details, GuardOverrideDetails) and override.details.warnings == warnings
    words = describe_entry(Wording("en", "en_GB", "Europe/Athens"), override)
    assert words == (
        "Went ahead despite: a call or visit already made on 23/11/2026 (the rule allows one in 2 days)."
        " Reason: They asked me to call back at noon"
    )
    assert desk.check_record(greek).ok


def test_a_visit_is_judged_at_its_moment_and_its_override_recorded(
    desk: Desk, store: Store, greek: int, clock: FixedClock
) -> None:
    with transaction(store.sessions) as session:
        append_entry(
            session, greek, NewEntry("dispute", "the work is unfinished", {"invoices": [], "currency": "EUR"})
        )
    saturday = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    on_saturday = desk.contact_warnings(greek, "visit", at=saturday)
    assert [w.code for w in on_saturday] == [OUTSIDE_HOURS, DISPUTE_OPEN]
    assert guard_warning(Wording("es", "es_ES", "Europe/Madrid"), on_saturday[0]).startswith(
        "su hora local, 11:00 del sábado 21/11/2026 (Europe/Athens)"
    )
    warnings = desk.contact_warnings(greek, "visit")
    assert [w.code for w in warnings] == [DISPUTE_OPEN]
    visit = ContactInput(
        "visit",
        MONDAY_MORNING - timedelta(minutes=30),
        Ending("met", "Visited the office"),
        override=GuardOverride("Delivering the signed delivery notes they asked for", warnings),
    )
    visit_id = desk.log_contact(greek, visit)
    kinds = [r.entry.kind for r in desk.record_page(greek, 0, 1000) if r.entry.interaction_id == visit_id]
    assert kinds == ["guard_override", "interaction"]
    assert desk.check_record(greek).ok
