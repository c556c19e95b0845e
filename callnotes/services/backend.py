"""The desk in a process of its own: the window's process never runs database work, not even on a thread.

Why a process and not a thread: PySide acquires Python's interpreter lock for every event and every
virtual call on an object made from Python (painting a table asks the model for each cell), and a
thread running Python (reading an account, checking a chain, laying out a packet) holds that lock
in turns of a switch interval. The window then waits on the lock hundreds of times a frame, and a
long read stalled it for a third of a second (measured with benchmarks/ui_stalls.py). In a process of
its own, the desk holds its own lock.

The window sends calls (`call(Desk.debtor, 7)`: a method's name and its arguments, all plain data)
and gets back results, failures and progress, each tagged with its job. Each Desk method says which
lane it runs in: writes one at a time in the order they were sent (the lines of a call, the text
being typed, the end of the call), quick reads beside them, and long jobs (a packet, checking every
record) in a lane of their own, with progress and cancel, so they never hold up a read. When the
window's process ends, even killed, the desk finishes the writes it has received, then exits; if
the desk process dies, the jobs it had fail with a plain message and the next call starts a new one.

Starting is quick, so the window can paint first: the desk process is started on a thread (or, at the
app's start on Linux, forked before Qt loads: it opens the data and reads the list's first page while
the window starts), and the calls made before it has opened the data wait on the window's side until
it has (the data may turn out damaged, or written by a newer version: then they are not sent to a desk
that cannot run them). The desk opens a SQLite file already at the current schema with plain sqlite3
queries, says so, reads the list's first page ahead, then imports SQLAlchemy and the services on a
thread while it answers the reads marked `at_start` (plain sqlite3, what the window shows first); the
other calls wait in their lane until the store is open.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import queue
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar

from callnotes.clock import Clock
from callnotes.errors import CallnotesError, DamagedDatabaseError
from callnotes.paths import DATABASE_URL_ENV, AppPaths

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from callnotes.store.access import Store, StoreOpening

P = ParamSpec("P")
T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])
Message = tuple[Any, ...]
STOP_SECONDS = 30  # how long closing waits for the desk process to finish what it was given
STOPPED = "The callnotes desk process has stopped; what was not saved is still on screen. Try again."


class Lane(StrEnum):
    """Where a Desk method runs in the desk process."""

    WRITE = "write"  # one at a time, in the order sent
    READ = "read"  # quick reads, beside the writes
    LONG = "long"  # long jobs, given `progress` and `cancel`, beside both
    START = "start"  # reads of the SQLite file that need no store: answered while the desk still loads


def writes(method: F) -> F:
    """Mark a Desk method that changes data: it runs in order with every other write."""
    method.lane = Lane.WRITE  # type: ignore[attr-defined]
    return method


def at_start(method: F) -> F:
    """Mark a Desk method that reads the SQLite file with plain sqlite3 (no store, no SQLAlchemy): the
    desk answers it as soon as it has opened the file, while the rest of it still loads."""
    method.lane = Lane.START  # type: ignore[attr-defined]
    return method


def long_running(method: F) -> F:
    """Mark a Desk method that takes long: it gets `progress(done, total)` and `cancel()` keywords."""
    method.lane = Lane.LONG  # type: ignore[attr-defined]
    return method


class JobCancelled(Exception):
    """The job was cancelled before it ran, or stopped when asked to."""


class UnexpectedError(Exception):
    """A failure inside the desk process that is a bug, not the user's or the environment's doing."""

    def __init__(self, kind: str, message: str, trace: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind, self.message, self.trace = kind, message, trace

    def __reduce__(self) -> tuple[type[UnexpectedError], tuple[str, str, str]]:
        return (UnexpectedError, (self.kind, self.message, self.trace))


@dataclass(frozen=True)
class Call(Generic[T]):
    """A call of a Desk method, as plain data that can cross to the desk process."""

    method: str
    lane: Lane = Lane.READ
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


def call(method: Callable[Concatenate[Any, P], T], *args: P.args, **kwargs: P.kwargs) -> Call[T]:
    """`call(Desk.debtor, 7)`: the call `desk.debtor(7)`, typed by the method it names."""
    return Call(method.__name__, getattr(method, "lane", Lane.READ), args, kwargs)


@dataclass(frozen=True)
class DeskSetup:
    """What the desk process opens: the data folder or database, the clock, who signs the entries.

    `prepare`, when given, is called in the desk process with the opened store before the first call:
    a way for tests and the crash soak to limit or watch the database there (a fuller disk, a kill
    inside a transaction) without a branch of their own in the desk. It crosses to the desk process,
    so it is a module-level function or a functools.partial of one.
    """

    data_dir: str | None
    database_url: str | None
    clock: Clock
    login: str
    prepare: Callable[[Store], None] | None = None


PAGE_AHEAD = 100  # the debtor list's first page (ui.paged_model.PAGE_SIZE), read before it is asked for
GIVE_WAY_SECONDS = 0.5  # the longest a long job waits, at one of its steps, for the reads and writes


class _Quick:
    """The reads and writes sent and not yet done. A long job (checking every record, a packet) gives
    way to them between its steps: in one process its Python would share the interpreter's lock with
    theirs, and the window would wait for the lock, not for its data."""

    def __init__(self) -> None:
        self._count = 0
        self._changed = threading.Condition()

    def add(self, jobs: int) -> None:
        with self._changed:
            self._count += jobs
            self._changed.notify_all()

    def given_way(self, cancelled: threading.Event) -> bool:
        """Wait (at most GIVE_WAY_SECONDS) until no read or write is waiting or running; then whether
        the long job was cancelled meanwhile."""
        with self._changed:
            self._changed.wait_for(lambda: self._count == 0, GIVE_WAY_SECONDS)
        return cancelled.is_set()


def _portable(exc: BaseException) -> BaseException:
    """The failure as the window will see it: the user's errors as they are, anything else as a bug."""
    from callnotes.export import ExportCancelled

    if isinstance(exc, CallnotesError | ExportCancelled | JobCancelled | OSError):
        return exc
    trace = "".join(traceback.format_exception(exc))
    return UnexpectedError(type(exc).__name__, str(exc), trace)


def _open_quickly(setup: DeskSetup, paths: AppPaths) -> bool:
    """Whether the data can be opened later, on a thread: a SQLite file already at the current schema
    (read with plain sqlite3). Raises what makes it unusable (damaged, not callnotes', newer)."""
    from callnotes.store.migrate import check_revision, head_revision, inspect_sqlite_file

    if setup.database_url or os.environ.get(DATABASE_URL_ENV):
        return False  # a server, or a file named by URL: opened as a command opens it
    state = inspect_sqlite_file(paths.ensure().database)
    check_revision(state.revision, state.has_tables, str(paths.database))
    return state.revision == head_revision()


def _load(setup: DeskSetup, opening: StoreOpening) -> None:
    """Open the store and import what the desk runs on (on a thread of the desk process)."""
    import importlib

    from callnotes.services.desk import RUNS_ON
    from callnotes.store.access import open_store

    try:
        store = open_store(setup.data_dir, setup.database_url, setup.clock)
        if setup.prepare is not None:
            setup.prepare(store)
    except Exception as exc:  # every call that needs the store says why it could not open
        opening.opened(None, exc)
        return
    opening.opened(store)
    for name in RUNS_ON:  # what the first calls will run on, before they are made
        importlib.import_module(name)


def _serve_forked(connection: Connection, setup: DeskSetup, window_end: Connection) -> None:
    """`serve` in a desk forked from the window's process, which copied the window's end of the pipe:
    closed first, or the desk would never see the pipe end when the window's process is gone (killed,
    it cannot tell the desk to stop) and would outlive it."""
    window_end.close()
    serve(connection, setup)


def serve(connection: Connection, setup: DeskSetup) -> None:
    """The desk process: open the data, then run the calls that arrive until told to stop or orphaned."""
    from callnotes.services import health
    from callnotes.services.desk import Desk, Rescue
    from callnotes.services.malloc_arenas import share_malloc_arenas
    from callnotes.store.access import StoreOpening, open_store

    share_malloc_arenas()  # before the loader and the lanes start: their peaks share heaps
    paths = AppPaths.resolve(setup.data_dir)
    sqlite_file = not (setup.database_url or os.environ.get(DATABASE_URL_ENV))
    opening = StoreOpening(paths, setup.clock)
    loader: threading.Thread | None = None
    desk: Desk | Rescue
    try:
        quickly = _open_quickly(setup, paths)
        if not quickly:  # a new file, an upgrade (Alembic) or a server: opened before anything is answered
            store = open_store(setup.data_dir, setup.database_url, setup.clock)
            opening.opened(store)
            if setup.prepare is not None:
                setup.prepare(store)
        if sqlite_file and health.mark_running(paths):  # the last run did not close the database
            health.require_sound(paths, full=False)
        if quickly:  # SQLAlchemy and the services load while the calls marked at_start are answered
            loader = threading.Thread(target=_load, args=(setup, opening), name="callnotes-desk-loader")
        desk = Desk(opening, setup.login)
        connection.send(("ready",))
    except DamagedDatabaseError as exc:  # the window offers the backups instead: serve what restores one
        _close(opening, loader)
        opening = StoreOpening(paths, setup.clock)
        desk = Rescue(paths, setup.clock)
        connection.send(("damaged", str(exc)))
    except Exception as exc:  # the user's problem (a newer database) or not: the window says it and stops
        _close(opening, loader)
        problem = str(exc) if isinstance(exc, CallnotesError) else f"{type(exc).__name__}: {exc}"
        connection.send(("unavailable", problem))
        return
    sending = threading.Lock()
    cancels: dict[int, threading.Event] = {}
    long_jobs: set[int] = set()
    quick = _Quick()

    def send(message: Message) -> None:
        with sending, contextlib.suppress(OSError):  # the window is gone: nobody to tell
            connection.send(message)

    def run(job_id: int, method: str, lane: Lane, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        cancelled = cancels[job_id]
        try:
            if cancelled.is_set():
                raise JobCancelled
            if lane == Lane.LONG:
                kwargs = {
                    **kwargs,
                    "progress": lambda d, t: send(("progress", job_id, d, t)),
                    "cancel": lambda: quick.given_way(cancelled),  # asked at each step
                }
            send(("done", job_id, getattr(desk, method)(*args, **kwargs)))
        except Exception as exc:
            send(("failed", job_id, _portable(exc)))
        finally:
            cancels.pop(job_id, None)
            long_jobs.discard(job_id)
            if lane != Lane.LONG:
                quick.add(-1)

    lanes: dict[Lane, queue.Queue[tuple[Any, ...] | Callable[[], None] | None]] = {
        lane: queue.Queue() for lane in Lane
    }

    def work(jobs: queue.Queue[tuple[Any, ...] | Callable[[], None] | None]) -> None:
        while (job := jobs.get()) is not None:
            if callable(job):
                job()
            else:
                run(*job)

    if loader is not None:
        started = loader

        def ahead() -> None:
            """The list's first page before the window asks for it (the window starts meanwhile), then
            SQLAlchemy and the services load: on one interpreter lock they would halve its pace."""
            with contextlib.suppress(Exception):  # the window's own request for the page says what is wrong
                if isinstance(desk, Desk):
                    desk.look_ahead(PAGE_AHEAD)
            started.start()

        lanes[Lane.START].put(ahead)

    threads = [threading.Thread(target=work, args=(jobs,)) for jobs in lanes.values()]
    for thread in threads:
        thread.start()
    try:
        while True:
            try:
                message = connection.recv()
            except (EOFError, OSError):
                break  # the window's process has ended
            if message[0] == "run":
                _, job_id, method, lane, args, kwargs = message
                cancels[job_id] = threading.Event()
                if lane == Lane.LONG:
                    long_jobs.add(job_id)
                else:
                    quick.add(1)
                lanes[lane].put((job_id, method, lane, args, kwargs))
            elif message[0] == "cancel":
                event = cancels.get(message[1])  # a job that has just finished is no longer there
                if event is not None:
                    event.set()
            elif message[0] == "stop":
                break
    finally:
        for job_id in list(long_jobs):  # nobody waits for a packet any more: it stops at its next step
            event = cancels.get(job_id)
            if event is not None:
                event.set()
        for jobs in lanes.values():
            jobs.put(None)  # the writes already received are still done, first to last
        for thread in threads:
            thread.join()
        if _close(opening, loader) and sqlite_file:
            health.mark_stopped(paths)  # closed cleanly: the next start needs no check


def _close(opening: StoreOpening, loader: threading.Thread | None) -> bool:
    """Close the store's connections once it has opened (if it is opening); whether there was one."""
    if loader is not None and loader.ident is not None:  # started (after the first page was read ahead)
        loader.join()
    store = opening.store
    if store is not None:
        store.database.engine.dispose()
    return store is not None


# What the fork server imports before it forks a desk. By default only what opens the data: the app
# starts one desk, and waiting a second for every import before it can fork would only delay the first
# rows; the desk loads the rest itself while it answers the first reads. The tests start hundreds of
# desks and preload everything the desk runs on (`preload(full=True)`), so each starts at once.
_LIGHT_PRELOAD = (
    "callnotes.services.backend",
    "callnotes.services.desk",
    "callnotes.services.health",
    "callnotes.store.access",
    "callnotes.store.migrate",
    "callnotes.store.plain",  # with these three, the list's first rows, read before SQLAlchemy has loaded
    "callnotes.services.debtor_lines",
    "callnotes.services.kept_order",
)
_full_preload = False


def preload(*, full: bool) -> None:
    """Choose what the fork server imports before its first desk: everything the desk runs on, or only
    what opens the data. Takes effect for a fork server not started yet."""
    global _full_preload
    _full_preload = full


def _context() -> Any:
    """Fork from a clean server where the platform has one (fast, and no Qt threads are copied)."""
    import multiprocessing  # here: the window imports this module before it is first painted

    if "forkserver" in multiprocessing.get_all_start_methods():
        from callnotes.services.desk import RUNS_ON

        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([*_LIGHT_PRELOAD, *(RUNS_ON if _full_preload else ())])
        return context
    return multiprocessing.get_context("spawn")


def _rescues(method: str) -> bool:
    """Whether the desk of a damaged database (services.desk.Rescue) serves this method."""
    from callnotes.services.desk import Rescue

    return callable(getattr(Rescue, method, None))


class DeskProcess:
    """The window's side of the desk process: submit calls, get their outcome through a callback.

    The clock and the data folder are also here, for what the window shows without asking the
    desk (the time of a line being typed, the folder in the status bar). Creating one returns at once:
    the process starts on the listener's thread (or when `start` is called: the app starts it once its
    window has been painted), and the calls submitted before it has opened the data are held here and
    sent, in order, once it has (`when_opened` says how that went).
    """

    def __init__(self, setup: DeskSetup, *, start: bool = True) -> None:
        self.clock = setup.clock
        self.paths = AppPaths.resolve(setup.data_dir)
        self._setup = setup
        self._ids = itertools.count(1)
        self._handlers: dict[int, Callable[[Message], None]] = {}
        self._held: list[Message] = []  # calls made before the data was open, sent once it is
        self._opened_callbacks: list[Callable[[str | None], None]] = []
        self._lock = threading.Condition()
        self._closing = False
        self._reset()
        if start:
            self.start()

    def _reset(self) -> None:
        """No desk process yet: none started, or the last one stopped (a restart)."""
        self._problem: str | None = None
        self.damaged = False  # the database is damaged: only the backups can be listed and restored
        self._ready = threading.Event()
        self._open = False  # the desk opened the data: calls go straight to it
        self._started = threading.Event()
        self.process: BaseProcess | None = None
        self._connection: Connection | None = None
        self._listener: threading.Thread | None = None

    def start(self, *, early: bool = False) -> None:
        """Start the desk process, on the listener's thread (the fork server may have to start first).
        `early`: this program has not loaded Qt and runs no other thread yet: on Linux the desk is forked
        from it here, in a millisecond, and opens the data on the other core while the window starts
        (elsewhere, or once Qt is loaded, it starts as it always does). A later start (a restart) is
        never forked from the window's process: Qt's threads would be copied."""
        import multiprocessing

        fork = (
            early
            and sys.platform.startswith("linux")
            and "PySide6.QtCore" not in sys.modules
            and threading.active_count() == 1
        )
        context = multiprocessing.get_context("fork") if fork else _context()
        ours, theirs = context.Pipe()
        self._connection = ours
        self.process = process = context.Process(
            target=_serve_forked if fork else serve,
            args=(theirs, self._setup, ours) if fork else (theirs, self._setup),
            name="callnotes-desk",
            daemon=True,
        )
        if fork and not self._begin(process, theirs):
            return
        self._listener = threading.Thread(
            target=self._listen if fork else self._run,
            args=(ours,) if fork else (process, ours, theirs),
            name="callnotes-desk-listener",
            daemon=True,
        )
        self._listener.start()

    def _begin(self, process: BaseProcess, theirs: Connection) -> bool:
        """Start the desk process; whether it started (if not, that is why the data cannot be opened)."""
        try:
            process.start()
        except Exception as exc:  # no process: said as the reason the data cannot be opened
            self._opened(f"The callnotes desk process could not start ({type(exc).__name__}: {exc}).")
            return False
        finally:
            theirs.close()
            self._started.set()
        return True

    def _run(self, process: BaseProcess, ours: Connection, theirs: Connection) -> None:
        """Start the desk process (the fork server may have to start first), then listen to it."""
        if self._begin(process, theirs):
            self._listen(ours)

    def today(self) -> date:
        """Today in the user's own calendar."""
        return self.clock.today()

    def wait_ready(self) -> str | None:
        """Wait until the desk has opened the store (an upgrade may take a while); the reason if it could not."""
        self._ready.wait()
        return self._problem

    def when_opened(self, callback: Callable[[str | None], None]) -> None:
        """Call `callback` with what `wait_ready` returns once the desk has opened the data (at once if it
        has), on the listener's thread; again after each restart."""
        with self._lock:
            self._opened_callbacks.append(callback)
            known = self._ready.is_set()
        if known:
            callback(self._problem)

    def submit(self, job: Call[Any], handler: Callable[[Message], None]) -> int:
        """Send a call; `handler` gets its progress and outcome messages, on the listener's thread.
        Before the desk has opened the data the call is held, and sent once it has."""
        if (
            self.process is not None
            and not self.process.is_alive()
            and self._ready.is_set()
            and not self._problem
        ):
            self._fail_outstanding()  # they went to the desk process that died
            self._reset()
            self.start()  # the calls from now on go to a new one
            self.wait_ready()
        job_id = next(self._ids)
        message = ("run", job_id, job.method, job.lane, job.args, job.kwargs)
        with self._lock:
            self._handlers[job_id] = handler
            if not self._open and not (self.damaged and _rescues(job.method)):
                self._held.append(message)  # sent once the data is open (the window's, while restoring)
                return job_id
            failure = self._send(message)
        if failure is not None:
            self._finish(job_id, failure)
        return job_id

    def _send(self, message: Message) -> Message | None:
        """Send a call (holding the lock, so the held calls go first, in order); its failure, if it
        cannot be sent, for `_finish` once the lock is released."""
        job_id = message[1]
        assert self._connection is not None  # sent once the desk has opened the data: it was started
        try:
            self._connection.send(message)
        except OSError:
            return ("failed", job_id, CallnotesError(STOPPED))
        except Exception as exc:  # an argument that cannot cross to the desk process: a bug
            return ("failed", job_id, _portable(exc))
        return None

    def cancel(self, job_id: int) -> None:
        """Ask a job to stop (one not started yet will not run)."""
        with self._lock:
            held = next((m for m in self._held if m[1] == job_id), None)
            if held is not None:
                self._held.remove(held)
        if held is not None:
            self._finish(job_id, ("failed", job_id, JobCancelled()))
            return
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.send(("cancel", job_id))

    def drain(self, seconds: float) -> bool:
        """Wait until every submitted job has come back; False if some did not in time (the calls still
        held for a desk that could not open the data are not waited for)."""
        with self._lock:
            return self._lock.wait_for(lambda: len(self._handlers) <= len(self._held), seconds)

    def restart(self) -> str | None:
        """Stop the desk process and start a new one on the same data (after restoring a damaged
        database); the reason if it cannot open the data, as `wait_ready`. The calls still held go to
        the new one once it has opened the data."""
        self.close()
        self._closing = False
        self._reset()
        self.start()
        return self.wait_ready()

    def close(self) -> None:
        """Let the desk finish what it was given, then stop it."""
        self._closing = True
        process, connection, listener = self.process, self._connection, self._listener
        if process is None or connection is None or listener is None:
            return  # never started
        with contextlib.suppress(OSError):
            connection.send(("stop",))
        self._started.wait()
        if process.is_alive() or process.exitcode is not None:  # it was started
            process.join(STOP_SECONDS)
            if process.is_alive():
                process.terminate()
        connection.close()
        if listener is not threading.current_thread():
            listener.join(STOP_SECONDS)  # so a restart's new desk is not told the old one stopped

    def _finish(self, job_id: int, message: Message) -> None:
        with self._lock:
            handler = self._handlers.pop(job_id, None)
            self._lock.notify_all()
        if handler is not None:
            handler(message)

    def _opened(self, problem: str | None, *, damaged: bool = False) -> None:
        """The desk has opened the data (problem None), found it damaged, or cannot open it: the held
        calls go to it when it is open, and whoever asked is told."""
        failures = []
        with self._lock:
            self._problem, self.damaged = problem, damaged
            if problem is None:
                self._open = True
                held, self._held = self._held, []
                failures = [failure for message in held if (failure := self._send(message)) is not None]
            self._ready.set()
            callbacks = list(self._opened_callbacks)
        for failure in failures:
            self._finish(failure[1], failure)
        for callback in callbacks:
            callback(problem)

    def _listen(self, connection: Connection) -> None:
        while True:
            try:
                message = connection.recv()
            except (EOFError, OSError):
                break
            kind = message[0]
            if kind == "ready":
                self._opened(None)
            elif kind == "unavailable":
                self._opened(message[1])
            elif kind == "damaged":  # the desk serves only the backups and restoring one
                self._opened(message[1], damaged=True)
            elif kind == "progress":
                with self._lock:
                    handler = self._handlers.get(message[1])
                if handler is not None:
                    handler(message)
            else:
                self._finish(message[1], message)
        if connection is not self._connection:
            return  # an earlier desk process, already replaced: the new one's state is not this one's
        if not self._ready.is_set():
            self._opened("The callnotes desk process stopped before it could open the data.")
        if self._closing:
            return  # closed on purpose
        print("callnotes: the desk process stopped", file=sys.stderr)
        self._fail_outstanding()

    def _fail_outstanding(self) -> None:
        """Every job still out fails: the desk process that had them is gone."""
        with self._lock:
            held = {message[1] for message in self._held}
            gone = [job_id for job_id in self._handlers if job_id not in held]
        for job_id in gone:
            self._finish(job_id, ("failed", job_id, CallnotesError(STOPPED)))
