"""Find the files callnotes ships beside its code: `resources/` (fonts, translations, prompts) and the
journal checker from `docs/`, in a checkout, an installed wheel or a frozen bundle.

The frozen bundle (packaging/pyinstaller) is made from the unpacked wheel, so it holds them where the
wheel does, beside the code in `callnotes/_data`: one lookup serves all three."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def install_root() -> Path:
    """The folder holding `resources/` and `docs/`: the bundle, the installed package's data, or the checkout."""
    package = Path(__file__).resolve().parent
    candidates = [package / "_data", package.parent]  # a wheel or a bundle (see setup.py), then a checkout
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
