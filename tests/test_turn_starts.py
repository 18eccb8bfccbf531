"""A model that goes on to write the next turn itself (its template's turn-start marker, no
end of its own turn) stops there, and a model that writes its own turn's header again does not
show it: real llama.cpp on scripted tiny models of three template families, through the one
answer pipeline (the stored answer, the title)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from scripted_gguf import write_scripted

pytestmark = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                reason="llama-cpp-python is not installed")

CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
          "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")
CHATML_SPECIALS = [("<|im_start|>", "control"), ("<|im_end|>", "control")]
GEMMA = ("{{ bos_token }}{% for m in messages %}<start_of_turn>"
         "{{ 'model' if m['role'] == 'assistant' else m['role'] }}\n{{ m['content'] }}"
         "<end_of_turn>\n{% endfor %}{% if add_generation_prompt %}<start_of_turn>model\n"
         "{% endif %}")
GEMMA_SPECIALS = [("<start_of_turn>", "control"), ("<end_of_turn>", "control")]
LLAMA3 = ("{{ bos_token }}{% for m in messages %}<|start_header_id|>{{ m['role'] }}"
          "<|end_header_id|>\n\n{{ m['content'] }}<|eot_id|>{% endfor %}"
          "{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n"
          "{% endif %}")
LLAMA3_SPECIALS = [("<|start_header_id|>", "control"), ("<|end_header_id|>", "control"),
                   ("<|eot_id|>", "control")]
# turns opened with words, after an end marker the model never writes
VICUNA = ("{% for m in messages %}{% if m['role'] == 'user' %}USER: {{ m['content'] }}\n"
          "{% else %}ASSISTANT:\n{{ m['content'] }}{{ eos_token }}\n{% endif %}{% endfor %}"
          "{% if add_generation_prompt %}ASSISTANT:\n{% endif %}")
ALPACA = ("{% for m in messages %}{% if m['role'] == 'user' %}### Instruction:\n"
          "{{ m['content'] }}\n\n### Response:\n{% else %}{{ m['content'] }}{{ eos_token }}"
          "\n\n{% endif %}{% endfor %}")

CASES = {
    # a format whose turns are opened by words ("USER:", "### Instruction:") after the end
    # of the turn: the model that writes them has begun the next one (was: on to the limit)
    "vicuna-next-turn": (VICUNA, [], [
        0x0A, "▁Sure,", "▁here", "▁it", "▁is.", "▁USER:", "▁Tell", "▁more.", "▁ASSISTANT:",
        "▁More", "▁text."], "Sure, here it is. "),
    # HTML tags a vocabulary lists as tokens of their own (Gemma's) are answer text, not
    # markers (was: dropped, "H2O")
    "gemma-html-tags": (GEMMA, [*GEMMA_SPECIALS, ("<sub>", "user"), ("</sub>", "user")], [
        0x0A, "▁H", "<sub>", "2", "</sub>", "O", "<end_of_turn>"], "H<sub>2</sub>O"),
    # a model that never reasons may speak of a reasoning tag: its answer stays whole (was:
    # the text before the tag taken for reasoning)
    "chatml-mentions-think": (CHATML, CHATML_SPECIALS, [
        0x0A, "▁Qwen3", "▁closes", "▁with", "▁</think>,", "▁then", "▁answers.", "<|im_end|>"],
        "Qwen3 closes with </think>, then answers."),
    "alpaca-next-turn": (ALPACA, [], [
        0x0A, "▁Here", "▁is", "▁a", "▁poem.", "▁###", "▁Instruction:", "▁Write", "▁another."],
        "Here is a poem. "),  # (the space before the stop stays, as servers keep it)
    # writes on into a made-up user turn without ending its own
    "chatml-next-turn": (CHATML, CHATML_SPECIALS, [
        0x0A, "▁Hello!", "<|im_start|>", "user", "▁\nWhat", "▁about", "▁you?", "</s>"],
        "Hello!"),
    "gemma-next-turn": (GEMMA, GEMMA_SPECIALS, [
        0x0A, "▁Hi!", "<start_of_turn>", "user", "▁\nTell", "▁more", "</s>"], "Hi!"),
    "llama3-next-turn": (LLAMA3, LLAMA3_SPECIALS, [
        0x0A, "▁Sure.", "<|start_header_id|>", "user", "<|end_header_id|>", "▁More?", "</s>"],
        "Sure."),
    # writes its own turn's header again before the answer
    "chatml-own-header": (CHATML, CHATML_SPECIALS, [
        0x0A, "<|im_start|>", "assistant", "▁\nCactus", "▁Care", "<|im_end|>"], "Cactus Care"),
    "gemma-own-header": (GEMMA, GEMMA_SPECIALS, [
        0x0A, "<start_of_turn>", "model", "▁\nAnswer", "▁text", "<end_of_turn>"],
        "Answer text"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_answer_ends_where_the_model_starts_another_turn(chatapp_home: Path,
                                                             name: str) -> None:
    from chatapp.context import open_app

    template, specials, script, expected = CASES[name]
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    path = models / f"{name}.gguf"
    write_scripted(path, template=template, specials=specials, script=script, name=name)
    app = open_app()
    try:
        model = app.library.resolve(str(path))
        conversation = app.store.create_conversation()
        sampling = app.settings.sampling
        sampling.max_tokens, sampling.seed, sampling.temperature = 32, 1, 0.0
        _user, answer = app.chat.send(conversation.id, "Say hello", model, sampling)
        shown = "".join(answer)
        message = answer.message
        assert (shown, message.content) == (expected, expected)
        assert message.finish_reason == "stop"
        title = app.store.conversation(conversation.id).title
        assert "user" not in title.lower() and "assistant" not in title.lower(), title
    finally:
        app.close()
