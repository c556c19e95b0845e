"""Search for a common and a rare word in each language, against the raw FTS5 query of the same rows.

The search is the desk's (`Desk.search(query, order, offset, limit)`), called in this process on a
store of the data folder: what it adds to the query is what is measured (the desk process's round
trip, the same for every call the window makes, is not: beside a rare word's query of a fraction of
a millisecond it would be the whole ratio). The floor is plain sqlite3 running the FTS5 query on the
folded text, newest first, with a snippet, for one page: the rows the search returns.
"""

from __future__ import annotations

import sqlite3
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.kit.figures import Figure, interleaved, median_ms

PAGE = 50
QUERIES = {  # language: (a common word, a rare one), as a user types them
    "es": ("factura", "Hostelería"),  # ~60,000 entries say "factura"; ~120 debtors are in hostelería
    "el": ("τιμολογίου", "Συνεργείο"),
    "en": ("invoice", "Catering"),
}
TARGET_MS, TARGET_RATIO = 50, 1.5
RAW_QUERY = (
    "SELECT s.id, s.kind, s.debtor_id, s.at, s.title, "
    "snippet(searchindex, 0, char(2), char(3), '…', 12) "
    "FROM searchindex JOIN searchtext s ON s.id = searchindex.rowid "
    "WHERE searchindex MATCH ? ORDER BY s.at DESC, s.id DESC LIMIT ?"
)


def fold(text: str) -> str:
    """The query folded as the index is (no accents, no case, one sigma), by hand: the floor is plain."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.casefold().replace("ς", "σ")


def figure_names() -> list[str]:
    return [f"search_{language}_{which}" for language in QUERIES for which in ("common", "rare")]


def unavailable(reason: str) -> list[Figure]:
    """The search figures, each saying why it was not measured."""
    return [
        Figure(name, "ms", TARGET_MS, "value", ratio_target=TARGET_RATIO, note=reason)
        for name in figure_names()
    ]


@dataclass
class Searcher:
    """The desk's search on a data folder, and the raw query beside it."""

    search: Callable[[str], int]  # query -> hits on the first page
    raw: sqlite3.Connection

    def floor(self, query: str) -> int:
        return len(self.raw.execute(RAW_QUERY, (f'"{fold(query)}"', PAGE + 1)).fetchall()[:PAGE])


def searcher(data_dir: Path) -> Searcher | str:
    """The desk's search on the data folder, or why there is none yet."""
    from benchmarks.synthetic import REFERENCE_NOW
    from callnotes.clock import FixedClock
    from callnotes.services.desk import Desk
    from callnotes.store.access import open_store

    if not hasattr(Desk, "search"):
        return "not available yet: this checkout's Desk has no search"
    from callnotes.domain.search import SearchOrder

    desk = Desk(open_store(str(data_dir), None, FixedClock(REFERENCE_NOW)), "benchmark")
    raw = sqlite3.connect(f"file:{data_dir / 'callnotes.sqlite3'}?mode=ro", uri=True)
    if raw.execute("SELECT count(*) FROM searchtext").fetchone()[0] == 0:
        return "not available yet: the synthetic database has no search text"

    def search(query: str) -> int:
        return len(desk.search(query, SearchOrder.NEWEST, 0, PAGE).hits)  # type: ignore[attr-defined]

    return Searcher(search, raw)


def measure(data_dir: Path, runs: int) -> list[Figure]:
    """Each query's figure: the search's median milliseconds beside the raw query's."""
    found = searcher(data_dir)
    if isinstance(found, str):
        return unavailable(found)
    figures = []
    for language, words in QUERIES.items():
        for which, word in zip(("common", "rare"), words, strict=True):
            hits, rows = found.search(word), found.floor(word)
            floors, things = interleaved(
                lambda w=word: _timed(found.floor, w), lambda w=word: _timed(found.search, w), runs
            )
            figure = Figure(
                f"search_{language}_{which}",
                "ms",
                TARGET_MS,
                "value",
                median_ms(things),
                median_ms(floors),
                ratio_target=TARGET_RATIO,
                extra={"query": word, "hits": hits},
            )
            if hits != rows:  # the floor must return what the search does, or the ratio means nothing
                figure.note = f"the raw query returned {rows} rows, the search {hits}"
                figure.value = None
            figures.append(figure)
    return figures


def _timed(work: Callable[[str], int], query: str) -> float:
    started = time.perf_counter()
    work(query)
    return time.perf_counter() - started
