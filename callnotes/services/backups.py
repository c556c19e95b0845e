"""Backups: one ZIP file holding a consistent copy of the database, every document it refers to and a
manifest; written, checked, listed, pruned and restored. No Qt.

A backup is safe to copy anywhere (a USB disk, a synced folder), unlike a live database. It holds:
- `callnotes.sqlite3`, made with SQLite's online backup API from the live database (never a file copy),
  with a rollback journal so it reads without -wal files;
- `attachments/<ab>/<sha256>`, each document the database refers to, stored as in the data folder;
- `manifest.json`: the format, when and by which callnotes it was made, counts, the SHA-256 of every
  member, and the journal heads (`heads`: debtor_id, entries, head) it carries — a witness of the
  record outside the database.

Every backup is checked before it is moved into place, and every restore checks the file before it
replaces anything: the ZIP, the manifest, each member's hash, SQLite's `integrity_check` of the copy
and every journal chain in it, and that its heads are the manifest's.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError

from callnotes import __version__
from callnotes.clock import Clock
from callnotes.errors import BackupError, BackupFolderError, CallnotesError, DatabaseError
from callnotes.export import CancelCheck, Progress, ProgressCallback
from callnotes.files import sync_folder, write_output
from callnotes.paths import AppPaths
from callnotes.services.attachments import CHUNK, StoredState, copy_in, stored_path, stored_state
from callnotes.services.plain import SUFFIX as SUFFIX
from callnotes.services.plain import AutomaticBackup as AutomaticBackup
from callnotes.services.plain import BackupInfo as BackupInfo
from callnotes.services.plain import BackupResult as BackupResult
from callnotes.services.plain import RestoreResult as RestoreResult
from callnotes.services.plain import suggested_name as suggested_name
from callnotes.services.record import audit_record
from callnotes.store.engine import is_damage, make_engine, session_factory, sqlite_url
from callnotes.store.migrate import (
    backup_sqlite,
    head_revision,
    inspect_sqlite_file,
    known_revisions,
    open_sqlite,
)
from callnotes.store.snapshots import (
    Contents,
    contents,
    damaged,
    online_copy,
    page_problems,
    restore_into,
    self_contained,
)

FORMAT = "callnotes-backup"
FORMAT_VERSION = 1
DATABASE_MEMBER = "callnotes.sqlite3"
MANIFEST_MEMBER = "manifest.json"
_DOCUMENT_MEMBER = re.compile(r"attachments/([0-9a-f]{2})/([0-9a-f]{64})")
_AUTOMATIC_NAME = re.compile(r"callnotes-auto-([0-9]{8}T[0-9]{6})Z\.backup")
_STAMP = "%Y%m%dT%H%M%S"
SETTINGS_FILE = "backup-settings.json"
KEEP_DAILY = 7  # the newest automatic backup of each of the last 7 days that have one
KEEP_WEEKLY = 4  # and of each of the last 4 weeks
AUTOMATIC_EVERY = timedelta(days=1)  # at start, a backup when the newest automatic one is older


# --- where backups go -------------------------------------------------------------------------------
def backup_folder(paths: AppPaths) -> Path:
    """The folder backups go to: the one chosen (kept in the data folder), else `backups/` in it."""
    try:
        saved = json.loads((paths.data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return paths.backups
    folder = saved.get("folder") if isinstance(saved, dict) else None
    return Path(folder) if isinstance(folder, str) and folder else paths.backups


def usable_folder(folder: Path) -> Path:
    """The folder, if backups can be written there now; else a BackupFolderError that says why."""
    if not folder.is_dir():
        raise BackupFolderError(
            f"The backup folder {folder} is not available (a disk that is not connected?). No backup "
            "was made; connect the disk or choose another backup folder.",
            problem="folder_missing",
            values={"folder": str(folder)},
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupFolderError(
            f"The backup folder {folder} cannot be written. No backup was made; choose another backup folder.",
            problem="folder_unwritable",
            values={"folder": str(folder)},
        )
    return folder


def set_backup_folder(paths: AppPaths, folder: Path | None) -> Path:
    """Choose the folder backups go to (None: the data folder's own); it must be there and writable.

    Kept in the data folder and not in the database: it names a disk of this computer, and restoring
    a backup must not change it.
    """
    chosen = paths.backups if folder is None else usable_folder(folder.expanduser().absolute())
    setting = {"folder": "" if folder is None else str(chosen)}
    write_output(paths.data_dir / SETTINGS_FILE, json.dumps(setting, ensure_ascii=False).encode("utf-8"))
    return chosen


# --- writing ----------------------------------------------------------------------------------------
def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _add_file(archive: zipfile.ZipFile, name: str, source: Path) -> tuple[str, int]:
    """Add a file as a member, reading it once; its SHA-256 and size."""
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as reader, archive.open(name, "w", force_zip64=True) as writer:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            writer.write(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _refuse_non_regular(target: Path) -> None:
    """A backup replaces only a regular file: never a device, a pipe or a folder of that name."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise BackupError(
            f"{target} cannot be written ({exc.strerror}).",
            problem="write_failed",
            values={"file": str(target), "reason": str(exc.strerror)},
        ) from exc
    if not stat.S_ISREG(mode):
        raise BackupError(
            f"{target} is not a regular file; a backup is written only as a file of its own.",
            problem="not_regular",
            values={"file": str(target)},
        )


@contextmanager
def _workspace(paths: AppPaths) -> Iterator[Path]:
    """A private folder in the data folder for copies being made or checked, removed afterwards."""
    with tempfile.TemporaryDirectory(dir=paths.data_dir, prefix=".backup-work-") as folder:
        yield Path(folder)


def _snapshot(paths: AppPaths, target: Path) -> Contents:
    """A consistent copy of the live database at `target`, and what it holds."""
    live = paths.database
    if not live.is_file() or live.stat().st_size == 0:
        raise BackupError(f"There is no database in {paths.data_dir} to back up yet.", problem="no_database")
    try:
        online_copy(live, target)
    except sqlite3.DatabaseError as exc:
        raise damaged(live, str(exc)) from exc
    engine = make_engine(sqlite_url(target))
    try:
        held = contents(engine)
    finally:
        engine.dispose()
    self_contained(target)
    return held


def write_backup(
    paths: AppPaths,
    clock: Clock,
    target: Path,
    *,
    automatic: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> BackupResult:
    """Write a backup of the data folder's database and documents to `target`, owner-only, through a
    temporary file beside it; check it; then move it into place. A failed or cancelled backup leaves
    nothing behind (and an earlier file at `target` as it was)."""
    steps = Progress(progress, cancel)
    target = target.expanduser().absolute()
    usable_folder(target.parent)
    _refuse_non_regular(target)
    created_at = clock.now()
    with _workspace(paths) as work:
        database = work / DATABASE_MEMBER
        held = _snapshot(paths, database)
        steps.at(0, 200, 1, 1)
        try:
            fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".callnotes-backup-", suffix=".part")
        except OSError as exc:
            raise BackupFolderError(
                f"The backup cannot be written in {target.parent} ({exc.strerror})."
            ) from exc
        part = Path(temporary)
        try:
            with os.fdopen(fd, "wb") as out:
                members: dict[str, dict[str, object]] = {}
                unreadable: list[str] = []
                with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
                    sha, size = _add_file(archive, DATABASE_MEMBER, database)
                    members[DATABASE_MEMBER] = {"sha256": sha, "size": size}
                    for done, document in enumerate(held.documents, start=1):
                        steps.at(200, 700, done, len(held.documents))
                        if stored_state(paths, document) is not StoredState.OK:
                            unreadable.append(document)  # missing, or changed since it was recorded
                            continue
                        name = f"attachments/{document[:2]}/{document}"
                        sha, size = _add_file(archive, name, stored_path(paths, document))
                        members[name] = {"sha256": sha, "size": size}
                    manifest = {
                        "format": FORMAT,
                        "format_version": FORMAT_VERSION,
                        "created_at": created_at.astimezone(UTC).isoformat(),
                        "app_version": __version__,
                        "schema_revision": head_revision(),
                        "automatic": automatic,
                        "counts": {**held.counts, "documents": len(members) - 1},
                        "members": members,
                        "unreadable_documents": unreadable,
                        "heads": [head.as_json() for head in held.heads],
                    }
                    archive.writestr(MANIFEST_MEMBER, json.dumps(manifest, ensure_ascii=False, indent=1))
                out.flush()
                os.fsync(out.fileno())
            with _workspace(paths) as checking:
                check_backup(part, checking, clock, progress=lambda d, t: steps.at(700, 1000, d, t))
            _refuse_non_regular(target)
            os.replace(part, target)
            sync_folder(target.parent)
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise BackupError(
                f"The backup could not be written to {target} ({exc.strerror}).",
                problem="write_failed",
                values={"file": str(target), "reason": str(exc.strerror)},
            ) from exc
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    return BackupResult(
        target,
        created_at,
        held.counts.get("debtors", 0),
        len(members) - 1,
        target.stat().st_size,
        tuple(unreadable),
    )


# --- checking ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CheckedBackup:
    """A backup file that passed every check, with its database extracted (at this version's schema)."""

    path: Path
    created_at: datetime
    counts: dict[str, int]
    database: Path
    documents: tuple[Path, ...]  # extracted, when asked for


def _unusable(path: Path, why: str, reason: str = "checks") -> BackupError:
    """`reason`: not_backup, newer, damaged, record or checks (the window words each)."""
    return BackupError(
        f"{path} is not a backup that can be restored: {why}. Nothing was changed.",
        problem="unusable",
        values={"file": str(path), "reason": reason, "detail": why},
    )


def _manifest(path: Path, archive: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest = json.loads(archive.read(MANIFEST_MEMBER).decode("utf-8"))
    except KeyError as exc:
        raise _unusable(path, "it has no manifest, so it is not a callnotes backup", "not_backup") from exc
    except (ValueError, zipfile.BadZipFile) as exc:
        raise _unusable(path, "its manifest cannot be read") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _unusable(path, "it is not a callnotes backup", "not_backup")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise _unusable(
            path, "it was made by a newer version of callnotes; install that version to restore it", "newer"
        )
    if not isinstance(manifest.get("members"), dict) or not isinstance(manifest.get("heads"), list):
        raise _unusable(path, "its manifest is incomplete")
    return manifest


def _extract(path: Path, archive: zipfile.ZipFile, name: str, expected: object, target: Path | None) -> None:
    """Read a member through, checking its SHA-256 against the manifest; write it to `target` if given."""
    if not isinstance(expected, dict) or not isinstance(expected.get("sha256"), str):
        raise _unusable(path, f"its manifest has no SHA-256 for {name}")
    digest = hashlib.sha256()
    writer = None
    if target is not None:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        writer = target.open("xb")
    try:
        with archive.open(name) as reader:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
                if writer is not None:
                    writer.write(chunk)
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise _unusable(path, f"{name} in it is damaged", "damaged") from exc
    finally:
        if writer is not None:
            writer.close()
    if digest.hexdigest() != expected["sha256"]:
        raise _unusable(path, f"{name} in it is damaged (its SHA-256 is not the manifest's)", "damaged")


def check_backup(
    path: Path,
    work: Path,
    clock: Clock,
    *,
    extract_documents: bool = False,
    progress: ProgressCallback | None = None,
) -> CheckedBackup:
    """Check a backup file through: the ZIP, the manifest, each member's SHA-256, SQLite's
    `integrity_check` of its database, every journal chain in it and its heads against the manifest's.

    The database is extracted into `work` (and brought to this version's schema if it is older, as any
    database callnotes opens), and so are the documents with `extract_documents`. Raises BackupError
    saying what is wrong.
    """
    report = progress or (lambda _done, _total: None)
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise BackupError(f"There is no file {path}.", problem="no_file", values={"file": str(path)}) from exc
    except IsADirectoryError as exc:
        raise BackupError(
            f"{path} is a folder, not a backup file.", problem="no_file", values={"file": str(path)}
        ) from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unusable(
            path, "it is not a callnotes backup (not a ZIP file), or it is cut short", "not_backup"
        ) from exc
    with archive:
        manifest = _manifest(path, archive)
        members: dict[str, object] = manifest["members"]
        names = set(archive.namelist()) - {MANIFEST_MEMBER}
        if names != set(members) or DATABASE_MEMBER not in names:
            raise _unusable(path, "its files are not the ones its manifest lists")
        database = work / DATABASE_MEMBER
        documents: list[Path] = []
        for done, name in enumerate(sorted(names), start=1):
            report(done, len(names) + 2)
            if name == DATABASE_MEMBER:
                _extract(path, archive, name, members[name], database)
                continue
            match = _DOCUMENT_MEMBER.fullmatch(name)
            if match is None or match.group(2)[:2] != match.group(1):
                raise _unusable(path, f"it holds a file callnotes does not write ({name})")
            listed = members[name]
            if not isinstance(listed, dict) or listed.get("sha256") != match.group(2):
                raise _unusable(path, f"{name} is not listed under its own SHA-256")
            target = work / "attachments" / match.group(2) if extract_documents else None
            _extract(path, archive, name, members[name], target)
            if target is not None:
                documents.append(target)
    _check_database(path, database, work, clock, manifest["heads"])
    report(len(names) + 2, len(names) + 2)
    counts = manifest.get("counts")
    created = manifest.get("created_at")
    try:
        created_at = datetime.fromisoformat(created) if isinstance(created, str) else None
    except ValueError:
        created_at = None
    if created_at is None or created_at.tzinfo is None:
        raise _unusable(path, "its manifest does not say when it was made")
    return CheckedBackup(
        path,
        created_at,
        {k: v for k, v in counts.items() if isinstance(v, int)} if isinstance(counts, dict) else {},
        database,
        tuple(documents),
    )


def _check_database(path: Path, database: Path, work: Path, clock: Clock, heads: Sequence[object]) -> None:
    """SQLite's integrity_check, the schema, every chain, and the heads of the extracted database."""
    problems = page_problems(database, full=True)
    if problems:
        raise _unusable(path, f"its database is damaged ({problems[0]})", "damaged")
    try:
        state = inspect_sqlite_file(database)
    except DatabaseError as exc:
        raise _unusable(path, "its database cannot be read", "damaged") from exc
    if state.revision is None:
        raise _unusable(path, "its database is not a callnotes database", "not_backup")
    if state.revision not in known_revisions():
        raise _unusable(
            path, f"its database was written by a newer callnotes (schema {state.revision})", "newer"
        )
    try:
        if state.revision != head_revision():
            opened = open_sqlite(database, work / "before-upgrade", clock)  # a private copy: upgrade it
            engine = opened.engine
        else:
            engine = make_engine(sqlite_url(database))
        try:
            with session_factory(engine, clock)() as session:
                audit = audit_record(session)  # the chains, the rows they record and the guards
            held = contents(engine)
        finally:
            engine.dispose()
    except (CallnotesError, SQLAlchemyError) as exc:  # a schema that is not what its revision says
        raise _unusable(path, f"its database cannot be read ({exc})") from exc
    if audit.failures:
        raise _unusable(path, f"the record in it fails its check ({audit.failures[0].message})", "record")
    if [head.as_json() for head in held.heads] != list(heads):
        raise _unusable(path, "its journal heads are not the ones its manifest lists", "record")


# --- restoring --------------------------------------------------------------------------------------
def keep_aside(paths: AppPaths, clock: Clock) -> Path | None:
    """Keep the live database in the data folder's backups folder, named with the time, before it is
    replaced: with the backup API when SQLite can read it, as the bytes on disk when it is damaged.
    None when there is no database to keep."""
    live = paths.database
    if not live.is_file() or live.stat().st_size == 0:
        return None
    try:
        return backup_sqlite(live, paths.backups, "before-restore", clock)
    except sqlite3.DatabaseError:
        stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        kept = paths.backups / f"{live.stem}.damaged-before-restore.{stamp}.sqlite3"
        for suffix in ("", "-wal"):  # what SQLite cannot read: keep the file and its log as they are
            source = Path(f"{live}{suffix}")
            if source.exists():
                target = Path(f"{kept}{suffix}")
                target.unlink(missing_ok=True)  # a half copy left by backup_sqlite's attempt
                shutil.copyfile(source, target)
                target.chmod(0o600)
        return kept


def _replace_file(paths: AppPaths, source: Path) -> None:
    """Put a copy of `source` in place of a live database SQLite cannot write into (damaged beyond
    its header). Only while no connection is open on it: the caller closed its engine."""
    live = paths.database
    fd, temporary = tempfile.mkstemp(dir=paths.data_dir, prefix=".restore-", suffix=".sqlite3")
    os.close(fd)
    fresh = Path(temporary)
    fresh.unlink()
    try:
        online_copy(source, fresh)
        for suffix in ("-wal", "-shm"):  # the log of the damaged file must not be replayed into the new one
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        os.replace(fresh, live)
        sync_folder(paths.data_dir)
    finally:
        fresh.unlink(missing_ok=True)


def restore_backup(
    paths: AppPaths,
    clock: Clock,
    source: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> RestoreResult:
    """Restore a backup into the data folder: check it all first (nothing changes if it fails), keep
    the live database aside, put its documents in place, then its database.

    The database is written into the live file with SQLite's backup API, so the file, its -wal and
    -shm stay consistent and an engine still open on it (the desk's) reads the restored data on its
    next transaction. Only a live file too damaged for SQLite to write into is replaced as a file;
    the caller has closed its engine before.
    """
    steps = Progress(progress, cancel)
    source = source.expanduser().absolute()
    paths.backups.mkdir(mode=0o700, parents=True, exist_ok=True)
    with _workspace(paths) as work:
        checked = check_backup(
            source, work, clock, extract_documents=True, progress=lambda d, t: steps.at(0, 700, d, t)
        )
        steps.check()  # the last moment a cancel is honoured: from here on the data folder changes
        kept = keep_aside(paths, clock)
        for document in checked.documents:  # documents first: a restored record never lacks its files
            if stored_state(paths, document.name) is not StoredState.OK:
                copy_in(paths, document)
        steps.at(700, 1000, 1, 2)
        try:
            restore_into(checked.database, paths.database)
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):  # busy, read-only, disk full: nothing was written
                raise BackupError(
                    f"The backup could not be put in place ({exc}); the database is as it was.",
                    problem="not_restored",
                    values={"reason": str(exc)},
                ) from exc
            _replace_file(paths, checked.database)
        steps.at(700, 1000, 2, 2)
    return RestoreResult(
        source, checked.created_at, checked.counts.get("debtors", 0), len(checked.documents), kept
    )


# --- listing, automatic backups and pruning ---------------------------------------------------------
def describe(path: Path) -> BackupInfo:
    """What a backup file says about itself, without checking it through."""
    automatic = _AUTOMATIC_NAME.fullmatch(path.name) is not None
    try:
        size = path.stat().st_size
        with zipfile.ZipFile(path) as archive:
            manifest = _manifest(path, archive)
        created = datetime.fromisoformat(str(manifest.get("created_at")))
        counts = manifest.get("counts")
        debtors = counts.get("debtors") if isinstance(counts, dict) else None
        return BackupInfo(path, created, automatic, debtors if isinstance(debtors, int) else None, size)
    except (OSError, ValueError, zipfile.BadZipFile, BackupError) as exc:
        size = path.stat().st_size if path.is_file() else 0
        return BackupInfo(path, None, automatic, None, size, str(exc) or type(exc).__name__)


def list_backups(paths: AppPaths) -> list[BackupInfo]:
    """The backups in the chosen backup folder and the data folder's own, newest first (unreadable
    ones last); a folder that is not there is skipped."""
    found: dict[Path, BackupInfo] = {}
    for folder in (backup_folder(paths), paths.backups):
        try:
            files = sorted(folder.glob(f"*{SUFFIX}"))
        except OSError:
            continue
        for file in files:
            if file.is_file() and file.resolve() not in found:
                found[file.resolve()] = describe(file)
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(found.values(), key=lambda info: info.created_at or oldest, reverse=True)


def automatic_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """The backups callnotes made on its own in `folder` (by their name), newest first."""
    made = []
    try:
        files = list(folder.iterdir())
    except OSError:
        return []
    for file in files:
        match = _AUTOMATIC_NAME.fullmatch(file.name)
        if match and file.is_file():
            made.append((datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC), file))
    return sorted(made, reverse=True)


def to_prune(made: Sequence[tuple[datetime, Path]], zone: str, daily: int, weekly: int) -> list[Path]:
    """Which automatic backups to delete: all but the newest of each of the last `daily` days that
    have one and the newest of each of the last `weekly` weeks that have one (days and weeks in the
    user's zone). The newest backup is always kept."""
    newest_first = sorted(made, reverse=True)
    keep: set[Path] = set()

    def newest_per(period: Callable[[datetime], object], count: int) -> None:
        seen: set[object] = set()
        for moment, file in newest_first:
            key = period(moment.astimezone(ZoneInfo(zone)))
            if key not in seen:
                if len(seen) == count:
                    break
                seen.add(key)
                keep.add(file)

    newest_per(lambda moment: moment.date(), daily)
    newest_per(lambda moment: moment.isocalendar()[:2], weekly)
    if newest_first:
        keep.add(newest_first[0][1])
    return [file for _, file in newest_first if file not in keep]


def automatic_backup(
    paths: AppPaths,
    clock: Clock,
    *,
    only_if_due: bool,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> AutomaticBackup:
    """Make an automatic backup in the backup folder (`only_if_due`: only when the newest automatic one
    is older than a day, as at start), then delete the automatic ones no longer kept. Files the user
    made are never deleted. Raises BackupFolderError when the folder is not available."""
    folder = usable_folder(backup_folder(paths))
    made = automatic_backups(folder)
    now = clock.now()
    if only_if_due and made and now - made[0][0] < AUTOMATIC_EVERY:
        return AutomaticBackup(None)
    name = f"callnotes-auto-{now.astimezone(UTC).strftime(_STAMP)}Z{SUFFIX}"
    result = write_backup(paths, clock, folder / name, automatic=True, progress=progress, cancel=cancel)
    pruned = to_prune(automatic_backups(folder), clock.zone, KEEP_DAILY, KEEP_WEEKLY)
    for file in pruned:
        file.unlink(missing_ok=True)
    return AutomaticBackup(result, tuple(pruned))
