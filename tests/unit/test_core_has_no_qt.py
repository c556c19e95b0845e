"""Architecture rule 1: the core never imports Qt (checked in a clean interpreter).

The core is every module of the package except the interface (`callnotes.ui`), its composition root
(`callnotes.app`) and `__main__`; the modules are found by walking the package, not listed by hand.
"""

import pkgutil
import subprocess
import sys

import callnotes

NOT_CORE = ("callnotes.ui", "callnotes.app", "callnotes.__main__")


def core_modules() -> list[str]:
    """Every importable module of the package outside the interface."""
    found = [m.name for m in pkgutil.walk_packages(callnotes.__path__, "callnotes.")]
    return sorted(name for name in found if not name.startswith(NOT_CORE))


def test_the_core_is_found_by_walking_the_package() -> None:
    modules = core_modules()
    for expected in ("callnotes.store.account", "callnotes.services.desk", "callnotes.export.exhibits"):
        assert expected in modules
    assert not any(name.startswith("callnotes.ui") for name in modules)


def test_core_modules_import_without_pyside6() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
