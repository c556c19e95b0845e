"""Payment plans: the waterfall of payments over instalments, each instalment's state and the plan's."""

from __future__ import annotations

from datetime import date, timedelta

from callnotes.domain.plans import InstalmentState, PlanState, plan_status

AGREED = date(2027, 1, 20)
# Monthly on the 31st: February has no 31st, so the offers calculator puts it on the month's last day
# (29 February in the leap year 2028); the plan tracks whatever dates were agreed.
MONTHLY = [(date(2028, 1, 31), 10_000), (date(2028, 2, 29), 10_000), (date(2028, 3, 31), 10_001)]
LEAP_AGREED = date(2028, 1, 15)

S = InstalmentState


def states(payments: list[tuple[date, int]], today: date) -> list[InstalmentState]:
    return [i.state for i in plan_status(LEAP_AGREED, MONTHLY, payments, today).instalments]


def test_before_anything_is_due_every_instalment_is_upcoming_and_the_plan_on_track() -> None:
    status = plan_status(LEAP_AGREED, MONTHLY, [], date(2028, 1, 30))
    assert [i.state for i in status.instalments] == [S.UPCOMING] * 3
    assert status.state is PlanState.ON_TRACK
    assert status.next_due is not None and status.next_due.number == 1


def test_due_today_on_the_instalments_day_then_missed_the_day_after() -> None:
    assert states([], date(2028, 1, 31))[0] is S.DUE_TODAY
    assert states([], date(2028, 2, 1))[0] is S.MISSED
    assert plan_status(LEAP_AGREED, MONTHLY, [], date(2028, 2, 1)).state is PlanState.BEHIND


def test_the_leap_day_instalment_is_due_on_29_february_and_missed_on_1_march() -> None:
    paid_first = [(date(2028, 1, 31), 10_000)]
    assert states(paid_first, date(2028, 2, 28)) == [S.PAID, S.UPCOMING, S.UPCOMING]
    assert states(paid_first, date(2028, 2, 29)) == [S.PAID, S.DUE_TODAY, S.UPCOMING]
    assert states(paid_first, date(2028, 3, 1)) == [S.PAID, S.MISSED, S.UPCOMING]
    assert plan_status(LEAP_AGREED, MONTHLY, paid_first, date(2028, 3, 1)).state is PlanState.BEHIND


def test_payments_fill_instalments_in_date_order_and_a_late_payment_catches_the_plan_up() -> None:
    status = plan_status(LEAP_AGREED, MONTHLY, [(date(2028, 2, 10), 15_000)], date(2028, 3, 1))
    assert [(i.state, i.paid_minor) for i in status.instalments] == [
        (S.PAID, 10_000),
        (S.PART_PAID, 5_000),
        (S.UPCOMING, 0),
    ]
    assert status.arrears_minor == 5_000 and status.state is PlanState.BEHIND
    caught_up = plan_status(
        LEAP_AGREED, MONTHLY, [(date(2028, 2, 10), 15_000), (date(2028, 3, 2), 5_000)], date(2028, 3, 2)
    )
    assert caught_up.state is PlanState.ON_TRACK
    assert [i.state for i in caught_up.instalments] == [S.PAID, S.PAID, S.UPCOMING]


def test_completed_when_every_instalment_is_paid_even_early() -> None:
    status = plan_status(LEAP_AGREED, MONTHLY, [(date(2028, 1, 20), 30_001)], date(2028, 1, 20))
    assert status.state is PlanState.COMPLETED
    assert status.paid_minor == 30_001 and status.next_due is None


def test_overpayment_is_not_applied_beyond_the_plan() -> None:
    status = plan_status(LEAP_AGREED, MONTHLY, [(date(2028, 1, 20), 99_999)], date(2028, 4, 1))
    assert status.paid_minor == 30_001 and status.state is PlanState.COMPLETED


def test_broken_with_two_instalments_in_arrears() -> None:
    status = plan_status(LEAP_AGREED, MONTHLY, [], date(2028, 3, 1))
    assert [i.state for i in status.instalments] == [S.MISSED, S.MISSED, S.UPCOMING]
    assert status.state is PlanState.BROKEN
    assert [i.number for i in status.in_arrears] == [1, 2] and status.arrears_minor == 20_000


def test_broken_once_the_last_date_passed_without_completion() -> None:
    almost = [(date(2028, 1, 31), 10_000), (date(2028, 2, 29), 10_000), (date(2028, 3, 31), 10_000)]
    status = plan_status(LEAP_AGREED, MONTHLY, almost, date(2028, 4, 1))
    assert [i.state for i in status.instalments] == [S.PAID, S.PAID, S.PART_PAID]
    assert status.state is PlanState.BROKEN and status.arrears_minor == 1


def test_payments_before_the_plan_was_agreed_or_after_today_do_not_count() -> None:
    payments = [(AGREED - timedelta(days=1), 5_000), (date(2027, 2, 25), 5_000)]
    status = plan_status(AGREED, [(date(2027, 2, 20), 5_000)], payments, date(2027, 2, 21))
    assert status.instalments[0].state is S.MISSED
    assert plan_status(AGREED, [(date(2027, 2, 20), 5_000)], payments, date(2027, 2, 25)).state is (
        PlanState.COMPLETED
    )


def test_instalments_given_out_of_order_are_numbered_by_date() -> None:
    status = plan_status(AGREED, [(date(2027, 3, 1), 2), (date(2027, 2, 1), 1)], [(AGREED, 1)], AGREED)
    assert [(i.number, i.due_on, i.state) for i in status.instalments] == [
        (1, date(2027, 2, 1), S.PAID),
        (2, date(2027, 3, 1), S.UPCOMING),
    ]
