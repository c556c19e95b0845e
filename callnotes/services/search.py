"""Search everything: the user's words, folded, found in entries, debtors, people and invoices."""

from __future__ import annotations

from sqlalchemy import Connection
from sqlmodel import Session

from callnotes.domain.search import HitKind, SearchHit, SearchOrder, SearchPage, make_snippet, parse_query
from callnotes.store.search_query import find

MOST_PER_PAGE = 500
_KINDS = {kind.value: kind for kind in HitKind}  # a dict look-up: calling the enum costs more, per hit


def search(
    db: Session | Connection,
    text: str,
    order: SearchOrder = SearchOrder.NEWEST,
    offset: int = 0,
    limit: int = 50,
) -> SearchPage:
    """One page of what matches `text` (every word, each as the start of a word; "quoted" words as a
    phrase), newest first or most relevant first, read in a session or on a bare connection. A query
    with no words finds nothing."""
    query = parse_query(text)
    if query.empty or limit < 1:
        return SearchPage(text, (), False)
    rows, more = find(db, query, SearchOrder(order), max(offset, 0), min(limit, MOST_PER_PAGE))
    terms = query.terms
    hits = [  # a list made whole, then a tuple: quicker than a tuple fed by a generator
        SearchHit(_KINDS[kind], debtor_id, name, at, title, make_snippet(body, terms), seq)
        for kind, _, debtor_id, name, at, title, body, seq in rows
    ]
    return SearchPage(text, tuple(hits), more)
