"""Durable storage: pragmas, owner-only files, migrations, copy-aside, refusal of what we did not write."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlmodel import SQLModel

from callnotes.clock import FixedClock
from callnotes.errors import DatabaseError, DataFolderError
from callnotes.paths import AppPaths
from callnotes.store.engine import make_engine, sqlite_url
from callnotes.store.guards import missing_guards
from callnotes.store.migrate import _alembic_config, head_revision, known_revisions, open_sqlite
from callnotes.store.models import described_by_models
from tests.conftest import NOW

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
CLOCK = FixedClock(NOW)


def _file_bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    opened = open_sqlite(tmp_path / "db.sqlite3", tmp_path / "backups", CLOCK)
    connections = [opened.engine.connect() for _ in range(3)]  # three distinct pool connections
    try:
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        for connection in connections:
            connection.close()
        opened.engine.dispose()


def test_the_revisions_read_from_the_file_names_are_alembics() -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {revision.revision for revision in script.walk_revisions()}
    for revision in script.walk_revisions():  # each file is named after the revision it holds
        assert Path(revision.path).name.startswith(f"{revision.revision}_")


def test_migrating_an_empty_file_reaches_head_with_guards(tmp_path: Path) -> None:
    opened = open_sqlite(tmp_path / "db.sqlite3", tmp_path / "backups", CLOCK)
    with opened.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()
        assert missing_guards(connection) == []
        # the migrations build exactly the tables the models describe
        context = MigrationContext.configure(connection, opts={"include_name": described_by_models})
        assert compare_metadata(context, SQLModel.metadata) == []
    assert opened.backup is None  # nothing to copy aside for a new file
    opened.engine.dispose()


@posix_only
def test_data_folder_and_database_are_owner_only(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data").ensure()
    opened = open_sqlite(paths.database, paths.backups, CLOCK)
    opened.engine.dispose()
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600


def _database_at(path: Path, revision: str) -> None:
    engine = make_engine(sqlite_url(path))
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_upgrade_copies_the_old_file_aside_and_keeps_data_and_guards(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    _database_at(db, "0001")
    with sqlite3.connect(db) as con:
        con.execute(
            "INSERT INTO debtor (kind, name, language, currency, time_zone, address, notes, payment_rating,"
            " created_at) VALUES ('business', 'Old Data S.L.', 'es', 'EUR', 'UTC', '', '', 'unknown',"
            " '2026-01-01 00:00:00')"
        )
    con.close()
    opened = open_sqlite(db, tmp_path / "backups", CLOCK)
    assert opened.revision_before == "0001" and opened.revision == head_revision()
    assert opened.backup is not None and "rev-0001" in opened.backup.name
    assert stat.S_IMODE(opened.backup.stat().st_mode) == 0o600  # a copy of personal data, owner-only
    with sqlite3.connect(opened.backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT name FROM debtor").fetchall() == [("Old Data S.L.",)]
    old.close()
    with opened.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM debtor")).scalars().all() == ["Old Data S.L."]
        assert missing_guards(connection) == []
    opened.engine.dispose()


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    open_sqlite(db, tmp_path / "backups", CLOCK).engine.dispose()
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _file_bytes(db)
    with pytest.raises(DatabaseError, match="newer version of callnotes"):
        open_sqlite(db, tmp_path / "backups", CLOCK)
    assert _file_bytes(db) == before
    assert not list((tmp_path / "backups").glob("*"))


def test_a_corrupt_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    db.write_bytes(b"this is not a database, just text that someone saved here\n" * 100)
    before = _file_bytes(db)
    with pytest.raises(DatabaseError, match="cannot be read as a callnotes database"):
        open_sqlite(db, tmp_path / "backups", CLOCK)
    assert _file_bytes(db) == before


def test_a_zero_byte_file_is_refused_and_left_empty(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    db.touch()
    with pytest.raises(DatabaseError, match=r"empty \(0 bytes\)"):
        open_sqlite(db, tmp_path / "backups", CLOCK)
    assert db.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]


def test_a_new_database_that_fails_half_way_leaves_no_file_to_refuse_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from callnotes.store import migrate

    def disk_full(engine: object) -> None:
        raise OperationalError("CREATE TABLE debtor", {}, Exception("database or disk is full"))

    monkeypatch.setattr(migrate, "_upgrade", disk_full)
    with pytest.raises(DatabaseError, match="disk is full"):
        open_sqlite(tmp_path / "db.sqlite3", tmp_path / "backups", CLOCK)
    assert list(tmp_path.iterdir()) == []  # neither the database nor its temporary twin
    monkeypatch.undo()
    opened = open_sqlite(tmp_path / "db.sqlite3", tmp_path / "backups", CLOCK)  # the next start makes it
    assert opened.revision == head_revision() and opened.revision_before is None
    opened.engine.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE recipes (name TEXT)")
    con.close()
    before = _file_bytes(db)
    with pytest.raises(DatabaseError, match="not a callnotes database"):
        open_sqlite(db, tmp_path / "backups", CLOCK)
    assert _file_bytes(db) == before


@posix_only
def test_a_data_folder_that_cannot_be_written_gets_a_clear_error(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(DataFolderError, match="cannot be created"):
        AppPaths(blocked / "data").ensure()


def test_money_columns_are_integers() -> None:
    for table in SQLModel.metadata.tables.values():
        for column in table.columns:
            if column.name.endswith("_minor"):
                assert column.type.python_type is int, f"{table.name}.{column.name}"


def test_a_batch_rebuild_drops_the_guards_and_install_guards_restores_them(tmp_path: Path) -> None:
    """Why env.py re-installs the guards after every run: batch mode silently loses triggers."""
    import sqlalchemy as sa
    from alembic.operations import Operations

    from callnotes.store.guards import install_guards

    opened = open_sqlite(tmp_path / "db.sqlite3", tmp_path / "backups", CLOCK)
    with opened.engine.begin() as connection:
        operations = Operations(MigrationContext.configure(connection))
        with operations.batch_alter_table("entry", recreate="always") as batch:
            batch.alter_column("author", existing_type=sa.String(), existing_nullable=False)
        assert "guard_entry_update" in missing_guards(connection)
        install_guards(connection)
        assert missing_guards(connection) == []
    opened.engine.dispose()


def test_a_read_snapshot_does_not_see_what_is_written_meanwhile(demo_store) -> None:  # type: ignore[no-untyped-def]
    """A packet reads the account and the chain one after the other: a call ending between must not show."""
    from sqlmodel import func, select

    from callnotes.services.interactions import Ending, end_interaction, start_interaction
    from callnotes.store.engine import read_snapshot, transaction
    from callnotes.store.models import Entry

    def count(session) -> int:  # type: ignore[no-untyped-def]
        return session.exec(select(func.count()).select_from(Entry)).one()

    with demo_store.sessions() as reading:
        read_snapshot(reading)
        before = count(reading)
        with transaction(demo_store.sessions) as writing:
            call = start_interaction(writing, 1)
            end_interaction(writing, call.id or 0, Ending("no_answer"))
        assert count(reading) == before
    with demo_store.sessions() as later:
        assert count(later) == before + 1
