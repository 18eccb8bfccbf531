"""Regenerate with another model counts by that model's own tokens only where loading it
leaves the model in use loaded (real llama.cpp on two tiny GGUFs, the real window)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from test_conversation_window import (  # noqa: E402, F401 - two_models: a fixture
    close_window,
    open_window,
    pick,
    two_models,
    wait_answer,
)

from chatapp.session import Decision  # noqa: E402


def _long_conversation(store, word: str):
    """A conversation that the other model's estimate says fits, more than half full."""
    conversation = store.create_conversation("long enough")
    parent = None
    for i in range(4):
        question = store.add_message(conversation.id, parent, "user",
                                     f"question {i} " + f"{word} " * 40)
        parent = store.add_message(conversation.id, question.id, "assistant", f"{word} " * 35,
                                   finish_reason="stop").id
    return conversation, question, parent


@pytest.mark.usefixtures("two_models")
def test_answering_again_with_another_model_leaves_the_model_in_use_loaded(
        qtbot, monkeypatch) -> None:
    """was: Regenerate with… another model loaded it at once to count the question (the
    status bar said "Loading tiny-other…"), unloading the model in use, which stayed unloaded
    when the user then cancelled the "too long" question."""
    window = open_window(qtbot)
    pick(window, "tiny-llama-F32")
    store, engine = window.ctx.store, window.ctx.engine
    current = window.current_model()
    other = next(m for m in window.models if m.stem == "tiny-other-F32")
    asked: list = []
    monkeypatch.setattr(window, "ask_overflow",
                        lambda overflow: asked.append(overflow) or Decision("cancel"))

    # room for both: loaded beside the one in use, asked by its own count; Cancel leaves
    # both loaded
    engine.max_loaded = 2
    window.ctx.chat.pipeline.engine_worker(current)  # the model in use, loaded
    conversation, question, parent = _long_conversation(store, "word")
    window.open_conversation(conversation.id)
    assert window.tree._estimate_may_be_wrong(parent, other)  # (where it loads to count)
    window.tree.regenerate(parent, other)
    qtbot.waitUntil(lambda: bool(asked) and not window.tree.loading, timeout=60000)
    assert asked[0].kind == "ask" and not asked[0].estimated
    assert engine.loaded_info(current.path) is not None
    assert engine.loaded_info(other.path) is not None
    assert len(store.children(question.id, conversation.id)) == 1  # cancelled: none started

    # room for one: not loaded to count (that would unload the one in use, even when the
    # user then cancels), the estimate decides, as before the model's own count was asked
    engine.unload(Path(other.path))
    engine.max_loaded = 1
    conversation, question, parent = _long_conversation(store, "term")
    window.open_conversation(conversation.id)
    assert window.tree._estimate_may_be_wrong(parent, other)
    window.tree.regenerate(parent, other)
    assert not window.tree.loading
    wait_answer(qtbot, window)
    assert len(asked) == 1
    assert len(store.children(question.id, conversation.id)) == 2  # answered by the estimate
    close_window(window)
