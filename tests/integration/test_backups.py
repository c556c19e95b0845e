"""Backups and restores with real files: the command line in its own process, the services on a real
data folder, automatic backups on a fixed clock, and a database damaged on disk."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import stat
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from callnotes.clock import FixedClock
from callnotes.errors import BackupError, BackupFolderError, DamagedDatabaseError
from callnotes.paths import AppPaths
from callnotes.services import backups
from callnotes.services.attachments import stored_path
from callnotes.services.backend import DeskProcess, DeskSetup, call
from callnotes.services.desk import Desk
from callnotes.services.health import RUNNING_FLAG, database_problems, mark_running, mark_stopped
from callnotes.store.access import Store, open_store
from tests.conftest import NOW
from tests.integration.test_cli import callnotes


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_clean_line(result: object) -> str:
    """The refusal of a command: exit 1 and one line on stderr, never a traceback."""
    assert result.returncode == 1, result  # type: ignore[attr-defined]
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith("callnotes: "), result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in result.stderr  # type: ignore[attr-defined]
    return lines[0]


def damage_a_page(database: Path, table: str = "entry") -> None:
    """Write garbage over a page of `table` in the middle of the file, as a failing disk would: its first
    leaf, which holds the first debtor's rows (they were written first), so reading that debtor fails."""
    con = sqlite3.connect(database)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    leaves = "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno"
    pages = [row[0] for row in con.execute(leaves, (table,))]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    page = pages[0]
    assert 1 < page < database.stat().st_size // page_size  # in the middle, not the header
    with database.open("r+b") as file:
        file.seek((page - 1) * page_size)
        file.write(b"\xde\xad\xbe\xef" * (page_size // 4))


# --- the command line -------------------------------------------------------------------------------
def test_backup_and_restore_round_trip_with_documents(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert callnotes(data, "demo").returncode == 0
    paths = AppPaths(data)
    target = tmp_path / "b1.backup"
    made = callnotes(data, "backup", str(target))
    assert made.returncode == 0, made.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # personal data: owner only
    assert not list(tmp_path.glob(".callnotes-backup-*"))  # the temporary file became the backup
    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = set(archive.namelist())
        for name, listed in manifest["members"].items():
            assert hashlib.sha256(archive.read(name)).hexdigest() == listed["sha256"]
    verified = json.loads(callnotes(data, "verify", "--json").stdout)
    assert manifest["heads"] == [
        {"debtor_id": c["debtor_id"], "entries": c["entries"], "head": c["head"]} for c in verified
    ]
    documents = sorted(p for p in paths.attachments.rglob("*") if p.is_file())
    assert documents and {f"attachments/{p.parent.name}/{p.name}" for p in documents} <= names
    assert manifest["counts"]["debtors"] == 3 and manifest["format"] == "callnotes-backup"

    before = json.loads(callnotes(data, "debtors", "--json").stdout)
    assert callnotes(data, "debtor", "add", "--name", "Added after the backup").returncode == 0
    documents[0].unlink()  # a document lost since
    restored = callnotes(data, "restore", str(target))
    assert restored.returncode == 0, restored.stderr
    assert json.loads(callnotes(data, "debtors", "--json").stdout) == before
    assert documents[0].is_file() and digest(documents[0]) == documents[0].name
    assert callnotes(data, "verify").returncode == 0
    kept = list(paths.backups.glob("callnotes.before-restore.*.sqlite3"))
    assert len(kept) == 1 and str(kept[0]) in restored.stdout
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600
    names_kept = {row[0] for row in sqlite3.connect(kept[0]).execute("SELECT name FROM debtor")}
    assert "Added after the backup" in names_kept  # the replaced data is there, whole


def _foreign_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "someone-else", "format_version": 1}))
        archive.writestr("callnotes.sqlite3", b"not a database")


def _tampered(good: Path, path: Path) -> None:
    """The backup with one entry of its database rewritten and the manifest left as it was."""
    work = path.parent / "tamper"
    work.mkdir()
    with zipfile.ZipFile(good) as archive:
        archive.extractall(work)
    con = sqlite3.connect(work / "callnotes.sqlite3")
    con.execute("DROP TRIGGER IF EXISTS entry_no_update")
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute("UPDATE entry SET text = text || ' (edited)' WHERE seq = 2 AND debtor_id = 1")
    con.commit()
    con.close()
    manifest = json.loads((work / "manifest.json").read_text())
    manifest["members"]["callnotes.sqlite3"]["sha256"] = digest(
        work / "callnotes.sqlite3"
    )  # a careful forger
    (work / "manifest.json").write_text(json.dumps(manifest))
    with zipfile.ZipFile(path, "w") as archive:
        for file in work.rglob("*"):
            if file.is_file():
                archive.write(file, file.relative_to(work).as_posix())


@pytest.mark.parametrize(
    "kind", ["truncated", "garbage", "foreign", "member changed", "record forged", "folder"]
)
def test_restore_refuses_a_file_that_is_not_a_good_backup_and_changes_nothing(
    tmp_path: Path, kind: str
) -> None:
    data = tmp_path / "data"
    assert callnotes(data, "demo").returncode == 0
    good = tmp_path / "good.backup"
    assert callnotes(data, "backup", str(good)).returncode == 0
    bad = tmp_path / "bad.backup"
    if kind == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif kind == "garbage":
        bad.write_bytes(b"\x00garbage" * 999)
    elif kind == "foreign":
        _foreign_zip(bad)
    elif kind == "member changed":
        buffer = io.BytesIO()
        with zipfile.ZipFile(good) as source, zipfile.ZipFile(buffer, "w") as archive:
            for item in source.infolist():
                content = source.read(item)
                if item.filename.startswith("attachments/"):
                    content += b"tampered"
                archive.writestr(item, content)
        bad.write_bytes(buffer.getvalue())
    elif kind == "record forged":
        _tampered(good, bad)
    else:
        bad.mkdir()
    paths = AppPaths(data)
    before = digest(paths.database)
    aside = set(paths.backups.iterdir())
    line = one_clean_line(callnotes(data, "restore", str(bad)))
    assert "bad.backup" in line
    assert digest(paths.database) == before and set(paths.backups.iterdir()) == aside
    assert not [p for p in data.iterdir() if p.name.startswith(".")]  # no work files left behind


def test_backup_refuses_a_target_that_is_not_a_regular_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert callnotes(data, "demo").returncode == 0
    (tmp_path / "a-folder.backup").mkdir()
    assert "not a regular file" in one_clean_line(
        callnotes(data, "backup", str(tmp_path / "a-folder.backup"))
    )
    assert "not available" in one_clean_line(callnotes(data, "backup", str(tmp_path / "absent" / "x.backup")))


def test_a_damaged_page_gives_one_clear_line_and_names_the_backup_to_restore(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert callnotes(data, "demo").returncode == 0
    paths = AppPaths(data)
    paths.backups.mkdir(exist_ok=True)
    good = paths.backups / "callnotes-auto-20261122T120000Z.backup"
    assert callnotes(data, "backup", str(good)).returncode == 0
    damage_a_page(paths.database)
    for args in (["verify"], ["packet", "--debtor", "1", "--out", str(tmp_path / "p.pdf")], ["check-db"]):
        line = one_clean_line(callnotes(data, *args))
        assert "damaged" in line and f"callnotes restore {good}" in line, line
    assert not (tmp_path / "p.pdf").exists()
    restored = callnotes(data, "restore", str(good))
    assert restored.returncode == 0, restored.stderr
    assert callnotes(data, "verify").returncode == 0 and callnotes(data, "check-db").returncode == 0
    kept = list(paths.backups.glob("callnotes*before-restore.*.sqlite3"))
    assert len(kept) == 1 and database_problems(AppPaths(tmp_path / "nowhere")) == []


def test_restore_over_a_file_that_is_not_a_database_at_all(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert callnotes(data, "demo").returncode == 0
    good = tmp_path / "good.backup"
    assert callnotes(data, "backup", str(good)).returncode == 0
    paths = AppPaths(data)
    with paths.database.open("r+b") as file:
        file.write(b"\xde\xad" * 4096)  # the header itself: SQLite cannot even open it
    assert "callnotes restore" in one_clean_line(callnotes(data, "debtors"))
    restored = callnotes(data, "restore", str(good))
    assert restored.returncode == 0, restored.stderr
    assert len(json.loads(callnotes(data, "debtors", "--json").stdout)) == 3
    kept = list(paths.backups.glob("callnotes.damaged-before-restore.*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes()[:4] == b"\xde\xad\xde\xad"  # kept as it was
    assert not list(paths.backups.glob("callnotes.before-restore.*"))  # no empty half copy


# --- the services -----------------------------------------------------------------------------------
def test_restore_through_the_desk_process_while_its_engine_is_open(
    demo_store: Store, desk_process: DeskProcess, tmp_path: Path
) -> None:
    desk = Desk(demo_store, "tester")
    target = tmp_path / "now.backup"
    desk.back_up(target)
    desk.add_debtor(_debtor("Added after the backup"))
    assert len(desk.debtors()) == 4
    outcome: list[object] = []
    desk_process.submit(call(Desk.debtors), outcome.append)  # the desk's engine is open and has read
    assert desk_process.drain(30)
    desk_process.submit(call(Desk.restore_backup, target), outcome.append)
    assert desk_process.drain(60)
    assert outcome[-1][0] == "done", outcome[-1]  # type: ignore[index]
    desk_process.submit(call(Desk.debtors), outcome.append)
    assert desk_process.drain(30)
    assert len(outcome[-1][2]) == 3  # type: ignore[index,arg-type]
    assert len(desk.debtors()) == 3  # and another open engine sees it too


def _debtor(name: str):  # type: ignore[no-untyped-def]
    from callnotes.services.debtors import DebtorInput

    return DebtorInput(name=name)


def test_a_backup_is_checked_before_it_is_kept(demo_store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken_check(*_args: object, **_kwargs: object) -> None:
        raise BackupError("the copy fails its check")

    earlier = tmp_path / "b.backup"
    earlier.write_bytes(b"an earlier backup")
    monkeypatch.setattr(backups, "check_backup", broken_check)
    with pytest.raises(BackupError):
        backups.write_backup(demo_store.paths, demo_store.clock, earlier)
    assert earlier.read_bytes() == b"an earlier backup"  # left as it was
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".callnotes-backup")] == []


def test_a_missing_document_is_reported_and_the_backup_still_made(demo_store: Store, tmp_path: Path) -> None:
    with zipfile.ZipFile(
        backups.write_backup(demo_store.paths, demo_store.clock, tmp_path / "a.backup").path
    ) as z:
        documents = [n for n in z.namelist() if n.startswith("attachments/")]
    lost = documents[0].rsplit("/", 1)[1]
    stored_path(demo_store.paths, lost).unlink()
    result = backups.write_backup(demo_store.paths, demo_store.clock, tmp_path / "b.backup")
    assert result.unreadable_documents == (lost,) and result.documents == len(documents) - 1
    assert (
        backups.restore_backup(demo_store.paths, demo_store.clock, result.path).documents
        == len(documents) - 1
    )


def test_automatic_backup_at_start_only_when_the_last_is_older_than_a_day(demo_store: Store) -> None:
    clock = FixedClock(NOW, "Europe/Madrid")
    paths = demo_store.paths
    first = backups.automatic_backup(paths, clock, only_if_due=True)
    assert first.made is not None and first.made.path.parent == paths.backups
    clock.advance(timedelta(hours=23))
    assert backups.automatic_backup(paths, clock, only_if_due=True).made is None
    after_a_call = backups.automatic_backup(paths, clock, only_if_due=False)  # after a call: always
    assert after_a_call.made is not None
    clock.advance(timedelta(hours=24, seconds=1))
    assert backups.automatic_backup(paths, clock, only_if_due=True).made is not None
    assert len(backups.automatic_backups(paths.backups)) == 3
    listed = backups.list_backups(paths)
    assert [info.created_at for info in listed] == sorted((i.created_at for i in listed), reverse=True)  # type: ignore[type-var]


def test_retention_keeps_seven_daily_and_four_weekly_and_never_a_user_file(demo_store: Store) -> None:
    paths = demo_store.paths
    mine = paths.backups / "callnotes-2026-11-22.backup"
    other = paths.backups / "callnotes-auto-by-hand.backup"
    assert backups.write_backup(paths, demo_store.clock, mine).path == mine
    other.write_bytes(b"someone's file")
    clock = FixedClock(NOW, "Europe/Madrid")
    for day in range(36):  # five weeks; some days with two calls, each followed by a backup
        for _call in range(2 if day % 6 == 0 else 1):
            backups.automatic_backup(paths, clock, only_if_due=False)
            clock.advance(timedelta(hours=3))
        clock.advance(timedelta(hours=24 - 3 * (2 if day % 6 == 0 else 1)))
    kept = backups.automatic_backups(paths.backups)
    moments = [moment for moment, _ in kept]
    last = moments[0]
    days_kept = {m.astimezone(clock_zone()).date() for m in moments}
    assert len(days_kept) == len(moments)  # one a day at most
    recent = {(last - timedelta(days=d)).astimezone(clock_zone()).date() for d in range(7)}
    assert recent <= days_kept  # every one of the last seven days
    weeks = {m.astimezone(clock_zone()).isocalendar()[:2] for m in moments}
    assert len(weeks) == 4 and len(moments) <= 7 + 4
    assert mine.is_file() and other.read_bytes() == b"someone's file"  # never a user's file
    assert moments[0] == max(moments)  # the newest is kept


def clock_zone():  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    return ZoneInfo("Europe/Madrid")


def test_the_backup_folder_is_choosable_and_an_absent_one_is_said_plainly(
    demo_store: Store, tmp_path: Path
) -> None:
    paths = demo_store.paths
    usb = tmp_path / "usb"
    usb.mkdir()
    assert backups.set_backup_folder(paths, usb) == usb
    assert backups.backup_folder(paths) == usb
    made = backups.automatic_backup(paths, demo_store.clock, only_if_due=True).made
    assert made is not None and made.path.parent == usb
    shutil.rmtree(usb)  # the disk was unplugged
    with pytest.raises(BackupFolderError, match="is not available") as refused:
        backups.automatic_backup(paths, demo_store.clock, only_if_due=False)
    assert refused.value.problem == "folder_missing" and refused.value.values["folder"] == str(usb)
    with pytest.raises(BackupFolderError):
        backups.set_backup_folder(paths, tmp_path / "not-there")
    assert backups.set_backup_folder(paths, None) == paths.backups


# --- a damaged database at start --------------------------------------------------------------------
def test_after_an_unclean_shutdown_a_damaged_database_is_found_at_start(
    data_dir: Path, tmp_path: Path, clock: FixedClock
) -> None:
    from callnotes.example import load_example

    store = open_store(str(data_dir), None, clock)
    load_example(store, NOW)
    backups.write_backup(store.paths, clock, store.paths.backups / "good.backup")
    store.database.engine.dispose()
    paths = AppPaths(data_dir)
    damage_a_page(paths.database)

    process = DeskProcess(DeskSetup(str(data_dir), None, clock, "tester"))  # the last run closed cleanly
    try:
        assert process.wait_ready() is None and not process.damaged  # no check: it opens as usual
    finally:
        process.close()
    assert not (data_dir / RUNNING_FLAG).exists()  # a clean exit removes the mark

    assert mark_running(paths) is False  # as a run that was then killed leaves it
    process = DeskProcess(DeskSetup(str(data_dir), None, clock, "tester"))
    try:
        problem = process.wait_ready()
        assert process.damaged and problem is not None and "damaged" in problem
        found: list[object] = []
        process.submit(call(Desk.backups), found.append)
        assert process.drain(30)
        listed = found[-1][2]  # type: ignore[index]
        assert [info.path.name for info in listed] == ["good.backup"]
        process.submit(call(Desk.restore_backup, listed[0].path), found.append)
        assert process.drain(60)
        assert found[-1][0] == "done", found[-1]  # type: ignore[index]
        assert process.restart() is None and not process.damaged
        process.submit(call(Desk.debtors), found.append)
        assert process.drain(30)
        assert len(found[-1][2]) == 3  # type: ignore[index,arg-type]
    finally:
        process.close()
    assert not (data_dir / RUNNING_FLAG).exists()
    mark_stopped(paths)


def test_a_damaged_page_in_use_becomes_one_plain_error(demo_store: Store) -> None:
    desk = Desk(demo_store, "tester")
    demo_store.database.engine.dispose()
    damage_a_page(demo_store.paths.database)
    with pytest.raises(DamagedDatabaseError, match="is damaged") as found:
        desk.check_records()
    assert found.value.path == str(demo_store.paths.database)
    assert desk.check_database()  # the full check names the damage


def test_a_backup_of_an_older_schema_is_restored_and_upgraded(store: Store, tmp_path: Path) -> None:
    """A backup made by an older callnotes: its database is upgraded (on the private copy) and checked."""
    old = Path(__file__).resolve().parents[1] / "data" / "release-0.1.sqlite3"
    con = sqlite3.connect(f"{old.as_uri()}?mode=ro", uri=True)
    heads = [
        {"debtor_id": d, "entries": n, "head": h}
        for d, n, h in con.execute("SELECT * FROM journalhead ORDER BY 1")
    ]
    con.close()
    content = old.read_bytes()
    manifest = {
        "format": "callnotes-backup",
        "format_version": 1,
        "created_at": "2026-01-05T10:00:00+00:00",
        "members": {
            "callnotes.sqlite3": {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
        },
        "counts": {"debtors": len(heads)},
        "heads": heads,
    }
    source = tmp_path / "old.backup"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("callnotes.sqlite3", content)
        archive.writestr("manifest.json", json.dumps(manifest))
    result = backups.restore_backup(store.paths, store.clock, source)
    assert result.debtors == len(heads)
    desk = Desk(store, "tester")
    assert [(c.debtor_id, c.report.entries, c.report.head) for c in desk.check_records().checks] == [
        (h["debtor_id"], h["entries"], h["head"]) for h in heads
    ]
