"""Help ▸ About callnotes: the version, the data folder (a link that opens it in the file manager) and
the licences of the bundled font and the main libraries (callnotes.licences reads them)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callnotes.licences import FONT, Licence, shipped_licences
from callnotes.ui.labels import marked

# what each shipped component does for callnotes, by its name in callnotes.licences
PURPOSES = {
    FONT: QT_TRANSLATE_NOOP("AboutDialog", "the font of the window and the packet"),
    "PySide6_Essentials": QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python: the window"),
    "shiboken6": QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python's bindings"),
    "SQLAlchemy": QT_TRANSLATE_NOOP("AboutDialog", "the database"),
    "sqlmodel": QT_TRANSLATE_NOOP("AboutDialog", "the database's tables"),
    "alembic": QT_TRANSLATE_NOOP("AboutDialog", "database upgrades"),
    "pydantic": QT_TRANSLATE_NOOP("AboutDialog", "the tables' values"),
    "reportlab": QT_TRANSLATE_NOOP("AboutDialog", "writes the packet (PDF)"),
    "pypdf": QT_TRANSLATE_NOOP("AboutDialog", "joins PDF pages"),
    "pikepdf": QT_TRANSLATE_NOOP("AboutDialog", "PDF/A copies"),
    "pypdfium2": QT_TRANSLATE_NOOP("AboutDialog", "draws PDF pages for printing"),
    "pillow": QT_TRANSLATE_NOOP("AboutDialog", "images in exhibits"),
    "babel": QT_TRANSLATE_NOOP("AboutDialog", "amounts and dates in each language"),
    "jinja2": QT_TRANSLATE_NOOP("AboutDialog", "letter templates"),
    "phonenumbers": QT_TRANSLATE_NOOP("AboutDialog", "phone numbers"),
    "python-stdnum": QT_TRANSLATE_NOOP("AboutDialog", "tax numbers"),
    "anyascii": QT_TRANSLATE_NOOP("AboutDialog", "file names in plain letters"),
    "platformdirs": QT_TRANSLATE_NOOP("AboutDialog", "where the data folder is"),
}


class AboutDialog(QDialog):
    """What callnotes is, which version, where its data lives, and what it ships under which licence."""

    def __init__(self, version: str, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About callnotes"))
        self.data_dir = data_dir
        icon = QLabel(self)
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        self.title = QLabel(f"<h2>callnotes {html.escape(version)}</h2>", self)
        summary = QLabel(self.tr("Notes and records for getting paid by phone."), self)
        self.folder = QLabel(self)
        # the path is data, not markup: escaped; the link opens the folder, not a web page
        self.folder.setText(
            self.tr("Data folder: %1").replace(
                "%1",
                f'<a href="{QUrl.fromLocalFile(str(data_dir)).toString()}">{html.escape(str(data_dir))}</a>',
            )
        )
        self.folder.linkActivated.connect(self.open_data_folder)
        heading = QVBoxLayout()
        for label in (self.title, summary, self.folder):
            heading.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        self.licences = shipped_licences()
        self.components = QListWidget(self)
        for item in self.licences:
            self.components.addItem(f"{item.name} {item.version} — {item.licence}".replace("  ", " "))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # licence texts are laid out by line
        self.components.currentRowChanged.connect(self._show)
        split = QSplitter(self)
        split.addWidget(self.components)
        split.addWidget(self.text)
        split.setSizes([260, 420])
        licences_label = QLabel(self.tr("Shipped with callnotes, and their licences:"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(licences_label)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.components.setCurrentRow(0)
        self.resize(760, 520)

    def _show(self, row: int) -> None:
        if row < 0:
            return
        item: Licence = self.licences[row]
        used_for = self.tr("Used for: %1").replace("%1", marked("AboutDialog", PURPOSES[item.component]))
        head = f"{item.name} {item.version}\n{item.licence}\n{used_for}"
        body = item.text or self.tr("This package ships no licence text; its licence is named above.")
        self.text.setPlainText(f"{head}\n\n{body}")

    def open_data_folder(self, link: str = "") -> bool:
        """Open the data folder in the system's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
