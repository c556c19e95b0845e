"""What the frozen folder holds (packaging/pyinstaller/plan.py), checked without building it."""

from __future__ import annotations

from pathlib import Path

from tests.packaging.conftest import ROOT, load

plan = load("packaging/pyinstaller/plan.py")


def test_the_bundle_carries_the_wheels_files_and_not_its_code(tmp_path: Path) -> None:
    site = tmp_path / "wheel"
    files = [
        "callnotes/cli/__init__.py",  # code: compiled into the archive by the analysis
        "callnotes/_data/resources/fonts/DejaVuSans.ttf",
        "callnotes/_data/docs/verify_journal.py",  # shipped as a file, for the user to run
        "callnotes/store/migrations/versions/0001_initial_schema.py",  # Alembic reads these as files
        "callnotes/store/migrations/script.py.mako",
        "callnotes-1.0.dist-info/METADATA",  # the version
        "callnotes/__pycache__/x.cpython-311.pyc",
    ]
    for name in files:
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text("x")
    carried = {str(Path(source).relative_to(site)): folder for source, folder in plan.wheel_datas(site)}
    assert carried == {
        "callnotes/_data/resources/fonts/DejaVuSans.ttf": "callnotes/_data/resources/fonts",
        "callnotes/_data/docs/verify_journal.py": "callnotes/_data/docs",
        "callnotes/store/migrations/versions/0001_initial_schema.py": "callnotes/store/migrations/versions",
        "callnotes/store/migrations/script.py.mako": "callnotes/store/migrations",
        "callnotes-1.0.dist-info/METADATA": "callnotes-1.0.dist-info",
    }


def test_the_migrations_imports_are_bundled() -> None:
    found = plan.migration_imports(ROOT)
    assert {"alembic", "sqlalchemy", "sqlmodel", "callnotes.store.guards"} <= set(found)


def test_only_the_interfaces_languages_of_qt_and_the_formats_of_babel_are_kept() -> None:
    languages = plan.babel_languages()
    assert {"en", "es", "el", "de", "fr"} <= languages
    keep = plan.keep_file
    assert keep("PySide6/Qt/translations/qtbase_es.qm", languages)
    assert keep("PySide6/Qt/translations/qtbase_el.qm", languages)
    assert not keep("PySide6/Qt/translations/qtbase_de.qm", languages)
    assert not keep("PySide6/Qt/translations/qtdeclarative_es.qm", languages)
    assert keep("babel/locale-data/root.dat", languages)
    assert keep("babel/locale-data/es_MX.dat", languages)
    assert keep("babel/locale-data/de_DE.dat", languages)  # an import can read German numbers
    assert not keep("babel/locale-data/ja.dat", languages)
    assert keep("babel/global.dat", languages)
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so", languages)
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so", languages)
    assert keep("PySide6/Qt/plugins/imageformats/libqsvg.so", languages)  # the window's icon
    assert not keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so", languages)
    assert not keep("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", languages)


def test_every_locale_the_app_formats_in_is_kept() -> None:
    from callnotes.domain.choices import LANGUAGES
    from callnotes.domain.money import DEFAULT_LOCALES, FALLBACK_LOCALE

    languages = plan.babel_languages()
    for locale in [*DEFAULT_LOCALES.values(), FALLBACK_LOCALE, *(f"{lang}_US" for lang in LANGUAGES)]:
        assert plan.keep_file(f"babel/locale-data/{locale}.dat", languages), locale


def test_libraries_only_a_dropped_plugin_needed_are_dropped() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/venv/PySide6/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/venv/PySide6/Qt/lib/libQt6Gui.so.6", "BINARY"),
        (
            "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
            "/venv/x/libQt6EglFSDeviceIntegration.so.6",
            "BINARY",
        ),
        ("libfontconfig.so.1", "/usr/lib/x86_64-linux-gnu/libfontconfig.so.1", "BINARY"),
        ("libexpat.so.1", "/lib/x86_64-linux-gnu/libexpat.so.1", "BINARY"),  # through fontconfig
        ("libcairo.so.2", "/usr/lib/x86_64-linux-gnu/libcairo.so.2", "BINARY"),  # was for GTK's theme
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),  # loaded by name
    ]
    links = {
        "/venv/PySide6/QtGui.abi3.so": {"libQt6Gui.so.6", "libc.so.6"},
        "/venv/PySide6/Qt/lib/libQt6Gui.so.6": {"libfontconfig.so.1"},
        "/usr/lib/x86_64-linux-gnu/libfontconfig.so.1": {"libexpat.so.1"},
    }
    kept = plan.drop_unneeded(binaries, lambda source: links.get(source, set()))
    assert [entry[0] for entry in kept] == [
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libfontconfig.so.1",
        "libexpat.so.1",
        "libpython3.11.so.1.0",
    ]


def test_the_spec_bundles_the_libraries_the_about_dialog_names() -> None:
    spec = (ROOT / "packaging/pyinstaller/callnotes.spec").read_text()
    compile(spec, "callnotes.spec", "exec")  # valid Python
    assert "copy_metadata(name)" in spec and "for name in LIBRARIES" in spec
    assert "wheel_datas(SITE)" in spec and "keep_file" in spec and "drop_unneeded" in spec
