"""Importing the books from accounting exports, on a real SQLite file: every profile, every encoding
offered, both delimiters, lines summed into invoices, all or nothing, and nothing added twice."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from callnotes.domain.entries import ImportDetails
from callnotes.services.desk import Desk
from callnotes.services.imports.importer import ImportOptions
from callnotes.services.imports.mappings import remembered_mapping
from tests.integration.test_cli import callnotes

FIXTURES = Path(__file__).parent.parent / "data" / "imports"
GREEK_MAPPING = json.loads((FIXTURES / "generic-el.mapping.json").read_text(encoding="utf-8"))

# What each fixture holds: debtor -> (country, currency, {invoice: (amount, issued, due)}).
EXPECTED = {
    "xero.csv": {
        "Kestrel Cabinets, Ltd": (
            "GB",
            "GBP",
            {
                "INV-2001": (96000, date(2026, 6, 5), date(2026, 7, 5)),
                "INV-2014": (120000, date(2026, 9, 1), date(2026, 10, 1)),
            },
        ),
        "Ibáñez Hermanos S.A.": ("ES", "EUR", {"INV-2002": (125050, date(2026, 7, 10), date(2026, 8, 9))}),
    },
    "quickbooks.csv": {
        "Café Olé LLC": ("US", "USD", {"1042": (275659, date(2026, 3, 15), date(2026, 4, 14))}),
        "Harbor Bakery Inc.": ("US", "USD", {"1057": (98000, date(2026, 10, 1), date(2026, 10, 31))}),
    },
    "holded.csv": {
        "Talleres Ruiz S.L.": ("ES", "EUR", {"F2026-0031": (230009, date(2026, 3, 3), date(2026, 4, 2))}),
        "Peña y Muñoz S.C.": ("ES", "EUR", {"F2026-0044": (54450, date(2026, 5, 12), date(2026, 6, 11))}),
    },
    "generic-el.csv": {
        "Οικονόμου Ελένη ΙΚΕ": ("GR", "EUR", {"ΤΠΥ-0311": (248000, date(2026, 5, 5), date(2026, 6, 4))}),
        "Παπαδόπουλος Ανδρέας & ΣΙΑ Ο.Ε.": (
            "GR",
            "EUR",
            {"ΤΠΥ-0330": (73055, date(2026, 7, 12), date(2026, 8, 11))},
        ),
    },
}
PROFILES = {
    "xero.csv": "xero",
    "quickbooks.csv": "quickbooks",
    "holded.csv": "holded",
    "generic-el.csv": "generic",
}
# The legacy encoding each fixture's text fits in.
LEGACY = {
    "xero.csv": "cp1252",
    "quickbooks.csv": "cp1252",
    "holded.csv": "cp1252",
    "generic-el.csv": "cp1253",
}


def _written(tmp_path: Path, name: str, encoding: str, delimiter: str | None = None) -> Path:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    if delimiter is not None:  # the same rows with the other delimiter, quoted where needed
        rows = list(
            csv.reader(
                io.StringIO(text, newline=""), delimiter=";" if ";" in text.partition("\n")[0] else ","
            )
        )
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        text = out.getvalue()
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _import(desk: Desk, path: Path, **options: object) -> object:
    mapping = GREEK_MAPPING if path.name.startswith("generic") else None
    return desk.import_books(path, ImportOptions(PROFILES.get(path.name), mapping, **options))  # type: ignore[arg-type]


def _books(desk: Desk) -> dict[str, tuple[str | None, str, dict[str, tuple[int, date, date]]]]:
    found = {}
    for summary in desk.debtors():
        view = desk.debtor(summary.id)
        invoices = {i.number: (i.amount_minor, i.issued_on, i.due_on) for i in view.invoices.values()}
        assert {i.currency for i in view.invoices.values()} == {view.debtor.currency}
        found[view.debtor.name] = (view.debtor.country, view.debtor.currency, invoices)
    return found


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "legacy"])
def test_each_profile_imports_every_debtor_invoice_amount_currency_and_date(
    desk: Desk, tmp_path: Path, name: str, encoding: str
) -> None:
    codec = LEGACY[name] if encoding == "legacy" else encoding
    path = _written(tmp_path, name, codec)
    report = _import(desk, path, encoding=LEGACY[name] if encoding == "legacy" else None)
    assert report.problems == () and report.written, report.problems
    assert _books(desk) == EXPECTED[name]
    for summary in desk.debtors():
        assert desk.check_record(summary.id).report.ok
        imports = [i.entry.details for i in desk.debtor(summary.id).record if i.entry.kind == "import"]
        assert len(imports) == 1 and isinstance(imports[0], ImportDetails)
        assert imports[0].file_name == name and imports[0].sha256 == report.sha256


@pytest.mark.parametrize("name", ["holded.csv", "xero.csv"])
def test_the_other_delimiter_reads_the_same_books(desk: Desk, tmp_path: Path, name: str) -> None:
    path = _written(tmp_path, name, "utf-8", delimiter="," if name == "holded.csv" else ";")
    report = _import(desk, path)
    assert report.delimiter == ("," if name == "holded.csv" else ";") and report.written
    assert _books(desk) == EXPECTED[name]


def test_a_payment_in_the_file_is_recorded_once_and_a_later_export_adds_only_what_is_new(
    desk: Desk, tmp_path: Path
) -> None:
    path = _written(tmp_path, "holded.csv", "utf-8")
    first = _import(desk, path)
    assert (first.count("debtor"), first.count("invoice"), first.count("payment")) == (2, 2, 1)
    again = _import(desk, path)
    assert not again.added and not again.written and len(again.already_present) == 3
    later = path.read_text(encoding="utf-8").replace("500,00;15/04/2026", "800,00;20/05/2026")
    later += "F2026-0050;01/10/2026;31/10/2026;Peña y Muñoz S.C.;;Revisión;100,00;1;0;21;;\r\n"
    path.write_text(later, encoding="utf-8", newline="")
    report = _import(desk, path)
    assert [(i.kind, i.number, i.amount_minor) for i in report.added] == [
        ("payment", "F2026-0031", 30000),
        ("invoice", "F2026-0050", 12100),
    ]
    ruiz = next(s for s in desk.debtors() if s.name == "Talleres Ruiz S.L.")
    assert desk.debtor(ruiz.id).statement.paid_minor == 80000


def test_an_invoice_whose_amount_changed_is_reported_not_overwritten(desk: Desk, tmp_path: Path) -> None:
    path = _written(tmp_path, "quickbooks.csv", "utf-8")
    _import(desk, path)
    path.write_text(
        path.read_text(encoding="utf-8").replace("980.00,980.00", "990.00,990.00"), encoding="utf-8"
    )
    report = _import(desk, path)
    assert [(d.number, d.field, d.recorded, d.in_file) for d in report.differences] == [
        ("1057", "amount_minor", 98000, 99000)
    ]
    assert _books(desk) == EXPECTED["quickbooks.csv"]


def test_one_bad_row_imports_nothing_and_every_problem_names_its_row_and_column(
    desk: Desk, tmp_path: Path
) -> None:
    text = (FIXTURES / "holded.csv").read_text(encoding="utf-8")
    bad = text + "F2026-0045;31/02/2026;30/03/26;Peña y Muñoz S.C.;B00000001;Revisión;1,000.00;1;0;21;;\r\n"
    path = tmp_path / "holded.csv"
    path.write_text(bad, encoding="utf-8", newline="")
    report = _import(desk, path)
    assert not report.written and desk.debtors() == []
    found = {(p.row, p.column, p.value) for p in report.problems}
    assert found == {
        (5, "Fecha", "31/02/2026"),
        (5, "Fecha de vencimiento", "30/03/26"),
        (5, "NIF", "B00000001"),
        (5, "Precio", "1,000.00"),
    }
    assert all(p.expected for p in report.problems)
    # the rest of the file is still previewed: what would have been added
    assert report.count("invoice") == 2


def test_an_invoice_from_the_future_is_refused_by_the_same_rule_as_when_typed(
    desk: Desk, tmp_path: Path
) -> None:
    path = tmp_path / "quickbooks.csv"
    path.write_text(
        (FIXTURES / "quickbooks.csv").read_text(encoding="utf-8")
        + "1099,Harbor Bakery Inc.,12/01/2026,12/31/2026,Oven,1,5.00,5.00,0,USD\r\n",
        encoding="utf-8",
    )
    report = _import(desk, path)
    assert [(p.row, p.column, p.value, p.problem) for p in report.problems] == [
        (5, "InvoiceDate", "12/01/2026", "future")
    ]
    assert desk.debtors() == []


def test_a_greek_file_in_windows_1253_is_refused_without_its_encoding_never_garbled(
    desk: Desk, tmp_path: Path
) -> None:
    path = _written(tmp_path, "generic-el.csv", "cp1253")
    refused = _import(desk, path)
    assert [p.problem for p in refused.problems] == ["not_utf8"]
    assert "cp1253" in refused.problems[0].expected and desk.debtors() == []
    garbled = _import(desk, path, encoding="utf-8")
    assert [p.problem for p in garbled.problems] == ["not_utf8"]


def test_a_dry_run_writes_nothing_and_says_what_it_would_add(desk: Desk, tmp_path: Path) -> None:
    report = _import(desk, _written(tmp_path, "xero.csv", "utf-8"), dry_run=True)
    assert (report.count("debtor"), report.count("invoice")) == (2, 3) and not report.written
    assert desk.debtors() == []


def test_the_generic_mapping_is_remembered_for_the_files_header(desk: Desk, tmp_path: Path) -> None:
    path = _written(tmp_path, "generic-el.csv", "utf-8")
    assert desk.peek_import(path).mapping is None
    _import(desk, path)
    peek = desk.peek_import(path)
    assert peek.profile is None and peek.mapping == GREEK_MAPPING
    assert remembered_mapping(desk.paths, peek.header) == GREEK_MAPPING
    again = desk.import_books(path, ImportOptions("generic"))  # no mapping given: the remembered one
    assert again.problems == () and len(again.already_present) == 2


def test_the_profile_is_guessed_from_the_header(desk: Desk, tmp_path: Path) -> None:
    for name, profile in PROFILES.items():
        assert desk.peek_import(_written(tmp_path, name, "utf-8")).profile == (
            None if profile == "generic" else profile
        )


def test_the_command_line_imports_with_json_and_refuses_a_bad_file_with_exit_1(tmp_path: Path) -> None:
    data = tmp_path / "data"
    holded = _written(tmp_path, "holded.csv", "utf-8")
    dry = callnotes(data, "import", "--profile", "holded", "--dry-run", "--json", str(holded))
    assert dry.returncode == 0 and json.loads(dry.stdout)["invoices_added"] == 2
    done = callnotes(data, "import", "--json", str(holded))  # the profile guessed
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["imported"] and report["profile"] == "holded"
    assert (report["debtors_added"], report["invoices_added"], report["payments_added"]) == (2, 2, 1)
    again = callnotes(data, "import", str(holded))
    assert again.returncode == 0 and "Nothing new" in again.stdout
    greek = _written(tmp_path, "generic-el.csv", "cp1253")
    refused = callnotes(data, "import", "--profile", "generic", "--json", str(greek))
    assert refused.returncode == 1 and json.loads(refused.stdout)["problems"][0]["problem"] == "not_utf8"
    assert "cp1253" in refused.stderr and "Traceback" not in refused.stderr
    mapping = FIXTURES / "generic-el.mapping.json"
    args = ("import", "--profile", "generic", "--mapping", str(mapping), "--encoding", "cp1253", str(greek))
    assert callnotes(data, *args).returncode == 0
    for bad in (
        ("import", str(tmp_path / "missing.csv")),
        ("import", "--mapping", str(tmp_path / "missing.json"), str(holded)),
        ("import", "--encoding", "klingon", str(holded)),
        ("import", "--profile", "generic", str(holded)),
        ("import", "--json", str(tmp_path)),
    ):
        result = callnotes(data, *bad)
        assert result.returncode == 1 and "Traceback" not in result.stderr, (bad, result.stderr)
        assert result.stderr.startswith("callnotes: ")
