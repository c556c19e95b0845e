"""The rows of the last query the debtor list showed, kept between its pages until anything is written."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from datetime import date
from typing import Generic, TypeVar

Row = TypeVar("Row")


class KeptOrder(Generic[Row]):
    """The rows of the last query the debtor list showed, kept between its pages until anything is
    written, so scrolling (and finding a debtor's line) does not run the aggregate again per page.

    Rule: `changed()` (the desk calls it when any method that may write ends) bumps a generation and
    drops what is kept. A read takes the generation before it reads the database and keeps its rows
    only if no write ended meanwhile, so rows are never kept under a generation newer than the data
    they saw; they are used again only for the same query, day and generation. A fresh read (the
    first page of a query: the list shown anew) always reads the database, so a change made by
    another program is seen whenever the list is shown again; except once, after a read made `ahead`
    (the desk's start, before the window has asked): the window's first fresh read of that query takes
    it, if the check given with it says the database is unchanged since.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()  # reads and writes run on different threads of the desk
        self._generation = 0
        self._kept: tuple[tuple[int, date, Hashable], list[Row]] | None = None
        self._ahead: Callable[[], bool] | None = None  # kept rows read ahead: whether still unchanged

    def changed(self) -> None:
        """Something may have been written: nothing kept is used again."""
        with self._lock:
            self._generation += 1
            self._kept = None
            self._ahead = None

    def rows(
        self,
        as_of: date,
        query: Hashable,
        read: Callable[[], list[Row]],
        fresh: bool = False,
        *,
        ahead: Callable[[], bool] | None = None,
    ) -> list[Row]:
        """The query's rows: those kept for it when still valid (and not `fresh`, unless they were read
        ahead, are not taken yet and the data is unchanged since), else `read()`. With `ahead` (which
        says then whether the data is unchanged), a fresh read kept for the next fresh one."""
        with self._lock:
            key = (self._generation, as_of, query)
            kept = self._kept
            unchanged, self._ahead = (self._ahead, None) if fresh else (None, self._ahead)
        if kept is not None and kept[0] == key and (not fresh or (unchanged is not None and unchanged())):
            return kept[1]
        rows = read()
        with self._lock:
            if self._generation == key[0]:
                self._kept = (key, rows)
                self._ahead = ahead
        return rows
