"""Start the GUI, or explain plainly why it cannot start here (no screen, missing Qt libraries)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from callnotes.resources import resource

if TYPE_CHECKING:
    from callnotes.services.backend import DeskProcess

HEADLESS_HINT = """\
Everything else works without a screen, for example:
  callnotes demo                 load example data
  callnotes debtors              who owes what
  callnotes info                 where the data lives
  callnotes --help               every command"""


def _screen_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True  # the user chose a platform (offscreen, xcb, wayland...) deliberately
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def runtime_libraries(needed_for: tuple[str, ...] = ("offscreen", "screen")) -> list[tuple[str, str]]:
    """(library, Debian package) pairs that Qt needs from the system, from
    resources/system/qt-runtime-libraries.txt (also read by the .deb's Depends: packaging/linux/deb.py)."""
    listing = resource("system", "qt-runtime-libraries.txt")
    if not listing.exists():
        return []
    pairs = []
    for line in listing.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) == 3 and not line.startswith("#") and fields[2] in needed_for:
            pairs.append((fields[0], fields[1]))
    return pairs


def missing_libraries(needed_for: tuple[str, ...] = ("offscreen", "screen")) -> list[tuple[str, str]]:
    """(library, Debian package) pairs from resources/system/qt-runtime-libraries.txt that cannot be found."""
    import ctypes.util  # here: not on the way to a window that can open

    if not sys.platform.startswith("linux"):
        return []
    return [
        (library, package)
        for library, package in runtime_libraries(needed_for)
        if ctypes.util.find_library(library.removeprefix("lib").split(".so")[0]) is None
    ]


def launch_gui(data_dir: str | None, database_url: str | None) -> int:
    """Open the main window; without a screen or Qt's libraries, say so and name the headless commands."""
    if not _screen_available():
        print(
            "callnotes: no screen here (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open.",
            file=sys.stderr,
        )
        print(HEADLESS_HINT, file=sys.stderr)
        return 1
    missing = missing_libraries() if os.environ.get("QT_QPA_PLATFORM") != "offscreen" else []
    if missing:
        packages = " ".join(sorted({package for _, package in missing}))
        print("callnotes: Qt cannot open a window: these system libraries are missing:", file=sys.stderr)
        print("  " + ", ".join(library for library, _ in missing), file=sys.stderr)
        print(
            f"On Debian or Ubuntu install them with:\n  sudo apt-get install -y {packages}", file=sys.stderr
        )
        print(HEADLESS_HINT, file=sys.stderr)
        return 1
    desk = _desk_ahead(data_dir, database_url)  # before Qt loads: it opens the data meanwhile
    from callnotes.app import run

    return run(data_dir, database_url, desk)


def _desk_ahead(data_dir: str | None, database_url: str | None) -> DeskProcess:
    """The desk process, started now where it can be forked before Qt loads (services.backend)."""
    import getpass

    from callnotes.clock import SystemClock
    from callnotes.services.backend import DeskProcess, DeskSetup

    desk = DeskProcess(DeskSetup(data_dir, database_url, SystemClock(), getpass.getuser()), start=False)
    desk.start(early=True)
    return desk
