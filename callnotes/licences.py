"""The licences of what callnotes ships: its font (from resources/fonts) and the main libraries (from
their installed metadata, which the frozen bundle carries too: packaging/pyinstaller/callnotes.spec
copies the metadata of every distribution named here). Read by the About dialog."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from callnotes.resources import resource

# the distributions whose licences are shown (the spec bundles the metadata of each); what each does
# for callnotes is said, translated, by the About dialog
LIBRARIES = (
    "PySide6_Essentials",
    "shiboken6",
    "SQLAlchemy",
    "sqlmodel",
    "alembic",
    "pydantic",
    "reportlab",
    "pypdf",
    "pikepdf",
    "pypdfium2",
    "pillow",
    "babel",
    "jinja2",
    "phonenumbers",
    "python-stdnum",
    "anyascii",
    "platformdirs",
)
FONT = "DejaVu fonts"
# Qt's own licence as The Qt Company states it for the open-source wheels (their metadata names it but
# carries no text)
QT_NOTE = "Qt and Qt for Python are available under the GNU LGPL version 3 (https://www.gnu.org/licenses/lgpl-3.0.html)."


@dataclass(frozen=True)
class Licence:
    """One shipped component: its name in `LIBRARIES` (or `FONT`), the name it gives itself, its
    version, its licence and the licence's text when it ships one."""

    component: str
    name: str
    version: str
    licence: str
    text: str


def _licence_name(meta: object) -> str:
    """The licence as the package states it: its SPDX expression, else its License field's first line,
    else its classifiers."""
    get = meta.get  # type: ignore[attr-defined]
    if expression := get("License-Expression"):
        return str(expression)
    if (field := get("License")) and str(field).strip():
        return str(field).strip().splitlines()[0][:120]
    classifiers = meta.get_all("Classifier") or []  # type: ignore[attr-defined]
    found = [c.rsplit(" :: ", 1)[-1] for c in classifiers if c.startswith("License ::")]
    return ", ".join(found) or "see its project"


def library_licence(name: str) -> Licence | None:
    """The licence of one installed distribution (None when it is not installed)."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        dist = distribution(name)
    except PackageNotFoundError:
        return None
    texts = []
    for file in dist.files or ():
        named = file.name.lower().startswith(("license", "copying"))
        in_folder = any(part.lower() in {"licenses", "licences"} for part in file.parts[1:-1])
        if ".dist-info" in file.parts[0] and (named or in_folder):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    text = "\n\n".join(t.strip() for t in texts if t.strip())
    if name.lower().startswith(("pyside6", "shiboken6")) and not text:
        text = QT_NOTE
    return Licence(name, dist.metadata["Name"], dist.version, _licence_name(dist.metadata), text)


def font_licence() -> Licence:
    """The bundled DejaVu fonts' licence, from the text shipped beside them."""
    text = resource("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    return Licence(FONT, FONT, "", "Bitstream Vera / DejaVu licence (free)", text)


def shipped_licences() -> list[Licence]:
    """The font's licence, then each main library's that is installed."""
    found = [font_licence()]
    for name in LIBRARIES:
        if (licence := library_licence(name)) is not None:
            found.append(licence)
    return found
