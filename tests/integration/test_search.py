"""Search everything: the index kept in step by every write, filled by the migration for an existing
database, and the command line (issue 16)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlmodel import select

from callnotes.clock import FixedClock
from callnotes.domain.search import HitKind, SearchOrder, parse_query
from callnotes.services.books import InvoiceInput
from callnotes.services.debtors import DebtorInput
from callnotes.services.desk import Desk
from callnotes.services.imports.importer import ImportOptions
from callnotes.services.interactions import ContactInput, Ending
from callnotes.services.people import PersonInput
from callnotes.services.search import search
from callnotes.store.access import Store, open_store
from callnotes.store.models import SearchText, UTCDateTime, sqlite_moment
from callnotes.store.search_query import find_like
from tests.conftest import NOW
from tests.integration.test_cli import callnotes

ROOT = Path(__file__).resolve().parents[2]
RELEASE_0_1 = ROOT / "tests" / "data" / "release-0.1.sqlite3"


def found(desk: Desk, query: str, order: SearchOrder = SearchOrder.NEWEST) -> list[tuple[str, str]]:
    """(kind, title) of every hit."""
    return [(hit.kind.value, hit.title) for hit in desk.search(query, order, 0, 200).hits]


@pytest.fixture
def nunez(desk: Desk) -> int:
    return desk.add_debtor(
        DebtorInput(
            "Construcciones Núñez Peña S.L.",
            country="ES",
            address="Calle de Alcalá 214, Madrid",
            phone="+34 912 345 678",
            email="pagos@nunez.example",
        )
    )


def test_debtors_people_invoices_and_entries_are_found_as_soon_as_written(desk: Desk, nunez: int) -> None:
    person = desk.add_person(
        nunez, PersonInput("Ana Núñez", role="aprueba los pagos", mobile="+34 612 345 678")
    )
    desk.add_invoice(
        nunez, InvoiceInput("F2026-0042", date(2026, 6, 15), 223850, goods_services="Reforma baño")
    )
    contact = ContactInput(
        "call",
        NOW - timedelta(days=2),
        Ending("reached"),
        person_id=person,
        lines=(("said", "Pagará el viernes"),),
    )
    desk.log_contact(nunez, contact)

    assert ("debtor", "Construcciones Núñez Peña S.L.") in found(desk, "NUNEZ")
    assert ("person", "Ana Núñez") in found(desk, "nunez")
    assert ("invoice", "F2026-0042") in found(desk, "f2026")
    assert ("invoice", "F2026-0042") in found(desk, "reforma bano")
    assert ("entry", "said") in found(desk, "pagara viernes")
    assert ("debtor", "Construcciones Núñez Peña S.L.") in found(desk, "alcala")
    # phone numbers as typed: with the country code or without, with spaces or without
    for typed in ("612345678", "+34 612 345 678", "612 345 678", "34612345678"):
        assert ("person", "Ana Núñez") in found(desk, typed), typed
    assert ("debtor", "Construcciones Núñez Peña S.L.") in found(desk, "912 345 678")
    hit = next(h for h in desk.search("viernes").hits if h.kind is HitKind.ENTRY)
    assert hit.debtor_id == nunez and hit.debtor_name == "Construcciones Núñez Peña S.L." and hit.seq
    assert hit.snippet.parts[1] == "viernes"


def test_edits_change_what_is_found_and_amendments_are_found_too(desk: Desk, nunez: int) -> None:
    person = desk.add_person(nunez, PersonInput("Ana Núñez"))
    invoice = desk.add_invoice(nunez, InvoiceInput("F-1", date(2026, 6, 15), 1000))
    desk.log_contact(
        nunez,
        ContactInput(
            "call", NOW - timedelta(days=1), Ending("reached"), lines=(("note", "Habla con la gestoría"),)
        ),
    )

    desk.edit_debtor(nunez, DebtorInput("Reformas Díaz S.L.", country="ES"))
    desk.edit_person(person, PersonInput("Beatriz Ortega"))
    desk.correct_invoice(invoice, InvoiceInput("F-2", date(2026, 6, 15), 1000), "wrong number")
    seq = next(h.seq for h in desk.search("gestoria").hits if h.kind is HitKind.ENTRY and h.title == "note")
    assert seq is not None
    desk.amend(nunez, seq, "Habla con el asesor fiscal", "misheard")

    assert ("debtor", "Reformas Díaz S.L.") in found(desk, "diaz")
    assert ("debtor", "Construcciones Núñez Peña S.L.") not in found(desk, "nunez")
    assert ("person", "Beatriz Ortega") in found(desk, "ortega")
    assert ("person", "Ana Núñez") not in found(desk, "ana")
    assert ("invoice", "F-2") in found(desk, "f")
    assert ("invoice", "F-1") not in found(desk, "f")
    assert any(kind == "entry" for kind, _ in found(desk, "asesor fiscal"))  # the amendment
    assert any(kind == "entry" for kind, _ in found(desk, "gestoria"))  # the original stays in the record
    # every hit of a renamed debtor carries its name now
    assert {hit.debtor_name for hit in desk.search("gestoria").hits} == {"Reformas Díaz S.L."}


def test_an_import_is_found_and_an_erasure_forgets_the_debtor(desk: Desk) -> None:
    report = desk.import_books(ROOT / "tests" / "data" / "imports" / "holded.csv", ImportOptions("holded"))
    assert report.written, report.problems
    hits = desk.search("talleres ruiz").hits
    assert {hit.kind for hit in hits} >= {HitKind.DEBTOR, HitKind.ENTRY}
    assert ("invoice", "F2026-0031") in found(desk, "F2026-0031")
    debtor = next(hit for hit in hits if hit.kind is HitKind.DEBTOR)
    desk.delete_debtor_data(debtor.debtor_id, debtor.debtor_name, "asked to")
    assert desk.search("talleres ruiz").hits == ()
    assert desk.search("F2026-0031").hits == ()


def test_pages_and_both_orders(desk: Desk, nunez: int) -> None:
    for day in range(12):
        at = NOW - timedelta(days=30 - day)
        desk.log_contact(
            nunez, ContactInput("call", at, Ending("reached"), lines=(("note", f"recordatorio {day}"),))
        )
    first = desk.search("recordatorio", SearchOrder.NEWEST, 0, 5)
    second = desk.search("recordatorio", SearchOrder.NEWEST, 5, 5)
    last = desk.search("recordatorio", SearchOrder.NEWEST, 10, 5)
    times = [h.at for page in (first, second, last) for h in page.hits if h.title == "note"]
    assert first.more and second.more and not last.more
    assert times == sorted(times, reverse=True) and len(times) == 12
    relevant = desk.search("recordatorio 7", SearchOrder.RELEVANCE)
    assert relevant.hits and "7" in relevant.hits[0].snippet.text


def test_the_desk_reads_on_a_bare_connection_the_page_a_session_reads(
    store: Store, desk: Desk, nunez: int
) -> None:
    for day, micro in ((3, 0), (2, 7), (1, 123456)):  # times read straight from the driver keep every digit
        at = NOW - timedelta(days=day, microseconds=micro)
        desk.log_contact(
            nunez, ContactInput("call", at, Ending("reached"), lines=(("note", "transferencia"),))
        )
    for order in SearchOrder:
        page = desk.search("TRANSFERÉNCIA", order)
        with store.sessions() as session:
            assert search(session, "TRANSFERÉNCIA", order) == page  # what the command line reads
            written = session.exec(select(SearchText).where(SearchText.folded.contains("transferencia")))
            ats = sorted((row.at for row in written), key=lambda at: at or NOW, reverse=True)
        assert [hit.at for hit in page.hits] == ats and len(ats) == 3  # equal ranks: newest first
    assert all(hit.at is not None and hit.at.utcoffset() == timedelta(0) for hit in page.hits)


@pytest.mark.parametrize(
    "stored",
    ["2026-11-22 12:00:00.000007", "2026-11-22 12:00:00", "2026-11-22", "2026-11-22 12:00:00+01:00", None],
)
def test_a_moment_read_from_the_driver_is_what_the_type_reads(stored: str | None) -> None:
    dialect = sqlite_dialect()
    reader = UTCDateTime().dialect_impl(dialect).result_processor(dialect, None)
    assert reader is not None
    expected, found = reader(stored), sqlite_moment(stored)
    assert found == expected and (found is None or found.tzinfo == expected.tzinfo == UTC)


@pytest.mark.parametrize(
    "typed", ["", "   ", '"', "*", 'NEAR("a" "b")', "a OR", "-", "^x", "'; DROP TABLE entry; --"]
)
def test_nothing_typed_is_read_as_query_syntax(desk: Desk, nunez: int, typed: str) -> None:
    page = desk.search(typed)
    assert page.query == typed and isinstance(page.hits, tuple)


def test_without_fts5_search_falls_back_to_like_over_the_folded_text(
    store: Store, desk: Desk, nunez: int
) -> None:
    desk.add_person(nunez, PersonInput("Ana Núñez", mobile="+34 612 345 678"))
    with store.sessions() as session:
        rows, more = find_like(session, parse_query("NÚÑEZ ana"), 0, 10)
        assert ("person", "Ana Núñez") in [(r.kind, r.title) for r in rows] and not more
        assert {r.kind for r in rows} == {"person", "entry"}  # the person, and the entry that added them
        rows, _ = find_like(session, parse_query("612 345 678"), 0, 10)
        assert "person" in [r.kind for r in rows]
        assert find_like(session, parse_query("nobody"), 0, 10) == ([], False)


def test_the_migration_indexes_a_database_written_by_0_1(tmp_path: Path, clock: FixedClock) -> None:
    data = tmp_path / "old"
    data.mkdir()
    (data / "callnotes.sqlite3").write_bytes(RELEASE_0_1.read_bytes())
    store = open_store(str(data), None, clock)
    try:
        desk = Desk(store, "tester")
        with sqlite3.connect(data / "callnotes.sqlite3") as raw:
            counts = raw.execute(
                "SELECT (SELECT count(*) FROM entry) + (SELECT count(*) FROM debtor) + (SELECT count(*) FROM person)"
                " + (SELECT count(*) FROM invoice), (SELECT count(*) FROM searchtext)"
            ).fetchone()
            names = [row[0] for row in raw.execute("SELECT name FROM debtor")]
            integrity = raw.execute(
                "INSERT INTO searchindex(searchindex, rank) VALUES ('integrity-check', 1)"
            )
            assert integrity is not None
        assert counts[0] == counts[1] > 0
        for name in names:
            word = name.split()[0]
            assert any(h.debtor_name == name for h in desk.search(word).hits), word
    finally:
        store.database.engine.dispose()


def test_the_command_line_finds_accents_both_ways_and_says_when_nothing_is_found(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert callnotes(data, "demo").returncode == 0
    for query, name in (
        ("nunez", "Núñez"),
        ("παπαδοπουλος", "Παπαδόπουλος"),
        ("ΠΑΠΑΔΟΠΟΥΛΟΣ", "Παπαδόπουλος"),
    ):
        result = callnotes(data, "search", query, "--json")
        assert result.returncode == 0, result.stderr
        hits = json.loads(result.stdout)
        assert hits and any(name in hit["debtor"] for hit in hits)
        assert set(hits[0]) == {"kind", "debtor_id", "debtor", "at", "title", "snippet", "marked", "seq"}
    plain = callnotes(data, "search", "factura", "--order", "relevance", "--limit", "2")
    assert plain.returncode == 0 and "«factura»" in plain.stdout.lower() and "--limit" in plain.stdout
    for nothing in ("zzzzzz", "", "*(){}"):
        result = callnotes(data, "search", nothing)
        assert result.returncode == 0 and "Traceback" not in result.stderr
        assert result.stdout.startswith("Nothing")
    assert json.loads(callnotes(data, "search", '"', "--json").stdout) == []
    refused = callnotes(data, "search", "x", "--limit", "0")
    assert refused.returncode == 1 and refused.stderr.startswith("callnotes: ")
