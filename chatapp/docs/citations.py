"""The citations of an answer made from documents — [1], [2], [1, 2], [1][2]…: source
numbers in brackets, as the prompt asks for them — those that name no source, and the
passages found that the answer was not given."""

from __future__ import annotations

import re
from collections.abc import Callable

from chatapp.errors import QT_TRANSLATE_NOOP

# A citation: one source number in brackets, or several with commas or semicolons.
CITATION = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
CITED = re.compile(r"\d+")
_CODE = re.compile(r"```.*?(?:```|\Z)|`[^`\n]*`", re.S)
MAX_CITED = 99  # a bracketed number above this is not taken for a citation ([2024]: a year)

UNKNOWN = QT_TRANSLATE_NOOP(
    "docs", "Cited in the answer, but not among its sources (the model made them up): "
    "{numbers}")

LEFT_OUT_ONE = QT_TRANSLATE_NOOP(
    "docs", "1 more passage matched the question, with no room left for it in this model's "
    "context.")
LEFT_OUT = QT_TRANSLATE_NOOP(
    "docs", "{count} more passages matched the question, with no room left for them in this "
    "model's context.")


def left_out_text(found: int, given: int,
                  translate: Callable[[str, str], str] | None = None) -> str:
    """The line that says how many of the found passages an answer given some of them was
    not given (its context had no room left), in the user's language (or translate's:
    translate(context, text)); "" when none."""
    from chatapp.i18n import translate_text

    left = found - given
    return (translate or translate_text)("docs", LEFT_OUT_ONE if left == 1 else LEFT_OUT).format(
        count=left) if given and left > 0 else ""


def unknown_citations(text: str, count: int) -> list[int]:
    """The source numbers text cites (outside code) that name none of its count sources
    (numbered 1…count), each once, in the order cited."""
    found: list[int] = []
    for match in CITATION.finditer(_CODE.sub(" ", text)):
        found += [n for n in map(int, CITED.findall(match.group(1)))
                  if not 1 <= n <= count and 0 < n <= MAX_CITED]
    return list(dict.fromkeys(found))


def unknown_text(text: str, count: int,
                 translate: Callable[[str, str], str] | None = None) -> str:
    """The line that says which citations of text name no source, in the user's language
    (or translate's, as in left_out_text); "" when all do."""
    from chatapp.i18n import translate_text

    unknown = unknown_citations(text, count)
    return (translate or translate_text)("docs", UNKNOWN).format(
        numbers=", ".join(f"[{n}]" for n in unknown)) if unknown else ""
