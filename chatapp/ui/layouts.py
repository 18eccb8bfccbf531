"""Box layouts filled from one list: widgets, layouts and stretches, in their order; a row
that scrolls sideways; a modal dialog made for one use; a window brought to the front."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QWidget,
)

Part = QWidget | QLayout | int | tuple[QWidget | QLayout, int]


def fill(layout: QBoxLayout, *parts: Part) -> QBoxLayout:
    """Add parts to layout in order: a widget or a layout, (one, its stretch factor), or an
    int: a stretch of that factor. Returns layout."""
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def scrolled_row(parent: QWidget) -> tuple[QScrollArea, QHBoxLayout]:
    """A row of widgets that scrolls sideways where its widgets' least widths do not fit
    (frameless; widgets added to the row fill its height): (the area to lay out, the row)."""
    area = QScrollArea(parent, widgetResizable=True, frameShape=QFrame.Shape.NoFrame,
                       focusPolicy=Qt.FocusPolicy.NoFocus)  # (Tab goes to its widgets)
    area.setWidget(QWidget(area))
    row = QHBoxLayout(area.widget())
    row.setContentsMargins(0, 0, 0, 0)
    return area, row


def exec_once(dialog: QDialog) -> int:
    """Run a modal dialog made for one use and delete it once the event loop runs again
    (its values stay readable until then; a dialog kept as the window's child would hold
    its memory for as long as the window lives). Returns exec()'s result."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def bring_to_front(window: QWidget) -> None:
    """Show window (one made once and shown again), raised above the others and active."""
    window.show()
    window.raise_()
    window.activateWindow()
