"""The contact guard on the store: the warnings about calling or visiting a debtor at a moment.

The rules are in domain/contact_rules.py; this reads what they need (the debtor's contacts, time
zone and disputes, the business's calling hours and interval) and records an override.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from callnotes.domain.account import Account
from callnotes.domain.contact_rules import (
    CALLING_HOURS,
    DEFAULT_CALLING_HOURS,
    DEFAULT_GAP_DAYS,
    GUARDED_KINDS,
    ContactWarning,
    GuardOverride,
    contact_warnings,
)
from callnotes.domain.disputes import open_disputes
from callnotes.services import validation
from callnotes.services.countries import FALLBACK_ZONE, number_time_zones
from callnotes.store import queries
from callnotes.store.account import DISPUTE_ENTRY_KINDS, read_account


def debtor_zones(account: Account, number: str | None = None) -> tuple[str, ...]:
    """The time zones the debtor may be in: the one chosen for them; but when that is UTC, the
    fallback a debtor gets when nothing told their zone, the zones of the number dialled, else of the
    debtor's or their people's numbers; UTC when none is known."""
    zone = account.debtor.time_zone
    if zone != FALLBACK_ZONE:
        return (zone,)
    numbers = [number, account.debtor.phone, *(n for p in account.current_people for n in p.numbers)]
    for candidate in numbers:
        zones = number_time_zones(candidate) if candidate else ()
        if zones:
            return zones
    return (FALLBACK_ZONE,)


def warnings_for(
    session: Session, debtor_id: int, kind: str, at: datetime, number: str | None = None
) -> tuple[ContactWarning, ...]:
    """The guard's warnings about a call or a visit (`kind`) to the debtor at `at`, dialling `number`
    (for a call); none for other kinds of contact."""
    if kind not in GUARDED_KINDS:
        return ()
    account = read_account(session, debtor_id, DISPUTE_ENTRY_KINDS)  # of the journal, only the disputes
    business = queries.creditor(session)
    hours = CALLING_HOURS.get(business.calling_hours if business else DEFAULT_CALLING_HOURS)
    return contact_warnings(
        at,
        account.interactions,
        debtor_zones(account, number),
        hours or CALLING_HOURS[DEFAULT_CALLING_HOURS],
        business.contact_gap_days if business else DEFAULT_GAP_DAYS,
        open_disputes(account.entries),
    )


def checked_override(override: GuardOverride) -> GuardOverride:
    """The override with its reason trimmed; refused without a reason (going ahead needs one)."""
    reason = validation.required(
        override.reason, "override_reason", "The reason for going ahead", validation.TEXT_CHARS
    )
    return GuardOverride(reason, tuple(override.warnings))


def override_line(override: GuardOverride) -> tuple[str, str, dict[str, object]]:
    """The draft line that records an override: (kind, text, data)."""
    checked = checked_override(override)
    return "guard_override", checked.reason, checked.data()


def warning_list(warnings: Sequence[ContactWarning]) -> list[dict[str, object]]:
    """Warnings as JSON (the command line's --json)."""
    return [w.as_json() for w in warnings]
