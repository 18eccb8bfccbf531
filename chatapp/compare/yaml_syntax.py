"""A YAML syntax error as one translatable phrase.

PyYAML explains a malformed file in English with its own token names (``expected ',' or
']', but got '<scalar>'``). :func:`yaml_phrase` reads the common kinds of them (a bracket
not closed, a ``:`` or a list item where it cannot be, a tab, an unclosed quote, an unknown
escape, alias or tag, text after the document's end) into a message with the characters and
names as values; any other kind gives None and its caller keeps PyYAML's words.
"""

from __future__ import annotations

import re

from chatapp.errors import QT_TRANSLATE_NOOP, UserError

_VALUE_CHARS = 40

EXPECTED = QT_TRANSLATE_NOOP("errors", "{expected} was expected here, not {got}")
EXPECTED_EITHER = QT_TRANSLATE_NOOP("errors", "{first} or {second} was expected here, not {got}")
AFTER_END = QT_TRANSLATE_NOOP(
    "errors", "{got} comes after the document has ended (a bracket too many, or a line "
    "indented less than it should be)")
COLON_HERE = QT_TRANSLATE_NOOP(
    "errors", "a ':' cannot come here (a value with ': ' in it needs quotes, and a key its "
    "own line)")
ITEM_HERE = QT_TRANSLATE_NOOP("errors", "a list item ('-') cannot come here")
BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "errors", "the character {char} cannot start a value (a value that starts with it needs "
    "quotes)")
TAB = QT_TRANSLATE_NOOP("errors", "a tab cannot indent a line: YAML indents with spaces")
NO_END_QUOTE = QT_TRANSLATE_NOOP("errors", "a quoted text is not closed: its end quote is "
                                           "missing")
NO_COLON = QT_TRANSLATE_NOOP("errors", "a ':' is missing after a key")
BAD_ESCAPE = QT_TRANSLATE_NOOP(
    "errors", "unknown escape {char} in a text in double quotes (a backslash is written "
    "\\\\, or the text put in single quotes)")
NO_ANCHOR = QT_TRANSLATE_NOOP("errors", "the alias {name} refers to no anchor (&{name})")
LIST_KEY = QT_TRANSLATE_NOOP("errors", "a key cannot be a list or a mapping")
UNKNOWN_TAG = QT_TRANSLATE_NOOP("errors", "unknown tag {tag}")

# PyYAML's token names, as the file writes them or as a phrase
A_VALUE = QT_TRANSLATE_NOOP("errors", "a value")
BLOCK_END = QT_TRANSLATE_NOOP("errors", "the end of the indented block")
NEW_KEY = QT_TRANSLATE_NOOP("errors", "a new key")
LIST_ITEM = QT_TRANSLATE_NOOP("errors", "a list item ('-')")
FILE_END = QT_TRANSLATE_NOOP("errors", "the end of the file")
_TOKENS: dict[str, str | UserError] = {
    "<scalar>": UserError(A_VALUE), "the node content": UserError(A_VALUE),
    "<block end>": UserError(BLOCK_END), "<block mapping start>": UserError(NEW_KEY),
    "?": UserError(NEW_KEY), "<key>": UserError(NEW_KEY),
    "<block sequence start>": UserError(LIST_ITEM), "-": UserError(LIST_ITEM),
    "<block entry>": UserError(LIST_ITEM), "<stream end>": UserError(FILE_END),
    "<flow mapping start>": "'{'", "<flow sequence start>": "'['",
    "<flow mapping end>": "'}'", "<flow sequence end>": "']'", "<document start>": "'---'",
}
_TOKEN = r"'[^']*'|<[a-z ]+>|the node content"
_EXPECTED = re.compile(rf"expected (?P<expected>(?:{_TOKEN})(?: or (?:{_TOKEN}))?), but "
                       rf"(?:got|found) (?P<got>{_TOKEN})")
_CHARACTER = re.compile(r"found character (?P<char>'.*') that cannot start any token", re.S)
_ESCAPE = re.compile(r"found unknown escape character (?P<char>'.*')", re.S)
_ALIAS = re.compile(r"found undefined alias '(?P<name>.*)'", re.S)
_TAG = re.compile(r"could not determine a constructor for the tag '(?P<tag>.*)'", re.S)
_FIXED = {
    "mapping values are not allowed here": COLON_HERE,
    "block sequence entries are not allowed here": ITEM_HERE,
    "found unexpected end of stream": NO_END_QUOTE,
    "could not find expected ':'": NO_COLON,
    "found unhashable key": LIST_KEY,
}


def _clip(text: str) -> str:
    text = " ".join(text.split()) or text.replace("\t", "\\t")
    return text if len(text) <= _VALUE_CHARS else text[: _VALUE_CHARS - 1] + "\u2026"


def _token(text: str) -> str | UserError:
    """A token PyYAML named ('<scalar>', "'}'", <block end>): a phrase, or as written."""
    bare = text[1:-1] if text.startswith("'") and text.endswith("'") else text
    return _TOKENS.get(bare, "'" + _clip(bare) + "'")


def yaml_phrase(problem: str) -> UserError | None:
    """The phrase for PyYAML's problem text (MarkedYAMLError.problem), or None for a kind it
    does not know."""
    problem = problem.strip()
    if problem in _FIXED:
        return UserError(_FIXED[problem])
    if m := _EXPECTED.fullmatch(problem):
        expected, got = re.findall(_TOKEN, m["expected"]), _token(m["got"])
        if expected == ["'<document start>'"]:  # more after the document's end
            return UserError(AFTER_END, got=got)
        if len(expected) == 2:
            return UserError(EXPECTED_EITHER, first=_token(expected[0]),
                             second=_token(expected[1]), got=got)
        return UserError(EXPECTED, expected=_token(expected[0]), got=got)
    if m := _CHARACTER.fullmatch(problem):
        return UserError(TAB) if m["char"] == "'\\t'" else UserError(
            BAD_CHARACTER, char=_clip(m["char"]))
    if m := _ESCAPE.fullmatch(problem):
        return UserError(BAD_ESCAPE, char="'\\" + _clip(m["char"][1:-1]) + "'")
    if m := _ALIAS.fullmatch(problem):
        return UserError(NO_ANCHOR, name=_clip(m["name"]))
    if m := _TAG.fullmatch(problem):
        return UserError(UNKNOWN_TAG, tag=_clip(m["tag"]))
    return None
