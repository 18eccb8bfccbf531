"""A model's title answer becomes a plain title: no labels, Markdown, quotes, hidden
characters or reasoning, however a model combines them."""

from __future__ import annotations

import itertools

import pytest

from chatapp.chat import clean_title, title_from

LABELS = ["Title", "title", "TITLE", "Judul", "Tajuk", "Pamagat", "Suggested title",
          "Here's a title", "Sure! Here is a title"]
LABEL_FORMS = ["{label}: {title}", "**{label}:** {title}", "**{label}**: {title}",
               "*{label}*: {title}", "__{label}:__ {title}", "## {label}: {title}",
               "**{label}: {title}**", "{label}：{title}", "{label} - {title}",
               "> {label}: {title}"]
TITLE_FORMS = ["{t}", '"{t}"', "**{t}**", '**"{t}"**', '"**{t}**"', "*{t}*", "_{t}_",
               "`{t}`", "\u201c{t}\u201d", "'{t}'", "\u00ab{t}\u00bb", '"{t}', '{t}"',
               "\u201c{t}", "{t}.", '"{t}."', "~~{t}~~", "***{t}***"]


@pytest.mark.parametrize("label_form, label, title_form", list(
    itertools.product(LABEL_FORMS, LABELS, TITLE_FORMS)))
def test_labels_emphasis_and_quotes_in_any_combination_leave_the_title(
        label_form: str, label: str, title_form: str) -> None:
    answer = label_form.format(label=label, title=title_form.format(t="Cactus Care"))
    assert clean_title(answer) == "Cactus Care", answer


@pytest.mark.parametrize("title_form", TITLE_FORMS)
def test_a_title_wrapped_without_a_label(title_form: str) -> None:
    assert clean_title(title_form.format(t="Cactus Care")) == "Cactus Care"


@pytest.mark.parametrize("answer, title", [
    ("![img](http://x/y.png) Cactus Care", "Cactus Care"),
    ("[Cactus](http://x) Care", "Cactus Care"),
    ("[Cactus Care](http://evil.example/a_(b))", "Cactus Care"),
    ("**Title:** ![logo](x.png) [Cactus](http://x) Care", "Cactus Care"),
    ("Cactus **Care** Tips", "Cactus Care Tips"),
    ("Repotting `cactus` Plants", "Repotting cactus Plants"),
    ("Visitors park behind the bakery [1] and pay nothing [2].",
     "Visitors park behind the bakery and pay nothing"),  # citations of sources
    ("Parking [1, 2] Rules", "Parking Rules"),
])
def test_markdown_links_images_and_emphasis_leave_their_words(answer: str, title: str) -> None:
    assert clean_title(answer) == title


@pytest.mark.parametrize("answer, title", [
    ('"Cactus" Care Tips', '"Cactus" Care Tips'),
    ('Why "Cactus" Care Matters', 'Why "Cactus" Care Matters'),
    ('"Cactus" and "Care"', '"Cactus" and "Care"'),
    ("Cactus Lovers' Guide", "Cactus Lovers' Guide"),
    ("Rock 'n' Roll Cacti", "Rock 'n' Roll Cacti"),
    ("Title Fight Training", "Title Fight Training"),
    ("Choosing Titles for Books", "Choosing Titles for Books"),
])
def test_quotes_and_words_inside_a_title_stay(answer: str, title: str) -> None:
    assert clean_title(answer) == title


INVISIBLE = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
             "\u2069", "\u200b", "\u2060", "\ufeff", "\u200e", "\u200f", "\u061c"]


@pytest.mark.parametrize("char", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_invisible_characters_are_left_out(char: str) -> None:
    assert clean_title(f"{char}Cactus{char} Care{char}") == "Cactus Care"
    assert clean_title(f"**{char}Title:**{char} {char}\"Cactus Care\"") == "Cactus Care"
    assert title_from(f"evil {char}text{char}") == "evil text"


def test_joiners_that_spell_words_and_emoji_stay() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert title_from(f"Plans for the {family} trip") == f"Plans for the {family} trip"
    assert clean_title("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645")  # Persian: a non-joiner


def test_a_right_to_left_override_cannot_reverse_a_title() -> None:
    assert clean_title("\u202eLive") == "Live"
    assert title_from("Hello \u202eevil\u202c world") == "Hello evil world"
    assert clean_title("\u202e\u200b") == ""


@pytest.mark.parametrize("answer, title", [
    ("<think>short</think><think>again</think> Real Title", "Real Title"),
    ("<think>short</think>\n\n<think>again</think>\n Real Title", "Real Title"),
    ("<think>a</think>[THINK]b[/THINK]<thinking>c</thinking>**Title:** Real Title",
     "Real Title"),
    ("<think>short</think><think>cut off inside the second", ""),
    ("<think>short</think>", ""),
])
def test_every_reasoning_block_before_the_title_is_left_out(answer: str, title: str) -> None:
    assert clean_title(answer) == title


@pytest.mark.parametrize("message, title", [
    ("# Malaking tanong 📚\n\n```python\ndef f(x):\n    return x\n```\n\nAt **ito** ang tanong",
     "Malaking tanong 📚 At ito ang tanong"),
    ("```python\nprint('only code')\n```", "print('only code')"),
    ("> quoted *text* here", "quoted text here"),
    ("See [the docs](http://x.example/a) and ![pic](p.png)", "See the docs and"),
    ("What is 2*3*4?", "What is 2*3*4?"),  # arithmetic, not emphasis
    ("a_b_c and snake_case", "a_b_c and snake_case"),
    ("#hashtag is no heading", "#hashtag is no heading"),
    ("use `ls -la` now", "use ls -la now"),
])
def test_a_first_messages_title_reads_its_markdown_as_text(message: str, title: str) -> None:
    assert title_from(message) == title


@pytest.mark.parametrize("answer", [
    "Write a title of at most six words for a conversation that starts with",
    "write a title of at most six words for a conversation",
    "**Write a title of at most** six words",
])
def test_the_request_said_back_is_no_title(answer: str) -> None:
    """A base model behind a server continues the request instead of answering it: that
    text is not taken as the title (the first message's stays)."""
    assert clean_title(answer) == ""
    assert clean_title("Writing a Title for Cactus Care") == "Writing a Title for Cactus Care"


@pytest.mark.parametrize("answer, title", [
    ("the", ""),  # a base model behind a server, asked for a title, goes on with the text
    ("three, four, five, six", ""),
    ("and the rest of the story", ""),
    ("iPhone Battery Tips", "iPhone Battery Tips"),
    ("Cactus care", "Cactus care"),
    ("\u4ed9\u4eba\u638c\u7684\u517b\u62a4", "\u4ed9\u4eba\u638c\u7684\u517b\u62a4"),  # no case
    ("2024 Budget", "2024 Budget"),
])
def test_words_all_in_lower_case_are_no_title(answer: str, title: str) -> None:
    """(was: a remote base model's conversation was titled "the")"""
    assert clean_title(answer) == title


@pytest.mark.parametrize(("answer", "title"), [
    ("Cuti tahunan 14 hari [1]. Anggaran [2], lihat [3] dan [4]",
     "Cuti tahunan 14 hari. Anggaran, lihat dan"),
    ("Cuti tahunan [1][2]: 14 hari [3, 4]!", "Cuti tahunan: 14 hari!"),
    ("Cuti tahunan 14 hari [1] [2]", "Cuti tahunan 14 hari"),
    ("Cuti[1]tahunan", "Cuti tahunan"),
])
def test_citation_marks_leave_no_space_before_punctuation(answer: str, title: str) -> None:
    """was: "Cuti tahunan 14 hari . Anggaran" (the space before a removed [1] stayed)."""
    assert clean_title(answer) == title
