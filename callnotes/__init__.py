"""callnotes: notes and records for getting paid by phone."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("callnotes")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+checkout"
