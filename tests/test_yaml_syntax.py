"""A malformed evaluation config is told in the user's language, PyYAML's common problem
kinds as a phrase with the characters as values (was: PyYAML's English problem text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatapp.compare.config import load_config
from chatapp.compare.yaml_syntax import yaml_phrase
from chatapp.errors import UserError
from chatapp.i18n import translate_error

BROKEN = 'prompts: ["{{question}}"\nproviders: [oops\n'  # a tester's broken.yaml


def _error(tmp_path: Path, text: str, language: str) -> str:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_config(path)
    return translate_error(caught.value, language)


def test_a_bracket_not_closed_is_said_in_filipino(tmp_path: Path) -> None:
    """was: "Hindi wastong YAML ang broken.yaml linya 2: expected ',' or ']', but got
    '<scalar>'" (the reason in English)."""
    assert _error(tmp_path, BROKEN, "en") == (
        "broken.yaml line 2 is not valid YAML: ',' or ']' was expected here, not a value")
    fil = _error(tmp_path, BROKEN, "fil")
    assert fil == ("Hindi wastong YAML ang broken.yaml linya 2: ',' o ']' ang inaasahan dito, "
                   "hindi isang value")
    assert "expected" not in _error(tmp_path, BROKEN, "ms")


@pytest.mark.parametrize(("text", "english"), [
    ("a: b: c\n", "a ':' cannot come here"),
    ("a:\n\t- x\n", "a tab cannot indent a line"),
    ('a: "abc\n', "a quoted text is not closed"),
    ('a: "\\q"\n', "unknown escape '\\q'"),
    ("a: *nope\n", "the alias nope refers to no anchor"),
    ("a: 1\n- b\n", "the end of the indented block was expected here, not a list item ('-')"),
    ("{a: 1}}\n", "'}' comes after the document has ended"),
    ("a: !foo x\n", "unknown tag !foo"),
    ("a: @x\n", "the character '@' cannot start a value"),
])
def test_common_yaml_problems_are_phrases_translated(tmp_path: Path, text: str,
                                                     english: str) -> None:
    assert english in _error(tmp_path, text, "en")
    for language in ("id", "ms", "fil"):
        shown = _error(tmp_path, text, language)
        assert english not in shown and "found" not in shown and "expected" not in shown, shown


def test_an_unknown_kind_keeps_pyyamls_words() -> None:
    assert yaml_phrase("some problem PyYAML will word one day") is None
