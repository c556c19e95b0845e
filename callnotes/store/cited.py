"""The heads summaries and letters cited, kept whole: a document shows only the first characters of
the head (its record reference), and a copy of it later proves what the record said only if the full
head it cited can be found again."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from callnotes.domain.documents import CitedReference
from callnotes.domain.record import WitnessHead
from callnotes.store.journal import recorded_heads
from callnotes.store.models import CitedHead


def current_head(session: Session, debtor_id: int) -> WitnessHead | None:
    """The debtor's journal head now (entries and the last hash), None when it has no entry yet."""
    found = recorded_heads(session, debtor_id).get(debtor_id)
    return WitnessHead(debtor_id, found[0], found[1]) if found else None


def keep_cited_head(
    session: Session, cited: WitnessHead, document: str, language: str, sha256: str, issued_at: datetime
) -> CitedHead:
    """Keep the full head a document written to a file cited, with the file's SHA-256."""
    row = CitedHead(
        debtor_id=cited.debtor_id,
        entries=cited.entries,
        head=cited.head,
        document=document,
        language=language,
        sha256=sha256,
        issued_at=issued_at,
    )
    session.add(row)
    session.flush()
    return row


def cited_heads(session: Session, reference: CitedReference) -> list[WitnessHead]:
    """The full heads kept for a record reference read back from a document (usually one)."""
    query = (
        select(CitedHead.debtor_id, CitedHead.entries, CitedHead.head)
        .where(
            CitedHead.debtor_id == reference.debtor_id,
            CitedHead.entries == reference.entries,
            col(CitedHead.head).startswith(reference.head_prefix, autoescape=True),
        )
        .distinct()
    )
    return [WitnessHead(int(d), int(n), str(h)) for d, n, h in session.execute(query)]


def cited_by_sha256(session: Session, sha256: str, debtor_id: int) -> CitedHead | None:
    """The head kept for the file with this SHA-256, written for this debtor (the latest, if twice)."""
    query = (
        select(CitedHead)
        .where(CitedHead.sha256 == sha256, CitedHead.debtor_id == debtor_id)
        .order_by(col(CitedHead.id).desc())
    )
    return session.exec(query).first()
