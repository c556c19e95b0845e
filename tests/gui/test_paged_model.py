"""The paged table model: it asks for the rows the view shows, a page at a time, and never waits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QTableView

from callnotes.services.backend import Call
from callnotes.ui.paged_model import PagedTableModel
from callnotes.ui.table_model import ROW_ROLE, Column


@dataclass(frozen=True)
class Line:
    number: int
    text: str


class QueuedDesk:
    """Answers page calls like the desk process would: later, on the window's thread (queued)."""

    def __init__(self, count: int) -> None:
        self.lines = [Line(n, f"line {n}") for n in range(count)]
        self.asked: list[tuple[Any, ...]] = []

    def start(self, job: Call[Any], on_success: Callable[[Any], None], on_failure: Any = None) -> None:
        self.asked.append(job.args)
        if job.method == "page":
            offset, limit = job.args
            answer: Any = self.lines[offset : offset + limit]
        else:
            answer = self.lines[job.args[0]]
        QTimer.singleShot(0, lambda: on_success(answer))


def page(offset: int, limit: int) -> Call[Any]:
    return Call("page", args=(offset, limit))


COLUMNS = [
    Column("Number", lambda line: str(line.number), numeric=True),
    Column("Text", lambda line: line.text),
]


def test_fetches_only_the_pages_the_view_reaches(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    desk = QueuedDesk(2_000)
    model = PagedTableModel("Test", COLUMNS, desk, key=lambda line: line.number, source=page, page_size=100)
    assert model.rowCount() == 0 and model.loading  # the first page is asked for; nothing waits for it
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, view.verticalHeader().defaultSectionSize() * 20)  # about 20 rows tall
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() == 100, timeout=5_000)
    qtbot.wait(50)  # the view has had its chances to ask for more
    assert model.pages_fetched == 1 and desk.asked == [(0, 100)]
    qtmodeltester.check(model)
    assert model.index(5, 1).data() == "line 5" and model.index(5, 0).data(ROW_ROLE) == Line(5, "line 5")

    view.scrollToBottom()  # the end of what is loaded comes into sight: the next page
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=5_000)
    assert desk.asked[1] == (100, 100)
    while not model.complete:
        view.scrollToBottom()
        qtbot.wait(5)
    assert model.rowCount() == 2_000 and model.pages_fetched == 21, desk.asked  # the last page was empty
    assert not model.canFetchMore(QModelIndex())


def test_refreshes_one_row_in_place_and_resets_for_a_new_query(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    desk = QueuedDesk(250)
    model = PagedTableModel("Test", COLUMNS, desk, key=lambda line: line.number, source=page, page_size=100)
    qtbot.waitUntil(lambda: model.rowCount() == 100, timeout=5_000)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    desk.lines[7] = Line(7, "changed")
    with qtbot.waitSignal(model.dataChanged, timeout=5_000) as changed:
        model.refresh_row(Call("one", args=(7,)))
    assert changed.args[0].row() == 7 and changed.args[1].row() == 7
    assert model.index(7, 1).data() == "changed" and not resets  # that line only; no reset

    model.reset(lambda offset, limit: Call("page", args=(offset + 200, limit)))  # another query
    model.reset()  # and again before its page came back: that page is dropped
    assert resets == [1, 1]
    qtbot.waitUntil(lambda: model.complete, timeout=5_000)
    assert [model.row_at(r).number for r in (0, model.rowCount() - 1)] == [200, 249]
    qtmodeltester.check(model)
    model.remove_key(210)
    assert model.position_of_key(210) is None and model.rowCount() == 49


def test_reads_an_answer_that_says_whether_more_follow_and_clears_without_asking(qtbot) -> None:  # type: ignore[no-untyped-def]
    desk = QueuedDesk(30)

    def unpack(answer: Any) -> tuple[list[Line], bool]:  # as a SearchPage: its rows, and whether more follow
        rows, more = answer
        return rows, more

    def page_saying_more(offset: int, limit: int) -> Call[Any]:
        return Call("page", args=(offset, limit))

    failures: list[Exception] = []
    model = PagedTableModel(
        "Test",
        COLUMNS,
        desk,
        key=lambda line: line.number,
        page_size=10,
        unpack=unpack,
        on_failure=failures.append,
    )
    real_start = desk.start

    def answering_with_more(
        job: Call[Any], on_success: Callable[[Any], None], on_failure: Any = None
    ) -> None:
        offset, limit = job.args
        real_start(job, lambda rows: on_success((rows, offset + limit < 25)), on_failure)

    desk.start = answering_with_more  # type: ignore[method-assign]
    model.reset(page_saying_more)
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=5_000)
    assert not model.complete  # a full page, and the answer says more follow
    while not model.complete:
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.loading, timeout=5_000)
    assert model.rowCount() == 30
    assert model.complete  # the answer said no more, though the page was full

    asked = len(desk.asked)
    model.clear()
    assert model.rowCount() == 0 and model.complete and len(desk.asked) == asked  # nothing asked

    def failing(job: Call[Any], on_success: Any, on_failure: Callable[[Exception], None]) -> None:
        QTimer.singleShot(0, lambda: on_failure(ValueError("old query")))

    desk.start = failing  # type: ignore[method-assign]
    model.reset(page_saying_more)
    desk.start = answering_with_more  # type: ignore[method-assign]
    model.reset(page_saying_more)  # a new query before the old one failed: its failure is not shown
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=5_000)
    qtbot.wait(20)
    assert failures == []
