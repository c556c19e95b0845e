"""Printing a PDF the app wrote (the packet, a letter) as images of its pages, so what is printed is
what the PDF shows, whatever the printer's driver makes of PDF."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300  # enough for text; printers report far more, which would only make huge page images


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Draw a PDF's pages (the printer's page range, or all) on `printer` as images; returns how many."""
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
            picture = page.render(scale=dpi / 72).to_pil().convert("RGB")
            image = QImage(
                picture.tobytes(),
                picture.width,
                picture.height,
                picture.width * 3,
                QImage.Format.Format_RGB888,
            )
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(area.x(), area.y(), image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
    return last - first + 1
