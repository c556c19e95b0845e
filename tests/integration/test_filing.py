"""The copies a packet is written as, read back with pikepdf, pypdf and poppler: the PDF/A-2b filing
copy with its bookmarks, the PDF/A-3b evidence copy whose journal reproduces the head with its own
checker, the split files that are the single packet page for page, and `packet --json`."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pikepdf
import pikepdf.pdfa
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from callnotes.clock import FixedClock
from callnotes.domain.account import statement_of
from callnotes.errors import InputError
from callnotes.example import load_example
from callnotes.export import ExportResult, PacketTargets, export_packet
from callnotes.export.packet_data import build_packet
from callnotes.export.packet_model import PacketOptions
from callnotes.export.render.document import page_size
from callnotes.files import OutputError
from callnotes.paths import AppPaths
from callnotes.services.attachments import stored_path
from callnotes.services.witness import read_witness
from callnotes.store.access import Store, open_store
from callnotes.store.account import read_account
from callnotes.store.journal import verify_debtor
from tests.conftest import NOW, TODAY, USER_ZONE
from tests.integration.test_cli import callnotes
from tests.integration.test_packet import AMERICAN, SPANISH, add_exhibits, layout_pages


@pytest.fixture(scope="module")
def exhibits_store(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Iterator[Store]:
    """The example debtors with the Spanish one's exhibits (test_packet's `with_exhibits`), made once for
    the module's tests that only read it."""
    folder = tmp_path_factory.mktemp("filing")
    paths = AppPaths(folder / "data").ensure()
    shutil.copy2(migrated_template, paths.database)
    opened = open_store(str(paths.data_dir), None, FixedClock(NOW, USER_ZONE))
    load_example(opened, NOW)
    yield add_exhibits(opened, folder)
    opened.database.engine.dispose()


@pytest.fixture(scope="module")
def written(exhibits_store: Store, tmp_path_factory: pytest.TempPathFactory) -> ExportResult:
    """The Spanish debtor's monitorio packet, with a 3-page PDF among its exhibits, as all three copies
    (exported once: the tests only read the files)."""
    out = tmp_path_factory.mktemp("out")
    targets = PacketTargets(out / "filing.pdf", out / "evidence.pdf", out / "split")
    options = PacketOptions(as_of=TODAY, language="es", destination="monitorio")
    return export_packet(exhibits_store.sessions, exhibits_store.paths, SPANISH, targets, options)


def approved(path: Path, flavour: str) -> bool:
    report = pikepdf.pdfa.validate_written(path, flavour)
    return report.passed and not report.findings


def test_a_pdfa_2b_filing_copy_with_bookmarks_and_a_pdfa_3b_evidence_copy_that_reproduces_the_head(
    written: ExportResult, tmp_path: Path
) -> None:
    filing, evidence = written.files[:2]
    assert (filing.role, evidence.role) == ("filing", "evidence") and written.path == filing.path
    assert approved(filing.path, "2b") and filing.bytes == filing.path.stat().st_size
    with pikepdf.open(filing.path) as pdf:
        assert pdf.Root.PageMode == pikepdf.Name.UseOutlines and "/AF" not in pdf.Root
        assert "/EmbeddedFiles" not in pdf.Root.get("/Names", {}) and not pdf.is_encrypted
        with pdf.open_outline() as outline:
            top = [(item.title, [child.title for child in item.children]) for item in outline.root]
        assert [float(n) for n in pdf.pages[0].mediabox] == pytest.approx([0, 0, *A4], abs=0.01)
    assert len(top) >= 6 and ("Índice", []) in top
    exhibits = next(children for _title, children in top if children)
    assert exhibits == [f"Anexo {label}" for label, _sha in written.exhibits]
    pages = layout_pages(filing.path)
    assert len(pages) == written.pages == filing.pages
    integrity = "".join(pages[-2:])  # it names the evidence copy, and carries the head
    assert "evidence.pdf" in integrity and written.head in integrity
    assert read_witness(filing.path).heads == read_witness(evidence.path).heads  # for `verify --against`

    assert approved(evidence.path, "3b") and evidence.pages == written.pages
    with pikepdf.open(evidence.path) as pdf:
        relationships = {str(spec.F): spec.AFRelationship for spec in pdf.Root.AF}
    assert relationships == {
        "journal.jsonl": pikepdf.Name.Source,
        "verify_journal.py": pikepdf.Name.Supplement,
        "manifest.json": pikepdf.Name.Data,
    }
    attached = {name: data[0] for name, data in PdfReader(evidence.path).attachments.items()}
    for name, data in attached.items():
        (tmp_path / name).write_bytes(data)
    checked = subprocess.run(
        [sys.executable, str(tmp_path / "verify_journal.py"), str(tmp_path / "journal.jsonl")],
        capture_output=True,
        text=True,
    )
    manifest = json.loads(attached["manifest.json"])
    assert checked.stdout.strip() == f"{manifest['entries']} entries, head {written.head}"
    assert manifest["head"] == written.head and manifest["packet_id"] == written.packet_id
    assert manifest["generated_at"] == "2026-11-22T13:00:00+01:00"  # the clock's, in Madrid
    assert [(e["label"], e["sha256"]) for e in manifest["exhibits"]] == list(written.exhibits)
    assert {f["name"]: f["bytes"] for f in manifest["files"]} == {
        name: len(attached[name]) for name in ("journal.jsonl", "verify_journal.py")
    }


def test_the_split_files_are_the_packet_page_for_page(written: ExportResult, exhibits_store: Store) -> None:
    filing = next(file for file in written.files if file.role == "filing")
    split = [file for file in written.files if file.role in ("index", "part")]
    names = [file.path.name for file in split]
    assert names == sorted(names) == sorted(p.name for p in split[0].path.parent.iterdir())
    # named in the packet's language, as ASCII a portal takes
    assert names[0] == "00-Indice-de-archivos.pdf" and names[1] == "01-Reclamacion-y-registro.pdf"
    assert names[2].startswith("02-Anexo-A-") and names[-1].endswith("-Integridad-del-registro.pdf")
    assert all(approved(file.path, "2b") for file in split)
    parts = [file for file in split if file.role == "part"]
    assert len(parts) == 3 + len(written.exhibits) and sum(file.pages for file in parts) == written.pages
    assert written.submission_bytes == sum(file.bytes for file in parts) and written.submission_over == ""
    assert names[-2].endswith("-Declaracion-del-custodio-del-registro.pdf")  # to sign: a file of its own
    whole = [page.extract_text() for page in PdfReader(filing.path).pages]
    pieces = [page.extract_text() for file in parts for page in PdfReader(file.path).pages]
    assert pieces == whole  # the same page and document numbers in the footers, the same words
    index = "".join(layout_pages(split[0].path))
    for file in parts:
        assert file.path.name in index and hashlib.sha256(file.path.read_bytes()).hexdigest() in index
    heads = PdfReader(filing.path).metadata["/CallnotesHeads"]
    assert all(PdfReader(file.path).metadata["/CallnotesHeads"] == heads for file in split)  # the index too
    assert read_witness(split[0].path).heads == read_witness(filing.path).heads  # `verify --against` it
    with pytest.raises(InputError, match="already holds files"):  # never mixed with another packet's
        export_packet(
            exhibits_store.sessions, exhibits_store.paths, SPANISH, PacketTargets(split=split[0].path.parent)
        )
    assert sorted(p.name for p in split[0].path.parent.iterdir()) == names


def test_packet_json_says_what_was_written_and_claimed(demo_store: Store, tmp_path: Path) -> None:
    data = demo_store.paths.data_dir
    with demo_store.sessions() as session:
        head = verify_debtor(session, SPANISH).head
        account = read_account(session, SPANISH)
    ledger = statement_of(account, TODAY)
    assert not account.debtor.statutory_interest  # nothing is claimed on top of the ledger
    not_due = [p for p in ledger.positions if p.days_overdue <= 0 and p.open_minor > 0]
    demo_store.database.engine.dispose()
    split = tmp_path / "split"
    done = callnotes(
        data,
        "packet",
        "--debtor",
        "1",
        "--destination",
        "monitorio",
        "--as-of",
        TODAY.isoformat(),  # the subprocess runs on the system's clock; F2026-0071 is due on 2026-12-19
        "--split",
        str(split),
        "--json",
    )
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert list(printed) == [
        "files",
        "pages",
        "claimed_minor",
        "not_claimed_minor",
        "claimed_invoices",
        "not_claimed_invoices",
        "exhibits",
        "head",
        "currency",
        "packet_id",
        "warnings",
    ]
    assert [Path(f["path"]).stat().st_size for f in printed["files"]] == [
        f["bytes"] for f in printed["files"]
    ]
    assert printed["warnings"] == [] and printed["exhibits"][0]["label"] == "A"
    parts = [PdfReader(f["path"]) for f in printed["files"][1:]]  # after the index
    assert printed["head"] == head and printed["pages"] == sum(len(part.pages) for part in parts)
    assert [p.invoice.number for p in not_due] == printed["not_claimed_invoices"] == ["F2026-0071"]
    not_claimed = sum(p.open_minor for p in not_due)
    assert printed["not_claimed_minor"] == not_claimed
    assert printed["claimed_minor"] == ledger.balance_minor - not_claimed


def test_letter_pages_for_a_us_court_or_a_us_creditor(demo_store: Store) -> None:
    with demo_store.sessions() as session:
        packet = build_packet(session, demo_store.paths, SPANISH, PacketOptions(as_of=TODAY))
    assert packet.creditor is not None and page_size(packet) == A4
    assert page_size(replace(packet, options=replace(packet.options, destination="small-claims"))) == LETTER
    assert page_size(replace(packet, creditor=replace(packet.creditor, country="US"))) == LETTER


def test_a_failed_export_keeps_the_file_the_user_already_had(demo_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out, gone, split = folder / "packet.pdf", folder / "stick", folder / "split"
    out.write_bytes(b"last week's packet")
    gone.mkdir()

    def pull_the_stick(done: int, total: int) -> None:  # the evidence copy's folder goes before writing
        if done > 800 and gone.exists():
            gone.rmdir()

    targets = PacketTargets(out, gone / "evidence.pdf", split)
    with pytest.raises(OutputError, match=r"evidence\.pdf"):
        export_packet(
            demo_store.sessions,
            demo_store.paths,
            SPANISH,
            targets,
            PacketOptions(as_of=TODAY),
            progress=pull_the_stick,
        )
    assert out.read_bytes() == b"last week's packet"
    assert sorted(p.name for p in folder.iterdir()) == ["packet.pdf"]  # no temporary, no split folder


def test_an_exhibit_whose_file_is_gone_is_not_reported_as_in_the_packet(
    demo_store: Store, tmp_path: Path
) -> None:
    with demo_store.sessions() as session:
        refs = build_packet(session, demo_store.paths, AMERICAN, PacketOptions(as_of=TODAY)).exhibits
    stored_path(demo_store.paths, refs[0].sha256).unlink()  # the stored copy is gone
    evidence = tmp_path / "evidence.pdf"
    options = PacketOptions(as_of=TODAY)
    result = export_packet(
        demo_store.sessions, demo_store.paths, AMERICAN, PacketTargets(evidence=evidence), options
    )
    assert refs[0].label not in [label for label, _sha in result.exhibits]
    assert [exhibit.label for exhibit in result.unshown] == [refs[0].label]
    manifest = json.loads(PdfReader(evidence).attachments["manifest.json"][0])
    assert refs[0].label not in [e["label"] for e in manifest["exhibits"]]
    assert manifest["unshown"] == [
        {
            "label": refs[0].label,
            "name": refs[0].original_name,
            "recorded_sha256": refs[0].sha256,
            "state": "missing",
        }
    ]
