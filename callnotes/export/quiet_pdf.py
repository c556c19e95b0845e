"""Reading PDFs that come from outside (exhibits, invoices, a witness) without pypdf's own complaints.

pypdf logs what it repairs in a damaged file ("EOF marker not found") as warnings, which would reach
the user's terminal raw, in its words; callnotes says once, in its own, what it could not read.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOGGER = logging.getLogger("pypdf")  # the parent of every pypdf module's logger
_LOCK = threading.Lock()
_readers = 0  # how many `quiet_pypdf` blocks are open, in any thread
_level = logging.NOTSET  # the logger's level before the first of them


@contextmanager
def quiet_pypdf() -> Iterator[None]:
    """pypdf logs nothing below CRITICAL inside the block; its level is put back when the last open
    block (of any thread) ends."""
    global _readers, _level
    with _LOCK:
        if _readers == 0:
            _level = _LOGGER.level
            _LOGGER.setLevel(logging.CRITICAL)
        _readers += 1
    try:
        yield
    finally:
        with _LOCK:
            _readers -= 1
            if _readers == 0:
                _LOGGER.setLevel(_level)
