"""The Compare window opened again after it closed, and closed while its panes answer:
real Qt widgets offscreen, real llama.cpp workers, a real database."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from test_compare_window import home, open_compare, send, wait_done, window  # noqa: E402, F401


def test_the_prompt_box_has_the_keyboard_each_time_the_window_opens(qtbot, window) -> None:  # noqa: F811
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


def test_the_close_question_goes_once_every_pane_is_done(qtbot, window) -> None:  # noqa: F811
    window.ctx.settings.sampling.max_tokens = 160  # long enough to close while it answers
    view = open_compare(qtbot, window)
    send(qtbot, view, "Tell a long story.")
    assert view.busy
    seen: dict = {}

    def watch() -> None:
        box = next((b for b in view.findChildren(QMessageBox) if b.isVisible()), None)
        if box is not None and box.isVisible():
            seen.setdefault("asked", box.text())
            seen["open_after_done"] = not view.busy  # still up with nothing answering
        if box is not None and seen.get("open_after_done") and "late" not in seen:
            seen["late"] = True  # the old way: it waited for ever; answer No to go on
            QTimer.singleShot(3000, box.reject)
        QTimer.singleShot(20, watch) if "end" not in seen else None

    QTimer.singleShot(0, watch)
    view.close()  # the question waits while the panes answer on
    seen["end"] = True
    wait_done(qtbot, view)
    assert "still answering" in seen["asked"]
    # nothing answers any more: the question closed and the window with it (was: the
    # question stayed up, asking to stop answers already done)
    assert "late" not in seen
    assert not view.isVisible()
