"""What the frozen folder holds, decided from the unpacked wheel: the spec (callnotes.spec) and its test
(tests/packaging) read it, so the bundle carries exactly the files an installed wheel does.

The wheel is the one place that says which resources ship (setup.py maps resources/ and docs/ into
callnotes/_data; pyproject.toml leaves out the translators' sources); the bundle unpacks it beside its
code, so `callnotes.resources` finds them in the bundle exactly as in a wheel (callnotes/_data/…).
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

# Modules callnotes does not use that the libraries' hooks would otherwise pull in (size matters: the
# folder must stay under 200 MB). Qt: the Essentials modules the app does not import.
EXCLUDES = (
    "tkinter",
    "pytest",
    "hypothesis",
    "IPython",
    "numpy",
    # pydantic's mypy plugin (PyInstaller's pydantic hook takes every submodule): with mypy in the
    # build's environment it would bring mypy and its compiled parser along (about 4 MB)
    "pydantic.mypy",
    "pydantic.v1.mypy",
    "mypy",
    # Pillow's AVIF and WebP codecs and its Tk bridge (about 6 MB with their libraries): exhibits are
    # PDF, JPEG or PNG, and Pillow carries on without a codec it cannot import
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingtk",
    "PIL.ImageTk",
    # phonenumbers' place names and carriers (43 MB): callnotes parses, formats and reads time zones
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtHelp",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSpatialAudio",
    "PySide6.QtStateMachine",
    "PySide6.QtWebSockets",
    "PySide6.QtHttpServer",
    "PySide6.QtNetworkAuth",
    "PySide6.QtGraphs",
    "PySide6.QtCharts",
    "PySide6.Qt3DCore",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
)

# The interface languages other than English: Qt's own translations of these are kept, no others.
UI_LANGUAGES = ("es", "el")

# Plugins for what the app does not do (network, databases, QML, multimedia, wayland compositors,
# designer, screens without a window system: framebuffer, VNC, EGLFS, evdev input); the GTK theme would
# bring GTK's own libraries (cairo, pango…) into the folder, and Qt draws its Fusion style without it.
# The window needs xcb or wayland, the tests and headless runs offscreen.
DROPPED_PLUGINS = {
    "sqldrivers",
    "tls",
    "networkinformation",
    "qmltooling",
    "qmllint",
    "designer",
    "multimedia",
    "wayland-graphics-integration-server",
    "vectorimageformats",
    "libqgtk3.so",
    "egldeviceintegrations",
    "generic",
    "libqeglfs.so",
    "libqlinuxfb.so",
    "libqvnc.so",
    "libqvkkhrdisplay.so",
    "libqminimalegl.so",
}


def babel_languages() -> set[str]:
    """The languages Babel is asked about: the interface's, and those of the number formats an import
    can be read in (callnotes.services.imports.profiles). Babel's other locales (30 MB) are left out."""
    from callnotes.domain.choices import LANGUAGES
    from callnotes.services.imports.profiles import NUMBER_LOCALES

    return {*LANGUAGES, *(locale.split("_")[0] for locale in NUMBER_LOCALES)}


def wheel_datas(site: Path) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for every file of the unpacked wheel that is not compiled from Python:
    the resources, the shipped documents, the migrations (Alembic reads them as files) and the
    package's metadata (its version)."""
    datas = []
    for path in sorted(site.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(site)
        top = relative.parts[0]
        in_package = top == "callnotes"
        is_code = (
            path.suffix == ".py" and "_data" not in relative.parts and "migrations" not in relative.parts
        )
        if (in_package and not is_code) or top.endswith(".dist-info"):
            datas.append((str(path), str(relative.parent)))
    return datas


def migration_imports(site: Path) -> list[str]:
    """The modules the migration scripts import: Alembic loads the scripts from files at run time, so
    the analysis cannot see what they need."""
    found: set[str] = set()
    for script in (site / "callnotes" / "store" / "migrations").rglob("*.py"):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
    return sorted(found)


def keep_file(destination: str, languages: set[str]) -> bool:
    """Whether a file the hooks collected belongs in the folder: Qt's translations only for the
    interface's languages, Babel's locales only for `languages` (and root), no dropped plugins."""
    parts = Path(destination).parts
    name = parts[-1]
    if "translations" in parts and name.endswith(".qm"):
        stem = name.removesuffix(".qm")
        return stem.startswith("qtbase_") and stem.rsplit("_", 1)[-1] in UI_LANGUAGES
    if parts[:2] == ("babel", "locale-data") and name.endswith(".dat"):
        locale = name.removesuffix(".dat")
        return locale == "root" or locale.split("_")[0] in languages
    if "plugins" in parts:
        return not DROPPED_PLUGINS.intersection(parts)
    return True


SYSTEM_PREFIXES = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
QT_LIBRARIES = "PySide6/Qt/lib"


def drop_unneeded(
    binaries: list[tuple[str, str, str]], needed: Callable[[str], set[str]]
) -> list[tuple[str, str, str]]:
    """The binaries without the libraries that no kept binary links to any more.

    PyInstaller collects a plugin's libraries while it analyses, so leaving a plugin out afterwards
    (the GTK theme, the framebuffer platforms) leaves its libraries behind: keep a system library, or
    one of Qt's own, only when a binary kept otherwise (the Python extensions, Qt's plugins) needs it,
    directly or through another. Python's own library is loaded by the launcher by name, and always
    kept. `needed(source)` gives a binary's DT_NEEDED names."""

    def prunable(entry: tuple[str, str, str]) -> bool:
        destination, source, _ = entry
        if destination.startswith("libpython"):
            return False
        system = "/" not in destination and source.startswith(SYSTEM_PREFIXES)
        return system or str(Path(destination).parent) == QT_LIBRARIES

    candidates = {Path(entry[0]).name: entry for entry in binaries if prunable(entry)}
    reached: set[str] = set()
    todo = [entry[1] for entry in binaries if not prunable(entry)]
    while todo:
        for name in needed(todo.pop()):
            if name in candidates and name not in reached:
                reached.add(name)
                todo.append(candidates[name][1])
    return [entry for entry in binaries if not prunable(entry) or Path(entry[0]).name in reached]
