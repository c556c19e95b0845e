"""What an export wrote and what to check before filing it: each file with its pages and size, the
portal limits a file (or all the split files together) goes over, the amount claimed and the invoices
left out because they are not yet due, and the exhibits that need the user's attention."""

from __future__ import annotations

import html
import math
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from callnotes.export import ExportResult, FlaggedExhibit, UnshownExhibit, WrittenFile
from callnotes.export.portals import PORTAL_LIMITS, PortalLimit
from callnotes.services.interest import shipped_rates
from callnotes.ui.formats import Formats
from callnotes.ui.forms.problems import data_size
from callnotes.ui.labels import filled, marked

CONTEXT = "ExportResults"
PATH_ROLE = Qt.ItemDataRole.UserRole + 1

ROLES = {
    "filing": QT_TRANSLATE_NOOP("ExportResults", "Filing copy"),
    "evidence": QT_TRANSLATE_NOOP("ExportResults", "Evidence copy"),
    "part": QT_TRANSLATE_NOOP("ExportResults", "Document"),
    "index": QT_TRANSLATE_NOOP("ExportResults", "Index"),
}
"""What each written file is, by WrittenFile.role."""

PORTALS = (QT_TRANSLATE_NOOP("ExportResults", "e-mail"),)
"""The words among export.portals.PORTAL_LIMITS' portals (the others are names: LexNET, CM/ECF…)."""

FLAGGED = {
    "fonts": QT_TRANSLATE_NOOP(
        "ExportResults",
        "Exhibit %1, %2: its fonts are not embedded, so it is reproduced as images of its pages. Save it "
        "again as PDF/A from the program that made it, attach the new file and export again.",
    ),
    "colour": QT_TRANSLATE_NOOP(
        "ExportResults",
        "Exhibit %1, %2: it uses printing-press (CMYK) colours without a colour profile, so it is "
        "reproduced as images of its pages. Save it again as PDF/A from the program or scanner that made "
        "it, attach the new file and export again.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "ExportResults",
        "Exhibit %1, %2: the file is damaged, so its pages are reproduced as images as well as they could "
        "be. Ask the sender for the file again, or print and scan the original; attach the new file and "
        "export again.",
    ),
    "other": QT_TRANSLATE_NOOP(
        "ExportResults",
        "Exhibit %1, %2: it contains something a PDF/A file may not (such as scripts or form fields), so "
        "it is reproduced as images of its pages. Save it again as PDF/A from the program that made it, "
        "attach the new file and export again.",
    ),
}
"""An attached PDF that could not go into the packet as PDF/A, by FlaggedExhibit.problem."""

UNSHOWN = {
    "missing": QT_TRANSLATE_NOOP(
        "ExportResults",
        "Exhibit %1, %2, is not in the packet: its stored copy is no longer in the data folder. Restore "
        "the data folder from a backup and export again.",
    ),
    "changed": QT_TRANSLATE_NOOP(
        "ExportResults",
        "Exhibit %1, %2, is not in the packet: its stored copy no longer matches the file that was added. "
        "Restore the data folder from a backup and export again.",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "ExportResults",
        "Exhibit %1, %2, is not in the packet: it could not be read (%3). Attach a readable copy and "
        "export again.",
    ),
    "unsupported": QT_TRANSLATE_NOOP(
        "ExportResults",
        "Exhibit %1, %2, is not in the packet: a file of type %3 cannot be shown in a PDF. Attach it as a "
        "PDF, JPEG or PNG and export again.",
    ),
}
"""An included exhibit the packet could not reproduce, by UnshownExhibit.problem."""


def translated(source: object) -> str:
    """A text marked above, in the interface's language."""
    return marked(CONTEXT, source)


FILE_ROWS = 6
"""Files shown at once before the list scrolls: a split packet has a dozen; the dialog must fit a laptop."""

NOTE_LINES = 6
"""Lines of notes shown at once before they scroll (at least three, however short the notes)."""


class FileList(QTreeWidget):
    """The files written, about six rows high (more scroll). Enter opens the current one and goes no
    further: passed on to the dialog it would press the default button, and a new export would write
    over the files being looked at."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)  # emits itemActivated, then leaves the key to the parent
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()

    def height_for_rows(self, rows: int) -> int:
        """The list's height to show `rows` rows under its header."""
        row = self.sizeHintForRow(0) if self.topLevelItemCount() else self.fontMetrics().lineSpacing() + 4
        return self.header().sizeHint().height() + row * rows + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(
            super().sizeHint().width(), self.height_for_rows(min(self.topLevelItemCount(), FILE_ROWS))
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(
            super().minimumSizeHint().width(), self.height_for_rows(min(self.topLevelItemCount(), 2))
        )


class Notes(QTextBrowser):
    """What to check, as tall as its text up to NOTE_LINES lines (more scroll)."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.maximumHeight())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), min(self.maximumHeight(), self.lines(3)))

    def lines(self, count: int) -> int:
        """The height of `count` lines of text, margins and frame included."""
        margins = 2 * (self.frameWidth() + math.ceil(self.document().documentMargin()))
        return self.fontMetrics().lineSpacing() * count + margins

    def fit(self) -> None:
        """No taller than the text at the current width (the files get the rest), nor than NOTE_LINES."""
        document = self.document()
        document.setTextWidth(self.viewport().width())
        needed = math.ceil(document.size().height()) + 2 * self.frameWidth()
        height = max(min(needed, self.lines(NOTE_LINES)), self.lines(3))
        if height != self.maximumHeight():
            self.setMaximumHeight(height)
            self.updateGeometry()


class ExportResults(QWidget):
    """The outcome of one export, shown under the form until the next export."""

    openFile = Signal(Path)  # a file's row was activated (double-click or Enter)

    def __init__(self, formats: Formats, rates_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self.rates_file = rates_file  # the user's copy of the rate table (AppPaths.reference_rates)
        self.files = FileList(self)
        self.files.setRootIsDecorated(False)
        self.files.setUniformRowHeights(True)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the end says which copy it is
        self.files.setHeaderLabels([self.tr("File"), self.tr("Copy"), self.tr("Pages"), self.tr("Size")])
        header = self.files.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.files.itemActivated.connect(self._activated)
        self.notes = Notes(self)
        self.notes.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.notes)

    def show_result(self, result: ExportResult, destination: str) -> None:
        """List the files written for `destination` and what to check before filing them."""
        self.files.clear()
        for written in result.files:
            item = QTreeWidgetItem(
                [
                    written.path.name,
                    translated(ROLES.get(written.role, written.role)),
                    self.formats.number(written.pages),
                    data_size(written.bytes, self.formats),
                ]
            )
            item.setToolTip(0, str(written.path))
            item.setData(0, PATH_ROLE, str(written.path))
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.files.addTopLevelItem(item)
        first = self.files.topLevelItem(0)
        if first is not None:
            self.files.setCurrentItem(first)  # Enter opens the filing copy
        paragraphs = self.claim(result) + [
            "⚠ " + line
            for line in self.assumed_rates(result)
            + self.warnings(result, destination)
            + self.exhibit_notes(result)
        ]
        self.notes.setHtml("".join(f"<p>{html.escape(text)}</p>" for text in paragraphs))
        self.files.updateGeometry()  # its height follows the number of files
        self.notes.fit()

    def warnings(self, result: ExportResult, destination: str) -> list[str]:
        """A line for each file over its portal's usual size limit, and for the files filed together."""
        limit = PORTAL_LIMITS[destination]
        lines = [self.over_file_limit(written, limit) for written in result.files if written.over_limit]
        parts = sum(1 for written in result.files if written.role == "part")
        if parts > 1 and result.submission_over:  # one file over the limit has its own line above
            lines.append(
                filled(
                    self.tr(
                        "Together the %1 files are %2, more than the %3 per submission %4 usually accepts. "
                        "File them in more than one submission, or leave large exhibits out."
                    ),
                    self.formats.number(parts),
                    data_size(result.submission_bytes, self.formats),
                    data_size(limit.per_submission, self.formats, 0),
                    translated(limit.portal),
                )
            )
        return lines

    def over_file_limit(self, written: WrittenFile, limit: PortalLimit) -> str:
        """What to do about one file over the portal's usual limit per file: a document of the split
        files gets a smaller copy; the whole packet gets split."""
        template = (
            self.tr(
                "%1 is %2, more than the %3 per file %4 usually accepts. Attach a smaller copy of this "
                "document (such as a scan at a lower resolution), or leave it out."
            )
            if written.role in ("part", "index")
            else self.tr(
                "%1 is %2, more than the %3 per file %4 usually accepts. Use one file per document, or "
                "leave large exhibits out."
            )
        )
        return filled(
            template,
            written.path.name,
            data_size(written.bytes, self.formats),
            data_size(limit.per_file, self.formats, 0),
            translated(limit.portal),
        )

    def claim(self, result: ExportResult) -> list[str]:
        """What the packet claims, and the invoices left out because they are not yet due."""
        money = self.formats.money
        lines = [
            filled(
                self.tr("Amount claimed: %1 (invoices %2).")
                if result.claimed_invoices
                else self.tr("Amount claimed: %1."),
                money(result.claimed_minor, result.currency),
                ", ".join(result.claimed_invoices),
            )
        ]
        if result.not_claimed_invoices:
            lines.append(
                filled(
                    self.tr("Not claimed because not yet due: %1 (invoices %2)."),
                    money(result.not_claimed_minor, result.currency),
                    ", ".join(result.not_claimed_invoices),
                )
            )
        return lines

    def assumed_rates(self, result: ExportResult) -> list[str]:
        """The half-years whose statutory interest rate the table lacks (an earlier rate was used), and
        where to add it: the user's copy of the table, made from the shipped one if there is none yet."""
        if not result.assumed_rates:
            return []
        days = ", ".join(self.formats.day(day) for day in result.assumed_rates)
        assumed = (
            self.tr(
                "The statutory interest for the half-year starting %1 uses the latest earlier rate: the rate "
                "table has none for it."
            )
            if len(result.assumed_rates) == 1
            else self.tr(
                "The statutory interest for the half-years starting %1 uses the latest earlier rate: the rate "
                "table has none for them."
            )
        )
        where = (
            self.tr("Check the ECB rate and add it to your copy of the table, %1, then export again.")
            if self.rates_file.is_file()
            else self.tr(
                "Check the ECB rate and add it to the table: copy the table that ships with callnotes, %2, "
                "into the data folder as %1 and edit it (your copy replaces the shipped table), then export "
                "again."
            )
        )
        return [filled(assumed, days) + " " + filled(where, str(self.rates_file), str(shipped_rates()))]

    def exhibit_notes(self, result: ExportResult) -> list[str]:
        """What to do about each exhibit reproduced as an image, and each one left out."""
        return [flagged_text(f) for f in result.flagged] + [unshown_text(u) for u in result.unshown]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.notes.fit()  # a wider dialog wraps the notes onto fewer lines

    def _activated(self, item: QTreeWidgetItem) -> None:
        self.openFile.emit(Path(str(item.data(0, PATH_ROLE))))


def flagged_text(exhibit: FlaggedExhibit) -> str:
    """Why an attached PDF is reproduced as an image, and what to do, in the interface's language."""
    return filled(translated(FLAGGED.get(exhibit.problem, FLAGGED["other"])), exhibit.label, exhibit.name)


def unshown_text(exhibit: UnshownExhibit) -> str:
    """Why an exhibit is not in the packet, and what to do, in the interface's language."""
    template = UNSHOWN.get(exhibit.problem, UNSHOWN["unreadable"])
    return filled(translated(template), exhibit.label, exhibit.name, exhibit.detail or "?")
