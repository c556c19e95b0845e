"""The command line, run as a user runs it: a separate process on a temporary data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Balances of the example data, computed by hand (simple interest, actual/365, from the day after
# the due date, each stretch of constant principal rounded to the cent; the Spanish agreement adds 40 €
# per overdue invoice; the Greek one sets no rate: its statutory interest is claimed apart, see
# `callnotes interest`). They hold on any date because the example data is dated relative to today.
EXPECTED = {
    "Construcciones Núñez Peña S.L.": (474461, "4.744,61\xa0€", "EUR", 130),
    "Παπαδόπουλος & Σια Ο.Ε.": (464500, "4.645,00\xa0€", "EUR", 95),
    "Hartley Print & Sign LLC": (423812, "$4,238.12", "USD", 45),
}


def callnotes(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "callnotes", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def test_demo_then_debtors_json_gives_three_debtors_with_correct_balances(tmp_path: Path) -> None:
    assert callnotes(tmp_path, "demo").returncode == 0
    result = callnotes(tmp_path, "debtors", "--json")
    assert result.returncode == 0, result.stderr
    debtors = {d["name"]: d for d in json.loads(result.stdout)}
    assert set(debtors) == set(EXPECTED)
    for name, (minor, formatted, currency, oldest) in EXPECTED.items():
        d = debtors[name]
        assert isinstance(d["id"], int)
        assert (d["balance_minor"], d["balance"], d["currency"], d["oldest_days_overdue"]) == (
            minor,
            formatted,
            currency,
            oldest,
        )


def test_demo_twice_is_refused_without_touching_the_data(tmp_path: Path) -> None:
    assert callnotes(tmp_path, "demo").returncode == 0
    before = callnotes(tmp_path, "debtors", "--json").stdout
    again = callnotes(tmp_path, "demo")
    assert again.returncode == 1
    assert "only loaded into an empty database" in again.stderr
    assert callnotes(tmp_path, "debtors", "--json").stdout == before


def test_info_json_reports_folder_revision_and_counts(tmp_path: Path) -> None:
    callnotes(tmp_path, "demo")
    result = callnotes(tmp_path, "info", "--json")
    info = json.loads(result.stdout)
    assert info["data_dir"] == str(tmp_path)
    assert info["schema_revision"]
    assert info["counts"]["debtors"] == 3 and info["counts"]["journal_entries"] > 0
    lines = callnotes(tmp_path, "info").stdout.splitlines()
    assert "payment reversals 0" in lines and "debtors          3" in lines  # each count apart from its name
    shown = callnotes(tmp_path, "debtor", "show", "1").stdout.splitlines()
    street = next(n for n, line in enumerate(shown) if line.startswith("  address: "))
    # the address's second line under its first
    assert shown[street + 1].startswith(" " * len("  address: ") + shown[street + 1].strip()[:1])


def test_version() -> None:
    result = subprocess.run([sys.executable, "-m", "callnotes", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("callnotes ")


def test_a_corrupt_database_is_an_error_on_stderr_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "callnotes.sqlite3").write_bytes(b"\x00garbage" * 1000)
    result = callnotes(tmp_path, "debtors")
    assert result.returncode == 1
    assert "cannot be read as a callnotes database" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_date_argument_names_the_expected_format(tmp_path: Path) -> None:
    result = callnotes(tmp_path, "debtors", "--as-of", "31/02/2026")
    assert result.returncode == 1  # a refused value, with one line
    assert "YYYY-MM-DD" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display detection is for Linux")
def test_without_a_screen_the_gui_says_so_and_names_headless_commands(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        [sys.executable, "-m", "callnotes", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env={k: v for k, v in environment.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")},
        timeout=60,
    )
    assert result.returncode == 1
    assert "no screen" in result.stderr and "callnotes demo" in result.stderr
    assert "Traceback" not in result.stderr
