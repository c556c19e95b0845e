"""`callnotes interest` and the statutory switch, through the real command line in a subprocess."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from callnotes.export.wording import Wording
from tests.integration.test_cli import callnotes

GREEK, SPANISH, AMERICAN = "2", "1", "3"


def test_interest_command_json_table_switch_and_errors(tmp_path: Path) -> None:
    assert callnotes(tmp_path, "demo").returncode == 0
    # the Greek example: switch on, no agreed rate: statutory interest and 40 € per late invoice claimed
    # today, whatever the date: the example data is dated relative to it
    shown = callnotes(tmp_path, "interest", "--debtor", GREEK, "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert date.fromisoformat(data["as_of"])
    assert (data["currency"], data["statutory_on"], data["statutory_claimed"]) == ("EUR", True, True)
    invoice = data["invoices"][0]
    assert set(invoice) >= {
        "number",
        "due_on",
        "principal_minor",
        "contractual",
        "statutory",
        "compensation_minor",
    }
    line = invoice["statutory"][0]
    assert set(line) == {
        "first_day", "last_day", "days", "principal_minor", "rate_bp", "amount_minor", "rate_assumed",
        "half_year", "source",
    }  # fmt: skip
    assert all(isinstance(line[k], int) for k in ("days", "principal_minor", "rate_bp", "amount_minor"))
    for invoice in data["invoices"]:  # the lines add up, and each late invoice earns 40 €
        assert invoice["statutory_minor"] == sum(x["amount_minor"] for x in invoice["statutory"])
        assert invoice["compensation_minor"] == 4000
    assert data["claimed_extra_minor"] == data["statutory_minor"] + data["compensation_minor"]
    assert data["late_invoices"] == len(data["invoices"]) >= 1
    # the human form: a table in English with amounts in the debtor's locale
    table = callnotes(tmp_path, "interest", "--debtor", GREEK, "--as-of", data["as_of"])
    assert table.returncode == 0 and "statutory" in table.stdout and "€" in table.stdout
    greek = Wording("en", "el_GR", "Europe/Athens")  # the rates as the amounts: "10,15%", not "10.15 %"
    first = data["invoices"][0]
    assert (
        f"{greek.money(first['principal_minor'], 'EUR')}   {greek.percent(line['rate_bp'])}" in table.stdout
    )
    assert "," in greek.percent(line["rate_bp"]) and not re.search(r"\d\.\d+ %", table.stdout)
    assert "Claimed on top of the balance:" in table.stdout

    # the switch from the command line: refused for dollars, recorded for euros
    refused = callnotes(tmp_path, "debtor", "edit", AMERICAN, "--statutory-interest")
    assert refused.returncode == 1 and "euros" in refused.stderr and "Traceback" not in refused.stderr
    assert callnotes(tmp_path, "debtor", "edit", SPANISH, "--statutory-interest").returncode == 0
    spanish = json.loads(callnotes(tmp_path, "interest", "--debtor", SPANISH, "--json").stdout)
    # the Spanish agreement sets 8 %: it governs, the statutory figure is shown but not claimed
    assert spanish["statutory_on"] and not spanish["statutory_claimed"] and spanish["statutory_minor"] > 0
    assert spanish["claimed_extra_minor"] == spanish["compensation_minor"]
    shown_debtor = json.loads(callnotes(tmp_path, "debtor", "show", SPANISH, "--json").stdout)
    assert shown_debtor["statutory_interest"] is True
    assert callnotes(tmp_path, "verify").returncode == 0  # the change is in the record and the chain holds

    # clean errors: an unknown debtor, a date that does not exist, a broken rate file (file and line)
    unknown = callnotes(tmp_path, "interest", "--debtor", "99")
    assert unknown.returncode == 1 and "no debtor with id 99" in unknown.stderr
    bad_day = callnotes(tmp_path, "interest", "--debtor", GREEK, "--as-of", "2026-02-30")
    assert bad_day.returncode in (1, 2) and "not a date" in bad_day.stderr
    rates = tmp_path / "reference-rates.csv"
    rates.write_text("half_year_start,reference_rate_percent,source\n2026-07-01,2.15,x\n2026-07-01,abc,y\n")
    broken = callnotes(tmp_path, "interest", "--debtor", GREEK)
    assert broken.returncode == 1 and f"{rates}, line 3" in broken.stderr and "Traceback" not in broken.stderr


def test_a_packet_claiming_statutory_interest_at_an_assumed_rate_warns(tmp_path: Path) -> None:
    assert callnotes(tmp_path, "demo").returncode == 0
    # the user's own table knows only 2020: every later half-year's rate is assumed, whatever today is
    rates = tmp_path / "reference-rates.csv"
    rates.write_text("half_year_start,reference_rate_percent,source\n2020-01-01,0.00,ECB\n")
    interest = json.loads(callnotes(tmp_path, "interest", "--debtor", GREEK, "--json").stdout)
    assert interest["statutory_claimed"] and interest["missing_rates"]
    done = callnotes(tmp_path, "packet", "--debtor", GREEK, "--out", str(tmp_path / "p.pdf"), "--json")
    assert done.returncode == 0, done.stderr
    warning = next(w for w in json.loads(done.stdout)["warnings"] if "assumed reference rate" in w)
    assert f"half-year(s) {', '.join(interest['missing_rates'])} in {rates}" in warning
    table = callnotes(tmp_path, "interest", "--debtor", GREEK).stdout
    assert warning.split("rate. ", 1)[1].split(" Add them")[0] in table  # the interest command's words
    printed = callnotes(tmp_path, "packet", "--debtor", GREEK, "--out", str(tmp_path / "q.pdf"))
    assert printed.returncode == 0 and f"callnotes: warning: {warning}\n" in printed.stderr
    # no statutory interest claimed: no warning
    quiet = callnotes(tmp_path, "packet", "--debtor", SPANISH, "--out", str(tmp_path / "s.pdf"), "--json")
    assert not any("assumed" in w for w in json.loads(quiet.stdout)["warnings"])
