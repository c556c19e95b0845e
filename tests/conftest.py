"""Shared fixtures: a migrated database built once and copied for each test (fast and isolated).

Every test runs on a fixed clock, so results are the same whatever day the suite runs on.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import Session

from callnotes.clock import FixedClock
from callnotes.paths import AppPaths
from callnotes.services.backend import DeskProcess, DeskSetup, preload
from callnotes.services.desk import Desk
from callnotes.store.access import Store, open_store
from callnotes.store.migrate import open_sqlite

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)  # the same calendar day in Madrid, Athens and New York
USER_ZONE = "Europe/Madrid"

preload(full=True)  # the suite starts hundreds of desk processes: each forks with everything loaded


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests under tests/gui need a QApplication: mark them `gui` so `-m "not gui"` skips them."""
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may read or write the user's real data folder."""
    monkeypatch.setenv("CALLNOTES_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.delenv("CALLNOTES_DATABASE_URL", raising=False)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the newest schema, made once per test run."""
    folder = tmp_path_factory.mktemp("template")
    opened = open_sqlite(folder / "callnotes.sqlite3", folder / "backups", FixedClock(NOW))
    opened.engine.dispose()
    return folder / "callnotes.sqlite3"


@pytest.fixture
def data_dir(tmp_path: Path, migrated_template: Path) -> Path:
    """A data folder holding a fresh copy of the migrated empty database."""
    folder = tmp_path / "data"
    paths = AppPaths(folder).ensure()
    shutil.copy2(migrated_template, paths.database)
    return folder


@pytest.fixture
def clock() -> FixedClock:
    """The test's clock: noon UTC on TODAY, for a user in Madrid; a test may move it."""
    return FixedClock(NOW, USER_ZONE)


@pytest.fixture
def store(data_dir: Path, clock: FixedClock) -> Iterator[Store]:
    """The store on the test's own data folder, on the test's clock."""
    opened = open_store(str(data_dir), None, clock)
    yield opened
    opened.database.engine.dispose()


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    """A session on the test's own database."""
    with store.sessions() as db_session:
        yield db_session


@pytest.fixture
def demo_store(store: Store) -> Store:
    """The store with the example debtors (and their documents) loaded as of TODAY."""
    from callnotes.example import load_example

    load_example(store, NOW)
    return store


@pytest.fixture
def desk(store: Store) -> Desk:
    """The services the window uses, on the test's store, in the test's process (to set things up)."""
    return Desk(store, "tester")


@pytest.fixture
def desk_process(store: Store, clock: FixedClock) -> Iterator[DeskProcess]:
    """The desk process a window talks to, on the test's data folder and clock."""
    process = DeskProcess(DeskSetup(str(store.paths.data_dir), None, clock, "tester"))
    assert process.wait_ready() is None
    yield process
    process.close()
