"""Search everything: the user's words, folded, found in entries, debtors, people and invoices."""

from __future__ import annotations

from sqlmodel import Session

from callnotes.domain.search import HitKind, SearchHit, SearchOrder, SearchPage, make_snippet, parse_query
from callnotes.store.search_query import find

MOST_PER_PAGE = 500


def search(
    session: Session, text: str, order: SearchOrder = SearchOrder.NEWEST, offset: int = 0, limit: int = 50
) -> SearchPage:
    """One page of what matches `text` (every word, each as the start of a word; "quoted" words as a
    phrase), newest first or most relevant first. A query with no words finds nothing."""
    query = parse_query(text)
    if query.empty or limit < 1:
        return SearchPage(text, (), False)
    rows, more = find(session, query, SearchOrder(order), max(offset, 0), min(limit, MOST_PER_PAGE))
    terms = query.terms
    hits = tuple(
        SearchHit(
            kind=HitKind(row.kind),
            debtor_id=row.debtor_id,
            debtor_name=row.debtor_name,
            at=row.at,
            title=row.title,
            snippet=make_snippet(row.body, terms),
            seq=row.seq,
        )
        for row in rows
    )
    return SearchPage(text, hits, more)
