"""The icons and the Debian package's layout (packaging/icons.py, packaging/linux/deb.py), checked on a
stand-in folder: building the real frozen folder takes minutes, so `make package` and the acceptance
check install the real .deb. The last test reads the real .deb when `make package` has left one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from tests.packaging.conftest import ROOT, load

deb = load("packaging/linux/deb.py")
needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is Debian's")


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The icons rendered by packaging/icons.py, in a process of its own (it makes its own Qt app)."""
    out = tmp_path_factory.mktemp("icons")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "icons.py"), str(out)], check=True, env=env, timeout=120
    )
    return out


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A stand-in for PyInstaller's folder: the executable (a real ELF) and the wheel's metadata."""
    folder = tmp_path / "dist" / "callnotes"
    (folder / "_internal" / "callnotes-1.2.3.dist-info").mkdir(parents=True)
    (folder / "_internal" / "callnotes-1.2.3.dist-info" / "METADATA").write_text("Name: callnotes\n")
    shutil.copy("/bin/true" if Path("/bin/true").exists() else sys.executable, folder / "callnotes")
    return folder


def test_icons_are_rendered_at_every_size_and_packed_for_windows_and_macos(icons: Path) -> None:
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(icons / f"callnotes-{size}.png") as png:
            assert png.size == (size, size)
            assert png.getpixel((size // 2, size - size // 4))[3] == 255  # drawn, not transparent
    with Image.open(icons / "callnotes.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(icons / "callnotes.icns") as icns:
        assert icns.format == "ICNS"


def test_the_package_tree_has_the_launcher_the_entry_the_icons_and_the_metainfo(
    bundle: Path, icons: Path, tmp_path: Path
) -> None:
    version = deb.bundle_version(bundle)
    assert version == "1.2.3"
    depends = deb.qt_runtime_packages()
    assert {"libxkbcommon0", "libegl1", "libgl1", "libfontconfig1", "libxcb-cursor0"} <= depends
    root = deb.lay_out(bundle, icons, tmp_path / "root", version, depends, "amd64")

    assert os.access(root / "opt/callnotes/callnotes", os.X_OK)
    launcher = root / "usr/bin/callnotes"
    assert os.access(launcher, os.X_OK) and 'exec /opt/callnotes/callnotes "$@"' in launcher.read_text()
    desktop = (root / "usr/share/applications/org.callnotes.callnotes.desktop").read_text()
    assert (
        "\nExec=callnotes\n" in desktop and "\nIcon=callnotes\n" in desktop and "Type=Application" in desktop
    )
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/callnotes.png").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps/callnotes.svg").is_file()
    metainfo = ET.parse(root / "usr/share/metainfo/org.callnotes.callnotes.metainfo.xml").getroot()
    assert metainfo.findtext("id") == "org.callnotes.callnotes"
    assert metainfo.findtext("launchable") == "org.callnotes.callnotes.desktop"
    assert metainfo.find("releases/release").get("version") == "1.2.3"  # type: ignore[union-attr]

    control = (root / "DEBIAN/control").read_text()
    assert "Package: callnotes\nVersion: 1.2.3\nArchitecture: amd64\n" in control
    assert "libxkbcommon0" in control and "Depends: " in control
    size = int(control.split("Installed-Size: ")[1].split()[0])
    assert size >= (root / "opt/callnotes/callnotes").stat().st_size // 1024


@needs_dpkg
def test_dpkg_deb_builds_it_and_the_system_libraries_are_found(
    bundle: Path, icons: Path, tmp_path: Path
) -> None:
    outside = deb.outside_libraries(bundle)  # the stand-in executable links to the C library
    assert "libc.so.6" in outside
    assert "libc6" in deb.owning_packages(outside.values())
    root = deb.lay_out(bundle, icons, tmp_path / "root", "1.2.3", {"libc6"}, "amd64")
    built = deb.build_deb(root, tmp_path, "1.2.3", "amd64")
    assert built.name == "callnotes_1.2.3_amd64.deb"
    fields = subprocess.run(["dpkg-deb", "-f", str(built)], capture_output=True, text=True, check=True).stdout
    assert "Package: callnotes" in fields and "Depends: libc6" in fields
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(built)], capture_output=True, text=True, check=True
    ).stdout
    assert "root/root" in listing  # owned by root, whoever built it
    for path in ("./usr/bin/callnotes", "./opt/callnotes/callnotes", "./usr/share/metainfo/"):
        assert path in listing


BUILT = sorted((ROOT / "dist").glob("callnotes_*.deb"))


@needs_dpkg
@pytest.mark.skipif(not BUILT, reason="no .deb: `make package` builds one")
def test_the_built_package_carries_the_resources_and_stays_under_200_mb() -> None:
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(BUILT[-1])], capture_output=True, text=True, check=True
    ).stdout
    internal = "./opt/callnotes/_internal/callnotes/_data/resources/"
    for path in (
        "fonts/DejaVuSans.ttf",
        "fonts/LICENSE-DejaVu.txt",
        "icons/callnotes.svg",
        "system/qt-runtime-libraries.txt",
    ):
        assert internal + path in listing
    assert "./opt/callnotes/_internal/callnotes/_data/docs/verify_journal.py" in listing
    assert "QtWebEngine" not in listing and "libQt6Qml" not in listing
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(BUILT[-1]), "Installed-Size"], capture_output=True, text=True
    )
    assert int(fields.stdout) < 200 * 1024
