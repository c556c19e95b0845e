"""Find the files callnotes ships beside its code: `resources/` (fonts, translations, prompts) and the
journal checker from `docs/`, in a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def install_root() -> Path:
    """The folder holding `resources/` and `docs/`: the bundle, the installed package's data, or the checkout."""
    package = Path(__file__).resolve().parent
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data here
    candidates = [Path(bundle)] if bundle else []
    candidates += [package / "_data", package.parent]  # an installed wheel (see setup.py), then a checkout
    for candidate in candidates:
        if (candidate / "resources" / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(f"callnotes resources not found; looked in {', '.join(map(str, candidates))}")


def resources_dir() -> Path:
    """The folder holding fonts, translations, prompts and letter templates."""
    return install_root() / "resources"


def resource(*parts: str) -> Path:
    """Path of one file under `resources/`."""
    return resources_dir().joinpath(*parts)


def shipped_document(name: str) -> Path:
    """Path of a file from `docs/` that callnotes ships (the stand-alone journal checker)."""
    return install_root() / "docs" / name
