"""The figures of the debtor list in one SQL query: balance, days overdue, open invoices, last contact.

The query computes in SQLite what `domain.account.statement_of` computes from every invoice, payment
and credit note loaded as records, and gives the same numbers (tests/store/test_debtor_figures.py
checks them against it):

- an invoice counts once issued by the day and unless written off; it claims its amount less the
  credit notes dated by the day; the allocations of payments received by the day and not reversed
  pay it; what is left is open;
- interest is simple, actual/365, from the day after the due date through the day, on the principal
  open each day; each stretch of constant principal is rounded half up on its own, as
  `domain.ledger.period_interest` does (integer arithmetic: ⌊(2·p·d·bp + D) / 2D⌋ with D = 365 × 10 000);
- the late fee of the latest agreement is due on an overdue invoice not paid in full by its due date;
- money received by the day and not allocated is credit on the account and lowers the balance;
- the last contact is the interaction started last (the newer one of two at the same moment); for a
  letter, its last recorded delivery says how it went.

The text uses only SQLite and named `:parameters`, so it runs as it is with the standard library's
sqlite3 (the desk's fast start, before SQLAlchemy is imported) and through SQLAlchemy's `text()` (the
normal store). This module therefore imports neither SQLAlchemy nor Babel (nor anything that does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from callnotes.domain.choices import OUTCOME_OF_STATUS
from callnotes.domain.record import parse_utc

# What the archived filter means: every debtor, those being pursued, or the archived ones.
EVERY, PURSUED, ARCHIVED = None, 0, 1

DAY_FRACTION = 365 * 10_000  # days a year × basis points per unit: interest = p·d·bp / DAY_FRACTION

DEBTOR_FIGURES_SQL = f"""
WITH
counted AS (  -- the parts of payments received by the day and not reversed, applied to an invoice
    SELECT a.invoice_id, p.paid_on, a.amount_minor
    FROM paymentallocation AS a JOIN payment AS p ON p.id = a.payment_id
    WHERE p.paid_on <= :as_of
      AND NOT EXISTS (SELECT 1 FROM paymentreversal AS r WHERE r.payment_id = p.id)
      AND (:debtor_id IS NULL OR p.debtor_id = :debtor_id)
),
terms AS (  -- each debtor's latest agreement
    SELECT debtor_id, annual_interest_bp AS bp, late_fee_minor AS fee
    FROM (
        SELECT debtor_id, annual_interest_bp, late_fee_minor,
               row_number() OVER (PARTITION BY debtor_id ORDER BY signed_on DESC, id DESC) AS n
        FROM agreement
        WHERE :debtor_id IS NULL OR debtor_id = :debtor_id
    )
    WHERE n = 1
),
claimed AS (  -- each invoice claimed on the day: its principal, what was paid, its days overdue
    SELECT i.id, i.debtor_id,
           CAST(julianday(i.due_on) AS INTEGER) + 1 AS first_day,
           CAST(julianday(:as_of) - julianday(i.due_on) AS INTEGER) AS overdue,
           i.amount_minor - coalesce((
               SELECT sum(c.amount_minor) FROM creditnote AS c
               WHERE c.invoice_id = i.id AND c.issued_on <= :as_of
           ), 0) AS principal,
           coalesce(sum(k.amount_minor), 0) AS paid,
           coalesce(sum(CASE WHEN k.paid_on <= i.due_on THEN k.amount_minor END), 0) AS paid_by_due,
           coalesce(t.bp, 0) AS bp, coalesce(t.fee, 0) AS fee,
           count(k.invoice_id) AS payments  -- parts of payments applied: none, no drops (no join to find out)
    FROM invoice AS i
    LEFT JOIN counted AS k ON k.invoice_id = i.id
    LEFT JOIN terms AS t ON t.debtor_id = i.debtor_id
    WHERE i.issued_on <= :as_of AND i.status != 'written_off'
      AND (:debtor_id IS NULL OR i.debtor_id = :debtor_id)
    GROUP BY i.id
),
drops AS (  -- the days the principal of an interest-bearing overdue invoice falls, and by how much
    -- (with what the stretches need of the invoice, so they read no other table)
    SELECT c.id, c.debtor_id, c.bp, c.first_day, c.principal,
           max(CAST(julianday(k.paid_on) AS INTEGER), c.first_day) AS day, sum(k.amount_minor) AS amount
    FROM claimed AS c JOIN counted AS k ON k.invoice_id = c.id
    WHERE c.bp > 0 AND c.overdue > 0 AND c.payments > 0
    GROUP BY c.id, day
),
stretches AS (  -- the stretches of constant principal from the day after the due date through the day:
    -- the one before the first drop, then the one after each drop (up to the next, or through the day)
    SELECT debtor_id, bp,
           CASE WHEN row_number() OVER w = 1 THEN day - first_day ELSE 0 END AS days_before,
           principal AS principal_before,
           lead(day, 1, CAST(julianday(:as_of) AS INTEGER) + 1) OVER w - day AS days,
           principal - sum(amount) OVER w AS principal
    FROM drops
    WINDOW w AS (PARTITION BY id ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
    UNION ALL
    SELECT debtor_id, bp, 0, 0, CAST(julianday(:as_of) AS INTEGER) + 1 - first_day, principal
    FROM claimed
    WHERE bp > 0 AND overdue > 0 AND payments = 0
),
interest AS (  -- per debtor: each stretch's interest, rounded half up on its own, summed
    SELECT debtor_id, sum(
        CASE WHEN days_before > 0 AND principal_before > 0
             THEN (2 * principal_before * days_before * bp + {DAY_FRACTION}) / {2 * DAY_FRACTION} ELSE 0 END
        + CASE WHEN days > 0 AND principal > 0
               THEN (2 * principal * days * bp + {DAY_FRACTION}) / {2 * DAY_FRACTION} ELSE 0 END
    ) AS minor
    FROM stretches GROUP BY debtor_id
),
owed AS (  -- per debtor: open principal, fees, the oldest overdue and the open invoices
    SELECT c.debtor_id,
           sum(c.principal - c.paid) AS open_minor,
           sum(CASE WHEN c.overdue > 0 AND c.paid_by_due < c.principal THEN c.fee ELSE 0 END) AS fees_minor,
           max(CASE WHEN c.principal > c.paid THEN c.overdue ELSE 0 END) AS oldest,
           sum(c.principal > c.paid) AS open_invoices
    FROM claimed AS c
    GROUP BY c.debtor_id
),
credit AS (  -- money received by the day, not reversed, that no invoice took
    SELECT p.debtor_id,
           sum(p.amount_minor - coalesce(
               (SELECT sum(a.amount_minor) FROM paymentallocation AS a WHERE a.payment_id = p.id), 0
           )) AS minor
    FROM payment AS p
    WHERE p.paid_on <= :as_of
      AND NOT EXISTS (SELECT 1 FROM paymentreversal AS r WHERE r.payment_id = p.id)
      AND (:debtor_id IS NULL OR p.debtor_id = :debtor_id)
    GROUP BY p.debtor_id
)
SELECT d.id, d.name, d.kind, d.country, d.language, d.currency, d.archived_on, d.archive_reason,
       coalesce(o.open_minor, 0) + coalesce(n.minor, 0) + coalesce(o.fees_minor, 0)
           - coalesce(cr.minor, 0) AS balance_minor,
       max(coalesce(o.oldest, 0), 0) AS oldest_days_overdue,
       coalesce(o.open_invoices, 0) AS open_invoices,
       l.started_at, l.kind, l.outcome,
       CASE WHEN l.kind = 'letter' THEN (  -- what became of a letter: its last recorded delivery
           SELECT json_extract(e.data, '$.status') FROM entry AS e
           WHERE e.interaction_id = l.id AND +e.debtor_id = d.id AND e.kind = 'delivery'
             AND json_extract(e.data, '$.interaction') = l.id AND json_extract(e.data, '$.on') IS NOT NULL
           ORDER BY e.seq DESC LIMIT 1
       ) END AS delivery
FROM debtor AS d
LEFT JOIN owed AS o ON o.debtor_id = d.id
LEFT JOIN interest AS n ON n.debtor_id = d.id
LEFT JOIN credit AS cr ON cr.debtor_id = d.id
LEFT JOIN interaction AS l ON l.id = (  -- the last contact: the latest start, the newer of equal ones
    -- (one seek per debtor in ix_interaction_debtor_started, which ends with the id)
    SELECT x.id FROM interaction AS x WHERE x.debtor_id = d.id ORDER BY x.started_at DESC, x.id DESC LIMIT 1
)
WHERE (:debtor_id IS NULL OR d.id = :debtor_id)
  AND (:archived IS NULL OR (d.archived_on IS NOT NULL) = :archived)
ORDER BY oldest_days_overdue DESC, d.name, d.id
"""


@dataclass(frozen=True, slots=True)
class DebtorFigureRow:
    """One debtor's line of the list, as plain values (no money formatting: that needs Babel)."""

    id: int
    name: str
    kind: str
    country: str | None
    language: str
    currency: str
    archived_on: date | None
    archive_reason: str | None
    balance_minor: int
    oldest_days_overdue: int
    open_invoices: int
    last_contact_at: datetime | None
    last_contact_kind: str | None
    last_outcome: str | None


def parameters(as_of: date, debtor_id: int | None = None, archived: int | None = EVERY) -> dict[str, Any]:
    """The query's parameters: the day, one debtor (None for all), and which debtors by archiving."""
    return {"as_of": as_of.isoformat(), "debtor_id": debtor_id, "archived": archived}


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _moment(value: Any) -> datetime | None:
    """A stored UTC moment (SQLite keeps it as text without a zone) as an aware datetime."""
    return None if value is None else parse_utc(value)


def figure_rows(rows: Iterable[Sequence[Any]]) -> list[DebtorFigureRow]:
    """The query's result rows (tuples from sqlite3 or SQLAlchemy, in the query's order) as records."""
    made = []
    for row in rows:
        (ident, name, kind, country, language, currency, archived_on, reason) = row[:8]
        balance, oldest, open_invoices, started_at, contact_kind, outcome, delivery = row[8:]
        made.append(
            DebtorFigureRow(
                int(ident),
                name,
                kind,
                country,
                language,
                currency,
                _day(archived_on),
                reason,
                int(balance),
                int(oldest),
                int(open_invoices),
                _moment(started_at),
                contact_kind,
                OUTCOME_OF_STATUS[delivery] if delivery is not None else outcome,
            )
        )
    return made


Execute = Callable[[str, Mapping[str, Any]], Iterable[Sequence[Any]]]
"""How a read runs: `sqlite3.Connection.execute` as it is, or the store's session (store.listing)."""

DEBTOR_COUNT_SQL = "SELECT count(*) FROM debtor"


def read_debtor_count(execute: Execute) -> int:
    """How many debtors there are, archived ones too."""
    return int(next(iter(execute(DEBTOR_COUNT_SQL, {})))[0])


def read_debtor_figures(
    execute: Execute,
    as_of: date,
    debtor_id: int | None = None,
    archived: int | None = EVERY,
) -> list[DebtorFigureRow]:
    """The list's figures through `execute(sql, params)`: `sqlite3.Connection.execute` as it is, or
    the store's session (store.listing). Oldest overdue first, then by name."""
    return figure_rows(execute(DEBTOR_FIGURES_SQL, parameters(as_of, debtor_id, archived)))
