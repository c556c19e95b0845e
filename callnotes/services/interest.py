"""Interest with its working for one debtor: the reference-rate table, and the figures on a day.

The rate table ships in resources/rates/reference-rates.csv; a copy in the data folder
(`AppPaths.reference_rates`) replaces it, so the user can add a half-year before callnotes ships it.
A row that cannot be read is an InputError naming the file and the line, never a guess.

`interest_of(account, paths, as_of)` is what the facts panel, the command line, the letters and the
packet call on the account they have read; `debtor_interest` reads the account first.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from callnotes.domain.account import Account
from callnotes.domain.interest import DebtorInterest, HalfYearRate, RateTableError
from callnotes.domain.interest import debtor_interest as interest_on
from callnotes.errors import InputError
from callnotes.paths import AppPaths
from callnotes.resources import resource

if TYPE_CHECKING:
    from sqlmodel import Session

HEADER = ("half_year_start", "reference_rate_percent", "source")
_PERCENT = re.compile(r"-?\d{1,2}(\.\d{1,2})?")  # 2.15, 4, 0.00: at most two decimals (whole basis points)


def shipped_rates() -> Path:
    """The rate table that comes with callnotes."""
    return resource("rates", "reference-rates.csv")


def rates_file(paths: AppPaths) -> Path:
    """The table in use: the user's copy in the data folder when there is one, else the shipped one."""
    return paths.reference_rates if paths.reference_rates.is_file() else shipped_rates()


def load_rates(paths: AppPaths) -> tuple[HalfYearRate, ...]:
    """The reference rates in use (see `rates_file`), oldest first; InputError when a row is broken."""
    return read_rates(rates_file(paths))


def _refused(path: Path, line: int | None, detail: str) -> InputError:
    where = f"{path}, line {line}" if line else str(path)
    return InputError(
        f"The reference-rate table {where}: {detail}. Fix it, or delete it to use the table callnotes ships.",
        field="reference_rates",
        problem="rate_file",
        values={"file": str(path), "line": line or 0, "detail": detail},
    )


def read_rates(path: Path) -> tuple[HalfYearRate, ...]:
    """The rows of one rate table (comments start with #; a header names the columns), oldest first.

    Raises InputError naming the file and the line: an unreadable file, a missing header, a date that
    is not 1 January or 1 July, a rate that is not a percent with at most two decimals, a half-year
    given twice, or no rows at all.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise _refused(path, None, f"it cannot be read as UTF-8 text ({exc})") from exc
    rows: dict[date, HalfYearRate] = {}
    header_seen = False
    reader = csv.reader(text.splitlines())
    try:
        for row in reader:
            line = reader.line_num
            if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
                continue
            cells = [cell.strip() for cell in row]
            if not header_seen:
                if tuple(cells[:3]) != HEADER:
                    raise _refused(path, line, f"the first row must name the columns {','.join(HEADER)}")
                header_seen = True
                continue
            if len(cells) < 2:
                raise _refused(path, line, "a row needs a date and a rate")
            rate = _row(path, line, cells)
            if rate.starts_on in rows:
                raise _refused(path, line, f"the half-year {rate.starts_on.isoformat()} is given twice")
            rows[rate.starts_on] = rate
    except csv.Error as exc:
        raise _refused(path, reader.line_num, f"it is not valid CSV ({exc})") from exc
    if not rows:
        raise _refused(path, None, "it has no rates")
    return tuple(rows[day] for day in sorted(rows))


def _row(path: Path, line: int, cells: Sequence[str]) -> HalfYearRate:
    try:
        starts_on = date.fromisoformat(cells[0])
    except ValueError:
        starts_on = None
    if starts_on is None or len(cells[0]) != 10 or starts_on.day != 1 or starts_on.month not in (1, 7):
        raise _refused(path, line, f"“{cells[0]}” is not a half-year's first day (YYYY-01-01 or YYYY-07-01)")
    if not _PERCENT.fullmatch(cells[1]):
        raise _refused(path, line, f"“{cells[1]}” is not a rate in percent such as 2.15")
    basis_points = int(Decimal(cells[1]) * 100)
    return HalfYearRate(starts_on, basis_points, cells[2] if len(cells) > 2 else "")


def interest_of(account: Account, paths: AppPaths, as_of: date) -> DebtorInterest:
    """The debtor's interest with its working on `as_of`; the rate table is read only when the
    debtor's statutory switch is on (InputError when it is broken)."""
    rates = load_rates(paths) if account.debtor.statutory_interest else ()
    try:
        return interest_on(account, rates, as_of)
    except RateTableError as exc:  # read_rates refuses an empty table first; kept for safety
        raise _refused(rates_file(paths), None, str(exc)) from exc


def debtor_interest(session: Session, paths: AppPaths, debtor_id: int, as_of: date) -> DebtorInterest:
    """Every late invoice's contractual and statutory interest and compensation for one debtor on
    `as_of`, each with its lines of working; totals in `DebtorInterest`, and what is claimed on top of
    the balance in `DebtorInterest.claimed_extra_minor`. NotFoundError for an unknown debtor, InputError
    for a broken rate table."""
    from callnotes.store.account import read_account  # here: the window's process reads shipped_rates

    return interest_of(read_account(session, debtor_id), paths, as_of)
