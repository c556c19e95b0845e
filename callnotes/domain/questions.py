"""Spotting questions that invite a yes or a no, so the note pane can suggest an open one."""

from __future__ import annotations

import re
import unicodedata

# First words of questions that can be answered yes or no, per language (accents folded).
_CLOSED_STARTS = {
    "en": (
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "is",
        "are",
        "was",
        "were",
        "have",
        "has",
        "had",
        "should",
        "shall",
        "may",
        "might",
        "isn't",
        "aren't",
        "don't",
        "doesn't",
        "won't",
        "can't",
    ),
    "es": (
        "puede",
        "puedes",
        "podria",
        "podrias",
        "podrian",
        "va",
        "vas",
        "van",
        "ha",
        "han",
        "has",
        "hay",
        "tiene",
        "tienes",
        "tienen",
        "es",
        "esta",
        "estan",
        "son",
        "sera",
        "seria",
        "quiere",
        "quieres",
        "pagara",
        "pagaran",
        "le",
        "les",
        "me",
        "nos",
        "acepta",
        "aceptan",
        "no",
        "verdad",
    ),
    "el": (
        "μπορειτε",
        "μπορεις",
        "μπορει",
        "θα",
        "εχετε",
        "εχεις",
        "εχει",
        "ειναι",
        "εισαστε",
        "ισχυει",
        "συμφωνειτε",
        "θελετε",
        "πληρωσατε",
        "πληρωνετε",
        "δεν",
        "μηπως",
        "να",
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def fold(text: str) -> str:
    """Lowercase without accents or tonos: "Πότε" -> "ποτε", "Podría" -> "podria"."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def looks_like_question(text: str) -> bool:
    """True for text that ends (or, in Spanish, starts) as a question: ?, ¿ or the Greek ; mark."""
    stripped = text.strip()
    return stripped.startswith("¿") or stripped.endswith(("?", ";", "\u037e"))


def invites_yes_or_no(text: str, language: str) -> bool:
    """True when a question opens with a word that usually makes it a yes/no question."""
    if not looks_like_question(text):
        return False
    first = _WORD.search(fold(text))
    return first is not None and first.group(0) in _CLOSED_STARTS.get(language, _CLOSED_STARTS["en"])
