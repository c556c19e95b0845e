"""The window's figures on the large database, in a process of their own (so its memory is the window's).

    QT_QPA_PLATFORM=offscreen python benchmarks/kit/session_child.py DATA_DIR HEAVIEST OTHER NOW --opens N
        --calls N --keys N

Opens the real main window on DATA_DIR (a copy of the synthetic database: calls are written to it)
beside its desk process, its clock fixed at NOW (an ISO 8601 moment: the synthetic database's
reference, given by run.py so this process never imports the database's builder, which loads the whole
store and would count tens of MB in the window's memory that the app's window never has), waits for the
debtor list, then:

- opens the debtor HEAVIEST (the longest history) N times, each after showing OTHER: milliseconds
  from selecting it to its history shown (the detail is that debtor's and its record table has rows);
- starts a call on it N times: milliseconds from starting the call to the facts panel filled; then
  one key posted to the note line at once, milliseconds until the line paints with it; then about
  N keys typed a key every 70 ms from another thread (a line committed every 40 characters, and the
  text being typed saved as it is typed: the autosave runs), each key timed from posted to painted;
  then the call is ended with a promise;
- the peak resident memory (VmHWM) of this process and of the desk process.

Prints one JSON object on the last line of stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from callnotes.ui.main_window import MainWindow

# Only the standard library at module level: the desk process (multiprocessing) imports this file
# again as its main module, and what it imports there would count in its memory.
STEP_S = 180  # the longest any one step may take before the run gives up on it
KEY_INTERVAL_S = 0.07
LINE = "Dice que pagará la mitad el viernes y el resto a fin de mes; Λέει ναι. "  # 70 characters


STARTED = time.perf_counter()


def progress(text: str) -> None:
    """Where a long run is, on stderr."""
    print(f"… {time.perf_counter() - STARTED:6.1f} s  {text}", file=sys.stderr, flush=True)


def history_rows(window: MainWindow) -> int:
    from PySide6.QtWidgets import QTableView

    table = window.detail.history.findChild(QTableView) or window.detail.history.table
    model = table.model()
    return model.rowCount() if model is not None else 0


def settle(window: MainWindow) -> None:
    """Wait until the window has nothing out at the desk: each timed step starts from a quiet window,
    as after a person has looked at what the last one showed."""
    from benchmarks.kit.gui import wait_until

    wait_until(lambda: not window.worker.busy, STEP_S, "the window's jobs done")


def open_debtor(window: MainWindow, debtor_id: int) -> float:
    """Select the debtor in the list; seconds until its detail shows its history."""
    from benchmarks.kit.gui import wait_until

    window.debtors_action.trigger()
    settle(window)
    started = time.perf_counter()
    window.debtor_list.select(debtor_id)
    shown = wait_until(
        lambda: window.detail.debtor_id == debtor_id and history_rows(window) > 0,
        STEP_S,
        f"the history of debtor {debtor_id}",
    )
    return shown - started


def call_once(window: MainWindow, debtor_id: int, keys: int) -> tuple[float, float, list[float]]:
    """One call: (seconds to the facts, milliseconds of the first key to paint, each typed key's ms)."""
    from benchmarks.kit.gui import KeyToPaint, wait_until

    workspace = window.workspace
    settle(window)
    started = time.perf_counter()
    window.start_call(debtor_id)
    facts = wait_until(
        lambda: workspace.call is not None and workspace.facts is not None and workspace.isVisible(),
        STEP_S,
        "the call's facts",
    )
    box = workspace.notes.input
    box.setFocus()
    first = KeyToPaint(box)
    first.post("L")  # the user starts typing as soon as the facts show
    wait_until(first.done, STEP_S, "the first key painted")
    first.stop()
    typed = KeyToPaint(box)
    text = (LINE[:39] + "\n") * (keys // 40 + 1)
    thread = typed.type_from_thread(text[:keys], KEY_INTERVAL_S)
    progress("first key")
    wait_until(lambda: not thread.is_alive() and typed.done(), STEP_S, "the typed keys painted")
    progress("typed")
    typed.stop()
    box.setText("Resumen: promete pagar")
    workspace.end_call()
    wait_until(lambda: window.pages.currentWidget() is not workspace, STEP_S, "the call ended")
    progress("ended")
    return facts - started, first.painted[0], typed.painted


def peak_mb(pid: int | str) -> float:
    """The process's peak resident set (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("heaviest", type=int)
    parser.add_argument("other", type=int)
    parser.add_argument("now", type=datetime.fromisoformat, help="the clock's moment, ISO 8601 with offset")
    parser.add_argument("--opens", type=int, default=5)
    parser.add_argument("--calls", type=int, default=3)
    parser.add_argument("--keys", type=int, default=120, help="keys typed in each call")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.kit.gui import end_calls_with_promise, go_ahead_on_guard, open_window, wait_until
    from callnotes.clock import FixedClock

    go_ahead_on_guard()
    end_calls_with_promise()
    opened = open_window(args.data_dir, FixedClock(args.now, "Europe/Madrid"))
    window = opened.window
    progress("the window is shown")
    result: dict[str, object] = {}
    try:
        wait_until(lambda: window.debtor_list.table.model().rowCount() > 0, STEP_S, "the debtor list")
        progress("the debtor list is filled")
        opens = []
        for _ in range(args.opens):
            open_debtor(window, args.other)
            opens.append(open_debtor(window, args.heaviest) * 1000)
        progress("the debtor opened")
        facts, first_keys, keys = [], [], []
        for _ in range(args.calls):
            to_facts, first_key, typed = call_once(window, args.heaviest, args.keys)
            facts.append(to_facts * 1000)
            first_keys.append(first_key)
            keys += typed
            progress("a call made")
        result = {
            "open_ms": opens,
            "facts_ms": facts,
            "first_key_ms": first_keys,
            "keys_ms": keys,
            "window_peak_mb": peak_mb("self"),
            "desk_peak_mb": peak_mb(opened.desk.process.pid or 0),
        }
    finally:
        opened.close()
        progress("closed")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
