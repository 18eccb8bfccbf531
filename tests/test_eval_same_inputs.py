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


QUESTIONS = ["The capital of France is", "Once upon a time, in a small village,",
             "def fibonacci(n):", "Photosynthesis is the process", "Jakarta adalah ibu kota",
             "1, 2, 3, 4, 5,", "The best way to learn a language", "Water boils at",
             "Ang pinakamagandang lugar sa Pilipinas ay", "My favourite colour is"]
SYSTEM = "You answer briefly and truthfully, in the language of the question, and you never "\
    "make up facts; where you do not know, you say so."


def test_an_evaluation_gives_the_models_own_answers_whatever_ran_before(
        starter_home: Path, tmp_path: Path) -> None:
    """At temperature 0 two variants that ask the same get the same answers, and a run made
    after a chat (its prompt cached by the model) gives the answers of a run in a fresh
    app, on the real starter model (was: a model's answers were decoded several at once
    and took prompts from the model's cache, so at near-ties identical variants scored 62%
    and 54%, and two runs of one set differed in 15 of 48 answers)."""
    from chatapp.compare.evaluate import EvalRun
    from chatapp.compare.prompts import load_prompts
    from chatapp.compare.variants import Variant
    from chatapp.context import open_app

    prompts_file = tmp_path / "set.txt"
    prompts_file.write_text("\n".join(QUESTIONS) + "\n", encoding="utf-8")
    params = {"max_tokens": 16, "temperature": 0.0, "seed": 1}

    def answers(app, folder: str) -> dict[tuple[str, str], str]:
        variants = [Variant(name, "gemma-3-270m-q4_k_m", system=SYSTEM) for name in "ab"]
        for variant in variants:
            variant.resolve(app.catalogue)
        results = EvalRun(app.chat.pipeline, load_prompts(prompts_file), variants,
                          tmp_path / folder, params).run()
        assert len(results) == 2 * len(QUESTIONS) and not any(r.failed for r in results)
        return {(r.prompt_id, r.model): r.answer for r in results}

    app = open_app()
    try:
        first = answers(app, "first")
    finally:
        app.close()
    assert all(first[(p, "a")] == first[(p, "b")] for p, _ in first)
    app = open_app()
    try:  # the model holds a conversation's prompt first
        model = app.library.resolve("gemma-3-270m-q4_k_m")
        conversation = app.store.create_conversation(title="before")
        user = app.store.add_message(conversation.id, None, "user", QUESTIONS[0])
        app.chat.pipeline.start(conversation.id, user.id, model,
                                [{"role": "system", "content": SYSTEM},
                                 {"role": "user", "content": user.content}], params).to_end()
        again = answers(app, "again")
    finally:
        app.close()
    assert again == first


def test_the_answers_made_at_once_are_asked_for_and_the_report_says_how_they_were_made(
        tiny_home: Path, tmp_path: Path) -> None:
    """`chatapp eval` makes a model's answers one at a time unless -j (--max-concurrency)
    asks for more; run.json keeps it and the report says what it means for the answers."""
    from chatapp.cli import main

    prompts = tmp_path / "set.txt"
    prompts.write_text("hello\nworld\n", encoding="utf-8")
    for extra, together, said in (
            ([], 1, "Each answer was made alone, from its whole prompt"),
            (["-j", "3"], 3, "Up to 3 answers of a model were made at once")):
        out = tmp_path / f"run-{together}"
        assert main(["eval", "--models", "tiny-llama-F32", "--prompts", str(prompts),
                     "--out", str(out), "--max-tokens", "2", *extra]) == 0
        assert json.loads((out / "run.json").read_text(encoding="utf-8"))["together"] == together
        assert said in (out / "report.html").read_text(encoding="utf-8")
