"""`callnotes interest`: each late invoice's contractual and statutory interest, the compensation, and
the computation line by line, in English (amounts in the debtor's locale, dates ISO) or as JSON."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from callnotes.cli.common import emit, iso_date, record_id

if TYPE_CHECKING:
    from callnotes.domain.interest import DebtorInterest, InterestLine
    from callnotes.export.wording import Wording
    from callnotes.paths import AppPaths
    from callnotes.store.access import Store


def add_parsers(sub: Any) -> None:
    """Add the `interest` command."""
    command = sub.add_parser(
        "interest",
        help="each late invoice's contractual and statutory interest and compensation, with the computation",
        description="The interest a debtor owes on a day, invoice by invoice, with its working: each line "
        "is principal × days × rate / 365, rounded half up, and the lines add up to the totals. The "
        "contractual interest is the agreement's rate (it is in the balance). With the debtor's statutory "
        "switch on (EU business debts in EUR), the statutory late-payment interest (ECB reference rate + "
        "8 points, per half-year) and 40 € per late invoice: claimed on top of the balance, except the "
        "statutory interest when the agreement sets its own rate.",
    )
    command.add_argument("--debtor", type=record_id, required=True, metavar="ID", help="the debtor's id")
    command.add_argument("--as-of", dest="as_of", type=iso_date, help="the day (default: today)")
    command.add_argument("--json", action="store_true", help="amounts in minor units, dates ISO")
    command.set_defaults(run=cmd_interest)


def cmd_interest(store: Store, args: argparse.Namespace) -> int:
    from callnotes.domain.money import locale_for
    from callnotes.export.wording import SOURCE_LANGUAGE, Wording
    from callnotes.services.interest import interest_of, rates_file
    from callnotes.store.account import read_account

    as_of = args.as_of or store.clock.today()
    with store.sessions() as session:
        account = read_account(session, args.debtor)
    result, debtor = interest_of(account, store.paths, as_of), account.debtor
    data = interest_json(result, args.debtor)
    data["rates_file"] = str(rates_file(store.paths)) if result.statutory_on else None
    # English words; amounts and rates as the debtor's locale writes them
    w = Wording(SOURCE_LANGUAGE, locale_for(debtor.language, debtor.country), debtor.time_zone)
    lines = interest_lines(result, debtor.name, args.debtor, w, data["rates_file"])
    if result.missing_rates:
        lines.append(f"  {missing_rates_advice(store.paths)}")
    emit(args.json, data, lines)
    return 0


def _line_json(x: InterestLine) -> dict[str, Any]:
    return {
        "first_day": x.first_day.isoformat(),
        "last_day": x.last_day.isoformat(),
        "days": x.days,
        "principal_minor": x.principal_minor,
        "rate_bp": x.rate_bp,
        "amount_minor": x.amount_minor,
        "rate_assumed": x.rate_assumed,
        "half_year": x.half_year.isoformat() if x.half_year else None,
        "source": x.source,
    }


def interest_json(result: DebtorInterest, debtor_id: int) -> dict[str, Any]:
    """The interest as plain JSON values: amounts in minor units of `currency`, dates ISO."""
    return {
        "debtor_id": debtor_id,
        "as_of": result.as_of.isoformat(),
        "currency": result.currency,
        "statutory_on": result.statutory_on,
        "statutory_claimed": result.statutory_claimed,
        "contractual_bp": result.contractual_bp,
        "invoices": [
            {
                "number": i.number,
                "due_on": i.due_on.isoformat(),
                "principal_minor": i.principal_minor,
                "contractual": [_line_json(x) for x in i.contractual],
                "contractual_minor": i.contractual_minor,
                "statutory": [_line_json(x) for x in i.statutory],
                "statutory_minor": i.statutory_minor,
                "statutory_claimed": i.statutory_claimed,
                "compensation_minor": i.compensation_minor,
            }
            for i in result.invoices
        ],
        "contractual_minor": result.contractual_minor,
        "statutory_minor": result.statutory_minor,
        "compensation_minor": result.compensation_minor,
        "claimed_extra_minor": result.claimed_extra_minor,
        "late_invoices": result.late_invoices,
        "missing_rates": [day.isoformat() for day in result.missing_rates],
    }


def interest_lines(
    result: DebtorInterest, name: str, debtor_id: int, w: Wording, rates: str | None
) -> list[str]:
    """The same, as a table for reading in a terminal: amounts and rates as `w`'s locale writes them."""

    def money(minor: int) -> str:
        return w.money(minor, result.currency)

    agreed = w.percent(result.contractual_bp) + " a year" if result.contractual_bp else "none agreed"
    lines = [
        f"Interest owed by {name} (debtor {debtor_id}) as of {result.as_of.isoformat()}, in {result.currency}.",
        f"Contractual interest: {agreed}. Statutory late-payment interest: "
        + ("on (ECB reference rate + 8 points)." if result.statutory_on else "off."),
    ]
    if not result.invoices:
        return [*lines, "No invoice is late on that day."]
    header = f"    {'':<12} {'from':<10}  {'through':<10} {'days':>5} {'principal':>14} {'rate':>9} {'interest':>12}"
    for invoice in result.invoices:
        lines += [
            "",
            f"Invoice {invoice.number}, due {invoice.due_on.isoformat()}, {money(invoice.principal_minor)}",
        ]
        lines.append(header)
        for kind, parts in (("contractual", invoice.contractual), ("statutory", invoice.statutory)):
            for x in parts:
                mark = "*" if x.rate_assumed else " "
                lines.append(
                    f"    {kind:<12} {x.first_day.isoformat()}  {x.last_day.isoformat()} {x.days:>5} "
                    f"{money(x.principal_minor):>14} {w.percent(x.rate_bp):>8}{mark} {money(x.amount_minor):>12}"
                )
        if invoice.contractual:
            lines.append(f"    contractual interest {money(invoice.contractual_minor)} (in the balance)")
        if invoice.statutory:
            claimed = "claimed" if invoice.statutory_claimed else "not claimed: the agreed rate governs"
            lines.append(f"    statutory interest {money(invoice.statutory_minor)} ({claimed})")
        if invoice.compensation_minor:
            lines.append(f"    compensation {money(invoice.compensation_minor)} (late invoice)")
    lines += [
        "",
        f"Totals: contractual {money(result.contractual_minor)} (in the balance), "
        f"statutory {money(result.statutory_minor)}"
        + ("" if result.statutory_claimed or not result.statutory_on else " (not claimed)")
        + f", compensation {money(result.compensation_minor)}.",
        f"Claimed on top of the balance: {money(result.claimed_extra_minor)}.",
        "Each line: principal × days × rate / 365, rounded half up; days from the day after the due date.",
    ]
    if result.missing_rates:
        lines.append(f"* {missing_rates_text(result.missing_rates, rates)}")
    elif result.statutory_on and rates:
        lines.append(f"Reference rates from {rates}.")
    return lines


def missing_rates_text(missing: Sequence[date], rates: str | None) -> str:
    """Which half-years' reference rate the table `rates` lacks and what was used instead, in English
    (the interest command's footnote; the packet command's warning)."""
    days = ", ".join(day.isoformat() for day in missing)
    return f"No reference rate for the half-year(s) {days} in {rates}: the latest earlier one (or the first) was used."


def missing_rates_advice(paths: AppPaths) -> str:
    """What to do about a missing reference rate, in English."""
    return (
        f"Add them to your own copy of the table, {paths.reference_rates} (copy the shipped one there first): "
        "it replaces the shipped table."
    )
