"""A person's data: export everything held on one debtor (a data access request), or delete it on request.

The export is one ZIP, readable by its owner only: `debtor.json` holds every row kept on the debtor
(dates and times in ISO 8601, times in UTC; amounts in minor units beside their currency), the whole
journal with its hashes, and the documents' details; the documents themselves are under
`attachments/`; `journal.jsonl` and `verify_journal.py` let anyone recompute the chain; and
`manifest.json` lists every file with its SHA-256 and the chain head the export carried (`heads`), so
the copy can witness the record later (`callnotes verify --against`).

A deletion removes every row of the debtor, and the stored files no other debtor shares, only after
the user typed the debtor's name; what stays is a tombstone: the name's SHA-256, how many entries the
journal had and its final head, when, why and by whom. The debtor's id is never given to another.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from callnotes.domain.record import GENESIS_HASH
from callnotes.errors import InputError, NotFoundError
from callnotes.export import CancelCheck, Progress, ProgressCallback
from callnotes.files import check_output, write_output
from callnotes.paths import AppPaths
from callnotes.resources import shipped_document
from callnotes.services import validation
from callnotes.services.attachments import CHUNK, StoredState, safe_file_name, stored_path, stored_state
from callnotes.services.creditor import creditor_profile
from callnotes.services.plain import DataExport as DataExport
from callnotes.services.plain import Erasure as Erasure
from callnotes.services.plain import name_matches as name_matches
from callnotes.store.engine import SessionFactory, clock_of, read_snapshot, transaction
from callnotes.store.journal import check_chain, journal_lines, stored_chain
from callnotes.store.models import Tombstone
from callnotes.store.subject import DebtorRows, Row, debtor_rows, erase_rows, hashes_in_use, lock_for_writing

EXPORT_FORMAT = "callnotes-debtor-data"
EXPORT_VERSION = 1


# --- export ---------------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    """A column's value as JSON: times and days in ISO 8601 (times in UTC), the rest as they are."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row(row: Row, *, drop: Sequence[str] = (), **extra: Any) -> dict[str, Any]:
    out = {key: _plain(value) for key, value in row.items() if key not in drop}
    out.update(extra)
    return out


def _by(rows: Sequence[Row], key: str) -> dict[int, list[Row]]:
    grouped: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row)
    return grouped


def _journal_entry(row: Row) -> dict[str, Any]:
    try:
        data: Any = json.loads(row["data"])
    except ValueError:
        data = row["data"]  # a damaged value is still the data held: give it as it is
    return _row(row, drop=("id", "debtor_id"), data=data)


def _member(attachment: Row) -> str:
    """The file's name inside the ZIP: unique by the attachment's id, readable by its original name."""
    return f"attachments/{attachment['id']}-{safe_file_name(attachment['original_name'])}"


def _document(rows: DebtorRows, paths: AppPaths) -> tuple[dict[str, Any], dict[str, Path]]:
    """The JSON document of everything held, and the stored files to include by their ZIP name."""
    currency = {p["id"]: p["currency"] for p in rows.payments}
    allocations, reversals = _by(rows.allocations, "payment_id"), _by(rows.reversals, "payment_id")
    instalments, lines = _by(rows.instalments, "plan_id"), _by(rows.draft_lines, "interaction_id")
    plan_currency = {p["id"]: p["currency"] for p in rows.plans}
    files: dict[str, Path] = {}
    members: dict[str, str] = {}  # one copy of a file kept with several things
    attachments = []
    for a in rows.attachments:
        state = stored_state(paths, a["sha256"])
        member = None
        if state is not StoredState.MISSING:
            member = members.setdefault(a["sha256"], _member(a))
            files[member] = stored_path(paths, a["sha256"])
        attachments.append(_row(a, drop=("debtor_id",), file=member, stored_copy=state.value))
    document = {
        "debtor": _row(rows.debtor),
        "people": [_row(p, drop=("debtor_id",)) for p in rows.people],
        "agreements": [_row(a, drop=("debtor_id",)) for a in rows.agreements],
        "invoices": [_row(i, drop=("debtor_id",)) for i in rows.invoices],
        "credit_notes": [_row(c, drop=("debtor_id",)) for c in rows.credit_notes],
        "payments": [
            _row(
                p,
                drop=("debtor_id",),
                allocations=[
                    _row(a, drop=("payment_id",), currency=currency[p["id"]]) for a in allocations[p["id"]]
                ],
                reversal=next((_row(r, drop=("payment_id",)) for r in reversals[p["id"]]), None),
            )
            for p in rows.payments
        ],
        "promises": [_row(p, drop=("debtor_id",)) for p in rows.promises],
        "plans": [
            _row(
                p,
                drop=("debtor_id",),
                instalments=[
                    _row(i, drop=("plan_id",), currency=plan_currency[p["id"]]) for i in instalments[p["id"]]
                ],
            )
            for p in rows.plans
        ],
        "interactions": [
            _row(
                i,
                drop=("debtor_id",),
                lines=[_row(line, drop=("interaction_id",)) for line in lines[i["id"]]],
            )
            for i in rows.interactions
        ],
        "journal": [_journal_entry(e) for e in rows.entries],
        "attachments": attachments,
    }
    return document, files


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _member_info(name: str, moment: datetime) -> zipfile.ZipInfo:
    """A compressed member, dated by the clock (not the files' own times), owner-only when unpacked."""
    info = zipfile.ZipInfo(name, (max(moment.year, 1980), *moment.timetuple()[1:6]))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def _add(archive: zipfile.ZipFile, moment: datetime, name: str, chunks: Iterable[bytes]) -> dict[str, Any]:
    """Write one member from its chunks; returns how the manifest lists it (name, SHA-256, size)."""
    digest, size = hashlib.sha256(), 0
    with archive.open(_member_info(name, moment), "w") as member:
        for chunk in chunks:
            member.write(chunk)
            digest.update(chunk)
            size += len(chunk)
    return {"name": name, "sha256": digest.hexdigest(), "size_bytes": size}


def _chunks(path: Path, read: Callable[[int], None]) -> Iterator[bytes]:
    with path.open("rb") as source:
        while chunk := source.read(CHUNK):
            read(len(chunk))
            yield chunk


def export_debtor_data(
    sessions: SessionFactory,
    paths: AppPaths,
    debtor_id: int,
    out: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> DataExport:
    """Write everything held on the debtor to a ZIP at `out`, owner-only, through a temporary file in
    the same folder (a cancelled or failed export leaves no file); reports `progress(done, total)`."""
    steps = Progress(progress, cancel)
    out = check_output(Path(out).expanduser(), what="export")  # refused before anything is read
    steps.at(0, 100, 0, 1)
    with sessions() as session:
        read_snapshot(session)  # the rows, the chain and the head as of one moment
        rows = debtor_rows(session, debtor_id)
        if rows is None:
            raise NotFoundError(f"There is no debtor with id {debtor_id}.")
        chain = stored_chain(session, debtor_id)
        report = check_chain(session, debtor_id, chain)
        business = creditor_profile(session)
        moment = clock_of(session).now()
    document, files = _document(rows, paths)
    recorded = rows.head or {"seq": 0, "head": GENESIS_HASH}
    heads = [{"debtor_id": debtor_id, "entries": recorded["seq"], "head": recorded["head"]}]
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": moment.isoformat(),
        "held_by": None
        if business is None
        else {
            "name": business.name,
            "address": business.address,
            "email": business.email,
            "phone": business.phone,
        },
        **document,
        "chain": {**heads[0], "intact": report.ok, "problem": report.reason or None},
    }
    steps.at(0, 100, 1, 1)
    total = max(1, sum(path.stat().st_size for path in files.values()))
    done = 0

    def read(count: int) -> None:
        nonlocal done
        done += count
        steps.at(100, 990, done, total)

    journal = "".join(line + "\n" for line in journal_lines(chain)).encode("utf-8")

    def write(raw: BinaryIO) -> None:
        with zipfile.ZipFile(raw, "w") as archive:
            listed = [
                _add(archive, moment, "debtor.json", [_json_bytes(document)]),
                _add(archive, moment, "journal.jsonl", [journal]),
                _add(
                    archive, moment, "verify_journal.py", [shipped_document("verify_journal.py").read_bytes()]
                ),
            ]
            listed += [_add(archive, moment, name, _chunks(path, read)) for name, path in files.items()]
            manifest = {
                "heads": heads,  # first: what `verify --against` reads
                "format": EXPORT_FORMAT,
                "version": EXPORT_VERSION,
                "created_at": moment.isoformat(),
                "files": listed,
            }
            archive.writestr(_member_info("manifest.json", moment), _json_bytes(manifest))
        steps.check()  # cancelled at the last moment: write_output leaves no file

    out = write_output(out, write, what="export")
    steps.at(990, 1000, 1, 1)
    missing = tuple(a["original_name"] for a in document["attachments"] if a["file"] is None)
    return DataExport(out, len(files), missing, recorded["seq"], recorded["head"])


# --- deletion -------------------------------------------------------------------------------------
def name_sha256(name: str) -> str:
    """The SHA-256 of a name as the tombstone keeps it: NFC, without surrounding spaces, UTF-8."""
    return hashlib.sha256(unicodedata.normalize("NFC", name.strip()).encode("utf-8")).hexdigest()


def erase_debtor(
    sessions: SessionFactory,
    paths: AppPaths,
    debtor_id: int,
    typed_name: str,
    reason: str,
    *,
    author: str = "",
) -> Erasure:
    """Delete everything held on the debtor, in one transaction that leaves its tombstone; then the
    stored files no other debtor has. Refused, with nothing changed, unless `typed_name` is the
    debtor's name, a reason is given and no call with the debtor is open."""
    why = validation.required(reason, "reason", "The reason for deleting")
    with transaction(sessions) as session:
        lock_for_writing(session)
        rows = debtor_rows(session, debtor_id)
        if rows is None:
            raise NotFoundError(f"There is no debtor with id {debtor_id}.")
        name = rows.debtor["name"]
        if not name_matches(typed_name, name):
            raise InputError(
                f"“{typed_name}” is not the name of debtor {debtor_id}; nothing was deleted. "
                "Type the name exactly as `callnotes debtor show` gives it.",
                field="confirm",
                problem="confirm_name",
            )
        if any(i["ended_at"] is None and i["kind"] == "call" for i in rows.interactions):
            raise InputError(
                f"A call with {name} is still open; end it first, then delete the data.",
                problem="call_open",
            )
        head = rows.head or {"seq": 0, "head": GENESIS_HASH}
        deleted_at = clock_of(session).now()
        tombstone = Tombstone(
            debtor_id=debtor_id,
            name_sha256=name_sha256(name),
            entries=head["seq"],
            head=head["head"],
            deleted_at=deleted_at,
            reason=why,
            author=author,
        )
        removed = erase_rows(session, debtor_id, tombstone)
        hashes = sorted({a["sha256"] for a in rows.attachments})
        shared = hashes_in_use(session, hashes)
    gone, kept = _remove_files(sessions, paths, [h for h in hashes if h not in shared])
    return Erasure(
        debtor_id=debtor_id,
        entries=head["seq"],
        head=head["head"],
        deleted_at=deleted_at,
        rows=sum(removed.values()),
        files_removed=gone,
        files_kept=len(shared),
        files_not_removed=kept,
    )


def _remove_files(
    sessions: SessionFactory, paths: AppPaths, hashes: Sequence[str]
) -> tuple[int, tuple[str, ...]]:
    """Remove the stored files of the deleted debtor that no attachment names any more (asked again
    now the deletion is committed, in case a file was attached meanwhile); returns how many went and
    which could not be removed, with why."""
    with sessions() as session:
        still = hashes_in_use(session, hashes)
    removed, failed = 0, []
    for sha in hashes:
        if sha in still:
            continue
        try:
            stored_path(paths, sha).unlink(missing_ok=True)
            removed += 1
        except OSError as exc:
            failed.append(f"{stored_path(paths, sha)} ({exc.strerror})")
    return removed, tuple(failed)
