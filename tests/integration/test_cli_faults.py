"""Hostile input on the command line, run as a user runs it: every refusal is one line on stderr, exit
status 2 for a usage error and 1 otherwise, never a traceback; files are written only onto regular
files, owner-only; a zero-byte database is refused and left as it is."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.test_cli import callnotes

HUGE = "99999999999999999999"
LONG = "x" * 100_000


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the example data, a FIFO and a plain file in it (shared: every case below
    is refused, so none changes it)."""
    folder = tmp_path_factory.mktemp("faults")
    assert callnotes(folder, "demo").returncode == 0
    os.mkfifo(folder / "fifo")
    (folder / "afile").write_text("x")
    return folder


USAGE = [  # not used as documented: exit 2
    ("verify", "--debtro", "1"),
    ("packet", "--debtor", "1"),
    ("invoice", "frobnicate"),
]


REFUSED = [  # refused values and places: exit 1
    ("verify", "--debtor", HUGE),
    ("verify", "--debtor", "-1"),
    ("debtor", "show", HUGE),
    ("debtor", "show", "0"),
    ("debtor", "edit", HUGE, "--name", "x"),
    ("person", "remove", HUGE),
    ("payment", "reverse", "--debtor", "1", "--payment", HUGE, "--reason", "x"),
    ("packet", "--debtor", HUGE, "--out", "{data}/p.pdf"),
    ("packet", "--debtor", "1", "--out", ""),
    ("debtors", "--as-of", "9999-12-31"),
    ("debtor", "show", "1", "--as-of", "0001-01-01"),
    ("packet", "--debtor", "1", "--out", "{data}/p.pdf", "--from", "0001-01-01"),
    ("packet", "--debtor", "1", "--out", "{data}/p.pdf", "--as-of", "9999-12-31"),  # interest not owed yet
    ("invoice", "add", "--debtor", "1", "--number", "Z", "--issued", "2026-01-01", "--due", "9999-12-31"),
    ("payment", "add", "--debtor", "1", "--date", "0001-01-01", "--amount", "1"),
    ("--data-dir", "", "info"),
    ("--database-url", "", "info"),
    ("packet", "--debtor", "1", "--out", "{data}/afile/x.pdf"),
    ("packet", "--debtor", "1", "--out", "{data}/missing/x.pdf"),
    ("packet", "--debtor", "1", "--out", "{data}"),
    ("packet", "--debtor", "1", "--out", "{data}/fifo"),
    ("packet", "--debtor", "1", "--out", "/dev/full"),
    ("--database-url", "garbage", "info"),
    ("--database-url", "foo://x/y", "info"),
    ("--database-url", "postgresql+nosuchdriver://u@h/db", "info"),
    ("--database-url", "sqlite:///{data}/afile/x.sqlite3", "info"),
    ("payment", "reverse", "--debtor", "1", "--payment", "1", "--reason", LONG),
    ("invoice", "add", "--debtor", "1", "--number", "Z", "--issued", "2026-01-01", "--amount", "9" * 30),
    ("payment", "add", "--debtor", "1", "--date", "2026-01-01", "--amount", "1", "--reference", LONG),
    ("debtor", "add", "--name", LONG),
    ("debtor", "add", "--name", "x", "--address", LONG),
    ("debtor", "archive", "1", "--reason", LONG),
    ("creditor", "set", "--name", "x", "--signer", LONG),
    ("agreement", "add", "--debtor", "1", "--signed-on", "2026-01-01", "--terms", LONG),
    ("agreement", "add", "--debtor", "1", "--signed-on", "2026-01-01", "--late-fee", "9" * 30),
    ("import", "/dev/zero"),
    ("import", "{data}/fifo"),
]


def _run(demo: Path, args: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    return callnotes(demo, *(arg.replace("{data}", str(demo)) for arg in args))


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr[-500:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("callnotes: "), result.stderr[-500:]
    assert len(lines[0]) < 1200
    return lines[0]


@pytest.mark.parametrize("args", USAGE, ids=lambda args: " ".join(a[:20] for a in args))
def test_a_usage_error_is_one_line_and_exit_2(demo: Path, args: tuple[str, ...]) -> None:
    result = _run(demo, args)
    assert result.returncode == 2, result.stderr
    _one_line(result)


@pytest.mark.parametrize("args", REFUSED, ids=lambda args: " ".join(a[:20] for a in args))
def test_a_refusal_is_one_line_and_exit_1(demo: Path, args: tuple[str, ...]) -> None:
    result = _run(demo, args)
    assert result.returncode == 1, result.stderr
    line = _one_line(result)
    if args[-2] == "--out" and args[2] == "1":  # a place refused: named
        assert args[-1].replace("{data}", str(demo)) in line


def test_bytes_that_are_not_text_are_a_usage_error(demo: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "callnotes", "--data-dir", str(demo), "debtor", "add", "--name", b"\xff\xfe"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "not valid text" in _one_line(result)


def test_refused_outputs_leave_the_fifo_and_the_device_as_they_were(demo: Path) -> None:
    assert _run(demo, ("packet", "--debtor", "1", "--out", "{data}/fifo")).returncode == 1
    assert stat.S_ISFIFO(os.lstat(demo / "fifo").st_mode)
    if Path("/dev/full").exists():
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    assert not [p for p in demo.iterdir() if p.name.endswith(".partial")]


def test_a_packet_is_written_owner_only_over_a_readable_one(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    out.write_bytes(b"an older packet")
    out.chmod(0o644)
    result = callnotes(demo, "packet", "--debtor", "1", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KB file system (tmpfs); skipped where mounting is not allowed."""
    mount = tmp_path / "small"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode:
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_packet_onto_a_full_disk_is_one_line_and_leaves_nothing(demo: Path, full_disk: Path) -> None:
    result = callnotes(demo, "packet", "--debtor", "1", "--out", str(full_disk / "packet.pdf"))
    assert result.returncode == 1
    assert "the disk is full" in _one_line(result)
    assert list(full_disk.iterdir()) == []


def test_a_zero_byte_database_is_refused_and_left_empty(tmp_path: Path) -> None:
    database = tmp_path / "callnotes.sqlite3"
    database.touch()
    result = callnotes(tmp_path, "info")
    assert result.returncode == 1
    assert "empty (0 bytes)" in _one_line(result)
    assert database.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["callnotes.sqlite3"]


def test_a_foreign_file_given_as_a_sqlite_url_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.txt"
    foreign.write_text("my shopping list\n" * 100)
    result = callnotes(tmp_path / "data", "--database-url", f"sqlite:///{foreign}", "info")
    assert result.returncode == 1
    assert "cannot be read as a callnotes database" in _one_line(result)
    assert foreign.read_text() == "my shopping list\n" * 100


def test_a_new_database_from_a_sqlite_url_is_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "team.sqlite3"
    result = callnotes(tmp_path / "data", "--database-url", f"sqlite:///{target}", "info", "--json")
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if ".new-" in p.name]


def test_a_packet_that_cannot_be_written_whole_leaves_none_of_its_files(
    demo: Path, full_disk: Path, tmp_path: Path
) -> None:
    out = tmp_path / "filing.pdf"  # written first, then the split files fill the disk
    result = callnotes(
        demo, "packet", "--debtor", "1", "--out", str(out), "--split", str(full_disk / "split")
    )
    assert result.returncode == 1
    assert "the disk is full" in _one_line(result)
    assert not out.exists() and list(full_disk.iterdir()) == []
