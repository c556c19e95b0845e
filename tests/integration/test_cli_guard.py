"""The contact guard and its settings on the command line, run as separate processes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from callnotes.domain.contact_rules import WARNING_CODES
from tests.integration.test_cli import callnotes
from tests.integration.test_cli_own_data import _ok


def test_the_business_chooses_its_hours_and_interval_and_the_guard_answers_in_json(tmp_path: Path) -> None:
    _ok(tmp_path, "creditor", "set", "--name", "Ribera S.L.", "--country", "ES")
    _ok(tmp_path, "creditor", "set", "--calling-hours", "GR", "--contact-gap-days", "10")
    shown = json.loads(_ok(tmp_path, "creditor", "show", "--json"))
    assert (shown["calling_hours"], shown["contact_gap_days"]) == ("GR", 10)
    refused = callnotes(tmp_path, "creditor", "set", "--contact-gap-days", "120")
    assert refused.returncode == 1 and refused.stderr.startswith("callnotes: ") and "90" in refused.stderr

    debtor = json.loads(
        _ok(tmp_path, "debtor", "add", "--name", "Acme", "--phone", "+302101234567", "--json")
    )
    found = json.loads(_ok(tmp_path, "guard", str(debtor["id"]), "--json"))
    # no contact yet: at most the hours (the test runs at any time of day) can warn
    assert isinstance(found, list) and {w["code"] for w in found} <= {"outside_hours"}
    assert all(w["code"] in WARNING_CODES for w in found)
    words = _ok(tmp_path, "guard", str(debtor["id"]), "--visit")
    assert words.startswith("No warning") or "- Their local time " in words
    missing = callnotes(tmp_path, "guard", "99")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_the_guard_writes_iso_dates_and_refuses_a_number_that_cannot_be_dialled(tmp_path: Path) -> None:
    _ok(tmp_path, "demo")
    # talked to 6 days ago by the demo's calendar; 5 in New York's while Madrid is already on the next day
    words = _ok(tmp_path, "guard", "3", "--number", "+1 212 555 0148")
    assert re.search(r"Last conversation [56] days earlier, on \d{4}-\d{2}-\d{2} \(interval 7 days\)", words)
    assert not re.search(r"\d+/\d+/\d{4}", words)  # no US date anywhere
    for wrong in ("abc", "12345"):
        refused = callnotes(tmp_path, "guard", "3", "--number", wrong)
        assert refused.returncode == 1 and refused.stdout == ""
        assert refused.stderr.startswith(f"callnotes: “{wrong}” is not") and refused.stderr.count("\n") == 1
