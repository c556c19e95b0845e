"""Whether a debtor's promise to pay was kept, broken, or is still running."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum


class PromiseState(StrEnum):
    """The outcome of a promise to pay."""

    PENDING = "pending"
    KEPT = "kept"
    BROKEN = "broken"


def promise_state(
    amount_minor: int,
    made_on: date,
    due_on: date,
    payments: Iterable[tuple[date, int]],
    today: date,
    grace_days: int = 0,
) -> PromiseState:
    """The state on `today` of a promise, made on `made_on`, to pay `amount_minor` by `due_on`.

    Only payments dated from `made_on` to `due_on + grace_days` inclusive count, and none dated after
    `today` (they have not arrived yet). Kept as soon as they reach the amount, even before `due_on`;
    broken once the grace period has passed without that; pending otherwise.
    """
    if amount_minor <= 0:
        raise ValueError(f"a promise must be for a positive amount, not {amount_minor}")
    if grace_days < 0:
        raise ValueError(f"grace days cannot be negative: {grace_days}")
    if due_on < made_on:
        raise ValueError(f"a promise made on {made_on} cannot be due on {due_on}")
    # A promise due at the end of the calendar (a date typed in an older version) is never broken.
    deadline = due_on + timedelta(days=grace_days) if (date.max - due_on).days > grace_days else date.max
    counted_until = min(deadline, today)
    received = sum(amount for paid_on, amount in payments if made_on <= paid_on <= counted_until)
    if received >= amount_minor:
        return PromiseState.KEPT
    return PromiseState.BROKEN if today > deadline else PromiseState.PENDING
