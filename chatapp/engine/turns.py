"""Where a model's turn ends: the marker its chat template writes after an answer.

llama.cpp's own end-of-generation list holds a GGUF's EOS/EOT ids and a fixed list of known
turn-end names; a template may end turns with another control token (Command-R's
``<|END_OF_TURN_TOKEN|>``, ``<|END_RESPONSE|>``…). The template itself says which: rendered
with an answer, the text right after the answer starts with it. The worker resolves that text
to a token id with the model's vocabulary and ends the turn on the id, since a control token's
text is never part of the answer's text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from chatapp.engine.output import H_END, is_harmony, template_markers
from chatapp.engine.templates import ChatTemplate, TemplateError, render

# Stands for an answer's text in a probe render (letters only: survives ``trim``).
SENTINEL = "Zqxjv answer text vjxqZ"
_QUESTION = "Zqxjv first question vjxqZ"
_NEXT = "Zqxjv next question vjxqZ"


def text_after_answer(template: ChatTemplate, bos_token: str = "",
                      eos_token: str = "") -> tuple[str, str]:
    """What a template writes after an assistant's answer: (after the last answer of a
    conversation, after an answer that the next question follows up to that question).
    Either is "" where the template fails or writes nothing there."""
    question = {"role": "user", "content": _QUESTION}
    answer = {"role": "assistant", "content": SENTINEL}
    results = []
    for messages in ([question, answer], [question, answer, {"role": "user", "content": _NEXT}]):
        try:
            text = render(template, messages, bos_token=bos_token, eos_token=eos_token,
                          add_generation_prompt=False, deadline_s=1.0)
        except TemplateError:
            results.append("")
            continue
        at = text.find(SENTINEL)
        after = text[at + len(SENTINEL):] if at >= 0 else ""
        if len(messages) == 3:
            after = after.split(_NEXT, 1)[0]
        results.append(after)
    return results[0], results[1]


def end_candidates(template: ChatTemplate, bos_token: str = "",
                   eos_token: str = "") -> list[str]:
    """Texts that may begin with the template's end-of-turn marker, most telling first.

    In harmony (gpt-oss) ``<|end|>`` only closes a message, so a text starting with it after
    a mid-conversation answer does not count.
    """
    last, middle = text_after_answer(template, bos_token, eos_token)
    found = [t for t in (last, middle) if t.strip()]
    if is_harmony(template.text):
        found = [t for t in found if not t.lstrip().startswith(H_END)]
    return found


def spoken_turn_start(template: ChatTemplate, markers_in: Callable[[str], list[str]],
                      bos_token: str = "", eos_token: str = "") -> str | None:
    """The words a template opens the next turn with right after its end marker ("USER:",
    "### Instruction:"): a line of at most 40 characters that ends in ":" and holds no
    marker; None when there is none. A model that writes them has begun the next turn
    itself (as Ollama's and LM Studio's presets for these formats stop there)."""
    _, middle = text_after_answer(template, bos_token, eos_token)
    first = next(iter(markers_in(middle)), None)
    if first is None:
        return None
    line = middle.split(first, 1)[1].strip().split("\n", 1)[0].strip()
    if (line.endswith(":") and len(line) <= 40 and any(c.isalpha() for c in line)
            and not markers_in(line) and not template_markers(line)):
        return line
    return None


def turn_start(template: ChatTemplate, markers_in: Callable[[str], list[str]],
               bos_token: str = "", eos_token: str = "", skip: Iterable[str] = ()) -> str | None:
    """The marker the template opens the next turn with (``<|im_start|>``,
    ``<start_of_turn>``, ``<|start_header_id|>``, ``[INST]``, ``<|user|>``): the first marker,
    other than the turn's end (skip: the stop strings, BOS and EOS), in what the template
    writes between an answer and the next question. markers_in(text) lists a text's marker
    tokens in order (the model's vocabulary); the template's marker-like literals are the
    fallback. None for harmony (its parser reads turns itself) or when there is none."""
    if is_harmony(template.text):
        return None
    _, middle = text_after_answer(template, bos_token, eos_token)
    skipped = {s for s in (*skip, bos_token, eos_token) if s}
    literal = sorted(template_markers(middle), key=middle.find)
    for marker in [*markers_in(middle), *literal]:
        if marker.strip() and marker not in skipped:
            return marker
    return None
