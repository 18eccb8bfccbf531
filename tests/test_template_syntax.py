"""A chat template's Jinja syntax error, as the user reads it: one translated phrase for
the common kinds, with the tag names and the line as values; Jinja's words in the log."""

from __future__ import annotations

import logging

import pytest

from chatapp.engine.templates import TemplateError, render
from chatapp.i18n import translate_error

CONVERSATION = [{"role": "user", "content": "Hello"}]


@pytest.mark.parametrize(("text", "english"), [
    ("{% for m in messages %}{% if m %}{{ m.content }}{% endfor %}",
     "the {% if %} block is closed with {% endfor %} (line 1)"),
    ("{% for m in messages %}\n{{ m.content }}", "the {% for %} block is not closed: "
     "{% endfor %} is missing (line 2)"),
    ("{% if messages %}x{% else %}y{% else %}z{% endif %}",
     "{% else %} cannot come here, inside the {% if %} block (line 1)"),
    ("{% endif %}", "{% endif %} has no open block it belongs to (line 1)"),
    ("{% bogus %}", "unknown tag {% bogus %} (line 1)"),
    ("{% if messages messages %}{% endif %}", "'%}' was expected, not 'messages' (line 1)"),
    ("{{ messages ", "the template ends too early: '}}' is missing (line 1)"),
    ("{{ (messages }}", "unexpected '}': ')' was expected (line 1)"),
    ("{{ }}", "a value is missing before '}}' (line 1)"),
    ("{{ messages | }}", "a name was expected, not '}}' (line 1)"),
    ("{% %}", "a tag has no name after '{%' (line 1)"),
])
def test_common_syntax_errors_are_one_phrase(text: str, english: str) -> None:
    """was: "The chat template is broken: Encountered unknown tag 'endfor'. You probably
    made a nesting mistake. Jinja is expecting this tag, but currently looking for 'elif'
    or 'else' or 'endif'…" — Jinja's English sentences, even in Indonesian."""
    with pytest.raises(TemplateError) as info:
        render(text, CONVERSATION)
    assert str(info.value) == "The chat template is broken: " + english
    said = translate_error(info.value, "id")
    assert said.startswith("Templat obrolan rusak: ") and "Jinja" not in said, said


def test_the_indonesian_line_for_a_block_not_closed(caplog) -> None:
    """was: "Templat obrolan rusak: Encountered unknown tag 'endfor'. …"; Jinja's own
    words still reach the log."""
    with caplog.at_level(logging.INFO, logger="chatapp.engine.templates"), \
            pytest.raises(TemplateError) as info:
        render("{% for m in messages %}{% if m %}{{ m.content }}{% endfor %}", CONVERSATION)
    assert translate_error(info.value, "id") == (
        "Templat obrolan rusak: blok {% if %} ditutup dengan {% endfor %} (baris 1)")
    assert "Encountered unknown tag 'endfor'" in caplog.text


def test_an_unknown_kind_keeps_jinjas_words_and_a_long_tag_is_cut_short() -> None:
    """An error kind without a phrase is shown as Jinja said it; a tag name is a value, cut."""
    with pytest.raises(TemplateError) as info:
        render("{% macro f(a=1, b) %}{% endmacro %}", CONVERSATION)
    assert str(info.value) == ("The chat template is broken: non-default argument follows "
                               "default argument (line 1)")
    with pytest.raises(TemplateError) as info:
        render("{% " + "x" * 500 + " %}", CONVERSATION)
    assert len(str(info.value)) < 120 and "\u2026 %}" in str(info.value)
