"""Column mappings remembered by the header they were made for, in the data folder, so an export
mapped once is read the same way next month."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from callnotes.files import write_output
from callnotes.paths import AppPaths
from callnotes.services.imports.profiles import fold

FILE_NAME = "import-mappings.json"


def header_key(header: Sequence[str]) -> str:
    """The header's fingerprint: the same columns in the same order, however they are spelled."""
    return hashlib.sha256("\x1f".join(fold(h) for h in header).encode()).hexdigest()[:32]


def _saved(paths: AppPaths) -> dict[str, Any]:
    try:
        saved = json.loads((paths.data_dir / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return saved if isinstance(saved, dict) else {}


def remembered_mapping(paths: AppPaths, header: Sequence[str]) -> dict[str, Any] | None:
    """The mapping last used for a file with this header, if any."""
    mapping = _saved(paths).get(header_key(header))
    return mapping if isinstance(mapping, dict) else None


def remember_mapping(paths: AppPaths, header: Sequence[str], mapping: Mapping[str, Any]) -> None:
    """Keep the mapping for files with this header (written whole or not at all: a crash keeps the old ones)."""
    saved = _saved(paths)
    saved[header_key(header)] = dict(mapping)
    content = json.dumps(saved, ensure_ascii=False, indent=1).encode("utf-8")
    write_output(paths.data_dir / FILE_NAME, content, what="remembered column mappings")
