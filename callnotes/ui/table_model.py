"""One table model for every list of plain rows, described by its columns.

It sorts and filters itself: a sort key is computed once per row in Python and the list is sorted in
one call, instead of a proxy model asking Python for two values at every comparison (with thousands
of debtors that alone kept the window busy for a tenth of a second). Rows are added, replaced and
removed one at a time where that is what happened, so a long list is never rebuilt for one line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from callnotes.ui.labels import plain_tooltip

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_PADDING = 28  # the cell's margins, and in a header the sort arrow's room
# A header that sizes its columns to their contents measures this many rows, not thousands.
SIZED_ROWS = 40

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column: its (translatable) title, how a row shows in it, and how it sorts."""

    title: object  # marked with QT_TRANSLATE_NOOP in the module that defines the columns (typed object)
    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None  # values Python can order: str, int, float, date
    numeric: bool = False  # right-aligned
    tooltip: Callable[[Any], str] | None = None


class ColumnsModel(QAbstractTableModel):
    """What every read-only table of callnotes answers Qt: rows of plain objects shown through
    `Column`s, their display texts kept once made (the subclasses fill `_rows`)."""

    def __init__(self, context: str, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = list(columns)
        self._rows: list[Any] = []  # the rows shown, in order
        # Qt asks for a cell's text each time it paints or measures it: formatted once per row and column
        self._shown_text: dict[tuple[int, int], str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self._context, self._columns, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        return cell_data(
            self._columns[index.column()], self._rows[index.row()], index.column(), role, self._shown_text
        )


class RowsTableModel(ColumnsModel):
    """A read-only table over a list of plain objects, sortable by any column and filterable."""

    def __init__(self, context: str, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(context, columns, parent)
        self._all: list[Any] = []  # every row, in the order given
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._accepts: Callable[[Any], bool] | None = None

    # --- changing the rows ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._arranged(self._all)
        self._shown_text = {}
        self.endResetModel()

    def append_row(self, row: Any) -> None:
        """Add one row at the end (unsorted tables only: a log keeps the order it was written in)."""
        self._all.append(row)
        if self._accepts is None or self._accepts(row):
            position = len(self._rows)
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.append(row)
            self.endInsertRows()

    def replace_row(self, old: Any, new: Any) -> None:
        """Show `new` in the place of the row `old` (the same object)."""
        self._shown_text = {key: text for key, text in self._shown_text.items() if key[0] != id(old)}
        self._all = [new if r is old else r for r in self._all]
        for position, row in enumerate(self._rows):
            if row is old:
                self._rows[position] = new
                self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._columns) - 1))

    def set_filter(self, accepts: Callable[[Any], bool] | None) -> None:
        """Show only the rows `accepts` keeps (all rows when None)."""
        self._accepts = accepts
        self.beginResetModel()
        self._rows = self._arranged(self._all)
        self.endResetModel()

    def _arranged(self, rows: list[Any]) -> list[Any]:
        shown = [r for r in rows if self._accepts(r)] if self._accepts else list(rows)
        if self._sort is not None:
            column, order = self._sort
            key = self._columns[column].sort_key or self._columns[column].display
            shown.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        return shown

    # --- reading ------------------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        return self._rows[row]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def position_of(self, accepts: Callable[[Any], bool]) -> int | None:
        """The position of the first shown row that `accepts` keeps."""
        return next((position for position, row in enumerate(self._rows) if accepts(row)), None)

    # --- Qt's side ----------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the shown rows by a column, keeping selections and the current row on their rows."""
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows_before = [self._rows[index.row()] for index in before]
        self._sort = (column, order)
        self._rows = self._arranged(self._all)
        where = {id(row): position for position, row in enumerate(self._rows)}
        after = [
            self.index(where[id(row)], index.column()) for row, index in zip(rows_before, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


def header_text(
    context: str, columns: Sequence[Column], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """A column's translated title, for a model's `headerData`."""
    horizontal_text = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
    if horizontal_text and 0 <= section < len(columns):
        return QCoreApplication.translate(context, str(columns[section].title))
    return None


def cell_data(
    column: Column, row: Any, column_index: int, role: int, shown_text: dict[tuple[int, int], str]
) -> Any:
    """What a model's `data` answers for `row` in `column`; display texts are kept in `shown_text`
    (keyed by the row object's id and the column), since Qt asks for them at every paint."""
    if role == Qt.ItemDataRole.DisplayRole:
        key = (id(row), column_index)
        text = shown_text.get(key)
        if text is None:
            text = shown_text[key] = column.display(row)
        return text
    if role == ROW_ROLE:
        return row
    if role == Qt.ItemDataRole.TextAlignmentRole:
        horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
        return plain_tooltip(column.tooltip(row))
    return None


def fit_columns(
    view: QTableView, samples: Mapping[int, str] | None = None, stretch: int | None = None
) -> int:
    """Size a table's columns from their titles (and a sample of what a column typically holds),
    measured with the fonts: never by asking every cell, which on a long list keeps the window busy
    (and on a paged list would load it whole). The user may resize them; `stretch` (the last column
    unless another is given) takes the room left. Call `keep_fitted_modes` after restoring a saved
    header state, which may bring back an older sizing. Returns the columns' fitted width in all."""
    header = view.horizontalHeader()
    model = view.model()
    header_metrics, cell_metrics = header.fontMetrics(), view.fontMetrics()
    last, fitted = model.columnCount() - 1, 0
    for column in range(last + 1):
        title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        width = header_metrics.horizontalAdvance(str(title or "")) + COLUMN_PADDING
        sample = (samples or {}).get(column)
        if sample and not (stretch is None and column == last):  # a stretched last column fills the rest
            width = max(width, cell_metrics.horizontalAdvance(sample) + COLUMN_PADDING)
        header.resizeSection(column, width)
        fitted += width
    keep_fitted_modes(view, stretch)
    return fitted


def keep_fitted_modes(view: QTableView, stretch: int | None = None) -> None:
    """Every column of `view` sized by the user (Interactive), one stretched to fill the row."""
    header = view.horizontalHeader()
    last = view.model().columnCount() - 1
    stretched = last if stretch is None else stretch
    header.setStretchLastSection(stretched == last)
    for column in range(last + 1):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretched != last
            else QHeaderView.ResizeMode.Interactive
        )
        header.setSectionResizeMode(column, mode)
