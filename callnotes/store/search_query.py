"""Searching the index: the folded query as an FTS5 expression on SQLite, or as LIKE over the folded
text elsewhere (PostgreSQL has no FTS5 table: slower, never wrong).

Newest first is the order of the row ids, which carry each row's moment (search_index.searchtext_id):
FTS5 walks the matches from the highest rowid and stops after one page. Relevance is FTS5's bm25 rank.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Connection, and_, or_, select
from sqlmodel import Session

from callnotes.domain.search import Query, SearchOrder
from callnotes.store.account import table
from callnotes.store.models import SEARCH_INDEX, Debtor, Entry, SearchText, sqlite_moment


class FoundRow(NamedTuple):
    """One row of the index that matched, with the name of its debtor and, for an entry, its seq (a
    named tuple: a page makes fifty, and a frozen dataclass costs four times as much to make)."""

    kind: str
    ref_id: int
    debtor_id: int
    debtor_name: str
    at: datetime | None
    title: str
    body: str
    seq: int | None


def _quoted(words: tuple[str, ...]) -> str:
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def fts_expression(query: Query) -> str:
    """The query as FTS5 syntax: each phrase quoted (so nothing typed is read as syntax) with its last
    word a prefix, all of them required; a number typed in groups matches whole or group by group."""
    parts = [f"{_quoted(phrase)}*" for phrase in query.phrases]
    for groups in query.numbers:
        each = " AND ".join(f"{_quoted((g,))}*" for g in groups)
        parts.append(f"({_quoted((''.join(groups),))}* OR ({each}))")
    return " AND ".join(parts)


def _like(folded: ColumnElement[str], words: tuple[str, ...]) -> ColumnElement[bool]:
    # words hold letters and digits only (domain.search.words), so nothing needs escaping
    return folded.like("%" + " ".join(words) + "%")


def _like_condition(query: Query) -> ColumnElement[bool]:
    folded = table(SearchText).c.folded
    tests = [_like(folded, phrase) for phrase in query.phrases]
    for groups in query.numbers:
        tests.append(or_(_like(folded, ("".join(groups),)), and_(*(_like(folded, (g,)) for g in groups))))
    return and_(*tests)


def _rows(db: Session | Connection, matched: Any, order: Any) -> list[FoundRow]:
    """The index rows of a page of matches (a subquery of `id`s), with their debtor and entry seq, in
    `order` (of the subquery's columns)."""
    st, debtor, entry = table(SearchText), table(Debtor), table(Entry)
    query = (
        select(
            st.c.kind,
            st.c.ref_id,
            st.c.debtor_id,
            debtor.c.name,
            st.c.at,
            st.c.title,
            st.c.body,
            entry.c.seq,
        )
        .select_from(st)
        .join(matched, matched.c.id == st.c.id)
        .outerjoin(debtor, debtor.c.id == st.c.debtor_id)
        .outerjoin(entry, and_(st.c.kind == "entry", entry.c.id == st.c.ref_id))
        .order_by(*order(matched))
    )
    return [
        FoundRow(r.kind, r.ref_id, r.debtor_id, r.name or "", r.at, r.title, r.body, r.seq)
        for r in db.execute(query)
    ]


def _connection(db: Session | Connection) -> Connection:
    return db if isinstance(db, Connection) else db.connection()


def fts_available(db: Session | Connection) -> bool:
    """Whether this database has the FTS5 index (SQLite) or is searched with LIKE."""
    return _connection(db).dialect.name == "sqlite"


def find(
    db: Session | Connection, query: Query, order: SearchOrder, offset: int, limit: int
) -> tuple[list[FoundRow], bool]:
    """One page of the rows matching `query` (which must not be empty) and whether more follow, read
    in a session or on a bare connection (lighter: a search reads plain rows, no objects)."""
    connection = _connection(db)
    if fts_available(connection):
        return _find_fts(connection, query, order, offset, limit)
    return find_like(connection, query, offset, limit)


# Relevance ranks the newest matches this many at most: bm25 over every match of a very common word
# (60,000 on the large benchmark database) takes 70 ms, over the newest 5,000 under 10. A query with
# fewer matches (any query of more than one common word) is ranked whole.
RANKED_AT_MOST = 5000


_COLUMNS = "s.kind, s.ref_id, s.debtor_id, d.name, s.at, s.title, s.body, e.seq"
_JOINS = "LEFT JOIN debtor d ON d.id = s.debtor_id LEFT JOIN entry e ON s.kind = 'entry' AND e.id = s.ref_id"
_NEWEST = f"FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH :match ORDER BY rowid DESC"
_FTS_PAGES = {
    # FTS5 walks the rowids down, each joined to its row as it comes, and stops after the page (no
    # subquery to set aside and sort again; rank is not asked for: it costs)
    SearchOrder.NEWEST: (
        f"SELECT {_COLUMNS} FROM {SEARCH_INDEX} JOIN searchtext s ON s.id = {SEARCH_INDEX}.rowid {_JOINS} "
        f"WHERE {SEARCH_INDEX} MATCH :match ORDER BY {SEARCH_INDEX}.rowid DESC LIMIT :limit OFFSET :offset"
    ),
    SearchOrder.RELEVANCE: (
        f"SELECT {_COLUMNS} FROM (SELECT id, score FROM (SELECT rowid AS id, rank AS score {_NEWEST} "
        "LIMIT :most) ORDER BY score LIMIT :limit OFFSET :offset) AS m "
        f"JOIN searchtext s ON s.id = m.id {_JOINS} ORDER BY m.score, m.id DESC"
    ),
}


def _find_fts(
    connection: Connection, query: Query, order: SearchOrder, offset: int, limit: int
) -> tuple[list[FoundRow], bool]:
    # Plain SQL straight to the driver, read as plain tuples: building and compiling the statement
    # each time cost as much as running it for a rare word, and SQLAlchemy's execution and reading
    # of the rows half as much again (a page of a rare word is a quarter of a millisecond in SQLite).
    params = {"match": fts_expression(query), "limit": limit + 1, "offset": offset, "most": RANKED_AT_MOST}
    driver = connection.connection.driver_connection
    try:
        found = driver.execute(_FTS_PAGES[order], params).fetchall()  # type: ignore[union-attr]
    except sqlite3.Error:  # again through SQLAlchemy, which words the error as for any other query
        found = connection.exec_driver_sql(_FTS_PAGES[order], params).fetchall()
    rows = [
        FoundRow(kind, ref_id, debtor_id, name or "", sqlite_moment(at), title, body, seq)
        for kind, ref_id, debtor_id, name, at, title, body, seq in found[:limit]
    ]
    return rows, len(found) > limit


def find_like(db: Session | Connection, query: Query, offset: int, limit: int) -> tuple[list[FoundRow], bool]:
    """The same search without FTS5: LIKE over the folded text, newest first (no relevance there)."""
    st = table(SearchText)
    matched = (
        select(st.c.id).where(_like_condition(query)).order_by(st.c.id.desc()).limit(limit + 1).offset(offset)
    ).subquery("matched")
    rows = _rows(db, matched, lambda m: (m.c.id.desc(),))
    return rows[:limit], len(rows) > limit
