"""A long job of the desk (checking every record, a packet) gives way to the reads and writes between
its steps: they share the desk process's interpreter lock with it."""

from __future__ import annotations

import threading
import time

from callnotes.services.backend import GIVE_WAY_SECONDS, _Quick


def test_a_long_job_waits_at_its_step_until_the_reads_and_writes_are_done() -> None:
    quick, cancelled = _Quick(), threading.Event()
    quick.add(1)  # a read arrives
    threading.Timer(0.1, lambda: quick.add(-1)).start()  # and is done a moment later
    started = time.perf_counter()
    assert quick.given_way(cancelled) is False
    waited = time.perf_counter() - started
    assert 0.05 < waited < GIVE_WAY_SECONDS


def test_it_goes_on_at_once_when_nothing_else_runs_and_never_waits_long() -> None:
    quick, cancelled = _Quick(), threading.Event()
    started = time.perf_counter()
    quick.given_way(cancelled)
    assert time.perf_counter() - started < 0.05
    quick.add(1)  # a read that does not end (or reads that keep coming): the long job still moves on
    cancelled.set()
    started = time.perf_counter()
    assert quick.given_way(cancelled) is True
    assert time.perf_counter() - started < GIVE_WAY_SECONDS + 0.3
