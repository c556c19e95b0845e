"""Row counts for `callnotes info`."""

from __future__ import annotations

from sqlmodel import Session, func, select

from callnotes.store.models import (
    Agreement,
    Attachment,
    CreditNote,
    Debtor,
    Entry,
    Interaction,
    Invoice,
    Payment,
    PaymentReversal,
    Person,
    Promise,
    Tombstone,
)

COUNTED = {
    "debtors": Debtor,
    "people": Person,
    "agreements": Agreement,
    "invoices": Invoice,
    "credit_notes": CreditNote,
    "payments": Payment,
    "payment_reversals": PaymentReversal,
    "promises": Promise,
    "interactions": Interaction,
    "journal_entries": Entry,
    "attachments": Attachment,
    "deleted_debtors": Tombstone,  # deleted on request: a tombstone each
}


def row_counts(session: Session) -> dict[str, int]:
    """How many rows each main table holds."""
    return {
        name: session.exec(select(func.count()).select_from(table)).one() for name, table in COUNTED.items()
    }
