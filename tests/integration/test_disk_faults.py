"""A disk that refuses a write (full, read-only, failing) is a StorageError, and nothing half-written stays."""

from __future__ import annotations

import errno
import pickle
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from callnotes.errors import CallnotesError, StorageError
from callnotes.services.desk import Desk
from callnotes.services.views import NoteLine
from callnotes.store.access import Store
from callnotes.store.engine import transaction
from callnotes.store.models import DraftLine
from tests.conftest import NOW
from tests.storage_faults import FULL, READ_ONLY, limit_writes, set_disk


def _lines(store: Store, interaction_id: int) -> list[str]:
    with store.sessions() as session:
        rows = session.exec(
            select(DraftLine).where(DraftLine.interaction_id == interaction_id).order_by(DraftLine.position)  # type: ignore[arg-type]
        )
        return [row.text for row in rows]


def test_a_full_disk_refuses_a_batch_of_lines_whole_and_takes_it_once_there_is_space(
    demo_store: Store, tmp_path: Path
) -> None:
    control = tmp_path / "disk"
    limit_writes(control, demo_store)
    desk = Desk(demo_store, "tester")
    interaction_id = desk.start_call(1, None, "").interaction.id
    set_disk(control, FULL)
    batch = [
        NoteLine(None, NOW + timedelta(seconds=n % 5), "note", f"line {n:03d} " + "x" * 60)
        for n in range(200)
    ]
    with pytest.raises(StorageError) as refused:
        desk.save_lines(interaction_id, batch, "half typed")
    assert refused.value.reason == StorageError.FULL
    assert "disk is full" in str(refused.value)
    assert _lines(demo_store, interaction_id) == []  # all or none: no line of the batch was kept
    with pytest.raises(StorageError):  # the session after the failure is usable: it fails the same way
        desk.save_lines(interaction_id, batch)
    set_disk(control, None)
    saved = desk.save_lines(interaction_id, batch, "half typed")
    assert [line.position for line in saved] == list(range(1, 201))
    assert _lines(demo_store, interaction_id) == [line.text for line in batch]
    assert desk.open_call(interaction_id).pending_text == "half typed"


def test_a_read_only_database_is_said_as_such(demo_store: Store, tmp_path: Path) -> None:
    control = tmp_path / "disk"
    limit_writes(control, demo_store)
    desk = Desk(demo_store, "tester")
    interaction_id = desk.start_call(1, None, "").interaction.id
    set_disk(control, READ_ONLY)
    with pytest.raises(StorageError) as refused:
        desk.save_pending_text(interaction_id, "Dice que")
    assert refused.value.reason == StorageError.READ_ONLY
    set_disk(control, None)
    desk.save_pending_text(interaction_id, "Dice que")
    assert desk.open_call(interaction_id).pending_text == "Dice que"


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (errno.ENOSPC, StorageError.FULL),
        (errno.EROFS, StorageError.READ_ONLY),
        (errno.EIO, StorageError.FAILING),
    ],
)
def test_a_file_the_disk_refuses_inside_a_transaction_is_a_storage_error(
    store: Store, number: int, reason: str
) -> None:
    with pytest.raises(StorageError) as refused, transaction(store.sessions):
        raise OSError(number, "refused")
    assert refused.value.reason == reason


def test_other_failures_are_left_as_they_are(store: Store) -> None:
    with pytest.raises(OSError), transaction(store.sessions):
        raise FileNotFoundError(errno.ENOENT, "no such file")


def test_a_storage_error_crosses_to_the_window_with_its_reason() -> None:
    error = StorageError("The disk is full.", reason=StorageError.FULL)
    back = pickle.loads(pickle.dumps(error))
    assert isinstance(back, StorageError) and isinstance(back, CallnotesError)
    assert (str(back), back.reason) == ("The disk is full.", StorageError.FULL)
