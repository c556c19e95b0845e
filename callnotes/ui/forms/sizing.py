"""Room for what a window shows once it is shown: a refusal that wraps must never squeeze the fields."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    """Make a shown window tall enough for its layout at its current width, growing downward only.

    Qt's minimum size of a window leaves out wrapped text (a label's height for its width), so a
    message that wraps onto a second line would take its room from the fields above it. The window
    grows by just what is missing and never shrinks here, so it moves under the mouse no more than
    needed.
    """
    layout = window.layout()
    if layout is None or not window.isVisible():
        return  # a window not shown yet takes its size from the layout when it is shown
    layout.activate()
    width = window.width()
    needed = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(width))
    if window.height() < needed:
        window.resize(width, needed)
