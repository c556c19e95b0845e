"""`callnotes --version` and `--help` answer without loading the store, Babel, reportlab or Qt: their
parsers import only the standard library and callnotes' light modules (issue 16)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from callnotes import __version__

HEAVY = {
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "mako",
    "pygments",
    "pydantic",
    "babel",
    "phonenumbers",
    "stdnum",
    "reportlab",
    "pypdf",
    "pikepdf",
    "pypdfium2",
    "PySide6",
    "jinja2",
}


def imported_packages(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run `python -X importtime -m callnotes ARGS`: the result and the top-level packages imported."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "callnotes", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    # importtime writes "import time: self [us] | cumulative | imported package" for each module
    names = {
        line.rsplit("|", 1)[1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "callnotes" in names  # the lines were read: a changed format must not pass as "nothing heavy"
    return result, names


def test_version_imports_nothing_heavy() -> None:
    result, names = imported_packages("--version")
    assert result.returncode == 0
    assert result.stdout == f"callnotes {__version__}\n"
    assert names & HEAVY == set()


@pytest.mark.parametrize("args", [("--help",), ("packet", "--help"), ("debtor", "add", "--help")])
def test_help_imports_nothing_heavy(args: tuple[str, ...]) -> None:
    result, names = imported_packages(*args)
    assert result.returncode == 0
    assert "usage: callnotes" in result.stdout
    assert names & HEAVY == set()
