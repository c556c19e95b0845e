"""The documentation packet: one PDF for a lawyer, an agency or a court.

`export_packet` reads the packet's data (packet_data), lays it out once with reportlab (render),
merges the attached documents into their pages (exhibits), then makes each copy asked for as PDF/A
(filing: the filing and evidence copies; split: one file per document and an index). It reports
progress as `progress(done, total)` and stops with ExportCancelled when `cancel` is set; no Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from callnotes.export.packet_model import PacketOptions
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
    exhibits: tuple[tuple[str, str], ...]  # (label, sha256) of each exhibit reproduced (ExhibitRef.shown)
    unshown: tuple[UnshownExhibit, ...] = ()
    flagged: tuple[FlaggedExhibit, ...] = ()
    assumed_rates: tuple[date, ...] = ()  # half-years whose statutory rate is not in the table (assumed)
    submission_bytes: int = 0  # what goes to the portal together (portals.submitted_bytes)
    submission_over: str = ""  # the usual limit per submission it exceeds, in English; "" if none

    @property
    def path(self) -> Path:
        """The main file written: the filing copy, else the evidence copy, else the split index."""
        return self.files[0].path


def export_packet(
    sessions: SessionFactory,
    paths: AppPaths,
    debtor_id: int,
    targets: PacketTargets,
    options: PacketOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """Write one debtor's packet to each of `targets`: laid out once, then each copy made and checked
    as PDF/A in memory; the files are written only when every one is made (each whole or not at all),
    so a cancelled or failed export leaves none."""
    from callnotes.export.exhibits import finish_packet, prepare_exhibits
    from callnotes.export.filing import evidence_copy, page_count, pdfa_copy
    from callnotes.export.packet_data import build_packet
    from callnotes.export.packet_model import PacketOptions
    from callnotes.export.portals import over_limit, over_submission, submitted_bytes
    from callnotes.export.render import render_packet
    from callnotes.export.split import split_files
    from callnotes.export.targets import checked, write_all

    filing, evidence, split = checked(targets)  # refused at once, not after the packet is laid out
    steps = Progress(progress, cancel)
    steps.at(0, 100, 0, 1)
    with sessions() as session:
        packet = build_packet(session, paths, debtor_id, options or PacketOptions())
    steps.at(0, 100, 1, 1)
    prepared = prepare_exhibits(packet.exhibits, lambda done, total: steps.at(100, 150, done, total))
    steps.at(100, 150, 1, 1)
    evidence_name = evidence.name if evidence is not None else ""
    rendered = render_packet(
        packet, prepared, lambda done, total: steps.at(150, 750, done, total), evidence_name
    )
    merged = finish_packet(packet, rendered, lambda done, total: steps.at(750, 800, done, total))
    pages = page_count(merged)
    copies = sum(target is not None for target in (filing, evidence, split))
    done_copies = 0

    def copy_steps(done: int, total: int) -> None:
        start = 800 + 200 * done_copies // copies
        steps.at(start, 800 + 200 * (done_copies + 1) // copies, done, total)

    made: list[tuple[Path, bytes, int, str, str]] = []  # path, content, pages, role, over_limit
    destination = packet.options.destination
    if filing is not None:
        data = pdfa_copy(merged, packet)
        made.append((filing, data, pages, "filing", over_limit(len(data), destination)))
        copy_steps(1, 1)
        done_copies += 1
    if evidence is not None:
        data = evidence_copy(merged, packet)
        made.append((evidence, data, pages, "evidence", ""))  # for the lawyer, not for a portal
        copy_steps(1, 1)
        done_copies += 1
    if split is not None:
        parts = split_files(merged, packet, rendered.marks, copy_steps)
        made += [(split / part.name, part.data, part.pages, part.role, part.over_limit) for part in parts]
    steps.check()  # the last chance to cancel: from here on files are written
    write_all([(path, data) for path, data, _pages, _role, _over in made], split)
    steps.at(0, Progress.TOTAL, 1, 1)
    unshown = tuple(
        UnshownExhibit(e.ref.label, e.ref.original_name, e.problem, e.detail) for e in prepared if e.problem
    )
    flagged = tuple(FlaggedExhibit(e.ref.label, e.ref.original_name, e.flag) for e in prepared if e.flag)
    claim = packet.claim
    interest = packet.interest
    assumed = interest.missing_rates if interest is not None and interest.statutory_claimed else ()
    submission = submitted_bytes((role, len(data)) for _path, data, _pages, role, _over in made)
    return ExportResult(
        files=tuple(
            WrittenFile(path, len(data), count, role, over) for path, data, count, role, over in made
        ),
        pages=pages,
        packet_id=packet.packet_id,
        head=packet.integrity.head,
        claimed_minor=claim.claimed_minor,
        not_claimed_minor=claim.not_claimed_minor,
        claimed_invoices=claim.claimed_invoices,
        not_claimed_invoices=claim.not_claimed_invoices,
        currency=packet.currency,
        exhibits=tuple((ref.label, ref.sha256) for ref in packet.exhibits if ref.shown),
        unshown=unshown,
        flagged=flagged,
        assumed_rates=assumed,
        submission_bytes=submission,
        submission_over=over_submission(submission, destination),
    )
