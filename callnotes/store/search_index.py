"""The search index kept in step with what it indexes: one `searchtext` row per entry, debtor, person
and invoice, written by the transaction that writes the thing itself.

`searchable` is the one place that turns a row into what is searched: its title, its text as written
(for snippets) and the folded text the index holds. ORM writes reach it through `IndexedSession`,
whose flush listener indexes every entry, debtor, person and invoice added, changed or deleted; the
bulk paths (`index_rows`) and an erasure (`forget_debtor`) call it directly; migration 0009 fills the
index of an existing database with `fill_index`.

Row ids carry time: the id of a row is its moment in seconds shifted left, plus a few bits of its
reference, so "newest first" is "highest id first", an order SQLite's FTS5 can walk from the end and
stop after one page, however many rows match (see `searchtext_id`).
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Connection, Date, delete, event, insert, select, text, update
from sqlmodel import Session, SQLModel

from callnotes.domain.search import HitKind, digits_only, fold
from callnotes.store.account import table
from callnotes.store.models import Debtor, Entry, Invoice, Person, SearchText, UTCDateTime

SEPARATOR = " · "  # between the fields of a debtor or a person in the text shown
TIME_SHIFT = 21  # bits of a row id below its moment: ties within one second, by reference
_KIND_BITS = {HitKind.ENTRY: 0, HitKind.DEBTOR: 1, HitKind.PERSON: 2, HitKind.INVOICE: 3}
_LATEST_SECOND = 2**32 - 1  # the year 2106: far enough, and ids stay below 2**53

# Keys of an entry's data whose values are not worth finding: codes, hashes, dates, amounts.
_NOT_WORDS = frozenset(
    {
        "sha256",
        "currency",
        "kind",
        "direction",
        "status",
        "stance",
        "outcome",
        "media_type",
        "subject",
        "profile",
        "started_at",
        "ended_at",
        "next_action_on",
        "warnings",
        "country",
        "language",
        "time_zone",
        "payment_rating",
        "archive_reason",
        "statutory_interest",
    }
)
_PHONE = re.compile(r"\+\d{6,15}")  # a number as stored (E.164)


@dataclass(frozen=True, slots=True)
class Searchable:
    """What is searched about one thing."""

    kind: HitKind
    ref_id: int
    debtor_id: int
    at: datetime | None
    title: str
    body: str  # as written, shown in snippets
    numbers: tuple[str, ...] = ()  # digit-only forms of phone numbers, found as typed

    @property
    def folded(self) -> str:
        """What the index holds: the text folded, then the numbers."""
        return " ".join((fold(self.body), *self.numbers))

    def values(self) -> dict[str, Any]:
        """The searchtext row, without its id."""
        return {
            "kind": self.kind.value,
            "ref_id": self.ref_id,
            "debtor_id": self.debtor_id,
            "at": self.at,
            "title": self.title,
            "body": self.body,
            "folded": self.folded,
        }


def searchtext_id(at: datetime | None, kind: HitKind, ref_id: int) -> int:
    """The id a searchtext row wants: its second (since 1970; undated rows 0) in the high bits, the
    reference in the low ones. Two rows of one second whose references agree in those bits would
    collide: `_free_ids` moves the later one up."""
    second = 0 if at is None else min(max(int(at.timestamp()), 0), _LATEST_SECOND)
    low = (ref_id * len(_KIND_BITS) + _KIND_BITS[kind]) % (1 << TIME_SHIFT)
    return (second << TIME_SHIFT) | low


def _phone_forms(*phones: str | None) -> tuple[str, ...]:
    """Each number's digits with and without its country code ("+34612345678": "34612345678",
    "612345678"), so it is found typed either way, with or without spaces."""
    forms = [form for phone in phones if phone for form in _forms_of(phone)]
    return tuple(dict.fromkeys(forms))


@functools.lru_cache(maxsize=4096)  # a debtor's number recurs in every contact with them
def _forms_of(phone: str) -> tuple[str, ...]:
    import phonenumbers  # only when a phone is indexed: it is slow to import

    digits = digits_only(phone)
    if not digits:
        return ()
    try:
        national = str(phonenumbers.parse(phone, None).national_number)
    except phonenumbers.NumberParseException:
        return (digits,)
    return (digits,) if national == digits else (digits, national)


def _joined(*parts: object) -> str:
    return SEPARATOR.join(str(p) for p in parts if p)


def _data_words(value: Any, key: str = "") -> Iterator[str]:
    """The texts in an entry's data worth finding: names, numbers, references, file names."""
    if key in _NOT_WORDS:
        return
    if isinstance(value, str):
        if value and not value[:4].isdigit():  # not a date or a time
            yield value
    elif isinstance(value, dict):
        for name, inner in value.items():
            yield from _data_words(inner, str(name))
    elif isinstance(value, list):
        if key == "changes":  # [field, old, new]: the values, not the field's name
            for change in value:
                if isinstance(change, list) and change and change[0] not in _NOT_WORDS:
                    yield from (v for v in change[1:] if isinstance(v, str) and v)
            return
        for inner in value:
            yield from _data_words(inner, key)


def _entry(row: Mapping[str, Any]) -> Searchable:
    texts = [row["text"], row.get("reason") or ""]
    raw = row.get("data") or "{}"
    if raw != "{}":
        with contextlib.suppress(ValueError):  # a damaged value: the text is still found
            texts.extend(_data_words(json.loads(raw)))
    body = "\n".join(dict.fromkeys(t for t in texts if t))
    phones = _phone_forms(*_PHONE.findall(body)) if "+" in body else ()
    return Searchable(
        HitKind.ENTRY, row["id"], row["debtor_id"], row["occurred_at"], row["kind"], body, phones
    )


def _debtor(row: Mapping[str, Any]) -> Searchable:
    body = _joined(row["name"], row.get("tax_id"), row.get("address"), row.get("phone"), row.get("email"))
    if row.get("notes"):
        body = f"{body}\n{row['notes']}"
    return Searchable(
        HitKind.DEBTOR,
        row["id"],
        row["id"],
        row.get("created_at"),
        row["name"],
        body,
        _phone_forms(row.get("phone")),
    )


def _person(row: Mapping[str, Any]) -> Searchable:
    phone, mobile = row.get("phone"), row.get("mobile")
    body = _joined(row["name"], row.get("role"), phone, mobile, row.get("email"))
    return Searchable(
        HitKind.PERSON, row["id"], row["debtor_id"], None, row["name"], body, _phone_forms(phone, mobile)
    )


def _invoice(row: Mapping[str, Any]) -> Searchable:
    issued = row.get("issued_on")
    at = datetime.combine(issued, time(), UTC) if isinstance(issued, date) else None
    body = _joined(row["number"], row.get("goods_services"))
    return Searchable(HitKind.INVOICE, row["id"], row["debtor_id"], at, row["number"], body)


_BUILDERS: dict[type[SQLModel], Callable[[Mapping[str, Any]], Searchable]] = {
    Entry: _entry,
    Debtor: _debtor,
    Person: _person,
    Invoice: _invoice,
}
_KINDS: dict[type[SQLModel], HitKind] = {
    Entry: HitKind.ENTRY,
    Debtor: HitKind.DEBTOR,
    Person: HitKind.PERSON,
    Invoice: HitKind.INVOICE,
}
INDEXED: tuple[type[SQLModel], ...] = tuple(_BUILDERS)


def searchable(model: type[SQLModel], row: Mapping[str, Any]) -> Searchable:
    """What is searched about a row of an indexed table (its columns by name; a debtor's,
    person's or invoice's may leave out what is empty)."""
    return _BUILDERS[model](row)


def _columns(obj: SQLModel) -> dict[str, Any]:
    return {column.key: getattr(obj, column.key) for column in table(type(obj)).columns}


# --- writing --------------------------------------------------------------------------------------


def _free_ids(connection: Connection, wanted: Sequence[int], known: set[int] | None = None) -> list[int]:
    """The ids to give rows that want these: none given twice, none already in the table. `known`,
    when given, is every id in the table (filling an index from empty), so the table is not asked."""
    st = table(SearchText)
    taken: set[int] = set() if known is None else known
    if known is None:
        for start in range(0, len(wanted), 500):
            chunk = list(wanted[start : start + 500])
            taken.update(connection.execute(select(st.c.id).where(st.c.id.in_(chunk))).scalars())
    given: list[int] = []
    for want in wanted:
        while want in taken:
            want += 1  # the next id is the same second's (rarely: its last id is taken, the next second's)
            asked = known is None and want not in taken
            if asked and connection.execute(select(st.c.id).where(st.c.id == want)).first() is not None:
                taken.add(want)
        taken.add(want)
        given.append(want)
    return given


def _same(value: Any) -> Any:
    return value


_COLUMNS = ("id", "kind", "ref_id", "debtor_id", "at", "title", "body", "folded")


def _insert(connection: Connection, items: Sequence[Searchable], known: set[int] | None = None) -> None:
    if not items:
        return
    ids = _free_ids(connection, [searchtext_id(s.at, s.kind, s.ref_id) for s in items], known)
    if connection.dialect.name != "sqlite":
        rows = [{"id": given, **item.values()} for given, item in zip(ids, items, strict=True)]
        connection.execute(insert(table(SearchText)), rows)
        return
    # SQLite's own executemany: SQLAlchemy's work per row of a Core insert doubles the time of a bulk
    # load (500,000 rows), and the values here need no conversion but the time's.
    moment: Callable[[Any], Any] = (
        table(SearchText).c.at.type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
        or _same
    )
    values = [
        (given, s.kind.value, s.ref_id, s.debtor_id, moment(s.at), s.title, s.body, s.folded)
        for given, s in zip(ids, items, strict=True)
    ]
    marks = ", ".join("?" * len(_COLUMNS))
    connection.exec_driver_sql(f"INSERT INTO searchtext ({', '.join(_COLUMNS)}) VALUES ({marks})", values)


def index_rows(session: Session, model: type[SQLModel], rows: Iterable[Mapping[str, Any]]) -> None:
    """Index rows just written in bulk (each with its id), in the session's transaction."""
    if model in _BUILDERS:
        _insert(session.connection(), [searchable(model, row) for row in rows])


def _put(connection: Connection, item: Searchable) -> None:
    """Write one thing's row: changed in place, or moved when its moment (so its id) changed."""
    st = table(SearchText)
    found = connection.execute(
        select(st.c.id, st.c.at).where(st.c.kind == item.kind.value, st.c.ref_id == item.ref_id)
    ).first()
    if found is not None and found.at == item.at:
        connection.execute(update(st).where(st.c.id == found.id).values(**item.values()))
        return
    if found is not None:
        connection.execute(delete(st).where(st.c.id == found.id))
    _insert(connection, [item])


def _forget(connection: Connection, kind: HitKind, ref_id: int) -> None:
    st = table(SearchText)
    connection.execute(delete(st).where(st.c.kind == kind.value, st.c.ref_id == ref_id))


def forget_debtor(session: Session, debtor_id: int) -> int:
    """Remove everything indexed about a debtor (its data is being erased); returns the rows removed."""
    st = table(SearchText)
    result = session.execute(
        delete(st).where(st.c.debtor_id == debtor_id), execution_options={"synchronize_session": False}
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _after_flush(session: Session, _context: Any) -> None:
    """Index what this flush wrote: new entries, and debtors, people and invoices added or changed."""
    new = [obj for obj in session.new if type(obj) in _BUILDERS]
    changed = [obj for obj in session.dirty if type(obj) in _BUILDERS and session.is_modified(obj)]
    gone = [obj for obj in session.deleted if type(obj) in _BUILDERS]
    if not (new or changed or gone):
        return
    connection = session.connection()
    for obj in gone:
        _forget(connection, _KINDS[type(obj)], obj.id)
    entries = [searchable(Entry, _columns(obj)) for obj in new if isinstance(obj, Entry)]
    _insert(connection, entries)  # entries never change: nothing to replace
    for obj in [*(o for o in new if not isinstance(o, Entry)), *changed]:
        _put(connection, searchable(type(obj), _columns(obj)))


class IndexedSession(Session):
    """A session whose flushes keep the search index in step with the rows they write."""


event.listen(IndexedSession, "after_flush", _after_flush)


# --- filling an existing database (migration 0009) --------------------------------------------------

FILL_BATCH = 20_000

# What each indexed table is read with, as its columns are at revision 0009, and their types.
_FILL_QUERIES: dict[type[SQLModel], tuple[str, dict[str, Any]]] = {
    Entry: (
        "SELECT id, debtor_id, occurred_at, kind, text, data, reason FROM entry",
        {"occurred_at": UTCDateTime()},
    ),
    Debtor: (
        "SELECT id, name, tax_id, address, phone, email, notes, created_at FROM debtor",
        {"created_at": UTCDateTime()},
    ),
    Person: ("SELECT id, debtor_id, name, role, phone, mobile, email FROM person", {}),
    Invoice: ("SELECT id, debtor_id, number, issued_on, goods_services FROM invoice", {"issued_on": Date()}),
}


def fill_index(connection: Connection) -> int:
    """Index every entry, debtor, person and invoice of a database whose `searchtext` is empty, a
    batch at a time; returns the rows written."""
    written, known = 0, set[int]()  # the table starts empty: every id in it is one given here
    for model, (query, types) in _FILL_QUERIES.items():
        statement = text(f"{query} WHERE id > :after ORDER BY id LIMIT :batch").columns(**types)
        after = 0
        while True:
            rows = connection.execute(statement, {"after": after, "batch": FILL_BATCH}).mappings().all()
            if not rows:
                break
            _insert(connection, [searchable(model, dict(row)) for row in rows], known)
            written += len(rows)
            after = rows[-1]["id"]
    return written
