#!/usr/bin/env python3
"""Recompute the head of a callnotes journal exported as JSON Lines, with the standard library only.

Usage: python3 verify_journal.py journal.jsonl

Each line is one entry: the hashed object plus prev_hash and entry_hash. An entry in encoding 2 has
two times, recorded_at (when it was locked into the record) and occurred_at (when what it records
happened); an entry written by callnotes 0.1 (encoding 1) has one, written_at. The encodings are
described in record-integrity.md next to this file. Prints the head and exits 0 when the chain holds;
names the first bad sequence number and exits 1 when it does not; exits 2 when the file cannot be read.
"""

import argparse
import hashlib
import json
import sys

COMMON_KEYS = ("debtor", "seq", "kind", "interaction", "text", "data", "amends", "reason", "author")
ENCODINGS = {  # encoding: (tag, its time keys)
    1: (b"callnotes-journal-v1", ("written_at",)),
    2: (b"callnotes-journal-v2", ("recorded_at", "occurred_at")),
}


def encoding_of(entry: dict) -> int:
    return 1 if "written_at" in entry else 2


def entry_hash(prev_hash: str, entry: dict) -> str:
    tag, times = ENCODINGS[encoding_of(entry)]
    content = {key: entry[key] for key in COMMON_KEYS + times}
    canonical = json.dumps(
        content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return hashlib.sha256(
        tag + b"\n" + prev_hash.encode("ascii") + b"\n" + canonical.encode("utf-8")
    ).hexdigest()


def main(path: str) -> int:
    prev = "0" * 64
    count = 0
    newest = 1
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                seq, prev_hash, recorded = entry["seq"], entry["prev_hash"], entry["entry_hash"]
            except (ValueError, KeyError, TypeError):
                print(f"line {number} is not a journal entry")
                return 1
            count += 1
            if seq != count:
                print(f"gap: line {number} has sequence {seq}, expected {count}")
                return 1
            if prev_hash != prev:
                print(f"link broken at sequence {count}")
                return 1
            if encoding_of(entry) < newest:
                print(f"encoding went back to version 1 at sequence {count}")
                return 1
            newest = encoding_of(entry)
            try:
                computed = entry_hash(prev, entry)
            except KeyError as missing:
                print(f"content changed at sequence {count}: {missing} is missing")
                return 1
            except ValueError:  # a value JSON cannot hold canonically (NaN)
                print(f"content changed at sequence {count}")
                return 1
            if computed != recorded:
                print(f"content changed at sequence {count}")
                return 1
            prev = recorded
    print(f"{count} entries, head {prev}")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("journal", help="the journal, journal.jsonl")
    path = parser.parse_args().journal
    try:
        sys.exit(main(path))
    except (OSError, UnicodeDecodeError) as exc:  # one line, not a traceback
        print(
            f"verify_journal.py: cannot read {path}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr
        )
        sys.exit(2)
