"""The answer apart from its reasoning and markup, however the pieces arrive."""

from __future__ import annotations

import pytest

from chatapp.chat import clean_title
from chatapp.engine.output import (
    OutputParser,
    reasoning_close_for,
    split_reasoning,
    template_markers,
)
from chatapp.engine.templates import choose_template


def run(pieces, **options) -> tuple[str, str, bool]:
    """Feed pieces (a tuple is a marker token) one by one; (answer, reasoning, stopped),
    also checking that the streamed deltas add up to the totals."""
    parser = OutputParser(**options)
    content = reasoning = ""
    for piece in pieces:
        marker = isinstance(piece, tuple)
        delta = parser.feed(piece[0] if marker else piece, marker=marker)
        content += delta.content
        reasoning += delta.reasoning
    delta = parser.finish()
    content += delta.content
    reasoning += delta.reasoning
    assert (content, reasoning) == (parser.content, parser.reasoning)
    return content, reasoning.strip(), parser.stopped


def every_split(text: str) -> list[list[str]]:
    """text cut into pieces in several ways: whole, per character, in threes."""
    return [[text], list(text), [text[i:i + 3] for i in range(0, len(text), 3)]]


@pytest.mark.parametrize("opening, closing", [("<think>", "</think>"), ("[THINK]", "[/THINK]"),
                                              ("<|START_THINKING|>", "<|END_THINKING|>"),
                                              ("<seed:think>", "</seed:think>"),
                                              ("<thinking>", "</thinking>")])
def test_reasoning_tags_split_however_the_pieces_fall(opening: str, closing: str) -> None:
    text = f"\n{opening}\nFirst, 2 < 3.\n{closing}\n\nThe answer is 5."
    for pieces in every_split(text):
        assert run(pieces) == ("The answer is 5.", "First, 2 < 3.", False)


def test_reasoning_tags_as_marker_tokens() -> None:
    pieces = [("<think>",), "Plan", " it", ("</think>",), "\n\n", "Done"]
    assert run(pieces) == ("Done", "Plan it", False)


def test_a_tag_in_the_middle_of_an_answer_is_text() -> None:
    assert run(["Use ", "<think>", " tags"]) == ("Use <think> tags", "", False)


def test_a_marker_token_with_no_meaning_is_dropped() -> None:
    assert run(["Hi", ("<|START_RESPONSE|>",), " there", ("<|END_RESPONSE|>",)]) == (
        "Hi there", "", False)


def test_template_markers_written_as_text_are_dropped() -> None:
    markers = template_markers("{{ '<|START_RESPONSE|>' + m + '<|END_RESPONSE|>' }}")
    for pieces in every_split("<|START_RESPONSE|>Hello there!<|END_RESPONSE|>"):
        assert run(pieces, markers=markers) == ("Hello there!", "", False)


def test_stop_strings_cut_the_text_and_end_the_turn() -> None:
    for pieces in every_split("Sure!\nQuestion: more"):
        assert run(pieces, stops=("\nQuestion:",)) == ("Sure!", "", True)


def test_a_partial_stop_string_is_text_at_the_end() -> None:
    assert run(["a <|im_e"], stops=("<|im_end|>",)) == ("a <|im_e", "", False)


def test_a_prompt_that_opened_the_reasoning() -> None:
    assert reasoning_close_for("<|im_start|>assistant\n<think>\n") == "</think>"
    assert reasoning_close_for("<|im_start|>assistant\n<think>\n\n</think>\n\n") is None
    assert run(["plan", "</think>", "\n\nAnswer"], reasoning_close="</think>") == (
        "Answer", "plan", False)


def test_reasoning_cut_off_is_kept_and_reported_open() -> None:
    assert split_reasoning("<think>\nAlright, the person is asking") == (
        "", "Alright, the person is asking", True)


HARMONY_OUTPUT = ("<|channel|>analysis<|message|>The user wants the capital.<|end|>"
                  "<|start|>assistant<|channel|>final<|message|>Paris.")


def test_harmony_channels_as_text() -> None:
    for pieces in every_split(HARMONY_OUTPUT):
        assert run(pieces, stops=("<|return|>", "<|call|>")) == (
            "Paris.", "The user wants the capital.", False)


def test_harmony_end_after_the_final_message_ends_the_turn() -> None:
    text = HARMONY_OUTPUT + "<|end|><|start|>user<|message|>more"
    assert run([text]) == ("Paris.", "The user wants the capital.", True)


def test_harmony_commentary_is_not_the_answer() -> None:
    text = ("<|channel|>analysis<|message|>Think.<|end|><|start|>assistant<|channel|>commentary"
            "<|message|>Checking.<|end|><|start|>assistant<|channel|>final<|message|>Done")
    content, reasoning, _ = run([text])
    assert content == "Done" and reasoning == "Think.\n\nChecking."


def test_harmony_templates_do_not_stop_at_the_end_of_a_message() -> None:
    template = choose_template(
        "{% for m in messages %}<|start|>{{ m.role }}<|channel|>final<|message|>"
        "{{ m.content }}<|end|>{% endfor %}<|start|>assistant", "gpt-oss", "gpt-oss-20b")
    assert "<|end|>" not in template.stop_strings
    assert "<|return|>" in template.stop_strings


@pytest.mark.parametrize("answer, title", [
    ("<think>\nAlright, the person is asking for a short heading about", ""),
    ("<think>\nThe chat is about cacti.\n</think>\n\nRepotting a Cactus Safely",
     "Repotting a Cactus Safely"),
    ("[THINK]hmm[/THINK]**Title: Cactus Care**", "Cactus Care"),
    ("<|START_RESPONSE|>Cactus care<|END_RESPONSE|>", "Cactus care"),
    ("<|channel|>analysis<|message|>x<|end|><|start|>assistant<|channel|>final<|message|>Cacti",
     "Cacti"),
    ("<think>", ""),
    ("</think>", ""),
])
def test_titles_never_show_reasoning_or_markup(answer: str, title: str) -> None:
    assert clean_title(answer) == title
