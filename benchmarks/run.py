"""Every figure of issue 16 beside its floor, measured in the same run, interleaved.

    QT_QPA_PLATFORM=offscreen python benchmarks/run.py [--quick] [--json FILE] [--only TEXT ...]

On a copy of the large synthetic database (benchmarks/synthetic.py: 2,000 debtors, 500,000 entries):

- window_first_paint: spawning callnotes until its first window paints, against a bare PySide6
  window that shows and quits (both through benchmarks/kit/paint_child.py, the same event filter);
- debtor_list_after_window: from that first paint to the debtor list showing a screen of rows;
- version: `callnotes --version` against `python -c pass`;
- debtors_json, verify: `callnotes debtors --json` and `callnotes verify` against the plain sqlite3
  and hashlib scripts in benchmarks/floors/, whose output is checked to be the same figures and heads;
- search_<language>_<common|rare>[_relevance]: the desk's search for a common and a rare word in
  Spanish, Greek and English, newest first and by relevance, against the raw FTS5 query of the same
  page (benchmarks/kit/search.py);
- open_largest_debtor, call_facts, call_first_key, keystroke_p50, keystroke_p99, memory_peak: the real
  window driven from its own thread in a process of its own (benchmarks/kit/session_child.py);
- packet: a 5,000-entry packet against the same rows drawn in tables of a hundred (benchmarks/packet.py).

A figure with a floor is the median of runs alternating floor and thing, after one of each not
counted; its target bounds the ratio. The others are bounded in themselves. Prints one line per figure
and, with --json, writes an object mapping each figure's name to its value, unit, floor, ratio,
target (and target_on: what the target bounds) and ok. Exits 0 when everything could be measured,
whether or not it is within target; 2 when a figure could not be measured (its line says why).
`--only TEXT` measures only the figures whose name holds TEXT (given again: or another).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.kit import search
from benchmarks.kit.figures import Figure, interleaved, median_ms, percentile, report
from benchmarks.kit.processes import ROOT, paint_run, python, run_timed
from benchmarks.synthetic import REFERENCE_NOW, Synthetic, copy_into, synthetic_database

FLOORS = ROOT / "benchmarks" / "floors"
SESSION_CHILD = ROOT / "benchmarks" / "kit" / "session_child.py"
AS_OF = REFERENCE_NOW.date().isoformat()
OTHER_DEBTOR = 2  # shown before each opening of the heaviest, so each opening is a real one


@dataclass(frozen=True)
class Runs:
    """How many times each thing is measured (interleaved with its floor when it has one)."""

    window: int
    version: int
    debtors: int
    verify: int
    search: int
    opens: int
    calls: int
    keys: int  # typed in each call
    packet: int


FULL = Runs(window=5, version=15, debtors=5, verify=3, search=30, opens=7, calls=3, keys=150, packet=3)
QUICK = Runs(window=2, version=5, debtors=2, verify=1, search=15, opens=3, calls=1, keys=100, packet=1)

# name: (unit, target, what it bounds); the search figures are search.figure_names()
SPEC: dict[str, tuple[str, float, str]] = {
    "window_first_paint": ("ms", 1.5, "ratio"),
    "debtor_list_after_window": ("ms", 150, "value"),
    "version": ("ms", 5, "ratio"),
    "debtors_json": ("ms", 2, "ratio"),
    "verify": ("s", 1.3, "ratio"),
    "open_largest_debtor": ("ms", 100, "value"),
    "call_facts": ("ms", 150, "value"),
    "call_first_key": ("ms", 16, "value"),
    "keystroke_p50": ("ms", 16, "value"),
    "keystroke_p99": ("ms", 16, "value"),
    "memory_peak": ("MB", 250, "value"),
    "packet": ("s", 1.2, "ratio"),
}


def figure(
    name: str, value: float | None, floor: float | None = None, note: str = "", **extra: object
) -> Figure:
    unit, target, target_on = SPEC[name]
    return Figure(name, unit, target, target_on, value, floor, note=note, extra=dict(extra))


def progress(text: str) -> None:
    print(f"… {text}", file=sys.stderr, flush=True)


# --- the sections: each returns its figures ---------------------------------------------------------
def window(data: Path, runs: Runs) -> list[Figure]:
    """The app's first paint against the bare window's; the debtor list after the app's paint."""
    lists: list[float] = []

    def app() -> float:
        painted = paint_run("app", data)
        assert painted.list_ms is not None
        lists.append(painted.list_ms)
        return painted.first_paint

    bare, ours = interleaved(lambda: paint_run("bare").first_paint, app, runs.window)
    lists = lists[1:]  # the warm-up's start also made the day's automatic backup of the copy
    return [
        figure("window_first_paint", median_ms(ours), median_ms(bare)),
        figure("debtor_list_after_window", statistics.median(lists), note="from the window's first paint"),
    ]


def version(runs: Runs) -> list[Figure]:
    floors, ours = interleaved(
        lambda: run_timed(python("-c", "pass")),
        lambda: run_timed(python("-m", "callnotes", "--version")),
        runs.version,
    )
    return [figure("version", median_ms(ours), median_ms(floors))]


def _cli(data: Path, *args: str) -> list[str]:
    return python("-m", "callnotes", "--data-dir", data, *args)


def debtors_json(data: Path, scratch: Path, runs: Runs) -> list[Figure]:
    """`debtors --json` against the plain script; their figures must agree (all but the formatted
    balance, which is Babel's formatting of balance_minor)."""
    ours_out, floor_out = scratch / "debtors.json", scratch / "debtors-floor.json"
    floors, ours = interleaved(
        lambda: run_timed(python(FLOORS / "debtors.py", data, "--as-of", AS_OF), floor_out),
        lambda: run_timed(_cli(data, "debtors", "--json", "--as-of", AS_OF), ours_out),
        runs.debtors,
    )
    app_rows = json.loads(ours_out.read_text())
    for row in app_rows:
        row.pop("balance", None)
    if app_rows != json.loads(floor_out.read_text()):
        return [figure("debtors_json", None, note="the floor's figures differ from debtors --json")]
    return [figure("debtors_json", median_ms(ours), median_ms(floors), debtors=len(app_rows))]


def verify(data: Path, scratch: Path, runs: Runs) -> list[Figure]:
    """`verify` against the plain re-hash; both must find every chain intact with the same heads."""
    ours_out, floor_out = scratch / "verify.json", scratch / "verify-floor.json"
    floors, ours = interleaved(
        lambda: run_timed(python(FLOORS / "verify.py", data), floor_out),
        lambda: run_timed(_cli(data, "verify", "--json"), ours_out),
        runs.verify,
    )
    app_heads = {
        r["debtor_id"]: [r["entries"], r["head"], r["ok"]]
        for r in json.loads(ours_out.read_text())
        if r.get("debtor_id") is not None
    }
    floor_heads = {
        int(d): [c["entries"], c["head"], c["ok"]] for d, c in json.loads(floor_out.read_text()).items()
    }
    if app_heads != floor_heads or not all(ok for _, _, ok in floor_heads.values()):
        return [figure("verify", None, note="the floor's heads differ from verify --json")]
    entries = sum(n for n, _, _ in floor_heads.values())
    return [
        figure(
            "verify",
            statistics.median(ours),
            statistics.median(floors),
            chains=len(floor_heads),
            entries=entries,
        )
    ]


def session(data: Path, synthetic: Synthetic, runs: Runs) -> list[Figure]:
    """The window driven on the large database in a process of its own (it writes calls to `data`)."""
    argv = python(SESSION_CHILD, data, synthetic.heaviest, OTHER_DEBTOR, REFERENCE_NOW.isoformat())
    argv += ["--opens", str(runs.opens), "--calls", str(runs.calls), "--keys", str(runs.keys)]
    out = data.parent / "session.json"
    run_timed(argv, out)
    found = json.loads(out.read_text().strip().splitlines()[-1])
    keys = found["keys_ms"]
    window_mb, desk_mb = found["window_peak_mb"], found["desk_peak_mb"]
    return [
        figure("open_largest_debtor", statistics.median(found["open_ms"]), note="select to history shown"),
        figure("call_facts", statistics.median(found["facts_ms"]), note="start call to facts shown"),
        figure("call_first_key", statistics.median(found["first_key_ms"]), note="key posted to line painted"),
        figure("keystroke_p50", percentile(keys, 0.5), keys=len(keys)),
        figure("keystroke_p99", percentile(keys, 0.99), keys=len(keys)),
        figure(
            "memory_peak",
            window_mb + desk_mb,
            note="peak RSS of the window's process + the desk's",
            window_mb=round(window_mb, 1),
            desk_mb=round(desk_mb, 1),
        ),
    ]


def packet(scratch: Path, runs: Runs) -> list[Figure]:
    from benchmarks.packet import prepare

    bench = prepare(scratch / "packet", 5000)
    try:
        tables, packets = interleaved(bench.yardstick, bench.packet, runs.packet)
    finally:
        bench.close()
    return [figure("packet", statistics.median(packets), statistics.median(tables), pages=bench.pages)]


def guarded(
    names: list[str],
    measure: Callable[[], list[Figure]],
    failures: list[str],
    wanted: Callable[[str], bool] = lambda name: True,
) -> list[Figure]:
    """The section's figures that are `wanted` (none, and nothing measured, when none of its names
    is), or each of them saying why it could not be measured."""
    names = [name for name in names if wanted(name)]
    if not names:
        return []
    started = time.perf_counter()
    progress(", ".join(names))
    try:
        figures = [f for f in measure() if wanted(f.name)]
    except Exception as exc:  # one section failing must not hide the others' figures
        failures.append(f"{names[0]}: {exc}")
        problem = f"could not measure: {type(exc).__name__}: {str(exc)[:200]}"
        if names[0].startswith("search_"):
            return search.unavailable(problem, wanted)
        return [figure(name, None, note=problem) for name in names]
    progress(f"{time.perf_counter() - started:.0f} s")
    return figures


def chooser(only: list[str] | None) -> Callable[[str], bool]:
    """Whether a figure is measured: every one, or those whose name holds one of `only`."""
    if not only:
        return lambda name: True
    return lambda name: any(part in name for part in only)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions of the same figures")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON here")
    parser.add_argument(
        "--only",
        action="append",
        metavar="TEXT",
        help="measure only the figures whose name holds TEXT (repeatable; e.g. --only search_es)",
    )
    args = parser.parse_args()
    runs = QUICK if args.quick else FULL
    wanted = chooser(args.only)
    started = time.perf_counter()
    synthetic = synthetic_database()
    failures: list[str] = []
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="callnotes-run-") as folder:
        scratch = Path(folder)
        data = scratch / "data"
        copy_into(synthetic, data)

        def section(names: list[str], measure: Callable[[], list[Figure]]) -> None:
            figures.extend(guarded(names, measure, failures, wanted))

        section(["window_first_paint", "debtor_list_after_window"], lambda: window(data, runs))
        section(["version"], lambda: version(runs))
        section(["debtors_json"], lambda: debtors_json(data, scratch, runs))
        section(["verify"], lambda: verify(data, scratch, runs))
        section(search.figure_names(), lambda: search.measure(data, runs.search, wanted))
        session_names = [
            "open_largest_debtor",
            "call_facts",
            "call_first_key",
            "keystroke_p50",
            "keystroke_p99",
            "memory_peak",
        ]
        section(session_names, lambda: session(data, synthetic, runs))
        section(["packet"], lambda: packet(scratch, runs))
    if not figures:
        print(f"no figure's name holds {' or '.join(args.only or [])}", file=sys.stderr)
        return 2
    report(figures, args.json)
    print(f"measured in {time.perf_counter() - started:.0f} s{' (quick)' if args.quick else ''}")
    for failure in failures:
        print(f"could not measure {failure}", file=sys.stderr)
    return 2 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
