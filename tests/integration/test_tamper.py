"""Tampering with the database outside callnotes: each way is refused by the database or found and
named by `verify` (the service, and the command line with its exit status and JSON kinds)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from callnotes.domain.audit import Finding
from callnotes.services.books import credit_invoice, reverse_payment
from callnotes.services.interactions import ContactInput, Ending, PlanInput, log_interaction
from callnotes.services.record import audit_record
from callnotes.store.access import Store
from callnotes.store.engine import transaction
from callnotes.store.guards import guard_names
from tests.conftest import NOW, TODAY
from tests.integration.test_cli import callnotes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def books_store(demo_store: Store) -> Store:
    """The example debtors, plus a plan of two instalments, a credit note and a reversed payment."""
    with transaction(demo_store.sessions) as session:
        plan = PlanInput(((TODAY + timedelta(days=10), 50000), (TODAY + timedelta(days=40), 70000)))
        contact = ContactInput(
            "call", NOW - timedelta(hours=2), Ending("plan", "Two instalments.", plan=plan)
        )
        log_interaction(session, 1, contact, author="ana")
        credit_invoice(session, 2, 10000, "discount for the delay", author="ana")
        reverse_payment(session, 3, "the bank returned it", author="ana")
    return demo_store


@contextmanager
def raw(store: Store, *, unguarded: bool = False) -> Iterator[sqlite3.Connection]:
    """A plain connection to the database file, as another tool would open it; `unguarded` drops
    every trigger first and puts them back as they were after (a careful forger)."""
    store.database.engine.dispose()
    con = sqlite3.connect(store.paths.database)
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    if unguarded:
        for name, _ in triggers:
            con.execute(f'DROP TRIGGER "{name}"')
    try:
        yield con
        con.commit()
    finally:
        if unguarded:
            for _, sql in triggers:
                con.execute(sql)
            con.commit()
        con.close()


def findings(store: Store, debtor_id: int | None = None) -> list[Finding]:
    with store.sessions() as session:
        return [f for f in audit_record(session, store.paths, debtor_id).findings if f.failure]


def kinds(store: Store) -> set[tuple[str, str | None]]:
    return {(f.kind, f.table) for f in findings(store)}


def entry_seq(con: sqlite3.Connection, kind: str, key: str, row_id: int) -> int:
    """The sequence number of the entry of `kind` that records row `row_id` under `key` in its data."""
    (seq,) = con.execute(
        f"SELECT seq FROM entry WHERE kind = ? AND json_extract(data, '$.{key}') = ?", (kind, row_id)
    ).fetchone()
    return int(seq)


def test_untouched_books_pass_every_check(books_store: Store) -> None:
    with books_store.sessions() as session:
        result = audit_record(session, books_store.paths)
    assert result.ok and result.findings == () and len(result.checks) == 3
    assert all(check.ok and check.report.ok for check in result.checks)


# --- the acceptance check's cases ------------------------------------------------------------------
def test_an_invoice_amount_changed_is_named_with_its_entry(books_store: Store) -> None:
    with raw(books_store) as con:
        con.execute("UPDATE invoice SET amount_minor = amount_minor * 4 WHERE id = 1")
        seq = entry_seq(con, "invoice", "invoice", 1)
    (found,) = findings(books_store)
    assert (found.kind, found.debtor_id, found.table, found.row_id, found.seq) == (
        "row_mismatch",
        1,
        "invoice",
        1,
        seq,
    )
    assert "amount_minor is 895400 but the journal says 223850" in found.message


def test_the_agreed_interest_changed_is_found_for_every_agreement(books_store: Store) -> None:
    with raw(books_store) as con:
        con.execute("UPDATE agreement SET annual_interest_bp = annual_interest_bp + 7000")
    found = findings(books_store)
    assert {(f.kind, f.table, f.row_id) for f in found} == {
        ("row_mismatch", "agreement", n) for n in (1, 2, 3)
    }
    assert all("annual_interest_bp" in f.message for f in found)


def test_every_trigger_dropped_is_named_one_by_one(books_store: Store) -> None:
    with raw(books_store) as con:
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            con.execute(f'DROP TRIGGER "{name}"')
    found = findings(books_store)
    assert {f.kind for f in found} == {"trigger_missing"}
    assert sorted(f.message.split()[3] for f in found) == sorted(guard_names())


def test_a_debtors_whole_journal_deleted_with_its_head(books_store: Store) -> None:
    with raw(books_store, unguarded=True) as con:
        con.execute("DELETE FROM entry WHERE debtor_id = 1")
        con.execute("DELETE FROM journalhead WHERE debtor_id = 1")
    found = findings(books_store)
    assert [(f.kind, f.debtor_id) for f in found] == [("journal_missing", 1)]
    with books_store.sessions() as session:
        check = audit_record(session, books_store.paths, 1).checks[0]
    assert not check.ok and "no journal" in check.describe()


def test_the_last_entry_deleted_and_the_head_count_adjusted(books_store: Store) -> None:
    with raw(books_store, unguarded=True) as con:
        con.execute(
            "DELETE FROM entry WHERE debtor_id = 1 AND seq = (SELECT max(seq) FROM entry WHERE debtor_id = 1)"
        )
        con.execute("UPDATE journalhead SET seq = seq - 1 WHERE debtor_id = 1")
    assert ("head_mismatch", "journalhead") in kinds(books_store)


def test_insert_or_replace_of_an_entry_is_refused_by_the_database(books_store: Store) -> None:
    with raw(books_store) as con:
        columns = [row[1] for row in con.execute("PRAGMA table_info(entry)")]
        edited = ", ".join(f"{c} || ' (edited)'" if c == "text" else c for c in columns)
        with pytest.raises(sqlite3.IntegrityError, match="locked record"):
            con.execute(
                f"INSERT OR REPLACE INTO entry ({', '.join(columns)}) SELECT {edited} FROM entry "
                "WHERE debtor_id = 1 AND seq = 6"
            )
    assert findings(books_store) == []


def test_an_attachment_file_changed_on_disk(books_store: Store) -> None:
    with books_store.sessions() as session:
        rows = session.connection().exec_driver_sql("SELECT id, sha256 FROM attachment WHERE debtor_id = 2")
        attachment_id, sha = rows.one()
    path = books_store.paths.attachments / sha[:2] / sha
    with path.open("ab") as file:
        file.write(b"tampered")
    (found,) = findings(books_store)
    assert (found.kind, found.debtor_id, found.table, found.row_id) == (
        "attachment_changed",
        2,
        "attachment",
        attachment_id,
    )


def test_against_an_earlier_packet_catches_a_consistent_truncation(
    books_store: Store, tmp_path: Path
) -> None:
    data_dir = books_store.paths.data_dir
    packet = tmp_path / "before.pdf"
    books_store.database.engine.dispose()
    assert callnotes(data_dir, "packet", "--debtor", "1", "--out", str(packet)).returncode == 0
    same = callnotes(data_dir, "verify", "--against", str(packet))
    assert same.returncode == 0, same.stdout + same.stderr
    assert "Checked against the packet before.pdf: 1 head, continued by the record." in same.stdout
    with books_store.sessions() as session:
        check = audit_record(session, books_store.paths, 1).checks[0]
    carried = json.loads(str(PdfReader(packet).metadata["/CallnotesHeads"]))  # type: ignore[index]
    assert carried == [{"debtor_id": 1, "entries": check.report.entries, "head": check.report.head}]
    with raw(books_store, unguarded=True) as con:
        con.execute(
            "DELETE FROM entry WHERE debtor_id = 1 AND seq > (SELECT max(seq) - 2 FROM entry WHERE debtor_id = 1)"
        )
        con.execute(
            "UPDATE journalhead SET seq = (SELECT max(seq) FROM entry WHERE debtor_id = 1), head = (SELECT "
            "entry_hash FROM entry WHERE debtor_id = 1 ORDER BY seq DESC LIMIT 1) WHERE debtor_id = 1"
        )
    alone = callnotes(data_dir, "verify", "--json")
    # the two entries removed were the call's plan and contact: what is left of it is unrecorded ...
    assert {f["kind"] for r in json.loads(alone.stdout) for f in r["findings"]} <= {"row_unrecorded"}
    caught = callnotes(data_dir, "verify", "--against", str(packet))
    assert caught.returncode == 1
    assert "witness_mismatch [debtor 1, entry" in caught.stdout and "truncated" in caught.stdout


# --- more of our own -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("statement", "table", "field"),
    [
        ("UPDATE payment SET amount_minor = amount_minor + 1 WHERE id = 1", "payment", "amount_minor"),
        ("UPDATE promise SET due_on = '2027-01-31' WHERE id = 1", "promise", "due_on"),
        ("UPDATE creditnote SET amount_minor = 99999", "creditnote", "amount_minor"),
        ("UPDATE plan SET total_minor = 1", "plan", "total_minor"),
        ("UPDATE interaction SET outcome = 'reached' WHERE outcome = 'plan'", "interaction", "outcome"),
        ("UPDATE invoice SET status = 'written_off' WHERE id = 4", "invoice", "status"),
        ("UPDATE invoice SET due_on = '2030-01-01' WHERE id = 2", "invoice", "due_on"),
        ("UPDATE debtor SET currency = 'USD' WHERE id = 2", "debtor", "currency"),
        ("UPDATE debtor SET tax_id = 'X1234' WHERE id = 3", "debtor", "tax_id"),
        ("UPDATE attachment SET invoice_id = 2 WHERE debtor_id = 1", "attachment", "invoice_id"),
    ],
)
def test_a_row_changed_behind_the_guards_is_named(
    books_store: Store, statement: str, table: str, field: str
) -> None:
    with raw(books_store, unguarded=True) as con:
        assert con.execute(statement).rowcount == 1
    (found,) = findings(books_store)
    assert (found.kind, found.table) == ("row_mismatch", table)
    assert found.message.startswith(f"{field} is ") and found.seq is not None


def test_an_allocation_moved_to_another_invoice(books_store: Store) -> None:
    with raw(books_store, unguarded=True) as con:
        con.execute("UPDATE paymentallocation SET invoice_id = 2 WHERE payment_id = 1")
        seq = entry_seq(con, "payment", "payment", 1)
    found = findings(books_store)
    assert {(f.kind, f.table, f.seq) for f in found} == {
        ("row_mismatch", "paymentallocation", seq),  # the row that says invoice 2
        ("row_missing", "paymentallocation", seq),  # and the one the entry lists, on invoice 1
    }
    assert any("applied to invoice 1" in f.message for f in found)


def test_an_instalment_amount_changed(books_store: Store) -> None:
    with raw(books_store, unguarded=True) as con:
        con.execute("UPDATE instalment SET amount_minor = 1 WHERE amount_minor = 70000")
    assert kinds(books_store) == {("row_mismatch", "instalment"), ("row_missing", "instalment")}


def test_a_reversal_deleted_with_the_triggers_dropped(books_store: Store) -> None:
    with raw(books_store, unguarded=True) as con:
        con.execute("DELETE FROM paymentreversal")
    (found,) = findings(books_store)
    assert (found.kind, found.debtor_id, found.table) == ("row_missing", 3, "paymentreversal")


def test_a_row_no_entry_records(books_store: Store) -> None:
    with raw(books_store) as con:  # invoices are corrected through entries, not guarded rows
        con.execute(
            "INSERT INTO invoice (debtor_id, number, issued_on, due_on, amount_minor, currency, goods_services, "
            "status) VALUES (2, 'FORGED-1', '2026-01-01', '2026-02-01', 500000, 'EUR', '', 'open')"
        )
        (invoice_id,) = con.execute("SELECT id FROM invoice WHERE number = 'FORGED-1'").fetchone()
    (found,) = findings(books_store)
    assert (found.kind, found.table, found.row_id) == ("row_unrecorded", "invoice", invoice_id)


def test_an_attachment_file_deleted(books_store: Store) -> None:
    for path in books_store.paths.attachments.rglob("*"):
        if path.is_file():
            path.unlink()
    assert {f.kind for f in findings(books_store)} == {"attachment_missing"}


def test_the_head_hash_changed_with_its_count_kept(books_store: Store) -> None:
    with raw(books_store, unguarded=True) as con:
        con.execute(
            "UPDATE journalhead SET head = (SELECT entry_hash FROM entry WHERE debtor_id = 2 AND seq = 1) WHERE debtor_id = 2"
        )
    (found,) = findings(books_store)
    assert (found.kind, found.debtor_id) == (
        "head_mismatch",
        2,
    ) and "is not the hash of entry" in found.message


def test_a_guard_replaced_by_one_that_refuses_nothing(books_store: Store) -> None:
    with raw(books_store) as con:
        con.execute("DROP TRIGGER guard_entry_update")
        con.execute("CREATE TRIGGER guard_entry_update BEFORE UPDATE ON entry WHEN 0 BEGIN SELECT 1; END")
    assert kinds(books_store) == {("trigger_altered", "sqlite_master")}


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO payment (id, debtor_id, paid_on, amount_minor, currency, method, reference, recorded_at) "
        "SELECT id, debtor_id, paid_on, 1, currency, method, reference, recorded_at FROM payment WHERE id = 1 "
        "ON CONFLICT (id) DO UPDATE SET amount_minor = excluded.amount_minor",
        "REPLACE INTO promise (id, debtor_id, interaction_id, amount_minor, currency, made_on, due_on) "
        "SELECT id, debtor_id, interaction_id, 1, currency, made_on, due_on FROM promise WHERE id = 1",
        "INSERT OR REPLACE INTO paymentreversal (payment_id, reason, recorded_at) "
        "SELECT payment_id, 'another reason', recorded_at FROM paymentreversal",
        "INSERT INTO entry (debtor_id, seq, recorded_at, occurred_at, encoding, kind, text, data, author, "
        "prev_hash, entry_hash) SELECT debtor_id, seq, recorded_at, occurred_at, encoding, kind, 'x', data, "
        "author, prev_hash, entry_hash FROM entry WHERE debtor_id = 1 AND seq = 2 "
        "ON CONFLICT (debtor_id, seq) DO UPDATE SET text = excluded.text",
        "INSERT OR REPLACE INTO interaction SELECT * FROM interaction WHERE ended_at IS NOT NULL LIMIT 1",
    ],
)
def test_replacing_or_upserting_a_locked_row_is_refused(books_store: Store, statement: str) -> None:
    with raw(books_store) as con, pytest.raises(sqlite3.IntegrityError, match="locked record"):
        con.execute(statement)


def test_an_open_interaction_may_still_be_replaced(books_store: Store) -> None:
    from callnotes.services.interactions import start_interaction

    with transaction(books_store.sessions) as session:
        call = start_interaction(session, 2)
    with raw(books_store) as con:
        con.execute(f"INSERT OR REPLACE INTO interaction SELECT * FROM interaction WHERE id = {call.id}")
    assert findings(books_store) == []


def test_an_old_database_gets_the_replace_guards_on_upgrade(tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    from callnotes.store.access import open_store

    data = tmp_path / "old"
    data.mkdir()
    shutil.copyfile(ROOT / "tests" / "data" / "release-0.1.sqlite3", data / "callnotes.sqlite3")
    store = open_store(str(data), None, clock)
    with raw(store) as con, pytest.raises(sqlite3.IntegrityError, match="locked record"):
        con.execute("INSERT OR REPLACE INTO payment SELECT * FROM payment WHERE id = 1")
    with raw(store) as con:  # callnotes 0.1 journalled a debtor only once something was recorded
        con.execute(BARE_DEBTOR)
    kept = findings(store)  # the fixture keeps no attachment files; everything else replays
    assert {f.kind for f in kept} == {"attachment_missing"}


BARE_DEBTOR = (
    "INSERT INTO debtor (kind, name, language, currency, time_zone, address, notes, payment_rating, created_at) "
    "VALUES ('business', 'Bare', 'en', 'EUR', 'UTC', '', '', 'unknown', '2026-11-01 10:00:00')"
)


def test_a_debtor_without_a_journal_is_named(books_store: Store) -> None:
    with raw(books_store) as con:
        con.execute(BARE_DEBTOR)
    (found,) = findings(books_store)
    assert (found.kind, found.debtor_id) == ("journal_missing", 4)


def test_a_tombstone_is_information_and_a_tombstone_beside_live_data_is_not(books_store: Store) -> None:
    with raw(books_store) as con:
        con.execute(
            "INSERT INTO tombstone (debtor_id, name_sha256, entries, head, deleted_at, reason, author) "
            f"VALUES (9, '{'0' * 64}', 12, '{'b' * 64}', '2026-11-20 10:00:00', 'erasure request', 'ana')"
        )
    with books_store.sessions() as session:
        result = audit_record(session, books_store.paths)
    assert result.ok and [(f.kind, f.severity, f.debtor_id) for f in result.findings] == [
        ("tombstone", "info", 9)
    ]
    with books_store.sessions() as session:
        deleted = audit_record(session, books_store.paths, 9)  # asking about a deleted debtor is answered
    assert deleted.ok and [f.kind for f in deleted.findings] == ["tombstone"]
    with raw(books_store) as con:
        con.execute(
            "INSERT INTO tombstone (debtor_id, name_sha256, entries, head, deleted_at, reason, author) "
            f"VALUES (2, '{'0' * 64}', 3, '{'c' * 64}', '2026-11-20 10:00:00', 'erasure request', 'ana')"
        )
    assert kinds(books_store) == {("tombstone_conflict", "tombstone")}


# --- the command line ------------------------------------------------------------------------------
def test_verify_json_gives_each_finding_its_kind_and_place(books_store: Store) -> None:
    with raw(books_store, unguarded=True) as con:
        con.execute("UPDATE invoice SET amount_minor = 1 WHERE id = 5")
        con.execute("UPDATE journalhead SET seq = seq + 1 WHERE debtor_id = 3")
    with raw(books_store) as con:
        con.execute("DROP TRIGGER guard_plan_insert")
    result = callnotes(books_store.paths.data_dir, "verify", "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    records = [r for r in report if r["debtor_id"] is not None]
    assert len(records) == 3 and not all(r["ok"] for r in report)
    assert report[-1]["scope"] == "database" and report[-1]["ok"] is False
    findings = [f for r in report for f in r["findings"]]
    assert {(f["kind"], f["debtor_id"], f["table"], f["row_id"]) for f in findings} == {
        ("trigger_missing", None, "sqlite_master", None),
        ("row_mismatch", 2, "invoice", 5),
        ("head_mismatch", 3, "journalhead", 3),
    }
    assert all(set(f) >= {"kind", "debtor_id", "table", "row_id", "seq", "message"} for f in findings)
    people = callnotes(books_store.paths.data_dir, "verify")
    assert people.returncode == 1 and "Traceback" not in people.stderr
    assert "row_mismatch [debtor 2, invoice 5, entry" in people.stdout
    assert people.stderr.strip() == "callnotes: the check found 3 problems (2 of 3 records failed)."


def test_against_a_list_of_heads_and_a_database_backup(books_store: Store, tmp_path: Path) -> None:
    data_dir = books_store.paths.data_dir
    books_store.database.engine.dispose()
    heads = [c["debtor_id"] for c in json.loads(callnotes(data_dir, "verify", "--json").stdout)]
    assert heads == [1, 2, 3]
    backup = tmp_path / "before.sqlite3"
    source, target = sqlite3.connect(books_store.paths.database), sqlite3.connect(backup)
    source.backup(target)
    source.close(), target.close()
    records = json.loads(callnotes(data_dir, "verify", "--json").stdout)
    listed = tmp_path / "heads.json"
    listed.write_text(
        json.dumps({"heads": [{k: r[k] for k in ("debtor_id", "entries", "head")} for r in records]})
    )
    for witness in (listed, backup):
        assert callnotes(data_dir, "verify", "--against", str(witness)).returncode == 0
    with transaction(books_store.sessions) as session:  # the record goes on: still continues the witnesses
        from callnotes.services.interactions import amend_entry

        amend_entry(session, 2, 3, "corrected", "typo", author="ana")
    books_store.database.engine.dispose()
    for witness in (listed, backup):
        assert callnotes(data_dir, "verify", "--against", str(witness)).returncode == 0
    with raw(books_store, unguarded=True) as con:  # a consistent rewrite: entry 2 of debtor 3 removed
        con.execute("DELETE FROM entry WHERE debtor_id = 3 AND seq >= 2")
        con.execute(
            "UPDATE journalhead SET seq = 1, head = (SELECT entry_hash FROM entry WHERE debtor_id = 3) WHERE debtor_id = 3"
        )
    for witness in (listed, backup):
        result = callnotes(data_dir, "verify", "--against", str(witness), "--json")
        report = json.loads(result.stdout)
        witnessed = [f for r in report for f in r["findings"] if f["kind"] == "witness_mismatch"]
        assert result.returncode == 1 and [f["debtor_id"] for f in witnessed] == [3]


@pytest.mark.parametrize(
    "content", [b"", b"not json", b"%PDF-1.7 broken", b'{"heads": [{"debtor_id": 1}]}', b"PK\x03\x04"]
)
def test_against_an_unreadable_file_is_one_clear_line(
    books_store: Store, tmp_path: Path, content: bytes
) -> None:
    witness = tmp_path / "witness"
    witness.write_bytes(content)
    books_store.database.engine.dispose()
    result = callnotes(books_store.paths.data_dir, "verify", "--against", str(witness))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"callnotes: {witness} cannot be ")
    if content in (b"", b"not json"):  # said in words, not with the JSON parser's "Expecting value: …"
        assert result.stderr.endswith(": it is not a packet, a backup, a letter or a list of heads.\n")


def test_against_a_deleted_debtors_heads_reads_its_tombstone(books_store: Store, tmp_path: Path) -> None:
    listed = tmp_path / "heads.json"
    listed.write_text(json.dumps([{"debtor_id": 9, "entries": 12, "head": "b" * 64}]))
    with raw(books_store) as con:
        con.execute(
            "INSERT INTO tombstone (debtor_id, name_sha256, entries, head, deleted_at, reason, author) "
            f"VALUES (9, '{'0' * 64}', 12, '{'b' * 64}', '2026-11-20 10:00:00', 'erasure request', 'ana')"
        )
    ended = callnotes(books_store.paths.data_dir, "verify", "--against", str(listed))
    assert ended.returncode == 0 and "witness_deleted [debtor 9, tombstone 9]" in ended.stdout
    assert "Checked against the list heads.json: 1 head; 1 of a debtor deleted since (below)." in ended.stdout
    listed.write_text(json.dumps([{"debtor_id": 9, "entries": 14, "head": "d" * 64}]))
    longer = callnotes(books_store.paths.data_dir, "verify", "--against", str(listed))
    assert longer.returncode == 1 and "witness_mismatch" in longer.stdout
    assert (
        "Checked against the list heads.json: 1 head; 1 not continued by the record (below)." in longer.stdout
    )


def test_everything_the_services_record_passes_the_check(books_store: Store, tmp_path: Path) -> None:
    """No false alarms: each way callnotes itself changes the books leaves rows the journal accounts for."""
    from datetime import date

    from callnotes.services.books import AgreementInput, InvoiceInput, PaymentInput
    from callnotes.services.debtors import DebtorInput
    from callnotes.services.desk import Desk
    from callnotes.services.imports.importer import ImportOptions
    from callnotes.services.interactions import PromiseInput
    from callnotes.services.people import PersonInput

    desk = Desk(books_store, "tester")
    document = tmp_path / "contract.txt"
    document.write_text("signed", encoding="utf-8")
    other = tmp_path / "note.txt"
    other.write_text("a note", encoding="utf-8")
    debtor = desk.add_debtor(DebtorInput("Nuevo Ejemplo S.L.", country="ES", tax_id="B87654323"))
    desk.edit_debtor(
        debtor, DebtorInput("Nuevo Ejemplo S.L.", country="ES", tax_id="B87654323", address="Calle 1")
    )
    person = desk.add_person(debtor, PersonInput("Eva", "pagos", phone="912345678"))
    desk.edit_person(person, PersonInput("Eva Ruiz", "pagos", phone="912345678"))
    desk.remove_person(person)
    agreement = desk.add_agreement(
        debtor, AgreementInput(date(2026, 1, 5), "30 días", annual_interest_bp=800), [document]
    )
    desk.correct_agreement(
        agreement, AgreementInput(date(2026, 1, 5), "45 días", payment_terms_days=45), "mal copiado"
    )
    first = desk.add_invoice(debtor, InvoiceInput("A-1", date(2026, 2, 1), 100000), [other])
    second = desk.add_invoice(debtor, InvoiceInput("A-2", date(2026, 3, 1), 50000))
    desk.correct_invoice(
        first, InvoiceInput("A-1b", date(2026, 2, 2), 120000, goods_services="Obra"), "errata"
    )
    desk.credit_invoice(second, 5000, "descuento", date(2026, 3, 5))
    desk.set_invoice_status(second, "disputed", "dice que no recibió")
    wrong = desk.record_payment(debtor, PaymentInput(date(2026, 4, 1), 30000, allocations=(("A-1b", None),)))
    desk.correct_payment(wrong, PaymentInput(date(2026, 4, 1), 20000), "importe mal tecleado")
    desk.attach_files(debtor, [tmp_path / "note.txt"], invoice_id=second)
    contact = ContactInput(
        "email", NOW - timedelta(days=1), Ending("promise", "Pagará.", promise=PromiseInput(10000, TODAY))
    )
    desk.log_contact(debtor, contact, [document])
    desk.archive_debtor(debtor, "agency", "a la agencia")
    desk.archive_debtor(debtor, "", "", restore=True)
    report = desk.import_books(ROOT / "tests" / "data" / "imports" / "xero.csv", ImportOptions())
    assert report.written and report.added, report.problems
    with books_store.sessions() as session:
        result = audit_record(session, books_store.paths)
    assert result.ok, [f.describe() for f in result.findings]
    assert len(result.checks) > 4
