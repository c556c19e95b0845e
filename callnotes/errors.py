"""Errors that are the environment's or the user's fault, shown to a person as plain sentences.

Anything else that escapes is a bug and is reported as such.
"""


class CallnotesError(Exception):
    """A problem the user can act on; `str()` says what is wrong and what is expected."""


class DataFolderError(CallnotesError):
    """The data folder cannot be created or written."""


class DatabaseError(CallnotesError):
    """The database file is unreadable, corrupt, or from a newer version."""


class InputError(CallnotesError):
    """A value typed or imported by the user was refused."""


class NotFoundError(CallnotesError):
    """A debtor, invoice or interaction that was asked for does not exist."""


class LockedError(CallnotesError):
    """An attempt to change or delete part of the locked record."""
