"""Fixed choices of the books that both the services and the command line's parsers name: kept in a
module that imports nothing, so `callnotes --help` names them without loading the store."""

from __future__ import annotations

DEBTOR_KINDS = ("business", "person")
ARCHIVE_REASONS = ("paid", "written_off", "agency", "lawyer", "other")
DEFAULT_PAYMENT_DAYS = 30  # an agreement's payment terms when none are given
DELIVERY_STATUSES = ("delivered", "returned", "refused")
# The outcome a letter is logged with that says the same as a delivery status (a letter refused at the
# door is not a debtor refusing to pay: it has its own outcome code).
OUTCOME_OF_STATUS = {"delivered": "delivered", "returned": "returned", "refused": "delivery_refused"}
