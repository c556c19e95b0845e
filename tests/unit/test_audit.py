"""The replay of a journal into the rows it records, and witnessed heads: pure, no database."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from callnotes.domain.audit import ReplayEntry, account_findings, chain_findings
from callnotes.domain.record import GENESIS_HASH, ChainReport
from callnotes.domain.witness import Ending, WitnessHead, parse_heads, witness_findings

INVOICE = {
    "invoice": 7,
    "number": "F-1",
    "issued_on": "2026-01-10",
    "due_on": "2026-02-09",
    "delivered_on": None,
    "amount_minor": 50000,
    "currency": "EUR",
}
INVOICE_ROW = {
    "id": 7,
    "debtor_id": 1,
    "number": "F-1",
    "issued_on": date(2026, 1, 10),
    "due_on": date(2026, 2, 9),
    "delivered_on": None,
    "amount_minor": 50000,
    "currency": "EUR",
    "goods_services": "Tiles",
    "status": "open",
}


def _invoice(seq: int = 1) -> ReplayEntry:
    return ReplayEntry(seq, "invoice", INVOICE, "Tiles")


def _kinds(
    entries: list[ReplayEntry], rows: dict[str, list[dict[str, object]]]
) -> list[tuple[str, str | None, int | None]]:
    return [(f.kind, f.table, f.seq) for f in account_findings(1, entries, rows)]


def test_a_correction_and_a_status_change_are_what_the_row_must_hold_now() -> None:
    correction = {
        "subject": "invoice",
        "invoice": 7,
        "name": "F-1",
        "currency": "EUR",
        "changes": [["amount_minor", 50000, 45000]],
    }
    status = {
        "subject": "invoice",
        "invoice": 7,
        "name": "F-1",
        "currency": "EUR",
        "changes": [["status", "open", "disputed"]],
    }
    entries = [_invoice(), ReplayEntry(2, "correction", correction), ReplayEntry(3, "invoice_status", status)]
    assert _kinds(entries, {"invoice": [{**INVOICE_ROW, "amount_minor": 45000, "status": "disputed"}]}) == []
    assert _kinds(entries, {"invoice": [{**INVOICE_ROW, "status": "disputed"}]}) == [
        ("row_mismatch", "invoice", 2)
    ]
    assert _kinds(entries, {"invoice": [INVOICE_ROW]}) == [
        ("row_mismatch", "invoice", 2),
        ("row_mismatch", "invoice", 3),
    ]


def test_an_allocation_recorded_by_number_only_is_matched_by_the_invoice_number() -> None:
    payment = {
        "payment": 3,
        "paid_on": "2026-03-01",
        "amount_minor": 20000,
        "currency": "EUR",
        "method": "",
        "allocations": [{"number": "F-1", "amount_minor": 20000}],
    }
    rows = {
        "invoice": [INVOICE_ROW],
        "payment": [
            {
                "id": 3,
                "debtor_id": 1,
                "paid_on": date(2026, 3, 1),
                "amount_minor": 20000,
                "currency": "EUR",
                "method": "",
                "reference": "T-1",
            }
        ],
        "paymentallocation": [
            {"id": 1, "payment_id": 3, "invoice_id": 7, "amount_minor": 20000, "debtor_id": 1}
        ],
    }
    entries = [_invoice(), ReplayEntry(2, "payment", payment, "T-1")]
    assert _kinds(entries, rows) == []
    rows["paymentallocation"].append(
        {"id": 2, "payment_id": 3, "invoice_id": 7, "amount_minor": 1, "debtor_id": 1}
    )
    assert _kinds(entries, rows) == [("row_mismatch", "paymentallocation", 2)]


def test_a_debtors_empty_fields_must_stay_empty() -> None:
    opened = {
        "subject": "debtor",
        "debtor": 1,
        "name": "Acme",
        "currency": "",
        "changes": [["name", None, "Acme"], ["kind", None, "business"]],
    }
    row = {
        "id": 1,
        "name": "Acme",
        "kind": "business",
        "tax_id": None,
        "country": None,
        "language": None,
        "currency": "",
        "time_zone": "",
        "address": "",
        "phone": None,
        "email": None,
        "notes": "",
        "payment_rating": "unknown",
        "archived_on": None,
        "archive_reason": None,
    }
    entries = [ReplayEntry(1, "debtor", opened)]
    assert _kinds(entries, {"debtor": [row]}) == []
    found = account_findings(1, entries, {"debtor": [{**row, "tax_id": "B123"}]})
    assert [(f.kind, f.row_id) for f in found] == [("row_mismatch", 1)] and "tax_id" in found[0].message


def test_unreadable_and_twice_recorded_entries_are_named() -> None:
    entries = [_invoice(1), _invoice(2), ReplayEntry(3, "payment", {"payment": 4})]
    found = _kinds(entries, {"invoice": [INVOICE_ROW]})
    assert found == [("entry_conflict", "invoice", 2), ("entry_unreadable", None, 3)]


def test_a_row_missing_and_a_row_unrecorded() -> None:
    assert _kinds([_invoice()], {}) == [("row_missing", "invoice", 1)]
    promise = {
        "id": 2,
        "debtor_id": 1,
        "interaction_id": None,
        "amount_minor": 1,
        "currency": "EUR",
        "made_on": date(2026, 1, 1),
        "due_on": date(2026, 1, 2),
    }
    assert _kinds([_invoice()], {"invoice": [INVOICE_ROW], "promise": [promise]}) == [
        ("row_unrecorded", "promise", None)
    ]


def test_the_stored_head_is_compared_by_count_and_by_hash() -> None:
    report = ChainReport(1, 5, "e" * 64, True)
    assert chain_findings(report, (5, "e" * 64), "e" * 64) == []
    removed = chain_findings(report, (7, "f" * 64), "e" * 64)
    assert [(f.kind, f.seq) for f in removed] == [("head_mismatch", 6)] and "removed" in removed[0].message
    (rehashed,) = chain_findings(report, (5, "f" * 64), "e" * 64)
    assert rehashed.kind == "head_mismatch" and "is not the hash of entry 5" in rehashed.message
    assert [f.kind for f in chain_findings(report, None, "e" * 64)] == ["head_mismatch"]
    broken = ChainReport(
        1, 5, "e" * 64, False, 3, "content changed: its stored hash does not match its content"
    )
    assert [(f.kind, f.seq) for f in chain_findings(broken, (5, "e" * 64), "e" * 64)] == [("chain_broken", 3)]


DELETED = datetime(2026, 11, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("entries_now", "hash_there", "ending", "kind"),
    [
        (10, "a" * 64, None, None),  # the chain went on after the witness: fine
        (6, "a" * 64, None, None),
        (5, None, None, "witness_mismatch"),  # truncated
        (10, "c" * 64, None, "witness_mismatch"),  # rewritten
        (None, None, None, "witness_mismatch"),  # gone without a tombstone
        (None, None, Ending(6, "a" * 64, DELETED), "witness_deleted"),  # deleted right after
        (None, None, Ending(9, "d" * 64, DELETED), "witness_deleted"),  # deleted later
        (None, None, Ending(4, "d" * 64, DELETED), "witness_mismatch"),  # the tombstone ends earlier
    ],
)
def test_a_witnessed_head_must_be_continued(
    entries_now: int | None, hash_there: str | None, ending: Ending | None, kind: str | None
) -> None:
    found = witness_findings(WitnessHead(1, 6, "a" * 64), entries_now, hash_there, ending, "the packet p.pdf")
    assert [f.kind for f in found] == ([kind] if kind else [])
    assert all(f.message.startswith("the packet p.pdf witnessed 6 entries") for f in found)


def test_an_empty_witnessed_journal_is_continued_by_any() -> None:
    assert witness_findings(WitnessHead(1, 0, GENESIS_HASH), 3, None, None, "x") == []


@pytest.mark.parametrize(
    "document",
    [
        {},
        [1],
        [{"debtor_id": 1, "entries": 2}],
        [{"debtor_id": "1", "entries": 2, "head": "a" * 64}],
        [{"debtor_id": 1, "entries": -1, "head": "a" * 64}],
        [{"debtor_id": 1, "entries": 1, "head": "xyz"}],
    ],
)
def test_heads_that_are_not_heads_are_refused(document: object) -> None:
    with pytest.raises(ValueError):
        parse_heads(document)


def test_heads_are_read_from_a_list_or_an_object() -> None:
    head = {"debtor_id": 2, "entries": 3, "head": "A" * 64}
    assert parse_heads([head]) == parse_heads({"heads": [head]}) == (WitnessHead(2, 3, "a" * 64),)
