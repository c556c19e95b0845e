"""What every command shares: strict readers of dates, amounts and rates, output, and the login."""

from __future__ import annotations

import argparse
import getpass
import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import NoReturn

from callnotes.domain.money import minor_digits, to_minor
from callnotes.errors import InputError

_AMOUNT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Parser(argparse.ArgumentParser):
    """An argument parser whose refusals are one line on stderr and exit status 1, like every other
    refused input of the command line."""

    def error(self, message: str) -> NoReturn:
        print(f"callnotes: {message} (see `{self.prog} --help`)", file=sys.stderr)
        sys.exit(1)


def iso_date(text: str) -> date:
    """A day written YYYY-MM-DD that exists (2026-02-31 is refused, never moved)."""
    try:
        if not _ISO_DAY.fullmatch(text.strip()):
            raise ValueError(text)
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a date; expected YYYY-MM-DD, e.g. 2026-11-29"
        ) from exc


def amount(text: str, currency: str, what: str = "amount") -> int:
    """An amount written with a dot for decimals ("1234.56"), in minor units of `currency`."""
    stripped = text.strip()
    if not _AMOUNT.fullmatch(stripped):
        raise InputError(
            f"“{text}” is not an {what}; write it with a dot for decimals and no grouping, e.g. 1234.56."
        )
    decimals = len(stripped.partition(".")[2])
    if decimals > minor_digits(currency):
        raise InputError(f"“{text}” has more decimals than {currency} allows ({minor_digits(currency)}).")
    return to_minor(Decimal(stripped), currency)


def percent(text: str) -> int:
    """A yearly rate in percent ("8" or "8.25") as basis points."""
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
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print("\n".join(lines))


def login() -> str:
    """The computer's login, which signs entries until the user gives their name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
