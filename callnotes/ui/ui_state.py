"""Window sizes, splitter positions and column layouts, kept in the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if (
    TYPE_CHECKING
):  # named, not used, here: Qt builds a class's enums when it is first named (before the paint)
    from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget


class UiState:
    """Saves and restores how windows were laid out; one INI file beside the database."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def restore_window(self, name: str, window: QWidget) -> bool:
        """Put a window back where it was; False when there is nothing saved yet."""
        geometry = self._bytes(f"{name}/geometry")
        return bool(geometry and window.restoreGeometry(geometry))

    def save_window(self, name: str, window: QWidget) -> None:
        self._settings.setValue(f"{name}/geometry", window.saveGeometry())

    def restore_splitter(self, name: str, splitter: QSplitter) -> bool:
        """The splitter's sizes as the user left them; whether there were any to restore."""
        state = self._bytes(f"{name}/splitter")
        return state is not None and not state.isEmpty() and splitter.restoreState(state)

    def save_splitter(self, name: str, splitter: QSplitter) -> None:
        self._settings.setValue(f"{name}/splitter", splitter.saveState())

    def restore_header(self, name: str, header: QHeaderView) -> None:
        state = self._bytes(f"{name}/header")
        if state:
            header.restoreState(state)

    def save_header(self, name: str, header: QHeaderView) -> None:
        self._settings.setValue(f"{name}/header", header.saveState())

    def value(self, key: str, default: object) -> object:
        """A remembered preference, or the default."""
        return self._settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
