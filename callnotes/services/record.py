"""Checking the record: every debtor's hash chain, its stored head, the rows the journal records, the
protection triggers and the stored attachment files.

`audit_record` is the whole check (`callnotes verify`, Verify all records); each problem is a
`Finding` with a stable kind code (see `callnotes.domain.audit` and docs/record-integrity.md).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import groupby

from sqlmodel import Session

from callnotes.domain import audit
from callnotes.domain.audit import Finding
from callnotes.domain.record import (
    GENESIS_HASH,
    ChainReport,
    FullCheck,
    StoredEntry,
    still_checked,
    verify_chain,
)
from callnotes.errors import InputError
from callnotes.paths import AppPaths
from callnotes.services.attachments import StoredState, stored_state
from callnotes.services.debtors import get_debtor
from callnotes.services.plain import RecordAudit as RecordAudit
from callnotes.services.plain import RecordCheck as RecordCheck
from callnotes.services.plain import RecordState as RecordState
from callnotes.store.audit import (
    DebtorRows,
    TombstoneRow,
    account_owners,
    account_row_stream,
    account_rows,
    guard_state,
    tombstones,
)
from callnotes.store.engine import clock_of
from callnotes.store.journal import (
    StoredJournal,
    chain_after,
    has_first_encoding,
    last_full_check,
    note_full_checks,
    recorded_heads,
    replay_entries,
    stored_journals,
    with_recorded_head,
)

HEX_DIGITS = set("0123456789abcdef")
UNKNOWN_NAME = "(unknown debtor)"


def _checked_head(expect_head: str | None, debtor_id: int | None) -> None:
    if expect_head is None:
        return
    if debtor_id is None:
        raise InputError("--expect-head compares one debtor's chain: give --debtor ID as well.")
    cleaned = expect_head.strip().lower()
    if len(cleaned) != 64 or not set(cleaned) <= HEX_DIGITS:
        raise InputError(f"“{expect_head}” is not a chain head; expected 64 hexadecimal digits.")


def _guard_findings(session: Session) -> list[Finding]:
    state = guard_state(session)
    return [
        *(
            Finding(audit.TRIGGER_MISSING, f"the protection trigger {name} is missing", table="sqlite_master")
            for name in state.missing
        ),
        *(
            Finding(
                audit.TRIGGER_ALTERED,
                f"the protection trigger {name} is not the one callnotes installs",
                table="sqlite_master",
            )
            for name in state.altered
        ),
    ]


def _tombstone_findings(
    stones: dict[int, TombstoneRow], live: set[int], requested: int | None
) -> list[Finding]:
    findings = []
    for debtor_id, stone in sorted(stones.items()):
        if requested is not None and debtor_id != requested:
            continue
        if debtor_id in live:
            message = (
                f"a tombstone says debtor {debtor_id} was deleted on {stone.deleted_at:%Y-%m-%d}, but rows or "
                "entries of that debtor are still in the database"
            )
            findings.append(Finding(audit.TOMBSTONE_CONFLICT, message, debtor_id, "tombstone", debtor_id))
            continue
        message = (
            f"deleted on request on {stone.deleted_at:%Y-%m-%d} ({stone.reason}); its journal of "
            f"{stone.entries} entries ended at head {stone.head}"
        )
        findings.append(
            Finding(audit.TOMBSTONE, message, debtor_id, "tombstone", debtor_id, severity=audit.INFO)
        )
    return findings


def _attachment_findings(paths: AppPaths, debtor_id: int, rows: DebtorRows) -> list[Finding]:
    findings = []
    for row in rows.get("attachment", ()):
        state = stored_state(paths, str(row["sha256"]))
        if state is StoredState.OK:
            continue
        kind = audit.ATTACHMENT_MISSING if state is StoredState.MISSING else audit.ATTACHMENT_CHANGED
        words = (
            "is gone from the data folder"
            if state is StoredState.MISSING
            else "no longer has the SHA-256 that was recorded"
        )
        message = f"the stored file of “{row['original_name']}” ({row['sha256']}) {words}"
        findings.append(Finding(kind, message, debtor_id, "attachment", row["id"]))
    return findings


def _journal_missing(debtor_id: int, rows: DebtorRows, legacy: Callable[[], bool]) -> list[Finding]:
    """A debtor (or rows of one) with no journal at all. callnotes 0.1 journalled a debtor only once
    something was recorded about it, so in a database that began with 0.1 a debtor with nothing else
    may have no journal."""
    has_debtor = bool(rows.get("debtor"))
    others = [table for table, found in rows.items() if found and table != "debtor"]
    if has_debtor and not others and legacy():
        return []
    what = (
        f"debtor {debtor_id}" if has_debtor else f"rows of debtor {debtor_id} ({', '.join(sorted(others))})"
    )
    message = f"{what} has no journal: no entry and no head"
    return [Finding(audit.JOURNAL_MISSING, message, debtor_id, "entry", None)]


def _check_one(
    debtor_id: int,
    name: str,
    journal: StoredJournal | None,
    head: tuple[int, str] | None,
    rows: DebtorRows,
    expect_head: str | None,
    paths: AppPaths | None,
    legacy: Callable[[], bool],
    after: StoredEntry | None = None,
) -> RecordCheck:
    """One debtor's record checked: its chain (with `after`, the entry a full check found sound, the
    journal's `chain` holds only it and the entries appended since), its head, its rows and files."""
    chain = journal.chain if journal else []
    findings: list[Finding] = []
    if journal is None and head is None:
        report = ChainReport(debtor_id, 0, GENESIS_HASH, True)
        findings += _journal_missing(debtor_id, rows, legacy)
    else:
        verified = (
            verify_chain(debtor_id, chain, expect_head)
            if after is None
            else verify_chain(debtor_id, chain[1:], expect_head, after)
        )
        last = chain[-1].entry_hash if chain else GENESIS_HASH
        findings += audit.chain_findings(verified, head, last, expect_head)
        report = with_recorded_head(verified, head, chain)
        if journal is None:
            message = "a head is recorded but every entry is gone"
            findings.append(Finding(audit.JOURNAL_MISSING, message, debtor_id, "entry", None))
    if journal is not None or not rows.get("debtor"):  # with neither, journal_missing says it all
        findings += audit.account_findings(debtor_id, journal.entries if journal else (), rows)
    opened = journal is not None and any(e.kind == "debtor" for e in journal.entries)
    if journal is not None and not rows.get("debtor") and not opened:  # (else the replay names it)
        message = f"the journal has {report.entries} entries but there is no debtor {debtor_id}"
        findings.append(Finding(audit.ROW_MISSING, message, debtor_id, "debtor", debtor_id))
    if paths is not None:
        findings += _attachment_findings(paths, debtor_id, rows)
    return RecordCheck(debtor_id, name, report, tuple(findings))


def _by_debtor(
    journals: Iterable[StoredJournal],
    rows: Iterable[tuple[int, DebtorRows]],
    heads: dict[int, tuple[int, str]],
) -> Iterator[tuple[int, StoredJournal | None, DebtorRows]]:
    """Each debtor that has a journal, rows or a recorded head, in id order, with its journal (None
    if it has none) and its rows: the journals and rows streamed side by side, both in debtor order."""
    tagged = heapq.merge(
        ((journal.debtor_id, journal, None) for journal in journals),
        ((owner, None, found) for owner, found in rows),
        ((owner, None, None) for owner in sorted(heads)),
        key=lambda item: item[0],
    )
    for each, items in groupby(tagged, key=lambda item: item[0]):
        journal: StoredJournal | None = None
        found: DebtorRows = {}
        for _, has_journal, has_rows in items:
            journal = has_journal if has_journal is not None else journal
            found = has_rows if has_rows is not None else found
        yield each, journal, found


def audit_record(
    session: Session,
    paths: AppPaths | None = None,
    debtor_id: int | None = None,
    expect_head: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RecordAudit:
    """Check one debtor's record (optionally against a head noted earlier) or everyone's: each chain
    and its stored head, every row the journal records, the protection triggers, the tombstones of
    deleted debtors and, given the data folder's `paths`, every stored attachment file."""
    _checked_head(expect_head, debtor_id)
    stones = tombstones(session, debtor_id)
    if debtor_id is not None and debtor_id not in stones:
        get_debtor(session, debtor_id)  # a deleted debtor's tombstone is reported; no such debtor is refused
    found: list[Finding] = _guard_findings(session)
    heads = recorded_heads(session, debtor_id)
    legacy = cache(lambda: has_first_encoding(session))  # a scan of the entries: only when needed
    # how many there are, for the progress only (a pass over every table's owners)
    total = len(account_owners(session, debtor_id) | set(heads)) if progress is not None else 0
    checks: list[RecordCheck] = []
    journals = stored_journals(session, debtor_id)
    each_debtor = _by_debtor(journals, account_row_stream(session, debtor_id), heads)
    for done, (each, journal, rows) in enumerate(each_debtor):
        if progress is not None:
            progress(done, max(total, done + 1))
        names = rows.get("debtor")
        name = str(names[0]["name"]) if names else UNKNOWN_NAME
        checks.append(_check_one(each, name, journal, heads.get(each), rows, expect_head, paths, legacy))
    checks.sort(key=lambda check: check.debtor_id)
    found += _tombstone_findings(stones, {c.debtor_id for c in checks}, debtor_id)
    found += [finding for check in checks for finding in check.findings]
    return RecordAudit(tuple(checks), tuple(found))


def check_record(
    session: Session,
    debtor_id: int | None = None,
    expect_head: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    paths: AppPaths | None = None,
) -> list[RecordCheck]:
    """Each debtor's record checked (see `audit_record`), one or all, in id order."""
    return list(audit_record(session, paths, debtor_id, expect_head, progress).checks)


def note_checked(session: Session, result: RecordAudit) -> None:
    """Remember the full check of each chain in `result` (see `store.journal.note_full_checks`), so
    opening a debtor afterwards checks only what is appended later. The caller commits."""
    note_full_checks(session, (check.report for check in result.checks))


def record_state(session: Session, debtor_id: int) -> RecordState:
    """Check a debtor's record as the window opens it: trust the last full check of its chain when it
    found the chain sound and the entry it ended at still carries the hash it had, and hash only the
    entries appended since; compare the end with the recorded head, and the rows with the journal.
    A chain never checked in full, found broken, or no longer ending as it was checked is checked in
    full now (which is noted: the caller commits)."""
    last = last_full_check(session, debtor_id)
    if last is not None and last.ok:
        anchor, added = chain_after(session, debtor_id, last.seq)
        if still_checked(anchor, last):
            rows = account_rows(session, debtor_id).get(debtor_id, {})
            names = rows.get("debtor", [])
            chain = [anchor, *added] if anchor is not None else added
            journal = StoredJournal(debtor_id, chain, replay_entries(session, debtor_id)) if chain else None
            check = _check_one(
                debtor_id,
                str(names[0]["name"]) if names else UNKNOWN_NAME,
                journal,
                recorded_heads(session, debtor_id).get(debtor_id),
                rows,
                None,
                None,
                cache(lambda: has_first_encoding(session)),
                anchor,
            )
            if check.report.ok:
                return RecordState(check, last, len(added))
    checked = audit_record(session, None, debtor_id)  # the whole chain, as it was before it was trusted
    note_checked(session, checked)
    now = last_full_check(session, debtor_id)
    check = checked.checks[0]
    full = now or FullCheck(check.report.entries, check.report.head, clock_of(session).now(), check.report.ok)
    return RecordState(check, full, check.report.entries)
