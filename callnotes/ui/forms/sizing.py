"""Room for what a window shows once it is shown: a refusal that wraps must never squeeze the fields."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
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


def screen_room(window: QWidget) -> QRect:
    """Where `window`, its frame included, may be on its screen (the screen less its panels)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_content(window: QWidget, *, shrink: bool = False) -> None:
    """Make a shown window at least as tall as its layout wants at its current width (as tall as it wants
    when `shrink`: content went away), never taller than its screen, and move it up if its bottom
    would be below the screen. A height the user gave it is kept while the content fits in it.

    For a window whose content comes and goes (a list of results shown, then cleared): the lists in it
    scroll within the height they are given, so the buttons at the bottom always stay on the screen.
    """
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    width = window.width()
    wanted = layout.totalSizeHint().height()
    if layout.hasHeightForWidth():
        wanted = max(wanted, layout.totalHeightForWidth(width))
    wanted = max(wanted, layout.totalMinimumSize().height())
    room = screen_room(window)
    frame = window.frameGeometry().height() - window.height()  # the title bar, when there is one
    height = min(wanted if shrink else max(wanted, window.height()), room.height() - frame)
    if height != window.height():
        window.resize(width, height)
    keep_on_screen(window)


def keep_on_screen(window: QWidget) -> None:
    """Move `window` up (and left) just enough for all of it to be on its screen; never taller than it."""
    room = screen_room(window)
    frame = window.frameGeometry()
    extra = frame.height() - window.height()
    if frame.height() > room.height():
        window.resize(window.width(), room.height() - extra)
        frame = window.frameGeometry()
    x = max(room.left(), min(frame.left(), room.right() + 1 - frame.width()))
    y = max(room.top(), min(frame.top(), room.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)
