"""Portal-safe file names and the usual size limits."""

import unicodedata
from datetime import date

from callnotes.export.portals import (
    MAX_STEM,
    over_limit,
    over_submission,
    packet_file_name,
    portal_name,
    submitted_bytes,
)
from callnotes.export.wording import Wording, size_text


def test_names_are_plain_ascii_transliterated() -> None:
    day = date(2026, 11, 29)
    assert packet_file_name("Παπαδόπουλος & Σια Ο.Ε.", "payment-order", day, "filing") == (
        "2026-11-29_Papadopoulos-Sia-O-E_payment-order_filing.pdf"
    )
    assert packet_file_name("Construcciones Núñez Peña S.L.", "monitorio", day) == (
        "2026-11-29_Construcciones-Nunez-Pena-S-L_monitorio.pdf"
    )


def test_names_stay_short_and_never_empty() -> None:
    assert len(portal_name("x" * 500)) == MAX_STEM + len(".pdf")
    assert portal_name("«»", "") == "packet.pdf"


def test_over_limit_names_the_portal() -> None:
    assert over_limit(9_000_000, "monitorio") == ""
    assert over_limit(12_000_000, "monitorio") == "10 MB per file (LexNET)"


def test_over_submission_names_the_portal() -> None:
    assert over_submission(30_000_000, "monitorio") == ""
    assert over_submission(31_000_000, "monitorio") == "30 MB per submission (LexNET)"


def test_a_submission_is_the_split_documents_else_the_filing_copy() -> None:
    split = [("filing", 9), ("evidence", 50), ("index", 2), ("part", 10), ("part", 20)]
    assert submitted_bytes(split) == 30  # the documents; the index is a reading aid
    assert submitted_bytes([("filing", 9), ("evidence", 50)]) == 9
    assert submitted_bytes([("evidence", 50)]) == 0


def test_sizes_count_in_the_portals_decimal_units() -> None:
    assert size_text(10_400_000) == "10.4 MB" and over_limit(10_400_000, "monitorio")  # not "9.9 MB"
    assert Wording("el", "el_GR", "Europe/Athens").size(10_400_000) == "10,4\u00a0MB"
    assert (size_text(999), size_text(1_500), size_text(999_999)) == ("999 B", "1.5 kB", "1.0 MB")


def test_greek_is_transliterated_as_elot_743_writes_it() -> None:
    assert portal_name("Ευρετήριο αρχείων") == "Evretirio-archeion.pdf"
    assert portal_name("Δήλωση του υπευθύνου") == "Dilosi-tou-ypefthynou.pdf"
    assert portal_name("Αυγή ΕΥΡΩ Εύβοια Ουρανία") == "Avgi-EVRO-Evvoia-Ourania.pdf"
    assert portal_name("άυλος") == "aylos.pdf"  # the accent parts the pair
    assert portal_name(unicodedata.normalize("NFD", "Αύρα")) == "Avra.pdf"  # decomposed, as macOS names files


def test_a_long_debtor_name_gives_way_to_the_role() -> None:
    day = date(2026, 11, 29)
    long_name = "Construcciones y Reformas Integrales del Levante Mediterráneo S.L."
    filing = packet_file_name(long_name, "monitorio", day, "copia-presentar")
    evidence = packet_file_name(long_name, "monitorio", day, "copia-probatoria")
    assert filing.endswith("_monitorio_copia-presentar.pdf") and evidence.endswith("_copia-probatoria.pdf")
    assert len(filing) <= MAX_STEM + len(".pdf") and filing.startswith("2026-11-29_Construcciones-y")
