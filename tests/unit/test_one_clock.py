"""One clock: only callnotes/clock.py asks the system for the time; everything else is handed a clock."""

from __future__ import annotations

import ast
from datetime import timedelta
from pathlib import Path

from callnotes.clock import FixedClock
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


def _aliases(tree: ast.Module) -> dict[str, str]:
    """Names bound by imports to what they import: `dt` for `from datetime import datetime as dt`."""
    bound: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            bound.update({alias.asname or alias.name: alias.name for alias in node.names})
    return bound


def system_time_reads(path: Path) -> list[str]:
    """Where a module reads the system's clock: `file:line name`, through any import or alias."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bound = _aliases(tree)
    found = []
    for node in ast.walk(tree):
        name = None
        if isinstance(node, ast.Attribute):
            owner = node.value
            if isinstance(owner, ast.Name):
                name = f"{bound.get(owner.id, owner.id).split('.')[-1]}.{node.attr}"
            elif isinstance(owner, ast.Attribute):  # datetime.datetime.now, time.time in a package
                name = f"{owner.attr}.{node.attr}"
        elif isinstance(node, ast.ImportFrom) and node.module in ("time", "datetime"):
            imported = {f"{node.module}.{alias.name}" for alias in node.names}
            name = next(iter(sorted(imported & SYSTEM_TIME)), None)
        if name in SYSTEM_TIME:
            where = path.relative_to(PACKAGE.parent) if path.is_relative_to(PACKAGE.parent) else path.name
            found.append(f"{where}:{node.lineno} {name}")
    return found


def test_the_check_sees_reads_through_packages_and_aliases(tmp_path: Path) -> None:
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text(
        "import datetime\nfrom datetime import datetime as dt\nimport time as t\n"
        "a = datetime.datetime.now()\nb = dt.now()\nc = t.time()\n",
        encoding="utf-8",
    )
    reads = system_time_reads(sneaky)
    assert [read.split()[-1] for read in reads] == ["datetime.now", "datetime.now", "time.time"]


def test_only_the_clock_module_asks_the_system_for_the_time() -> None:
    reads = [
        read
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != THE_CLOCK
        for read in system_time_reads(path)
    ]
    assert reads == []
    assert system_time_reads(THE_CLOCK)  # the check would see a read if there were one


def test_a_fixed_clock_shows_one_moment_until_moved() -> None:
    fixed = FixedClock(NOW, "America/New_York")
    assert fixed.now() == fixed.now() == NOW
    assert fixed.today() == NOW.date() and fixed.today("Pacific/Kiritimati") > NOW.date()
    fixed.advance(timedelta(hours=13))
    assert fixed.now() == NOW + timedelta(hours=13)
    assert fixed.today("UTC") == NOW.date() + timedelta(days=1) and fixed.today() == NOW.date()  # 20:00 in NY
