"""Build the Debian package and the tarball of the frozen folder.

    python packaging/linux/deb.py BUNDLE ICONS OUT     (make package runs it)

BUNDLE is PyInstaller's folder (dist/callnotes), ICONS the rendered icons (packaging/icons.py). The
package installs the folder under /opt/callnotes, a launcher /usr/bin/callnotes, the .desktop entry,
the icons in the hicolor theme and the AppStream metainfo; it depends on the Debian packages of the
system libraries Qt needs (resources/system/qt-runtime-libraries.txt) and of every library the
folder's binaries link to that the folder does not carry (found with ldd, owned per dpkg -S).
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
APP_ID = "org.callnotes.callnotes"
PREFIX = "opt/callnotes"
LAUNCHER = """#!/bin/sh
# callnotes: the frozen app lives in /opt/callnotes (installed by the callnotes package)
exec /opt/callnotes/callnotes "$@"
"""
DESCRIPTION = """Notes and records for getting paid by phone
 callnotes helps a small business get paid by a customer who owes it money:
 the facts prepared before the call, live notes, promises and offers during it,
 an append-only record a court can trust, and the documentation packet (PDF).
 It works offline; the data stays on this computer."""


def bundle_version(bundle: Path) -> str:
    """The version of the callnotes the folder holds, from the wheel's metadata it carries."""
    found = sorted(bundle.glob("_internal/callnotes-*.dist-info")) or sorted(
        bundle.glob("callnotes-*.dist-info")
    )
    if not found:
        raise SystemExit(f"{bundle} holds no callnotes metadata: is it PyInstaller's folder?")
    return found[0].name.removeprefix("callnotes-").removesuffix(".dist-info")


def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def outside_libraries(bundle: Path) -> dict[str, str]:
    """{library name: its path on this system} for what the folder's binaries link to and the folder
    does not carry (ldd resolves a bundled library's own needs from the system; those carried are
    left out by name)."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    carried = {p.name for p in files}
    found: dict[str, str] = {}
    for path in files:
        if not is_elf(path):
            continue
        listed = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False).stdout
        for line in listed.splitlines():
            name, arrow, rest = line.strip().partition(" => ")
            if arrow and name not in carried and rest.startswith("/"):
                found.setdefault(name, rest.split(" (")[0])
    return found


def owning_packages(paths: Iterable[str]) -> set[str]:
    """The Debian packages that own these files (dpkg -S), without their architecture."""
    paths = sorted({os.path.realpath(p) for p in paths} | set(paths))
    if not paths:
        return set()
    listed = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True, check=False).stdout
    return {line.split(":", 1)[0].split(",")[0].strip() for line in listed.splitlines() if ": /" in line}


def qt_runtime_packages() -> set[str]:
    """The Debian packages of Qt's system libraries, for a window and without one."""
    sys.path.insert(0, str(HERE.parents[1]))
    from callnotes.launch import runtime_libraries

    return {package for _, package in runtime_libraries(("offscreen", "screen"))}


def installed_size(root: Path) -> int:
    """The installed size in KiB, counted as dpkg-gencontrol does (each file rounded up, 1 a link)."""
    total = 0
    for path in root.rglob("*"):
        if "DEBIAN" in path.relative_to(root).parts[:1]:
            continue
        total += math.ceil(path.lstat().st_size / 1024) if path.is_file() and not path.is_symlink() else 1
    return total


def lay_out(bundle: Path, icons: Path, root: Path, version: str, depends: Iterable[str], arch: str) -> Path:
    """The package's tree in `root` (DEBIAN/control included); returns root."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    launcher = root / "usr" / "bin" / "callnotes"
    launcher.parent.mkdir(parents=True)
    launcher.write_text(LAUNCHER)
    launcher.chmod(0o755)
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir()
    metainfo = (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8").replace("@VERSION@", version)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo, encoding="utf-8")
    for png in sorted(icons.glob("callnotes-*.png")):
        size = png.stem.removeprefix("callnotes-")
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "callnotes.png"
        target.parent.mkdir(parents=True)
        shutil.copy(png, target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(HERE.parents[1] / "resources" / "icons" / "callnotes.svg", scalable / "callnotes.svg")
    for path in root.rglob("*"):  # readable by everyone, whatever the builder's umask
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    control = {
        "Package": "callnotes",
        "Version": version,
        "Architecture": arch,
        "Maintainer": "callnotes maintainers <callnotes@localhost>",
        "Installed-Size": str(installed_size(root)),
        "Depends": ", ".join(sorted(set(depends))),
        "Section": "office",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text("".join(f"{k}: {v}\n" for k, v in control.items()))
    return root


def build_deb(root: Path, out: Path, version: str, arch: str) -> Path:
    """dpkg-deb --build the tree into OUT (gzip: quick to build, every dpkg reads it)."""
    deb = out / f"callnotes_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(deb)], check=True)
    return deb


def tarball(bundle: Path, out: Path, version: str, machine: str) -> Path:
    """The folder as a .tar.gz, for other distributions: unpack anywhere and run callnotes/callnotes."""
    target = out / f"callnotes-{version}-linux-{machine}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname="callnotes")
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: deb.py BUNDLE ICONS OUT", file=sys.stderr)
        return 2
    bundle, icons, out = (Path(a) for a in argv)
    version = bundle_version(bundle)
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    outside = outside_libraries(bundle)
    depends = qt_runtime_packages() | owning_packages(outside.values())
    root = lay_out(bundle, icons, out / "deb-root", version, depends, arch)
    deb = build_deb(root, out, version, arch)
    shutil.rmtree(root)
    tar = tarball(bundle, out, version, os.uname().machine)
    print(f"{deb}\n{tar}\nDepends: {', '.join(sorted(depends))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
