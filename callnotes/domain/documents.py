"""What callnotes writes to a debtor: the post-call summary and the letters that escalate.

Each document cites the record as it stood when it was made: the debtor's entry count and chain head
(a `WitnessHead`). The document shows a short form of it (`short_reference`), callnotes keeps the
full head it cited, and the contact that sends the document records which document it was and the
head it cited, so the copy in the debtor's mailbox can later be matched with the record.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from callnotes.domain.record import WitnessHead

# summary: what was agreed on a call, asking for confirmation; overdue: one invoice again, marked overdue;
# reminder: the open balance; statement: the statement of account; demand: the formal demand before a
# claim (a burofax in Spain, an extrajudicial demand served by a bailiff in Greece, a final demand in the US).
DOCUMENT_KINDS = ("summary", "overdue", "reminder", "statement", "demand")
REFERENCE_HEX = 12  # characters of the head a document shows: enough to tell heads apart, short to read
_REFERENCE = re.compile(rf"\b(\d+)-(\d+)-([0-9a-f]{{{REFERENCE_HEX}}})\b")


def short_reference(cited: WitnessHead) -> str:
    """The record reference a document shows: debtor, entry count and the head's first characters."""
    return f"{cited.debtor_id}-{cited.entries}-{cited.head[:REFERENCE_HEX]}"


@dataclass(frozen=True, slots=True)
class CitedReference:
    """A record reference read back from a document's text (only the head's first characters)."""

    debtor_id: int
    entries: int
    head_prefix: str


def find_references(text: str) -> list[CitedReference]:
    """The record references in a text (a reply quoting a summary, a scanned letter's words), in order."""
    return [CitedReference(int(d), int(n), h) for d, n, h in _REFERENCE.findall(text.lower())]


@dataclass(frozen=True, slots=True)
class SentDocument:
    """Which document a contact sent, in which language, and the record as it cited it."""

    kind: str  # one of DOCUMENT_KINDS
    language: str
    cites: WitnessHead

    def as_json(self) -> dict[str, object]:
        """As a contact's entry data holds it."""
        return {"kind": self.kind, "language": self.language, **self.cites.as_json()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SentDocument:
        """Back from `as_json`; KeyError/ValueError when it lacks what it needs."""
        return cls(
            str(data["kind"]),
            str(data["language"]),
            WitnessHead(int(data["debtor_id"]), int(data["entries"]), str(data["head"])),
        )
