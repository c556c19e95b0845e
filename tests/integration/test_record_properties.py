"""Generated tests of the record: every hand edit is caught; a stateful run keeps verify green."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule

from callnotes.clock import FixedClock
from callnotes.domain.entries import LINE_KINDS
from callnotes.errors import InputError, LockedError
from callnotes.services.debtors import DebtorInput, create_debtor
from callnotes.services.interactions import (
    OUTCOMES,
    Ending,
    add_line,
    amend_entry,
    edit_line,
    end_interaction,
    start_interaction,
)
from callnotes.services.record import check_record
from callnotes.store.access import Store, open_store
from callnotes.store.account import read_account
from callnotes.store.engine import transaction
from tests.conftest import NOW

HASHED_COLUMNS = (
    "debtor_id",
    "seq",
    "kind",
    "recorded_at",
    "occurred_at",
    "encoding",
    "interaction_id",
    "text",
    "data",
    "amends_seq",
    "reason",
    "author",
    "prev_hash",
    "entry_hash",
)
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example data in a database without its triggers, made once: each case edits a copy."""
    from callnotes.example import load_example

    folder = tmp_path_factory.mktemp("demo")
    store = open_store(str(folder), None, FixedClock(NOW))
    load_example(store, NOW)
    store.database.engine.dispose()
    con = sqlite3.connect(store.paths.database)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return store.paths.database


def _new_value(draw: st.DrawFn, column: str, old: object) -> object:
    if column in ("debtor_id", "seq", "interaction_id", "amends_seq"):
        return draw(
            st.one_of(
                st.integers(-5, 60), st.none() if column in ("interaction_id", "amends_seq") else st.nothing()
            )
        )
    if column in ("recorded_at", "occurred_at"):
        moment = draw(st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1)))
        return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    if column == "encoding":
        return draw(st.integers(0, 3))
    if column in ("prev_hash", "entry_hash"):
        return draw(st.text("0123456789abcdef", min_size=64, max_size=64))
    if column == "data":
        return draw(
            st.sampled_from(["{}", '{"amount_minor":1}', '{"amount_minor": 30000}', "not json", "[]"])
        )
    if column in ("reason",):
        return draw(st.one_of(st.none(), texts))
    return draw(texts)


@st.composite
def tampering(draw: st.DrawFn) -> tuple[int, str, object]:
    index = draw(st.integers(0, 44))
    column = draw(st.sampled_from(HASHED_COLUMNS))
    return index, column, _new_value(draw, column, None)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(change=tampering())
def test_changing_any_hashed_field_of_any_entry_is_caught_naming_its_sequence(
    demo_file: Path, change: tuple[int, str, object]
) -> None:
    index, column, value = change
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "callnotes.sqlite3"
        shutil.copy2(demo_file, db)
        con = sqlite3.connect(db)
        rows = con.execute("SELECT id, debtor_id, seq FROM entry ORDER BY id").fetchall()
        entry_id, debtor_id, seq = rows[index % len(rows)]
        old = con.execute(f"SELECT {column} FROM entry WHERE id = ?", (entry_id,)).fetchone()[0]
        assume(value != old)
        try:
            con.execute(f"UPDATE entry SET {column} = ? WHERE id = ?", (value, entry_id))
            con.commit()
        except sqlite3.IntegrityError:
            assume(False)  # the edit collides with another entry's (debtor, seq): not a single-field edit
        finally:
            con.close()
        store = open_store(folder, None, FixedClock(NOW))
        try:
            with store.sessions() as session:
                reports = {c.debtor_id: c.report for c in check_record(session)}
        finally:
            store.database.engine.dispose()
        report = reports[debtor_id]
        assert not report.ok, f"{column} of entry {seq} changed to {value!r} and verify passed"
        assert report.bad_seq == seq, (
            f"{column} edit of seq {seq} reported at {report.bad_seq}: {report.reason}"
        )


class RecordMachine(RuleBasedStateMachine):
    """Open interactions, add and edit lines, end them, amend, try to change what is locked."""

    debtors = Bundle("debtors")

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.mkdtemp()
        self.clock = FixedClock(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))
        self.store: Store = open_store(self.folder, None, self.clock)
        self.model: dict[int, list[tuple[str, str, int | None]]] = {}
        self.open_calls: dict[int, tuple[int, list[list[str]]]] = {}  # debtor -> (interaction, [kind, text])
        self.ended_calls: list[int] = []

    def tick(self) -> datetime:
        self.clock.advance(timedelta(seconds=7))
        return self.clock.now()

    def teardown(self) -> None:
        self.store.database.engine.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(target=debtors, name=st.sampled_from(["Núñez S.L.", "Παπαδόπουλος Ο.Ε.", "Hartley LLC"]))
    def add_debtor(self, name: str) -> int:
        with transaction(self.store.sessions) as session:
            debtor_id = create_debtor(session, DebtorInput(name)).id or 0
        self.model[debtor_id] = [("debtor", "", None)]  # a debtor's details open its record
        return debtor_id

    @rule(debtor=debtors)
    def open_call(self, debtor: int) -> None:
        if debtor in self.open_calls:
            return
        with transaction(self.store.sessions) as session:
            self.tick()
            call = start_interaction(session, debtor)
        self.open_calls[debtor] = (call.id or 0, [])

    @rule(debtor=debtors, kind=st.sampled_from(LINE_KINDS), text=texts)
    def add_a_line(self, debtor: int, kind: str, text: str) -> None:
        if debtor not in self.open_calls:
            return
        call_id, lines = self.open_calls[debtor]
        with transaction(self.store.sessions) as session:
            add_line(session, call_id, kind, text, typed_at=self.tick())
        lines.append([kind, text])

    @rule(debtor=debtors, position=st.integers(1, 5), text=texts)
    def edit_a_draft_line(self, debtor: int, position: int, text: str) -> None:
        if debtor not in self.open_calls or position > len(self.open_calls[debtor][1]):
            return
        call_id, lines = self.open_calls[debtor]
        with transaction(self.store.sessions) as session:
            edit_line(session, call_id, position, text)
        lines[position - 1][1] = text

    @rule(debtor=debtors, outcome=st.sampled_from(OUTCOMES), summary=texts)
    def end_call(self, debtor: int, outcome: str, summary: str) -> None:
        if debtor not in self.open_calls:
            return
        call_id, lines = self.open_calls.pop(debtor)
        with transaction(self.store.sessions) as session:
            self.tick()
            end_interaction(session, call_id, Ending(outcome, summary))
        self.model[debtor] += [(kind, text, None) for kind, text in lines] + [("interaction", summary, None)]
        self.ended_calls.append(call_id)

    @rule(
        debtor=debtors,
        pick=st.integers(0, 50),
        text=texts,
        reason=st.sampled_from(["", "  ", "typo", "wrong date"]),
    )
    def amend(self, debtor: int, pick: int, text: str, reason: str) -> None:
        if not self.model[debtor]:
            return
        seq = pick % len(self.model[debtor]) + 1
        if not reason.strip():
            with pytest.raises(InputError), transaction(self.store.sessions) as session:
                amend_entry(session, debtor, seq, text, reason)
            return
        self.tick()
        with transaction(self.store.sessions) as session:
            amend_entry(session, debtor, seq, text, reason)
        self.model[debtor].append(("amendment", text, seq))

    @rule(pick=st.integers(0, 50), text=texts)
    def try_to_edit_an_ended_call(self, pick: int, text: str) -> None:
        if not self.ended_calls:
            return
        call_id = self.ended_calls[pick % len(self.ended_calls)]
        with pytest.raises(LockedError), transaction(self.store.sessions) as session:
            edit_line(session, call_id, 1, text)

    @rule(pick=st.integers(0, 500), delete=st.booleans())
    def try_to_change_the_journal_in_sql(self, pick: int, delete: bool) -> None:
        con = sqlite3.connect(self.store.paths.database)
        try:
            ids = [row[0] for row in con.execute("SELECT id FROM entry")]
            if not ids:
                return
            target = ids[pick % len(ids)]
            statement = (
                "DELETE FROM entry WHERE id = ?" if delete else "UPDATE entry SET text = 'x' WHERE id = ?"
            )
            with pytest.raises(sqlite3.IntegrityError):
                con.execute(statement, (target,))
        finally:
            con.close()

    @invariant()
    def verify_is_green_and_the_journal_matches_the_model(self) -> None:
        with self.store.sessions() as session:
            assert all(check.report.ok for check in check_record(session))
            for debtor, expected in self.model.items():
                entries = read_account(session, debtor).entries
                actual = [(e.kind, e.text, e.amends_seq) for e in entries]
                assert actual == expected


TestRecordMachine = RecordMachine.TestCase
TestRecordMachine.settings = settings(max_examples=25, stateful_step_count=30, deadline=None)
