"""Help ▸ About callnotes: version, an openable data folder, the shipped licences; and the app's icon."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QIcon

from callnotes.licences import FONT, LIBRARIES
from callnotes.resources import resource
from callnotes.ui.about import PURPOSES, AboutDialog


def test_about_names_the_version_opens_the_data_folder_and_lists_licences(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data <&> folder"
    folder.mkdir()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = AboutDialog("9.8.7", folder)
    qtbot.addWidget(dialog)
    dialog.show()

    assert "callnotes 9.8.7" in dialog.title.text()
    assert "data &lt;&amp;&gt; folder" in dialog.folder.text()  # the path is shown as text, not markup
    dialog.folder.linkActivated.emit(QUrl.fromLocalFile(str(folder)).toString())
    assert [url.toLocalFile() for url in opened] == [str(folder)]

    rows = [dialog.components.item(i).text() for i in range(dialog.components.count())]
    assert rows[0].startswith("DejaVu fonts")
    assert any(row.startswith("PySide6") and "LGPL-3.0" in row for row in rows)
    assert any(row.startswith("SQLAlchemy") and "MIT" in row for row in rows)
    assert any(row.startswith("reportlab") and "BSD" in row for row in rows)
    assert "Bitstream" in dialog.text.toPlainText()  # the font's licence text, read from resources/fonts
    dialog.components.setCurrentRow(next(i for i, row in enumerate(rows) if row.startswith("SQLAlchemy")))
    assert "Permission is hereby granted" in dialog.text.toPlainText()
    assert "Used for: the database" in dialog.text.toPlainText()


def test_every_shipped_component_says_what_it_is_for() -> None:
    assert set(PURPOSES) == {FONT, *LIBRARIES}  # a library added to the list needs its (translated) purpose


def test_the_icon_draws_at_the_smallest_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    icon = QIcon(str(resource("icons", "callnotes.svg")))
    image = icon.pixmap(16, 16).toImage()
    assert not image.isNull() and image.width() == 16
    assert image.pixelColor(8, 12).alpha() == 255  # drawn, not an empty square
