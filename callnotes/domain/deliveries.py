"""What became of letters: read from `delivery` entries of the journal, never from a table.

A certified letter's fate (delivered, returned, refused by the addressee) is often known days after it
was sent, so it is recorded as an entry of its own naming the letter; the latest one is its state.
"""

from __future__ import annotations

from collections.abc import Iterable

from callnotes.domain.entries import DeliveryDetails, JournalEntry

DELIVERY_STATUSES = ("delivered", "returned", "refused")
# The outcome a letter is logged with that says the same as a delivery status (a letter refused at the
# door is not a debtor refusing to pay: it has its own outcome code).
OUTCOME_OF_STATUS = {"delivered": "delivered", "returned": "returned", "refused": "delivery_refused"}
STATUS_OF_OUTCOME = {outcome: status for status, outcome in OUTCOME_OF_STATUS.items()}


def latest_deliveries(entries: Iterable[JournalEntry]) -> dict[int, DeliveryDetails]:
    """For each letter (by interaction id) the delivery recorded last: a later record corrects an earlier one."""
    latest: dict[int, DeliveryDetails] = {}
    for entry in entries:
        if isinstance(entry.details, DeliveryDetails):
            latest[entry.details.interaction_id] = entry.details
    return latest
