"""Heads witnessed outside the database: what an export carried, and whether the journal continues it.

Every packet (and backup) records the heads of the journals it carried as a list of
`{"debtor_id": 1, "entries": 26, "head": "<sha256>"}`. Later, `callnotes verify --against FILE`
checks that each journal still holds, as its entry number `entries`, an entry whose hash is `head`:
a chain that went on since is fine; one truncated or rewritten, even consistently (every hash
recomputed and the stored head adjusted), no longer does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from callnotes.domain.audit import INFO, WITNESS_DELETED, WITNESS_MISMATCH, Finding
from callnotes.domain.record import GENESIS_HASH, WitnessHead

PDF_HEADS_KEY = "/CallnotesHeads"  # the entry of a packet's document information that holds its heads
MAIL_HEADS_HEADER = (
    "X-Callnotes-Heads"  # the header of an e-mail callnotes wrote that holds the head it cites
)
_HEX = frozenset("0123456789abcdef")


def heads_document(heads: list[WitnessHead]) -> list[dict[str, object]]:
    """Heads as exports write them (JSON)."""
    return [head.as_json() for head in heads]


def _head(item: Any, index: int) -> WitnessHead:
    if not isinstance(item, Mapping):
        raise ValueError(f"head {index + 1} is not an object")
    debtor, entries, head = item.get("debtor_id"), item.get("entries", item.get("seq")), item.get("head")
    if not isinstance(debtor, int) or isinstance(debtor, bool) or debtor < 1:
        raise ValueError(f"head {index + 1} has no debtor_id")
    if not isinstance(entries, int) or isinstance(entries, bool) or entries < 0:
        raise ValueError(f"head {index + 1} has no count of entries")
    if not isinstance(head, str) or len(head) != 64 or not set(head.lower()) <= _HEX:
        raise ValueError(f"head {index + 1} is not 64 hexadecimal digits")
    return WitnessHead(debtor, entries, head.lower())


def parse_heads(document: Any) -> tuple[WitnessHead, ...]:
    """Heads from JSON: a list of heads, or an object with a "heads" list; ValueError when it is not."""
    if isinstance(document, Mapping):
        document = document.get("heads")
    if not isinstance(document, list):
        raise ValueError('it holds no list of heads (expected a list, or an object with "heads")')
    return tuple(_head(item, index) for index, item in enumerate(document))


@dataclass(frozen=True, slots=True)
class Ending:
    """A deleted debtor's tombstone: how many entries its journal had, its last head, when."""

    entries: int
    head: str
    deleted_at: datetime


def witness_findings(
    witnessed: WitnessHead,
    current_entries: int | None,
    hash_at_witnessed: str | None,
    ending: Ending | None,
    source: str,
) -> list[Finding]:
    """Whether the journal now continues a witnessed head.

    `current_entries` is how many entries the debtor's journal has now (None: the debtor has none and
    no head); `hash_at_witnessed` the stored hash of its entry number `witnessed.entries`; `ending`
    the debtor's tombstone, if it was deleted on request since.
    """
    debtor, count, head = witnessed.debtor_id, witnessed.entries, witnessed.head
    said = f"{source} witnessed {count} entries ending at {head}"
    if current_entries is None and ending is not None:
        if (ending.entries == count and ending.head == head) or count == 0:
            deleted = f"the debtor was deleted on {ending.deleted_at:%Y-%m-%d}"
            message = f"{said}; {deleted}, and its tombstone ends that chain"
            return [Finding(WITNESS_DELETED, message, debtor, "tombstone", debtor, severity=INFO)]
        if ending.entries > count:
            message = (
                f"{said}; the debtor was deleted on {ending.deleted_at:%Y-%m-%d} after {ending.entries} "
                "entries, so the entries between can no longer be checked"
            )
            return [Finding(WITNESS_DELETED, message, debtor, "tombstone", debtor, severity=INFO)]
        message = f"{said}, but its tombstone says the journal ended at {ending.entries} entries, head {ending.head}"
        return [Finding(WITNESS_MISMATCH, message, debtor, "tombstone", debtor, count or None)]
    if count == 0:
        if head != GENESIS_HASH:
            return [Finding(WITNESS_MISMATCH, f"{said}: an empty journal has no such head", debtor)]
        return []
    if current_entries is None:
        message = f"{said}, but the journal is gone and no tombstone says it was deleted"
        return [Finding(WITNESS_MISMATCH, message, debtor, "entry", None, count)]
    if hash_at_witnessed is None or current_entries < count:
        message = f"{said}, but the journal now has only {current_entries} entries (it was truncated)"
        return [Finding(WITNESS_MISMATCH, message, debtor, "entry", None, min(current_entries + 1, count))]
    if hash_at_witnessed != head:
        message = f"{said}, but entry {count} now has hash {hash_at_witnessed} (the history was rewritten)"
        return [Finding(WITNESS_MISMATCH, message, debtor, "entry", None, count)]
    return []
