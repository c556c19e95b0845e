"""Interest with its working: worked examples computed by hand, and the rate table's file.

Every line is principal × days × rate / 365 in minor units, rounded half up; days are counted from the
day after the due date through the last day, inclusive, over a 365-day year.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from callnotes.domain.account import (
    AgreementInfo,
    Books,
    DebtorProfile,
    InvoiceInfo,
    PaymentInfo,
    statement_of,
)
from callnotes.domain.interest import DebtorInterest, HalfYearRate, debtor_interest
from callnotes.errors import InputError
from callnotes.paths import AppPaths
from callnotes.services.interest import load_rates, read_rates, shipped_rates


def _rate(start: str, percent_bp: int) -> HalfYearRate:
    return HalfYearRate(date.fromisoformat(start), percent_bp, f"ECB {start}")


RATES = (
    _rate("2024-01-01", 450),
    _rate("2024-07-01", 425),
    _rate("2025-01-01", 315),
    _rate("2025-07-01", 215),
    _rate("2026-01-01", 215),
)


def _books(
    invoices: list[tuple[str, date, int]],
    payments: list[tuple[date, str, int]] = (),  # type: ignore[assignment]
    *,
    contractual_bp: int = 0,
    statutory: bool = True,
    currency: str = "EUR",
) -> Books:
    """A debtor with these invoices (number, due date, amount) and payments (day, invoice number, amount)."""
    debtor = DebtorProfile(
        1,
        "business",
        "Ejemplo S.L.",
        None,
        "ES",
        "es",
        currency,
        "Europe/Madrid",
        "",
        "",
        "unknown",
        statutory_interest=statutory,
    )
    infos = tuple(
        InvoiceInfo(n, number, date(2020, 1, 1), due, amount, currency, "", None, "open")
        for n, (number, due, amount) in enumerate(invoices, 1)
    )
    ids = {i.number: i.id for i in infos}
    paid = tuple(
        PaymentInfo(n, day, amount, currency, "transfer", "", ((ids[number], amount),))
        for n, (day, number, amount) in enumerate(payments, 1)
    )
    agreement = AgreementInfo(1, date(2020, 1, 1), "", "", 30, contractual_bp, 0, currency)
    return Books(debtor, infos, paid, (), agreement, None)


def _lines(result: DebtorInterest, index: int = 0) -> list[tuple[date, date, int, int, int, int]]:
    return [
        (x.first_day, x.last_day, x.days, x.principal_minor, x.rate_bp, x.amount_minor)
        for x in result.invoices[index].statutory
    ]


def test_a_single_half_year() -> None:
    books = _books([("F-1", date(2025, 8, 15), 120_000)])
    result = debtor_interest(books, RATES, date(2025, 9, 29))
    # 16 Aug – 29 Sep 2025: 16 + 29 = 45 days, at 2.15 % + 8 = 10.15 %:
    # 1.200,00 € × 45 × 10.15 % / 365 = 15.0164… € → 15,02 € (1502)
    assert _lines(result) == [(date(2025, 8, 16), date(2025, 9, 29), 45, 120_000, 1015, 1502)]
    assert result.statutory_minor == 1502
    assert result.invoices[0].statutory[0].source == "ECB 2025-07-01"
    assert result.compensation_minor == 4000
    # no contractual rate: the statutory interest is claimed on top of the balance, with the 40 €
    assert result.statutory_claimed and result.claimed_extra_minor == 1502 + 4000
    assert result.contractual_minor == 0 and result.missing_rates == ()


def test_a_period_crossing_30_june_splits_into_two_rates() -> None:
    books = _books([("F-2", date(2024, 6, 15), 100_000)])
    result = debtor_interest(books, RATES, date(2024, 7, 20))
    # 16–30 June: 15 days at 4.50 + 8 = 12.50 %: 1000 € × 15 × 12.5 % / 365 = 5.1369… € → 514
    # 1–20 July: 20 days at 4.25 + 8 = 12.25 %: 1000 € × 20 × 12.25 % / 365 = 6.7123… € → 671
    assert _lines(result) == [
        (date(2024, 6, 16), date(2024, 6, 30), 15, 100_000, 1250, 514),
        (date(2024, 7, 1), date(2024, 7, 20), 20, 100_000, 1225, 671),
    ]
    assert [x.half_year for x in result.invoices[0].statutory] == [date(2024, 1, 1), date(2024, 7, 1)]
    assert result.invoices[0].statutory_minor == result.statutory_minor == 1185  # the lines add up


def test_a_leap_year_counts_29_february() -> None:
    leap = debtor_interest(_books([("F-3", date(2024, 2, 15), 100_000)]), RATES, date(2024, 3, 15))
    # 16–29 Feb 2024 (14 days, 29 Feb included) + 1–15 Mar (15) = 29 days at 12.50 %:
    # 1000 € × 29 × 12.5 % / 365 = 9.9315… € → 993
    assert _lines(leap) == [(date(2024, 2, 16), date(2024, 3, 15), 29, 100_000, 1250, 993)]
    common = debtor_interest(_books([("F-3", date(2025, 2, 15), 100_000)]), RATES, date(2025, 3, 15))
    # the same dates in 2025: 28 days at 11.15 %: 1000 € × 28 × 11.15 % / 365 = 8.5534… € → 855
    assert _lines(common) == [(date(2025, 2, 16), date(2025, 3, 15), 28, 100_000, 1115, 855)]


def test_a_part_payment_mid_period_with_a_contractual_rate() -> None:
    books = _books(
        [("F-4", date(2025, 7, 31), 200_000)], [(date(2025, 8, 21), "F-4", 50_000)], contractual_bp=800
    )
    as_of = date(2025, 9, 30)
    result = debtor_interest(books, RATES, as_of)
    # 1–20 Aug: 20 days on 2000 €; from 21 Aug (the payment's day) to 30 Sep: 11 + 30 = 41 days on 1500 €
    # statutory 10.15 %: 2000 × 20 × 10.15 % / 365 = 11.1233 → 1112; 1500 × 41 × 10.15 % / 365 = 17.1020 → 1710
    assert _lines(result) == [
        (date(2025, 8, 1), date(2025, 8, 20), 20, 200_000, 1015, 1112),
        (date(2025, 8, 21), date(2025, 9, 30), 41, 150_000, 1015, 1710),
    ]
    # contractual 8 %: 2000 × 20 × 8 % / 365 = 8.7671 → 877; 1500 × 41 × 8 % / 365 = 13.4795 → 1348
    contractual = result.invoices[0].contractual
    assert [(x.days, x.principal_minor, x.rate_bp, x.amount_minor) for x in contractual] == [
        (20, 200_000, 800, 877),
        (41, 150_000, 800, 1348),
    ]
    # the statement shows the same contractual interest: the lines add up to it
    assert result.contractual_minor == 2225 == statement_of(books, as_of).interest_minor
    # the agreement's rate governs: the statutory figure is shown, not claimed; the 40 € is claimed
    assert not result.invoices[0].statutory_claimed and result.statutory_minor == 2822
    assert result.claimed_extra_minor == 4000


def test_compensation_only_for_late_invoices() -> None:
    books = _books(
        [
            ("ON-TIME", date(2025, 8, 1), 10_000),  # paid in full on its due date
            ("NOT-DUE", date(2025, 10, 31), 10_000),  # falls due after the day
            ("PAID-LATE", date(2025, 8, 1), 36_500),  # paid in full 10 days late
            ("OPEN", date(2025, 9, 1), 10_000),  # still open
        ],
        [(date(2025, 8, 1), "ON-TIME", 10_000), (date(2025, 8, 11), "PAID-LATE", 36_500)],
    )
    result = debtor_interest(books, RATES, date(2025, 9, 30))
    assert [i.number for i in result.invoices] == ["PAID-LATE", "OPEN"]
    assert [i.compensation_minor for i in result.invoices] == [4000, 4000]
    assert result.compensation_minor == 8000 and result.late_invoices == 2
    # paid on 11 Aug: interest 2–10 Aug, 9 days: 365 € × 9 × 10.15 % / 365 = 0.9135 € → 91
    assert _lines(result, 0) == [(date(2025, 8, 2), date(2025, 8, 10), 9, 36_500, 1015, 91)]


def test_switch_off_or_not_euros_gives_nothing_statutory() -> None:
    for books in (
        _books([("F-1", date(2025, 8, 15), 120_000)], statutory=False),
        _books([("F-1", date(2025, 8, 15), 120_000)], currency="USD"),
    ):
        result = debtor_interest(books, RATES, date(2025, 9, 29))
        assert [(i.statutory, i.statutory_minor, i.compensation_minor) for i in result.invoices] == [
            ((), 0, 0)
        ]
        assert (result.statutory_minor, result.compensation_minor, result.claimed_extra_minor) == (0, 0, 0)
        assert not result.statutory_claimed
    # no rate table is needed when nothing statutory applies
    off = debtor_interest(
        _books([("F-1", date(2025, 8, 15), 120_000)], statutory=False), (), date(2025, 9, 29)
    )
    assert off.statutory_on is False and off.invoices[0].statutory == ()


def test_a_missing_half_year_takes_the_latest_earlier_rate_marked_assumed() -> None:
    table = (_rate("2025-01-01", 315),)  # the table lacks 2025-07-01
    result = debtor_interest(_books([("F-1", date(2025, 6, 20), 100_000)]), table, date(2025, 7, 10))
    lines = result.invoices[0].statutory
    # 21–30 June at 11.15 % (known): 1000 × 10 × 11.15 % / 365 = 3.0548 → 305
    # 1–10 July at 11.15 % (assumed from 2025-01-01): the same, 305
    assert [(x.days, x.rate_bp, x.amount_minor, x.rate_assumed) for x in lines] == [
        (10, 1115, 305, False),
        (10, 1115, 305, True),
    ]
    assert result.missing_rates == (date(2025, 7, 1),)
    # before the table's first row: the first rate, marked assumed and listed
    early = debtor_interest(_books([("F-0", date(2024, 12, 21), 100_000)]), table, date(2025, 1, 5))
    assert [(x.half_year, x.rate_bp, x.rate_assumed) for x in early.invoices[0].statutory] == [
        (date(2024, 7, 1), 1115, True),
        (date(2025, 1, 1), 1115, False),
    ]
    assert early.missing_rates == (date(2024, 7, 1),)


def test_the_shipped_table_reads_and_the_users_copy_replaces_it(tmp_path: Path) -> None:
    shipped = read_rates(shipped_rates())
    assert shipped[0].starts_on == date(2019, 1, 1)
    by_day = {r.starts_on: r.reference_bp for r in shipped}
    assert by_day[date(2023, 7, 1)] == 400 and by_day[date(2025, 7, 1)] == 215
    assert all(r.source for r in shipped)
    paths = AppPaths(tmp_path)
    assert load_rates(paths) == shipped
    paths.reference_rates.write_text(
        "# my own\nhalf_year_start,reference_rate_percent,source\n2026-07-01,1.90,my bank\n", encoding="utf-8"
    )
    assert load_rates(paths) == (HalfYearRate(date(2026, 7, 1), 190, "my bank"),)


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        (
            "half_year_start,reference_rate_percent,source\n2026-07-01,2.15,x\n2026-03-01,2.15,x\n",
            3,
            "half-year",
        ),
        (
            "half_year_start,reference_rate_percent,source\n# note\n2026-07-01,2,15,x\n2026-01-01,abc,x\n",
            4,
            "rate",
        ),
        ("half_year_start,reference_rate_percent,source\n2026-07-01,2.15,x\n2026-07-01,2.00,y\n", 3, "twice"),
        ("# comment\ndate,rate\n2026-07-01,2.15,x\n", 2, "columns"),
        ("half_year_start,reference_rate_percent,source\n2026-07-01\n", 2, "a date and a rate"),
    ],
)
def test_a_broken_rate_file_names_the_file_and_line(
    tmp_path: Path, content: str, line: int, words: str
) -> None:
    path = tmp_path / "reference-rates.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_rates(path)
    assert f"{path}, line {line}:" in str(refused.value) and words in str(refused.value)
    assert refused.value.values["line"] == line


def test_an_empty_rate_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "reference-rates.csv"
    path.write_text("half_year_start,reference_rate_percent,source\n", encoding="utf-8")
    with pytest.raises(InputError, match="has no rates"):
        read_rates(path)
