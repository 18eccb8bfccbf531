"""Assertions in promptfoo's terms, graded on an answer: equals, contains, icontains, regex,
is-json, contains-json, latency (here), llm-rubric and similar (later, by a judge model or an
embedding model: see chatapp.compare.judge). A "not-" prefix inverts a check (all but
llm-rubric).
Code assertions (javascript, python) are refused: a test file never runs code."""

from __future__ import annotations

import contextlib
import difflib
import json
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.units import decimal_text

if TYPE_CHECKING:
    from chatapp.compare.prompts import Check

LOCAL = ("equals", "contains", "icontains", "regex", "is-json", "contains-json", "latency",
         "max_length")
LATER = ("llm-rubric", "similar")
REFUSED = ("javascript", "python")
SIMILAR_THRESHOLD = 0.75


def check_regex(value: object) -> None:
    """UserError unless value is a regular expression Python can use (the place where it
    stops making sense given, not Python's English reason)."""
    try:
        re.compile(str(value))
    except re.error as exc:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The regular expression “{value}” is not valid (at character {pos}: an "
            "unclosed bracket or a lone special character?)."), value=value,
            pos=(exc.pos or 0) + 1) from None


@dataclass
class Assertion:
    """One assertion of a test.

    Attributes:
        type: one of LOCAL or LATER.
        value: what to compare with (text, pattern, rubric; max_length: the most
            characters, as in .jsonl prompt files); latency has none.
        threshold: latency: most milliseconds; similar: least cosine similarity (0–1);
            llm-rubric: least score (0–1) when given, else the judge's pass.
        negate: a "not-" assertion (LOCAL types and similar).
        provider: similar: the embedding model named on the assertion (None: the config's).
    """

    type: str
    value: Any = None
    threshold: float | None = None
    negate: bool = False
    provider: str | None = None

    @property
    def later(self) -> bool:
        """Graded after the answers, by another model."""
        return self.type in LATER

    def passes(self, answer: str, duration_s: float | None = None) -> bool:
        """Whether answer passes (LOCAL types; duration_s: the answer's seconds)."""
        return self._check(answer.strip(), duration_s) != self.negate

    def _check(self, text: str, duration_s: float | None) -> bool:
        if self.type == "equals":
            return text == str(self.value).strip()
        if self.type == "contains":
            return str(self.value) in text
        if self.type == "icontains":
            return str(self.value).casefold() in text.casefold()
        if self.type == "regex":
            return re.search(str(self.value), text, re.MULTILINE) is not None
        if self.type == "is-json":
            try:
                fenced = re.fullmatch(r"```[a-zA-Z]*\n(.*?)\n?```", text, re.DOTALL)
                json.loads(fenced.group(1) if fenced else text)
            except ValueError:
                return False
            return True
        if self.type == "contains-json":  # a JSON object or array somewhere in it
            decoder = json.JSONDecoder()
            for match in re.finditer(r"[\[{]", text):
                with contextlib.suppress(ValueError):
                    decoder.raw_decode(text, match.start())
                    return True
            return False
        if self.type == "latency":
            return duration_s is not None and duration_s * 1000 <= float(self.threshold or 0)
        if self.type == "max_length":
            return len(text) <= int(self.value)
        raise ValueError(f"{self.type} is graded later")

    def describe(self, language: str | None = None) -> str:
        """Short text for reports, its numbers in language's decimals (None: the app's)."""
        name = ("not-" if self.negate else "") + self.type
        if self.type == "latency":
            return f"{name} ≤ {decimal_text(f'{self.threshold:g}', language)} ms"
        if self.type == "is-json" or self.value is None:
            return name
        text = f"{name}: {self.value}"
        if self.threshold is None:
            return text
        return text + (f" ({'<' if self.negate else '≥'} "
                       f"{decimal_text(f'{self.threshold:g}', language)})")

    def similar_passes(self, similarity: float) -> bool:
        """Whether a similar assertion passes with this cosine similarity (≥ threshold;
        not-similar: below it)."""
        return (similarity >= float(self.threshold or 0.0)) != self.negate


def make_assertion(data: Any, where: str = "") -> Assertion:
    """An assertion from its YAML form ({"type": T, "value": V, "threshold": N}); UserError
    naming where (e.g. "line 12") when it is not one, or is a code assertion."""
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{where}: an assertion needs a type."),
                        where=where)
    kind = data["type"].strip()
    negate = kind.startswith("not-")
    base = kind[4:] if negate else kind
    if base in REFUSED:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{where}: {type} assertions run code and are not supported; use "
            "equals, contains, icontains, regex, is-json, contains-json, llm-rubric, similar, "
            "latency or max_length."), where=where, type=kind)
    if base not in LOCAL + LATER or (negate and base == "llm-rubric"):
        known = [*LOCAL, *LATER, *(f"not-{t}" for t in (*LOCAL, "similar"))]
        near = difflib.get_close_matches(kind, known, n=1)
        if near:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{where}: unknown assertion type {type} (did you mean {match}?)"),
                where=where, type=kind, match=near[0])
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{where}: unknown assertion type {type}."), where=where, type=kind)
    value, threshold = data.get("value"), data.get("threshold")
    if threshold is not None and (isinstance(threshold, bool)
                                  or not isinstance(threshold, (int, float))):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{where}: the threshold must be a number."),
                        where=where)
    if base == "max_length" and (isinstance(value, bool) or not isinstance(value, int)
                                 or value < 0):
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{where}: a max_length assertion needs a whole number of characters as "
            "its value."), where=where)
    if base == "latency" and threshold is None:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{where}: a latency assertion needs a threshold in milliseconds."),
            where=where)
    if base not in ("latency", "is-json", "contains-json") and (
            value is None or isinstance(value, (dict, list))):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{where}: {type} needs a text value."),
                        where=where, type=kind)
    if base == "regex":
        check_regex(value)
    # similar: the model it names (provider: NAME, or {id: NAME}), else None
    provider = data.get("provider") if base == "similar" else None
    provider = provider.get("id") if isinstance(provider, dict) else provider
    if provider is not None and (not isinstance(provider, str) or not provider.strip()):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{where}: provider must name a model."),
                        where=where)
    if base == "similar" and threshold is None:
        threshold = SIMILAR_THRESHOLD
    return Assertion(base, value, None if threshold is None else float(threshold), negate,
                     None if provider is None else provider.strip())


def cosine(a: list[float], b: list[float]) -> float:
    """The cosine similarity of two vectors (-1–1; 0 when one is all zeros)."""
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def grade_answer(checks: list[Check | Assertion], message: Any) -> tuple[
        list[bool | None], list[dict[str, Any]]]:
    """Grade a finished answer (a store Message) against checks: (passed per check, None
    for one graded later; per check {"type", "passed"} with more where known). An answer
    that ended in an error fails every check."""
    failed = message.finish_reason == "error"
    results: list[bool | None] = []
    grades: list[dict[str, Any]] = []
    for check in checks:
        if failed:
            passed: bool | None = False
        elif isinstance(check, Assertion):
            passed = None if check.later else check.passes(message.content, message.duration_s)
        else:
            passed = check.passes(message.content)
        results.append(passed)
        negated = {"negate": True} if getattr(check, "negate", False) else {}
        grades.append({"type": check.type, "passed": passed, **negated})
    return results, grades
