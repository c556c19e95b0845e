"""What court portals accept: file names they take, and the sizes above which they usually refuse.

A portal-safe name is plain ASCII letters, digits, hyphens and one dot, short enough for every portal
(LexNET, CM/ECF and the Greek courts' e-filing refuse or mangle accents, spaces and long names). Names
in Greek or with accents are transliterated with anyascii, so "Παπαδόπουλος" becomes "Papadopoulos".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from callnotes.export.wording import N_

MAX_STEM = 60  # characters before ".pdf": within every portal's limit, long enough to say what it is
MB = 1_000_000  # portals state limits in (decimal) megabytes


@dataclass(frozen=True)
class PortalLimit:
    """The usual limits where a destination's packet is filed (warnings, not rules: courts differ)."""

    portal: str
    per_file: int  # bytes
    per_submission: int  # bytes, all files together


PORTAL_LIMITS = {
    "monitorio": PortalLimit("LexNET", 10 * MB, 30 * MB),
    "payment-order": PortalLimit("solon.gov.gr", 10 * MB, 30 * MB),  # the Greek civil courts' e-filing
    "small-claims": PortalLimit("CM/ECF", 10 * MB, 50 * MB),
    "general": PortalLimit(N_("e-mail"), 20 * MB, 20 * MB),
}
"""By PacketOptions.destination. A portal is named by its own name; "e-mail" is a word to translate."""


# anyascii goes letter by letter; Greek writes some sounds with two letters, which ELOT 743 transliterates
# as one (only these pairs are done here): ου is "ou"; αυ, ευ, ηυ are "av", "ev", "iv" before a vowel or
# a voiced consonant, else "af"… An accent on the first letter parts them (άυλος is "aylos").
_GREEK_PAIRS = re.compile("([οΟ])([υύΥΎ])|([αΑεΕηΗ])([υύΥΎ])(?=(.?))", re.S)
_VOICED = set("αάεέηήιίοόυύωώβγδζλμνρΑΆΕΈΗΉΙΊΟΌΥΎΩΏΒΓΔΖΛΜΝΡ")


def _greek_pair(match: re.Match[str]) -> str:
    """ELOT 743 for a Greek pair of letters (its case kept from the first)."""
    if match.group(1):
        first, second = match.group(1), match.group(2)
        latin = "ou"
    else:
        first, second, following = match.group(3), match.group(4), match.group(5)
        vowel = {"α": "a", "ε": "e", "η": "i"}[first.lower()]
        latin = vowel + ("v" if following in _VOICED else "f")
    if first.isupper():
        return latin.upper() if second.isupper() else latin.capitalize()
    return latin


def _ascii(part: str) -> str:
    """One part of a name in the letters, digits and hyphens portals take."""
    from anyascii import anyascii  # only when a name is made: the import is not needed at start-up

    composed = unicodedata.normalize("NFC", part)  # names picked on macOS are NFD
    return re.sub(r"[^A-Za-z0-9]+", "-", anyascii(_GREEK_PAIRS.sub(_greek_pair, composed))).strip("-")


def portal_name(*parts: str, extension: str = "pdf") -> str:
    """A file name a court portal accepts, made of `parts` ("2026-11-29", the debtor's name, "monitorio")."""
    stem = "_".join(word for word in map(_ascii, parts) if word)[:MAX_STEM].rstrip("-_") or "packet"
    return f"{stem}.{extension}"


def packet_file_name(debtor_name: str, destination: str, day: date, role: str = "") -> str:
    """The default name of a packet file: the day, the debtor, the destination and the copy's role. The
    debtor's name gives way when the whole is too long: the role stays, or the filing and evidence
    copies would get one name."""
    tail = [word for word in (_ascii(destination), _ascii(role)) if word]
    room = MAX_STEM - len(day.isoformat()) - sum(len(word) + 1 for word in tail) - 1
    debtor = _ascii(debtor_name)[: max(room, 0)].rstrip("-")
    return portal_name(day.isoformat(), debtor, *tail)


def over_limit(size: int, destination: str) -> str:
    """The usual per-file limit `size` bytes exceed, in English ("10 MB per file (LexNET)"); "" if none."""
    limit = PORTAL_LIMITS[destination]
    if size <= limit.per_file:
        return ""
    return f"{limit.per_file // MB} MB per file ({limit.portal})"


def over_submission(total: int, destination: str) -> str:
    """The usual limit per submission `total` bytes (all files together) exceed, in English ("30 MB per
    submission (LexNET)"); "" if none."""
    limit = PORTAL_LIMITS[destination]
    if total <= limit.per_submission:
        return ""
    return f"{limit.per_submission // MB} MB per submission ({limit.portal})"


def submitted_bytes(files: Iterable[tuple[str, int]]) -> int:
    """What goes to the portal in one submission, of `files` given as (role, bytes): the split documents
    when there are any (the index is a reading aid, not a document of the claim), else the filing copy
    (the evidence copy is for the lawyer)."""
    sizes = list(files)
    parts = [size for role, size in sizes if role == "part"]
    return sum(parts) if parts else sum(size for role, size in sizes if role == "filing")
