"""Crash soak: type into the call workspace, SIGKILL it, restart, count what was lost.

    python benchmarks/crash_soak.py --runs 50

A child process opens the workspace headless (QT_QPA_PLATFORM=offscreen) on a call, resuming the
unfinished one if there is one, and types lines one key at a time at a steady pace, sometimes
stopping halfway through a line for a moment, and pausing a random moment before pressing Enter. It
logs each line the moment its last key is typed, and each half-typed line the moment it stops.

Each run is killed in one of three ways, in turn:
- at a random moment: the parent sends SIGKILL to the window's process (its desk process then
  finishes the writes it was given, as it does when the window dies);
- inside a write transaction, just before its commit, or just after it: the child gives its desk
  process a hook (`arm_kill`, through `DeskSetup.prepare`) that at the N-th commit of that desk, N
  chosen at random, logs the moment and kills the window's process and then its own with SIGKILL,
  so the app dies with the transaction open (or just committed) and nothing finishes afterwards.

After each kill the parent checks the database: every line typed more than 1.5 s before the kill
must be there, as a committed line or as the text being typed, and every half-typed line stopped
more than 1.5 s before the kill must be there as the start of the text being typed or of a line. At
the end the call is ended, the record verified and SQLite's integrity check run. Before the last
line it says how many kills landed inside write transactions; the last line reads
`crash soak: N kills, L lines lost, integrity ok` (L counts the half-typed lines lost too).

Each process logs moments by its own clock, and the parent reads them in its own: the clocks of
different processes need not agree (under faketime each process's clock starts at the faked moment
when the process starts), so the parent notes when it first sees each process's first event and
converts that process's moments by the difference, a poll interval on the safe side.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from callnotes.store.access import Store

ROOT = Path(__file__).resolve().parents[1]
GRACE_SECONDS = 1.5
POLL_SECONDS = 0.05
PHRASES = [
    "Dice que pagará el viernes",
    "Λέει ότι θα πληρώσει την Παρασκευή",
    "She says the cheque is in the post",
    "Pide copia del albarán firmado",
    "Ζητά αντίγραφο του τιμολογίου",
    "Promised 500 by the 30th",
]
AT_RANDOM = "at a random moment"
BEFORE_COMMIT = "before commit"
AFTER_COMMIT = "after commit"
KILLS = (AT_RANDOM, BEFORE_COMMIT, AFTER_COMMIT)  # one after the other, run by run
LAST_COMMIT = 10  # a run killed at a commit dies at one of its first LAST_COMMIT write commits


def arm_kill(log_path: str, window_pid: int, where: str, at_commit: int, store: Store) -> None:
    """In the desk process (as `DeskSetup.prepare`): at the `at_commit`-th write commit, log it and kill
    the window's process and this one with SIGKILL, just before the commit or just after it."""
    from sqlalchemy import event
    from sqlmodel import Session

    commits = itertools.count(1)
    with open(log_path, "a", encoding="utf-8") as log:  # its clock, for the parent to compare with its own
        log.write(json.dumps({"event": "armed", "t": time.time()}) + "\n")

    def kill(_target: Any) -> None:
        if next(commits) != at_commit:
            return
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps({"event": "transaction kill", "where": where, "t": time.time()}) + "\n")
            log.flush()
            os.fsync(log.fileno())
        os.kill(window_pid, signal.SIGKILL)
        os.kill(os.getpid(), signal.SIGKILL)

    if where == BEFORE_COMMIT:  # the engine's commit event comes after the writes, before SQLite commits
        event.listen(store.database.engine, "commit", kill)
    else:
        event.listen(Session, "after_commit", kill)


def child(data_dir: str, log_path: str, seed: int, where: str, at_commit: int) -> int:
    """Open the workspace and type until killed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from functools import partial

    from benchmarks.crash_soak import arm_kill  # by its module's name: the desk process imports it
    from callnotes.clock import SystemClock
    from callnotes.services.backend import DeskProcess, DeskSetup

    clock = SystemClock()
    prepare = None if where == AT_RANDOM else partial(arm_kill, log_path, os.getpid(), where, at_commit)
    process = DeskProcess(DeskSetup(data_dir, None, clock, "soak", prepare))

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from callnotes.services.desk import Desk
    from callnotes.store.access import open_store
    from callnotes.ui.formats import Formats
    from callnotes.ui.ui_state import UiState
    from callnotes.ui.worker import Worker
    from callnotes.ui.workspace.workspace import CallWorkspace

    app = QApplication([])
    desk = Desk(open_store(data_dir, None, clock), "soak")  # to find or start the call, before the window
    unfinished = desk.unfinished_calls()
    call = desk.open_call(unfinished[0].interaction_id) if unfinished else desk.start_call(1, None, "")
    process.wait_ready()
    worker = Worker(process, lambda exc: print(f"worker failure: {exc!r}", file=sys.stderr, flush=True))
    workspace = CallWorkspace(process, worker, UiState(process.paths.ui_state), Formats("en_US", clock.zone))
    workspace.failed.connect(lambda exc: print(f"workspace failure: {exc!r}", file=sys.stderr, flush=True))
    workspace.resize(1200, 700)
    workspace.show()
    workspace.show_call(call)
    box = workspace.notes.input
    rng = random.Random(seed)
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 (kept open until the process is killed)

    def record(kind: str, **fields: object) -> None:
        log.write(json.dumps({"event": kind, "t": time.time(), **fields}, ensure_ascii=False) + "\n")
        log.flush()
        os.fsync(log.fileno())

    counter = {"n": 0}

    def press_enter() -> None:
        QTest.keyClick(box, Qt.Key.Key_Return)
        QTimer.singleShot(rng.randint(100, 400), type_line)

    def type_line() -> None:
        counter["n"] += 1
        tag = f"#{seed}-{counter['n']}"  # first, so that half a line names its line too
        text = f"{tag} {rng.choice(PHRASES)}"
        stop_at = rng.randint(len(tag) + 3, len(text) - 2) if rng.random() < 0.5 else None
        typed = 0

        def next_char() -> None:
            nonlocal typed
            if typed == len(text):
                record("typed", text=text)
                QTimer.singleShot(rng.randint(50, 1500), press_enter)  # thinking before Enter
                return
            if typed == stop_at:  # halfway through, the other side says something
                record("half-typed", text=text[:typed])
                QTimer.singleShot(rng.randint(300, 2500), type_rest)
                return
            type_rest()

        def type_rest() -> None:
            nonlocal typed
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, box, Qt.Key.Key_unknown, text[typed], Qt.KeyboardModifier.NoModifier
            )
            typed += 1
            QTimer.singleShot(rng.randint(8, 25), next_char)

        next_char()

    def start() -> None:
        box.setFocus()
        record("ready")
        if box.text().strip():  # recovered text that was being typed: commit it first
            press_enter()
        else:
            type_line()

    QTimer.singleShot(0, start)
    return app.exec()


def _recovered_texts(db: Path) -> set[str]:
    con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        lines = {row[0] for row in con.execute("SELECT text FROM draftline")}
        lines |= {row[0] for row in con.execute("SELECT text FROM entry")}
        pending = {
            row[0].strip()
            for row in con.execute("SELECT pending_text FROM interaction WHERE ended_at IS NULL")
        }
    finally:
        con.close()
    return lines | pending


def _events(log_path: Path) -> list[dict[str, Any]]:
    events = []
    for line in log_path.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(json.JSONDecodeError):  # the last line may be cut by the kill
            events.append(json.loads(line))
    return events


def soak(runs: int, seed: int) -> int:
    sys.path.insert(0, str(ROOT))
    from callnotes.clock import SystemClock
    from callnotes.example import load_example
    from callnotes.services import interactions as calls
    from callnotes.services.record import check_record
    from callnotes.store.access import open_store
    from callnotes.store.engine import transaction

    rng = random.Random(seed)
    folder = tempfile.mkdtemp(prefix="callnotes-soak-")
    clock = SystemClock()
    store = open_store(folder, None, clock)
    load_example(store, clock.now())
    store.database.engine.dispose()
    log_path = Path(folder) / "typed.jsonl"
    log_path.touch()
    lost_total, half_checked = 0, 0
    kills = dict.fromkeys(KILLS, 0)
    # the desk process starts from a fresh interpreter (a fork server): it finds this checkout's
    # callnotes and this module by the path, whatever folder the soak was started from
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path}

    for run in range(runs):
        where = KILLS[run % len(KILLS)]
        at_commit = rng.randint(1, LAST_COMMIT)
        seen = len(_events(log_path))
        arguments = [folder, str(log_path), str(seed * 1000 + run), where, str(at_commit)]
        process = subprocess.Popen(
            [sys.executable, __file__, "--child", *arguments],
            env=environment,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.time() + 60
        first_seen: dict[str, tuple[float, float]] = {}  # event -> (its moment, when the parent saw it)
        while "ready" not in first_seen:
            if process.poll() is not None or time.time() > deadline:
                process.kill()
                raise SystemExit(f"the workspace did not start: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            time.sleep(POLL_SECONDS)
            now = time.time()
            for e in _events(log_path)[seen:]:
                first_seen.setdefault(str(e["event"]), (float(e["t"]), now))
        # the window's moments and the desk's, in the parent's clock (seen a poll late: on the safe side)
        window_offset = first_seen["ready"][0] - first_seen["ready"][1]
        if where == AT_RANDOM:
            time.sleep(rng.uniform(2.0, 6.0))
            killed_at = time.time()
            process.send_signal(signal.SIGKILL)
            process.wait()
        else:
            try:  # the desk process kills the app itself, at the commit chosen
                process.wait(timeout=120)
            except subprocess.TimeoutExpired:
                process.kill()
                raise SystemExit(f"run {run + 1}: no kill at commit {at_commit} within two minutes") from None
            marks = [e for e in _events(log_path)[seen:] if e["event"] == "transaction kill"]
            if not marks:
                problem = process.stderr.read().decode()[-2000:]  # type: ignore[union-attr]
                raise SystemExit(f"run {run + 1}: the window ended without a kill: {problem}")
            armed_at, armed_seen = first_seen.get("armed", (0.0, 0.0))
            killed_at = float(marks[-1]["t"]) - (armed_at - armed_seen) - POLL_SECONDS
        kills[where] += 1
        recovered = _recovered_texts(store.paths.database)
        events = [  # this run's window's, in the parent's clock
            e for e in _events(log_path)[seen:] if float(e["t"]) - window_offset < killed_at - GRACE_SECONDS
        ]
        typed = [e["text"] for e in events if e["event"] == "typed"]
        halves = [e["text"].strip() for e in events if e["event"] == "half-typed"]
        lost = [text for text in typed if text not in recovered]
        lost += [half for half in halves if not any(text.startswith(half) for text in recovered)]
        lost_total += len(lost)
        half_checked += len(halves)
        print(
            f"run {run + 1} (killed {where}): {len(typed)} lines and {len(halves)} half-typed to recover, "
            f"{len(lost)} lost {lost[:3]}",
            flush=True,
        )
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps({"event": "killed", "t": killed_at}) + "\n")
    store = open_store(folder, None, clock)
    with transaction(store.sessions) as session:
        for interaction in calls.open_interactions(session):
            calls.end_interaction(session, interaction.id or 0, calls.Ending("reached", "crash soak"))
    with store.sessions() as session:
        chains_ok = all(check.report.ok for check in check_record(session))
    store.database.engine.dispose()
    con = sqlite3.connect(store.paths.database)
    sqlite_ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    integrity = "integrity ok" if chains_ok and sqlite_ok else "integrity FAILED"
    shutil.rmtree(folder, ignore_errors=True)
    inside = kills[BEFORE_COMMIT] + kills[AFTER_COMMIT]
    print(f"half-typed lines checked: {half_checked}")
    print(f"kills at random moments: {kills[AT_RANDOM]}")
    print(
        f"kills inside write transactions: {inside} "
        f"({kills[BEFORE_COMMIT]} before commit, {kills[AFTER_COMMIT]} after)"
    )
    print(f"crash soak: {sum(kills.values())} kills, {lost_total} lines lost, {integrity}")
    return 0 if lost_total == 0 and chains_ok and sqlite_ok else 1


def main() -> int:
    if len(sys.argv) == 7 and sys.argv[1] == "--child":
        sys.path.insert(0, str(ROOT))
        _, _, data_dir, log_path, seed, where, at_commit = sys.argv
        return child(data_dir, log_path, int(seed), where, int(at_commit))
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="how many times to kill the workspace")
    parser.add_argument("--seed", type=int, default=2026, help="random seed, for a repeatable run")
    args = parser.parse_args()
    return soak(args.runs, args.seed)


if __name__ == "__main__":
    sys.exit(main())
