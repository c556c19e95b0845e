"""Writing a file for the user (callnotes.files): whole or not at all, owner-only, only onto a regular
file; every refusal names the path and leaves nothing behind."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from callnotes.files import OutputError, check_output, stage_output, write_output


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        written = write_output(tmp_path / "packet.pdf", b"%PDF-1.7 data", what="packet")
    finally:
        os.umask(old)
    assert written == tmp_path / "packet.pdf"
    assert written.read_bytes() == b"%PDF-1.7 data"
    assert _mode(written) == 0o600
    assert _leftovers(tmp_path) == []


def test_an_existing_readable_file_is_replaced_by_an_owner_only_one(tmp_path: Path) -> None:
    target = tmp_path / "packet.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_output(target, lambda file: file.write(b"new") and None)
    assert target.read_bytes() == b"new" and _mode(target) == 0o600


def test_a_link_to_a_file_writes_that_file(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    (tmp_path / "link.pdf").symlink_to(real)
    assert write_output(tmp_path / "link.pdf", b"new") == real
    assert real.read_bytes() == b"new" and (tmp_path / "link.pdf").is_symlink()


def test_a_fifo_is_refused_without_being_opened_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="named pipe") as caught:
        write_output(fifo, b"data")  # opening it would wait for a reader forever
    assert str(fifo) in str(caught.value)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_device_and_a_link_to_it_are_refused_and_left_a_device(tmp_path: Path) -> None:
    (tmp_path / "to-full").symlink_to("/dev/full")
    for target in (Path("/dev/full"), tmp_path / "to-full"):
        with pytest.raises(OutputError, match="a device"):
            write_output(target, b"data")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("", "No file name"),
        (".", "a folder"),
        ("sub", "a folder"),
        ("sub/", "a folder"),
        ("afile/x.pdf", "is a file, not a folder"),
        ("missing/x.pdf", "does not exist"),
        ("dangling.pdf", "a link to nothing"),
        ("x" * 300 + ".pdf", "the name is too long"),
    ],
)
def test_places_that_cannot_hold_the_file_are_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, expected: str
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "afile").write_text("x")
    (tmp_path / "dangling.pdf").symlink_to(tmp_path / "nowhere")
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    for check in (check_output, lambda path: write_output(path, b"data")):
        with pytest.raises(OutputError, match=expected) as caught:
            check(name)
        assert "\n" not in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_full_disk_leaves_the_old_file_and_no_partial_one(tmp_path: Path) -> None:
    target = tmp_path / "packet.pdf"
    target.write_bytes(b"the packet of last week")

    def fills_the_disk(file: BinaryIO) -> None:
        file.write(b"half a packet")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(OutputError, match="the disk is full") as caught:
        write_output(target, fills_the_disk, what="packet")
    assert str(target) in str(caught.value) and "packet" in str(caught.value)
    assert target.read_bytes() == b"the packet of last week"
    assert _leftovers(tmp_path) == []


def test_a_cancelled_write_is_raised_as_it_is_and_leaves_nothing(tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def cancelled(file: BinaryIO) -> None:
        file.write(b"some pages")
        raise Cancelled

    with pytest.raises(Cancelled):
        write_output(tmp_path / "packet.pdf", cancelled)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KB file system (tmpfs), mounted for the test; skipped where mounting is not allowed."""
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


def test_on_a_really_full_disk_nothing_is_left(small_disk: Path) -> None:
    with pytest.raises(OutputError, match="the disk is full"):
        write_output(small_disk / "packet.pdf", os.urandom(256 * 1024))
    assert list(small_disk.iterdir()) == []


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder no file can be created in: a read-only mount as root (who ignores permissions), else
    a folder without write permission."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro", "tmpfs", str(folder)], capture_output=True)
    if result.returncode:
        pytest.skip("mounting a read-only tmpfs was not allowed")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_read_only_folder_is_refused_in_words(read_only_folder: Path) -> None:
    with pytest.raises(OutputError, match=r"read-only|may not write") as caught:
        write_output(read_only_folder / "packet.pdf", b"data")
    assert str(read_only_folder / "packet.pdf") in str(caught.value)


def test_a_staged_file_changes_nothing_until_it_is_committed(tmp_path: Path) -> None:
    target = tmp_path / "packet.pdf"
    target.write_bytes(b"old")
    staged = stage_output(target, b"new", what="packet")
    assert target.read_bytes() == b"old" and len(_leftovers(tmp_path)) == 1
    staged.discard()
    assert target.read_bytes() == b"old" and _leftovers(tmp_path) == []
    assert stage_output(target, b"new", what="packet").commit() == target
    assert target.read_bytes() == b"new" and _mode(target) == 0o600 and _leftovers(tmp_path) == []
