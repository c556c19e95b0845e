"""What cannot be built here (the Windows installer, the macOS app) is checked for the settings the
issue asks for; the CI workflow builds them (.github/workflows/package.yml)."""

from __future__ import annotations

from pathlib import Path

from tests.packaging.conftest import ROOT, load


def test_the_mac_bundle_names_the_version_of_the_wheel_it_is_made_from(tmp_path: Path) -> None:
    (tmp_path / "callnotes-2.5.0.dist-info").mkdir()
    plist = load("packaging/macos/bundle.py").info_plist(tmp_path)
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "2.5.0"
    assert plist["CFBundleIdentifier"] == "org.callnotes.callnotes"
    assert plist["CFBundleLocalizations"] == ["en", "es", "el"]
    assert plist["NSHighResolutionCapable"] is True


def test_the_windows_installer_is_per_user_with_a_start_menu_entry_and_an_uninstaller() -> None:
    script = (ROOT / "packaging/windows/callnotes.iss").read_text()
    settings = dict(
        line.split("=", 1)
        for line in script.splitlines()
        if "=" in line and not line.startswith((";", "#", "Name:", "Source:", "Filename:"))
    )
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"].startswith("{localappdata}")
    assert 'Source: "{#Root}\\dist\\callnotes\\*"' in script
    assert 'Name: "{userprograms}\\callnotes"; Filename: "{app}\\callnotes.exe"' in script
    assert "{uninstallexe}" in script
    assert "ChangesAssociations" not in script and ".pdf" not in settings  # the system's viewer opens packets
    spec = (ROOT / "packaging/pyinstaller/callnotes.spec").read_text()
    assert 'program("callnotes-cli", console=True)' in spec  # the window app has no console there


def test_the_workflow_builds_each_system_only_when_a_maintainer_asks() -> None:
    workflow = (ROOT / ".github/workflows/package.yml").read_text()
    assert "workflow_dispatch" in workflow and "pull_request" not in workflow
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"runs-on: {runner}" in workflow
    assert "make package" in workflow and "iscc" in workflow and "callnotes.app" in workflow
