"""A chat template's Jinja syntax error as one translatable phrase.

Jinja's parser and lexer explain a syntax error in English sentences (``Encountered unknown
tag 'endfor'. Jinja was looking for …``). :func:`syntax_phrase` reads the common kinds of
them (a block not closed, closed with the wrong tag, an unknown tag, a missing ``%}`` or
expression, an unexpected bracket or character) into a message with the tag names and
tokens as values, cut short; any other kind gives None and its caller keeps Jinja's words.
"""

from __future__ import annotations

import re

from chatapp.errors import QT_TRANSLATE_NOOP, UserError

_VALUE_CHARS = 40

NOT_CLOSED = QT_TRANSLATE_NOOP("errors", "the {block} block is not closed: {end} is missing")
CLOSED_WITH = QT_TRANSLATE_NOOP("errors", "the {block} block is closed with {tag}")
NOT_HERE = QT_TRANSLATE_NOOP("errors", "{tag} cannot come here, inside the {block} block")
STRAY = QT_TRANSLATE_NOOP("errors", "{tag} has no open block it belongs to")
UNKNOWN_TAG = QT_TRANSLATE_NOOP("errors", "unknown tag {tag}")
ENDS_EARLY = QT_TRANSLATE_NOOP("errors", "the template ends too early: {expected} is missing")
EXPECTED = QT_TRANSLATE_NOOP("errors", "{expected} was expected, not {got}")
NAME_EXPECTED = QT_TRANSLATE_NOOP("errors", "a name was expected, not {got}")
NO_VALUE = QT_TRANSLATE_NOOP("errors", "a value is missing before {got}")
UNEXPECTED = QT_TRANSLATE_NOOP("errors", "unexpected {got}")
UNEXPECTED_INSTEAD = QT_TRANSLATE_NOOP("errors", "unexpected {got}: {expected} was expected")
NO_TAG_NAME = QT_TRANSLATE_NOOP("errors", "a tag has no name after {start}")
BAD_CHARACTER = QT_TRANSLATE_NOOP("errors", "unexpected character {char}")

# Jinja's names for the delimiters, as the template writes them
_DELIMITERS = {
    "begin of statement block": "{%", "end of statement block": "%}",
    "begin of print statement": "{{", "end of print statement": "}}",
    "begin of comment": "{#", "end of comment": "#}",
}
_TAG_TROUBLE = re.compile(
    r"(?:Encountered unknown tag '(?P<tag>\w+)'|Unexpected end of template)\."
    r"(?: (?:You probably made a nesting mistake\. Jinja is expecting this tag, but "
    r"currently looking for|Jinja was looking for the following tags:) (?P<looking>.+?)\.)?"
    r"(?: The innermost block that needs to be closed is '(?P<block>\w+)'\.)?", re.S)
_ENDS_EARLY = re.compile(r"unexpected end of template, expected '(?P<expected>.+)'\.", re.S)
_EXPECTED = re.compile(r"expected token '(?P<expected>.+)', got '(?P<got>.*)'", re.S)
_NO_VALUE = re.compile(r"Expected an expression, got '(?P<got>.*)'", re.S)
_UNEXPECTED = re.compile(r"unexpected '(?P<got>.*?)'(?:, expected '(?P<expected>.+)')?", re.S)
_BAD_CHARACTER = re.compile(r"unexpected char (?P<char>.+) at \d+", re.S)


def clip(text: str, limit: int = _VALUE_CHARS) -> str:
    """text on one line (each run of white space one space), cut to limit characters with
    an ellipsis last (a value in a template's error message)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _tag(name: str) -> str:
    """A tag as the template writes it: ``{% endfor %}``."""
    return "{% " + clip(name) + " %}"


def _token(description: str) -> str:
    """A token Jinja described, quoted: its delimiter where it is one (``'%}'``)."""
    return "'" + clip(_DELIMITERS.get(description, description)) + "'"


def _tag_trouble(tag: str | None, looking: str | None, block: str | None) -> UserError:
    """A tag where it does not fit (tag given) or the template's end (tag None)."""
    wanted = re.findall(r"'(\w+)'", looking or "")
    if tag is None:
        if block:
            end = next((t for t in wanted if t.startswith("end")), "end" + block)
            return UserError(NOT_CLOSED, block=_tag(block), end=_tag(end))
        if wanted:
            return UserError(ENDS_EARLY, expected=_tag(wanted[-1]))
        return UserError(ENDS_EARLY, expected="'%}'")
    belongs = tag.startswith("end") or tag in ("else", "elif")
    if belongs and block:
        return UserError(CLOSED_WITH if tag.startswith("end") else NOT_HERE,
                         block=_tag(block), tag=_tag(tag))
    return UserError(STRAY if belongs else UNKNOWN_TAG, tag=_tag(tag))


def syntax_phrase(message: str) -> UserError | None:
    """The phrase for Jinja's syntax error message (TemplateSyntaxError.message), or None
    for a kind it does not know."""
    message = message.strip()
    if m := _TAG_TROUBLE.fullmatch(message):
        return _tag_trouble(m["tag"], m["looking"], m["block"])
    if m := _ENDS_EARLY.fullmatch(message):
        return UserError(ENDS_EARLY, expected=_token(m["expected"]))
    if m := _EXPECTED.fullmatch(message):
        if m["expected"] == "name":  # after '|', '.', 'is', 'import' …
            return UserError(NAME_EXPECTED, got=_token(m["got"]))
        return UserError(EXPECTED, expected=_token(m["expected"]), got=_token(m["got"]))
    if m := _NO_VALUE.fullmatch(message):
        return UserError(NO_VALUE, got=_token(m["got"]))
    if m := _UNEXPECTED.fullmatch(message):
        if m["expected"]:
            return UserError(UNEXPECTED_INSTEAD, got=_token(m["got"]),
                             expected=_token(m["expected"]))
        return UserError(UNEXPECTED, got=_token(m["got"]))
    if message == "tag name expected":
        return UserError(NO_TAG_NAME, start="'{%'")
    if m := _BAD_CHARACTER.fullmatch(message):
        return UserError(BAD_CHARACTER, char=clip(m["char"]))
    return None
