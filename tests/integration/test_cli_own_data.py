"""The data-entry commands, run as a user runs them: separate processes on a temporary data folder."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.integration.test_cli import callnotes


def _ok(data_dir: Path, *args: str) -> str:
    result = callnotes(data_dir, *args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def _counts(data_dir: Path) -> tuple[int, ...]:
    tables = ("debtor", "person", "agreement", "invoice", "payment", "creditnote", "entry")
    with closing(sqlite3.connect(data_dir / "callnotes.sqlite3")) as con:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)


@pytest.fixture(scope="module")
def _greek_books(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Greek business with one debtor, an agreement and two invoices, entered once per module."""
    tmp_path = tmp_path_factory.mktemp("greek")
    _ok(
        tmp_path,
        "creditor",
        "set",
        "--name",
        "Ηλεκτρικά Ανδρέου Ο.Ε.",
        "--country",
        "GR",
        "--user-name",
        "Νίκος",
    )
    added = json.loads(_ok(tmp_path, "debtor", "add", "--name", "Οικονόμου ΙΚΕ", "--country", "GR", "--json"))
    debtor = str(added["id"])
    _ok(
        tmp_path,
        "agreement",
        "add",
        "--debtor",
        debtor,
        "--signed-on",
        "2026-03-01",
        "--payment-days",
        "30",
        "--interest",
        "8",
        "--late-fee",
        "40.00",
    )
    _ok(
        tmp_path,
        "invoice",
        "add",
        "--debtor",
        debtor,
        "--number",
        "Α-1",
        "--issued",
        "2026-05-05",
        "--amount",
        "1000.00",
    )
    _ok(
        tmp_path,
        "invoice",
        "add",
        "--debtor",
        debtor,
        "--number",
        "Α-2",
        "--issued",
        "2026-06-05",
        "--amount",
        "500.00",
    )
    assert debtor == "1"
    return tmp_path


@pytest.fixture
def greek_debtor(_greek_books: Path, tmp_path: Path) -> str:
    """The Greek books copied into the test's own data folder (each test may change them); the debtor's id."""
    shutil.copytree(_greek_books, tmp_path, dirs_exist_ok=True)
    return "1"


def test_the_first_set_up_takes_the_countrys_defaults(tmp_path: Path) -> None:
    _ok(tmp_path, "creditor", "set", "--name", "Hartley Signs LLC", "--country", "US")
    shown = json.loads(_ok(tmp_path, "creditor", "show", "--json"))
    assert (shown["currency"], shown["calling_hours"]) == ("USD", "US")
    added = json.loads(
        _ok(tmp_path, "debtor", "add", "--name", "Acme", "--phone", "(212) 555-0100", "--json")
    )
    assert added["currency"] == "USD" and added["time_zone"] == "America/New_York"  # the business's country


def test_creditor_set_keeps_what_is_not_given(tmp_path: Path) -> None:
    _ok(tmp_path, "creditor", "set", "--name", "Ribera S.L.", "--country", "ES", "--tax-id", "B46285193")
    _ok(tmp_path, "creditor", "set", "--signer", "Marta Ribera")
    shown = json.loads(_ok(tmp_path, "creditor", "show", "--json"))
    assert (shown["name"], shown["tax_id"], shown["signer"]) == ("Ribera S.L.", "B46285193", "Marta Ribera")


def test_a_payment_can_name_its_invoices_and_show_lists_what_is_open(
    tmp_path: Path, greek_debtor: str
) -> None:
    paid = json.loads(
        _ok(
            tmp_path,
            "payment",
            "add",
            "--debtor",
            greek_debtor,
            "--date",
            "2026-07-01",
            "--amount",
            "700.00",
            "--invoice",
            "Α-2",
            "--invoice",
            "Α-1=100.00",
            "--json",
        )
    )
    assert paid["allocations"] == [
        {"number": "Α-2", "amount_minor": 50000},
        {"number": "Α-1", "amount_minor": 10000},
    ]
    assert paid["credit_minor"] == 10000
    shown = json.loads(_ok(tmp_path, "debtor", "show", greek_debtor, "--as-of", "2026-05-20", "--json"))
    assert shown["agreement"]["annual_interest_bp"] == 800 and shown["agreement"]["late_fee_minor"] == 4000
    assert [(i["number"], i["due_on"]) for i in shown["invoices"]] == [
        ("Α-1", "2026-06-04"),
        ("Α-2", "2026-07-05"),
    ]
    assert "Οικονόμου ΙΚΕ" in _ok(tmp_path, "debtor", "show", greek_debtor)


def test_archive_hides_a_debtor_from_the_list_and_restore_brings_it_back(
    tmp_path: Path, greek_debtor: str
) -> None:
    _ok(tmp_path, "debtor", "archive", greek_debtor, "--outcome", "lawyer", "--reason", "Στον δικηγόρο")
    assert json.loads(_ok(tmp_path, "debtors", "--json")) == []
    assert [d["name"] for d in json.loads(_ok(tmp_path, "debtors", "--archived", "--json"))] == [
        "Οικονόμου ΙΚΕ"
    ]
    _ok(tmp_path, "debtor", "restore", greek_debtor)
    assert len(json.loads(_ok(tmp_path, "debtors", "--json"))) == 1
    _ok(tmp_path, "verify")


@pytest.mark.parametrize(
    "args",
    [
        ("invoice", "add", "--debtor", "1", "--number", "Α-9", "--issued", "2026-02-30", "--amount", "1.00"),
        ("invoice", "add", "--debtor", "1", "--number", "Α-9", "--issued", "9999-12-31", "--amount", "1.00"),
        ("invoice", "add", "--debtor", "99999999999999999999", "--number", "Α-9", "--issued", "2026-03-01"),
    ],
)
def test_a_refused_value_exits_1_with_one_line_and_writes_nothing(
    tmp_path: Path, greek_debtor: str, args: tuple[str, ...]
) -> None:
    before = _counts(tmp_path)
    result = callnotes(tmp_path, *args)
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("callnotes: ") and "Traceback" not in result.stderr
    assert _counts(tmp_path) == before


@pytest.mark.parametrize(
    "args",
    [
        ("invoice", "add", "--debtor", "1", "--number", "Α-9", "--issued", "2026-03-01", "--amount", "1,00"),
        ("invoice", "add", "--debtor", "1", "--number", "Α-9", "--issued", "2026-03-01", "--amount", "1.001"),
        ("invoice", "add", "--debtor", "1", "--number", "Α-1", "--issued", "2026-03-01", "--amount", "1.00"),
        ("invoice", "credit", "--debtor", "1", "--number", "Α-1", "--amount", "2000.00", "--reason", "x"),
        ("payment", "add", "--debtor", "1", "--date", "2026-07-01", "--amount", "10.00", "--invoice", "Ζ-1"),
        ("payment", "reverse", "--debtor", "1", "--payment", "99", "--reason", "x"),
        ("person", "add", "--debtor", "1", "--name", "Α", "--phone", "12"),
        ("agreement", "add", "--debtor", "1", "--signed-on", "2026-03-01", "--interest", "8.125"),
        ("debtor", "edit", "1", "--email", "not-an-address"),
        ("debtor", "add", "--name", "Β", "--country", "Greece"),
        (
            "invoice",
            "add",
            "--debtor",
            "1",
            "--number",
            "Α-9",
            "--issued",
            "2026-03-01",
            "--amount",
            "9" * 26,
        ),
        ("agreement", "add", "--debtor", "1", "--signed-on", "2026-03-01", "--payment-days", "99999999"),
        (
            "invoice",
            "add",
            "--debtor",
            "1",
            "--number",
            "Α-9",
            "--issued",
            "2026-03-01",
            "--amount",
            "1.00",
            "--attach",
            "/nonexistent.pdf",
        ),
    ],
)
def test_invalid_input_exits_1_with_one_line_and_writes_nothing(
    tmp_path: Path, greek_debtor: str, args: tuple[str, ...]
) -> None:
    before = _counts(tmp_path)
    result = callnotes(tmp_path, *args)
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("callnotes: ") and "Traceback" not in result.stderr
    assert _counts(tmp_path) == before
