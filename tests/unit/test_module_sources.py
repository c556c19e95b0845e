"""PySide6's import check answers from the module's file: the same answer, no source kept in linecache."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import callnotes.ui  # noqa: F401 (installs the check)


def test_modules_imported_after_pyside_are_told_apart_without_keeping_their_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules["shibokensupport.feature"]
    (tmp_path / "cn_uses_qt.py").write_text("from PySide6.QtCore import QObject\n\nBASE = QObject\n")
    (tmp_path / "cn_plain.py").write_text("ANSWER = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("cn_uses_qt", "cn_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # as an import statement does: through the hook PySide6 puts on imports
        monkeypatch.delitem(sys.modules, name)
    assert feature.pyside_feature_dict["cn_uses_qt"] == 0  # a module that uses PySide6: features off
    assert feature.pyside_feature_dict["cn_plain"] == -1  # one that does not: ignored
    kept = {str(tmp_path / "cn_uses_qt.py"), str(tmp_path / "cn_plain.py")}
    assert not kept & set(linecache.cache)
