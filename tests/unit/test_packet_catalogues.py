"""The packet's gettext catalogues: in step with the code, fully translated, compiled into current .mo files."""

from __future__ import annotations

import string
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_keywords
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from callnotes.export.wording import Wording

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "resources" / "locale"
TRANSLATED = ("es", "el")
KEYWORDS = parse_keywords(["w", "p:1c,2", "N_", "NP_:1c,2"])  # as `make translations` gives pybabel extract


def read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def po_file(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "callnotes.po"


def messages(catalog: Catalog) -> set[tuple[str | None, str]]:
    """(context, msgid) of every message but the header."""
    return {(message.context, message.id) for message in catalog if message.id}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_template_holds_exactly_the_messages_in_the_code() -> None:
    found = {
        (context, message)
        for _, _, message, _, context in extract_from_dir(ROOT / "callnotes" / "export", keywords=KEYWORDS)
    }
    template = messages(read(LOCALE / "callnotes.pot"))
    missed, stale = sorted(found - template, key=str), sorted(template - found, key=str)
    assert not missed, f"in the code but not in callnotes.pot (run make translations): {missed[:10]}"
    assert not stale, f"in callnotes.pot but no longer in the code (run make translations): {stale[:10]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    catalog = read(po_file(language))
    assert messages(catalog) == messages(read(LOCALE / "callnotes.pot")), "run make translations"
    assert not catalog.fuzzy
    for message in catalog:
        if not message.id:
            continue
        where = (language, message.context, message.id)
        assert isinstance(message.string, str) and message.string.strip(), f"not translated: {where}"
        assert not message.fuzzy, f"fuzzy: {where}"
        assert placeholders(message.string) == placeholders(message.id), where
        if language == "el":  # ";" is the Greek question mark, and the packet asks no questions
            assert ";" not in message.string and "\u037e" not in message.string, where


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_committed_mo_files_are_compiled_from_the_po_files(language: str) -> None:
    compiled = BytesIO()
    write_mo(compiled, read(po_file(language)))
    shipped = po_file(language).with_suffix(".mo")
    assert shipped.read_bytes() == compiled.getvalue(), f"run make translations: {language} callnotes.mo"


@pytest.mark.parametrize(
    ("language", "locale", "expected"),
    [
        (
            "es",
            "es_ES",
            [
                "Índice",
                "Anexos",
                "Anexos",
                "Interés de demora",
                "Intereses de demora",
                "Página 2 de 9",
                "a; b",
            ],
        ),
        (
            "el",
            "el_GR",
            [
                "Περιεχόμενα",
                "Σχετικά",
                "Σχετικά έγγραφα",
                "Τόκος υπερημερίας",
                "Τόκοι υπερημερίας",
                "Σελίδα 2 από 9",
                "a· b",  # not "a; b": ";" is the Greek question mark
            ],
        ),
    ],
)
def test_wording_reads_the_compiled_translations(language: str, locale: str, expected: list[str]) -> None:
    words = Wording(language, locale, "Europe/Madrid")
    assert [
        words("Contents"),
        words.p("column", "Exhibits"),
        words("Exhibits"),
        words.p("agreed term", "Late interest"),
        words.p("statement total", "Late interest"),
        words("Page {page} of {pages}", page=2, pages=9),
        words.join(["a", "b"]),
    ] == expected
    assert words.label("kind", "amendment") != "correction" and words.label("kind", "unknown") == "unknown"
    for message in read(po_file(language)):  # every message comes from the .mo, none falls back to English
        if message.id:
            text = words.p(message.context, message.id) if message.context else words(message.id)
            assert text == message.string, (language, message.context, message.id)
