"""Where callnotes keeps its files.

Nothing happens at import time: `AppPaths.resolve()` decides the folder and `ensure()` creates it,
owner-only, when the app or a command actually needs it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from callnotes.errors import DataFolderError

DATA_DIR_ENV = "CALLNOTES_DATA_DIR"
DATABASE_URL_ENV = "CALLNOTES_DATABASE_URL"
DB_FILENAME = "callnotes.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The data folder and the files inside it."""

    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """Choose the data folder: the argument, else $CALLNOTES_DATA_DIR, else the platform's."""
        chosen = data_dir or os.environ.get(DATA_DIR_ENV) or user_data_dir("callnotes", appauthor=False)
        return cls(Path(chosen).expanduser().absolute())

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def prompts(self) -> Path:
        return self.data_dir / "prompts"

    @property
    def reference_rates(self) -> Path:
        """The user's copy of the reference-rate table; when present it replaces the shipped one."""
        return self.data_dir / "reference-rates.csv"

    @property
    def templates(self) -> Path:
        """The user's own letter templates: templates/<language>/<kind>.j2 override the shipped ones."""
        return self.data_dir / "templates"

    @property
    def letters(self) -> Path:
        """Where summaries and letters are written by default."""
        return self.data_dir / "letters"

    @property
    def ui_state(self) -> Path:
        return self.data_dir / "ui-state.ini"

    def ensure(self) -> AppPaths:
        """Create the data folder owner-only (0700) and check that it can be written."""
        for folder in (self.data_dir, self.backups, self.attachments):
            try:
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                if os.name == "posix":
                    folder.chmod(0o700)
            except OSError as exc:
                raise DataFolderError(
                    f"The data folder {folder} cannot be created ({exc.strerror}). "
                    f"Choose a folder you can write with --data-dir or {DATA_DIR_ENV}."
                ) from exc
        if not os.access(self.data_dir, os.W_OK | os.X_OK):
            raise DataFolderError(
                f"The data folder {self.data_dir} cannot be written. "
                f"Choose a folder you can write with --data-dir or {DATA_DIR_ENV}."
            )
        return self
