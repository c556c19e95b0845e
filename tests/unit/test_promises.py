"""Promises to pay: kept, part-kept, broken or still pending."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callnotes.domain.promises import PromiseState, promise_received, promise_state

MADE = date(2024, 5, 1)
DUE = date(2024, 5, 10)


def state(
    payments: list[tuple[date, int]], today: date, grace_days: int = 0, amount: int = 50_000
) -> PromiseState:
    return promise_state(amount, MADE, DUE, payments, today, grace_days)


def test_pending_until_the_due_date_passes() -> None:
    assert state([], MADE) is PromiseState.PENDING
    assert state([(DUE, 20_000)], DUE) is PromiseState.PENDING


def test_kept_as_soon_as_the_amount_is_paid_even_early() -> None:
    assert state([(MADE + timedelta(days=2), 50_000)], MADE + timedelta(days=2)) is PromiseState.KEPT
    assert state([(MADE, 30_000), (DUE, 20_000)], DUE) is PromiseState.KEPT
    assert state([(DUE, 80_000)], DUE + timedelta(days=100)) is PromiseState.KEPT  # overpaid


def test_broken_the_day_after_the_due_date_without_grace() -> None:
    assert state([], DUE + timedelta(days=1)) is PromiseState.BROKEN


def test_part_kept_when_the_date_passed_with_some_but_not_all_paid() -> None:
    assert state([(DUE, 49_999)], DUE) is PromiseState.PENDING  # still its day
    assert state([(DUE, 49_999)], DUE + timedelta(days=1)) is PromiseState.PART_KEPT
    assert state([(MADE, 1)], DUE + timedelta(days=400)) is PromiseState.PART_KEPT
    assert (
        promise_received(
            MADE, DUE, [(MADE, 1), (DUE, 2), (DUE + timedelta(days=1), 4)], DUE + timedelta(days=9)
        )
        == 3
    )


def test_payments_after_the_deadline_do_not_keep_the_promise() -> None:
    late = DUE + timedelta(days=1)
    assert state([(late, 50_000)], late) is PromiseState.BROKEN


def test_grace_days_extend_the_deadline() -> None:
    payment_in_grace = [(DUE + timedelta(days=3), 50_000)]
    assert state([], DUE + timedelta(days=3), grace_days=3) is PromiseState.PENDING
    assert state(payment_in_grace, DUE + timedelta(days=3), grace_days=3) is PromiseState.KEPT
    assert state(payment_in_grace, DUE + timedelta(days=30), grace_days=3) is PromiseState.KEPT
    assert state(payment_in_grace, DUE + timedelta(days=30), grace_days=2) is PromiseState.BROKEN
    assert state([], DUE + timedelta(days=4), grace_days=3) is PromiseState.BROKEN


def test_payments_before_the_promise_do_not_count() -> None:
    before = MADE - timedelta(days=1)
    assert state([(before, 50_000)], DUE) is PromiseState.PENDING
    assert state([(before, 50_000)], DUE + timedelta(days=1)) is PromiseState.BROKEN
    assert state([(before, 10_000), (MADE, 40_000)], DUE + timedelta(days=1)) is PromiseState.PART_KEPT


def test_payments_dated_after_today_have_not_arrived_yet() -> None:
    assert state([(DUE, 50_000)], MADE) is PromiseState.PENDING


@pytest.mark.parametrize(
    ("amount", "made_on", "due_on", "grace_days"),
    [(0, MADE, DUE, 0), (-5, MADE, DUE, 0), (100, MADE, DUE, -1), (100, DUE, MADE, 0)],
)
def test_impossible_promises_are_refused(amount: int, made_on: date, due_on: date, grace_days: int) -> None:
    with pytest.raises(ValueError):
        promise_state(amount, made_on, due_on, [], DUE, grace_days)


dates = st.integers(-20, 40).map(lambda offset: MADE + timedelta(days=offset))


@settings(deadline=None)
@given(
    st.lists(st.tuples(dates, st.integers(1, 60_000)), max_size=5),
    dates,
    st.integers(0, 10),
)
def test_state_matches_its_definition(payments: list[tuple[date, int]], today: date, grace_days: int) -> None:
    result = state(payments, today, grace_days)
    deadline = DUE + timedelta(days=grace_days)
    counted = sum(amount for on, amount in payments if MADE <= on <= deadline and on <= today)
    if counted >= 50_000:
        assert result is PromiseState.KEPT
    elif today > deadline:
        assert result is (PromiseState.PART_KEPT if counted else PromiseState.BROKEN)
    else:
        assert result is PromiseState.PENDING
    # Once decided, waiting longer never changes the outcome.
    if result is not PromiseState.PENDING:
        assert state(payments, max(today, deadline) + timedelta(days=365), grace_days) is result
