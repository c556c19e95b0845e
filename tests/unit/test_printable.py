"""What a PDF exhibit would bring into a PDF/A packet, and images turned into pixels PDF/A takes."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from callnotes.export.fonts import FONT, register_fonts
from callnotes.export.printable import (
    ADVICE,
    FLAG_CODES,
    passes_through,
    pdfa_pixels,
    pdfa_problem,
    rasterized,
)


def pdf(embedded: bool = True, cmyk: bool = False, alpha: bool = False) -> bytes:
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, initialFontName=FONT if embedded else "Helvetica")
    canvas.setFont(FONT if embedded else "Helvetica", 12)
    if cmyk:
        canvas.setFillColorCMYK(0, 1, 1, 0)
    if alpha:
        canvas.setFillAlpha(0.5)  # transparency is PDF/A-2
    canvas.drawString(72, 700, "Albarán 311")
    canvas.rect(72, 400, 100, 100, fill=1)
    canvas.linkURL("https://example.com/", (72, 72, 200, 100))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({}, None),
        ({"alpha": True}, None),
        ({"embedded": False}, "fonts"),  # reportlab's standard Helvetica: a name, no font program
        ({"cmyk": True}, "colour"),  # DeviceCMYK under the packet's sRGB output intent
    ],
)
def test_pdf_pages_are_judged_as_they_would_be_drawn_into_the_packet(
    options: dict[str, bool], code: str | None
) -> None:
    assert pdfa_problem(PdfReader(BytesIO(pdf(**options)))) == code
    assert set(ADVICE) == set(FLAG_CODES)


def test_a_rasterized_pdf_keeps_its_page_sizes_and_turns_like_a_viewer(tmp_path: Path) -> None:
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(842, 595))  # A4 landscape
    canvas.drawString(72, 300, "sideways")
    canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(BytesIO(buffer.getvalue())))
    writer.pages[0].rotate(90)  # a scan saved sideways and turned by its /Rotate
    path = tmp_path / "turned.pdf"
    writer.write(path)
    reader = rasterized(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # as displayed, upright
    assert pdfa_problem(reader) is None  # pixels only: nothing PDF/A refuses


def encoded(image: Image.Image, kind: str, **options: object) -> Image.Image:
    buffer = BytesIO()
    image.save(buffer, kind, **options)
    buffer.seek(0)
    return Image.open(buffer)


def test_images_become_8_bit_srgb_or_grey_and_a_plain_jpeg_passes_through() -> None:
    assert passes_through(encoded(Image.new("RGB", (8, 8), "red"), "JPEG"))
    assert passes_through(encoded(Image.new("L", (8, 8), 100), "JPEG"))
    cmyk = encoded(Image.new("CMYK", (8, 8), (0, 255, 255, 0)), "JPEG")
    assert not passes_through(cmyk)
    red, green, blue = pdfa_pixels(cmyk).getpixel((4, 4))  # type: ignore[misc]
    assert pdfa_pixels(cmyk).mode == "RGB" and red > 200 and green < 60 and blue < 60
    deep = Image.new("I;16", (4, 4))
    deep.putdata([65535, 32768, 256, 0] * 4)
    assert [pdfa_pixels(deep).getpixel((x, 0)) for x in range(4)] == [
        255,
        128,
        1,
        0,
    ]  # scaled, not clipped to white
    palette = Image.new("P", (4, 4), 1)
    palette.putpalette([0, 0, 0, 200, 0, 0] + [0] * 762)
    palette.info["transparency"] = 0
    assert pdfa_pixels(palette).mode == "RGBA"
    assert pdfa_pixels(Image.new("1", (4, 4))).mode == "L"
    assert pdfa_pixels(Image.new("LA", (4, 4))).mode == "LA"
