"""Whether the debtor confirmed what we wrote: the documents we sent and the replies recorded to them.

The field guidance: after the call, send a short summary of what was agreed and ask the debtor to
confirm it by reply; if they still do not pay, the reply (or its absence) strengthens the claim. A
contact that sent a summary or letter records which (`ContactDetails.document`); a `reply` entry
names that contact and says how the debtor answered: confirming, disputing, or silent (the user
notes that no reply came). The latest reply to a document is its state, so a reply recorded after a
"silent" one corrects it.

Everything here is read from journal entries alone (pure, no I/O): the record tab, the reply dialog
and the agenda (`summary_unconfirmed`) all use the same reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from callnotes.domain.choices import DEFAULT_REPLY_WAIT_DAYS as DEFAULT_REPLY_WAIT_DAYS  # named here too
from callnotes.domain.choices import MAX_REPLY_WAIT_DAYS as MAX_REPLY_WAIT_DAYS
from callnotes.domain.documents import CitedReference, SentDocument
from callnotes.domain.entries import ContactDetails, JournalEntry, ReplyDetails

STANCES = ("confirming", "disputing", "silent")
CORRESPONDENCE_KINDS = frozenset({"email", "letter"})  # the contacts that send documents


class Confirmation(StrEnum):
    """Where a sent summary stands."""

    AWAITING = "awaiting"  # no reply recorded yet
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    SILENT = "silent"  # the user recorded that no reply came


_STATE_OF_STANCE = {
    "confirming": Confirmation.CONFIRMED,
    "disputing": Confirmation.DISPUTED,
    "silent": Confirmation.SILENT,
}


@dataclass(frozen=True, slots=True)
class SentItem:
    """A summary or letter we sent, as the contact that sent it recorded it."""

    interaction_id: int
    seq: int  # the contact's `interaction` entry
    sent_at: datetime
    contact_kind: str  # email | letter
    document: SentDocument

    def sent_on(self, zone: str) -> date:
        """The day it was sent in a time zone (the debtor's)."""
        return self.sent_at.astimezone(ZoneInfo(zone)).date()


@dataclass(frozen=True, slots=True)
class SummaryState:
    """A summary sent and how the debtor answered it: the latest reply's stance and entry, if any."""

    sent: SentItem
    state: Confirmation
    reply_seq: int | None = None
    replied_at: datetime | None = None


def sent_documents(entries: Iterable[JournalEntry]) -> list[SentItem]:
    """Every summary or letter we sent (an outbound contact recording its document), oldest first."""
    found = []
    for entry in entries:
        details = entry.details
        if (
            entry.amends_seq is None
            and entry.interaction_id is not None
            and isinstance(details, ContactDetails)
            and details.direction == "outbound"
            and details.document is not None
        ):
            found.append(
                SentItem(entry.interaction_id, entry.seq, entry.occurred_at, details.kind, details.document)
            )
    return found


def document_kinds(entries: Iterable[JournalEntry]) -> dict[int, str]:
    """Which document each contact that sent one sent: interaction id → document kind."""
    return {item.interaction_id: item.document.kind for item in sent_documents(entries)}


def replies(entries: Iterable[JournalEntry]) -> dict[int, JournalEntry]:
    """The latest `reply` entry to each document, by the interaction id of the contact that sent it."""
    latest: dict[int, JournalEntry] = {}
    for entry in entries:
        if isinstance(entry.details, ReplyDetails):
            latest[entry.details.to] = entry
    return latest


def summary_states(entries: Sequence[JournalEntry]) -> list[SummaryState]:
    """Every summary sent, oldest first, with its state: awaiting, confirmed, disputed or silent."""
    answered = replies(entries)
    states = []
    for item in sent_documents(entries):
        if item.document.kind != "summary":
            continue
        reply = answered.get(item.interaction_id)
        if reply is None or not isinstance(reply.details, ReplyDetails):
            states.append(SummaryState(item, Confirmation.AWAITING))
            continue
        state = _STATE_OF_STANCE.get(reply.details.stance, Confirmation.AWAITING)
        states.append(SummaryState(item, state, reply.seq, reply.occurred_at))
    return states


def unconfirmed_summary(
    entries: Sequence[JournalEntry], today: date, zone: str, wait_days: int
) -> SummaryState | None:
    """The latest summary sent, when it has waited `wait_days` days or more (in the debtor's time zone)
    without a reply. Only the latest counts: a newer summary restates what is agreed now."""
    states = summary_states(entries)
    if not states:
        return None
    latest = max(states, key=lambda s: (s.sent.sent_at, s.sent.seq))
    if latest.state is not Confirmation.AWAITING:
        return None
    return latest if (today - latest.sent.sent_on(zone)).days >= wait_days else None


def cites(item: SentItem, reference: CitedReference) -> bool:
    """Whether a record reference read back from a text is the one this document carried."""
    head = item.document.cites
    return (
        head.debtor_id == reference.debtor_id
        and head.entries == reference.entries
        and head.head.lower().startswith(reference.head_prefix.lower())
    )


def matching_documents(references: Iterable[CitedReference], sent: Iterable[SentItem]) -> list[SentItem]:
    """The documents sent that carried one of these references, in the references' order, each once."""
    items = list(sent)
    found: list[SentItem] = []
    for reference in references:
        for item in items:
            if cites(item, reference) and item not in found:
                found.append(item)
    return found
