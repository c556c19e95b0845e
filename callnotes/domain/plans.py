"""Where a payment plan stands: each instalment paid, part-paid, missed, due today or upcoming.

Payments dated from the day the plan was agreed up to today are applied to the instalments in date
order (the waterfall): the first instalment is paid before the second gets anything, so a late payment
catches the plan up. The plan is completed when every instalment is paid, on track when none that fell
due is unpaid, behind with one instalment in arrears, and broken with two or more, or once its last
date has passed without it being completed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# Instalments in arrears from which a plan counts as broken rather than behind.
BROKEN_AFTER_MISSED = 2


class InstalmentState(StrEnum):
    """Where one instalment stands on a day."""

    PAID = "paid"
    PART_PAID = "part_paid"  # its date passed with some of it paid
    MISSED = "missed"  # its date passed with nothing paid
    DUE_TODAY = "due_today"
    UPCOMING = "upcoming"

    @property
    def in_arrears(self) -> bool:
        """Whether its date has passed without it being paid in full."""
        return self in (InstalmentState.PART_PAID, InstalmentState.MISSED)


class PlanState(StrEnum):
    """Where a whole plan stands on a day."""

    ON_TRACK = "on_track"
    BEHIND = "behind"
    COMPLETED = "completed"
    BROKEN = "broken"


@dataclass(frozen=True, slots=True)
class InstalmentStatus:
    """One instalment with what the waterfall put on it."""

    number: int  # 1 for the first by date
    due_on: date
    amount_minor: int
    paid_minor: int
    state: InstalmentState

    @property
    def open_minor(self) -> int:
        return self.amount_minor - self.paid_minor


@dataclass(frozen=True, slots=True)
class PlanStatus:
    """A plan's state and each of its instalments', in date order."""

    state: PlanState
    instalments: tuple[InstalmentStatus, ...]
    paid_minor: int  # what the payments since the plan was agreed put on its instalments

    @property
    def in_arrears(self) -> tuple[InstalmentStatus, ...]:
        """The instalments whose date passed without them being paid in full."""
        return tuple(i for i in self.instalments if i.state.in_arrears)

    @property
    def arrears_minor(self) -> int:
        """What is unpaid of the instalments that fell due."""
        return sum(i.open_minor for i in self.in_arrears)

    @property
    def next_due(self) -> InstalmentStatus | None:
        """The first instalment due today or later that is not paid in full."""
        return next(
            (i for i in self.instalments if i.state in (InstalmentState.DUE_TODAY, InstalmentState.UPCOMING)),
            None,
        )


def plan_status(
    agreed_on: date,
    instalments: Sequence[tuple[date, int]],
    payments: Iterable[tuple[date, int]],
    today: date,
) -> PlanStatus:
    """The state on `today` of a plan agreed on `agreed_on` with these (due date, amount) instalments.

    Payments dated from `agreed_on` to `today` inclusive count; those dated later have not arrived.
    """
    available = sum(amount for paid_on, amount in payments if agreed_on <= paid_on <= today)
    applied = 0
    statuses: list[InstalmentStatus] = []
    ordered = sorted(enumerate(instalments), key=lambda pair: (pair[1][0], pair[0]))  # stable on ties
    for number, (_, (due_on, amount)) in enumerate(ordered, start=1):
        paid = max(0, min(amount, available - applied))
        applied += paid
        if paid >= amount:
            state = InstalmentState.PAID
        elif due_on > today:
            state = InstalmentState.UPCOMING
        elif due_on == today:
            state = InstalmentState.DUE_TODAY
        else:
            state = InstalmentState.PART_PAID if paid else InstalmentState.MISSED
        statuses.append(InstalmentStatus(number, due_on, amount, paid, state))
    return PlanStatus(_plan_state(statuses, today), tuple(statuses), applied)


def _plan_state(statuses: Sequence[InstalmentStatus], today: date) -> PlanState:
    if all(i.state is InstalmentState.PAID for i in statuses):
        return PlanState.COMPLETED
    arrears = sum(1 for i in statuses if i.state.in_arrears)
    if arrears == 0:
        return PlanState.ON_TRACK
    if arrears >= BROKEN_AFTER_MISSED or today > statuses[-1].due_on:
        return PlanState.BROKEN
    return PlanState.BEHIND
