"""callnotes: notes and records for getting paid by phone."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    # importlib.metadata imports email, zipfile and csv (tens of milliseconds): only when asked for
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("callnotes")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "0.0.0+checkout"


def __getattr__(name: str) -> str:
    """`callnotes.__version__`, read from the installed package's metadata the first time it is asked for."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'callnotes' has no attribute {name!r}")
