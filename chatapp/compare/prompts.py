"""Prompt sets and checks: load JSONL / CSV / plain text, judge an answer against checks.

A prompt set is one prompt a line (plain text), one JSON object a line (JSONL: "prompt",
optional "id", "expected", "check", "checks", "tags"), a JSON list of such objects or of
texts (.json), or a CSV file with a "prompt" column
(optional "id", "expected", "check", "value", "tags"). A check is {"type": exact | contains |
regex | json | max_length, "value": ...} or the short {"contains": ...}; an "expected"
answer alone means "contains",
ignoring case. A checks file (JSONL or JSON list) adds checks by prompt id; one without an
id applies to every prompt.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chatapp.compare.assertions import Assertion, check_regex
from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason

CHECK_TYPES = ("exact", "contains", "regex", "json", "max_length")
# the promptfoo assertion each check type is (contains ignores case)
_ASSERTIONS = {"exact": "equals", "contains": "icontains", "regex": "regex", "json": "is-json",
               "max_length": "max_length"}


@dataclass
class Check:
    """One test an answer must pass."""

    type: str
    value: Any = None

    def passes(self, answer: str) -> bool:
        """Whether answer passes (as the promptfoo assertion of the same meaning)."""
        return Assertion(_ASSERTIONS[self.type], self.value).passes(answer)

    def describe(self, language: str | None = None) -> str:  # (language: as Assertion's)
        """Short text for reports, by the promptfoo name of what it checks where that says
        more (contains ignores case: "icontains: Paris", as a config says it)."""
        name = "icontains" if self.type == "contains" else self.type
        return name if self.type == "json" else f"{name}: {self.value}"


@dataclass
class Prompt:
    """One prompt of a set."""

    id: str
    text: str
    checks: list[Check] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    vars: dict[str, Any] = field(default_factory=dict)


def make_check(data: Any) -> Check:
    """A check from its JSON form ({"type": T, "value": V}, or the short {T: V});
    UserError when it is not one."""
    if isinstance(data, dict) and len(data) == 1 and next(iter(data)) in CHECK_TYPES:
        (kind, value), = data.items()
        data = {"type": kind, "value": value}
    if isinstance(data, dict) and data.get("type") in CHECK_TYPES:
        check = Check(str(data["type"]), data.get("value"))
        if check.type == "regex":
            check_regex(check.value)
        if check.type == "max_length":
            try:
                int(check.value)
            except (TypeError, ValueError):
                raise _bad_check(data) from None
        return check
    raise _bad_check(data)


AT_LINE = QT_TRANSLATE_NOOP("errors", "Line {line}: {reason}")
NO_PROMPT_COLUMN = QT_TRANSLATE_NOOP(
    "errors", "Line {line} of the CSV file names no prompt column (its columns: {columns}).")


def _bad_check(data: Any) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "Unknown check {check}: use exact, contains, regex, json or max_length."),
        check=json.dumps(data, ensure_ascii=False)[:200])


NO_PROMPT = QT_TRANSLATE_NOOP("errors", "Line {line} has no prompt.")
MUST_BE_TEXT = QT_TRANSLATE_NOOP("errors", "Line {line}: {key} must be text.")
TEXT_OR_NUMBER = QT_TRANSLATE_NOOP("errors", "Line {line}: {key} must be text or a number.")
MUST_BE_LIST = QT_TRANSLATE_NOOP("errors", "Line {line}: {key} must be a list of checks.")
TAGS = QT_TRANSLATE_NOOP("errors", "Line {line}: tags must be text or a list of texts.")


def _from_record(record: dict[str, Any], number: int) -> Prompt:
    """The prompt of one JSONL line or CSV row; UserError naming the line and the key for
    a value of the wrong type (a prompt that is a number is not a missing prompt)."""
    text = record.get("prompt")
    if text is not None and not isinstance(text, str):
        raise UserError(MUST_BE_TEXT, line=number, key="prompt")
    if text is None or not text.strip():
        raise UserError(NO_PROMPT, line=number)
    for key in ("id", "expected"):  # text or a number (true and false are neither)
        value = record.get(key)
        if value is not None and (isinstance(value, bool)
                                  or not isinstance(value, (str, int, float))):
            raise UserError(TEXT_OR_NUMBER, line=number, key=key)
    checks: list[Check] = []
    expected = record.get("expected")
    if expected not in (None, ""):
        checks.append(Check("contains", str(expected)))
    check = record.get("check")
    if isinstance(check, str) and check:
        check = {"type": check, "value": record.get("value")}
    items = record.get("checks") or []
    if not isinstance(items, list):
        raise UserError(MUST_BE_LIST, line=number, key="checks")
    try:
        checks += [make_check(item) for item in ([check] if check else []) + items]
    except UserError as exc:
        raise UserError(AT_LINE, line=number, reason=exc) from None
    tags = record.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise UserError(TAGS, line=number)
    ident = record.get("id")
    return Prompt(str(number if ident is None or ident == "" else ident), text, checks,
                  list(tags))


IN_FILE = QT_TRANSLATE_NOOP("errors", "{path}: {reason}")


def in_file(path: Path, error: UserError) -> UserError:
    """error (about one line of the file at path) with the file named before it."""
    return UserError(IN_FILE, path=str(path), reason=error) if "line" in error.params \
        else error


def load_prompts(path: Path, checks_path: Path | None = None) -> list[Prompt]:
    """The prompts of a file (format chosen by its suffix, else by its content), and the
    checks of a checks file. UserError naming the file and line of what cannot be used."""
    try:
        prompts = _load_prompts(path)
    except UserError as exc:
        raise in_file(path, exc) from None
    if checks_path is not None:
        try:
            add_checks(prompts, checks_path)
        except UserError as exc:
            raise in_file(checks_path, exc) from None
    return prompts


# the same messages about an item of a JSON list (its number, from 1, as "line")
ITEM_WORDING = {
    NO_PROMPT: QT_TRANSLATE_NOOP("errors", "Item {line} of the list has no prompt."),
    MUST_BE_TEXT: QT_TRANSLATE_NOOP("errors", "Item {line} of the list: {key} must be text."),
    TEXT_OR_NUMBER: QT_TRANSLATE_NOOP(
        "errors", "Item {line} of the list: {key} must be text or a number."),
    MUST_BE_LIST: QT_TRANSLATE_NOOP(
        "errors", "Item {line} of the list: {key} must be a list of checks."),
    TAGS: QT_TRANSLATE_NOOP(
        "errors", "Item {line} of the list: tags must be text or a list of texts."),
    AT_LINE: QT_TRANSLATE_NOOP("errors", "Item {line} of the list: {reason}"),
}
NOT_A_LIST = QT_TRANSLATE_NOOP(
    "errors", "{path} is not a list of prompts: a .json prompt file holds one JSON list, of "
    "texts or of objects with a \"prompt\" (as JSONL lines have).")
EMPTY = QT_TRANSLATE_NOOP("errors", "{path} is empty: it holds no prompts.")
DUPLICATE_LINES = QT_TRANSLATE_NOOP(
    "errors", "The prompt id {id} is on line {first} and again on line {second} of {path}: "
    "prompt ids must be unique.")
DUPLICATE_ITEMS = QT_TRANSLATE_NOOP(
    "errors", "The prompt id {id} is item {first} and again item {second} of the list in "
    "{path}: prompt ids must be unique.")


def _from_item(item: Any, number: int) -> Prompt:
    """The prompt of one item of a JSON list: a text, or an object as a JSONL line is read;
    UserError naming the item (number, from 1)."""
    if isinstance(item, str):
        if not item.strip():
            raise UserError(ITEM_WORDING[NO_PROMPT], line=number)
        return Prompt(str(number), item.strip())
    if not isinstance(item, dict):
        raise UserError(ITEM_WORDING[NO_PROMPT], line=number)
    try:
        return _from_record(item, number)
    except UserError as exc:
        if exc.template in ITEM_WORDING:
            raise UserError(ITEM_WORDING[exc.template], **exc.params) from None
        raise


def _load_prompts(path: Path) -> list[Prompt]:
    text = _read(path)
    suffix = path.suffix.lower()
    if not text.strip():
        raise UserError(EMPTY, path=str(path))
    prompts: list[Prompt] = []
    places: list[int] = []  # the line (or item of a list) each prompt comes from
    start_char = text.lstrip()[:1]
    listed = suffix == ".json" and start_char != "{" or (
        suffix not in (".csv", ".txt", ".jsonl") and start_char == "[")
    if listed:
        try:
            items = json.loads(text)
        except ValueError as exc:
            raise UserError(NOT_JSON, line=getattr(exc, "lineno", 1)) from None
        if not isinstance(items, list):
            raise UserError(NOT_A_LIST, path=str(path))
        prompts = [_from_item(item, number) for number, item in enumerate(items, 1)]
        places = list(range(1, len(prompts) + 1))
    elif suffix in (".jsonl", ".json") or (suffix not in (".csv", ".txt") and start_char == "{"):
        for number, record in _json_lines(text):
            if not isinstance(record, dict):
                raise UserError(NO_PROMPT, line=number)
            prompts.append(_from_record(record, number))
            places.append(number)
    elif suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text), strict=True)
        start = 1  # the line the row being read starts on
        try:
            if "prompt" not in (reader.fieldnames or []):
                raise UserError(NO_PROMPT_COLUMN, line=1, columns=", ".join(
                    reader.fieldnames or []) or "–")
            start = reader.line_num + 1
            for number, row in enumerate(reader, 2):  # number: as if no cell held a line break
                if None in row:  # more cells than the header names
                    raise UserError(QT_TRANSLATE_NOOP(
                        "errors", "Line {line} of the CSV file has more cells than its header."),
                        line=start)
                prompts.append(_from_record({k: v for k, v in row.items() if k}, number))
                places.append(start)
                start = reader.line_num + 1
        except csv.Error:  # the only errors of a strict reader of text: its quotes
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Line {line} of the CSV file cannot be read: a quoted cell is not "
                "closed, or a quote stands inside a cell."), line=start) from None
    else:
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                prompts.append(Prompt(str(number), line.strip()))
                places.append(number)
    if not prompts:
        raise UserError(QT_TRANSLATE_NOOP("errors", "There are no prompts in {path}."),
                        path=str(path))
    first: dict[str, int] = {}
    for prompt, place in zip(prompts, places, strict=True):
        if prompt.id in first:
            raise UserError(DUPLICATE_ITEMS if listed else DUPLICATE_LINES, id=prompt.id,
                            first=first[prompt.id], second=place, path=str(path))
        first[prompt.id] = place
    return prompts


def add_checks(prompts: list[Prompt], path: Path) -> None:
    """Add the checks of a checks file to the prompts they name (or to all)."""
    text = _read(path).strip()
    if text.startswith("["):
        try:
            items = json.loads(text)
        except ValueError:
            raise UserError(NOT_JSON, line=1) from None
    else:
        items = [item for _number, item in _json_lines(text)]
    by_id = {p.id: p for p in prompts}
    for item in items:
        if not isinstance(item, dict):
            raise _bad_check(item)
        check = make_check({k: v for k, v in item.items() if k != "id"})
        target = item.get("id")
        if target is None:
            for prompt in prompts:
                prompt.checks.append(check)
        elif str(target) in by_id:
            by_id[str(target)].checks.append(check)
        else:
            raise UserError(QT_TRANSLATE_NOOP("errors", "No prompt has the id {id}."),
                            id=str(target))


NOT_JSON = QT_TRANSLATE_NOOP("errors", "Line {line} is not valid JSON.")


def _json_lines(text: str) -> Iterator[tuple[int, Any]]:
    """(line number, value) of each line of text that is not blank; UserError (NOT_JSON) at
    the first that is not JSON."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                value = json.loads(line)
            except ValueError:
                raise UserError(NOT_JSON, line=number) from None
            yield number, value


def _read(path: Path) -> str:
    """The text of a prompt file: UTF-8, else text in another encoding as documents are read
    (UTF-16, which Windows Notepad and Excel write as "Unicode", Windows-1252…); UserError
    when it cannot be read or is not text."""
    from chatapp.compare.file_kinds import refuse_binary
    from chatapp.docs.extract import text_of

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Could not read {path}: {reason}"),
                        path=str(path), reason=os_reason(exc)) from None
    refuse_binary(str(path), data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if (text := text_of(data)) is not None:
            return text
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is not UTF-8 text."),
                        path=str(path)) from None
