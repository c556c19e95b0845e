"""Render the app's icon (resources/icons/callnotes.svg) into the files each platform wants:
PNGs at 16…512 px (Linux's hicolor theme), callnotes.ico (Windows) and callnotes.icns (macOS).

    python packaging/icons.py OUT_DIR

Qt's own SVG renderer draws the PNGs (no Inkscape or rsvg needed); Pillow packs the .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SOURCE = Path(__file__).resolve().parents[1] / "resources" / "icons" / "callnotes.svg"


def render(source: Path, out: Path, sizes: tuple[int, ...] = SIZES) -> dict[int, Path]:
    """callnotes-SIZE.png for each size, drawn from the SVG; their paths by size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not an SVG Qt can draw")
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"callnotes-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"could not write {path}")
        written[size] = path
    return written


def pack(pngs: dict[int, Path], out: Path) -> tuple[Path, Path]:
    """callnotes.ico (16…256) and callnotes.icns, made from the rendered PNGs: each size as drawn
    from the SVG (Pillow takes an image of the size from `append_images`, and shrinks the largest only
    for a size that was not drawn; the .icns sizes it writes run from 32 to 1024, which is 512 enlarged)."""
    from PIL import Image

    largest, *smaller = (Image.open(pngs[size]) for size in sorted(pngs, reverse=True))
    ico, icns = out / "callnotes.ico", out / "callnotes.icns"
    largest.save(ico, sizes=[(s, s) for s in pngs if s <= 256], append_images=smaller)
    largest.save(icns, append_images=smaller)
    return ico, icns


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: icons.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    pack(render(SOURCE, out), out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
