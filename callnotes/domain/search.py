"""Searching everything: the folded form text is indexed and queried in, and what a search returns.

Text is folded so that a query typed without accents or in capitals finds the words as written:
Unicode NFD, the combining marks removed, casefolded, and the Greek final sigma made a plain sigma
(casefold already does; spelled out because it matters). "Núñez" folds to "nunez", "Παπαδόπουλος"
and "ΠΑΠΑΔΟΠΟΥΛΟΣ" both to "παπαδοπουλοσ". SQLite's own diacritic removal does not fold Greek
accents, so the index holds the folded copy and the query is folded the same way.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


def fold(text: str) -> str:
    """The text as it is indexed and queried: no accents, no case, one sigma."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold().replace("ς", "σ")


class HitKind(StrEnum):
    """What a search hit is."""

    ENTRY = "entry"  # an entry of a debtor's record (a note line, a summary, a letter...)
    DEBTOR = "debtor"  # a debtor's name, tax id, address, phone or e-mail
    PERSON = "person"  # a contact person at a debtor
    INVOICE = "invoice"  # an invoice by its number or description


class SearchOrder(StrEnum):
    """How hits are ordered."""

    NEWEST = "newest"
    RELEVANCE = "relevance"


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of the matched text around the match: `parts` alternate plain and matched text,
    starting with plain (possibly empty), so parts[1], parts[3]... are the words to highlight."""

    parts: tuple[str, ...]

    @property
    def text(self) -> str:
        """The snippet as plain text."""
        return "".join(self.parts)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One thing found: what it is, whose it is, when, and the text around the match."""

    kind: HitKind
    debtor_id: int
    debtor_name: str
    at: datetime | None  # when the entry happened or the thing was recorded (None: not dated)
    title: str  # what the hit is, in a few words: the entry's kind, "Invoice F-2026-001", a person's name
    snippet: Snippet
    seq: int | None = None  # the entry's number in the debtor's record, for an entry


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of hits, and whether more follow (the list fetches the next page when scrolled to)."""

    query: str
    hits: tuple[SearchHit, ...]
    more: bool
