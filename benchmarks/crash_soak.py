"""Crash soak: type into the call workspace, SIGKILL it at random moments, restart, count lost lines.

    python benchmarks/crash_soak.py --runs 50

A child process opens the workspace headless (QT_QPA_PLATFORM=offscreen) on a call, resuming the
unfinished one if there is one, and types lines one key at a time at a steady pace, pausing a
random moment before pressing Enter. It logs each line the moment its last key is typed. The parent
kills the child with SIGKILL at a random moment, then checks the database: every line typed more
than 1.5 s before the kill must be there, as a committed line or as the text being typed. At the
end the call is ended, the record verified and SQLite's integrity check run. The last line reads
`crash soak: N kills, L lines lost, integrity ok`.
"""

from __future__ import annotations

import argparse
import contextlib
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

GRACE_SECONDS = 1.5
PHRASES = [
    "Dice que pagará el viernes",
    "Λέει ότι θα πληρώσει την Παρασκευή",
    "She says the cheque is in the post",
    "Pide copia del albarán firmado",
    "Ζητά αντίγραφο του τιμολογίου",
    "Promised 500 by the 30th",
]


def child(data_dir: str, log_path: str, seed: int) -> int:
    """Open the workspace and type until killed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from callnotes.clock import SystemClock
    from callnotes.services.backend import DeskProcess, DeskSetup
    from callnotes.services.desk import Desk
    from callnotes.store.access import open_store
    from callnotes.ui.formats import Formats
    from callnotes.ui.ui_state import UiState
    from callnotes.ui.worker import Worker
    from callnotes.ui.workspace.workspace import CallWorkspace

    app = QApplication([])
    clock = SystemClock()
    desk = Desk(open_store(data_dir, None, clock), "soak")  # to find or start the call, before the window
    unfinished = desk.unfinished_calls()
    call = desk.open_call(unfinished[0].interaction_id) if unfinished else desk.start_call(1, None, "")
    process = DeskProcess(DeskSetup(data_dir, None, clock, "soak"))
    process.wait_ready()
    worker = Worker(process, lambda exc: print(f"worker failure: {exc!r}", file=sys.stderr, flush=True))
    workspace = CallWorkspace(process, worker, UiState(process.paths.ui_state), Formats("en_US", clock.zone))
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
        text = f"{rng.choice(PHRASES)} #{seed}-{counter['n']}"
        chars = list(text)

        def next_char() -> None:
            if not chars:
                record("typed", text=text)
                QTimer.singleShot(rng.randint(50, 1500), press_enter)  # thinking before Enter
                return
            ch = chars.pop(0)
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, box, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
            )
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


def _events(log_path: Path) -> list[dict[str, object]]:
    events = []
    for line in log_path.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(json.JSONDecodeError):  # the last line may be cut by the kill
            events.append(json.loads(line))
    return events


def soak(runs: int, seed: int) -> int:
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
    lost_total, kills, previous_kill = 0, 0, 0.0
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def readies() -> int:
        return sum(1 for e in _events(log_path) if e["event"] == "ready") if log_path.exists() else 0

    for run in range(runs):
        ready_before = readies()
        process = subprocess.Popen(
            [sys.executable, __file__, "--child", folder, str(log_path), str(seed * 1000 + run)],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.time() + 60
        while readies() == ready_before:
            if process.poll() is not None or time.time() > deadline:
                process.kill()
                raise SystemExit(f"the workspace did not start: {process.stderr.read().decode()[-2000:]}")
            time.sleep(0.05)
        time.sleep(rng.uniform(2.0, 6.0))
        killed_at = time.time()
        process.send_signal(signal.SIGKILL)
        process.wait()
        kills += 1
        recovered = _recovered_texts(store.paths.database)
        # the lines this process typed more than GRACE_SECONDS before it was killed
        typed = [
            e
            for e in _events(log_path)
            if e["event"] == "typed" and previous_kill < float(e["t"]) < killed_at - GRACE_SECONDS
        ]
        previous_kill = killed_at
        lost = [e["text"] for e in typed if e["text"] not in recovered]
        lost_total += len(lost)
        print(f"run {run + 1}: {len(typed)} lines to recover, {len(lost)} lost {lost[:3]}", flush=True)
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
    print(f"crash soak: {kills} kills, {lost_total} lines lost, {integrity}")
    return 0 if lost_total == 0 and chains_ok and sqlite_ok else 1


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        return child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="how many times to kill the workspace")
    parser.add_argument("--seed", type=int, default=2026, help="random seed, for a repeatable run")
    args = parser.parse_args()
    return soak(args.runs, args.seed)


if __name__ == "__main__":
    sys.exit(main())
