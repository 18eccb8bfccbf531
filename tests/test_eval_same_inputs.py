"""`chatapp eval` and the window's Evaluate dialog give a model the same inputs: the chat
template chosen for it in the window is the one both use (real llama.cpp on a tiny GGUF, the
real CLI and a real database)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed")

TEMPLATE = ("{% for m in messages %}<<{{ m['role'] }}>> {{ m['content'] }}\n{% endfor %}"
            "{% if add_generation_prompt %}<<assistant>> {% endif %}")


def test_the_command_line_answers_with_the_template_chosen_in_the_window(
        tiny_home: Path, tmp_path: Path) -> None:
    """was: the window's answers used it and `chatapp eval`'s the model's own (or a fallback),
    so the same config at temperature 0 passed in one and failed in the other."""
    from chatapp.cli import main
    from chatapp.context import open_app

    app = open_app()
    try:
        model = next(m for m in app.library.models() if m.file_name == "tiny-llama-F32.gguf")
        app.settings.template_overrides = {model.key: TEMPLATE}
        app.settings_file.save(app.settings)
    finally:
        app.close()
    prompts = tmp_path / "set.txt"
    prompts.write_text("hello\n", encoding="utf-8")
    out = tmp_path / "run"
    assert main(["eval", "--models", model.file_name, "--prompts", str(prompts), "--out",
                 str(out), "--max-tokens", "2"]) == 0
    (line,) = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    app = open_app()
    try:
        message = app.store.message(json.loads(line)["message_id"])
        assert message.template_source == "override", message.template_source
    finally:
        app.close()
