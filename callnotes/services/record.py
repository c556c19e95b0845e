"""Checking the record: recompute every debtor's hash chain."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session

from callnotes.domain.record import ChainReport
from callnotes.errors import InputError
from callnotes.services.debtors import get_debtor
from callnotes.store import queries
from callnotes.store.journal import verify_all

HEX_DIGITS = set("0123456789abcdef")


@dataclass(frozen=True)
class RecordCheck:
    """One debtor's chain, checked, with the name to show beside it."""

    debtor_id: int
    name: str
    report: ChainReport

    def as_json(self) -> dict[str, object]:
        r = self.report
        return {
            "debtor_id": self.debtor_id,
            "name": self.name,
            "entries": r.entries,
            "head": r.head,
            "ok": r.ok,
            "bad_seq": r.bad_seq,
            "reason": r.reason,
        }

    def describe(self) -> str:
        r = self.report
        if r.ok:
            return f"debtor {self.debtor_id} {self.name}: intact, {r.entries} entries, head {r.head}"
        return f"debtor {self.debtor_id} {self.name}: BROKEN at sequence {r.bad_seq}: {r.reason}"


def check_record(
    session: Session,
    debtor_id: int | None = None,
    expect_head: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[RecordCheck]:
    """Recompute the chains of one debtor (optionally against a head noted earlier) or of all."""
    if expect_head is not None:
        if debtor_id is None:
            raise InputError("--expect-head compares one debtor's chain: give --debtor ID as well.")
        cleaned = expect_head.strip().lower()
        if len(cleaned) != 64 or not set(cleaned) <= HEX_DIGITS:
            raise InputError(f"“{expect_head}” is not a chain head; expected 64 hexadecimal digits.")
    if debtor_id is not None:
        get_debtor(session, debtor_id)
    names = queries.debtor_names(session)
    return [
        RecordCheck(report.debtor, names.get(report.debtor, "(unknown debtor)"), report)
        for report in verify_all(session, debtor_id, expect_head, progress)
    ]
