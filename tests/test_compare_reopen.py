"""The Compare window opened again after it closed, and closed while its panes answer:
real Qt widgets offscreen, real llama.cpp workers, a real database."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QTimer

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from test_compare_window import home, open_compare, send, wait_done, window  # noqa: E402, F401


def test_the_prompt_box_has_the_keyboard_each_time_the_window_opens(qtbot, window) -> None:
    view = open_compare(qtbot, window)
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    assert view.focusWidget() is view.composer
    view.panes[0].picker.setFocus()  # the user went elsewhere before closing
    view.close()
    assert not view.isVisible()
    again = open_compare(qtbot, window)
    assert again is view
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    # typing goes to the prompt (was: the first pane's model picker, which it changed)
    assert view.focusWidget() is view.composer
