"""Nothing typed is lost when the app is killed: the crash soak with nine kills, six of them inside write
transactions (the long soak is `make bench`)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

SOAK = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_soak.py"


@pytest.mark.slow
def test_nine_kills_lose_no_line_and_keep_the_record_intact() -> None:
    result = subprocess.run(
        [sys.executable, str(SOAK), "--runs", "9", "--seed", "7"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    said = result.stdout.strip().splitlines()
    report = result.stdout[-2000:] + result.stderr[-2000:]
    assert re.fullmatch(r"crash soak: 9 kills, 0 lines lost, integrity ok", said[-1]), report
    # the kills take turns: at a random moment, just before a commit, just after one
    assert "kills inside write transactions: 6 (3 before commit, 3 after)" in said, report
    checked = next(line for line in said if line.startswith("half-typed lines checked:"))
    assert int(checked.rsplit(" ", 1)[1]) > 0, report  # half-typed text was checked, not only lines
