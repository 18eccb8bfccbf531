"""Evaluation configs in promptfoo's YAML shape: prompts × providers (→ variants), tests with
vars and assertions, defaultTest, evaluateOptions (repeat, maxConcurrency), and the grader
models.

    description: capitals
    prompts: ["Answer in one word: {{question}}", {label: polite, raw: "Please: {{question}}"}]
    providers:
      - gemma-3-270m-it-Q4_K_M               # a model as the catalogue names it
      - id: gemma-3-270m-it-Q4_K_M
        label: terse
        config: {system: "Be terse.", temperature: 0.7, max_tokens: 32,
                 adapters: [{path: terse.gguf, scale: 0.5}]}
    defaultTest:
      options: {provider: {text: JUDGE_MODEL, embedding: EMBEDDING_MODEL}}
    tests:
      - vars: {question: "Capital of France?"}
        assert: [{type: icontains, value: Paris}, {type: llm-rubric, value: "Names Paris"}]
    evaluateOptions: {repeat: 3, maxConcurrency: 4}
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jinja2 import StrictUndefined, TemplateError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from chatapp.compare.assertions import Assertion, make_assertion
from chatapp.compare.prompts import Prompt, _read
from chatapp.compare.variants import SAMPLING_KEYS, Adapter, Variant
from chatapp.compare.yaml_syntax import yaml_phrase
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import translate_text
from chatapp.settings import SAMPLING_RANGES

AT_LINE = QT_TRANSLATE_NOOP("errors", "{path} line {line}")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("errors", "{where}: unknown key “{key}”.")
UNKNOWN_KEY_NEAR = QT_TRANSLATE_NOOP("errors",
                                     "{where}: unknown key “{key}” (did you mean “{match}”?)")
TWICE = QT_TRANSLATE_NOOP("errors", "{where}: the key “{key}” is given twice.")
MAPPING = QT_TRANSLATE_NOOP("errors", "{where}: {key} must be a mapping.")
LIST = QT_TRANSLATE_NOOP("errors", "{where}: {key} must be a list.")
PROVIDER_KEYS = (*SAMPLING_KEYS, "system", "adapters", "docs")
# the keys each mapping of a config may have (anything else is refused, never ignored)
TOP_KEYS = ("description", "prompts", "providers", "tests", "defaultTest", "evaluateOptions")
PROMPT_KEYS = ("label", "id", "raw")
MESSAGE_KEYS = ("role", "content")
TEST_KEYS = ("description", "vars", "assert")
DEFAULT_TEST_KEYS = ("vars", "assert", "options")
OPTIONS_KEYS = ("provider",)
GRADER_KEYS = ("text", "id", "embedding")
ASSERT_KEYS = ("type", "value", "threshold", "provider")
VARIANT_KEYS = ("id", "label", "config")
ADAPTER_KEYS = ("path", "scale")
EVALUATE_KEYS = ("repeat", "maxConcurrency")
_ENV = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False)


@dataclass
class EvalConfig:
    """What a config file asks for.

    Attributes:
        name: its description, or the file's name.
        variants: providers × prompts, in the file's order.
        prompts: one per test, vars filled into the first prompt (for titles and reports).
        repeats: answers per prompt and variant (evaluateOptions.repeat), each with its seed.
        together: the most answers of one model made at once (evaluateOptions.maxConcurrency).
        judge: the model that grades llm-rubric assertions, or None.
        embedding: the model that grades similar assertions, or None.
    """

    name: str
    variants: list[Variant]
    prompts: list[Prompt]
    repeats: int = 1
    judge: str | None = None
    embedding: str | None = None
    uses: set[str] = field(default_factory=set)
    together: int = 1


class _Map(dict):
    """A YAML mapping that knows its line and each key's (1-based)."""

    line = 0
    key_lines: dict[Any, int]  # set by the loader


class _Loader(yaml.SafeLoader):
    """safe_load, with line numbers on mappings."""


def _mapping(loader: _Loader, node: yaml.MappingNode) -> _Map:
    own = [key for key, _value in node.value if key.tag != "tag:yaml.org,2002:merge"]
    loader.flatten_mapping(node)
    pairs = loader.construct_pairs(node, deep=True)
    for (key, _value), (key_node, _) in zip(pairs, node.value, strict=True):
        if not isinstance(key, Hashable):
            raise yaml.constructor.ConstructorError(None, None, "found unhashable key",
                                                    key_node.start_mark)
    result = _Map(pairs)
    result.line = node.start_mark.line + 1
    result.key_lines = {key: key_node.start_mark.line + 1
                        for (key, _value), (key_node, _) in zip(pairs, node.value, strict=True)}
    seen: set[str] = set()
    for key_node in own:  # a key given twice would silently lose its first value
        if isinstance(key_node, yaml.ScalarNode):
            if key_node.value in seen:
                raise _Twice(key_node.value, key_node.start_mark.line + 1)
            seen.add(key_node.value)
    return result


class _Twice(Exception):
    """A mapping of the file gives a key twice (key, line)."""

    def __init__(self, key: str, line: int) -> None:
        super().__init__(key, line)
        self.key, self.line = key, line


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


UNDEFINED_VAR = QT_TRANSLATE_NOOP(
    "errors", "{where}: the prompt uses {{{{ {name} }}}}, which the test's vars do not give "
    "(they give: {names}).")


def render(template: str, values: dict[str, Any], where: str = "") -> str:
    """A prompt with {{ var }} placeholders filled (jinja2, sandboxed, as promptfoo's
    nunjucks); UserError naming the missing variable (and where: the test's file and line)
    or the fault."""
    try:
        return _ENV.from_string(template).render(**values)
    except UndefinedError as exc:
        name = re.match(r"'([^']*)' is undefined", str(exc))
        if name is None:
            raise _unfillable(template, exc) from None
        raise UserError(UNDEFINED_VAR, where=where or "?", name=name.group(1),
                        names=", ".join(sorted(values)) or "–") from None
    except TemplateError as exc:
        raise _unfillable(template, exc) from None


def _unfillable(template: str, exc: Exception) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("errors", "The prompt {prompt} cannot be filled in: "
                                       "{reason}"), prompt=template[:80], reason=str(exc))


def _where(path: Path, item: Any, fallback: int = 0) -> str:
    """"FILE line N" (in the user's language), or the file's name when the line is unknown."""
    line = getattr(item, "line", 0) or fallback
    if not line:
        return path.name
    return translate_text("errors", AT_LINE).format(path=path.name, line=line)


def _fail(path: Path, item: Any, text: str, **values: Any) -> UserError:
    return UserError(text, where=_where(path, item), **values)


def _keys(path: Path, item: Any, known: Iterable[str], fallback: int = 0) -> None:
    """Refuse (UserError naming the key's line and the closest known key) a key of item, a
    mapping of the file, that is none of known: a misspelt key is never ignored."""
    if not isinstance(item, dict):
        return
    known = list(known)
    for key in item:
        if key in known:
            continue
        where = _where(path, None, _key_line(item, key) or fallback)
        near = difflib.get_close_matches(str(key), known, n=1)
        if near:
            raise UserError(UNKNOWN_KEY_NEAR, where=where, key=str(key), match=near[0])
        raise UserError(UNKNOWN_KEY, where=where, key=str(key))


def _key_line(item: Any, key: str) -> int:
    """The line of key in item, a mapping of the file (else the mapping's; 0: unknown)."""
    return getattr(item, "key_lines", {}).get(key) or getattr(item, "line", 0)


def _of(path: Path, item: Any, key: str, kind: type[dict] | type[list]) -> Any:
    """item[key] as a mapping or a list, as kind says (empty when absent); UserError naming
    its line when it is something else."""
    value = item.get(key)
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise UserError(MAPPING if kind is dict else LIST,
                        where=_where(path, None, _key_line(item, key)), key=key)
    return value


def load_config(path: Path, judge_given: bool = False,
                embedding_given: bool = False) -> EvalConfig:
    """Read a config file; one UserError line naming the line for a malformed file, an
    unknown key or a refused assertion (judge_given, embedding_given: a judge, an embedding
    model comes from elsewhere: the command line, the dialog)."""
    path = Path(path)
    text = _read(path)
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 (a SafeLoader subclass)
    except _Twice as exc:
        raise UserError(TWICE, where=_where(path, None, exc.line), key=exc.key) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        reason = yaml_phrase(reason) or reason  # (a kind it does not know: PyYAML's words)
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} line {line} is not valid YAML: "
                                          "{reason}"), path=path.name,
                        # (a mark at the end of the text is on its last line, not after it)
                        line=min(mark.line + 1, len(text.splitlines()) or 1) if mark else 1,
                        reason=reason) from None
    if not text.strip():  # (as an empty prompt file is told)
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is empty: an evaluation config "
                                          "names prompts, providers and tests."), path=path.name)
    if not isinstance(data, dict):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is not an evaluation config: it "
                                          "needs prompts, providers and tests."), path=path.name)
    _keys(path, data, TOP_KEYS)
    if isinstance(data.get("prompts"), str):  # one prompt (or file:// of one), as promptfoo
        data["prompts"] = [data["prompts"]]
    for key in ("prompts", "providers", "tests"):
        if isinstance(data.get(key), str) and data[key].startswith("file://"):
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{where}: {key} read from another file ({file}) is not supported "
                "here: list them in this file."), where=_where(path, None, _key_line(data, key)),
                key=key, file=data[key])
        if not isinstance(data.get(key), list) or not data[key]:  # said at its own line
            raise UserError(QT_TRANSLATE_NOOP("errors", "{where}: {key} must be a non-empty "
                                              "list."), key=key,
                            where=_where(path, None, _key_line(data, key)))
    templates = [_prompt(path, item, number) for number, item in enumerate(data["prompts"], 1)]
    default = _of(path, data, "defaultTest", dict)
    _keys(path, default, DEFAULT_TEST_KEYS)
    judge, embedding = _graders(path, default)
    prompts = [_test(path, item, number, default, templates[0][2])
               for number, item in enumerate(data["tests"], 1)]
    ids = [p.id for p in prompts]
    if len(set(ids)) != len(ids):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Prompt ids must be unique in {path}."),
                        path=path.name)
    variants = []
    for item in data["providers"]:
        for label, system, template in templates:
            variants.append(_variant(path, item, label if len(templates) > 1 else "", system,
                                     template))
    names = [v.name for v in variants]
    for name in names:
        if names.count(name) > 1:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Two variants are named {name}."),
                            name=name)
    options = _of(path, data, "evaluateOptions", dict)
    _keys(path, options, EVALUATE_KEYS)
    repeats = options.get("repeat", 1)
    if isinstance(repeats, bool) or not isinstance(repeats, int) or not 1 <= repeats <= 100:
        raise _fail(path, options, QT_TRANSLATE_NOOP(
            "errors", "{where}: repeat must be a whole number from 1 to 100."))
    together = options.get("maxConcurrency", 1)
    if isinstance(together, bool) or not isinstance(together, int) or not 1 <= together <= 64:
        raise _fail(path, options, QT_TRANSLATE_NOOP(
            "errors", "{where}: maxConcurrency must be a whole number from 1 to 64."))
    uses = {a.type for p in prompts for a in p.checks}
    if "llm-rubric" in uses and judge is None and not judge_given:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{path}: llm-rubric needs a judge model: --judge MODEL (or the judge "
            "picked in the Evaluate window), or defaultTest: options: provider in the file."),
            path=path.name)
    if embedding is None and not embedding_given and any(
            a.type == "similar" and a.provider is None for p in prompts for a in p.checks):
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{path}: similar needs an embedding model (defaultTest: options: "
            "provider: embedding: MODEL, or --embedding-model)."), path=path.name)
    name = data.get("description") if isinstance(data.get("description"), str) else path.name
    return EvalConfig(name, variants, prompts, repeats, judge, embedding, uses, together)


def _prompt(path: Path, item: Any, number: int) -> tuple[str, str | None, str]:
    """(label, system prompt, user template) of one entry of prompts."""
    label = f"prompt {number}"
    if isinstance(item, dict):
        _keys(path, item, PROMPT_KEYS)
        label = str(item.get("label") or item.get("id") or label)
        item = item.get("raw")
    if isinstance(item, str) and item.startswith("file://"):
        item = _read(path.parent / item[len("file://"):])
    if isinstance(item, list):  # chat-shaped: [{role: system, content}, {role: user, ...}]
        for message in item:
            _keys(path, message, MESSAGE_KEYS)
        roles = {m.get("role"): m.get("content") for m in item if isinstance(m, dict)}
        if isinstance(roles.get("user"), str):
            system = roles.get("system")
            return label, system if isinstance(system, str) else None, roles["user"]
    if not isinstance(item, str) or not item.strip():
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path}: prompt {number} has no text."),
                        path=path.name, number=number)
    return label, None, item


def _graders(path: Path, default: dict) -> tuple[str | None, str | None]:
    """The judge and embedding models of defaultTest.options.provider."""
    options = _of(path, default, "options", dict)
    _keys(path, options, OPTIONS_KEYS)
    provider = options.get("provider")
    if provider is None or isinstance(provider, str):
        return provider, None
    if isinstance(provider, dict):
        _keys(path, provider, GRADER_KEYS)
        names = []
        for name in (provider.get("text") or provider.get("id"), provider.get("embedding")):
            if isinstance(name, dict):
                _keys(path, name, ("id",))
                name = name.get("id")
            names.append(str(name) if name else None)
        return names[0], names[1]
    raise _fail(path, options, MAPPING, key="provider")


def _test(path: Path, item: Any, number: int, default: dict, template: str) -> Prompt:
    if not isinstance(item, dict):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path}: test {number} must be a mapping."),
                        path=path.name, number=number)
    _keys(path, item, TEST_KEYS)
    values = {**_of(path, default, "vars", dict), **_of(path, item, "vars", dict)}
    checks: list[Assertion] = []
    for entry in _of(path, default, "assert", list) + _of(path, item, "assert", list):
        line = getattr(item, "line", 0)
        _keys(path, entry, ASSERT_KEYS, line)
        if isinstance(entry, dict):
            _keys(path, entry.get("provider"), ("id",), line)
        checks.append(make_assertion(entry, _where(path, entry, line)))
    description = item.get("description")
    return Prompt(str(description) if description else str(number),
                  render(template, values, _where(path, item)), list(checks), vars=values)


def _variant(path: Path, item: Any, prompt_label: str, system: str | None,
             template: str) -> Variant:
    if isinstance(item, str):
        item = {"id": item}
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        raise _fail(path, item, QT_TRANSLATE_NOOP("errors", "{where}: a provider needs an id "
                                                  "(the model)."))
    _keys(path, item, VARIANT_KEYS)
    config = _of(path, item, "config", dict)
    _keys(path, config, PROVIDER_KEYS, getattr(item, "line", 0))
    for key, (low, high, whole) in SAMPLING_RANGES.items():
        value = config.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                  or (whole and not isinstance(value, int))
                                  or not low <= value <= high):
            raise _fail(path, config, QT_TRANSLATE_NOOP(
                "errors", "{where}: {key} must be a whole number from {low} to {high}.")
                if whole else QT_TRANSLATE_NOOP(
                "errors", "{where}: {key} must be a number from {low} to {high}."),
                key=key, low=low, high=high)
    adapters = []
    for entry in _of(path, config, "adapters", list):
        entry = {"path": entry} if isinstance(entry, str) else entry
        _keys(path, entry, ADAPTER_KEYS, getattr(config, "line", 0))
        scale = entry.get("scale", 1.0) if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str) or \
                isinstance(scale, bool) or not isinstance(scale, (int, float)):
            raise _fail(path, config, QT_TRANSLATE_NOOP(
                "errors", "{where}: an adapter needs a path and a numeric scale."))
        adapter = Path(entry["path"]).expanduser()
        adapters.append(Adapter(str(adapter if adapter.is_absolute() else path.parent / adapter),
                                float(scale)))
    docs = config.get("docs") or []
    docs = [docs] if isinstance(docs, str) else docs
    if not isinstance(docs, list) or not all(isinstance(d, str) and d for d in docs):
        raise _fail(path, config, QT_TRANSLATE_NOOP(
            "errors", "{where}: docs must name document collections."))
    name = str(item.get("label") or item["id"])
    if prompt_label:
        name = f"{name} · {prompt_label}"
    own_system = config.get("system")
    return Variant(name, item["id"], own_system if isinstance(own_system, str) else system,
                   {k: v for k, v in config.items() if k in SAMPLING_KEYS}, template,
                   prompt_label, adapters, list(docs))
