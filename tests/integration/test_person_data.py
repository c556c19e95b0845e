"""A person's data: everything held on one debtor exported to an owner-only ZIP, and a debtor deleted on
request after its name is typed, leaving a tombstone, the guards, the other debtors and `verify` intact."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import zipfile
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from callnotes.errors import CallnotesError, InputError, LockedError
from callnotes.export import ExportCancelled
from callnotes.services.attachments import stored_path
from callnotes.services.debtors import DebtorInput
from callnotes.services.desk import Desk
from callnotes.services.interactions import Ending, PlanInput
from callnotes.services.record import check_record
from callnotes.services.subject_access import name_sha256
from callnotes.services.views import NoteLine
from callnotes.store.access import Store
from callnotes.store.guards import missing_guards
from tests.conftest import NOW, TODAY
from tests.integration.test_cli import callnotes

SPANISH = "Construcciones Núñez Peña S.L."

# How the rows of each table belong to a debtor: directly, or through their parent.
OWNER = {
    "debtor": "id = :d",
    "person": "debtor_id = :d",
    "agreement": "debtor_id = :d",
    "invoice": "debtor_id = :d",
    "creditnote": "debtor_id = :d",
    "payment": "debtor_id = :d",
    "paymentallocation": "payment_id IN (SELECT id FROM payment WHERE debtor_id = :d)",
    "paymentreversal": "payment_id IN (SELECT id FROM payment WHERE debtor_id = :d)",
    "promise": "debtor_id = :d",
    "plan": "debtor_id = :d",
    "instalment": "plan_id IN (SELECT id FROM plan WHERE debtor_id = :d)",
    "interaction": "debtor_id = :d",
    "draftline": "interaction_id IN (SELECT id FROM interaction WHERE debtor_id = :d)",
    "entry": "debtor_id = :d",
    "journalhead": "debtor_id = :d",
    "attachment": "debtor_id = :d",
}


def _rows(db: Path, table: str, debtor_id: int) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as con:
        return con.execute(
            f"SELECT * FROM {table} WHERE {OWNER[table]} ORDER BY 1", {"d": debtor_id}
        ).fetchall()


def _hashes(db: Path, debtor_id: int) -> set[str]:
    with sqlite3.connect(db) as con:
        return {
            sha for (sha,) in con.execute("SELECT sha256 FROM attachment WHERE debtor_id = ?", (debtor_id,))
        }


def _everything(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(db) as con:
        tables = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        tables = [t for t in tables if not t.startswith("searchindex")]  # the FTS5 index's own tables
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}


def _file(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


@pytest.fixture
def full(demo_store: Store, tmp_path: Path) -> Desk:
    """The example data, the Spanish debtor (1) with a bit of everything: a call that ended in a plan, a
    credit note, a reversed payment, a document of its own and one the Greek debtor (2) has too."""
    desk = Desk(demo_store, "tester")
    view = desk.debtor(1)
    call = desk.start_call(1, view.people[0].id, "+34600000000")
    desk.save_lines(call.interaction.id, [NoteLine(None, NOW, "note", "Acepta pagar en dos plazos")])
    plan = PlanInput(((date(2026, 12, 5), 100000), (date(2027, 1, 5), 50000)), conditions="por transferencia")
    desk.end_call(call.interaction.id, Ending("plan", "Plan en dos plazos", plan=plan))
    invoice = next(iter(view.invoices.values()))
    desk.credit_invoice(invoice.id, 1000, "Descuento por retraso", TODAY)
    desk.reverse_payment(view.payments[0].id, "Devuelto por el banco")
    files = tmp_path / "files"
    desk.attach_files(1, [_file(files, "own.pdf", b"%PDF-1.4 only the Spanish debtor's")])
    shared = _file(files, "shared.txt", b"one file, two debtors")
    desk.attach_files(1, [shared])
    desk.attach_files(2, [shared])
    return desk


# --- export ---------------------------------------------------------------------------------------
def test_the_export_holds_every_row_the_journal_and_the_documents_owner_only(
    full: Desk, demo_store: Store, tmp_path: Path
) -> None:
    db = demo_store.paths.database
    out = tmp_path / "out" / "núñez.zip"
    out.parent.mkdir()
    done = full.export_debtor_data(1, out)
    assert done.path == out and done.missing == ()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["núñez.zip"]  # no temporary file left behind
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        data = json.loads(archive.read("debtor.json"))
        manifest = json.loads(archive.read("manifest.json"))
        members = {name: archive.read(name) for name in names}
    assert {"debtor.json", "journal.jsonl", "verify_journal.py", "manifest.json"} <= set(names)

    # the witness: the head as recorded, first key of the manifest; every file listed with its hash
    head = _rows(db, "journalhead", 1)[0]
    assert next(iter(manifest)) == "heads"
    assert manifest["heads"] == [{"debtor_id": 1, "entries": head[1], "head": head[2]}]
    assert (done.entries, done.head) == (head[1], head[2])
    for listed in manifest["files"]:
        assert hashlib.sha256(members[listed["name"]]).hexdigest() == listed["sha256"]
    assert {f["name"] for f in manifest["files"]} == set(names) - {"manifest.json"}

    # every row of every table, each once
    assert data["debtor"]["name"] == SPANISH and data["debtor"]["id"] == 1
    for key, table in (
        ("people", "person"),
        ("agreements", "agreement"),
        ("invoices", "invoice"),
        ("credit_notes", "creditnote"),
        ("payments", "payment"),
        ("promises", "promise"),
        ("plans", "plan"),
        ("interactions", "interaction"),
        ("journal", "entry"),
        ("attachments", "attachment"),
    ):
        assert len(data[key]) == len(_rows(db, table, 1)) > 0, key
    allocations = [a for p in data["payments"] for a in p["allocations"]]
    assert len(allocations) == len(_rows(db, "paymentallocation", 1)) > 0
    assert all(isinstance(a["amount_minor"], int) and a["currency"] == "EUR" for a in allocations)
    assert [p["reversal"]["reason"] for p in data["payments"] if p["reversal"]] == ["Devuelto por el banco"]
    assert data["credit_notes"][0]["amount_minor"] == 1000 and data["credit_notes"][0]["currency"] == "EUR"
    plan = next(p for p in data["plans"] if p["conditions"] == "por transferencia")
    assert [(i["due_on"], i["amount_minor"], i["currency"]) for i in plan["instalments"]] == [
        ("2026-12-05", 100000, "EUR"),
        ("2027-01-05", 50000, "EUR"),
    ]
    date.fromisoformat(data["invoices"][0]["due_on"])
    assert datetime.fromisoformat(data["interactions"][0]["started_at"]).tzinfo is not None

    # the journal: each entry with its times, text, data and hashes, chained
    journal = data["journal"]
    assert [e["seq"] for e in journal] == list(range(1, head[1] + 1))
    assert journal[-1]["entry_hash"] == head[2]
    assert all(e["prev_hash"] == p["entry_hash"] for p, e in pairwise(journal))
    assert {"kind", "recorded_at", "occurred_at", "text", "data", "author"} <= set(journal[0])
    assert isinstance(journal[0]["data"], dict)
    assert any(e["text"] == "Acepta pagar en dos plazos" for e in journal)
    assert data["chain"] == {
        "debtor_id": 1,
        "entries": head[1],
        "head": head[2],
        "intact": True,
        "problem": None,
    }

    # the documents themselves, byte for byte, once per file
    for attachment in data["attachments"]:
        assert attachment["stored_copy"] == "ok"
        stored = stored_path(demo_store.paths, attachment["sha256"]).read_bytes()
        assert members[attachment["file"]] == stored
    assert {n for n in names if n.startswith("attachments/")} == {a["file"] for a in data["attachments"]}

    # anyone can recompute the chain with the checker shipped inside
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(unpacked)
    checked = subprocess.run(
        [sys.executable, str(unpacked / "verify_journal.py"), str(unpacked / "journal.jsonl")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0 and head[2] in checked.stdout


def test_an_open_call_is_exported_with_its_lines(demo_store: Store, tmp_path: Path) -> None:
    desk = Desk(demo_store, "tester")
    call = desk.start_call(3, None, "+12125550100")
    desk.save_lines(call.interaction.id, [NoteLine(None, NOW, "note", "Says the cheque is in the mail")])
    desk.save_pending_text(call.interaction.id, "half typ")
    desk.export_debtor_data(3, tmp_path / "open.zip")
    with zipfile.ZipFile(tmp_path / "open.zip") as archive:
        data = json.loads(archive.read("debtor.json"))
    open_call = next(i for i in data["interactions"] if i["id"] == call.interaction.id)
    assert open_call["ended_at"] is None and open_call["pending_text"] == "half typ"
    assert [line["text"] for line in open_call["lines"]] == ["Says the cheque is in the mail"]


def test_the_export_refuses_what_is_not_a_regular_file_and_leaves_nothing(
    demo_store: Store, tmp_path: Path
) -> None:
    desk = Desk(demo_store, "tester")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    a_file = _file(tmp_path, "afile", b"x")
    present = sorted(tmp_path.iterdir())
    for target in (fifo, folder, Path(""), a_file / "below.zip", tmp_path / "missing" / "x.zip"):
        with pytest.raises(CallnotesError):
            desk.export_debtor_data(1, target)
    assert stat.S_ISFIFO(fifo.stat().st_mode) and list(folder.iterdir()) == []
    assert sorted(tmp_path.iterdir()) == present
    replaced = _file(tmp_path, "old.zip", b"an older export")
    replaced.chmod(0o644)
    desk.export_debtor_data(1, replaced)
    assert zipfile.is_zipfile(replaced) and stat.S_IMODE(replaced.stat().st_mode) == 0o600


def test_a_cancelled_export_writes_no_file(demo_store: Store, tmp_path: Path) -> None:
    desk = Desk(demo_store, "tester")
    seen: list[int] = []
    with pytest.raises(ExportCancelled):
        desk.export_debtor_data(
            1, tmp_path / "x.zip", progress=lambda d, t: seen.append(d), cancel=lambda: bool(seen)
        )
    assert not (tmp_path / "x.zip").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".x.zip")]


# --- deletion -------------------------------------------------------------------------------------
def test_a_wrong_name_or_no_reason_deletes_nothing(full: Desk, demo_store: Store) -> None:
    db = demo_store.paths.database
    before = _everything(db)
    for typed, reason in (
        ("Construcciones", "asked"),
        ("construcciones núñez peña s.l.", "asked"),
        (SPANISH, " "),
    ):
        with pytest.raises(InputError) as refused:
            full.delete_debtor_data(1, typed, reason)
        assert refused.value.field in ("confirm", "reason")
    assert _everything(db) == before


def test_a_deletion_removes_every_row_of_the_debtor_and_nothing_else(full: Desk, demo_store: Store) -> None:
    db, paths = demo_store.paths.database, demo_store.paths
    before = _everything(db)
    own, greek = _hashes(db, 1), _hashes(db, 2)
    shared = own & greek
    assert len(own) >= 2 and len(shared) == 1
    others = {t: [r for d in (2, 3) for r in _rows(db, t, d)] for t in OWNER}
    head = _rows(db, "journalhead", 1)[0]

    # typed with other spaces around and another Unicode form of the same letters: still the name
    typed = "  " + "Construcciones Nu\u0301n\u0303ez Pen\u0303a S.L. "
    done = full.delete_debtor_data(1, typed, "Request by e-mail of 2026-11-20")

    for table in OWNER:
        assert _rows(db, table, 1) == [], table
        assert sorted(r for d in (2, 3) for r in _rows(db, table, d)) == sorted(others[table]), table
    after = _everything(db)
    assert after["creditor"] == before["creditor"]
    assert sum(len(rows) for rows in before.values()) - sum(len(r) for r in after.values()) == done.rows - 1
    assert after["tombstone"] == [
        (
            1,
            1,
            hashlib.sha256(SPANISH.encode()).hexdigest(),
            head[1],
            head[2],
            "2026-11-22 12:00:00.000000",  # NOW, from the clock
            "Request by e-mail of 2026-11-20",
            "Marta Ribera Soler",
        )
    ]
    assert name_sha256(SPANISH) == after["tombstone"][0][2]
    assert (done.entries, done.head) == (head[1], head[2])

    # the files only this debtor had are gone; the one the Greek debtor shares is kept
    for sha in own - shared:
        assert not stored_path(paths, sha).exists()
    for sha in shared:
        assert stored_path(paths, sha).exists()
    assert (done.files_removed, done.files_kept, done.files_not_removed) == (len(own - shared), 1, ())

    with demo_store.sessions() as session:
        assert missing_guards(session.connection()) == []
        checks = check_record(session)
    assert [c.debtor_id for c in checks] == [2, 3] and all(c.report.ok for c in checks)
    # and the tombstone is locked like the record
    with sqlite3.connect(db) as con, pytest.raises(sqlite3.DatabaseError, match="locked record"):
        con.execute("DELETE FROM tombstone")


def test_a_deletion_that_fails_half_way_changes_nothing_and_keeps_every_guard(
    full: Desk, demo_store: Store
) -> None:
    db = demo_store.paths.database
    with sqlite3.connect(db) as con:  # a tombstone already there for this id makes the insert fail at the end
        con.execute(
            "INSERT INTO tombstone (debtor_id, name_sha256, entries, head, deleted_at, reason, author) "
            "VALUES (1, 'x', 0, 'x', '2026-01-01 00:00:00', 'planted', '')"
        )
    before = _everything(db)
    with pytest.raises(LockedError):  # the tombstone's own guard refuses a second one for the id
        full.delete_debtor_data(1, SPANISH, "asked")
    assert _everything(db) == before
    with demo_store.sessions() as session:
        assert missing_guards(session.connection()) == []


def test_a_deleted_debtors_id_is_never_given_again(full: Desk, demo_store: Store) -> None:
    full.delete_debtor_data(3, "Hartley Print & Sign LLC", "asked")  # the largest id
    added = full.add_debtor(DebtorInput("Someone new", country="US"))
    assert added == 4
    full.delete_debtor_data(4, "Someone new", "added by mistake")
    assert full.add_debtor(DebtorInput("Someone newer", country="US")) == 5
    with sqlite3.connect(demo_store.paths.database) as con:
        assert con.execute("SELECT debtor_id FROM tombstone ORDER BY id").fetchall() == [(3,), (4,)]


def test_a_deletion_is_refused_while_a_call_with_the_debtor_is_open(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    desk.start_call(2, None, "+302101234567")
    before = _everything(demo_store.paths.database)
    with pytest.raises(InputError, match="still open") as refused:
        desk.delete_debtor_data(2, "Παπαδόπουλος & Σια Ο.Ε.", "asked")
    assert refused.value.problem == "call_open"
    assert _everything(demo_store.paths.database) == before


# --- the command line -----------------------------------------------------------------------------
def test_the_command_line_exports_refuses_a_wrong_name_then_deletes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert callnotes(data, "demo").returncode == 0
    out = tmp_path / "greek.zip"
    exported = callnotes(data, "debtor", "export", "--debtor", "2", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "debtor 2" in exported.stdout and stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as archive:
        assert json.loads(archive.read("debtor.json"))["debtor"]["name"] == "Παπαδόπουλος & Σια Ο.Ε."
        assert json.loads(archive.read("manifest.json"))["heads"][0]["debtor_id"] == 2
        assert any(n.startswith("attachments/") for n in archive.namelist())
    os.mkfifo(tmp_path / "fifo")
    onto_fifo = callnotes(data, "debtor", "export", "--debtor", "2", "--out", str(tmp_path / "fifo"))
    assert onto_fifo.returncode == 1 and "Traceback" not in onto_fifo.stderr
    assert onto_fifo.stderr.startswith("callnotes: ") and stat.S_ISFIFO((tmp_path / "fifo").stat().st_mode)

    listed = callnotes(data, "debtors", "--json").stdout
    wrong = callnotes(
        data, "debtor", "delete", "--debtor", "2", "--reason", "asked", "--confirm", "Papadopoulos"
    )
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert "is not the name of debtor 2; nothing was deleted" in wrong.stderr
    assert callnotes(data, "debtors", "--json").stdout == listed

    deleted = callnotes(
        data, "debtor", "delete", "--debtor", "2", "--reason", "asked", "--confirm", "Παπαδόπουλος & Σια Ο.Ε."
    )
    assert deleted.returncode == 0, deleted.stderr
    assert "Deleted debtor 2" in deleted.stdout
    assert [d["id"] for d in json.loads(callnotes(data, "debtors", "--json").stdout)] != []
    assert 2 not in [d["id"] for d in json.loads(callnotes(data, "debtors", "--json").stdout)]
    verified = callnotes(data, "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "debtor 2" in verified.stdout and "deleted on request" in verified.stdout  # its tombstone
    assert json.loads(callnotes(data, "info", "--json").stdout)["counts"]["deleted_debtors"] == 1
    again = callnotes(data, "debtor", "export", "--debtor", "2", "--out", str(tmp_path / "gone.zip"))
    assert again.returncode == 1 and "no debtor with id 2" in again.stderr
