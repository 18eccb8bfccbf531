"""An answer that ended before its first token lists no sources, in the chat and in a
compare pane; one with text lists them."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from chatapp.context import open_app  # noqa: E402
from chatapp.store.doc_records import Retrieval, Source  # noqa: E402
from chatapp.ui.app import install_language, make_application  # noqa: E402


@pytest.fixture
def app():
    application = make_application()
    yield application
    install_language(application, "en")


def _answer(store, conversation_id: int, parent_id: int, text: str, reason: str,
            pane: int, folder: Path) -> int:
    """A compare pane's stored answer from the collection "My Notes", given two sources."""
    message = store.add_message(conversation_id, parent_id, "assistant", text,
                                finish_reason=reason, model_key="", model_name="tiny.gguf",
                                params=json.dumps({"docs": ["My Notes"], "pane": pane}))
    from chatapp.store.documents import Documents

    Documents(store).save_retrieval(Retrieval(
        message.id, "Where do cats sleep?", [{"id": 1, "name": "My Notes"}], "bm25", 500, 40,
        [Source(1, 1, 1, 1.0, 1, None, str(folder / "gunung.md"), None, "", "Gunung."),
         Source(2, 2, 1, 1.0, 2, None, str(folder / "kucing.txt"), None, "", "Kucing.")],
        found=2))
    return message.id


def test_an_answer_stopped_before_its_first_token_lists_no_sources(
        qtbot, app, chatapp_home: Path, tiny_model: Path, tmp_path: Path) -> None:
    """was: a pane stopped at 0 tokens still said "Sources from My Notes" and listed [1]
    and [2] under its empty answer (and so did its bubble in the chat)."""
    from chatapp.ui.main_window import MainWindow
    from chatapp.ui.sources_view import SourcesList

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    shutil.copy(tiny_model, models / "tiny.gguf")
    for name in ("gunung.md", "kucing.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    ctx = open_app()
    store = ctx.store
    conversation = store.create_conversation("Kucing", kind="compare")
    question = store.add_message(conversation.id, None, "user", "Where do cats sleep?")
    written = _answer(store, conversation.id, question.id, "On the mountain [1].", "stop", 1,
                      tmp_path)
    stopped = _answer(store, conversation.id, question.id, "", "stopped", 2, tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        for message_id, listed in ((written, True), (stopped, False)):
            store.set_current_leaf(conversation.id, message_id)
            window.open_conversation(conversation.id)
            QApplication.processEvents()
            bubble = window.chat_view.bubble_for(message_id)
            sources = bubble.findChild(SourcesList, "sourcesList")
            assert (sources is not None and sources.isVisibleTo(bubble)) is listed
        reopen = next(a for a in window.compare_menu.actions()
                      if a.text() == "&Open this conversation side by side")
        reopen.trigger()
        view = window.compare_window
        qtbot.waitUntil(lambda: len(view.panes) == 2, timeout=5000)
        first, second = view.panes
        assert [first.message.id, second.message.id] == [written, stopped]
        assert first.sources.isVisibleTo(first) and len(first.sources.rows) == 2
        assert first.sources.title.text() == "Sources from My Notes"
        assert not second.sources.isVisibleTo(second) and not second.sources.rows
        view.close()
    finally:
        window.close()
        ctx.close()
