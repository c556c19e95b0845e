"""Whether a debtor's promise to pay was kept, broken, part-kept, or is still running."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum


class PromiseState(StrEnum):
    """The outcome of a promise to pay."""

    PENDING = "pending"
    KEPT = "kept"
    PART_KEPT = "part_kept"  # the date passed with some, but not all, of the amount paid
    BROKEN = "broken"  # the date passed with nothing paid

    @property
    def settled(self) -> bool:
        """Whether the promise's outcome is known (it is no longer running)."""
        return self is not PromiseState.PENDING


def promise_received(
    made_on: date, due_on: date, payments: Iterable[tuple[date, int]], today: date, grace_days: int = 0
) -> int:
    """What the payments that count for a promise add up to on `today`: those dated from `made_on` to
    `due_on + grace_days` inclusive, and none after `today` (they have not arrived yet)."""
    counted_until = min(_deadline(due_on, grace_days), today)
    return sum(amount for paid_on, amount in payments if made_on <= paid_on <= counted_until)


def _deadline(due_on: date, grace_days: int) -> date:
    # A promise due at the end of the calendar (a date typed in an older version) is never broken.
    return due_on + timedelta(days=grace_days) if (date.max - due_on).days > grace_days else date.max


def promise_state(
    amount_minor: int,
    made_on: date,
    due_on: date,
    payments: Iterable[tuple[date, int]],
    today: date,
    grace_days: int = 0,
) -> PromiseState:
    """The state on `today` of a promise, made on `made_on`, to pay `amount_minor` by `due_on`.

    Only payments dated from `made_on` to `due_on + grace_days` inclusive count (see
    `promise_received`). Kept as soon as they reach the amount, even before `due_on`; once the grace
    period has passed without that, part-kept when something was paid and broken when nothing was;
    pending otherwise.
    """
    if amount_minor <= 0:
        raise ValueError(f"a promise must be for a positive amount, not {amount_minor}")
    if grace_days < 0:
        raise ValueError(f"grace days cannot be negative: {grace_days}")
    if due_on < made_on:
        raise ValueError(f"a promise made on {made_on} cannot be due on {due_on}")
    received = promise_received(made_on, due_on, payments, today, grace_days)
    if received >= amount_minor:
        return PromiseState.KEPT
    if today <= _deadline(due_on, grace_days):
        return PromiseState.PENDING
    return PromiseState.PART_KEPT if received > 0 else PromiseState.BROKEN
