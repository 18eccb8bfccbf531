"""Answers end where the turn ends and show only the answer: real llama.cpp on tiny models
whose output follows a fixed token script (tests/scripted_gguf.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from scripted_gguf import write_scripted

from chatapp.engine.client import ModelWorker

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

HI = [{"role": "user", "content": "Hi"}]


def answer(path: Path, messages=HI, max_tokens: int = 30, **params):
    """(answer text, reasoning, finish reason, stats) of one greedy answer."""
    worker = ModelWorker()
    try:
        worker.load(path, n_ctx=512)
        generation = worker.generate(messages, {"max_tokens": max_tokens, "temperature": 0.0,
                                                "seed": 1, **params})
        text = "".join(generation)
        return text, generation.reasoning, generation.result.finish_reason, \
            generation.result.stats
    finally:
        worker.stop()


def turn_template(start: str, user: str, bot: str, end: str, prefix: str = "",
                  suffix: str = "") -> str:
    """A Command-R-like template: every turn is start + role + text + end."""
    return ("{{ bos_token }}{% for m in messages %}" + start +
            "{% if m['role'] == 'user' %}" + user + "{{ m['content'] }}" + end +
            "{% else %}" + bot + prefix + "{{ m['content'] }}" + suffix + end + "{% endif %}"
            "{% endfor %}{% if add_generation_prompt %}" + start + bot + "{% endif %}")


@pytest.mark.parametrize("end", ["<|END_OF_TURN_TOKEN|>", "<|turn_over|>", "<eot>",
                                 "[END_TURN]"])
@pytest.mark.parametrize("kind", ["control", "user"])
def test_a_templates_own_turn_end_token_ends_the_answer(tmp_path: Path, end: str,
                                                        kind: str) -> None:
    """The turn-end marker is a special token outside llama.cpp's end-of-generation list and
    the GGUF's EOS is another token: the answer still ends at the marker."""
    start, user, bot = "<|SOT|>", "<|USER|>", "<|BOT|>"
    path = tmp_path / "turn-end.gguf"
    write_scripted(path, template=turn_template(start, user, bot, end),
                   specials=[(start, "control"), (user, "control"), (bot, "control"),
                             (end, kind)],
                   script=[bot, "▁Sure", "!", end, start, user, "▁Tell", "▁me", "▁more", ".",
                           "▁Tell"], eos="</s>")
    text, reasoning, finish, _ = answer(path)
    assert (text, reasoning, finish) == ("Sure!", "", "stop")


@pytest.mark.parametrize("markers", [("<|START_RESPONSE|>", "<|END_RESPONSE|>"),
                                     ("<|START_TEXT|>", "<|END_TEXT|>"),
                                     ("<answer>", "</answer>")])
@pytest.mark.parametrize("kind", ["control", "user"])
def test_markers_that_frame_the_answer_are_not_shown(tmp_path: Path, markers: tuple[str, str],
                                                     kind: str) -> None:
    opening, closing = markers
    start, user, bot, end = "<|SOT|>", "<|USER|>", "<|BOT|>", "<|EOT|>"
    path = tmp_path / "framed.gguf"
    write_scripted(path, template=turn_template(start, user, bot, end, opening, closing),
                   specials=[(start, "control"), (user, "control"), (bot, "control"),
                             (end, "control"), (opening, kind), (closing, kind)],
                   script=[bot, opening, "▁Hello", "▁there", "!", closing, end], eos=end)
    text, _, finish, _ = answer(path)
    assert (text, finish) == ("Hello there!", "stop")


def test_framing_markers_written_as_plain_text_are_not_shown(tmp_path: Path) -> None:
    """A template's marker that the vocabulary has no token for comes out in pieces of text;
    it is still not answer text."""
    start, user, bot, end = "<|SOT|>", "<|USER|>", "<|BOT|>", "<|EOT|>"
    path = tmp_path / "framed-text.gguf"
    write_scripted(path, template=turn_template(start, user, bot, end, "<|RESP|>", ""),
                   specials=[(start, "control"), (user, "control"), (bot, "control"),
                             (end, "control")],
                   script=[bot, "<", "|", "RESP", "|>", "▁Hi", "▁you", end], eos=end)
    text, _, finish, _ = answer(path)
    assert (text, finish) == ("Hi you", "stop")


CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
          "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")
CHATML_SPECIALS = [("<|im_start|>", "control"), ("<|im_end|>", "control")]


@pytest.mark.parametrize("tags", [("<think>", "</think>"), ("[THINK]", "[/THINK]"),
                                  ("<|START_THINKING|>", "<|END_THINKING|>"),
                                  ("<seed:think>", "</seed:think>")])
def test_reasoning_is_kept_apart_from_the_answer(tmp_path: Path, tags: tuple[str, str]) -> None:
    opening, closing = tags
    path = tmp_path / "reasoning.gguf"
    write_scripted(path, template=CHATML,
                   specials=CHATML_SPECIALS + [(opening, "user"), (closing, "user")],
                   script=[0x0A, opening, "▁The", "▁user", "▁greets", ".", closing, "▁Hello",
                           "!", "<|im_end|>"], eos="</s>")
    text, reasoning, finish, stats = answer(path)
    assert (text, reasoning.strip(), finish) == ("Hello!", "The user greets.", "stop")
    assert stats["reasoning_tokens"] >= 4 and stats["reasoning_s"] >= 0


def test_reasoning_written_in_plain_text_pieces_is_found(tmp_path: Path) -> None:
    """Without special tokens for the tags, <think> arrives as several text tokens."""
    path = tmp_path / "reasoning-text.gguf"
    write_scripted(path, template=CHATML, specials=CHATML_SPECIALS,
                   script=[0x0A, "<", "thi", "nk>", "▁Plan", "▁it", "</th", "ink>", "▁Done",
                           ".", "<|im_end|>"], eos="</s>")
    text, reasoning, finish, _ = answer(path)
    assert (text, reasoning.strip(), finish) == ("Done.", "Plan it", "stop")


def test_a_prompt_that_opens_the_reasoning_starts_the_answer_in_it(tmp_path: Path) -> None:
    """DeepSeek-R1-style templates end the prompt with <think>: the model writes only the
    closing tag."""
    template = CHATML.replace("<|im_start|>assistant\n{% endif %}",
                              "<|im_start|>assistant\n<think>\n{% endif %}")
    path = tmp_path / "forced.gguf"
    write_scripted(path, template=template,
                   specials=CHATML_SPECIALS + [("<think>", "user"), ("</think>", "user")],
                   script=[0x0A, "▁Easy", ".", "</think>", "▁Four", "!", "<|im_end|>"],
                   eos="</s>")
    text, reasoning, finish, _ = answer(path, [{"role": "user", "content": "2+2?"}])
    assert (text, reasoning.strip(), finish) == ("Four!", "Easy.", "stop")


def test_an_answer_cut_inside_its_reasoning_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "long-thought.gguf"
    words = [f"▁w{i}" for i in range(40)]
    write_scripted(path, template=CHATML,
                   specials=CHATML_SPECIALS + [("<think>", "user"), ("</think>", "user")],
                   script=[0x0A, "<think>", *words, "</think>", "▁Yes", "<|im_end|>"],
                   eos="</s>")
    text, reasoning, finish, _ = answer(path, max_tokens=12)
    assert text == "" and finish == "length"
    assert reasoning.split()[:3] == ["w0", "w1", "w2"]


HARMONY = (
    "{%- for m in messages -%}"
    "{%- if m['role'] == 'user' -%}<|start|>user<|message|>{{ m['content'] }}<|end|>"
    "{%- elif loop.last and not add_generation_prompt -%}"
    "<|start|>assistant<|channel|>final<|message|>{{ m['content'] }}<|return|>"
    "{%- else -%}<|start|>assistant<|channel|>final<|message|>{{ m['content'] }}<|end|>"
    "{%- endif -%}{%- endfor -%}"
    "{%- if add_generation_prompt -%}<|start|>assistant{%- endif -%}")


@pytest.mark.parametrize("with_call", [True, False])
def test_harmony_analysis_is_reasoning_and_final_is_the_answer(tmp_path: Path,
                                                               with_call: bool) -> None:
    """gpt-oss: <|end|> closes the analysis message, not the turn (llama.cpp counts it as an
    end of generation unless the vocabulary also has <|call|>)."""
    names = ["<|start|>", "<|channel|>", "<|message|>", "<|end|>", "<|return|>"]
    names += ["<|call|>"] if with_call else []
    specials = [(n, "control") for n in names] + [("assistant", "user"), ("analysis", "user"),
                                                 ("final", "user")]
    path = tmp_path / "harmony.gguf"
    # a token may have one successor only: the second header comes as pieces of text
    write_scripted(path, template=HARMONY, specials=specials,
                   script=["assistant", "<|channel|>", "analysis", "<|message|>", "▁The",
                           "▁capital", "▁question", ".", "<|end|>", "<|start|>", "▁assistant",
                           "<", "|", "chan", "nel", "|>", "final", "<|", "mess", "age|", ">",
                           "▁Paris", "!", "<|return|>"],
                   eos="<|return|>")
    text, reasoning, finish, _ = answer(path, [{"role": "user", "content": "Capital?"}])
    assert (text, reasoning.strip(), finish) == ("Paris!", "The capital question.", "stop")


def test_going_on_with_an_answer_where_the_answers_room_is_short_uses_what_is_left(
        tiny_model: Path) -> None:
    """A conversation that leaves less of the context than the room kept for the answer,
    but 64 tokens at least, goes on in what is left, as LM Studio or Ollama do (was: refused
    with "256 tokens are kept for it" though 240 were free); one that leaves less than 64 is
    refused, naming that least room (was: "too long for this model's context of 512 tokens
    (270 tokens)", which contradicts itself)."""
    worker = ModelWorker()
    try:
        worker.load(tiny_model, n_ctx=512)
        messages = [{"role": "user", "content": "Hi"},
                    {"role": "assistant", "content": "word " * 130}]  # an answer grown long
        generation = worker.generate(messages, {"max_tokens": 9999, "temperature": 0.0,
                                                "continue": True, "ignore_eos": True})
        assert "".join(generation)
        result = generation.result
        assert result.finish_reason == "length", result
        assert generation.prompt_tokens + result.stats["completion_tokens"] <= 512
        assert generation.prompt_tokens + 64 <= 512 < generation.prompt_tokens + 256
        messages[-1]["content"] = "word " * 230  # now less than 64 tokens are left
        generation = worker.generate(messages, {"max_tokens": 9999, "temperature": 0.0,
                                                "continue": True})
        assert "".join(generation) == ""
        error = " ".join(generation.result.error.split())
        assert "leaves too little of this model's context of 512 tokens to go on with the " \
               "answer (64 tokens are kept for it)" in error, error
    finally:
        worker.stop()


def test_going_on_with_an_answer_never_leaves_out_its_question(tiny_model: Path) -> None:
    """The only question is long, the answer short: leaving the question out would give the
    answer more room, but it would go on without what it answers (was: so, silently); it
    goes on with its question, in the room that leaves."""
    worker = ModelWorker()
    try:
        worker.load(tiny_model, n_ctx=512)
        messages = [{"role": "user", "content": "word " * 130},
                    {"role": "assistant", "content": "Once"}]
        generation = worker.generate(messages, {"max_tokens": 9999, "temperature": 0.0,
                                                "continue": True})
        "".join(generation)
        assert generation.result.finish_reason != "error", generation.result
        assert generation.prompt_tokens > 130  # the question is in the prompt
    finally:
        worker.stop()
