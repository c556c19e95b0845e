#!/usr/bin/env python3
"""Recompute the head of a callnotes journal exported as JSON Lines, with the standard library only.

Usage: python3 verify_journal.py journal.jsonl

Each line is one entry: the hashed object (debtor, seq, kind, written_at, interaction, text, data,
amends, reason, author) plus prev_hash and entry_hash. The encoding is described in
record-integrity.md next to this file. Prints the head and exits 0 when the chain holds; names the
first bad sequence number and exits 1 when it does not.
"""

import hashlib
import json
import sys

TAG = b"callnotes-journal-v1"
HASHED_KEYS = (
    "debtor",
    "seq",
    "kind",
    "written_at",
    "interaction",
    "text",
    "data",
    "amends",
    "reason",
    "author",
)


def entry_hash(prev_hash: str, entry: dict) -> str:
    content = {key: entry[key] for key in HASHED_KEYS}
    canonical = json.dumps(
        content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return hashlib.sha256(
        TAG + b"\n" + prev_hash.encode("ascii") + b"\n" + canonical.encode("utf-8")
    ).hexdigest()


def main(path: str) -> int:
    prev = "0" * 64
    count = 0
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            entry = json.loads(line)
            count += 1
            if entry["seq"] != count:
                print(f"gap: line {number} has sequence {entry['seq']}, expected {count}")
                return 1
            if entry["prev_hash"] != prev:
                print(f"link broken at sequence {count}")
                return 1
            if entry_hash(prev, entry) != entry["entry_hash"]:
                print(f"content changed at sequence {count}")
                return 1
            prev = entry["entry_hash"]
    print(f"{count} entries, head {prev}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
