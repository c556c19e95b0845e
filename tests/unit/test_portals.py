"""Portal-safe file names and the usual size limits."""

from datetime import date

from callnotes.export.portals import MAX_STEM, over_limit, over_submission, packet_file_name, portal_name


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
