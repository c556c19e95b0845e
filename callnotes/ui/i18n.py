"""Interface languages: our translations, Qt's own strings, and a pseudo-translation for layout checks.

Set CALLNOTES_PSEUDO_TRANSLATION=1 to lengthen every string by about 40 % and mark its ends, so
clipped or overlapping text shows at once without real translations.
"""

from __future__ import annotations

import math
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from callnotes.domain.choices import LANGUAGES
from callnotes.resources import resource

PSEUDO_ENV = "CALLNOTES_PSEUDO_TRANSLATION"
LANGUAGE_NAMES = {"en": "English", "es": "Español", "el": "Ελληνικά"}
SYSTEM = "system"


class PseudoTranslator(QTranslator):
    """Every string about 40 % longer, between [ and ], placeholders and shortcuts kept."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source:
            return source
        return f"[{source}{'~' * math.ceil(len(source) * 0.4)}]"

    def isEmpty(self) -> bool:
        return False


def system_language() -> str:
    """The system's language if callnotes speaks it, else English."""
    language = QLocale.system().name().split("_")[0]
    return language if language in LANGUAGES else "en"


def resolve(choice: str) -> str:
    """The language for a setting: "system" or a language code."""
    return system_language() if choice not in LANGUAGES else choice


def ui_locale(language: str) -> str:
    """The Babel locale for amounts and dates in the interface: the language with the system's country."""
    from callnotes.domain.money import locale_for  # Babel: not before the window is shown

    country = QLocale.territoryToCode(QLocale.system().territory())
    return locale_for(language, country)


class Translations:
    """Installs and swaps the translators of the running application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> None:
        """Use `language` for every string from now on (windows built afterwards pick it up)."""
        self.uninstall()
        if os.environ.get(PSEUDO_ENV):
            self._add(PseudoTranslator(self._app))
            return
        if language == "en":
            return
        # Qt asks the most recently installed translator first: Qt's own file, then ours on top of it
        # (ours adds what Qt lacks — all of Greek, some Spanish — and corrects what it gets wrong).
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._add(qt)
        for name in (f"qt_{language}.qm", f"callnotes_{language}.qm"):
            path = resource("translations", name)
            translator = QTranslator(self._app)
            if path.exists() and translator.load(str(path)):
                self._add(translator)

    def uninstall(self) -> None:
        """Back to the English source strings."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def _add(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
