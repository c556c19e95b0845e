"""Where a packet's files go: each target checked before the packet is laid out, and every file
written as a whole or not at all."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from callnotes.errors import InputError
from callnotes.files import OutputError, StagedOutput, check_output, stage_output

if TYPE_CHECKING:
    from callnotes.export import PacketTargets


def checked(targets: PacketTargets) -> tuple[Path | None, Path | None, Path | None]:
    """The targets, each refused now if it cannot be written: the copies' files as
    `callnotes.files.write_output` would refuse them, the split folder if it is a file or holds files
    (a split never mixes with, nor overwrites, files it did not write)."""
    if targets.filing is None and targets.evidence is None and targets.split is None:
        raise InputError(
            "Say where the packet goes: a filing copy, an evidence copy or a folder for the split files.",
            field="targets",
            problem="required",
        )
    filing = check_output(targets.filing, what="packet") if targets.filing is not None else None
    evidence = check_output(targets.evidence, what="packet") if targets.evidence is not None else None
    if filing is not None and evidence is not None and filing.resolve() == evidence.resolve():
        raise InputError(
            f"The filing copy and the evidence copy would both be {filing}; give each its own file name.",
            field="evidence",
            problem="same_file",
        )
    split = targets.split
    if split is not None:
        if not str(split).strip():
            raise InputError("No folder was given for the split files.", field="split", problem="required")
        if split.exists() and not split.is_dir():
            raise InputError(
                f"Cannot write the split files into {split}: it is a file, not a folder.",
                field="split",
                problem="not_folder",
                values={"path": str(split)},
            )
        if split.is_dir() and any(split.iterdir()):
            raise InputError(
                f"The folder {split} already holds files; choose an empty or a new folder for the split "
                "files, so that none is overwritten or mixed with another packet's.",
                field="split",
                problem="folder_not_empty",
                values={"path": str(split)},
            )
        if not split.exists() and not split.parent.is_dir():
            raise InputError(
                f"Cannot make the folder {split}: the folder {split.parent} does not exist.",
                field="split",
                problem="no_parent",
                values={"path": str(split.parent)},
            )
    return filing, evidence, split


def write_all(files: list[tuple[Path, bytes]], split: Path | None) -> None:
    """Write every file of an export in two phases: each into a temporary beside its target first, and
    only when all are written, each renamed into place. When one cannot be written (a full disk, a
    read-only folder), only the temporaries are removed, and the split folder if this export made it:
    a file the user already had keeps its content, and no half of a packet is left to be filed."""
    made_folder = split is not None and not split.exists()
    staged: list[StagedOutput] = []
    try:
        if split is not None:
            try:
                split.mkdir(exist_ok=True)  # its parent was checked
            except OSError as exc:
                raise OutputError(f"Cannot make the folder {split}: {exc.strerror or exc}.") from exc
        for path, data in files:
            staged.append(stage_output(path, data, what="packet"))
    except BaseException:
        for file in staged:
            file.discard()
        if made_folder and split is not None:
            with contextlib.suppress(OSError):
                split.rmdir()
        raise
    # renames within a folder need no space, so once every file is staged they all go in place
    for number, file in enumerate(staged):
        try:
            file.commit()
        except BaseException:
            for rest in staged[number + 1 :]:
                rest.discard()
            raise
