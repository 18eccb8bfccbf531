"""Box layouts filled from one list: widgets, layouts and stretches, in their order."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget

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
