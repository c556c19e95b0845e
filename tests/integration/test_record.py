"""The record a judge can trust: locked rows, amendments, verify, the stdlib checker."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from callnotes.clock import FixedClock
from callnotes.errors import InputError, LockedError
from callnotes.services.interactions import (
    Ending,
    add_line,
    amend_entry,
    edit_line,
    end_interaction,
    remove_line,
    start_interaction,
)
from callnotes.services.record import check_record
from callnotes.store.access import Store
from callnotes.store.account import read_account
from callnotes.store.engine import transaction
from callnotes.store.journal import journal_lines, stored_chain
from callnotes.store.models import Entry, Interaction
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parents[2]


def _raw(store: Store) -> sqlite3.Connection:
    return sqlite3.connect(store.paths.database)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE entry SET text = text || ' x' WHERE seq = 3",
        "DELETE FROM entry WHERE seq = 3",
        "UPDATE payment SET amount_minor = 1",
        "DELETE FROM payment",
        "UPDATE promise SET amount_minor = 1",
        "DELETE FROM paymentallocation",
        "UPDATE interaction SET outcome = 'reached' WHERE ended_at IS NOT NULL",
        "DELETE FROM interaction WHERE ended_at IS NOT NULL",
    ],
)
def test_locked_rows_resist_update_and_delete_in_the_database(demo_store: Store, statement: str) -> None:
    con = _raw(demo_store)
    with pytest.raises(sqlite3.IntegrityError, match="locked record"):
        con.execute(statement)
    con.close()


def test_services_refuse_to_change_lines_of_an_ended_call(store: Store, demo_store: Store) -> None:
    with store.sessions() as session:
        ended = session.exec(select(Interaction).where(Interaction.kind == "call")).first()
        assert ended is not None and ended.ended_at is not None
        with pytest.raises(LockedError, match="locked"):
            edit_line(session, ended.id or 0, 1, "rewritten later")
        with pytest.raises(LockedError, match="locked"):
            remove_line(session, ended.id or 0, 1)
        with pytest.raises(LockedError):
            add_line(session, ended.id or 0, "note", "added later")


def test_changing_an_entry_through_the_orm_is_refused_with_a_plain_message(demo_store: Store) -> None:
    with pytest.raises(LockedError, match="amendment"), transaction(demo_store.sessions) as session:
        entry = session.exec(select(Entry)).first()
        assert entry is not None
        entry.text = "quietly changed"
        session.add(entry)


def test_drafts_stay_editable_until_the_call_ends_then_lock_into_the_journal(
    store: Store, clock: FixedClock
) -> None:
    from callnotes.services.debtors import DebtorInput, create_debtor

    start = NOW - timedelta(hours=3)
    with transaction(store.sessions) as session:
        debtor = create_debtor(session, DebtorInput("Ejemplo S.A.", language="es", country="ES"))
        call = start_interaction(session, debtor.id or 0, started_at=start)
        add_line(session, call.id or 0, "note", "primera línea", typed_at=start + timedelta(seconds=5))
        add_line(session, call.id or 0, "said", "dice que pagará", typed_at=start + timedelta(seconds=30))
        edit_line(session, call.id or 0, 1, "primera línea, corregida")
    clock.advance(timedelta(minutes=7))
    with transaction(store.sessions) as session:
        end_interaction(session, call.id or 0, Ending("reached"), author="ana")
    with store.sessions() as session:
        entries = session.exec(
            select(Entry).where(Entry.interaction_id == call.id).order_by(col(Entry.seq))
        ).all()
        assert [(e.kind, e.text) for e in entries[:2]] == [
            ("note", "primera línea, corregida"),
            ("said", "dice que pagará"),
        ]
        assert entries[0].occurred_at == start + timedelta(seconds=5)  # the moment it was typed, kept
        assert {e.recorded_at for e in entries} == {clock.now()}  # locked when the call ended, by the clock
        assert entries[2].kind == "interaction" and entries[2].author == "ana"
        assert entries[2].occurred_at == start  # the contact happened when the call began


def test_a_line_cannot_carry_a_moment_outside_its_call(store: Store, clock: FixedClock) -> None:
    from callnotes.services.debtors import DebtorInput, create_debtor

    with transaction(store.sessions) as session:
        debtor = create_debtor(session, DebtorInput("Ejemplo S.A."))
        call = start_interaction(session, debtor.id or 0)
        for wrong in (clock.now() + timedelta(hours=1), clock.now() - timedelta(days=1)):
            with pytest.raises(InputError, match="cannot be stamped"):
                add_line(session, call.id or 0, "note", "una línea", typed_at=wrong)


def test_an_amendment_needs_a_reason_and_keeps_the_original_visible(demo_store: Store) -> None:
    with transaction(demo_store.sessions) as session:
        with pytest.raises(InputError, match="reason"):
            amend_entry(session, 1, 5, "corrected text", "   ")
        amendment = amend_entry(session, 1, 5, "Pagará 350,00 € (no 300)", "cifra mal anotada", author="ana")
    with demo_store.sessions() as session:
        item = next(i for i in read_account(session, 1).record() if i.entry.seq == 5)
        assert item.entry.text != "Pagará 350,00 € (no 300)"  # the original is untouched
        assert [a.seq for a in item.amendments] == [amendment.seq]
        assert item.amendments[0].reason == "cifra mal anotada" and item.amendments[0].author == "ana"
        assert all(check.report.ok for check in check_record(session))


def test_verify_catches_a_hand_edit_naming_the_sequence(demo_store: Store) -> None:
    con = _raw(demo_store)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute("UPDATE entry SET text = 'edited by hand' WHERE debtor_id = 1 AND seq = 7")
    con.commit()
    con.close()
    with demo_store.sessions() as session:
        report = check_record(session, 1)[0].report
        assert not report.ok and report.bad_seq == 7 and "content changed" in (report.reason or "")


def test_a_consistently_rewritten_chain_is_caught_by_the_expected_head(demo_store: Store) -> None:
    from callnotes.domain.record import GENESIS_HASH, chain_hash

    with demo_store.sessions() as session:
        noted_head = check_record(session, 2)[0].report.head
        lines = journal_lines(stored_chain(session, 2))
    con = _raw(demo_store)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute("UPDATE entry SET text = 'rewritten' WHERE debtor_id = 2 AND seq = 1")
    con.commit()
    con.close()
    # recompute every hash after the edit so the chain is consistent again
    with demo_store.sessions() as session:
        prev = GENESIS_HASH
        updates = []
        for stored in stored_chain(session, 2):
            assert stored.canonical is not None
            new = chain_hash(prev, stored.canonical, stored.encoding)
            updates.append((prev, new, stored.seq))
            prev = new
    con = _raw(demo_store)
    con.executemany("UPDATE entry SET prev_hash = ?, entry_hash = ? WHERE debtor_id = 2 AND seq = ?", updates)
    con.execute("UPDATE journalhead SET head = ? WHERE debtor_id = 2", (prev,))
    con.commit()
    con.close()
    assert len(lines) == len(updates)
    with demo_store.sessions() as session:
        assert check_record(session, 2)[0].report.ok  # consistent on its own...
        caught = check_record(session, 2, noted_head)[0].report
        assert not caught.ok and "head differs" in (caught.reason or "")  # ...but not the head noted earlier


def test_the_stdlib_checker_reproduces_the_head(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.sessions() as session:
        head = check_record(session, 1)[0].report.head
        lines = journal_lines(stored_chain(session, 1))
        (tmp_path / "journal.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "verify_journal.py"), str(tmp_path / "journal.jsonl")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and result.stdout == f"{len(lines)} entries, head {head}\n"


def test_the_stdlib_checker_answers_help_and_a_bad_file_without_a_traceback(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        checker = str(ROOT / "docs" / "verify_journal.py")
        return subprocess.run([sys.executable, checker, *args], capture_output=True, text=True)

    helped = run("--help")
    assert helped.returncode == 0 and helped.stdout.startswith("usage:") and not helped.stderr
    (tmp_path / "notes.txt").write_text("not a journal\n", encoding="utf-8")
    (tmp_path / "binary.jsonl").write_bytes(b"\xff\xfe\n")
    for args, status in (
        ((str(tmp_path / "missing.jsonl"),), 2),
        ((str(tmp_path),), 2),
        ((str(tmp_path / "binary.jsonl"),), 2),
        ((str(tmp_path / "notes.txt"),), 1),
    ):
        result = run(*args)
        said = (result.stdout + result.stderr).strip().splitlines()
        assert result.returncode == status and len(said) == 1 and "Traceback" not in said[0], said


def test_verify_command_exit_status_and_json(demo_store: Store) -> None:
    from tests.integration.test_cli import callnotes

    data_dir = demo_store.paths.data_dir
    demo_store.database.engine.dispose()
    ok = callnotes(data_dir, "verify")
    assert ok.returncode == 0 and "intact" in ok.stdout
    wrong = callnotes(data_dir, "verify", "--debtor", "1", "--expect-head", "a" * 64)
    assert wrong.returncode == 1 and "head differs" in wrong.stdout


RELEASE_0_1 = ROOT / "tests" / "data" / "release-0.1.sqlite3"
RELEASE_0_1_HEADS = {  # `callnotes verify` on that file, before this version existed
    1: "41b966624a357ae0c4fd57135d1df375f5fa13f78104f9f46956de9dc2004ff1",
    2: "1fd17ddc80cbcc0f65067b50918e1320547973b793e723e85b4e402382fc4cbd",
    3: "5db64c3474bc135fd8ccd1378c3401d5e56fd3e57f934f15b34e359efe837e5d",
}


@pytest.fixture
def upgraded(tmp_path: Path, clock: FixedClock) -> Store:
    """A database written by callnotes 0.1 (one time per entry), opened and upgraded by this version."""
    from callnotes.store.access import open_store

    data = tmp_path / "old"
    data.mkdir()
    (data / "callnotes.sqlite3").write_bytes(RELEASE_0_1.read_bytes())
    return open_store(str(data), None, clock)


def test_an_upgraded_record_keeps_its_heads_and_its_one_time_becomes_both(upgraded: Store) -> None:
    with upgraded.sessions() as session:
        checks = check_record(session)
        assert {c.debtor_id: c.report.head for c in checks} == RELEASE_0_1_HEADS
        assert all(c.report.ok for c in checks)
        entries = session.exec(select(Entry)).all()
        assert entries and all(e.encoding == 1 and e.occurred_at == e.recorded_at for e in entries)
    assert upgraded.database.backup is not None and "rev-0003" in upgraded.database.backup.name


def test_new_entries_after_an_upgrade_chain_on_and_the_stdlib_checker_follows(
    upgraded: Store, tmp_path: Path
) -> None:
    with transaction(upgraded.sessions) as session:
        amend_entry(session, 2, 3, "corrected after the upgrade", "typo", author="ana")
    with upgraded.sessions() as session:
        report = check_record(session, 2)[0].report
        chain = stored_chain(session, 2)
    assert report.ok and report.entries == 14 and [c.encoding for c in chain][-2:] == [1, 2]
    (tmp_path / "mixed.jsonl").write_text("\n".join(journal_lines(chain)) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "verify_journal.py"), str(tmp_path / "mixed.jsonl")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and report.head in result.stdout


@pytest.mark.parametrize(
    "tampering",
    [
        "UPDATE entry SET occurred_at = '2020-01-01 00:00:00.000000' WHERE debtor_id = 1 AND seq = 4",
        "UPDATE entry SET encoding = 2 WHERE debtor_id = 1 AND seq = 4",
    ],
)
def test_a_changed_time_or_encoding_is_caught(upgraded: Store, tampering: str) -> None:
    con = _raw(upgraded)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute(tampering)
    con.commit()
    con.close()
    with upgraded.sessions() as session:
        report = check_record(session, 1)[0].report
    assert not report.ok and report.bad_seq == 4
