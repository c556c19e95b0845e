"""The agenda read for everyone at once gives exactly the rows of each debtor's whole account.

The reference is the agenda worked out from each debtor's full account (store.account.read_account,
domain.agenda.figures_of), as a single row is checked when it is snoozed or marked done; the agenda's
own read (store.account.read_agenda_figures: batches of debtors, only the journal entries and
interactions it needs, rows built by position) must give the same rows, reasons, details, amounts,
next steps and order, on the example data and on generated books with promises, contacts of every
kind, direction and outcome, follow-up dates and ties, on several days.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlmodel import col, select

from callnotes.domain.agenda import AgendaItem, agenda, figures_of
from callnotes.store.access import Store
from callnotes.store.account import read_account, read_agenda_figures
from callnotes.store.engine import transaction
from callnotes.store.models import Debtor, Interaction, Promise
from tests.conftest import NOW, TODAY
from tests.integration.test_debtor_figures import generate

DAYS = (TODAY, TODAY - timedelta(days=230), TODAY + timedelta(days=45))


def reference(store: Store, today: date) -> list[AgendaItem]:
    """The agenda from every debtor's whole account, one at a time."""
    with store.sessions() as session:
        ids = session.exec(select(Debtor.id).where(col(Debtor.archived_on).is_(None))).all()
        return agenda([figures_of(read_account(session, i)) for i in ids if i is not None], today)


def read(store: Store, today: date) -> list[AgendaItem]:
    with store.sessions() as session:
        return agenda(read_agenda_figures(session), today)


def promises_and_contacts(store: Store, seed: int) -> None:
    """Promises (some superseded), and contacts of every kind, direction and outcome, some unended, some
    with a follow-up date, some at the same moment."""
    rng = random.Random(seed)
    with transaction(store.sessions) as session:
        for debtor in session.exec(select(Debtor)).all():
            assert debtor.id is not None
            for _ in range(rng.choice([0, 1, 2, 3])):
                made = TODAY - timedelta(days=rng.randint(0, 300))
                session.add(
                    Promise(
                        debtor_id=debtor.id,
                        amount_minor=rng.randint(1, 3_000_00),
                        currency=debtor.currency,
                        made_on=made,
                        due_on=made + timedelta(days=rng.randint(0, 60)),
                    )
                )
            started = NOW - timedelta(days=rng.randint(1, 300))
            for _ in range(rng.randint(0, 8)):
                if rng.random() < 0.7:  # else the same moment as the one before: a tie
                    started = NOW - timedelta(days=rng.randint(0, 300), seconds=rng.randint(0, 86_400))
                session.add(
                    Interaction(
                        debtor_id=debtor.id,
                        kind=rng.choice(["call", "email", "letter", "visit", "message"]),
                        direction=rng.choice(["outbound", "outbound", "inbound"]),
                        started_at=started,
                        ended_at=started + timedelta(minutes=3) if rng.random() < 0.9 else None,
                        reference=rng.choice(["", "", "CERT-1"]),
                        outcome=rng.choice([None, "reached", "no_answer", "refused", "promise", "voicemail"]),
                        next_action_on=rng.choice([None, TODAY - timedelta(days=rng.randint(-10, 40))]),
                    )
                )


def test_the_example_agenda_is_that_of_the_whole_accounts(demo_store: Store) -> None:
    for day in DAYS:
        assert read(demo_store, day) == reference(demo_store, day)
    assert read(demo_store, TODAY)  # the example has rows today


@pytest.mark.parametrize("seed", [1, 2])
def test_the_generated_agenda_is_that_of_the_whole_accounts(store: Store, seed: int) -> None:
    generate(store, seed, debtors=30)
    promises_and_contacts(store, seed)
    for day in DAYS:
        assert read(store, day) == reference(store, day)
    reasons = {row.reason for row in read(store, TODAY)}
    assert len(reasons) >= 3  # the data reaches several of the agenda's reasons
