"""Writing a file for the user (a packet, an export, a report): whole or not at all, owner-only, and
only onto a regular file.

Everything callnotes hands to the user goes through `write_output`. It writes into a temporary file
created owner-only (0600) in the target's own folder, flushes it to the disk, and only then renames
it over the target, so a failure (a full disk, a cancelled export, a crash) leaves either the old
file or none, never half of one. A target that is not a regular file (a FIFO, a device such as
/dev/full, a folder, or a link to one of them) is refused without being opened: renaming onto it
would replace the device or the pipe with a PDF, and opening a FIFO would wait for a reader forever.
Files that belong together (a packet's copies) are written in two phases: `stage_output` each, then
`commit` them all, so that one that cannot be written leaves every old file as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from callnotes.errors import WordedError

Writer = Callable[[BinaryIO], None]

# What the system's error codes mean for someone choosing where to save a file.
_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "you may not write there",
    errno.EPERM: "you may not write there",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EISDIR: "it is a folder",
}


class OutputError(WordedError):
    """A file could not be written where the user asked; nothing was left behind."""


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0) or exc.strerror or type(exc).__name__


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _checked_target(path: Path, what: str) -> Path:
    """The file to replace: `path`, or the regular file a link at `path` points to. Refuses anything
    that is not a regular file, without opening it."""
    try:
        found = os.stat(path)  # follows links: a link to a file is written through to that file
    except FileNotFoundError:
        if path.is_symlink():  # a dangling link: the user meant its target, which may not exist
            raise OutputError(f"Cannot write the {what} to {path}: it is a link to nothing.") from None
        return path
    except OSError as exc:
        raise OutputError(f"Cannot write the {what} to {path}: {_reason(exc)}.") from exc
    if not stat.S_ISREG(found.st_mode):
        raise OutputError(
            f"Cannot write the {what} to {path}: it is {_kind(found.st_mode)}, not a file. "
            "Choose a file name in a folder."
        )
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _folder(target: Path, what: str) -> Path:
    folder = target.parent
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        raise OutputError(
            f"Cannot write the {what} to {target}: the folder {folder} does not exist.",
            problem="no_parent",
            values={"path": str(folder)},
        ) from None
    except OSError as exc:
        raise OutputError(f"Cannot write the {what} to {target}: {_reason(exc)}.") from exc
    if not stat.S_ISDIR(info.st_mode):
        raise OutputError(f"Cannot write the {what} to {target}: {folder} is a file, not a folder.")
    return folder


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); other systems have no folder handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def check_output(path: str | os.PathLike[str], *, what: str = "file") -> Path:
    """Refuse at once a place `write_output` would refuse (before minutes spent building the content);
    returns the file that would be written."""
    if not str(path).strip():
        raise OutputError(f"No file name was given for the {what}.")
    given = Path(path)
    if str(path).endswith(os.sep) or (os.altsep and str(path).endswith(os.altsep)):
        raise OutputError(f"Cannot write the {what} to {given}: it names a folder; add a file name.")
    target = _checked_target(given, what)
    _folder(target, what)
    return target


@dataclass(frozen=True)
class StagedOutput:
    """A file written in full beside its target (phase one of a two-phase write), not yet in its place."""

    target: Path
    temporary: Path
    what: str

    def commit(self) -> Path:
        """Phase two: rename the temporary over the target (the old file, if any, is replaced at once);
        OutputError, with the temporary removed, if it cannot be."""
        try:
            _checked_target(self.target, self.what)  # it may have changed meanwhile (a FIFO made there)
            os.replace(self.temporary, self.target)
        except BaseException as exc:
            self.discard()
            if isinstance(exc, OSError):
                raise OutputError(f"Cannot write the {self.what} to {self.target}: {_reason(exc)}.") from exc
            raise
        sync_folder(self.target.parent)
        return self.target

    def discard(self) -> None:
        """Remove the temporary; the target keeps whatever it held."""
        with contextlib.suppress(OSError):
            os.unlink(self.temporary)


def stage_output(
    path: str | os.PathLike[str], content: bytes | Writer, *, what: str = "file"
) -> StagedOutput:
    """Phase one of writing `content` to `path`: a temporary file, owner-only, in the target's folder,
    written and flushed to the disk; the target is not touched. `commit()` puts it in place, `discard()`
    removes it. Several files staged first and committed after are all written or none is (a full disk
    fails while staging, when no target has changed yet). Raises as `write_output` does."""
    target = check_output(path, what=what)
    folder = target.parent
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name[:100]}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise OutputError(f"Cannot write the {what} to {target}: {_reason(exc)}.") from exc
    try:
        with os.fdopen(fd, "wb") as file:
            if isinstance(content, bytes):
                file.write(content)
            else:
                content(file)
            file.flush()
            os.fsync(file.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise OutputError(f"Cannot write the {what} to {target}: {_reason(exc)}.") from exc
        raise
    return StagedOutput(target, Path(temporary), what)


def write_output(path: str | os.PathLike[str], content: bytes | Writer, *, what: str = "file") -> Path:
    """Write `content` (bytes, or a function that writes into a binary file) to `path`, owner-only.

    Returns the path written. Raises OutputError, naming the path and the reason, when the name is
    empty, the folder is missing, read-only or full, or the target is not a regular file; then
    nothing is left behind and an existing file keeps its old content. Any other exception from the
    writer (a cancelled export) also removes the temporary file and is raised as it is.
    """
    return stage_output(path, content, what=what).commit()
