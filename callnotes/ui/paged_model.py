"""A table model that asks the desk for its rows a page at a time, as the view scrolls to them.

A list of thousands of debtors or entries is never loaded whole: the model starts with the first page
and Qt's view asks for more (`canFetchMore`/`fetchMore`) only when its last row comes into sight. Each
page is a desk call run through the window's worker, so the window's thread never waits for it; the
rows are inserted when the answer comes back. Sorting and filtering belong to the query, not to the
model: the owner gives a new page source (`reset`) and the model starts again from the first page,
dropping any page still on its way for the old one. One row can be refreshed in place (after a call
ends, only that debtor's line changes), so an edit never rebuilds the list.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from callnotes.services.backend import Call
from callnotes.ui.table_model import Column, ColumnsModel

Index = QModelIndex | QPersistentModelIndex
PageSource = Callable[[int, int], Call[Any]]  # (offset, limit) → the desk call for that page
# A desk answer that is more than its rows (a SearchPage) → its rows, and whether more follow
Unpack = Callable[[Any], tuple[Sequence[Any], bool]]
PAGE_SIZE = 100
TYPING_PAUSE_MS = 150  # a query typed into a paged list is asked of the desk this long after the last key


class Starts(Protocol):
    """What the model needs of the window's worker (ui/worker.py `Worker`): start a desk call."""

    def start(
        self,
        job: Call[Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None] | None = None,
    ) -> Any: ...


class PagedTableModel(ColumnsModel):
    """A read-only table over rows fetched page by page from the desk.

    `source(offset, limit)` gives the desk call that returns at most `limit` rows from `offset`; a page
    shorter than `limit` is the last one. `key(row)` names a row (a debtor's id, an entry's number) so
    one row can be refreshed or found. Columns are those of `table_model.Column` (their sort keys are
    not used here: the query sorts). A desk call that answers with more than a sequence of rows (a
    SearchPage says itself whether more follow) is read by `unpack`.
    """

    pageArrived = Signal()  # a page came back (perhaps empty): the owner may update an empty state
    sortRequested = Signal(int, Qt.SortOrder)  # a click on a header: the owner resets with a new query

    def __init__(
        self,
        context: str,
        columns: Sequence[Column],
        worker: Starts,
        key: Callable[[Any], Hashable],
        source: PageSource | None = None,
        *,
        page_size: int = PAGE_SIZE,
        on_failure: Callable[[Exception], None] | None = None,
        unpack: Unpack | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(context, columns, parent)
        self._worker = worker
        self._key = key
        self._source = source
        self._page_size = page_size
        self._on_failure = on_failure
        self._unpack = unpack
        self._generation = 0  # bumped by reset: a page asked for an older query is dropped
        self._loading = False
        self._complete = source is None
        self._failed = False
        self._waiting: list[tuple[int, Callable[[], None]]] = []  # (row, then): see load_through
        self.pages_fetched = 0  # how many pages were asked for since the last reset (tests, benchmarks)
        if source is not None:
            self.fetchMore(QModelIndex())

    # --- the owner's side ---------------------------------------------------------------------------
    def clear(self) -> None:
        """Show nothing and ask for nothing until the next `reset` with a source."""
        self._source = None
        self.reset()

    def reset(self, source: PageSource | None = None) -> None:
        """Forget every row and start again from the first page (of `source` when given: a new sort
        or filter). Nothing is shown until the first page comes back."""
        if source is not None:
            self._source = source
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._shown_text = {}
        self._loading = False
        self._failed = False
        self._complete = self._source is None
        self._waiting = []
        self.pages_fetched = 0
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def refresh_row(self, job: Call[Any]) -> None:
        """Ask the desk for one row again (`job` returns the row, or None when it is no longer listed)
        and show it in place of the row with the same key; nothing else changes."""
        generation = self._generation

        def arrived(row: Any) -> None:
            if generation == self._generation and row is not None:
                self.update_row(row)

        self._worker.start(job, arrived, self._failure_of(None))

    def update_row(self, row: Any) -> bool:
        """Show `row` in place of the loaded row with the same key; False when none is loaded."""
        position = self.position_of_key(self._key(row))
        if position is None:
            return False
        old = self._rows[position]
        self._shown_text = {k: text for k, text in self._shown_text.items() if k[0] != id(old)}
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._columns) - 1))
        return True

    def remove_key(self, key: Hashable) -> None:
        """Take the row with this key out of the list (it is no longer listed)."""
        position = self.position_of_key(key)
        if position is not None:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()

    # --- reading -------------------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        return self._rows[row]

    @property
    def rows(self) -> list[Any]:
        """The rows loaded so far."""
        return list(self._rows)

    @property
    def loading(self) -> bool:
        """A page is on its way."""
        return self._loading

    @property
    def complete(self) -> bool:
        """Every row of the query is loaded."""
        return self._complete

    def position_of(self, accepts: Callable[[Any], bool]) -> int | None:
        """The position of the first loaded row that `accepts` keeps."""
        return next((position for position, row in enumerate(self._rows) if accepts(row)), None)

    def position_of_key(self, key: Hashable) -> int | None:
        return self.position_of(lambda row: self._key(row) == key)

    # --- fetching ------------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid():
            return False
        return not (self._complete or self._loading or self._failed)

    def fetchMore(self, parent: Index) -> None:
        """Ask for the next page; it is inserted when it comes back (the window never waits)."""
        if self.canFetchMore(parent):
            self._fetch(self._page_size)

    def load_through(self, row: int, then: Callable[[], None]) -> None:
        """Have the rows up to `row` loaded (in one desk call for what is missing), then call `then`:
        at once when they are, or when every row is loaded and there are fewer."""
        if row < len(self._rows) or self._complete:
            then()
            return
        self._waiting.append((row, then))
        if not (self._loading or self._failed):
            self._fetch(max(self._page_size, row + 1 - len(self._rows)))

    def _fetch(self, limit: int) -> None:
        if self._source is None:
            return
        self._loading = True
        self.pages_fetched += 1
        generation = self._generation
        offset = len(self._rows)

        def arrived(answer: Any) -> None:
            if generation != self._generation:
                return  # the answer to a query the owner has since replaced
            page, more = self._unpack(answer) if self._unpack else (answer, len(answer) >= limit)
            if page:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()
            # only now: a view (or a tester) that asks for more while the rows go in gets nothing twice
            self._loading = False
            self._complete = not more
            self.pageArrived.emit()
            self._serve_waiting()

        self._worker.start(self._source(offset, limit), arrived, self._failure_of(generation))

    def _serve_waiting(self) -> None:
        ready = [(row, then) for row, then in self._waiting if row < len(self._rows) or self._complete]
        self._waiting = [waiting for waiting in self._waiting if waiting not in ready]
        for _row, then in ready:
            then()
        if self._waiting and not self._loading:
            self._fetch(max(self._page_size, max(row for row, _ in self._waiting) + 1 - len(self._rows)))

    def _failure_of(self, generation: int | None) -> Callable[[Exception], None]:
        def failed(exc: Exception) -> None:
            if generation is not None and generation != self._generation:
                return  # the failure of a query the owner has since replaced: not the one shown
            if generation is not None:
                self._loading = False
                self._failed = True  # no retry loop; the next reset tries again
            if self._on_failure is not None:
                self._on_failure(exc)

        return failed

    # --- Qt's side -----------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The query sorts: tell the owner, who resets the model with a query in that order."""
        if 0 <= column < len(self._columns):
            self.sortRequested.emit(column, order)
