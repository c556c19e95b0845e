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
    rows = Desk(demo_store, "tester").agenda()
    first = rows[0]
    assert (first.debtor_name, first.reason.value) == (SPAIN, "promise_broken")
    assert first.on == TODAY - timedelta(days=51) and first.amount_minor == 50_000
    assert [r.urgency for r in rows] == sorted(r.urgency for r in rows)
    assert {r.reason.value for r in rows} >= {"promise_broken", "follow_up_due", "no_recent_contact"}


def test_snooze_hides_a_row_until_its_day_and_done_until_the_reason_arises_anew(
    demo_store: Store, clock: FixedClock
) -> None:
    desk = Desk(demo_store, "tester")
    spain = next(r for r in desk.agenda() if r.debtor_name == SPAIN and r.reason.value == "promise_broken")
    desk.snooze_agenda(spain.debtor_id, "promise_broken", TODAY + timedelta(days=2))
    assert spain.key not in {r.key for r in desk.agenda()}
    clock.advance(timedelta(days=2))
    assert spain.key in {r.key for r in desk.agenda()}
    assert desk.done_agenda(spain.debtor_id, "promise_broken") == spain.on + timedelta(days=1)
    clock.advance(timedelta(days=300))
    assert spain.key not in {r.key for r in desk.agenda()}  # the same broken promise stays done
    silence = next(r for r in desk.agenda() if r.key == (spain.debtor_id, "no_recent_contact"))
    desk.done_agenda(silence.debtor_id, "no_recent_contact")
    assert silence.key not in {r.key for r in desk.agenda()}
    clock.advance(timedelta(days=14))
    assert silence.key in {r.key for r in desk.agenda()}  # a silence comes round again


def test_marks_refuse_unknown_reasons_past_days_and_rows_not_on_the_agenda(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    spain = next(r for r in desk.agenda() if r.debtor_name == SPAIN)
    with pytest.raises(InputError):
        desk.done_agenda(spain.debtor_id, "whenever")
    with pytest.raises(InputError):
        desk.snooze_agenda(spain.debtor_id, spain.reason.value, TODAY)
    with pytest.raises(NotFoundError):
        desk.done_agenda(spain.debtor_id, "promise_due")


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
