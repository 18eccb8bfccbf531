"""The notice above the message box says only what is true (real llama.cpp worker
processes, the tiny model, the real window offscreen)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from test_window import close_window, open_window, type_and_send  # noqa: E402


def test_a_good_answer_clears_the_notice_that_an_answer_could_not_go_on(
        qtbot, tiny_home: Path, tiny_model: Path) -> None:
    """was: the red "This answer could not go on" notice stayed after another model answered
    normally."""
    shutil.copy(tiny_model, tiny_home / "data" / "models" / "other-F32.gguf")
    window = open_window(qtbot, max_tokens=3)
    type_and_send(qtbot, window, "Tell me a story")
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    bubble = window.chat_view.bubbles[-1]
    cut = window.ctx.store.finish_message(bubble.message.id, "the sea " * 200, "length",
                                          completion_tokens=400)
    window.new_conversation()
    window.open_conversation(cut.conversation_id)
    window.ctx.chat.model_options = {cut.model_key: {"n_ctx": 256}}
    bubble = window.chat_view.bubbles[-1]
    qtbot.waitUntil(bubble.continue_button.isVisible, timeout=5000)
    qtbot.mouseClick(bubble.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    assert window.notice.isVisible()
    assert window.notice.label.text().startswith("This answer could not go on")
    other = next(m for m in window.model_list.models
                 if not m.problem and m.key != cut.model_key)
    window.select_model(other.key)
    window.ctx.chat.model_options = {}
    type_and_send(qtbot, window, "Short, please")
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    last = window.ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert last.finish_reason in ("stop", "length") and last.model_key == other.key
    assert not window.notice.isVisible()
    close_window(window)
