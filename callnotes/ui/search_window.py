"""Search everything (Ctrl+F): notes and entries, debtors, people, invoice numbers and phone numbers.

The query is searched as it is typed, a moment after the last key; an answer to an older query is
dropped. Hits are fetched a page at a time as the list is scrolled to them, newest first or most
relevant first. Each hit shows what it is, whose it is, when, and the words around the match with
the matched words drawn bold on a highlight. Enter (or a double click) on a hit shows it in the
window; Escape closes; the query field keeps the focus and Down moves into the hits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.search import HitKind, SearchHit, SearchOrder, SearchPage
from callnotes.services.backend import Call, call
from callnotes.services.desk import Desk
from callnotes.ui.formats import Formats
from callnotes.ui.forms.problems import error_text
from callnotes.ui.paged_model import TYPING_PAUSE_MS, PagedTableModel
from callnotes.ui.table_model import ROW_ROLE, Column
from callnotes.ui.worker import Worker

PAGE_SIZE = 50  # hits asked for at a time: a few screens of the list
MARGIN = 4
HIGHLIGHT = QColor("#ffe08a")  # behind a matched word: a marker's yellow, readable in light and dark
MATCHED_TEXT = QColor("#000000")

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "SearchWindow"


@dataclass(frozen=True)
class ShownHit:
    """A hit with the words its row shows, worded once when it arrives (not at every paint)."""

    hit: SearchHit
    what: str  # what it is, in the interface's words: "note", "debtor", "person · Ana Ruiz"…
    when: str  # the moment on the user's clock, or empty

    @property
    def text(self) -> str:
        """The row as one plain line (for screen readers, tooltips and tests)."""
        head = " · ".join(part for part in (self.hit.debtor_name, self.what, self.when) if part)
        return f"{head}\n{self.hit.snippet.text}"


class HitDelegate(QStyledItemDelegate):
    """Draws a hit in two lines, no widget per row: the debtor, what it is and when; then the snippet
    with its matched words bold on a highlight (Snippet.parts: odd parts are the matched words)."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return option.font, bold

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        plain, bold = self._fonts(option)
        height = QFontMetrics(bold).height() + QFontMetrics(plain).height() + 3 * MARGIN
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        shown = index.data(ROW_ROLE)
        if not isinstance(shown, ShownHit):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        row = QStyleOptionViewItem(option)
        self.initStyleOption(row, index)
        row.text = ""
        if style is not None:  # the row's background and selection, as the style draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, row, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        plain, bold = self._fonts(option)
        area: QRect = option.rect.adjusted(MARGIN * 2, MARGIN, -MARGIN * 2, -MARGIN)
        painter.save()
        painter.setPen(palette.color(text_role))
        top = QFontMetrics(bold).height()
        first = QRect(area.left(), area.top(), area.width(), top)
        self._head(painter, first, shown, plain, bold)
        second = QRect(area.left(), area.top() + top + MARGIN, area.width(), QFontMetrics(plain).height())
        self._snippet(painter, second, shown.hit.snippet.parts, plain, bold, palette.color(text_role))
        painter.restore()

    @staticmethod
    def _head(painter: QPainter, rect: QRect, shown: ShownHit, plain: QFont, bold: QFont) -> None:
        """The debtor in bold, what the hit is after it, and when at the right."""
        when_width = QFontMetrics(plain).horizontalAdvance(shown.when) if shown.when else 0
        if shown.when:
            painter.setFont(plain)
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown.when)
        room = rect.width() - when_width - (3 * MARGIN if shown.when else 0)
        name = QFontMetrics(bold).elidedText(shown.hit.debtor_name, Qt.TextElideMode.ElideRight, room)
        painter.setFont(bold)
        painter.drawText(rect.adjusted(0, 0, -(rect.width() - room), 0), Qt.AlignmentFlag.AlignVCenter, name)
        used = QFontMetrics(bold).horizontalAdvance(name)
        rest = room - used
        if shown.what and rest > 0:
            what = QFontMetrics(plain).elidedText(" · " + shown.what, Qt.TextElideMode.ElideRight, rest)
            painter.setFont(plain)
            painter.drawText(
                QRect(rect.left() + used, rect.top(), rest, rect.height()),
                Qt.AlignmentFlag.AlignVCenter,
                what,
            )

    @staticmethod
    def _snippet(
        painter: QPainter, rect: QRect, parts: tuple[str, ...], plain: QFont, bold: QFont, ink: QColor
    ) -> None:
        """The parts one after the other on one line, the matched ones bold on a highlight, cut with an
        ellipsis where the room ends."""
        x = rect.left()
        for number, part in enumerate(parts):
            text = " ".join(part.split("\n"))  # a snippet is drawn on one line
            if not text:
                continue
            matched = number % 2 == 1
            font = bold if matched else plain
            metrics = QFontMetrics(font)
            room = rect.right() - x
            if room <= 0:
                break
            width = metrics.horizontalAdvance(text)
            if width > room:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
                width = metrics.horizontalAdvance(text)
            piece = QRect(x, rect.top(), width, rect.height())
            painter.setFont(font)
            if matched:
                painter.fillRect(piece, HIGHLIGHT)
                painter.setPen(MATCHED_TEXT)
            painter.drawText(piece, Qt.AlignmentFlag.AlignVCenter, text)
            painter.setPen(ink)
            x += width
            if width >= room:
                break


class SearchWindow(QDialog):
    """The search dialog: a query field, the order, and the hits."""

    hitActivated = Signal(object)  # the SearchHit to show in the window

    def __init__(self, worker: Worker, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search everything"))
        self._formats = formats
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Notes, debtors, people, invoice or phone numbers…"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(self)
        self.order = QComboBox(self)
        self.order.addItem(self.tr("Newest first"), SearchOrder.NEWEST)
        self.order.addItem(self.tr("Most relevant first"), SearchOrder.RELEVANCE)
        self.order.currentIndexChanged.connect(lambda _i: self._search_now())
        order_label = QLabel(self.tr("&Order:"), self)
        order_label.setBuddy(self.order)
        self.model = PagedTableModel(
            CONTEXT,
            [Column(QT_TRANSLATE_NOOP("SearchWindow", "Found"), lambda shown: shown.text)],
            worker,
            key=lambda shown: (shown.hit.kind, shown.hit.debtor_id, shown.hit.seq, shown.hit.title),
            page_size=PAGE_SIZE,
            on_failure=self._failed,
            unpack=self._unpack,
            parent=self,
        )
        self.model.pageArrived.connect(self._say_found)
        self.query = ""
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setUniformItemSizes(True)  # one size for every row: nothing measured per hit
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.activated.connect(self._activate)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # the query is data, never markup
        self.status.setWordWrap(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._search_now)

        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(order_label)
        top.addWidget(self.order)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self.resize(720, 520)
        self._say_found()

    # --- opening ---------------------------------------------------------------------------------
    def open_search(self) -> None:
        """Show the dialog (again) with the focus in the query, its text selected to type over."""
        if self.isVisible():
            self.raise_()  # open behind the main window: to the front
        else:
            self.show()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    # --- searching -------------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if text.strip():
            self._pause.start()  # again: the search waits for a pause in the typing
        else:
            self._search_now()  # cleared: nothing shown at once

    def _search_now(self) -> None:
        self._pause.stop()
        self.search(self.field.text().strip(), SearchOrder(self.order.currentData()))

    def search(self, query: str, order: SearchOrder) -> None:
        """Show the hits of `query` in `order` (none for an empty query): the first page now, the
        others as the list is scrolled to them; an answer to an earlier query is dropped."""
        self.query = query

        def page(offset: int, limit: int) -> Call[SearchPage]:
            return call(Desk.search, query, order, offset, limit)

        if query:
            self.model.reset(page)
        else:
            self.model.clear()
        self._say_found()

    def hit(self, row: int) -> SearchHit:
        """The hit shown in row `row`."""
        shown: ShownHit = self.model.row_at(row)
        return shown.hit

    def _unpack(self, page: SearchPage) -> tuple[Sequence[ShownHit], bool]:
        return tuple(self._word(hit) for hit in page.hits), page.more

    def _word(self, hit: SearchHit) -> ShownHit:
        """What a hit is and when, in the interface's words."""
        if hit.kind is HitKind.ENTRY:  # the core's title is the entry's kind code
            what = self._formats.wording.label("kind", hit.title)
        elif hit.kind is HitKind.DEBTOR:
            what = self.tr("debtor")
        elif hit.kind is HitKind.PERSON:
            what = self.tr("person: %1").replace("%1", hit.title)
        else:  # the core's title is the invoice's number
            what = self.tr("invoice %1").replace("%1", hit.title)
        when = self._formats.moment(hit.at, seconds=False) if hit.at is not None else ""
        return ShownHit(hit, what, when)

    def _say_found(self) -> None:
        query, count = self.query, self.model.rowCount()
        if not query:
            text = self.tr(
                "Type a word to search the notes, the record, debtors, people, invoices and phones."
            )
        elif self.model.loading and not count:
            text = self.tr("Searching…")
        elif not count:
            text = self.tr("Nothing found for “%1”.").replace("%1", query)
        elif not self.model.complete:
            text = self.tr("Found: %1 so far; more as you scroll down.").replace(
                "%1", self._formats.number(count)
            )
        else:
            text = self.tr("Found: %1.").replace("%1", self._formats.number(count))
        self.status.setText(text)

    def _failed(self, exc: Exception) -> None:
        said = error_text(exc, self._formats)
        if said is None:  # a bug: what was not done, and what went wrong
            said = self.tr("The search failed inside callnotes: %1").replace(
                "%1", f"{type(exc).__name__}: {exc}"
            )
        self.status.setText(said)

    # --- keys and choosing -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down (or Page Down) in the query moves into the hits; Enter there shows the current or first."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                current = self.list.currentIndex()
                if not current.isValid():
                    self.list.setCurrentIndex(self.model.index(0, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._pause.isActive():
                    self._search_now()  # Enter before the pause: search now; choosing waits for hits
                elif self.model.rowCount():
                    current = self.list.currentIndex()
                    self._activate(current if current.isValid() else self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hitActivated.emit(self.hit(index.row()))
            self.accept()  # the window shows it; Ctrl+F brings the same hits back
