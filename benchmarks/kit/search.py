"""Search for a common and a rare word in each language, against the raw FTS5 query of the same page.

The words are typed as a user would, with accents and capitals ("Núñez", "ΠΑΠΑΔΟΠΟΥΛΟΣ", an invoice
number). The search is the desk's (`Desk.search(query, order, offset, limit)`), called in this
process on a store of the data folder: what it adds to the query is what is measured — parsing and
folding the query, the session, the rows, the snippets, the hits — while the desk process's round
trip, the same for every call the window makes, is not (beside a rare word's query of a fraction of
a millisecond it would be the whole ratio).

The floor is the fastest honest query in plain sqlite3 for the same page: the word folded by hand
(no accents, no case, one sigma) as a prefix, the matches newest first by FTS5's rowid (which
carries each row's moment: FTS5 walks the rowids down and stops after the page), joined to the
debtor's name and the entry's seq, with FTS5's own snippet(); it must return the same rows in the
same order as the search, or its figure has no value.

    search_<language>_<common|rare>            newest first
    search_<language>_<common|rare>_relevance  most relevant first

By relevance the floor is `ORDER BY rank` (bm25): it ranks every match, while the search ranks the
newest 5,000 (store.search_query.RANKED_AT_MOST). For a word with more matches than that the two
pages differ and the ratio flatters the search (the figure says so); for fewer the pages are the
same rows, apart from the order of rows of equal rank, which the floor leaves to FTS5 (the search
breaks ties newest first, and so does the untimed query the pages are checked against).
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.kit.figures import Figure, interleaved, median_ms, timed

PAGE = 50
QUERIES = {  # language: (a common word, a rare one), as a user types them
    "es": ("factura", "Núñez"),  # ~60,700 matches; ~1,700 (debtors, people and the notes naming them)
    "el": ("τιμολογίου", "ΠΑΠΑΔΟΠΟΥΛΟΣ"),  # ~46,600; ~2,900
    "en": ("invoice", "F0042"),  # ~62,800; ~100 (an invoice number: the invoice and the entries naming it)
}
ORDERS = {"newest": "", "relevance": "_relevance"}  # the order's value: the suffix of its figures' names
TARGET_MS, TARGET_RATIO = 50, 1.5
RANKED_AT_MOST = 5000  # store.search_query.RANKED_AT_MOST, repeated: the floor imports nothing of callnotes

_PAGE = (
    "SELECT s.kind, s.debtor_id, d.name, s.title, e.seq, snippet(searchindex, 0, char(2), char(3), '…', 12) "
    "FROM searchindex JOIN searchtext s ON s.id = searchindex.rowid "
    "LEFT JOIN debtor d ON d.id = s.debtor_id "
    "LEFT JOIN entry e ON s.kind = 'entry' AND e.id = s.ref_id "
    "WHERE searchindex MATCH ? ORDER BY {order} LIMIT ?"
)
RAW_QUERY = {
    "newest": _PAGE.format(order="searchindex.rowid DESC"),
    "relevance": _PAGE.format(order="rank"),  # FTS5's own sorter: faster than any tie-break
}
_CHECKED = {"newest": RAW_QUERY["newest"], "relevance": _PAGE.format(order="rank, searchindex.rowid DESC")}
_MATCHES = "SELECT count(*) FROM searchindex WHERE searchindex MATCH ?"

Row = tuple[str, int, str, str, int | None]  # kind, debtor, debtor's name, title, seq: which hit it is
MORE: Row = ("more", 0, "", "", None)  # a page's last row when more hits follow


def fold(text: str) -> str:
    """The query folded as the index is (no accents, no case, one sigma), by hand: the floor is plain."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.casefold().replace("ς", "σ")


def match_of(word: str) -> str:
    """The FTS5 expression of one typed word, as the search builds it: a quoted prefix."""
    return f'"{fold(word)}"*'


def figure_names() -> list[str]:
    return [
        f"search_{language}_{which}{suffix}"
        for language in QUERIES
        for which in ("common", "rare")
        for suffix in ORDERS.values()
    ]


def unavailable(reason: str, wanted: Callable[[str], bool] = lambda name: True) -> list[Figure]:
    """The search figures, each saying why it was not measured."""
    return [
        Figure(name, "ms", TARGET_MS, "value", ratio_target=TARGET_RATIO, note=reason)
        for name in figure_names()
        if wanted(name)
    ]


@dataclass
class Searcher:
    """The desk's search on a data folder, and the raw query beside it."""

    search: Callable[[str, str], Any]  # (query, order) -> the first page (a SearchPage), as timed
    raw: sqlite3.Connection

    def page(self, word: str, order: str) -> list[Row]:
        """Which hits the search's first page holds (a last row "more" when more follow, as the floor
        says it with the row past the page)."""
        page = self.search(word, order)
        rows = [(str(h.kind), h.debtor_id, h.debtor_name, h.title, h.seq) for h in page.hits]
        return rows + [MORE] * page.more

    def floor(self, word: str, order: str) -> list[Any]:
        return self.raw.execute(RAW_QUERY[order], (match_of(word), PAGE + 1)).fetchall()

    def expected(self, word: str, order: str) -> list[Row]:
        """The page the search must return (ties by rank broken newest first, as the search does)."""
        rows = self.raw.execute(_CHECKED[order], (match_of(word), PAGE + 1)).fetchall()
        page = [(kind, debtor, name or "", title, seq) for kind, debtor, name, title, seq, _ in rows[:PAGE]]
        return page + [MORE] * (len(rows) > PAGE)

    def matches(self, word: str) -> int:
        return int(self.raw.execute(_MATCHES, (match_of(word),)).fetchone()[0])


def searcher(data_dir: Path) -> Searcher | str:
    """The desk's search on the data folder, or why there is none yet."""
    from benchmarks.synthetic import REFERENCE_NOW
    from callnotes.clock import FixedClock
    from callnotes.domain.search import SearchOrder
    from callnotes.services.desk import Desk
    from callnotes.store.access import open_store

    desk = Desk(open_store(str(data_dir), None, FixedClock(REFERENCE_NOW)), "benchmark")
    raw = sqlite3.connect(f"file:{data_dir / 'callnotes.sqlite3'}?mode=ro", uri=True)
    if raw.execute("SELECT count(*) FROM searchtext").fetchone()[0] == 0:
        return "not available yet: the synthetic database has no search text"
    return Searcher(lambda query, order: desk.search(query, SearchOrder(order), 0, PAGE), raw)


def measure(data_dir: Path, runs: int, wanted: Callable[[str], bool] = lambda name: True) -> list[Figure]:
    """Each query's figure (those whose name is `wanted`): the search's median milliseconds beside
    the raw query's."""
    found = searcher(data_dir)
    if isinstance(found, str):
        return unavailable(found, wanted)
    figures = []
    for language, words in QUERIES.items():
        for which, word in zip(("common", "rare"), words, strict=True):
            for order, suffix in ORDERS.items():
                name = f"search_{language}_{which}{suffix}"
                if wanted(name):
                    figures.append(_figure(found, name, word, order, runs))
    return figures


def _figure(found: Searcher, name: str, word: str, order: str, runs: int) -> Figure:
    hits, matches = found.page(word, order), found.matches(word)
    floors, things = interleaved(
        lambda: timed(lambda: found.floor(word, order)),
        lambda: timed(lambda: found.search(word, order)),
        runs,
    )
    figure = Figure(
        name,
        "ms",
        TARGET_MS,
        "value",
        median_ms(things),
        median_ms(floors),
        ratio_target=TARGET_RATIO,
        extra={
            "query": word,
            "matches": matches,
            "hits": min(len(hits), PAGE),
        },
    )
    if order == "relevance" and matches > RANKED_AT_MOST:
        figure.note = f"the floor ranks all {matches:,} matches, the search the newest {RANKED_AT_MOST:,}"
    elif hits != found.expected(
        word, order
    ):  # the floor must return what the search does, or the ratio means nothing
        figure.note = "the raw query's page differs from the search's"
        figure.value = None
    return figure
