"""Fixed choices of the books that both the services and the command line's parsers name: kept in a
module that imports nothing, so `callnotes --help` names them without loading the store."""

from __future__ import annotations

LANGUAGES = ("es", "el", "en")  # the languages callnotes speaks: its interface, letters and packets
DEBTOR_KINDS = ("business", "person")
ARCHIVE_REASONS = ("paid", "written_off", "agency", "lawyer", "other")
DEFAULT_PAYMENT_DAYS = 30  # an agreement's payment terms when none are given
DEFAULT_REPLY_WAIT_DAYS = 7  # as Creditor.reply_wait_days: a week for the debtor to answer a summary
MAX_REPLY_WAIT_DAYS = 90
DELIVERY_STATUSES = ("delivered", "returned", "refused")
# The outcome a letter is logged with that says the same as a delivery status (a letter refused at the
# door is not a debtor refusing to pay: it has its own outcome code).
OUTCOME_OF_STATUS = {"delivered": "delivered", "returned": "returned", "refused": "delivery_refused"}
