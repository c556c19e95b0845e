"""Example data: three believable debtors (Spanish, Greek, US), dated relative to a given day.

Not a use case of the product but a way to try it: the example is recorded by a fixed clock at the
moment it is loaded, so the same moment always gives the same record, down to the chain heads.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from callnotes.clock import FixedClock
from callnotes.errors import InputError
from callnotes.example import greece, spain, united_states
from callnotes.example.common import CREDITOR
from callnotes.services.attachments import add_attachment
from callnotes.services.creditor import author_name, get_creditor, set_creditor
from callnotes.store import queries
from callnotes.store.access import Store
from callnotes.store.engine import session_factory, transaction

DEBTORS = (spain, greece, united_states)


def load_example(store: Store, moment: datetime) -> int:
    """Load the example creditor (unless one is set) and debtors into an empty database, as of `moment`.

    Each debtor also gets an example document (a delivery note, an e-mail). Returns how many debtors
    were added; refuses a database that already has debtors, so examples never mix with real records.
    """
    clock = FixedClock(moment, store.clock.zone)
    with transaction(session_factory(store.database.engine, clock)) as session:
        if queries.debtor_count(session):
            raise InputError(
                "Example data is only loaded into an empty database, so it never mixes with real records. "
                "Use a fresh data folder (--data-dir) to try it."
            )
        if get_creditor(session) is None:
            set_creditor(session, CREDITOR)
        author = author_name(session, "")  # as the window writes them: the user's name from the profile
        today = clock.today()
        files = [file for debtor in DEBTORS for file in debtor.add(session, today, author)]
        with tempfile.TemporaryDirectory() as folder:
            for file in files:
                path = Path(folder) / file.name
                path.write_bytes(file.content())
                add_attachment(
                    session,
                    store.paths,
                    file.debtor_id,
                    path,
                    invoice_id=file.invoice_id,
                    interaction_id=file.interaction_id,
                    author=author,
                )
    return len(DEBTORS)
