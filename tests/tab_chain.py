"""The order Tab goes through a window's fields, read from Qt's focus chain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_chain(start: QWidget) -> list[QWidget]:
    """The shown widgets that Tab can reach after start, in order, up to start again
    (disabled ones too: their place in the order is kept while they wait)."""
    chain: list[QWidget] = []
    widget = start.nextInFocusChain()
    while widget is not start:
        if (widget.isVisible() and widget.focusProxy() is None
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain
