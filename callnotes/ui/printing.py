"""Printing a PDF the app wrote (the packet, a letter) as images of its pages, so what is printed is
what the PDF shows, whatever the printer's driver makes of PDF. pypdfium2 loads when something is first
printed, not with the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300  # enough for text; printers report far more, which would only make huge page images


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Draw a PDF's pages (the printer's page range, or all) on `printer` as images; returns how many."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    count = len(document)
    first = max(1, printer.fromPage() or 1)
    last = min(count, printer.toPage() or count)
    painter = QPainter(printer)
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for number in range(first - 1, last):
            if number > first - 1:
                printer.newPage()
            page = document[number]
            picture = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB on an opaque white page
            pixels = bytes(picture.buffer)  # kept alive while the image drawn from it is
            image = QImage(pixels, picture.width, picture.height, picture.stride, QImage.Format.Format_RGB888)
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(area.x(), area.y(), image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
    return last - first + 1
