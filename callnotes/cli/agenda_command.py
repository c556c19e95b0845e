"""`callnotes agenda`: who to contact today and why, most urgent first."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from callnotes.cli.common import emit, iso_date

if TYPE_CHECKING:
    from callnotes.domain.agenda import AgendaItem
    from callnotes.store.access import Store


def row_json(row: AgendaItem) -> dict[str, Any]:
    """One row as the JSON of `callnotes agenda --json`: stable names, ISO dates, minor units."""
    from callnotes.domain.agenda import DETAIL_LOCALE
    from callnotes.domain.money import Money, format_money

    return {
        "debtor_id": row.debtor_id,
        "debtor_name": row.debtor_name,
        "reason": row.reason.value,
        "detail": row.detail,
        "date": row.on.isoformat(),
        "amount_minor": row.amount_minor,
        "amount": format_money(Money(row.amount_minor, row.currency), DETAIL_LOCALE),
        "currency": row.currency,
        "urgency": row.urgency,
        "balance_minor": row.balance_minor,
        "days_overdue": row.days_overdue,
        "stage": row.next_step.stage.value if row.next_step else None,
        "next_step": row.next_step.next_step.value if row.next_step else None,
        "next_step_on": row.next_step.on.isoformat() if row.next_step and row.next_step.on else None,
        "open_disputes": [
            {"opened_on": d.opened_on.isoformat(), "reason": d.reason, "invoices": list(d.invoices)}
            for d in row.disputes
        ],
    }


def cmd_agenda(store: Store, args: argparse.Namespace) -> int:
    from callnotes.domain.agenda import DETAIL_LOCALE
    from callnotes.domain.money import Money, format_money
    from callnotes.services.agenda import agenda

    with store.sessions() as session:
        rows = agenda(session, args.date or store.clock.today())
    lines = [f"{'REASON':<18} {'ID':>4}  {'DEBTOR':<30} {'AMOUNT':>14}  DETAIL"]
    for row in rows:
        amount = format_money(Money(row.amount_minor, row.currency), DETAIL_LOCALE)
        name = row.debtor_name if len(row.debtor_name) <= 30 else row.debtor_name[:29] + "…"
        lines.append(f"{row.reason.value:<18} {row.debtor_id:>4}  {name:<30} {amount:>14}  {row.detail}")
    emit(args.json, [row_json(row) for row in rows], lines if rows else ["Nobody to contact today."])
    return 0


def add_parsers(sub: Any) -> None:
    """The agenda's command."""
    agenda = sub.add_parser(
        "agenda", help="who to contact today and why: promises broken or due, instalments, follow-ups…"
    )
    agenda.add_argument("--date", type=iso_date, help="the agenda of this day instead (YYYY-MM-DD)")
    agenda.add_argument("--json", action="store_true", help="print JSON")
    agenda.set_defaults(run=cmd_agenda)
