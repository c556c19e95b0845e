"""Nothing typed is lost when the app is killed: the crash soak with 20 kills."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

SOAK = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_soak.py"


@pytest.mark.slow
def test_twenty_kills_lose_no_line_and_keep_the_record_intact() -> None:
    result = subprocess.run(
        [sys.executable, str(SOAK), "--runs", "20", "--seed", "7"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    last = result.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"crash soak: 20 kills, 0 lines lost, integrity ok", last), (
        result.stdout[-2000:] + result.stderr[-2000:]
    )
