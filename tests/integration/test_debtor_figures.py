"""The debtor list's figures from one aggregate query equal the statement computed from every record.

The reference is the computation the list used before (domain.account.statement_of over the debtor's
whole account, the last contact by start then id, a letter's fate from its latest delivery entry); the
query must give the same balance, days overdue, open invoices, last contact and outcome, in the same
order, on the example data and on generated books with everything the ledger knows: interest and
fees of the latest agreement, part payments before and after the due date, payments reversed or not
allocated, credit notes, written-off and disputed invoices, future invoices and payments, ties.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from datetime import date, timedelta

import pytest

from callnotes.domain.account import statement_of
from callnotes.domain.deliveries import OUTCOME_OF_STATUS, latest_deliveries
from callnotes.services.debtors import DebtorQuery, debtor_page, debtor_position, debtor_summary, list_debtors
from callnotes.services.interactions import record_delivery
from callnotes.store import queries
from callnotes.store.access import Store
from callnotes.store.account import read_account
from callnotes.store.debtor_figures import DEBTOR_FIGURES_SQL, parameters, read_debtor_figures
from callnotes.store.engine import transaction
from callnotes.store.models import (
    Agreement,
    CreditNote,
    Debtor,
    Interaction,
    Invoice,
    Payment,
    PaymentAllocation,
    PaymentReversal,
)
from tests.conftest import NOW, TODAY

FIGURES = ("id", "name", "balance_minor", "oldest_days_overdue", "open_invoices", "last_contact_at")
FIGURES += ("last_contact_kind", "last_outcome", "archived_on")


def reference(store: Store, as_of: date) -> list[tuple[object, ...]]:
    """Each debtor's figures as the list computed them from the whole account, in the list's order."""
    with store.sessions() as session:
        ids = [d.id for d in queries.all_debtors(session)]
        accounts = [read_account(session, debtor_id) for debtor_id in ids]
    lines = []
    for account in accounts:
        stmt = statement_of(account, as_of)
        contacts = sorted(account.interactions, key=lambda i: (i.started_at, i.id))
        last = contacts[-1] if contacts else None
        delivered = latest_deliveries(account.entries)
        outcome = None
        if last is not None:
            fate = delivered.get(last.id) if last.kind == "letter" else None
            outcome = OUTCOME_OF_STATUS[fate.status] if fate else last.outcome
        d = account.debtor
        lines.append(
            (
                d.id,
                d.name,
                stmt.balance_minor,
                stmt.oldest_days_overdue,
                sum(1 for p in stmt.positions if p.open_minor > 0),
                last.started_at if last else None,
                last.kind if last else None,
                outcome,
                d.archived_on,
            )
        )
    lines.sort(key=lambda line: (-line[3], line[1], line[0]))  # type: ignore[operator]
    return lines


def listed(store: Store, as_of: date) -> list[tuple[object, ...]]:
    with store.sessions() as session:
        return [tuple(getattr(s, name) for name in FIGURES) for s in list_debtors(session, as_of)]


def generate(store: Store, seed: int, debtors: int = 24) -> None:
    """Books with every case the ledger distinguishes, at random but repeatably."""
    rng = random.Random(seed)
    names = ["Núñez", "Παπαδόπουλος", "Hartley", "núñez", "Zeta", "alpha", "Ωμέγα", "Éclair"]
    letters: list[tuple[int, int, date]] = []
    with transaction(store.sessions) as session:
        for n in range(debtors):
            archived = TODAY - timedelta(days=rng.randint(1, 90)) if rng.random() < 0.2 else None
            debtor = Debtor(
                name=f"{rng.choice(names)} {rng.randint(1, 3)}",  # equal names too: the id breaks the tie
                created_at=NOW,
                currency=rng.choice(["EUR", "USD"]),
                archived_on=archived,
                archive_reason="paid" if archived else None,
            )
            session.add(debtor)
            session.flush()
            assert debtor.id is not None
            for _ in range(rng.choice([0, 1, 1, 2])):  # the latest agreement's terms count
                session.add(
                    Agreement(
                        debtor_id=debtor.id,
                        signed_on=TODAY - timedelta(days=rng.randint(300, 900)),
                        annual_interest_bp=rng.choice([0, 800, 1237, 2500]),
                        late_fee_minor=rng.choice([0, 4000, 1999]),
                    )
                )
            invoices = []
            for k in range(rng.randint(0, 6)):
                issued = TODAY - timedelta(days=rng.randint(-40, 700))
                invoice = Invoice(
                    debtor_id=debtor.id,
                    number=f"F-{n}-{k}",
                    issued_on=issued,
                    due_on=issued + timedelta(days=rng.choice([0, 14, 30, 60])),
                    amount_minor=rng.randint(1, 5_000_00) * rng.choice([1, 1, 7]),
                    currency=debtor.currency,
                    status=rng.choice(["open", "open", "open", "disputed", "written_off"]),
                )
                session.add(invoice)
                session.flush()
                invoices.append(invoice)
            for invoice in invoices:
                assert invoice.id is not None
                left = invoice.amount_minor
                if rng.random() < 0.3:
                    credit = rng.randint(1, left)
                    left -= credit
                    session.add(
                        CreditNote(
                            debtor_id=debtor.id,
                            invoice_id=invoice.id,
                            issued_on=invoice.issued_on + timedelta(days=rng.randint(0, 400)),
                            amount_minor=credit,
                            currency=invoice.currency,
                            reason="correction",
                            recorded_at=NOW,
                        )
                    )
                for _ in range(rng.randint(0, 4)):
                    if left <= 0:
                        break
                    part = rng.choice([left, rng.randint(1, left)])
                    left -= part
                    extra = rng.choice([0, 0, rng.randint(1, 10_000)])  # money no invoice took: credit
                    payment = Payment(
                        debtor_id=debtor.id,
                        paid_on=invoice.due_on + timedelta(days=rng.randint(-20, 500)),
                        amount_minor=part + extra,
                        currency=invoice.currency,
                        recorded_at=NOW,
                    )
                    session.add(payment)
                    session.flush()
                    assert payment.id is not None
                    session.add(
                        PaymentAllocation(payment_id=payment.id, invoice_id=invoice.id, amount_minor=part)
                    )
                    if rng.random() < 0.15:
                        session.add(PaymentReversal(payment_id=payment.id, reason="bounced", recorded_at=NOW))
            started = NOW - timedelta(days=rng.randint(1, 400), seconds=rng.randint(0, 86_400))
            for _ in range(rng.randint(0, 5)):
                if rng.random() < 0.7:  # else the same moment as the one before: a tie
                    started = NOW - timedelta(days=rng.randint(1, 400), seconds=rng.randint(0, 86_400))
                kind = rng.choice(["call", "letter", "email", "letter"])
                contact = Interaction(
                    debtor_id=debtor.id,
                    kind=kind,
                    started_at=started,
                    ended_at=started + timedelta(minutes=5),
                    outcome=rng.choice([None, "no_answer", "promised", "sent"]),
                )
                session.add(contact)
                session.flush()
                assert contact.id is not None
                if kind == "letter":
                    letters.append((debtor.id, contact.id, started.date()))
    with transaction(store.sessions) as session:
        for debtor_id, letter_id, sent in letters:
            for _ in range(rng.choice([0, 1, 2])):  # the latest delivery says what became of it
                status = rng.choice(["delivered", "returned", "refused"])
                on = min(TODAY, sent + timedelta(days=rng.randint(1, 20)))
                record_delivery(session, debtor_id, letter_id, status, on)


DAYS = (TODAY, TODAY - timedelta(days=230), TODAY + timedelta(days=365))


def test_the_example_figures_are_those_of_the_statements(demo_store: Store) -> None:
    for day in DAYS:
        assert listed(demo_store, day) == reference(demo_store, day)
    with demo_store.sessions() as session:
        now = list_debtors(session, TODAY)
    assert [s.oldest_days_overdue for s in now] == [130, 95, 45]  # as the window has always shown them


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_figures_are_those_of_the_statements(store: Store, seed: int) -> None:
    generate(store, seed)
    for day in DAYS:
        assert listed(store, day) == reference(store, day)
    with store.sessions() as session:
        balances = [s.balance_minor for s in list_debtors(session, TODAY)]
    assert any(b < 0 for b in balances) or any(b > 0 for b in balances)  # the data is not all zeros


def test_plain_sqlite3_gives_the_same_figures_as_the_store(store: Store) -> None:
    generate(store, 4)
    connection = sqlite3.connect(store.paths.database)
    try:
        plain = read_debtor_figures(connection.execute, TODAY)
    finally:
        connection.close()
    with store.sessions() as session:
        through_store = list_debtors(session, TODAY)
    assert [(r.id, r.balance_minor, r.last_contact_at, r.last_outcome) for r in plain] == [
        (s.id, s.balance_minor, s.last_contact_at, s.last_outcome) for s in through_store
    ]


def test_pages_one_line_and_positions_follow_the_query(store: Store) -> None:
    generate(store, 5, debtors=40)
    with store.sessions() as session:
        pursued = list_debtors(session, TODAY, archived=False)
        query = DebtorQuery()
        pages = debtor_page(session, TODAY, query, 0, 7) + debtor_page(session, TODAY, query, 7, 100)
        assert [s.id for s in pages] == [s.id for s in pursued]
        by_name = debtor_page(session, TODAY, DebtorQuery(sort="name", descending=False), 0, 100)
        assert [s.name.casefold() for s in by_name] == sorted(s.name.casefold() for s in pursued)
        found = debtor_page(session, TODAY, DebtorQuery(text="NÚÑEZ"), 0, 100)  # case folded, accents kept
        assert found and all("núñez" in s.name.casefold() for s in found)
        last = pursued[-1]
        assert debtor_position(session, TODAY, query, last.id) == len(pursued) - 1
        assert debtor_summary(session, last.id, TODAY) == last
        archived = list_debtors(session, TODAY, archived=True)
        if archived:
            assert debtor_position(session, TODAY, query, archived[0].id) is None
        assert debtor_summary(session, 10_000, TODAY) is None


def test_the_figures_query_loads_without_sqlalchemy_or_babel() -> None:
    """The desk's fast start runs it before the store's libraries are imported."""
    probe = "import sys, callnotes.store.debtor_figures; print(sorted({'sqlalchemy', 'sqlmodel', 'babel'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_last_contacts_are_index_seeks_not_a_read_of_every_interaction(store: Store) -> None:
    """Each debtor's last contact comes from ix_interaction_debtor_started (migration 0009), and no
    step of the plan reads the whole interaction table."""
    connection = sqlite3.connect(store.paths.database)
    try:
        plan = [
            row[3]
            for row in connection.execute("EXPLAIN QUERY PLAN " + DEBTOR_FIGURES_SQL, parameters(TODAY))
        ]
    finally:
        connection.close()
    assert any("ix_interaction_debtor_started" in step for step in plan), plan
    assert not [step for step in plan if step.startswith("SCAN interaction")], plan
