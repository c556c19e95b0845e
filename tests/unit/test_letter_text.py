"""The pieces of a letter that need no database: tables as text, markers, template names, the record
reference kept in an edited body, the town a letter is dated from, the interest table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from callnotes.domain.interest import DebtorInterest, InterestLine, InvoiceInterest
from callnotes.export.letter_context import interest_figures
from callnotes.export.letter_pdf import place_of
from callnotes.export.letter_text import LetterTable, expand_tables, marker, pieces, template_names
from callnotes.export.wording import Wording
from callnotes.services.letters import with_reference

TABLE = LetterTable(
    "invoices",
    ("Invoice", "Open"),
    (("F-1", "1.000,00 €"), ("F-22", "5,00 €")),
    "LR",
    ("Total", "1.005,00 €"),
)


def test_a_table_is_aligned_text_at_its_marker() -> None:
    body = f"Dear Ana,\n\n{marker('invoices')}\n\nThanks,\nMarta\n\n{marker('interest')}"
    text = expand_tables(body, {"invoices": TABLE})
    assert text.split("\n\n")[1].splitlines() == [
        "Invoice        Open",
        "-------  ----------",
        "F-1      1.000,00 €",
        "F-22         5,00 €",
        "-------  ----------",
        "Total    1.005,00 €",
    ]
    assert "[[table" not in text  # a table the letter does not have is left out, not shown as a marker
    assert pieces(body, {"invoices": TABLE}) == ["Dear Ana,", TABLE, "Thanks,\nMarta"]


def test_a_demand_looks_for_its_jurisdictions_template_first() -> None:
    assert template_names("demand", "ES") == ["demand-ES.j2", "demand.j2"]
    assert template_names("demand", "") == ["demand.j2"]
    assert template_names("demand", "../x") == ["demand.j2"]
    assert template_names("summary", "GR") == ["summary.j2"]


def test_the_reference_is_kept_in_an_edited_body() -> None:
    line = "Record reference: 3-41-9f2c4a1b3e7d"
    assert with_reference("Pay, please.", 3, "3-41-9f2c4a1b3e7d", line) == f"Pay, please.\n\n{line}"
    assert with_reference("Ref 3-40-0123456789ab.", 3, "3-41-9f2c4a1b3e7d", line) == "Ref 3-41-9f2c4a1b3e7d."
    # another debtor's reference quoted in the text is not this letter's: it stays, and this one is added
    assert with_reference("See 13-40-0123456789ab", 3, "3-41-9f2c4a1b3e7d", line).endswith(line)


def test_the_town_a_letter_is_dated_from() -> None:
    assert place_of("Calle de Cuba 17, bajo\n46006 Valencia") == "Valencia"
    assert place_of("Οδός Ερμού 5\n105 63 Αθήνα") == "Αθήνα"
    assert place_of("12 Main St\nSpringfield, IL 62701") == "Springfield, IL"
    assert place_of("") == ""


def test_the_interest_table_shows_each_step_of_the_working() -> None:
    w = Wording("en", "en_IE", "Europe/Dublin")
    lines = (
        InterestLine(date(2024, 2, 1), date(2024, 6, 30), 151, 100000, 1250, 5171),
        InterestLine(date(2024, 7, 1), date(2024, 8, 31), 62, 100000, 1225, 2081, rate_assumed=True),
    )
    interest = DebtorInterest(
        date(2024, 8, 31),
        "EUR",
        True,
        (
            InvoiceInterest(
                "F-1", date(2024, 1, 31), 100000, (), 0, lines, 7252, 4000, statutory_claimed=True
            ),
        ),
        0,
        7252,
        4000,
        (date(2024, 7, 1),),
        statutory_claimed=True,
    )
    figures = interest_figures(w, interest)
    assert (
        figures.statutory,
        figures.statutory_minor,
        figures.compensation_minor,
        figures.late_invoices,
    ) == (True, 7252, 4000, 1)
    text = figures.table.as_text()
    assert (
        "151" in text and "12.5%" in text and "€51.71" in text and "statutory *" in text and "€40.00" in text
    )
    assert figures.table.total == ("Total", "", "", "", "", "", "€112.52")
    off = interest_figures(w, replace(interest, statutory_on=False))
    assert (off.statutory, off.statutory_minor, off.compensation_minor) == (False, 0, 0)
