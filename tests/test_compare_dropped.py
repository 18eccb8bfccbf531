"""A compare pane's answer made without its oldest turns (left out to fit a small context)
says so above the earlier turns, as the main window's answer does. Real llama.cpp on a tiny
model with a 512-token context, real Qt widgets offscreen, a real database."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from test_compare_window import send, wait_done

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)


def test_the_pane_says_which_earlier_turns_the_model_did_not_read(
        qtbot, tiny_home: Path) -> None:
    """was: "Earlier turns (1)" with the earlier exchange as if read, and "done (context
    full)", while the main window said "2 oldest messages were left out to fit the
    context"."""
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.compare_view import CompareWindow

    make_application()
    ctx = open_app()
    ctx.settings.sampling.max_tokens = 4
    view = CompareWindow(ctx)
    qtbot.addWidget(view)
    try:
        view.show()
        for pane in view.panes:
            pane.picker.setCurrentIndex(next(i for i, m in enumerate(view.models)
                                             if m.file_name == "tiny-llama-F32.gguf"))
        send(qtbot, view, "hello " * 250)
        wait_done(qtbot, view)
        first = view.panes[0]
        assert not first.earlier.isVisible()
        send(qtbot, view, "world " * 250)
        wait_done(qtbot, view)
        answer = ctx.store.message(first.message.id)
        assert answer.dropped_messages == 2, answer.dropped_messages
        earlier = first.earlier
        assert earlier.toggle.text() == "Earlier turns (1)"
        assert earlier.dropped == 2 and earlier.note.isVisible()
        assert earlier.note.text() == "2 oldest messages were left out to fit the context"
        assert "did not read" in earlier.view.source_text
        earlier.set_turns([])  # a new answer: nothing said until it is made
        assert not earlier.note.isVisible() and earlier.dropped == 0
    finally:
        view.close()
        ctx.close()
