"""The fonts packets are drawn in, shared with the example documents that callnotes draws itself.

reportlab's built-in Helvetica draws Greek accented letters as boxes and reportlab ships no font
with Greek, so the bundled DejaVu Sans is registered (and embedded, subset, in every PDF).
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from callnotes.resources import resource

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu Sans, regular and bold, with reportlab (once per process)."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
