"""Fewer C heaps in the desk process: its threads (the lanes, the loader) share two.

The C library on Linux (glibc) gives each thread that allocates its own heap ("arena"), up to eight per
processor, and memory freed in one is not reused by another: with the agenda, the record check and a
backup running on different lanes at once, the desk's peak memory was some 6 MB higher than with two
arenas (benchmarks/run.py --only memory_peak). The lanes take turns on Python's lock anyway, so they
gain little from heaps of their own. Elsewhere (macOS, Windows, another C library) nothing is done.
"""

from __future__ import annotations

import ctypes
import sys

M_ARENA_MAX = -8  # mallopt's parameter for the most arenas (glibc's malloc.h)
ARENAS = 2


def share_malloc_arenas() -> None:
    """Let the threads started from now on share ARENAS heaps (glibc on Linux only; call it before
    starting them)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the process runs on (no search for it)
    except (OSError, AttributeError):  # another C library: its own allocator, left as it is
        return
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    mallopt(M_ARENA_MAX, ARENAS)
