"""The floor of `callnotes verify`: every debtor's hash chain recomputed with plain sqlite3 and hashlib.

    python benchmarks/floors/verify.py DATA_DIR

Reads each journal in the order it was appended, rebuilds each entry's canonical JSON as
docs/record-integrity.md defines it (and docs/verify_journal.py does, standard library only: sorted
keys, no whitespace, UTF-8 kept; encoding 2 with recorded_at and occurred_at, encoding 1 with
written_at), hashes it with the previous hash and the encoding's tag, and checks it against the hash
stored beside it, the sequence numbers and the stored head. Prints a JSON object debtor id ->
{"entries", "head", "ok"}, for the benchmark to compare with what `verify --json` says.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

TAGS = {1: b"callnotes-journal-v1\n", 2: b"callnotes-journal-v2\n"}
GENESIS = "0" * 64


def utc(stored: str) -> str:
    """A stored time as the chain writes it: UTC, microseconds, Z."""
    if len(stored) == 26 and stored[10] == " ":  # as SQLite holds them: UTC, "YYYY-MM-DD HH:MM:SS.ffffff"
        return f"{stored[:10]}T{stored[11:]}Z"
    moment = datetime.fromisoformat(stored)
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def chains(db: sqlite3.Connection) -> dict[int, dict[str, object]]:
    heads = {d: (seq, head) for d, seq, head in db.execute("SELECT debtor_id, seq, head FROM journalhead")}
    found: dict[int, dict[str, object]] = {}
    debtor, prev, count, ok = None, GENESIS, 0, True

    def close() -> None:
        if debtor is not None:
            found[debtor] = {"entries": count, "head": prev, "ok": ok and heads.get(debtor) == (count, prev)}

    for row in db.execute(
        "SELECT debtor_id, seq, interaction_id, recorded_at, occurred_at, encoding, kind, text, data, "
        "amends_seq, reason, author, prev_hash, entry_hash FROM entry ORDER BY debtor_id, id"
    ):
        (d, seq, interaction, recorded, occurred, encoding, kind, text, data) = row[:9]
        amends, reason, author, prev_hash, entry_hash = row[9:]
        if d != debtor:
            close()
            debtor, prev, count, ok = d, GENESIS, 0, True
        count += 1
        if not ok:
            continue  # the chain is broken already: the first bad entry is what counts
        content = {
            "debtor": d,
            "seq": seq,
            "kind": kind,
            "interaction": interaction,
            "text": text,
            "data": {} if data == "{}" else json.loads(data),  # most entries are lines of a call
            "amends": amends,
            "reason": reason,
            "author": author,
        }
        if encoding == 1:
            content["written_at"] = utc(recorded)
        else:
            content["recorded_at"], content["occurred_at"] = utc(recorded), utc(occurred)
        canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        digest = hashlib.sha256(TAGS[encoding] + prev.encode() + b"\n" + canonical.encode()).hexdigest()
        if seq != count or prev_hash != prev or digest != entry_hash:
            ok = False
            continue
        prev = digest
    close()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{args.data_dir / 'callnotes.sqlite3'}?mode=ro", uri=True)
    json.dump(chains(db), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
