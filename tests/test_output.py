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
        if delta.taken_back:  # the answer so far was reasoning
            content = ""
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


@pytest.mark.parametrize("opening, closing", [("<think>", "</think>"), ("[THINK]", "[/THINK]"),
                                              ("<|START_THINKING|>", "<|END_THINKING|>"),
                                              ("<thinking>", "</thinking>")])
def test_reasoning_closed_but_never_opened_is_taken_back(opening: str, closing: str) -> None:
    # the template opened it in the prompt (a server's, or one that does not say so)
    text = f"Planning: 2 < 3.\n{closing}\n\nVisible answer."
    for pieces in every_split(text):
        assert run(pieces) == ("Visible answer.", "Planning: 2 < 3.", False)
    assert run(["Plan", " it", (closing,), " Visible"]) == ("Visible", "Plan it", False)
    # once only: a second closing tag is text
    assert run([f"a{closing}b{closing}c"]) == (f"b{closing}c", "a", False)
    # an answer about the tags keeps them: opened in it, in code, or after real reasoning
    assert run([f"Use {opening} and {closing} tags"])[:2] == (
        f"Use {opening} and {closing} tags", "")
    assert run([f"Write `{closing}` to close"])[:2] == (f"Write `{closing}` to close", "")
    assert run([f"{opening}plan{closing}Say {closing}"])[:2] == (f"Say {closing}", "plan")
    # an answer that goes on keeps its text
    assert run([f"more{closing} text"], strip_leading=False)[:2] == (
        f"more{closing} text", "")


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


def test_harmony_tool_calls_are_calls_not_reasoning() -> None:
    """A commentary message to=functions.NAME ended by <|call|> is a call (was: its
    arguments given as reasoning, the function's name lost), in either place harmony puts
    the recipient, whether <|call|> reaches the parser, stops it or ends the output."""
    thought = "<|channel|>analysis<|message|>Need the weather.<|end|>"
    for header in ("<|start|>assistant<|channel|>commentary to=functions.get_weather "
                   "<|constrain|>json<|message|>",
                   "<|start|>assistant to=functions.get_weather<|channel|>commentary json"
                   "<|message|>"):
        for ending, stops in (("<|call|>", ()), ("<|call|>", ("<|call|>",)), ("", ())):
            for pieces in every_split(thought + header + '{"city": "Paris"}' + ending):
                parser = OutputParser(stops, markers=("<|constrain|>",))
                calls = [c for p in pieces for c in parser.feed(p).calls]
                calls += parser.finish().calls
                assert calls == [("get_weather", '{"city": "Paris"}')], (header, ending)
                assert (parser.content, parser.reasoning) == ("", "Need the weather.")
    # cut off before its arguments are whole: no call
    parser = OutputParser()
    parser.feed(thought + header + '{"city": "Par')
    assert parser.finish().calls == []


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
    ("<|channel|>analysis<|message|>x<|end|><|start|>assistant<|channel|>final<|message|>Cacti",
     "Cacti"),
    ("<think>", ""),
    ("</think>", ""),
])
def test_titles_never_show_reasoning_or_markup(answer: str, title: str) -> None:
    assert clean_title(answer) == title


CHATML_START = "<|im_start|>"


@pytest.mark.parametrize("pieces", [
    ["Hello!", (CHATML_START,), "user", "\nWhat about you?"],
    ["Hello!", CHATML_START, "user\nWhat about you?"],  # written as text
    ["Hel", "lo!<|im_", "start|>user\nWhat"],
    ["Hello!", ("<start_of_turn>",), "user\nMore"],
])
def test_a_turn_start_after_text_ends_the_answer(pieces) -> None:
    starts = ("<start_of_turn>",) if ("<start_of_turn>",) in pieces else (CHATML_START,)
    assert run(pieces, markers=starts, turn_starts=starts) == ("Hello!", "", True)


@pytest.mark.parametrize("pieces, expected", [
    ([(CHATML_START,), "assistant", "\nCactus Care"], ("Cactus Care", "", False)),
    ([CHATML_START + "assistant\n", "Cactus Care"], ("Cactus Care", "", False)),
    ([(CHATML_START,), "model\n\n", ("<think>",), "plan", ("</think>",), "Yes"],
     ("Yes", "plan", False)),
    ([(CHATML_START,), "user", "\nWhat about you?"], ("", "", True)),
    ([(CHATML_START,), "Hello there, how can I help you today? I am a helpful model."],
     ("Hello there, how can I help you today? I am a helpful model.", "", False)),
])
def test_a_turn_start_before_any_text_is_the_models_own_header(pieces, expected) -> None:
    """The model's own role line is dropped; another role's ends the answer; text that is no
    role line stays the answer."""
    assert run(pieces, markers=(CHATML_START,), turn_starts=(CHATML_START,)) == expected


LLAMA3_START, LLAMA3_END = "<|start_header_id|>", "<|end_header_id|>"


@pytest.mark.parametrize("role, expected", [
    ("assistant", ("Hello from llama.", "", False)),
    ("user", ("", "", True)),
])
def test_a_role_line_closed_by_a_marker_is_the_models_own_header(role, expected) -> None:
    """Llama 3 ends a header with a marker token, not a line break: the role between the
    markers is the header too."""
    pieces = ["\n", (LLAMA3_START,), role, (LLAMA3_END,), "\n\nHello", " from", " llama."]
    assert run(pieces, markers=(LLAMA3_START, LLAMA3_END),
               turn_starts=(LLAMA3_START,)) == expected


def test_a_turn_start_naming_another_role_ends_even_an_empty_answer() -> None:
    assert run([("<|user|>",), "\nHi"], turn_starts=("<|user|>",)) == ("", "", True)
    assert run(["Sure.", ("<|user|>",), "\nHi"], turn_starts=("<|user|>",)) == (
        "Sure.", "", True)


def test_a_turn_start_inside_reasoning_ends_the_turn() -> None:
    pieces = [("<think>",), "plan", (CHATML_START,), "user\nmore"]
    assert run(pieces, turn_starts=(CHATML_START,)) == ("", "plan", True)


def test_reasoning_after_text_is_kept_apart_when_the_model_marks_it() -> None:
    """A reasoning block after some text, as marker tokens or as the template's own markers,
    is reasoning; as plain text of no template it stays text."""
    pieces = ["Sure.\n", ("<think>",), "late thoughts", ("</think>",), " Late answer"]
    assert run(pieces) == ("Sure.\n Late answer", "late thoughts", False)
    text = ["Sure.\n<think>late thoughts</think> Late answer"]
    assert run(text, markers=("<think>", "</think>")) == (
        "Sure.\n Late answer", "late thoughts", False)
    assert run(["<think>a</think>B", ("<think>",), "c", ("</think>",)]) == ("B", "a\n\nc", False)


def test_streamed_reasoning_starts_without_white_space() -> None:
    parser = OutputParser()
    deltas = [parser.feed(p) for p in ("<think>", " plan", " it", "</think>", "Done")]
    assert "".join(d.reasoning for d in deltas) == "plan it"


def test_a_one_word_answer_after_a_turn_start_is_the_answer() -> None:
    """A role header ends its line; a word alone at the end is what the model answered."""
    assert run([(CHATML_START,), "Paris"], turn_starts=(CHATML_START,)) == ("Paris", "", False)


@pytest.mark.parametrize(("pieces", "answer", "reasoning"), [
    (["\n"], "\n", ""),
    (["\n", "The", " dragon"], "\nThe dragon", ""),
    ([" \n", "\n", "Hi"], "\n\nHi", ""),
    ([" It", " is"], "It is", ""),  # (a SentencePiece word's mark before the first word)
    (["  x"], " x", ""),
    (["\n", "<think>", "hm", "</think>", "\n\nHi"], "Hi", "hm"),
])
def test_the_white_space_before_an_answer_is_kept_when_asked_for(pieces, answer,
                                                                 reasoning) -> None:
    """The local API gives every token the model wrote (was: a first "\\n" dropped, so
    max_tokens 1 gave "" with one token counted), but for one space first, the mark of a
    SentencePiece word that a detokenizer drops at a text's start; the window drops it all."""
    assert run(pieces, keep_leading=True)[:2] == (answer, reasoning)
    assert run(pieces)[:2] == (answer.lstrip(), reasoning)
