"""The desk's threads share two C heaps (glibc): counted by glibc's own malloc_info, in fresh processes."""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc", reason="glibc's arenas"
)

# Six threads each hold blocks above Python's small-object limit (so they come from the C heap), all at
# once; then glibc describes its heaps ("<heap nr=") into a file.
SCRIPT = """
import ctypes, sys, threading
from callnotes.services.malloc_arenas import share_malloc_arenas
if sys.argv[1] == "shared":
    share_malloc_arenas()
together = threading.Barrier(6)
def work():
    held = [bytes(4096) for _ in range(64)]
    together.wait()
threads = [threading.Thread(target=work) for _ in range(6)]
for t in threads: t.start()
for t in threads: t.join()
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
stream = libc.fopen(sys.argv[2].encode(), b"w")
libc.malloc_info(0, ctypes.c_void_p(stream))
libc.fclose(ctypes.c_void_p(stream))
"""


def heaps(tmp_path: Path, how: str) -> int:
    out = tmp_path / f"{how}.xml"
    subprocess.run([sys.executable, "-c", SCRIPT, how, str(out)], check=True, timeout=60)
    return out.read_text().count("<heap nr=")


def test_the_threads_share_two_heaps_where_they_would_each_have_one(tmp_path: Path) -> None:
    assert heaps(tmp_path, "own") > 2  # glibc's way: a heap for each new thread
    assert heaps(tmp_path, "shared") <= 2
