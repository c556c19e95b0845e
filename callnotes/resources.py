"""Find the `resources/` folder in a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding fonts, translations, prompts and letter templates."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data here
    if bundle:
        candidates.append(Path(bundle) / "resources")
    package = Path(__file__).resolve().parent
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(f"callnotes resources not found; looked in {', '.join(map(str, candidates))}")


def resource(*parts: str) -> Path:
    """Path of one file under `resources/`."""
    return resources_dir().joinpath(*parts)
