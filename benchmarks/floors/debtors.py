"""The floor of `callnotes debtors --json`: the same figures from plain sqlite3 and a little arithmetic.

    python benchmarks/floors/debtors.py DATA_DIR --as-of YYYY-MM-DD

Prints the debtors being pursued (not archived) as a JSON list, oldest overdue first then by name,
each with the figures `debtors --json` gives: id, name, currency, language, balance_minor,
oldest_days_overdue, open_invoices, last_contact_at, last_outcome. Not the formatted `balance`
(that is Babel's formatting of balance_minor, not a figure). The balance is worked out as the ledger
does (callnotes/domain/ledger.py): what is open of each invoice issued by the day (less its credit
notes and the payments, not reversed, applied to it by then), the contractual simple interest on the
principal open day by day after the due date (actual/365, each stretch rounded half up), the late fee
of an invoice not paid in full by its due date, less money received and applied to no invoice;
written-off invoices left out. The last contact is the latest interaction; a letter's outcome is
what its latest recorded delivery says. Standard library only, one pass over each table.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

OUTCOME_OF_STATUS = {"delivered": "delivered", "returned": "returned", "refused": "delivery_refused"}


def day(text: str) -> date:
    return date.fromisoformat(text[:10])


def interest(principal: int, due: date, paid: list[tuple[date, int]], bp: int, as_of: date) -> int:
    """Simple interest on the principal open each day after `due` through `as_of`, each stretch of
    constant principal rounded half up."""
    if due >= as_of or not bp:
        return 0
    total, first = 0, due.toordinal() + 1
    stretches = []
    for paid_on, amount in sorted(paid):
        if paid_on.toordinal() > first:
            stretches.append((first, paid_on.toordinal() - 1, principal))
            first = paid_on.toordinal()
        principal -= amount
    if first <= as_of.toordinal():
        stretches.append((first, as_of.toordinal(), principal))
    for start, end, open_minor in stretches:
        if open_minor > 0:
            numerator, denominator = open_minor * (end - start + 1) * bp, 10_000 * 365
            total += (2 * numerator + denominator) // (2 * denominator)  # half up
    return total


def figures(db: sqlite3.Connection, as_of: date) -> list[dict[str, object]]:
    terms: dict[int, tuple[int, int]] = {}
    for debtor_id, bp, fee in db.execute(
        "SELECT debtor_id, annual_interest_bp, late_fee_minor FROM agreement ORDER BY signed_on, id"
    ):
        terms[debtor_id] = (bp, fee)  # the latest agreement wins
    credited: dict[int, int] = defaultdict(int)
    for invoice_id, issued_on, amount in db.execute(
        "SELECT invoice_id, issued_on, amount_minor FROM creditnote"
    ):
        if day(issued_on) <= as_of:
            credited[invoice_id] += amount
    paid: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for invoice_id, paid_on, amount in db.execute(
        "SELECT a.invoice_id, p.paid_on, a.amount_minor FROM paymentallocation a "
        "JOIN payment p ON p.id = a.payment_id "
        "WHERE p.id NOT IN (SELECT payment_id FROM paymentreversal)"
    ):
        if day(paid_on) <= as_of:
            paid[invoice_id].append((day(paid_on), amount))
    on_account: dict[int, int] = dict(
        db.execute(
            "SELECT p.debtor_id, SUM(p.amount_minor - COALESCE("
            "(SELECT SUM(a.amount_minor) FROM paymentallocation a WHERE a.payment_id = p.id), 0)) "
            "FROM payment p WHERE p.id NOT IN (SELECT payment_id FROM paymentreversal) "
            "AND substr(p.paid_on, 1, 10) <= ? GROUP BY p.debtor_id",
            (as_of.isoformat(),),
        )
    )
    owed: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])  # balance, oldest days overdue, open invoices
    for invoice_id, debtor_id, issued_on, due_on, amount, status in db.execute(
        "SELECT id, debtor_id, issued_on, due_on, amount_minor, status FROM invoice"
    ):
        if day(issued_on) > as_of or status == "written_off":
            continue
        due = day(due_on)
        overdue = (as_of - due).days
        claimed = amount - credited[invoice_id]
        payments = paid[invoice_id]
        open_minor = claimed - sum(a for _, a in payments)
        bp, fee = terms.get(debtor_id, (0, 0))
        late = overdue > 0 and sum(a for d, a in payments if d <= due) < claimed
        row = owed[debtor_id]
        row[0] += open_minor + interest(claimed, due, payments, bp, as_of) + (fee if late else 0)
        if open_minor > 0:
            row[1] = max(row[1], overdue)
            row[2] += 1
    last: dict[int, tuple[int, str, str, str | None]] = {}  # debtor: id, started, kind, outcome
    for interaction_id, debtor_id, started, kind, outcome in db.execute(
        "SELECT i.id, i.debtor_id, i.started_at, i.kind, i.outcome FROM interaction i "
        "JOIN (SELECT debtor_id, MAX(started_at) AS latest FROM interaction GROUP BY debtor_id) m "
        "ON m.debtor_id = i.debtor_id AND m.latest = i.started_at ORDER BY i.id"
    ):
        last[debtor_id] = (interaction_id, started, kind, outcome)
    letters = [contact[0] for contact in last.values() if contact[2] == "letter"]
    delivered: dict[int, str] = {}
    if letters:
        marks = ",".join("?" * len(letters))
        for (data,) in db.execute(
            f"SELECT data FROM entry WHERE kind = 'delivery' AND interaction_id IN ({marks}) "
            "ORDER BY debtor_id, seq",
            letters,
        ):
            delivery = json.loads(data)
            delivered[int(delivery["interaction"])] = OUTCOME_OF_STATUS[delivery["status"]]
    rows = []
    for debtor_id, name, currency, language in db.execute(
        "SELECT id, name, currency, language FROM debtor WHERE archived_on IS NULL"
    ):
        balance, oldest, open_invoices = owed[debtor_id]
        contact = last.get(debtor_id)
        when = None
        if contact is not None:
            when = datetime.fromisoformat(contact[1]).replace(tzinfo=UTC).isoformat()  # stored in UTC
        rows.append(
            {
                "id": debtor_id,
                "name": name,
                "currency": currency,
                "language": language,
                "balance_minor": balance - on_account.get(debtor_id, 0),
                "oldest_days_overdue": oldest,
                "open_invoices": open_invoices,
                "last_contact_at": when,
                "last_outcome": None if contact is None else delivered.get(contact[0], contact[3]),
            }
        )
    rows.sort(key=lambda r: (-r["oldest_days_overdue"], r["name"]))  # type: ignore[operator]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--as-of", type=date.fromisoformat, required=True)
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{args.data_dir / 'callnotes.sqlite3'}?mode=ro", uri=True)
    json.dump(figures(db, args.as_of), sys.stdout, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
