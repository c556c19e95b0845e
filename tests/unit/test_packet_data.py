"""The packet's data, built from the database before anything is drawn; its inputs (creditor, attachments)."""

from __future__ import annotations

import string
import subprocess
import sys
from datetime import UTC, date, datetime
from fractions import Fraction
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.messages.pofile import read_po
from sqlmodel import Session

from callnotes.clock import FixedClock
from callnotes.domain.entries import AttachmentDetails, RecordItem
from callnotes.domain.ledger import interest_periods
from callnotes.errors import InputError
from callnotes.export import ExportCancelled, Progress
from callnotes.export.fonts import FONT, register_fonts
from callnotes.export.packet_data import build_packet, exhibit_label
from callnotes.export.packet_model import MAX_ROLE, ContactBlock, PacketOptions
from callnotes.export.render.text import Measure, plain, visual
from callnotes.export.wording import LANGUAGES, Wording
from callnotes.resources import resource
from callnotes.services.attachments import StoredState, add_attachment, stored_path
from callnotes.services.creditor import CreditorInput, get_creditor, set_creditor
from callnotes.services.interactions import Ending, amend_entry, end_interaction, start_interaction
from callnotes.services.views import debtor_view
from callnotes.store.access import Store
from callnotes.store.account import read_account
from callnotes.store.engine import transaction
from callnotes.store.journal import journal_lines, stored_chain, verify_debtor
from tests.conftest import TODAY

SPANISH, GREEK, AMERICAN = 1, 2, 3


def packet_of(store: Store, debtor_id: int, **options: object):  # type: ignore[no-untyped-def]
    options.setdefault("as_of", TODAY)
    with store.sessions() as session:
        return build_packet(session, store.paths, debtor_id, PacketOptions(**options))  # type: ignore[arg-type]


def test_statement_matches_the_ledger_and_explains_its_interest(demo_store: Store) -> None:
    packet = packet_of(demo_store, SPANISH)
    statement = packet.statement
    assert statement.balance_minor == 474461
    assert [i.number for i in statement.invoices] == ["F2026-0042", "F2026-0057", "F2026-0063", "F2026-0071"]
    assert statement.annual_interest_bp == 800 and statement.late_fee_minor == 4000
    f42 = statement.invoices[0]
    # 300 € arrived after the due date: two periods, the second on the reduced principal
    assert [p.principal_minor for p in f42.periods] == [223850, 193850]
    assert f42.periods[0].first_day == f42.due_on.replace(day=f42.due_on.day + 1)
    for invoice in statement.invoices:  # each period rounded half up, then summed (the ledger's rule)
        exact = [Fraction(p.principal_minor * p.days * 800, 10_000 * 365) for p in invoice.periods]
        assert invoice.interest_minor == sum(int(e + Fraction(1, 2)) for e in exact)
    assert statement.invoices[-1].periods == ()  # not due yet
    assert [(p.amount_minor, p.allocations) for p in statement.payments] == [
        (30000, (("F2026-0042", 30000),))
    ]
    assert sum(minor for _, minor in statement.ageing) == statement.open_minor


def test_interest_periods_leave_out_days_with_nothing_open() -> None:
    from callnotes.domain.ledger import Allocation

    paid = [Allocation(1, date(2026, 2, 10), 400), Allocation(1, date(2026, 2, 20), 600)]
    periods = interest_periods(1000, date(2026, 1, 31), paid, date(2026, 3, 31))
    assert [(p.first_day, p.last_day, p.principal_minor, p.days) for p in periods] == [
        (date(2026, 2, 1), date(2026, 2, 9), 1000, 9),
        (date(2026, 2, 10), date(2026, 2, 19), 600, 10),
    ]


def test_record_groups_each_interaction_and_keeps_sequence_order(demo_store: Store) -> None:
    packet = packet_of(demo_store, SPANISH)
    standalone = [item.entry for item in packet.record if isinstance(item, RecordItem)]
    blocks = [item for item in packet.record if isinstance(item, ContactBlock)]
    kinds = ["debtor", "person", "person", "terms", "invoice", "invoice", "invoice", "invoice", "payment"]
    kinds.append("attachment")
    assert [e.kind for e in standalone] == kinds
    assert [b.kind for b in blocks] == ["call", "call", "letter", "call"]
    first = blocks[0]
    assert [i.entry.kind for i in first.items] == [
        "note",
        "question",
        "said",
        "question",
        "agreed",
        "interaction",
        "promise",
    ]
    assert first.person == "Ana Núñez Peña" and first.outcome == "promise"
    seqs = [h.seq for h in packet.integrity.hashes]
    assert seqs == list(range(1, packet.integrity.entries + 1))


def test_amendments_sit_under_the_entry_they_correct(demo_store: Store) -> None:
    with transaction(demo_store.sessions) as session:
        said = next(e for e in read_account(session, GREEK).entries if e.kind == "said")
        amend_entry(session, GREEK, said.seq, "Corrected text", "typo during the call", author="marta")
    packet = packet_of(demo_store, GREEK)
    items = [i for block in packet.record if isinstance(block, ContactBlock) for i in block.items]
    original = next(i for i in items if i.entry.seq == said.seq)
    assert [(a.text, a.reason, a.author, a.amends_seq) for a in original.amendments] == [
        ("Corrected text", "typo during the call", "marta", said.seq)
    ]
    assert not any(i.entry.kind == "amendment" for i in items)  # not listed a second time


def test_promises_are_kept_or_broken(demo_store: Store) -> None:
    assert [p.state for p in packet_of(demo_store, SPANISH).promises] == ["kept", "broken"]
    assert [p.state for p in packet_of(demo_store, AMERICAN).promises] == ["pending"]


def test_a_period_limits_the_record_and_the_hashes_but_not_the_chain(demo_store: Store) -> None:
    whole = packet_of(demo_store, SPANISH)
    blocks = [item for item in whole.record if isinstance(item, ContactBlock)]
    start = blocks[1].started_at.astimezone(ZoneInfo("Europe/Madrid")).date()
    part = packet_of(demo_store, SPANISH, period_from=start)
    assert next(b.started_at for b in part.record if isinstance(b, ContactBlock)) == blocks[1].started_at
    assert len(part.integrity.hashes) < len(whole.integrity.hashes)
    assert part.integrity.head == whole.integrity.head and part.journal == whole.journal


def test_defaults_come_from_the_debtor_and_the_chain(demo_store: Store) -> None:
    with demo_store.sessions() as session:
        packet = build_packet(session, demo_store.paths, GREEK)
        report = verify_debtor(session, GREEK)
        lines = journal_lines(stored_chain(session, GREEK))
    assert (packet.language, packet.locale, packet.time_zone) == ("el", "el_GR", "Europe/Athens")
    assert packet.as_of == date(2026, 11, 22)  # today on the store's clock
    assert packet.integrity.ok and packet.integrity.head == report.head
    assert packet.packet_id == f"{GREEK}-20261122-120000-{report.head[:6]}"
    assert list(packet.journal) == lines
    assert packet.creditor is not None and packet.creditor.tax_id == "B46285193"


def test_the_default_day_is_the_users_today_as_in_every_other_view(demo_store: Store) -> None:
    clock = demo_store.clock
    assert isinstance(clock, FixedClock)
    clock.advance(
        datetime(2026, 11, 29, 23, 30, tzinfo=UTC) - clock.now()
    )  # 30 Nov in Madrid, 29 in New York
    with demo_store.sessions() as session:
        packet = build_packet(session, demo_store.paths, AMERICAN)
        account = read_account(session, AMERICAN)
        owed = debtor_view(account, clock.today()).statement.balance_minor
        in_new_york = debtor_view(account, date(2026, 11, 29)).statement.balance_minor
    assert packet.time_zone == "America/New_York" and packet.as_of == date(2026, 11, 30) == clock.today()
    assert packet.statement.balance_minor == owed != in_new_york  # what the debtor's page says today
    assert packet.generated_at == clock.now()  # its moment, shown in the debtor's zone with its offset

    with transaction(demo_store.sessions) as session:  # a call just now: the 30th in Madrid, the 29th there
        call = start_interaction(session, AMERICAN, "call", started_at=clock.now())
        end_interaction(session, call.id or 0, Ending("no_answer"), ended_at=clock.now())
    with demo_store.sessions() as session:  # a fresh session for each packet: each reads one snapshot
        up_to_the_29th = build_packet(
            session, demo_store.paths, AMERICAN, PacketOptions(period_to=date(2026, 11, 29))
        )
    with demo_store.sessions() as session:
        today_only = build_packet(
            session, demo_store.paths, AMERICAN, PacketOptions(period_from=clock.today())
        )
    started = {part.started_at for part in today_only.record if isinstance(part, ContactBlock)}
    assert started == {clock.now()}  # the period is in the user's days, as the amounts' day is
    assert all(not isinstance(p, ContactBlock) or p.started_at < clock.now() for p in up_to_the_29th.record)


def test_a_day_still_to_come_is_refused_as_the_amounts_day(demo_store: Store) -> None:
    with pytest.raises(InputError) as refused:
        packet_of(demo_store, SPANISH, as_of=date(2030, 1, 1))
    assert (refused.value.field, refused.value.problem) == ("as_of", "future")
    assert packet_of(demo_store, SPANISH, as_of=date(2020, 1, 1)).claim.claimed_minor == 0  # nothing yet


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"language": "fr"}, "not available"),
        ({"destination": "court"}, "unknown"),
        ({"number_prefix": "C N"}, "prefix"),
        ({"period_from": date(2026, 5, 1), "period_to": date(2026, 4, 1)}, "after it ends"),
        ({"first_number": 0}, "first document number"),
    ],
)
def test_options_are_checked(demo_store: Store, options: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        packet_of(demo_store, SPANISH, **options)


def test_exhibit_labels() -> None:
    assert [exhibit_label(n) for n in (0, 1, 25, 26, 27, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def test_attachments_are_stored_once_by_hash_and_journalled(
    store: Store, session: Session, tmp_path: Path
) -> None:
    from callnotes.services.books import InvoiceInput, add_invoice
    from callnotes.services.debtors import DebtorInput, create_debtor

    debtor = create_debtor(session, DebtorInput("Acme", country="ES", language="es"))
    other = create_debtor(session, DebtorInput("Other"))
    invoice = add_invoice(
        session, debtor.id or 0, InvoiceInput("A-1", date(2026, 1, 1), 1000, due_on=date(2026, 1, 31))
    )
    file = tmp_path / "albarán.pdf"
    file.write_bytes(b"%PDF-1.4 not really")
    first = add_attachment(session, store.paths, debtor.id or 0, file, invoice_id=invoice.id, author="marta")
    second = add_attachment(session, store.paths, debtor.id or 0, file)
    assert (
        first.sha256 == second.sha256
        and stored_path(store.paths, first.sha256).read_bytes() == file.read_bytes()
    )
    assert stored_path(store.paths, first.sha256).parent.name == first.sha256[:2]
    entry = read_account(session, debtor.id or 0).entries[-2]
    assert (entry.kind, entry.author) == ("attachment", "marta")
    assert isinstance(entry.details, AttachmentDetails)
    assert (entry.details.media_type, entry.details.original_name) == ("application/pdf", "albarán.pdf")
    with pytest.raises(InputError, match="does not belong"):
        add_attachment(session, store.paths, other.id or 0, file, invoice_id=invoice.id)
    with pytest.raises(InputError, match="not a file"):
        add_attachment(session, store.paths, debtor.id or 0, tmp_path / "missing.pdf")


def test_exhibits_report_a_changed_or_missing_stored_file(demo_store: Store, tmp_path: Path) -> None:
    files = []
    for name in ("a.txt", "b.txt"):
        path = tmp_path / name
        path.write_text(f"document {name}", encoding="utf-8")
        files.append(path)
    with transaction(demo_store.sessions) as session:
        a, b = (add_attachment(session, demo_store.paths, AMERICAN, f) for f in files)
    stored_path(demo_store.paths, a.sha256).write_text("altered", encoding="utf-8")
    stored_path(demo_store.paths, b.sha256).unlink()
    refs = packet_of(demo_store, AMERICAN).exhibits
    states = [(r.label, r.state) for r in refs]
    assert states == [("A", StoredState.OK), ("B", StoredState.CHANGED), ("C", StoredState.MISSING)]
    assert not any(r.included for r in packet_of(demo_store, AMERICAN, attachments=False).exhibits)


def test_creditor_profile_is_one_validated_row(session: Session) -> None:
    assert get_creditor(session) is None
    set_creditor(session, CreditorInput("Taller Uno", tax_id="B46285193", country="ES"))
    set_creditor(
        session, CreditorInput("Taller Uno S.L.", tax_id="B46285193", country="ES", phone="963 123 456")
    )
    creditor = get_creditor(session)
    assert creditor is not None and (creditor.name, creditor.phone) == ("Taller Uno S.L.", "+34963123456")
    with pytest.raises(InputError, match="tax id"):
        set_creditor(session, CreditorInput("Taller", tax_id="B46285190", country="ES"))


def test_every_language_has_the_same_words_and_placeholders() -> None:
    def placeholders(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    with resource("locale", "callnotes.pot").open("rb") as template:
        messages = [message for message in read_po(template) if message.id]
    for language in LANGUAGES:
        words = Wording(language, "en_US", "UTC")
        for message in messages:
            text = words.p(message.context, message.id) if message.context else words(message.id)
            assert placeholders(text) == placeholders(message.id), (language, message.context, message.id)
        assert words("Page {page} of {pages}").endswith("{pages}")  # the page count is drawn right after it


def test_wording_formats_for_the_packet_locale() -> None:
    spanish = Wording("es", "es_ES", "Europe/Madrid")
    american = Wording("en", "en_US", "America/New_York")
    moment = datetime(2026, 11, 22, 13, 28, 5, tzinfo=UTC)
    assert spanish.money(474461, "EUR") == "4.744,61\xa0€" and american.money(423813, "USD") == "$4,238.13"
    assert spanish.moment(moment) == "22/11/2026 14:28:05 CET (UTC+01:00)"
    assert american.moment(moment) == "11/22/2026 08:28:05 EST (UTC-05:00)"
    assert spanish.percent(800) == "8\xa0%" and american.percent(1250) == "12.5%"
    assert spanish.label("outcome", "no_answer") == "no contesta" and spanish.label("kind", "new") == "new"


@pytest.mark.parametrize(
    ("zone", "locale", "winter", "summer"),
    [
        (
            "Europe/Madrid",
            "es_ES",
            "12/1/2026 11:32:05 CET (UTC+01:00)",
            "12/7/2026 12:32:05 CEST (UTC+02:00)",
        ),
        (
            "Europe/Athens",
            "el_GR",
            "12/1/2026 12:32:05 EET (UTC+02:00)",
            "12/7/2026 13:32:05 EEST (UTC+03:00)",
        ),
        (
            "America/New_York",
            "en_US",
            "1/12/2026 05:32:05 EST (UTC-05:00)",
            "7/12/2026 06:32:05 EDT (UTC-04:00)",
        ),
    ],
)
def test_every_moment_says_its_zone_and_offset_with_summer_time(
    zone: str, locale: str, winter: str, summer: str
) -> None:
    words = Wording(locale[:2], locale, zone)
    assert words.moment(datetime(2026, 1, 12, 10, 32, 5, tzinfo=UTC)) == winter
    assert words.moment(datetime(2026, 7, 12, 10, 32, 5, tzinfo=UTC)) == summer
    assert words.seasons(2026) == (winter.split(" ", 2)[2], summer.split(" ", 2)[2])


def test_a_span_says_the_day_and_zone_once_unless_the_clocks_change_in_it() -> None:
    athens = Wording("el", "el_GR", "Europe/Athens")
    call = athens.span(
        datetime(2026, 10, 27, 10, 20, tzinfo=UTC), datetime(2026, 10, 27, 10, 23, 10, tzinfo=UTC)
    )
    assert call == "27/10/2026 12:20:00 – 12:23:10 EET (UTC+02:00)"
    # the night summer time ends, 03:30 comes twice: the offsets tell the two apart
    night = athens.span(datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 10, 25, 1, 30, tzinfo=UTC))
    assert night == "25/10/2026 03:30:00 EEST (UTC+03:00) – 25/10/2026 03:30:00 EET (UTC+02:00)"
    assert Wording("en", "en_US", "UTC").moment(datetime(2026, 7, 1, tzinfo=UTC)) == "7/1/2026 00:00:00 UTC"
    kolkata = Wording("en", "en_US", "Asia/Kolkata")
    assert kolkata.seasons(2026) == ("IST (UTC+05:30)", None)  # one time all year: no summer time
    assert Wording("en", "en_US", "Australia/Sydney").seasons(2026) == (
        "AEST (UTC+10:00)",
        "AEDT (UTC+11:00)",
    )


def test_an_e_mails_date_is_written_as_the_packet_writes_moments() -> None:
    from callnotes.export.render.exhibits import mail_date

    w = Wording("es", "es_ES", "Europe/Madrid")
    assert mail_date(w, "Mon, 02 Nov 2026 10:00:00 +0100") == "2/11/2026 10:00:00 CET (UTC+01:00)"
    for header in ("el lunes", "Mon, 31 Nov 2026 10:00:00 +0100", "Mon, 02 Nov 2026 10:00:00 -0000", ""):
        assert mail_date(w, header) == header  # not a date, or its zone unknown: as the e-mail has it


def test_columns_have_room_for_their_titles_words() -> None:
    from callnotes.export.render.flowables import fitted_widths

    fitted = fitted_widths(100, (1, 1, 2), (10, 40, 10))  # the second needs 40 of its 25
    assert fitted[1] == 40 and sum(fitted) == pytest.approx(100) and all(w >= 10 for w in fitted)
    # taken from the others in proportion to what each has over its least (15 and 40)
    assert (25 - fitted[0]) * 40 == pytest.approx((50 - fitted[2]) * 15)
    assert fitted_widths(100, (1, 1), (20, 30)) == [50, 50]  # room enough: as proportioned
    assert fitted_widths(100, (1, 1), (60, 60)) == [50, 50]  # no room for both: as proportioned


def test_a_short_row_or_table_moves_to_the_next_page_whole() -> None:
    from reportlab.platypus import KeepTogether

    from callnotes.export.render.flowables import DEFAULT_LOOK, Row, kept_table

    register_fonts()
    measure, look = Measure(FONT, DEFAULT_LOOK.size), DEFAULT_LOOK

    def room(lines: int) -> float:
        return 2 * look.pad + lines * look.leading + 0.1

    def row(lines: int) -> Row:
        return Row(["\n".join(str(n) for n in range(lines))], [200], look, measure)

    assert row(3).split(200, room(2)) == []  # 2 of its 3 lines fit: the row moves
    assert row(6).split(200, room(1)) == []  # 1 line would stay behind: the row moves
    head, rest = row(6).split(200, room(3))
    assert (len(head.lines[0]), len(rest.lines[0])) == (3, 3)
    head, rest = row(6).split(200, room(5))  # 5 fit; 2 go on, not 1
    assert (len(head.lines[0]), len(rest.lines[0])) == (4, 2)
    short = kept_table([row(1) for _ in range(13)])  # a title row and 12
    assert len(short) == 1 and isinstance(short[0], KeepTogether)
    long = kept_table([row(1) for _ in range(30)])
    assert (
        isinstance(long[0], KeepTogether) and isinstance(long[-1], KeepTogether) and len(long) == 2 + 30 - 7
    )
    assert len(long[-1]._content) == 3  # type: ignore[attr-defined]  # the last three rows together


def test_quotes_and_separators_follow_the_language() -> None:
    assert Wording("en", "en_US", "UTC").quote("Integrity of the record") == "“Integrity of the record”"
    assert Wording("es", "es_ES", "UTC").quote("Registro") == "«Registro»"
    assert Wording("el", "el_GR", "UTC").quote("Αρχείο") == "«Αρχείο»"
    assert Wording("el", "el_GR", "UTC").join(["α", "β"]) == "α· β"  # ";" is the Greek question mark
    assert Wording("es", "es_ES", "UTC").join(["1,00 €", "2,00 €"]) == "1,00 €; 2,00 €"


def test_user_text_is_wrapped_to_the_width_and_made_drawable() -> None:
    register_fonts()
    measure = Measure("DejaVuSans", 8)
    word = "x" * 5000
    lines = measure.wrap(f"before {word} after", 200)
    assert all(measure.width(line) <= 200 for line in lines)
    assert "".join(lines).replace(" ", "") == f"before{word}after"
    assert plain("a\x00b\tc\r\nd 😀") == "ab    c\nd [U+1F600]"
    assert plain("Núñez Παπαδόπουλος 王 ☎") == "Núñez Παπαδόπουλος [U+738B] ☎"  # the font has no Chinese
    assert plain("\u2066Ana\u2069") == "Ana"  # invisible direction marks pasted from a chat: dropped
    assert visual("hebrew שלום end") == "hebrew םולש end"
    assert measure.fit("a" * 500, 50).endswith("…") and measure.width(measure.fit("a" * 500, 50)) <= 50


def test_progress_reports_and_cancels() -> None:
    seen: list[tuple[int, int]] = []
    cancelled = False
    progress = Progress(lambda done, total: seen.append((done, total)), lambda: cancelled)
    progress.at(150, 900, 5, 10)
    progress.at(150, 900, 5, 10)  # unchanged: not reported again
    assert seen == [(525, 1000)]
    cancelled = True
    with pytest.raises(ExportCancelled):
        progress.at(150, 900, 6, 10)


def test_the_export_core_imports_no_qt() -> None:
    modules = [
        f"callnotes.export.{name}" for name in ("packet_data", "wording", "render.document", "exhibits")
    ]
    modules += ["callnotes.export", "callnotes.services.attachments", "callnotes.services.creditor"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_packet_is_read_in_a_fixed_number_of_queries(demo_store: Store) -> None:
    """The largest example debtor, the same debtor with 40 more calls, and a new empty one: same count."""
    from sqlalchemy import event

    from callnotes.services.debtors import DebtorInput, create_debtor
    from callnotes.services.interactions import Ending, add_line, end_interaction, start_interaction

    statements: list[str] = []

    def count(_connection, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    def queries_for(debtor_id: int) -> int:
        statements.clear()
        packet_of(demo_store, debtor_id)
        return len(statements)

    engine = demo_store.database.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        largest = queries_for(SPANISH)
        with transaction(demo_store.sessions) as session:
            for _ in range(40):
                call = start_interaction(session, SPANISH)
                add_line(session, call.id or 0, "note", "Otra llamada sin respuesta.")
                end_interaction(session, call.id or 0, Ending("no_answer"))
            empty = create_debtor(session, DebtorInput("Sin Historia S.L.")).id or 0
        assert queries_for(SPANISH) == largest
        assert queries_for(empty) == largest
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert largest <= 17, statements


def test_the_declarants_role_is_one_line_of_at_most_max_role_characters() -> None:
    assert PacketOptions(declarant_role="  office   manager ").checked().declarant_role == "office manager"
    assert PacketOptions(declarant_role="x" * MAX_ROLE).checked().declarant_role == "x" * MAX_ROLE
    with pytest.raises(InputError, match="role"):
        PacketOptions(declarant_role="x" * (MAX_ROLE + 1)).checked()
