"""The debtor list's order kept between the pages of one query, and the rule that drops it: any
method of the desk that may write, the first page of a query, another query or another day."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta

import pytest

from callnotes.services import debtor_lines
from callnotes.services.backend import Lane
from callnotes.services.books import PaymentInput
from callnotes.services.debtors import DebtorQuery
from callnotes.services.desk import Desk
from callnotes.services.kept_order import KeptOrder
from callnotes.store.debtor_figures import DebtorFigureRow
from tests.conftest import TODAY
from tests.integration.test_debtor_figures import generate

BY_BALANCE = DebtorQuery(sort="balance", descending=True)


class Reads:
    """A stand-in for the aggregate: counts how often it runs, answers a new list each time."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> list[DebtorFigureRow]:
        self.count += 1
        return []


def test_kept_rows_serve_the_same_query_day_and_generation_only() -> None:
    kept: KeptOrder[DebtorFigureRow] = KeptOrder()
    read = Reads()
    first = kept.rows(TODAY, BY_BALANCE, read, fresh=True)
    assert kept.rows(TODAY, BY_BALANCE, read) is first and read.count == 1
    kept.rows(TODAY, BY_BALANCE, read, fresh=True)  # the list shown anew reads again
    assert read.count == 2
    kept.rows(TODAY, DebtorQuery(), read)  # another query
    kept.rows(TODAY + timedelta(days=1), DebtorQuery(), read)  # another day
    assert read.count == 4
    kept.changed()
    kept.rows(TODAY + timedelta(days=1), DebtorQuery(), read)
    assert read.count == 5


def test_rows_read_while_a_write_ended_are_not_kept() -> None:
    kept: KeptOrder[DebtorFigureRow] = KeptOrder()

    def read_during_a_write() -> list[DebtorFigureRow]:
        kept.changed()  # the write lane ends a write while this read runs
        return []

    kept.rows(TODAY, BY_BALANCE, read_during_a_write)
    read = Reads()
    kept.rows(TODAY, BY_BALANCE, read)
    assert read.count == 1  # what the read saw may predate the write: it was not kept


def test_every_method_that_may_write_drops_the_kept_order() -> None:
    may_write = [m for m in vars(Desk).values() if getattr(m, "lane", None) in (Lane.WRITE, Lane.LONG)]
    assert len(may_write) > 20
    assert all(hasattr(m, "__wrapped__") for m in may_write)  # each ends by calling Desk._written


def test_pages_after_the_first_use_the_kept_order_until_a_payment(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate(desk._store, 6, debtors=30)
    reads = 0
    listed = debtor_lines.listed  # the one read of the list's rows (a session's, or plain sqlite3's)

    def counted(*args: object) -> list[DebtorFigureRow]:
        nonlocal reads
        reads += 1
        return listed(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(debtor_lines, "listed", counted)
    first = desk.debtor_page(BY_BALANCE, 0, 5)
    rest = desk.debtor_page(BY_BALANCE, 5, 100)
    top = first[0]
    assert desk.debtor_position(BY_BALANCE, top.id) == 0
    assert reads == 1
    assert [s.id for s in first + rest] == [s.id for s in desk.debtor_page(BY_BALANCE, 0, 100)]
    assert reads == 2  # the first page always reads afresh

    desk.record_payment(top.id, PaymentInput(TODAY, top.balance_minor))  # pays what it owed in full
    after = desk.debtor_page(BY_BALANCE, 1, 100)  # not the first page: still read again
    assert reads == 3
    moved = next(s for s in after if s.id == top.id)
    assert moved.balance_minor == 0 and moved != top
    assert desk.debtor_position(BY_BALANCE, top.id) == 1 + after.index(moved)
    assert reads == 3


def test_a_failed_write_drops_the_kept_order_too(desk: Desk) -> None:
    generate(desk._store, 7, debtors=5)
    desk.debtor_page(DebtorQuery(), 0, 100)
    with pytest.raises(Exception):  # noqa: B017 - whichever refusal: only what follows matters
        desk.record_payment(10_000, PaymentInput(date(2000, 1, 1), 1))
    assert desk._kept_order._kept is None


def test_the_lines_and_the_kept_order_load_without_the_store() -> None:
    """The command line's `debtors` and the desk's start make lines before SQLAlchemy is imported."""
    probe = (
        "import sys, callnotes.services.debtor_lines, callnotes.services.kept_order; "
        "print(sorted({'sqlalchemy', 'sqlmodel', 'alembic'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_list_read_ahead_at_start_answers_the_first_page_only_while_the_file_is_unchanged(
    demo_store,
) -> None:  # type: ignore[no-untyped-def]
    """The desk process reads the list's first page before the window asks (Desk.look_ahead): the
    window's first page takes it, once, unless another program wrote in between."""
    desk = Desk(demo_store, "tester")
    taken: list[int] = []
    original = debtor_lines.listed

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        taken.append(1)
        return original(*args, **kwargs)

    debtor_lines.listed = counted  # type: ignore[assignment]
    try:
        desk.look_ahead(100)
        first = desk.debtor_page(DebtorQuery(), 0, 100)
        assert len(taken) == 1 and [line.id for line in first]  # the page read ahead, not read again
        desk.debtor_page(DebtorQuery(), 0, 100)  # shown anew: read afresh
        assert len(taken) == 2
        desk.look_ahead(100)
        Desk(demo_store, "other").archive_debtor(first[0].id, "lawyer", "Con el abogado")  # another program
        again = desk.debtor_page(DebtorQuery(), 0, 100)
        assert len(taken) == 4 and first[0].id not in [line.id for line in again]
    finally:
        debtor_lines.listed = original  # type: ignore[assignment]


# Forks the desk as launch.launch_gui does (a process without Qt or threads), asks for the list's first
# page and count as the window does, and says how the desk was started.
EARLY_DESK = """
import json, sys, threading
from callnotes.clock import FixedClock
from callnotes.services.backend import DeskProcess, DeskSetup, call
from callnotes.services.debtor_lines import DebtorQuery
from callnotes.services.desk import Desk
from datetime import datetime
clock = FixedClock(datetime.fromisoformat(sys.argv[2]), sys.argv[3])
desk = DeskProcess(DeskSetup(sys.argv[1], None, clock, "tester"), start=False)
desk.start(early=True)
answers, done = {}, threading.Event()
def answer(name):
    def handle(message):
        answers[name] = [line.name for line in message[2]] if name == "page" else message[2]
        if len(answers) == 2:
            done.set()
    return handle
desk.submit(call(Desk.debtor_count), answer("count"))
desk.submit(call(Desk.debtor_page, DebtorQuery(), 0, 100), answer("page"))
done.wait(60)
print(json.dumps({"kind": type(desk.process).__name__, "problem": desk.wait_ready(), **answers}))
desk.close()
"""


def test_the_desk_forked_before_qt_answers_the_list_it_read_ahead(demo_store, clock) -> None:  # type: ignore[no-untyped-def]
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            EARLY_DESK,
            str(demo_store.paths.data_dir),
            clock.now().isoformat(),
            clock.zone,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["kind"] == "ForkProcess" and seen["problem"] is None
    expected = [line.name for line in Desk(demo_store, "tester").debtor_page(DebtorQuery(), 0, 100)]
    assert seen["count"] == 3 and seen["page"] == expected
