"""Architecture rule 1: the core never imports Qt (checked in a clean interpreter)."""

import subprocess
import sys

CORE = [
    "callnotes.domain.money",
    "callnotes.domain.ledger",
    "callnotes.domain.promises",
    "callnotes.domain.record",
    "callnotes.domain.dates",
    "callnotes.store.access",
    "callnotes.store.journal",
    "callnotes.store.migrate",
    "callnotes.services.debtors",
    "callnotes.services.interactions",
    "callnotes.services.demo",
    "callnotes.cli",
    "callnotes.launch",
]


def test_core_modules_import_without_pyside6() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
