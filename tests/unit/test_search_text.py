"""Folding, the user's query and snippets (callnotes.domain.search): pure functions, no database."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callnotes.domain.search import (
    ELLIPSIS,
    SNIPPET_WIDTH,
    Query,
    _cut_snippet,
    _fold_char,
    fold,
    make_snippet,
    parse_query,
)


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Núñez", "nunez"),
        ("NÚÑEZ", "nunez"),
        ("Álvarez Peña", "alvarez pena"),
        ("Παπαδόπουλος", "παπαδοπουλοσ"),  # tonos gone, final sigma a plain sigma
        ("ΠΑΠΑΔΌΠΟΥΛΟΣ", "παπαδοπουλοσ"),
        ("Ϊάσονας ΐ", "ιασονασ ι"),  # dialytika too
        ("Straße", "strasse"),
        ("n\u0303", "n"),  # already decomposed: the loose combining mark goes
        ("F2026-0042", "f2026-0042"),
    ],
)
def test_fold_removes_accents_case_and_the_final_sigma(written: str, folded: str) -> None:
    assert fold(written) == folded


@pytest.mark.parametrize(("page", "other"), [("latin-1", "é"), ("cp1253", "έ"), ("cp1252", "€")])
def test_a_text_folded_through_a_code_page_is_folded_as_one_character_at_a_time(
    page: str, other: str
) -> None:
    held = [bytes([byte]).decode(page, "ignore") for byte in range(256)]
    held = [char for char in held if char]
    assert len(held) > 230
    for char in held:  # each in company (an ASCII text alone is lowered instead)
        assert fold(char + other) == _fold_char(char) + _fold_char(other)
    whole = "".join(held)  # every one in one text: "ß" and "µ" send it a character at a time
    assert fold(whole) == "".join(map(_fold_char, whole))
    plain = "".join(c for c in held if _holds(page, _fold_char(c)))  # these go through the page
    assert fold(plain) == "".join(map(_fold_char, plain)) and len(plain) > 220


def _holds(page: str, text: str) -> bool:
    try:
        return len(text.encode(page)) == 1
    except UnicodeEncodeError:
        return False


def test_a_query_folds_its_words_and_keeps_quoted_phrases_and_numbers() -> None:
    assert parse_query("ΠΑΠΑΔΌΠΟΥΛΟΣ nuñez") == Query((("παπαδοπουλοσ",), ("nunez",)))
    assert parse_query('pago "fin de mes"').phrases == (("pago",), ("fin", "de", "mes"))
    typed = parse_query("+34 612 345 678")
    assert typed.numbers == (("34", "612", "345", "678"),) and "34612345678" in typed.terms


@pytest.mark.parametrize("typed", ["", "   ", '"', '""', "*", "-(){}:^", "'\"*( OR AND NEAR"[:5]])
def test_punctuation_alone_is_no_query(typed: str) -> None:
    assert parse_query(typed).empty


def test_a_snippet_marks_the_words_as_written() -> None:
    snippet = make_snippet("Habló con Ana NÚÑEZ y con el Sr. Núñez padre.", parse_query("nunez").terms)
    assert snippet.parts == ("Habló con Ana ", "NÚÑEZ", " y con el Sr. ", "Núñez", " padre.")
    assert snippet.text == "Habló con Ana NÚÑEZ y con el Sr. Núñez padre."


def test_a_snippet_maps_folded_positions_back_when_folding_changes_lengths() -> None:
    # "ß" folds to two letters and a decomposed accent to none: the mark still covers the word written
    text = "Die Straße heißt Müllerstraße; Herr Mu\u0308ller zahlt."
    snippet = make_snippet(text, parse_query("muller heisst").terms)
    assert snippet.parts[1::2] == ("heißt", "Müllerstraße", "Mu\u0308ller")
    assert snippet.text == text


def test_a_snippet_marks_a_greek_word_in_capitals_and_a_prefix() -> None:
    snippet = make_snippet("Ο κ. ΠΑΠΑΔΌΠΟΥΛΟΣ υποσχέθηκε πληρωμή.", parse_query("παπαδοπ πληρω").terms)
    assert snippet.parts[1::2] == ("ΠΑΠΑΔΌΠΟΥΛΟΣ", "πληρωμή")


def test_a_long_text_is_cut_around_the_first_match_with_an_ellipsis_at_each_cut_edge() -> None:
    text = " ".join(["antes"] * 60) + " la factura F-17 " + " ".join(["después"] * 60)
    snippet = make_snippet(text, parse_query("factura").terms)
    assert snippet.parts[0].startswith(ELLIPSIS) and snippet.parts[-1].endswith(ELLIPSIS)
    assert snippet.parts[1] == "factura" and len(snippet.text) < 130
    start = make_snippet("factura " + text, parse_query("factura").terms)
    assert not start.parts[0].startswith(ELLIPSIS) and start.parts[1] == "factura"


def test_a_number_is_marked_inside_a_phone_number_as_stored() -> None:
    snippet = make_snippet("Llamada al +34612345678 sin respuesta", parse_query("612 345 678").terms)
    assert snippet.parts[1] == "34612345678"


def test_a_snippet_without_a_match_is_the_start_of_the_text_unmarked() -> None:
    snippet = make_snippet("line one\nline two", ("zzz",))
    assert snippet.parts == ("line one line two",)


# Letters that fold to one, to two ("ß", "ﬁ") and to none (a loose accent), Greek with its sigmas,
# digits, punctuation and every kind of white space a snippet makes one space of.
_CHARACTERS = st.sampled_from(
    [*"aáAÁnñÑzsßΣσςΠάΆ.,-_0123456789", "\u0303", "ﬁ", "İ", " ", "\n", "\t", "\xa0", "\u2000"]
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(_CHARACTERS, max_size=SNIPPET_WIDTH + 30),
    typed=st.lists(
        st.text(st.sampled_from([*"anñsσςπά0123"]), min_size=1, max_size=4), min_size=1, max_size=3
    ),
)
def test_a_short_texts_snippet_is_the_one_the_general_path_cuts(text: str, typed: list[str]) -> None:
    # the short text's quick path (whole text, white space tidied first, one split) changes nothing
    terms = parse_query(" ".join(typed)).terms
    assert make_snippet(text, terms) == _cut_snippet(text, fold(text), terms, SNIPPET_WIDTH)
