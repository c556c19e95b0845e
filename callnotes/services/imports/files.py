"""An export on disk, imported or looked at: what the command line and the window share."""

from __future__ import annotations

import errno
from pathlib import Path

from callnotes.errors import InputError
from callnotes.paths import AppPaths
from callnotes.services.imports.importer import ImportOptions, ProgressReport, file_problem, import_file
from callnotes.services.imports.mappings import remember_mapping, remembered_mapping
from callnotes.services.imports.profiles import guess_profile
from callnotes.services.imports.report import ImportReport
from callnotes.services.imports.table import MAX_FILE_BYTES, read_table
from callnotes.services.plain import FilePeek as FilePeek
from callnotes.store.engine import SessionFactory

SAMPLE_ROWS = 8


def _read(path: Path) -> bytes:
    """The file's bytes, at most one past the size limit (read_table refuses that). Only a regular
    file is read: a FIFO would wait for a writer forever and a device such as /dev/zero never ends."""
    try:
        if not path.is_file():
            raise IsADirectoryError(errno.EISDIR, "it is not a regular file")
        with path.open("rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(
            f"“{path.name}” cannot be read ({exc.strerror}); choose an existing file.",
            field="file",
            problem="file",
            values={"value": path.name},
        ) from exc


def import_path(
    open_session: SessionFactory,
    paths: AppPaths,
    path: Path,
    options: ImportOptions,
    *,
    author: str,
    progress: ProgressReport | None = None,
) -> ImportReport:
    """Import the file at `path` (or preview it, with `dry_run`). The generic profile without a
    mapping uses the one remembered for the file's header; a mapping used for an import is remembered."""
    try:
        data = _read(path)
    except InputError as exc:
        return file_problem(path.name, exc)
    report = import_file(
        open_session,
        data,
        path.name,
        options,
        author=author,
        remembered=lambda header: remembered_mapping(paths, header),
        progress=progress,
    )
    if report.written and options.mapping:
        remember_mapping(paths, report.header, options.mapping)
    return report


def peek_file(paths: AppPaths, path: Path, encoding: str | None = None) -> FilePeek:
    """Decode the file (refused whole, with the encodings to try, when it is not UTF-8 and none was
    chosen) and show its first rows."""
    table = read_table(_read(path), encoding)
    return FilePeek(
        table.header,
        tuple(cells for _, cells in table.rows[:SAMPLE_ROWS]),
        len(table.rows),
        table.encoding,
        table.delimiter,
        guess_profile(table.header),
        remembered_mapping(paths, table.header),
    )
