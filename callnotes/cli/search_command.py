"""`callnotes search QUERY`: everything that matches, found as the window's Ctrl+F finds it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from callnotes.cli.common import emit
from callnotes.errors import InputError

if TYPE_CHECKING:
    from callnotes.domain.search import SearchHit
    from callnotes.store.access import Store

ORDERS = ("newest", "relevance")  # domain.search.SearchOrder's values: named here, where it is not imported
MOST = 500  # services.search.MOST_PER_PAGE


def hit_json(hit: SearchHit) -> dict[str, Any]:
    """One hit as the JSON of `callnotes search --json`: stable names, the time in ISO form."""
    return {
        "kind": hit.kind.value,
        "debtor_id": hit.debtor_id,
        "debtor": hit.debtor_name,
        "at": hit.at.isoformat() if hit.at else None,
        "title": described(hit),
        "snippet": hit.snippet.text,
        "marked": list(hit.snippet.parts[1::2]),
        "seq": hit.seq,
    }


def _marked(hit: SearchHit) -> str:
    """The snippet with each matched word between « and »."""
    return "".join(f"«{part}»" if index % 2 else part for index, part in enumerate(hit.snippet.parts))


def described(hit: SearchHit) -> str:
    """What the hit is, in English: the entry's kind, the invoice by its number, the name."""
    from callnotes.domain.search import HitKind

    if hit.kind is HitKind.INVOICE:
        return f"Invoice {hit.title}"
    if hit.kind is HitKind.ENTRY:
        return hit.title.replace("_", " ")
    return hit.title


def hit_line(hit: SearchHit, zone: str) -> str:
    """One hit as a line for people: the day (in the user's zone), the debtor, what it is, the snippet."""
    from zoneinfo import ZoneInfo

    day = hit.at.astimezone(ZoneInfo(zone)).date().isoformat() if hit.at else "-" * 10
    name = hit.debtor_name if len(hit.debtor_name) <= 30 else hit.debtor_name[:29] + "…"
    what = described(hit) if hit.seq is None else f"{described(hit)} #{hit.seq}"
    if len(what) > 24:
        what = what[:23] + "…"
    return f"{day}  {name:<30}  {what:<24}  {_marked(hit)}"


def _limit(text: str) -> int:
    stripped = text.strip()
    if not stripped.isascii() or not stripped.isdigit() or not 1 <= int(stripped[:6]) <= MOST:
        raise InputError(f"“{text[:40]}” is not a number of hits; give a whole number from 1 to {MOST}.")
    return int(stripped)


def cmd_search(store: Store, args: argparse.Namespace) -> int:
    from callnotes.domain.search import SearchOrder
    from callnotes.services.search import search

    with store.sessions() as session:
        page = search(session, args.query, SearchOrder(args.order), 0, args.limit)
    lines = [hit_line(hit, store.clock.zone) for hit in page.hits]
    if page.more:
        lines.append(f"(more than {len(page.hits)} found; --limit shows more)")
    if not page.hits:
        lines = [f"Nothing found for “{args.query}”." if args.query.strip() else "Nothing to search for."]
    emit(args.json, [hit_json(hit) for hit in page.hits], lines)
    return 0


def add_parsers(sub: Any) -> None:
    """The search command."""
    search = sub.add_parser(
        "search", help="find words in notes and entries, debtors, people, invoice and phone numbers"
    )
    search.add_argument(
        "query", help='the words to find (accents and capitals do not matter; "quoted words" as a phrase)'
    )
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument(
        "--order", choices=ORDERS, default="newest", help="newest first (default) or most relevant"
    )
    search.add_argument(
        "--limit", type=_limit, default=50, help=f"how many hits at most (default 50, up to {MOST})"
    )
    search.set_defaults(run=cmd_search)
