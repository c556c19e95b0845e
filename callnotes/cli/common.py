"""What every command shares: strict readers of dates, amounts and rates, output, and the login."""

from __future__ import annotations

import argparse
import getpass
import importlib
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NoReturn

from callnotes.errors import InputError

# SQLite's and PostgreSQL's integers are 64-bit: a larger id cannot name a row and would overflow
# the driver before the query runs.
MAX_ID = 2**63 - 1
USAGE_ERROR = 2  # argparse's and the shell's convention: the command was not used as documented

_AMOUNT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def later(module: str, function: str) -> Callable[..., Any]:
    """`function` of `module`, imported when the command runs: the parsers name their commands without
    importing the store, Babel or reportlab, so `--help`, `--version` and a refused option stay quick."""

    def run(*args: Any) -> Any:
        return getattr(importlib.import_module(module), function)(*args)

    return run


class Parser(argparse.ArgumentParser):
    """An argument parser whose refusals are one line on stderr and exit status 2: the command was not
    used as documented (an unknown option, a missing value). A value that is refused (a date that does
    not exist, an id out of range) is an InputError from the readers below, and exits with 1 like every
    other refused input."""

    def error(self, message: str) -> NoReturn:
        if len(message) > 300:  # an option's value pasted by mistake is not repeated in full
            message = message[:300] + "…"
        print(f"callnotes: {message} (see `{self.prog} --help`)", file=sys.stderr)
        sys.exit(USAGE_ERROR)


def record_id(text: str) -> int:
    """The id of a debtor, person, payment… as the lists print it: a whole number from 1 to 2^63 - 1."""
    stripped = text.strip()
    if (
        not stripped.isascii()
        or not stripped.isdigit()
        or len(stripped) > 19
        or not 1 <= int(stripped) <= MAX_ID
    ):
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise InputError(f"“{shown}” is not an id; ids are whole numbers such as 1 or 42.")
    return int(stripped)


def out_file(text: str) -> str:
    """Where to write a file (--out): any path but an empty one, which would name the current folder.
    What is there is checked when the file is written (callnotes.files)."""
    if not text.strip():
        raise InputError("An empty file name was given; name the file to write.")
    return text


def out_folder(text: str) -> str:
    """A folder to write files into (--split): any path but an empty one, which would name the current
    folder. What is there is checked before anything is written (export.targets)."""
    if not text.strip():
        raise InputError("An empty folder name was given; name the folder to write the files into.")
    return text


def iso_date(text: str) -> date:
    """A day written YYYY-MM-DD that exists (2026-02-31 is refused, never moved), within the years
    callnotes keeps."""
    from callnotes.domain.dates import FIRST_DAY, LAST_DAY, in_range  # Babel: only when a date is read

    shown = text if len(text) <= 40 else text[:40] + "…"
    try:
        if not _ISO_DAY.fullmatch(text.strip()):
            raise ValueError(text)
        day = date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InputError(f"“{shown}” is not a date; expected YYYY-MM-DD, e.g. 2026-11-29.") from exc
    if not in_range(day):
        raise InputError(
            f"{day.isoformat()} is outside the years callnotes keeps ({FIRST_DAY.year} to {LAST_DAY.year})."
        )
    return day


def amount(text: str, currency: str, what: str = "amount") -> int:
    """An amount written with a dot for decimals ("1234.56"), in minor units of `currency`."""
    from callnotes.domain.money import MAX_MINOR, minor_digits, to_minor  # Babel: only when one is read

    stripped = text.strip()
    shown = text if len(text) <= 40 else text[:40] + "…"
    if not _AMOUNT.fullmatch(stripped):
        raise InputError(
            f"“{shown}” is not an {what}; write it with a dot for decimals and no grouping, e.g. 1234.56."
        )
    decimals = len(stripped.partition(".")[2])
    if decimals > minor_digits(currency):
        raise InputError(f"“{shown}” has more decimals than {currency} allows ({minor_digits(currency)}).")
    from decimal import (
        Decimal,
    )  # json and decimal: not on the way to the window (cli/__init__ imports Parser)

    minor = to_minor(Decimal(stripped), currency)
    if abs(minor) > MAX_MINOR:
        raise InputError(f"“{shown}” is larger than callnotes keeps.", problem="too_large")
    return minor


def percent(text: str) -> int:
    """A yearly rate in percent ("8" or "8.25") as basis points."""
    from decimal import Decimal

    stripped = text.strip()
    if not _AMOUNT.fullmatch(stripped) or stripped.startswith("-"):
        raise InputError(
            f"“{text}” is not a rate; write it in percent with a dot for decimals, e.g. 8 or 8.25."
        )
    points = Decimal(stripped) * 100
    if points != points.to_integral_value():
        raise InputError(f"“{text}” has more than two decimals; rates are kept to a hundredth of a percent.")
    return int(points)


def emit(as_json: bool, data: object, lines: Sequence[str]) -> None:
    """Print the result: JSON for scripts, or lines for people."""
    if as_json:
        import json

        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print("\n".join(lines))


def login() -> str:
    """The computer's login, which signs entries until the user gives their name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
