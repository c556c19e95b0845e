"""User text made drawable: plain lines without control characters, right-to-left runs in drawing
order, and wrapping to a width in points (words too long for the width are broken)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from callnotes.export.fonts import BOLD, FONT, register_fonts

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_RUN = re.compile(f"[{_RTL}]+(?:[ \u00a0]+[{_RTL}]+)*")


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@cache
def _undrawable() -> dict[int, str | None]:
    """Each character below U+10000 that one of the packet's fonts has no glyph for, and how it is
    shown instead (its code). Beyond U+10000 reportlab cannot map a character back to text at all."""
    register_fonts()
    regular, bold = (_glyphs(name) for name in (FONT, BOLD))
    return {
        # an invisible formatting mark (a direction isolate pasted from a chat) is dropped, not coded
        code: None if unicodedata.category(chr(code)) == "Cf" else f"[U+{code:X}]"
        for code in range(0x80, 0x10000)
        if (code not in regular or code not in bold) and not 0xD800 <= code < 0xE000
    }


def _glyphs(name: str) -> dict[int, int]:
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return font.face.charToGlyph  # type: ignore[no-any-return]


def plain(text: str) -> str:
    """User text ready to draw: line breaks made uniform, control characters dropped, and characters
    the packet's font has no glyph for (Chinese, emoji) shown as their code, U+4E2D: a PDF/A file may
    not draw a missing glyph, and a reader sees that something was written there."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub("", text.replace("\t", "    "))
    if text.isascii():
        return text
    return _ASTRAL.sub(lambda m: f"[U+{ord(m.group()):X}]", text.translate(_undrawable()))


def visual(line: str) -> str:
    """A wrapped line in drawing order: runs of Hebrew or Arabic reversed, so they read right to left."""
    return line if line.isascii() else _RTL_RUN.sub(lambda m: m.group()[::-1], line)


class Measure:
    """Widths of text in one font and size (cached per word), and wrapping of plain text to a width."""

    def __init__(self, font: str, size: float) -> None:
        self.font, self.size = font, size
        self._face = pdfmetrics.getFont(font)
        self._widths: dict[str, float] = {}
        self.space = self.width(" ")

    def width(self, text: str) -> float:
        """The width of `text` in points."""
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self._face.stringWidth(text, self.size)
        return width

    def _pieces(self, word: str, width: float) -> list[str]:
        """A word too long for the width, cut into pieces that fit."""
        pieces, piece, used = [], "", 0.0
        for char in word:
            char_width = self.width(char)
            if piece and used + char_width > width:
                pieces.append(piece)
                piece, used = "", 0.0
            piece += char
            used += char_width
        pieces.append(piece)
        return pieces

    def wrap(self, text: str, width: float) -> list[str]:
        """The lines of plain `text` within `width` points, in drawing order."""
        lines = []
        for paragraph in plain(text).split("\n"):
            line, used = "", 0.0
            for word in paragraph.split(" "):
                word_width = self.width(word)
                if word_width > width:
                    pieces = self._pieces(word, width)
                    if line:
                        lines.append(line)
                    lines.extend(pieces[:-1])
                    line, used = pieces[-1], self.width(pieces[-1])
                elif not line:
                    line, used = word, word_width
                elif used + self.space + word_width <= width:
                    line, used = f"{line} {word}", used + self.space + word_width
                else:
                    lines.append(line)
                    line, used = word, word_width
            lines.append(line)
        return [visual(line) for line in lines]

    def fit(self, text: str, width: float) -> str:
        """One line of `text`, cut with an ellipsis if it is wider than `width`."""
        line = plain(text).replace("\n", " ")
        if self.width(line) <= width:
            return visual(line)
        return visual(self._pieces(line, width - self.width("…"))[0] + "…")
