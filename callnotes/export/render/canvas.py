"""The canvas and document template of a packet: numbers known only at the end are drawn as PDF
forms and filled in when the canvas is saved, so the packet is laid out once."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from io import BytesIO
from math import ceil, floor
from typing import Any

from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable

from callnotes.export.exhibits import Mark


class _Stamp(TimeStamp):
    """The PDF's creation date from callnotes' clock: reportlab would read the system's time."""

    def __init__(self, moment: datetime) -> None:
        super().__init__(invariant=True)  # invariant: reportlab reads no clock of its own
        utc = moment.astimezone(UTC)
        self.t, self.lt = utc.timestamp(), utc.timetuple()
        self.YMDhms = tuple(self.lt)[:6]


class PacketCanvas(Canvas):
    """A canvas that draws deferred texts as forms and defines those forms when it is saved, and notes
    each bookmark in `marks` (so the split files get their share of the outline)."""

    def __init__(
        self,
        *args: Any,
        resolve: Callable[[str], str],
        made_at: datetime,
        marks: list[Mark] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **{**kwargs, "invariant": True})
        self._doc._timeStamp = _Stamp(made_at)  # type: ignore[attr-defined]  # the stubs omit _doc
        self._resolve = resolve
        self._deferred: dict[str, tuple[str, float, str]] = {}
        self.marks = [] if marks is None else marks

    def addOutlineEntry(self, title: str, key: str, level: int = 0, closed: bool | None = None) -> None:
        """Add the bookmark to the PDF's outline, and note it with its page."""
        self.marks.append(Mark(title, key, level, self.getPageNumber()))
        super().addOutlineEntry(title, key, level, closed)

    @staticmethod
    def _form(name: str) -> str:
        return "D" + re.sub(r"\W", "_", name)

    def defer(self, name: str, x: float, y: float, font: str, size: float, align: str = "L") -> None:
        """Draw the text that `name` will resolve to, with its baseline starting (or ending) at x, y."""
        self._deferred.setdefault(name, (font, size, align))
        self.saveState()
        self.translate(x, y)
        self.doForm(self._form(name))
        self.restoreState()

    def save(self) -> None:
        """Define the form of each deferred text, now that every page is laid out, then write the PDF."""
        for name, (font, size, align) in self._deferred.items():
            text = self._resolve(name)
            width = pdfmetrics.stringWidth(text, font, size)
            left = -width if align == "R" else 0.0
            box = (floor(left - 1), floor(-size), ceil(left + width + 1), ceil(size * 1.5))  # outward
            self.beginForm(self._form(name), lowerx=box[0], lowery=box[1], upperx=box[2], uppery=box[3])
            self.setFont(font, size)
            self.drawString(left, 0, text)
            self.endForm()
        super().save()


class PacketDoc(BaseDocTemplate):
    """The document template; calls `placed` after each flowable (for progress and cancelling)."""

    def __init__(self, buffer: BytesIO, placed: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(buffer, **kwargs)
        self._placed = placed

    def afterFlowable(self, flowable: Flowable) -> None:
        self._placed()
