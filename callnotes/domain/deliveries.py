"""What became of letters: read from `delivery` entries of the journal, never from a table.

A certified letter's fate (delivered, returned, refused by the addressee) is often known days after it
was sent, so it is recorded as an entry of its own naming the letter; the latest one is its state.
"""

from __future__ import annotations

from collections.abc import Iterable

from callnotes.domain.choices import DELIVERY_STATUSES as DELIVERY_STATUSES  # named here too
from callnotes.domain.choices import OUTCOME_OF_STATUS as OUTCOME_OF_STATUS
from callnotes.domain.entries import DeliveryDetails, JournalEntry

STATUS_OF_OUTCOME = {outcome: status for status, outcome in OUTCOME_OF_STATUS.items()}


def latest_deliveries(entries: Iterable[JournalEntry]) -> dict[int, DeliveryDetails]:
    """For each letter (by interaction id) the delivery recorded last: a later record corrects an earlier one."""
    latest: dict[int, DeliveryDetails] = {}
    for entry in entries:
        if isinstance(entry.details, DeliveryDetails):
            latest[entry.details.interaction_id] = entry.details
    return latest
