"""The agenda on a real database: the example data's rows, snooze and done, and the command line."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from callnotes.clock import FixedClock
from callnotes.errors import InputError, NotFoundError
from callnotes.services.desk import Desk
from callnotes.store.access import Store
from tests.conftest import TODAY
from tests.integration.test_cli import callnotes

SPAIN = "Construcciones Núñez Peña S.L."


def test_the_example_data_lists_the_broken_promise_first(demo_store: Store) -> None:
    rows = Desk(demo_store, "tester").agenda_view().rows
    first = rows[0]
    assert (first.debtor_name, first.reason.value) == (SPAIN, "promise_broken")
    assert first.on == TODAY - timedelta(days=51) and first.amount_minor == 50_000
    assert [r.urgency for r in rows] == sorted(r.urgency for r in rows)
    assert {r.reason.value for r in rows} >= {"promise_broken", "follow_up_due", "no_recent_contact"}


def test_snooze_hides_a_row_until_its_day_and_done_until_the_reason_arises_anew(
    demo_store: Store, clock: FixedClock
) -> None:
    desk = Desk(demo_store, "tester")
    spain = next(
        r for r in desk.agenda_view().rows if r.debtor_name == SPAIN and r.reason.value == "promise_broken"
    )
    desk.snooze_agenda(spain.debtor_id, "promise_broken", TODAY + timedelta(days=2))
    assert spain.key not in {r.key for r in desk.agenda_view().rows}
    clock.advance(timedelta(days=2))
    assert spain.key in {r.key for r in desk.agenda_view().rows}
    assert desk.done_agenda(spain.debtor_id, "promise_broken") == spain.on + timedelta(days=1)
    clock.advance(timedelta(days=300))
    assert spain.key not in {r.key for r in desk.agenda_view().rows}  # the same broken promise stays done
    silence = next(r for r in desk.agenda_view().rows if r.key == (spain.debtor_id, "no_recent_contact"))
    desk.done_agenda(silence.debtor_id, "no_recent_contact")
    assert silence.key not in {r.key for r in desk.agenda_view().rows}
    clock.advance(timedelta(days=14))
    assert silence.key in {r.key for r in desk.agenda_view().rows}  # a silence comes round again


def test_marks_refuse_unknown_reasons_past_days_and_rows_not_on_the_agenda(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    spain = next(r for r in desk.agenda_view().rows if r.debtor_name == SPAIN)
    with pytest.raises(InputError):
        desk.done_agenda(spain.debtor_id, "whenever")
    with pytest.raises(InputError):
        desk.snooze_agenda(spain.debtor_id, spain.reason.value, TODAY)
    with pytest.raises(NotFoundError):
        desk.done_agenda(spain.debtor_id, "promise_due")


def test_undo_brings_a_marked_debtor_back_and_the_view_counts_those_hidden(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    spain = [r for r in desk.agenda_view().rows if r.debtor_name == SPAIN]
    first, *others = spain
    desk.done_agenda(first.debtor_id, first.reason.value)
    assert (desk.agenda_view().snoozed, desk.agenda_view().done) == (0, 0)  # still listed for the others
    for row in others:
        desk.snooze_agenda(row.debtor_id, row.reason.value, TODAY + timedelta(days=1))
    view = desk.agenda_view()
    assert first.debtor_id not in {r.debtor_id for r in view.rows} and (view.snoozed, view.done) == (1, 0)
    desk.undo_agenda(first.debtor_id, tuple(r.reason.value for r in spain))
    again = Desk(demo_store, "tester").agenda_view()  # a new desk: the undo was saved
    assert {r.key for r in spain} <= {r.key for r in again.rows} and (again.snoozed, again.done) == (0, 0)


def test_the_window_gets_the_most_urgent_debtors_and_how_many_more_there_are(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    everyone = list(dict.fromkeys(row.debtor_id for row in desk.agenda_view().rows))
    assert len(everyone) >= 2
    first = desk.agenda_view(most=1)
    assert {row.debtor_id for row in first.rows} == {everyone[0]} and first.further == len(everyone) - 1
    assert desk.agenda_view(most=len(everyone)).further == 0


def test_agenda_json_after_demo_lists_the_broken_promise(tmp_path: Path) -> None:
    day = date(2026, 11, 22).isoformat()
    assert callnotes(tmp_path, "demo", "--as-of", day).returncode == 0
    result = callnotes(tmp_path, "agenda", "--date", day, "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    broken = [r for r in rows if r["reason"] == "promise_broken"]
    assert [(r["debtor_name"], r["date"], r["amount_minor"]) for r in broken] == [
        (SPAIN, "2026-10-02", 50_000)
    ]
    assert all(r["detail"] and isinstance(r["debtor_id"], int) for r in rows)
    text = callnotes(tmp_path, "agenda", "--date", day)
    assert text.returncode == 0 and "promise_broken" in text.stdout and SPAIN in text.stdout
    refused = callnotes(tmp_path, "agenda", "--date", "2026-02-31")
    assert refused.returncode == 1 and "is not a date" in refused.stderr


GREEK = 2


def agree_plan_and_part_keep_a_promise(store: Store) -> None:
    """The Greek debtor agrees a plan 40 days ago, pays the first instalment and part of the second;
    then promises 100 € by 10 days ago and pays 30 € of it."""
    from datetime import UTC, datetime

    from callnotes.services.books import PaymentInput, record_payment
    from callnotes.services.interactions import ContactInput, Ending, PlanInput, PromiseInput, log_interaction
    from callnotes.store.engine import transaction

    def day(offset: int) -> date:
        return TODAY + timedelta(days=offset)

    with transaction(store.sessions) as session:
        plan = PlanInput(((day(-30), 10_000), (day(-1), 10_000), (day(29), 10_000)))
        visit = ContactInput("visit", datetime(2026, 10, 13, 10, tzinfo=UTC), Ending("plan", plan=plan))
        log_interaction(session, GREEK, visit)
        record_payment(session, GREEK, PaymentInput(day(-31), 10_000))
        record_payment(session, GREEK, PaymentInput(day(-3), 5_000))
        call = ContactInput(
            "call",
            datetime(2026, 11, 2, 10, tzinfo=UTC),
            Ending("promise", promise=PromiseInput(10_000, day(-10))),
        )
        log_interaction(session, GREEK, call)
        record_payment(session, GREEK, PaymentInput(day(-12), 3_000))


def test_promise_and_plan_states_reach_the_facts_the_debtor_view_the_packet_and_the_agenda(
    demo_store: Store,
) -> None:
    from callnotes.export.packet_data import build_packet
    from callnotes.export.packet_model import PacketOptions

    agree_plan_and_part_keep_a_promise(demo_store)
    desk = Desk(demo_store, "tester")
    facts = desk.facts(GREEK)
    assert facts.promises[0].state.value == "part_kept" and facts.promises[0].paid_minor == 3_000
    [plan] = facts.plans
    # the waterfall: 100 € + 50 € + 30 € since the plan (the promise's 30 € counts for the plan too)
    assert [(i.state.value, i.paid_minor) for i in plan.instalments] == [
        ("paid", 10_000),
        ("part_paid", 8_000),
        ("upcoming", 0),
    ]
    assert plan.state.value == "behind"
    view = desk.debtor(GREEK)
    assert view.plans == facts.plans and view.promises[0] == facts.promises[0]
    with demo_store.sessions() as session:
        packet = build_packet(session, demo_store.paths, GREEK, PacketOptions(as_of=TODAY))
    assert [(p.state, p.paid_minor) for p in packet.promises][-1] == ("part_kept", 3_000)
    assert [p.state for p in packet.plans] == ["behind"]
    assert [(i.state, i.paid_minor) for i in packet.plans[0].instalments] == [
        ("paid", 10_000),
        ("part_paid", 8_000),
        ("upcoming", 0),
    ]
    rows = {r.reason.value: r for r in desk.agenda_view().rows if r.debtor_id == GREEK}
    assert rows["promise_broken"].amount_minor == 7_000 and "part-kept" in rows["promise_broken"].detail
    assert rows["instalment_missed"].amount_minor == 2_000 and rows[
        "instalment_missed"
    ].on == TODAY - timedelta(days=1)
    # a plan behind and a promise past its date pause nothing
    assert {"no_recent_contact", "reminder_due"} <= set(rows)
