"""The benchmark's floors do the same work as the commands they are measured against (on the example
data, which has what the synthetic database lacks: letters, several agreements, payments on account),
and its JSON says what each target bounds. No timing here: the figures are `make bench`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.kit.figures import Figure, report

ROOT = Path(__file__).resolve().parents[2]
AS_OF = "2026-11-22"


def run(*argv: str | Path) -> str:
    result = subprocess.run(
        [sys.executable, *map(str, argv)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_floors_give_the_figures_and_heads_of_debtors_and_verify(tmp_path: Path) -> None:
    run("-m", "callnotes", "--data-dir", tmp_path, "demo", "--as-of", AS_OF)
    app = json.loads(run("-m", "callnotes", "--data-dir", tmp_path, "debtors", "--json", "--as-of", AS_OF))
    for row in app:
        row.pop("balance")  # Babel's formatting of balance_minor: not a figure the floor computes
    floor = json.loads(run(ROOT / "benchmarks" / "floors" / "debtors.py", tmp_path, "--as-of", AS_OF))
    assert len(app) == 3
    assert floor == app

    checks = json.loads(run("-m", "callnotes", "--data-dir", tmp_path, "verify", "--json"))
    heads = {str(c["debtor_id"]): {"entries": c["entries"], "head": c["head"], "ok": True} for c in checks}
    assert json.loads(run(ROOT / "benchmarks" / "floors" / "verify.py", tmp_path)) == heads


def test_a_tampered_entry_is_not_ok_for_the_verify_floor(tmp_path: Path) -> None:
    import sqlite3

    run("-m", "callnotes", "--data-dir", tmp_path, "demo", "--as-of", AS_OF)
    db = sqlite3.connect(tmp_path / "callnotes.sqlite3")
    triggers = db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entry'")
    for (name,) in triggers.fetchall():  # the store's guards refuse edits; a tamperer would drop them
        db.execute(f'DROP TRIGGER "{name}"')
    db.execute("UPDATE entry SET text = text || '!' WHERE debtor_id = 1 AND seq = 2")
    db.commit()
    db.close()
    found = json.loads(run(ROOT / "benchmarks" / "floors" / "verify.py", tmp_path))
    assert found["1"]["ok"] is False
    assert all(chain["ok"] for debtor, chain in found.items() if debtor != "1")


def test_the_json_says_value_floor_ratio_target_and_ok(tmp_path: Path) -> None:
    figures = [
        Figure("version", "ms", 5, "ratio", value=90.0, floor=20.0),  # 4.5 × its floor: within
        Figure("call_facts", "ms", 150, "value", value=151.0),  # over by a millisecond
        Figure("search_es_rare", "ms", 50, "value", value=2.0, floor=1.0, ratio_target=1.5),  # 2 ×: over
        Figure("memory_peak", "MB", 250, "value", note="not measured"),  # no value: never ok
    ]
    report(figures, tmp_path / "bench.json")
    written = json.loads((tmp_path / "bench.json").read_text())
    assert list(written) == ["version", "call_facts", "search_es_rare", "memory_peak"]
    assert written["version"] == {
        "value": 90.0,
        "unit": "ms",
        "floor": 20.0,
        "ratio": 4.5,
        "target": 5,
        "target_on": "ratio",
        "ok": True,
    }
    assert (written["call_facts"]["floor"], written["call_facts"]["ratio"], written["call_facts"]["ok"]) == (
        None,
        None,
        False,
    )
    assert written["search_es_rare"]["ok"] is False
    assert written["search_es_rare"]["ratio_target"] == 1.5
    assert written["memory_peak"]["value"] is None
    assert written["memory_peak"]["ok"] is False


def test_run_py_says_how_it_is_used() -> None:
    said = run(ROOT / "benchmarks" / "run.py", "--help")
    assert "--quick" in said
    assert "--json FILE" in said
    assert "--only TEXT" in said


def test_only_measures_the_figures_whose_name_holds_a_part_given() -> None:
    from benchmarks.run import chooser, guarded

    wanted = chooser(["search_es", "verify"])
    assert wanted("search_es_rare_relevance") and wanted("verify") and not wanted("search_el_rare")
    section = [Figure(name, "ms", 50, "value", value=1.0) for name in ("search_es_rare", "search_el_rare")]
    failures: list[str] = []
    assert [f.name for f in guarded([f.name for f in section], lambda: section, failures, wanted)] == [
        "search_es_rare"
    ]
    assert (
        guarded(
            ["packet"], lambda: pytest.fail("a section no figure of which is wanted ran"), failures, wanted
        )
        == []
    )
    assert chooser(None)("packet") and not failures


def test_the_search_floor_returns_the_page_the_search_does(tmp_path: Path) -> None:
    from benchmarks.kit import search

    run("-m", "callnotes", "--data-dir", tmp_path, "demo", "--as-of", AS_OF)
    found = search.searcher(tmp_path)
    assert not isinstance(found, str), found
    for word in ("Núñez", "ΠΑΠΑΔΟΠΟΥΛΟΣ", "factura", "llamada"):
        for order in search.ORDERS:
            page = found.page(word, order)
            assert page and page == found.expected(word, order), (word, order)
            assert len(found.floor(word, order)) == len(page)  # the floor's rows: the page, and one past it
    found.raw.close()
