"""Errors that are the environment's or the user's fault, shown to a person as plain sentences.

Anything else that escapes is a bug and is reported as such.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class CallnotesError(Exception):
    """A problem the user can act on; `str()` says what is wrong and what is expected."""


class DataFolderError(CallnotesError):
    """The data folder cannot be created or written."""


class DatabaseError(CallnotesError):
    """The database file is unreadable, corrupt, or from a newer version."""


class DamagedDatabaseError(DatabaseError):
    """SQLite found the database file damaged (or not a database at all): restore a backup.

    `path` is the damaged file, when it is a file.
    """

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __reduce__(self) -> tuple[Any, ...]:
        return (DamagedDatabaseError, (str(self), self.path))


class WordedError(CallnotesError):
    """A CallnotesError the window can say in its own language.

    `str()` is an English sentence for the command line; `problem` names what went wrong and `values`
    fill in its wording.
    """

    def __init__(self, message: str, *, problem: str = "", values: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.problem = problem
        self.values: dict[str, str] = dict(values or {})

    def __reduce__(self) -> tuple[Any, ...]:
        return (_worded_error, (type(self), str(self), self.problem, self.values))


def _worded_error(kind: type[WordedError], message: str, problem: str, values: dict[str, str]) -> WordedError:
    return kind(message, problem=problem, values=values)


class BackupError(WordedError):
    """A backup could not be made, or a file is not a backup that can be restored."""


class BackupFolderError(BackupError):
    """The backup folder is not there (a disk that is not connected) or cannot be written."""


class InputError(CallnotesError):
    """A value typed or imported by the user was refused.

    `str()` is an English sentence for the command line. `field` names the form field at fault and
    `problem` the rule it breaks, with `values` to fill in, so the window can say it beside the field
    in its own language.
    """

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        problem: str | None = None,
        values: Mapping[str, str | int] | None = None,
    ) -> None:
        super().__init__(message)
        self.field = field
        self.problem = problem
        self.values: dict[str, str | int] = dict(values or {})

    def __reduce__(self) -> tuple[Any, ...]:
        # Crosses to the window's process: keep the field and the problem, not only the message.
        return (_input_error, (str(self), self.field, self.problem, self.values))


def _input_error(
    message: str, field: str | None, problem: str | None, values: dict[str, str | int]
) -> InputError:
    return InputError(message, field=field, problem=problem, values=values)


class NotFoundError(CallnotesError):
    """A debtor, invoice or interaction that was asked for does not exist."""


class LockedError(CallnotesError):
    """An attempt to change or delete part of the locked record."""


class StorageError(CallnotesError):
    """The disk refused a write: it is full, read-only, or failing; nothing of that write was kept.

    `reason` is one of FULL, READ_ONLY or FAILING, so the window can say it in its own language and
    keep what was typed until the write can be tried again.
    """

    FULL = "full"
    READ_ONLY = "read-only"
    FAILING = "failing"

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        # Crosses to the window's process: keep the reason, not only the English message.
        return (_storage_error, (str(self), self.reason))


def _storage_error(message: str, reason: str) -> StorageError:
    return StorageError(message, reason=reason)


class PdfaError(CallnotesError):
    """A copy of a packet did not validate as PDF/A; nothing was written. (Here, not in export.filing:
    it crosses to the window's process, which does not load pikepdf.)"""
