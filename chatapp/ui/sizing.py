"""Sizes that fit: a window's default size cut to the screen's free area (a 1366×768 laptop
has about 1366×730 for a window with its title bar), and a text field as wide as its hint."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

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


class HintedLineEdit(QLineEdit):
    """A text field never narrower than its placeholder text (the hint it gives, whole in
    every language), measured in the font it is shown in, as QLineEdit measures its size."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins, frame = self.textMargins(), self.contentsMargins()
        width = (self.fontMetrics().horizontalAdvance(self.placeholderText()) + 2 * 2 + 1
                 + margins.left() + margins.right() + frame.left() + frame.right())
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        needed = self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option,
                                               QSize(width, hint.height()), self)
        return QSize(max(hint.width(), needed.width()), hint.height())


def keep_on_screen(window: QWidget) -> None:
    """Shrink window (never below its minimum size) and move it so that it lies, title bar
    and frame included, inside its screen's free area (a dialog's default size at twice the
    scale on a 1920×1080 screen is taller than the 540 pixels there are)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():  # the system's
        return
    area, frame, inner = screen.availableGeometry(), window.frameGeometry(), window.geometry()
    # before the window manager frames it, a window's frame is not known yet: it is sized
    # for a usual title bar, and placed by the window manager (which keeps it on screen)
    framed = frame != inner
    extra_w = frame.width() - inner.width() or 8
    extra_h = frame.height() - inner.height() or TITLE_BAR
    width = max(min(inner.width(), area.width() - extra_w), window.minimumWidth())
    height = max(min(inner.height(), area.height() - extra_h), window.minimumHeight())
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    if not framed:
        return
    x = max(area.left(), min(frame.x(), area.right() + 1 - width - extra_w))
    y = max(area.top(), min(frame.y(), area.bottom() + 1 - height - extra_h))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
