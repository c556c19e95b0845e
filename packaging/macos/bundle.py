"""The settings of the macOS .app bundle (read by packaging/pyinstaller/callnotes.spec's BUNDLE step).

Built on a Mac only: `make package` there gives dist/callnotes.app (see packaging/README.md)."""

from __future__ import annotations

from pathlib import Path

BUNDLE_ID = "org.callnotes.callnotes"


def wheel_version(site: Path) -> str:
    """The version of the unpacked wheel the bundle is made from."""
    found = sorted(site.glob("callnotes-*.dist-info"))
    return found[0].name.removeprefix("callnotes-").removesuffix(".dist-info") if found else "0.0.0"


def info_plist(site: Path) -> dict[str, object]:
    """Info.plist keys beyond PyInstaller's defaults: the name, the version, the languages the app
    speaks, dark mode and Retina, the oldest macOS Qt 6 supports, and the category."""
    version = wheel_version(site)
    return {
        "CFBundleName": "callnotes",
        "CFBundleDisplayName": "callnotes",
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "es", "el"],
        "LSApplicationCategoryType": "public.app-category.business",
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": "callnotes, MIT licence",
    }
