"""The small reads the services need while they write: lookups, the next number, what is still open.

Bigger reads of a debtor's account live in `account.py`; the journal's in `journal.py`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, func, select

from callnotes.store.models import (
    Agreement,
    Attachment,
    Creditor,
    Debtor,
    DraftLine,
    Entry,
    Interaction,
    Invoice,
    PaymentReversal,
)


def debtor_count(session: Session) -> int:
    """How many debtors there are."""
    return session.exec(select(func.count()).select_from(Debtor)).one()


def all_debtors(session: Session) -> Sequence[Debtor]:
    """Every debtor, archived ones too, in the order they were added."""
    return session.exec(select(Debtor).order_by(col(Debtor.id))).all()


def debtor_names(session: Session) -> dict[int, str]:
    """Every debtor's name by id."""
    return {debtor_id or 0: name for debtor_id, name in session.exec(select(Debtor.id, Debtor.name))}


def creditor(session: Session) -> Creditor | None:
    """The creditor profile, if it was filled in."""
    return session.exec(select(Creditor).order_by(col(Creditor.id))).first()


def has_invoices(session: Session, debtor_id: int) -> bool:
    """Whether the debtor has any invoice."""
    return session.exec(select(Invoice.id).where(Invoice.debtor_id == debtor_id)).first() is not None


def invoice_number_taken(session: Session, debtor_id: int, number: str) -> bool:
    """Whether the debtor already has an invoice with this number."""
    query = select(Invoice.id).where(Invoice.debtor_id == debtor_id, Invoice.number == number)
    return session.exec(query).first() is not None


def invoice_by_number(session: Session, debtor_id: int, number: str) -> Invoice | None:
    """The debtor's invoice with this number."""
    return session.exec(
        select(Invoice).where(Invoice.debtor_id == debtor_id, Invoice.number == number)
    ).first()


def latest_agreement(session: Session, debtor_id: int) -> Agreement | None:
    """The agreement signed last: its terms apply to new invoices."""
    query = (
        select(Agreement)
        .where(Agreement.debtor_id == debtor_id)
        .order_by(col(Agreement.signed_on).desc(), col(Agreement.id).desc())
    )
    return session.exec(query).first()


def reversal_of(session: Session, payment_id: int) -> PaymentReversal | None:
    """The reversal of a payment, if it was reversed."""
    return session.exec(select(PaymentReversal).where(PaymentReversal.payment_id == payment_id)).first()


def attachments_of(session: Session, debtor_id: int) -> Sequence[Attachment]:
    """The debtor's attachments in the order they were added."""
    return session.exec(
        select(Attachment).where(Attachment.debtor_id == debtor_id).order_by(col(Attachment.id))
    ).all()


def same_attachment(
    session: Session,
    debtor_id: int,
    sha256: str,
    invoice_id: int | None,
    interaction_id: int | None,
    agreement_id: int | None,
) -> Attachment | None:
    """The attachment of this file (by hash) to exactly this debtor, invoice, interaction or agreement."""
    query = select(Attachment).where(Attachment.debtor_id == debtor_id, Attachment.sha256 == sha256)
    for column, key in (
        (Attachment.invoice_id, invoice_id),
        (Attachment.interaction_id, interaction_id),
        (Attachment.agreement_id, agreement_id),
    ):
        query = query.where(col(column).is_(None) if key is None else col(column) == key)
    return session.exec(query.order_by(col(Attachment.id))).first()


@dataclass(frozen=True)
class AttachmentOwners:
    """What names a debtor's invoices, agreements and interactions in a list of documents."""

    invoices: dict[int, str]  # number
    agreements: dict[int, date]  # signing day
    interactions: dict[int, tuple[str, datetime]]  # kind, start


def attachment_owners(session: Session, debtor_id: int) -> AttachmentOwners:
    """The numbers of the debtor's invoices, the days of its agreements, the kinds and starts of its
    interactions, by id."""
    invoices = select(Invoice.id, Invoice.number).where(Invoice.debtor_id == debtor_id)
    agreements = select(Agreement.id, col(Agreement.signed_on)).where(Agreement.debtor_id == debtor_id)
    interactions = select(Interaction.id, Interaction.kind, Interaction.started_at).where(
        Interaction.debtor_id == debtor_id
    )
    return AttachmentOwners(
        {key or 0: number for key, number in session.exec(invoices)},
        {key or 0: signed_on for key, signed_on in session.exec(agreements)},
        {key or 0: (kind, started_at) for key, kind, started_at in session.exec(interactions)},
    )


def draft_lines(session: Session, interaction_id: int) -> Sequence[DraftLine]:
    """The draft lines of an open interaction, in the order they were written."""
    return session.exec(
        select(DraftLine).where(DraftLine.interaction_id == interaction_id).order_by(col(DraftLine.position))
    ).all()


def draft_line(session: Session, interaction_id: int, position: int) -> DraftLine | None:
    """One draft line by its position."""
    query = select(DraftLine).where(
        DraftLine.interaction_id == interaction_id, DraftLine.position == position
    )
    return session.exec(query).first()


def last_draft_position(session: Session, interaction_id: int) -> int:
    """The position of the last draft line (0 when there is none)."""
    query = select(func.max(DraftLine.position)).where(DraftLine.interaction_id == interaction_id)
    return session.exec(query).one() or 0


def open_interactions(session: Session) -> Sequence[Interaction]:
    """Interactions that were started and never ended, oldest first."""
    return session.exec(
        select(Interaction).where(col(Interaction.ended_at).is_(None)).order_by(col(Interaction.started_at))
    ).all()


def draft_counts(session: Session, interaction_ids: Sequence[int]) -> dict[int, int]:
    """How many draft lines each of these interactions has."""
    query = (
        select(DraftLine.interaction_id, func.count())
        .where(col(DraftLine.interaction_id).in_(interaction_ids))
        .group_by(col(DraftLine.interaction_id))
    )
    return dict(session.exec(query).all())


def first_entry_about(
    session: Session, debtor_id: int, kinds: Sequence[str], key: str, value: int
) -> int | None:
    """The sequence number of the first entry of these kinds whose data says `key` is `value` (the entry
    that recorded an invoice, a payment or a person), or None."""
    query = (
        select(Entry.seq, Entry.data)
        .where(Entry.debtor_id == debtor_id, col(Entry.kind).in_(kinds))
        .order_by(col(Entry.seq))
    )
    for seq, data in session.exec(query):
        if json.loads(data).get(key) == value:
            return seq
    return None


def entry_by_seq(session: Session, debtor_id: int, seq: int) -> Entry | None:
    """One entry of a debtor's journal by its sequence number."""
    return session.exec(select(Entry).where(Entry.debtor_id == debtor_id, Entry.seq == seq)).first()
