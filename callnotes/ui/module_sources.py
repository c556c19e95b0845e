"""Keeping PySide6 from holding the source of every module the window imports.

PySide6 asks of each module imported after it whether the module uses PySide6 (for its opt-in
`from __feature__ import ...` switches, which callnotes does not use), and answers with
`inspect.getsource(module)`: that leaves the whole source of every module in `linecache` for the life
of the process — some 250 files and 10 MB of the window's memory. `answer_from_files` makes it ask the
module's file instead, read and let go: the same answer (whether the text "PySide6" is in the source),
nothing kept. A module without a plain source file is asked as PySide6 asks it.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

import shiboken6  # noqa: F401 (it loads PySide6's import check, shibokensupport.feature)

MARK = "_callnotes_from_files"


def answer_from_files() -> None:
    """Have PySide6's import check read each module's file instead of caching its lines (once; nothing
    is changed if this PySide6 has no such check)."""
    feature: Any = sys.modules.get("shibokensupport.feature")
    asks = getattr(feature, "_mod_uses_pyside", None)
    if asks is None or getattr(asks, MARK, False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(asks(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(asks(module))

    setattr(uses_pyside, MARK, True)
    feature._mod_uses_pyside = uses_pyside
