"""The chat template viewer (Ctrl+T) shows the next prompt as the model gets it from a
conversation that searches documents: the instructions and numbered sources included."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed")

from test_conversation_window import shown_prompt  # noqa: E402
from test_docs_window import citing_home  # noqa: E402,F401 - the fixture
from test_window import close_window, open_window  # noqa: E402

from chatapp.docs.retrieval import INSTRUCTIONS  # noqa: E402


def test_the_prompt_view_shows_the_sources_the_model_gets(qtbot, citing_home: Path,  # noqa: F811
                                                          tmp_path: Path) -> None:
    """(was: only "<|user|>Where is parking?<|assistant|>", without the instructions and
    the sources block the model really got)"""
    guide = tmp_path / "guide.md"
    guide.write_text("# Parking\n\nParking is behind the bakery.\n", encoding="utf-8")
    window = open_window(qtbot, max_tokens=16)
    try:
        window.select_model(next(m.key for m in window.models
                                 if "citing" in str(getattr(m, "path", ""))))
        window.docs.add_paths([str(guide)])
        qtbot.waitUntil(lambda: window.docs.runner is None, timeout=30000)
        prompt = shown_prompt(window, "Where is parking?")
        assert prompt.startswith("<s><|user|>" + INSTRUCTIONS)
        assert '[1] guide.md — Parking\n"""\nParking is behind the bakery.\n"""' in prompt
        assert prompt.endswith("\n\nQuestion: Where is parking?<|assistant|>")
    finally:
        close_window(window)
