"""The packet's declaration to sign, its times a lawyer can read, and its typography, read back from the PDF."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from callnotes.domain.money import locale_for
from callnotes.export.packet_data import build_packet
from callnotes.export.packet_model import PacketOptions
from callnotes.export.render.declaration import FORM_TITLES, NOT_ADVICE, declaration_form
from callnotes.export.render.document import SECTION_TITLES
from callnotes.export.wording import Wording
from callnotes.services.creditor import CreditorInput, set_creditor
from callnotes.services.debtors import DebtorInput, create_debtor
from callnotes.services.interactions import Ending, add_line, end_interaction, start_interaction
from callnotes.store.access import Store
from callnotes.store.engine import transaction
from callnotes.store.journal import NewEntry, append_entry
from tests.conftest import NOW
from tests.integration.test_cli import callnotes
from tests.integration.test_packet import AMERICAN, GREEK, SPANISH, export, squeeze
from tests.integration.test_tamper import raw

# What only one form asks for, as English message ids (each is looked up in the packet's language).
ONLY_IN = {
    "us": "I declare under penalty of perjury under the laws of the United States of America that the "
    "foregoing is true and correct.",
    "es": "DNI, NIE or passport number",
    "gr": "Father's name and surname",
}


def pages_text(pdf: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def declaration_page(pdf: Path, words: Wording) -> str:
    """The text of the page that starts the declaration (not the contents page that names it)."""
    title, contents = (
        squeeze(words(SECTION_TITLES["declaration"])),
        squeeze(words(SECTION_TITLES["contents"])),
    )
    starts = [text for text in pages_text(pdf) if title in squeeze(text) and contents not in squeeze(text)]
    assert len(starts) == 1, f"{len(starts)} pages start the declaration"
    return starts[0]


@pytest.mark.parametrize(
    ("debtor_id", "destination", "language", "form"),
    [
        (SPANISH, "monitorio", "es", "es"),
        (GREEK, "payment-order", "el", "gr"),
        (AMERICAN, "small-claims", "en", "us"),
        (SPANISH, "monitorio", "en", "es"),  # the destination's form, in the packet's language
        (AMERICAN, "general", "el", "gr"),  # a general packet: the form of its language
        (GREEK, "general", "es", "es"),
        (SPANISH, "general", "en", "us"),
    ],
)
def test_the_declaration_takes_the_destinations_form_and_states_the_head(
    demo_store: Store, tmp_path: Path, debtor_id: int, destination: str, language: str, form: str
) -> None:
    assert declaration_form(destination, language) == form
    pdf = export(
        demo_store,
        debtor_id,
        tmp_path / "p.pdf",
        destination=destination,
        language=language,
        declarant_role="office manager",
    )
    with demo_store.sessions() as session:
        packet = build_packet(session, demo_store.paths, debtor_id, PacketOptions(language=language))
    words = Wording(language, packet.locale, packet.time_zone)
    page = squeeze(declaration_page(pdf, words))
    assert squeeze(words(FORM_TITLES[form])) in page
    assert packet.integrity.head in page  # the full head, on the page that is signed
    assert squeeze(words.moment(packet.generated_at)) in page
    assert "MartaRiberaSoler" in page and "officemanager" in page  # the demo's user, the role given
    assert squeeze(words("Tax ID")) + "B46285193" in page  # on behalf of the creditor
    for other, marker in ONLY_IN.items():
        assert (squeeze(words(marker)) in page) == (other == form), (other, marker)
    if form == "us":  # Executed on ____ at ____
        assert re.search(
            squeeze(words("Executed on {date} at {place}."))
            .replace("{date}", "_+")
            .replace("{place}", "_+")
            .replace(".", r"\."),
            page,
        )
    assert squeeze(words.quote(words(SECTION_TITLES["integrity"]))) in page  # where the independent check is
    texts = [squeeze(text) for text in pages_text(pdf)]
    start = texts.index(page)  # the note is whole, on the signed page or (a longer declaration) the next
    assert any(squeeze(words(NOT_ADVICE)) in text for text in texts[start : start + 2])


def test_the_declarant_is_the_user_else_who_signs_letters_else_a_line_to_fill_in(
    demo_store: Store, tmp_path: Path
) -> None:
    words = Wording("en", "en_US", "America/New_York")
    people = (
        ("Jorge Sanz Ibáñez", "Marta Ribera Soler", "JorgeSanzIbáñez"),
        ("", "Marta Ribera Soler", "MartaRiberaSoler"),
    )
    for user, signer, shown in people:
        with transaction(demo_store.sessions) as session:
            set_creditor(
                session, CreditorInput("Ribera S.L.", "B46285193", "ES", contact_name=signer, user_name=user)
            )
        page = squeeze(declaration_page(export(demo_store, AMERICAN, tmp_path / "p.pdf"), words))
        assert shown in page
    with transaction(demo_store.sessions) as session:
        set_creditor(session, CreditorInput("Ribera S.L.", "B46285193", "ES"))
    page = squeeze(declaration_page(export(demo_store, AMERICAN, tmp_path / "p.pdf"), words))
    assert "Marta" not in page and "Jorge" not in page  # nobody is made up: the lines stay blank
    label = squeeze(words("Name of the declarant")) + squeeze(words("Title or role"))
    assert label in page  # the name and role are empty lines, one right after the other


def test_the_record_names_each_author_and_shows_happened_and_recorded_apart(
    store: Store, tmp_path: Path
) -> None:
    """An entry recorded days after what it records says both moments; one within a minute says one;
    an entry with no author (older data) names nobody."""
    with transaction(store.sessions) as session:
        debtor = create_debtor(
            session,
            DebtorInput("Κάλφας Α.Ε.", country="GR", language="el", time_zone="Europe/Athens"),
            author="Νίκος Ανδρέου",
        )
        debtor_id = debtor.id or 0
        late = append_entry(
            session, debtor_id, NewEntry("note", "Logged late", occurred_at=NOW - timedelta(days=3))
        )
        soon = append_entry(
            session, debtor_id, NewEntry("note", "Logged at once", occurred_at=NOW - timedelta(seconds=30))
        )
        call = start_interaction(session, debtor_id, "call", started_at=NOW - timedelta(hours=2))
        add_line(
            session,
            call.id or 0,
            "note",
            "Typed during the call",
            typed_at=NOW - timedelta(hours=2) + timedelta(seconds=20),
        )
        end_interaction(
            session,
            call.id or 0,
            Ending("no_answer", "No answer."),
            ended_at=NOW - timedelta(hours=2) + timedelta(minutes=3),
            author="Νίκος Ανδρέου",
        )
    pdf = export(store, debtor_id, tmp_path / "p.pdf", language="en")
    words = Wording("en", locale_for("en", "GR"), "Europe/Athens")
    whole = squeeze("".join(pages_text(pdf)))
    record = whole[whole.index(squeeze(words(SECTION_TITLES["record"])) + squeeze(words("Every entry"))) :]
    record = record[: record.index(squeeze(words(SECTION_TITLES["promises"])))]
    recorded = squeeze(words("recorded {moment}", moment=words.moment(NOW)))
    note, by = squeeze(words.label("kind", "note")), squeeze(words("by {author}", author="Νίκος Ανδρέου"))
    # each row reads: number, when it happened, [when it was recorded], [by whom], kind, text
    assert squeeze(words.moment(late.occurred_at)) + recorded + note + "Loggedlate" in record
    assert squeeze(words.moment(soon.occurred_at)) + note + "Loggedatonce" in record  # 30 s apart: one time
    assert record.count(recorded) == 2  # the late note's own, and the call's header (it ended 2 hours before)
    assert squeeze(words.moment(NOW)) + by + squeeze(words.label("kind", "debtor")) in record
    assert record.count(by) == 3  # the debtor, the call's line and its outcome; the notes name nobody
    assert squeeze("EET (UTC+02:00)") in record  # every time with its zone and offset
    note = squeeze(
        words(
            "All times are in the {zone} time zone: {winter} in winter, {summer} in summer time.",
            zone="Europe/Athens",
            winter="EET (UTC+02:00)",
            summer="EEST (UTC+03:00)",
        )
    )
    assert note in record


def test_the_lines_of_a_live_call_are_said_to_be_recorded_when_it_ended(store: Store, tmp_path: Path) -> None:
    with transaction(store.sessions) as session:
        debtor_id = (
            create_debtor(
                session, DebtorInput("Reformas Díaz S.L.", country="ES", time_zone="Europe/Madrid")
            ).id
            or 0
        )
        call = start_interaction(session, debtor_id, "call", started_at=NOW - timedelta(minutes=4))
        add_line(session, call.id or 0, "note", "Said hello", typed_at=NOW - timedelta(minutes=3))
        end_interaction(session, call.id or 0, Ending("no_answer", "Gone."))  # ends now: recorded now
    words = Wording("en", locale_for("en", "ES"), "Europe/Madrid")
    whole = squeeze("".join(pages_text(export(store, debtor_id, tmp_path / "p.pdf", language="en"))))
    span = words.span(NOW - timedelta(minutes=4), NOW)
    assert squeeze(f"{span} · {words('recorded when it ended')}") in whole
    assert squeeze(words("recorded {moment}", moment=words.moment(NOW))) not in whole


@pytest.mark.parametrize(
    ("debtor_id", "destination", "language"), [(GREEK, "payment-order", "el"), (SPANISH, "monitorio", "es")]
)
def test_greek_and_spanish_packets_separate_and_quote_as_their_languages_do(
    demo_store: Store, tmp_path: Path, debtor_id: int, destination: str, language: str
) -> None:
    pdf = export(demo_store, debtor_id, tmp_path / "p.pdf", destination=destination, language=language)
    text = "\n".join(pages_text(pdf))
    assert "“" not in text and "”" not in text  # English quotation marks
    assert re.search(r"«[^»\n]+»", text)  # the packet's own references to its sections
    if language == "el":  # ";" is the Greek question mark: only at the end of a question, never between items
        for line in text.splitlines():
            assert not re.search(r";\s*\S", line), line


def test_the_command_line_names_the_declarants_role(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    demo_store.database.engine.dispose()
    done = callnotes(
        demo_store.paths.data_dir,
        "packet",
        "--debtor",
        str(AMERICAN),
        "--out",
        str(out),
        "--declarant-role",
        "  office   manager ",
    )
    assert done.returncode == 0, done.stderr
    words = Wording("en", "en_US", "America/New_York")
    assert squeeze(words("Title or role")) + "officemanager" in squeeze(declaration_page(out, words))


def test_a_broken_chain_is_said_on_the_declaration_before_anyone_signs(
    demo_store: Store, tmp_path: Path
) -> None:
    with raw(demo_store, unguarded=True) as con:  # an entry's text changed behind the guards
        assert con.execute("UPDATE entry SET text = 'changed' WHERE debtor_id = 3 AND seq = 7").rowcount == 1
    words = Wording("en", "en_US", "America/New_York")
    page = squeeze(declaration_page(export(demo_store, AMERICAN, tmp_path / "p.pdf"), words))
    assert squeeze("Do not sign this declaration before the failure is explained.") in page
