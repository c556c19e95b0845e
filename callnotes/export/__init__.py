"""The documentation packet: one PDF for a lawyer, an agency or a court.

`export_packet` reads the packet's data (packet_data), lays it out with reportlab (render), then
merges the attached documents into their pages and embeds the journal (exhibits). It reports
progress as `progress(done, total)` and stops with ExportCancelled when `cancel` is set; no Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from callnotes.export.packet_data import PacketOptions
    from callnotes.paths import AppPaths
    from callnotes.store.engine import SessionFactory

ProgressCallback = Callable[[int, int], None]
CancelCheck = threading.Event | Callable[[], bool]


class ExportCancelled(Exception):
    """The export was cancelled; no file was written."""


class Progress:
    """Turns the stages of an export into `report(done, TOTAL)` calls and checks for cancellation."""

    TOTAL = 1000

    def __init__(self, report: ProgressCallback | None = None, cancel: CancelCheck | None = None) -> None:
        self._report = report
        self._cancel = cancel
        self._last = -1

    def check(self) -> None:
        """Raise ExportCancelled if cancelling was asked for."""
        cancel = self._cancel
        if cancel is not None and (cancel.is_set() if isinstance(cancel, threading.Event) else cancel()):
            raise ExportCancelled

    def at(self, start: int, end: int, done: int, total: int) -> None:
        """Report `done` of `total` steps of the stage that runs from `start` to `end` (of TOTAL)."""
        self.check()
        value = start + (end - start) * min(done, total) // max(total, 1)
        if self._report is not None and value != self._last:
            self._last = value
            self._report(value, self.TOTAL)


@dataclass(frozen=True)
class UnshownExhibit:
    """An included exhibit the packet could not reproduce (its page says why, in the packet's language)."""

    label: str
    name: str
    problem: str  # missing | changed | unreadable | unsupported
    detail: str = ""

    def describe(self) -> str:
        """Why, in English, for the command line: the words of its page in the packet."""
        from callnotes.export.render.exhibits import PROBLEMS
        from callnotes.export.wording import SOURCE_LANGUAGE, Wording

        why = Wording(SOURCE_LANGUAGE, "en_US", "UTC")(PROBLEMS[self.problem], detail=self.detail)
        return f"exhibit {self.label}, {self.name}, is not reproduced in the packet. {why}"


@dataclass(frozen=True)
class PacketTargets:
    """Where a packet goes; at least one is set.

    `filing` is the filing copy (PDF/A-2b, nothing attached), `evidence` the evidence copy (PDF/A-3b
    with the journal, the checker and a manifest as associated files), `split` a folder that gets one
    PDF/A-2b file per document (the claim and record, each exhibit) and an index."""

    filing: Path | None = None
    evidence: Path | None = None
    split: Path | None = None


@dataclass(frozen=True)
class WrittenFile:
    """One file an export wrote."""

    path: Path
    bytes: int
    pages: int
    role: str  # filing | evidence | part | index
    over_limit: str = (
        ""  # the portal limit the file exceeds, in English ("10 MB per file (LexNET)"); "" if none
    )


@dataclass(frozen=True)
class FlaggedExhibit:
    """An attached PDF that could not go into a PDF/A packet as it is: its pages are reproduced as
    images (readable and printable, but not searchable). `problem` is a code the interface words."""

    label: str
    name: str
    problem: str  # fonts | colour | damaged | other: what keeps it from PDF/A

    def describe(self) -> str:
        """What happened and what to do, in English, for the command line (printable.ADVICE by code)."""
        from callnotes.export.printable import ADVICE

        return (
            f"exhibit {self.label}, {self.name}, is reproduced as images of its pages. {ADVICE[self.problem]}"
        )


@dataclass(frozen=True)
class ExportResult:
    """What was written, and what the packet claims."""

    files: tuple[WrittenFile, ...]
    pages: int  # of the packet (the filing or evidence copy; the split parts add up to it)
    packet_id: str
    head: str
    claimed_minor: int
    not_claimed_minor: int
    claimed_invoices: tuple[str, ...]
    not_claimed_invoices: tuple[str, ...]
    currency: str
    exhibits: tuple[tuple[str, str], ...]  # (label, sha256) of each included exhibit
    unshown: tuple[UnshownExhibit, ...] = ()
    flagged: tuple[FlaggedExhibit, ...] = ()

    @property
    def path(self) -> Path:
        """The main file written: the filing copy, else the evidence copy, else the split index."""
        return self.files[0].path


def export_packet(
    sessions: SessionFactory,
    paths: AppPaths,
    debtor_id: int,
    out: Path,
    options: PacketOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """Write one debtor's packet to `out` (atomically: a cancelled or failed export leaves no file)."""
    from callnotes.export.exhibits import finish_packet, prepare_exhibits
    from callnotes.export.packet_data import PacketOptions, build_packet
    from callnotes.export.render import render_packet
    from callnotes.files import check_output

    out = check_output(out, what="packet")  # refused at once, not after the packet is laid out
    steps = Progress(progress, cancel)
    steps.at(0, 100, 0, 1)
    with sessions() as session:
        packet = build_packet(session, paths, debtor_id, options or PacketOptions())
    steps.at(0, 100, 1, 1)
    prepared = prepare_exhibits(packet.exhibits, lambda done, total: steps.at(100, 150, done, total))
    steps.at(100, 150, 1, 1)
    rendered = render_packet(packet, prepared, lambda done, total: steps.at(150, 900, done, total))
    pages = finish_packet(packet, rendered, out, lambda done, total: steps.at(900, 1000, done, total))
    unshown = tuple(
        UnshownExhibit(e.ref.label, e.ref.original_name, e.problem, e.detail) for e in prepared if e.problem
    )
    flagged = tuple(FlaggedExhibit(e.ref.label, e.ref.original_name, e.flag) for e in prepared if e.flag)
    claim = packet.claim
    return ExportResult(
        files=(WrittenFile(out, out.stat().st_size, pages, "filing"),),
        pages=pages,
        packet_id=packet.packet_id,
        head=packet.integrity.head,
        claimed_minor=claim.claimed_minor,
        not_claimed_minor=claim.not_claimed_minor,
        claimed_invoices=claim.claimed_invoices,
        not_claimed_invoices=claim.not_claimed_invoices,
        currency=packet.currency,
        exhibits=tuple((ref.label, ref.sha256) for ref in packet.exhibits if ref.included),
        unshown=unshown,
        flagged=flagged,
    )
