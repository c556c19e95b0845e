"""One clock: only callnotes/clock.py asks the system for the time; everything else is handed a clock."""

from __future__ import annotations

import ast
from pathlib import Path

from callnotes.clock import FixedClock, SteppingClock
from tests.conftest import NOW

PACKAGE = Path(__file__).resolve().parents[2] / "callnotes"
THE_CLOCK = PACKAGE / "clock.py"
# Calls that read the system's clock, as `module_or_class.name`.
SYSTEM_TIME = {
    "date.today",
    "datetime.now",
    "datetime.utcnow",
    "datetime.today",
    "time.time",
    "time.time_ns",
    "time.localtime",
    "time.gmtime",
    "time.ctime",
    "time.monotonic",
    "time.perf_counter",
    "QDate.currentDate",
    "QTime.currentTime",
    "QDateTime.currentDateTime",
    "QDateTime.currentDateTimeUtc",
    "QDateTime.currentMSecsSinceEpoch",
    "QDateTime.currentSecsSinceEpoch",
}


def system_time_reads(path: Path) -> list[str]:
    """Where a module reads the system's clock: `file:line name`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        name = None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            name = f"{node.value.id}.{node.attr}"
        elif isinstance(node, ast.ImportFrom) and node.module in ("time", "datetime"):
            imported = {f"{node.module}.{alias.name}" for alias in node.names}
            name = next(iter(sorted(imported & SYSTEM_TIME)), None)
        if name in SYSTEM_TIME:
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {name}")
    return found


def test_only_the_clock_module_asks_the_system_for_the_time() -> None:
    reads = [
        read
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != THE_CLOCK
        for read in system_time_reads(path)
    ]
    assert reads == []
    assert system_time_reads(THE_CLOCK)  # the check would see a read if there were one


def test_fixed_and_stepping_clocks() -> None:
    fixed = FixedClock(NOW, "America/New_York")
    assert fixed.now() == fixed.now() == NOW
    assert fixed.today() == NOW.date() and fixed.today("Pacific/Kiritimati") > NOW.date()
    stepping = SteppingClock(NOW)
    first, second = stepping.now(), stepping.now()
    assert second > first == NOW
