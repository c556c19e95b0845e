"""Shared fixtures: a migrated database built once and copied for each test (fast and isolated)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session

from callnotes.paths import AppPaths
from callnotes.store.access import Store, open_store
from callnotes.store.migrate import open_sqlite

TODAY = date(2026, 11, 22)


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
    opened = open_sqlite(folder / "callnotes.sqlite3", folder / "backups")
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
def store(data_dir: Path) -> Iterator[Store]:
    """The store on the test's own data folder."""
    opened = open_store(str(data_dir), None)
    yield opened
    opened.database.engine.dispose()


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    """A session on the test's own database."""
    with store.sessions() as db_session:
        yield db_session


@pytest.fixture
def demo_store(store: Store) -> Store:
    """The store with the example debtors loaded as of TODAY."""
    from callnotes.services.demo import load_demo
    from callnotes.store.engine import transaction

    with transaction(store.sessions) as db_session:
        load_demo(db_session, TODAY)
    return store
