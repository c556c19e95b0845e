"""Exhibits made fit for a PDF/A packet: what a PDF's pages would bring in, and images as PDF/A takes them.

A PDF exhibit's pages are drawn into the packet as they are (exhibits.finish_packet merges their
content and resources), so whatever they use — fonts, colour spaces, annotations — becomes part of
the packet. `pdfa_problem` draws the pages the same way into a scratch document and asks pikepdf's
PDF/A-2b validator, after the repairs its `prepare` makes and under the packet's sRGB output intent,
whether they would keep the packet PDF/A. An exhibit that would not is reproduced by `rasterized` as
images of its pages (rendered by pdfium at PRINT_DPI), a PDF of its own that is drawn in instead, and
flagged (FlaggedExhibit): readable and printable, no longer searchable.

Images are handed to reportlab as 8-bit sRGB or grey (`drawable_image`): a plain RGB or grey JPEG
passes through untouched; CMYK, another ICC profile, 16-bit, palette and bilevel images, and photos
turned by their EXIF orientation, are converted with Pillow first (DeviceCMYK under an sRGB output
intent is not PDF/A; reportlab ignores ICC profiles, which would shift the colours).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pypdf import PdfReader, PdfWriter, Transformation

from callnotes.export.quiet_pdf import quiet_pypdf

if TYPE_CHECKING:
    from PIL.Image import Image

PRINT_DPI = 200  # prints sharp on an office printer; an A4 page is 1654 × 2339 pixels
MAX_PIXELS = 16_000_000  # a poster-sized page is rendered at a lower resolution, not in gigabytes
JPEG_QUALITY = 85

FLAG_CODES = ("fonts", "colour", "damaged", "other")
"""Why a PDF exhibit is reproduced as images: the FlaggedExhibit.problem codes."""

ADVICE = {
    "fonts": "Its fonts are not embedded in the file. Save it again as PDF/A (Print or Save as → "
    "'PDF/A' in most office programs) and attach the new file, to have its text searchable in the packet.",
    "colour": "It uses printing-press (CMYK) colours without a colour profile. Save it again as PDF/A "
    "(Print or Save as → 'PDF/A' in most office programs or the scanner's software) and attach the new file.",
    "damaged": "The file is damaged; its pages were rendered as well as they could be. Ask the sender for "
    "the file again, or print and scan the original, and attach the new file.",
    "other": "It contains something a PDF/A file may not (such as scripts or form fields). Save it again "
    "as PDF/A (Print or Save as → 'PDF/A' in most office programs) and attach the new file.",
}
"""What the user can do about a flagged exhibit, in English (the interface words it, by code)."""

_RULE_CODES = (
    ("ISO_19005_2:6.2.11", "fonts"),  # font programs, widths, encodings
    ("ISO_19005_2:6.2.4", "colour"),  # colour spaces against the output intent
    ("pikepdf:internal", "damaged"),
)


def pdfa_problem(reader: PdfReader) -> str | None:
    """What keeps the pages of `reader`, drawn into a PDF/A-2b packet, from PDF/A (a FLAG_CODES code),
    or None when they keep it PDF/A."""
    import pikepdf
    import pikepdf.pdfa

    scratch = PdfWriter()
    try:
        with quiet_pypdf():
            for page in reader.pages:
                box = page.cropbox
                blank = scratch.add_blank_page(max(float(box.width), 1.0), max(float(box.height), 1.0))
                blank.merge_transformed_page(page, Transformation(), over=False)
            buffer = BytesIO()
            scratch.write(buffer)
        with pikepdf.open(BytesIO(buffer.getvalue())) as pdf:
            pikepdf.pdfa.prepare(pdf, "2b")
            findings = pikepdf.pdfa.check(pdf, "2b").findings
    except Exception:  # pypdf or qpdf cannot carry these pages over as they are
        return "damaged"
    rules = [finding.rule for finding in findings]
    for prefix, code in _RULE_CODES:
        if any(rule.startswith(prefix) for rule in rules):
            return code
    return "other" if rules else None


def rasterized(path: Path, on_page: Callable[[int, int], None] | None = None) -> PdfReader:
    """The pages of the PDF at `path` as they are displayed, as images in a PDF of their own: no fonts,
    sRGB or grey pixels, each page the size of the original (its crop box, turned by its /Rotate).
    `on_page(done, pages)` is called after each page."""
    import pikepdf
    import pypdfium2

    out = pikepdf.new()
    document = pypdfium2.PdfDocument(path)
    try:
        for done, page in enumerate(document, start=1):
            width, height = page.get_size()
            scale = min(PRINT_DPI / 72, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
            image = page.render(scale=scale).to_pil()
            points = (image.width / scale, image.height / scale)  # as displayed: /Rotate applied
            _add_image_page(out, image, points)
            page.close()
            if on_page is not None:
                on_page(done, len(document))
    finally:
        document.close()
    buffer = BytesIO()
    out.save(buffer)
    return PdfReader(buffer)


def _add_image_page(pdf: Any, image: Image, size: tuple[float, float]) -> None:
    """A page of `size` points filled by `image`: JPEG or lossless, whichever is smaller (a page of
    text is a fraction of its JPEG when kept lossless; a photo the other way round); grey if it is."""
    import pikepdf
    from PIL import ImageChops

    image = image.convert("RGB")
    red, green, blue = image.split()
    if (
        ImageChops.difference(red, green).getbbox() is None
        and ImageChops.difference(green, blue).getbbox() is None
    ):
        image = red  # a black-and-white page: a third of the pixels
    jpeg = BytesIO()
    image.save(jpeg, "JPEG", quality=JPEG_QUALITY)
    flat = _deflated(image.tobytes(), jpeg.tell())
    data, encoding = (
        (flat, pikepdf.Name.FlateDecode) if flat is not None else (jpeg.getvalue(), pikepdf.Name.DCTDecode)
    )
    picture = pikepdf.Stream(pdf, data)
    picture.stream_dict = pikepdf.Dictionary(
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=image.width,
        Height=image.height,
        ColorSpace=pikepdf.Name.DeviceGray if image.mode == "L" else pikepdf.Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=encoding,
    )
    width, height = size
    page = pdf.add_blank_page(page_size=size)
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=picture))
    page.Contents = pdf.make_stream(f"q {width:.4f} 0 0 {height:.4f} 0 0 cm /Im0 Do Q".encode("ascii"))


def _deflated(raw: bytes, limit: int) -> bytes | None:
    """`raw` compressed losslessly, or None as soon as that is not smaller than `limit` bytes (a photo's
    pixels hardly compress: giving up early saves most of the time)."""
    packer = zlib.compressobj(6)
    parts: list[bytes] = []
    size = 0
    for start in range(0, len(raw), 1 << 18):
        parts.append(packer.compress(raw[start : start + (1 << 18)]))
        size += len(parts[-1])
        if size >= limit:
            return None
    parts.append(packer.flush())
    return b"".join(parts) if size + len(parts[-1]) < limit else None


def _is_srgb(icc: bytes | None) -> bool:
    """Whether an image's ICC profile is sRGB, or it has none (both are drawn as sRGB)."""
    if not icc:
        return True
    from PIL import ImageCms

    try:
        description = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(BytesIO(icc)))
    except Exception:  # an unreadable profile: the pixels are taken as sRGB, as every viewer would
        return True
    return "srgb" in description.lower()


def passes_through(image: Image) -> bool:
    """Whether reportlab may embed the file of this (opened) image as it is: a JPEG in RGB or grey,
    sRGB or without a profile. Anything else is converted by `drawable_image`."""
    return image.format == "JPEG" and image.mode in ("RGB", "L") and _is_srgb(image.info.get("icc_profile"))


def pdfa_pixels(image: Image) -> Image:
    """`image` (turned upright already) as 8-bit grey or sRGB, with its alpha channel if it has one."""
    from PIL import ImageCms

    icc = image.info.get("icc_profile")
    if image.mode.startswith("I"):  # 16-bit grey: scaled to 8 bits (Pillow's own conversion clips)
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if image.mode == "1":
        return image.convert("L")
    if image.mode in ("L", "LA"):  # grey is PDF/A under any output intent
        return image
    if image.mode in ("P", "PA"):
        image = image.convert("RGBA" if image.mode == "PA" or "transparency" in image.info else "RGB")
    elif image.mode not in ("RGB", "RGBA", "CMYK"):
        image = image.convert("RGBA" if "A" in image.mode else "RGB")
    if icc and not _is_srgb(icc):
        try:
            converted = ImageCms.profileToProfile(
                image,
                ImageCms.ImageCmsProfile(BytesIO(icc)),
                ImageCms.createProfile("sRGB"),
                outputMode="RGBA" if image.mode == "RGBA" else "RGB",
            )
            if converted is not None:
                return converted
        except Exception:  # a profile that does not fit the pixels: converted as if it were absent
            pass
    return image.convert("RGB") if image.mode == "CMYK" else image


def drawable_image(path: Path, *, as_stored: bool) -> Any:
    """An image exhibit for reportlab to draw (an ImageReader): the file itself when it `passes_through`
    and is upright as stored; otherwise turned upright and converted, kept a JPEG if it was one."""
    from PIL import Image, ImageOps
    from reportlab.lib.utils import ImageReader

    if as_stored:
        return ImageReader(str(path))
    with Image.open(path) as opened:
        was_jpeg = opened.format == "JPEG"
        image = pdfa_pixels(ImageOps.exif_transpose(opened) or opened)
    if was_jpeg and image.mode in ("RGB", "L"):  # lossy already: stays a compact JPEG, not raw pixels
        buffer = BytesIO()
        image.save(buffer, "JPEG", quality=92)
        buffer.seek(0)
        return ImageReader(buffer)
    return ImageReader(image)
