"""`callnotes debtors` on a file already at the current schema reads it with plain sqlite3, without
opening the store, and prints exactly what the store's path prints; anything else (an older file to
upgrade, a newer one to refuse) still goes through the store."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from callnotes import cli
from callnotes.store import access
from callnotes.store.migrate import head_revision
from tests.integration.test_cli import callnotes

ROOT = Path(__file__).resolve().parents[2]
RELEASE_0_1 = ROOT / "tests" / "data" / "release-0.1.sqlite3"
LISTINGS = [
    ("debtors", "--json"),
    ("debtors",),
    ("debtors", "--archived"),
    ("debtors", "--json", "--archived"),
    ("debtors", "--json", "--as-of", "2026-01-15"),
    ("debtors", "--as-of", "2025-06-30"),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("plain")
    assert callnotes(folder, "demo").returncode == 0
    archived = callnotes(folder, "debtor", "archive", "2", "--outcome", "agency", "--reason", "sent on")
    assert archived.returncode == 0, archived.stderr
    return folder


def _store_refused(*_: object) -> None:
    raise AssertionError("the store was opened")


@pytest.mark.parametrize("args", LISTINGS, ids=" ".join)
def test_the_plain_listing_is_the_stores_byte_for_byte(demo: Path, args: tuple[str, ...]) -> None:
    plain = callnotes(demo, *args)
    url = f"sqlite:///{demo / 'callnotes.sqlite3'}"  # a URL: always through the store
    through_store = callnotes(demo, "--database-url", url, *args)
    assert plain.returncode == through_store.returncode == 0, plain.stderr + through_store.stderr
    assert plain.stdout == through_store.stdout and plain.stdout.strip()
    assert plain.stderr == through_store.stderr == ""


def test_a_file_at_the_current_schema_is_listed_without_the_store(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(access, "open_store", _store_refused)
    assert cli.main(["--data-dir", str(demo), "debtors"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and len(out.splitlines()) == 2  # the demo's three debtors, one archived


def test_an_older_file_still_goes_through_the_store_and_is_upgraded(tmp_path: Path) -> None:
    shutil.copyfile(RELEASE_0_1, tmp_path / "callnotes.sqlite3")
    listed = callnotes(tmp_path, "debtors", "--json")
    assert listed.returncode == 0, listed.stderr
    with sqlite3.connect(tmp_path / "callnotes.sqlite3") as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    connection.close()
    assert list((tmp_path / "backups").glob("*rev-*"))  # copied aside before the upgrade, as always


def test_a_newer_file_is_refused_in_one_line_and_left_untouched(demo: Path, tmp_path: Path) -> None:
    shutil.copyfile(demo / "callnotes.sqlite3", tmp_path / "callnotes.sqlite3")
    with sqlite3.connect(tmp_path / "callnotes.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = (tmp_path / "callnotes.sqlite3").read_bytes()
    refused = callnotes(tmp_path, "debtors", "--json")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "newer version of callnotes" in refused.stderr
    assert (tmp_path / "callnotes.sqlite3").read_bytes() == before
