"""Window sizes that fit the screen: a default size is cut to the screen's free area (a
1366×768 laptop has about 1366×730 for a window with its title bar)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 32  # pixels a window manager usually adds above a window


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize widget to width × height pixels, or less where its screen's free area is
    smaller (never below the widget's minimum size)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width())
        height = min(height, area.height() - TITLE_BAR)
    minimum = widget.minimumSizeHint()
    widget.resize(max(width, minimum.width()), max(height, minimum.height()))
