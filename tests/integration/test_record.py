"""The record a judge can trust: locked rows, amendments, verify, the stdlib checker."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from callnotes.errors import InputError, LockedError
from callnotes.services.interactions import (
    add_line,
    amend_entry,
    edit_line,
    end_interaction,
    history,
    remove_line,
    start_interaction,
)
from callnotes.services.record import check_record
from callnotes.store.access import Store
from callnotes.store.engine import transaction
from callnotes.store.journal import journal_lines
from callnotes.store.models import Entry, Interaction

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


def test_drafts_stay_editable_until_the_call_ends_then_lock_into_the_journal(store: Store) -> None:
    from callnotes.services.debtors import DebtorInput, create_debtor

    start = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    with transaction(store.sessions) as session:
        debtor = create_debtor(session, DebtorInput("Ejemplo S.A.", language="es", country="ES"))
        call = start_interaction(session, debtor.id or 0, started_at=start)
        add_line(session, call.id or 0, "note", "primera línea", written_at=start + timedelta(seconds=5))
        add_line(session, call.id or 0, "said", "dice que pagará", written_at=start + timedelta(seconds=30))
        edit_line(session, call.id or 0, 1, "primera línea, corregida")
        end_interaction(session, call.id or 0, "reached", ended_at=start + timedelta(minutes=2), author="ana")
    with store.sessions() as session:
        entries = session.exec(select(Entry).order_by(Entry.seq)).all()
        assert [(e.kind, e.text) for e in entries[:2]] == [
            ("note", "primera línea, corregida"),
            ("said", "dice que pagará"),
        ]
        assert entries[0].written_at == start + timedelta(seconds=5)  # the moment it was typed, kept
        assert entries[2].kind == "interaction" and entries[2].author == "ana"


def test_an_amendment_needs_a_reason_and_keeps_the_original_visible(demo_store: Store) -> None:
    with transaction(demo_store.sessions) as session:
        with pytest.raises(InputError, match="reason"):
            amend_entry(session, 1, 5, "corrected text", "   ")
        amendment = amend_entry(session, 1, 5, "Pagará 350,00 € (no 300)", "cifra mal anotada", author="ana")
    with demo_store.sessions() as session:
        item = next(i for i in history(session, 1) if i.entry.seq == 5)
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
        lines = journal_lines(session, 2)
    con = _raw(demo_store)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute("UPDATE entry SET text = 'rewritten' WHERE debtor_id = 2 AND seq = 1")
    con.commit()
    con.close()
    # recompute every hash after the edit so the chain is consistent again
    with demo_store.sessions() as session:
        from callnotes.domain.record import canonical_json, canonical_object
        from callnotes.store.journal import entries_of, record_of

        prev = GENESIS_HASH
        updates = []
        for entry in entries_of(session, 2):
            new = chain_hash(prev, canonical_json(canonical_object(record_of(entry))))
            updates.append((prev, new, entry.id))
            prev = new
    con = _raw(demo_store)
    con.executemany("UPDATE entry SET prev_hash = ?, entry_hash = ? WHERE id = ?", updates)
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
        (tmp_path / "journal.jsonl").write_text("\n".join(journal_lines(session, 1)) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "verify_journal.py"), str(tmp_path / "journal.jsonl")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and head in result.stdout


def test_verify_command_exit_status_and_json(demo_store: Store) -> None:
    from tests.integration.test_cli import callnotes

    data_dir = demo_store.paths.data_dir
    demo_store.database.engine.dispose()
    ok = callnotes(data_dir, "verify")
    assert ok.returncode == 0 and "intact" in ok.stdout
    wrong = callnotes(data_dir, "verify", "--debtor", "1", "--expect-head", "a" * 64)
    assert wrong.returncode == 1 and "head differs" in wrong.stdout
