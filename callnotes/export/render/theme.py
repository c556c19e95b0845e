"""The packet's colours and page margins."""

from __future__ import annotations

from reportlab.lib import colors

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#5f5f5f")
RULE = colors.HexColor("#c8c8c8")
HEAD_SHADE = colors.HexColor("#e9edf2")
BLOCK_SHADE = colors.HexColor("#f3f5f7")
AMEND_SHADE = colors.HexColor("#fff6e0")
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 42.0, 50.0, 46.0
