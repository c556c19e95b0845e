"""A CSV file as a header and rows: decoded strictly, its delimiter detected, quotes and line breaks
inside fields left to the csv module.

UTF-8 (with or without a byte-order mark) is read by default. A legacy encoding is used only when
the user chooses it: Greek Windows-1253 bytes also decode as Windows-1252 without any error, so an
encoding is never guessed.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
from dataclasses import dataclass

from callnotes.errors import InputError

DELIMITERS = (";", ",", "\t")
# The legacy encodings offered, by the name Python knows them under, with what they are for.
LEGACY_ENCODINGS = {
    "cp1252": "Windows-1252 (Western Europe)",
    "cp1253": "Windows-1253 (Greek)",
    "iso8859-7": "ISO-8859-7 (Greek)",
}
DEFAULT_ENCODING = "utf-8"
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_FIELD_CHARS = 100_000


@dataclass(frozen=True)
class Table:
    """A decoded CSV file: its header, its rows as read (row 1 is the header, as a spreadsheet counts
    them), and how it was read."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    delimiter: str
    encoding: str
    sha256: str


def encoding_name(value: str | None) -> str:
    """The codec to read with: UTF-8 when none is chosen, else one of the legacy encodings offered."""
    if not value:
        return DEFAULT_ENCODING
    try:
        name = codecs.lookup(value).name
    except LookupError:
        name = value
    if name == DEFAULT_ENCODING or name in LEGACY_ENCODINGS:
        return name
    offered = ", ".join(["utf-8", *LEGACY_ENCODINGS])
    raise InputError(
        f"Encoding “{value}” is not one callnotes reads; choose one of {offered}.",
        field="encoding",
        problem="encoding_unknown",
        values={"value": value},
    )


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the codec it was read with; refused whole when its bytes are not that
    encoding (never garbled)."""
    name = encoding_name(encoding)
    try:
        if name == DEFAULT_ENCODING:
            return data.decode("utf-8-sig"), name
        return data.decode(name), name
    except UnicodeDecodeError as exc:
        if name == DEFAULT_ENCODING:
            raise InputError(
                f"The file is not UTF-8 (byte {exc.start + 1} cannot be read). If it was saved by an "
                "older spreadsheet, choose its encoding: cp1252 (Windows-1252, Western Europe), "
                "cp1253 (Windows-1253, Greek) or iso8859-7 (ISO-8859-7, Greek).",
                field="encoding",
                problem="not_utf8",
                values={"offset": exc.start + 1},
            ) from exc
        raise InputError(
            f"The file is not {LEGACY_ENCODINGS[name]} (byte {exc.start + 1} cannot be read); "
            "choose another encoding.",
            field="encoding",
            problem="not_encoding",
            values={"offset": exc.start + 1, "value": name},
        ) from exc


def _delimiter(text: str) -> str:
    """The delimiter that splits the header into the most columns (`;` in Spanish and Greek
    spreadsheets, `,` elsewhere, a tab from some tools)."""
    try:  # the first record, whole: a header may hold a quoted line break
        first = next(csv.reader(io.StringIO(text, newline=""), delimiter="\x1f"), [""])
    except csv.Error:
        return ","  # not CSV at all: reading it says so, with its row
    line = first[0] if first else ""

    def columns(delimiter: str) -> int:
        try:
            return len(next(csv.reader(io.StringIO(line, newline=""), delimiter=delimiter), []))
        except csv.Error:
            return 0

    return max(DELIMITERS, key=columns)


def read_table(data: bytes, encoding: str | None = None) -> Table:
    """Decode and split a CSV file; refused whole when it cannot be read as one."""
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; export a shorter period.",
            field="file",
            problem="import_too_big",
            values={"limit": MAX_FILE_BYTES // (1024 * 1024)},
        )
    text, name = decode(data, encoding)
    if "\x00" in text:
        raise InputError(
            "The file holds binary data; export it from the accounting program as CSV.",
            field="file",
            problem="not_csv",
        )
    delimiter = _delimiter(text)
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, tuple[str, ...]]] = []
    try:
        for number, record in enumerate(reader, start=1):
            if any(cell.strip() for cell in record):
                records.append((number, tuple(record)))
    except csv.Error as exc:
        raise InputError(
            f"Row {reader.line_num}: the file cannot be read as CSV ({exc}).",
            field="file",
            problem="not_csv_row",
            values={"row": reader.line_num},
        ) from exc
    if not records:
        raise InputError("The file is empty.", field="file", problem="empty_file")
    (_, header), *rows = records
    return Table(
        tuple(cell.strip() for cell in header),
        tuple(rows),
        delimiter,
        name,
        hashlib.sha256(data).hexdigest(),
    )
