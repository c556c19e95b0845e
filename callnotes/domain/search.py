"""Searching everything: the folded form text is indexed and queried in, and what a search returns.

Text is folded so that a query typed without accents or in capitals finds the words as written:
Unicode NFD, the combining marks removed, casefolded, and the Greek final sigma made a plain sigma
(casefold already does; spelled out because it matters). "Núñez" folds to "nunez", "Παπαδόπουλος"
and "ΠΑΠΑΔΟΠΟΥΛΟΣ" both to "παπαδοπουλοσ". SQLite's own diacritic removal does not fold Greek
accents, so the index holds the folded copy and the query is folded the same way.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold().replace("ς", "σ")


class _FoldTable(dict[int, str]):
    """Each character's folded form, worked out the first time it is met: `str.translate` with it
    folds a text in one pass in C (folding is character by character: casefold needs no context,
    and a character's combining marks are dropped whichever character they follow)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        if len(folded) != 1:
            _UNEVEN.add(chr(code))
        return folded


_FOLDED = _FoldTable()
_UNEVEN: set[str] = set()  # the characters met so far that fold to more or fewer than one


# One-byte code pages a text in one of the users' languages often fits in: Latin-1 (Spanish, and the
# quickest: Python encodes and decodes it without a codec object), Greek, Western European with "€"
# and typographic punctuation.
_CODE_PAGES = ("latin-1", "cp1253", "cp1252")


@functools.cache
def _page_tables() -> tuple[tuple[str, bytes, re.Pattern[bytes] | None], ...]:
    """For each code page, the byte of each of its characters' folded form, and a pattern of its
    characters whose folded form it cannot hold in one byte ("ß" and "µ" in Latin-1)."""
    tables = []
    for page in _CODE_PAGES:
        table, odd = bytearray(range(256)), bytearray()
        for byte in range(256):
            try:
                folded = _fold_char(bytes([byte]).decode(page)).encode(page)
            except UnicodeError:  # a byte the page leaves undefined, or a form it has no byte for
                folded = b""
            if len(folded) == 1:
                table[byte] = folded[0]
            else:
                odd.append(byte)
        tables.append((page, bytes(table), re.compile(b"[" + re.escape(bytes(odd)) + b"]") if odd else None))
    return tuple(tables)


def fold(text: str) -> str:
    """The text as it is indexed and queried: no accents, no case, one sigma."""
    if text.isascii():  # most of it: nothing to decompose, and casefold is lower there
        return text.lower()
    # A text that fits in a one-byte code page is folded a byte at a time through a table, in C:
    # up to five times as fast as `str.translate`, which looks each character up in a dict (a page
    # of search hits folds fifty texts for their snippets). Encoding that drops what the page cannot
    # hold says by the length whether it all fits, without the cost of raising an error.
    for page, table, odd in _page_tables():
        encoded = text.encode(page, "ignore")
        if len(encoded) == len(text):
            if odd is None or odd.search(encoded) is None:
                return encoded.translate(table).decode(page)
            break
    return text.translate(_FOLDED)


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


class SearchHit(NamedTuple):
    """One thing found: what it is, whose it is, when, and the text around the match (a named tuple:
    a page makes fifty, and one is made in a quarter of the time a frozen dataclass takes)."""

    kind: HitKind
    debtor_id: int
    debtor_name: str
    at: datetime | None  # when the entry happened or the thing was recorded (None: not dated)
    title: str  # which one, as data for the reader to word: an entry's kind code, an invoice's number, a name
    snippet: Snippet
    seq: int | None = None  # the entry's number in the debtor's record, for an entry


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of hits, and whether more follow (the list fetches the next page when scrolled to)."""

    query: str
    hits: tuple[SearchHit, ...]
    more: bool


# --- the user's query -------------------------------------------------------------------------------

# A word is a run of letters and digits, as SQLite's unicode61 tokenizer splits text (which also
# makes every other character a separator, so nothing the user types can become query syntax).
_WORD = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")


def words(folded: str) -> list[str]:
    """The words of a folded text, as the index splits it."""
    return _WORD.findall(folded)


def digits_only(text: str) -> str:
    """The digits of a text: a phone number as it may be typed, "+34 612 345 678" -> "34612345678"."""
    return "".join(c for c in text if c.isdigit())


@dataclass(frozen=True, slots=True)
class Query:
    """A search as typed, folded: every one of `phrases` must match. A phrase is one word or the words
    of a quoted phrase, in order; the last word of each is a prefix. `numbers` are digit runs typed
    with spaces ("612 345 678"), which match written as one number as well as word by word."""

    phrases: tuple[tuple[str, ...], ...]
    numbers: tuple[tuple[str, ...], ...] = ()

    @property
    def empty(self) -> bool:
        return not self.phrases and not self.numbers

    @property
    def terms(self) -> tuple[str, ...]:
        """Every word to highlight: each word typed, and each number typed in groups as one."""
        found = [word for phrase in self.phrases for word in phrase]
        for groups in self.numbers:
            found.extend(groups)
            found.append("".join(groups))
        return tuple(found)


def parse_query(text: str) -> Query:
    """The user's query: words folded as the index is; "quoted words" a phrase; digit groups side by
    side ("+34 612 345 678") one number too. Punctuation is only a separator."""
    phrases: list[tuple[str, ...]] = []
    numbers: list[tuple[str, ...]] = []
    for position, part in enumerate(text.split('"')):
        found = words(fold(part))
        if position % 2 == 1:  # inside quotes
            if found:
                phrases.append(tuple(found))
            continue
        run: list[str] = []
        for word in [*found, ""]:
            if word.isdigit() and word.isascii():
                run.append(word)
                continue
            if len(run) > 1:
                numbers.append(tuple(run))
            else:
                phrases.extend((each,) for each in run)
            run = []
            if word:
                phrases.append((word,))
    return Query(tuple(phrases), tuple(numbers))


# --- snippets ---------------------------------------------------------------------------------------

SNIPPET_WIDTH = 90  # characters of text around the first match
ELLIPSIS = "…"


def _origin(text: str, folded: str) -> list[int] | None:
    """For each character of the folded text, the index of the original character it came from; None
    when that is its own index (every character folded to one: the common case). Folding changes
    lengths sometimes: "ß" becomes "ss", a combining accent nothing."""
    if len(folded) == len(text) and _UNEVEN.isdisjoint(text):  # `folded` met every character of it
        return None
    origin: list[int] = []
    for index, char in enumerate(text):
        origin.extend([index] * len(_FOLDED[ord(char)]))
    return origin


@functools.lru_cache(maxsize=32)
def _term_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Words a query's terms match, in folded text: a word that starts with a term (a number: that
    holds it, so "612345678" finds "+34612345678"), from its start to its end. The one group makes
    `split` return the text and the words matched in turn. A word's term comes first and the look
    back for a letter before it after: a pattern that starts with letters is searched for as such
    in C, five times faster than trying the look back at every character."""
    longest_first = sorted(set(terms), key=len, reverse=True)
    choices = [
        rf"[^\W_]*{re.escape(t)}[^\W_]*"
        if t.isdigit()
        else rf"{re.escape(t)}(?<![^\W_]{re.escape(t)})[^\W_]*"
        for t in longest_first
    ]
    return re.compile("(" + ("|".join(choices) or r"(?!)") + ")")


def _cut(text: str, start: int, end: int, width: int) -> tuple[int, int]:
    """Widen [start, end) to whole words, by a few characters at most."""
    most = width // 6
    low, high = start - most, end + most
    while start > max(0, low) and not text[start - 1].isspace():
        start -= 1
    while end < min(len(text), high) and not text[end].isspace():
        end += 1
    return start, end


def make_snippet(text: str, terms: tuple[str, ...], width: int = SNIPPET_WIDTH) -> Snippet:
    """The original text around its first matched word, every matched word in the window marked
    (`Snippet.parts` odd items), with an ellipsis where the text was cut; runs of white space become
    one space. Words are matched folded, as the index matches them: a word matches a term it starts
    with (a number also one it contains, so "612345678" marks "+34612345678")."""
    if len(text) > width:
        return _cut_snippet(text, fold(text), terms, width)
    # The common case, a page of them per search: a short text shown whole. Its white space is made
    # tidy first (folding keeps white space white, one character for one, and matched words hold
    # none: the same words match). If then each character folds to one, the folded text's pieces
    # are the original's at the same places, and they come from one split in C.
    tidy = " ".join(text.split())
    folded = fold(tidy)
    if len(folded) != len(tidy) or (_UNEVEN and not _UNEVEN.isdisjoint(tidy)):
        return _cut_snippet(text, fold(text), terms, width)
    parts: list[str] = []
    position = 0
    for piece in _term_pattern(terms).split(folded):
        parts.append(tidy[position : position + len(piece)])
        position += len(piece)
    return Snippet(tuple(parts))


def _cut_snippet(text: str, folded: str, terms: tuple[str, ...], width: int) -> Snippet:
    """`make_snippet` of any text: positions mapped back where folding changed lengths, and cut."""
    origin = _origin(text, folded)
    spans: list[tuple[int, int]] = []
    for found in _term_pattern(terms).finditer(folded):
        if origin is None:
            spans.append(found.span())
            continue
        start, end = origin[found.start()], origin[found.end() - 1] + 1
        while end < len(text) and not _FOLDED[ord(text[end])]:  # combining marks of the last letter
            end += 1
        spans.append((start, end))
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    start, end = _cut(text, start, end, width)
    parts: list[str] = [ELLIPSIS if start > 0 else ""]
    position = start
    for span_start, span_end in spans:
        if span_start < position or span_end > end:
            continue
        parts[-1] += text[position:span_start]
        parts.append(text[span_start:span_end])
        parts.append("")
        position = span_end
    parts[-1] += text[position:end] + (ELLIPSIS if end < len(text) else "")
    return Snippet(_tidy(parts))


def _tidy(parts: list[str]) -> tuple[str, ...]:
    """The parts with each run of white space one space, and none at either end."""
    cleaned = [_SPACES.sub(" ", part) for part in parts]
    cleaned[0] = cleaned[0].lstrip()
    cleaned[-1] = cleaned[-1].rstrip()
    return tuple(cleaned)
