"""The Tab order of a compare pane: as its parts are on screen, top to bottom and left to
right, whatever order they were made in (Try again sits above the answer, the documents
picker beside the model's, and each answer brings its own Thinking section and sources)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from chatapp.ui.chat_view import tab_stops


def pane_tab_stops(pane) -> list[QWidget]:
    """The Tab stops of pane (a PaneWidget) in screen order: the model and documents
    pickers, Parameters… and Variant…, Answer this prompt / Try again, the answer (its
    earlier turns, thinking, text and sources), then Stop, Continue and Continue in chat."""
    above = (pane.picker, pane.docs_box, pane.params_button, pane.variant_button,
             pane.answer_button)
    scroll = [pane.scroll] if pane.scroll.focusPolicy() & Qt.FocusPolicy.TabFocus else []
    below = (pane.earlier, pane.thinking, pane.view, pane.sources,  # (in the scroll area)
             pane.stop_button, pane.go_on_button, pane.continue_button)
    return [*(stop for part in above for stop in tab_stops(part)), *scroll,
            *(stop for part in below for stop in tab_stops(part))]


def order_pane_tabs(pane) -> None:
    """Put pane's Tab stops in screen order, from its model picker on (where the window put
    the pane); parts it made since (a new Thinking section, source buttons) join them."""
    for first, second in pairwise(pane_tab_stops(pane)):
        QWidget.setTabOrder(first, second)
