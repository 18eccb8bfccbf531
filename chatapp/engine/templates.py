"""Chat templates: pick one for a model and render it safely.

A GGUF file may carry its own chat template, a Jinja program written by whoever
published the model. It is rendered here the way Hugging Face transformers'
``apply_chat_template`` does (same sandbox, options, globals and ``tojson`` filter),
but with hard limits on top of the sandbox: a render that runs past its deadline,
builds a text or list larger than ``max_chars``, or allocates too much memory is
stopped and reported as a :class:`TemplateError`. Models without a template get a
standard one chosen by architecture (:func:`fallback_template`).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import itertools
import json
import operator
import re
import string
import sys
import threading
import time
import types
from collections.abc import Callable, ItemsView, Iterable, KeysView, ValuesView
from dataclasses import dataclass
from datetime import datetime
from pprint import pformat
from typing import Any

import jinja2
import jinja2.ext
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.ext import Extension
from jinja2.filters import make_attrgetter, sync_do_join, sync_do_sum
from jinja2.parser import Parser
from jinja2.runtime import Undefined, markup_join
from jinja2.sandbox import ImmutableSandboxedEnvironment, modifies_known_mutable
from jinja2.utils import Namespace, generate_lorem_ipsum, pass_environment, pass_eval_context
from markupsafe import Markup

from chatapp.engine.output import is_harmony

__all__ = [
    "ChatTemplate",
    "TemplateError",
    "choose_template",
    "fallback_template",
    "render",
]

#: Memory a render may allocate on top of ``8 * max_chars`` bytes before it is stopped.
MEMORY_BASE = 32 * 1024 * 1024
#: Largest integer (in bits) a template may compute.
MAX_INT_BITS = 1 << 16
#: Largest template source accepted.
MAX_TEMPLATE_CHARS = 1_000_000

_DETAIL_CHARS = 300


class TemplateError(Exception):
    """A chat template could not be rendered; str(e) is a readable English message for the user."""


@dataclass(frozen=True)
class ChatTemplate:
    """A chat template with where it came from and the markers that end a turn."""

    source: str
    name: str
    text: str
    stop_strings: tuple[str, ...]

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the template text."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------
# Fallback templates

_GEMMA = """{{ bos_token }}
{%- if messages and messages[0]['role'] == 'system' -%}
{%- set first_user_prefix = messages[0]['content'] + '\\n\\n' -%}
{%- set loop_messages = messages[1:] -%}
{%- else -%}
{%- set first_user_prefix = '' -%}
{%- set loop_messages = messages -%}
{%- endif -%}
{%- for message in loop_messages -%}
{%- set role = 'model' if message['role'] == 'assistant' else message['role'] -%}
{{ '<start_of_turn>' + role + '\\n' + (first_user_prefix if loop.first else '') }}
{{- message['content'] | trim + '<end_of_turn>\\n' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
{{ '<start_of_turn>model\\n' }}
{%- endif -%}
"""

_CHATML = """{%- for message in messages -%}
{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
{{ '<|im_start|>assistant\\n' }}
{%- endif -%}
"""

_LLAMA3 = """{{ bos_token }}
{%- for message in messages -%}
{{ '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' }}
{{- message['content'] | trim + '<|eot_id|>' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}
{%- endif -%}
"""

_LLAMA2 = """{%- if messages and messages[0]['role'] == 'system' -%}
{%- set system_message = messages[0]['content'] -%}
{%- set loop_messages = messages[1:] -%}
{%- else -%}
{%- set system_message = '' -%}
{%- set loop_messages = messages -%}
{%- endif -%}
{%- for message in loop_messages -%}
{%- if loop.first and system_message -%}
{%- set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] -%}
{%- else -%}
{%- set content = message['content'] -%}
{%- endif -%}
{%- if message['role'] == 'user' -%}
{{ bos_token + '[INST] ' + content | trim + ' [/INST]' }}
{%- elif message['role'] == 'assistant' -%}
{{ ' ' + content | trim + ' ' + eos_token }}
{%- endif -%}
{%- endfor -%}
"""

_MISTRAL = """{{ bos_token }}
{%- if messages and messages[0]['role'] == 'system' -%}
{%- set system_message = messages[0]['content'] -%}
{%- set loop_messages = messages[1:] -%}
{%- else -%}
{%- set system_message = '' -%}
{%- set loop_messages = messages -%}
{%- endif -%}
{%- for message in loop_messages -%}
{%- if message['role'] == 'user' -%}
{%- if loop.first and system_message -%}
{{ '[INST] ' + system_message + '\\n\\n' + message['content'] + ' [/INST]' }}
{%- else -%}
{{ '[INST] ' + message['content'] + ' [/INST]' }}
{%- endif -%}
{%- elif message['role'] == 'assistant' -%}
{{ message['content'] + eos_token }}
{%- endif -%}
{%- endfor -%}
"""

_PHI3 = """{%- for message in messages -%}
{{ '<|' + message['role'] + '|>\\n' + message['content'] + '<|end|>\\n' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
{{ '<|assistant|>\\n' }}
{%- else -%}
{{ eos_token }}
{%- endif -%}
"""

_PLAIN = """{{ bos_token }}
{%- if messages and messages[0]['role'] == 'system' -%}
{{ messages[0]['content'] | trim + '\n\n' }}
{%- endif -%}
{%- for message in messages if message['role'] != 'system' -%}
{%- if message['role'] == 'user' -%}
{{ 'Question: ' + message['content'] | trim + '\n' }}
{%- else -%}
{{ 'Answer: ' + message['content'] | trim + '\n\n' }}
{%- endif -%}
{%- endfor -%}
{%- if add_generation_prompt -%}
{{ 'Answer:' }}
{%- endif -%}
"""

_FALLBACKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "plain": (_PLAIN, ("\nQuestion:", "Question:", "\nAnswer:")),
    "gemma": (_GEMMA, ("<end_of_turn>",)),
    "chatml": (_CHATML, ("<|im_end|>",)),
    "llama3": (_LLAMA3, ("<|eot_id|>",)),
    "llama2": (_LLAMA2, ("</s>",)),
    "mistral": (_MISTRAL, ("</s>",)),
    "phi3": (_PHI3, ("<|end|>",)),
}

#: End-of-turn markers looked for in a model's own template, in this order.
_STOP_MARKERS = (
    "<|im_end|>",
    "<end_of_turn>",
    "<|eot_id|>",
    "<|eom_id|>",
    "<|end|>",
    "<|return|>",
    "<|END_OF_TURN_TOKEN|>",
    "<|endoftext|>",
    "<\uff5cend\u2581of\u2581sentence\uff5c>",
    "</s>",
)

_LLAMA3_NAME = re.compile(r"llama[-_ ]?3", re.IGNORECASE)


def _fallback_name(architecture: str, model_name: str) -> str:
    """The fallback family for a GGUF architecture and model name."""
    arch = (architecture or "").strip().lower()
    name = (model_name or "").lower()
    if arch.startswith("gemma"):
        return "gemma"
    if arch == "llama":
        if _LLAMA3_NAME.search(name):
            return "llama3"
        if "mistral" in name or "mixtral" in name:
            return "mistral"
        return "llama2"
    if arch in ("mistral", "mixtral") or arch.startswith("mistral"):
        return "mistral"
    if arch == "phi3":
        return "phi3"
    return "chatml"


_INSTRUCT_NAME = re.compile(
    r"(^|[^a-z])(it|instruct|chat|sft|dpo|rlhf|assistant|hermes|orca|vicuna|zephyr|tulu)"
    r"([^a-z]|$)",
    re.IGNORECASE,
)


_BASE_FINETUNES = {"base", "pt", "pretrained", "pretrain"}


def looks_like_base_model(metadata: dict[str, Any], file_name: str = "") -> bool:
    """Whether a model is a base (pretrained, not instruction-tuned) model: its
    general.finetune says so, or it has no chat template and no name part that marks a
    chat model ("it", "instruct", "chat"…)."""
    finetune = str(metadata.get("general.finetune") or "")
    if finetune.strip().lower() in _BASE_FINETUNES:
        return True
    if metadata.get("tokenizer.chat_template"):
        return False
    names = " ".join(str(metadata.get(k) or "") for k in ("general.name", "general.basename"))
    return not _INSTRUCT_NAME.search(f"{finetune} {names} {file_name}")


def fallback_template(architecture: str, model_name: str = "",
                      base_model: bool = False) -> ChatTemplate:
    """Template for a model without its own: a question/answer transcript for a base model,
    else the chat format of its family chosen by GGUF general.architecture."""
    name = "plain" if base_model else _fallback_name(architecture, model_name)
    text, stops = _FALLBACKS[name]
    return ChatTemplate(source="fallback", name=name, text=text, stop_strings=stops)


def _guess_stop_strings(text: str, architecture: str, model_name: str) -> tuple[str, ...]:
    """End-of-turn markers that a template writes, else the fallback family's.

    In gpt-oss's harmony format ``<|end|>`` closes a message (the reasoning one too), not the
    turn: there the turn ends with ``<|return|>`` or ``<|call|>``.
    """
    if is_harmony(text):
        return ("<|return|>", "<|call|>")
    found = tuple(marker for marker in _STOP_MARKERS if marker in text)
    if found:
        return found
    if "[INST]" in text:
        return ("</s>",)
    return fallback_template(architecture, model_name).stop_strings


def choose_template(
    gguf_template: str | None,
    architecture: str,
    model_name: str = "",
    override: str | None = None,
    base_model: bool = False,
) -> ChatTemplate:
    """The user's override, else the GGUF's own template, else a fallback by architecture."""
    if override and override.strip():
        stops = _guess_stop_strings(override, architecture, model_name)
        return ChatTemplate(source="override", name="override", text=override, stop_strings=stops)
    if gguf_template and gguf_template.strip():
        stops = _guess_stop_strings(gguf_template, architecture, model_name)
        return ChatTemplate(source="gguf", name="gguf", text=gguf_template, stop_strings=stops)
    return fallback_template(architecture, model_name, base_model)


# ---------------------------------------------------------------------------
# Limits


class _Stop(BaseException):
    """Ends a render at once; a BaseException so no ``except Exception`` on the way stops it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _NoGuard(Exception):
    """Raised by guarded operations outside a render (keeps them out of compile-time folding)."""


class _RaisedByTemplate(Exception):
    """The template called ``raise_exception``."""


class _Guard:
    """Limits of one render: deadline, largest value, memory allocated so far."""

    def __init__(self, max_chars: int, deadline_s: float) -> None:
        self.max_chars = max(0, int(max_chars))
        self.seconds = deadline_s
        self.deadline = time.monotonic() + deadline_s
        self.budget = MEMORY_BASE + 8 * self.max_chars
        self.used = 0
        self.produced = 0
        self.tracer = _make_tracer(self.deadline, deadline_s)

    def tick(self) -> None:
        """Stop past the deadline; put the deadline tracer back if something removed it."""
        if time.monotonic() > self.deadline:
            raise _Stop(_timeout_message(self.seconds))
        if sys.gettrace() is not self.tracer:
            sys.settrace(self.tracer)

    def too_large(self) -> _Stop:
        """The error for a value over ``max_chars``."""
        return _Stop(
            f"The chat template tried to build a text larger than {self.max_chars:,} "
            "characters and was stopped."
        )

    def too_long_output(self) -> _Stop:
        """The error for a prompt over ``max_chars``."""
        return _Stop(
            f"The chat template produced a prompt longer than {self.max_chars:,} characters "
            "and was stopped."
        )

    def check_chars(self, n: int) -> None:
        """Refuse to build a string or list of ``n`` items if that is over the limit."""
        if n > self.max_chars:
            raise self.too_large()

    def charge(self, nbytes: int) -> None:
        """Count memory a template allocated; stop once over the budget."""
        self.used += nbytes
        if self.used > self.budget:
            raise _Stop("The chat template used too much memory and was stopped.")

    def account(self, value: Any, deep: bool = False) -> None:
        """Check and count a value the template just built."""
        if isinstance(value, (str, bytes)):
            self.check_chars(len(value))
            self.charge(sys.getsizeof(value))
        elif isinstance(value, (list, tuple)):
            self.check_chars(len(value))
            size = sys.getsizeof(value)
            if deep:
                size += sum(map(sys.getsizeof, value))
            self.charge(size)
        elif isinstance(value, dict):
            self.check_chars(len(value))
            self.charge(sys.getsizeof(value))


def _timeout_message(seconds: float) -> str:
    """The error for a render past its deadline."""
    return (
        f"The chat template took longer than {seconds:g} s to render and was stopped "
        "(it may loop forever)."
    )


_state = threading.local()


def _current_guard() -> _Guard | None:
    """The limits of the render running on this thread, if any."""
    return getattr(_state, "guard", None)


def _require_guard() -> _Guard:
    """The limits of the running render; raises outside a render."""
    guard = getattr(_state, "guard", None)
    if guard is None:
        raise _NoGuard("not rendering")
    guard.tick()
    return guard


#: Code of bounded helpers that run at full speed, without line tracing.
_UNTRACED: set[types.CodeType] = set()


def _make_tracer(deadline: float, seconds: float) -> Callable[..., Any]:
    """A trace function that raises once the deadline has passed."""
    clock = time.monotonic
    untraced = _UNTRACED

    def trace(frame: types.FrameType, event: str, arg: Any) -> Any:
        if clock() > deadline:
            raise _Stop(_timeout_message(seconds))
        if event == "call" and frame.f_code in untraced:
            return None
        return trace

    return trace


# ---------------------------------------------------------------------------
# Size estimates

_CONTAINERS = (list, tuple, dict, set, frozenset, Namespace, KeysView, ValuesView, ItemsView)


def _estimate(
    obj: Any,
    limit: int,
    *,
    indent: int = 0,
    item_sep: int = 2,
    key_sep: int = 2,
    ensure_ascii: bool = False,
) -> int:
    """Upper bound of len(repr(obj)) or of its JSON, counting only until past ``limit``."""
    total = 0
    seen: set[int] = set()
    stack: list[Any] = [obj]
    depths: list[int] = [0]
    pop = stack.pop
    push = stack.append
    extend = stack.extend
    depth_pop = depths.pop
    depth_push = depths.append
    depth_extend = depths.extend
    repeat = itertools.repeat
    while stack:
        item = pop()
        depth = depth_pop() if indent else 0
        kind = type(item)
        if kind is str or isinstance(item, str):
            n = len(item)
            if ensure_ascii and not item.isascii():
                total += 12 * n + 2
            elif item.isprintable():
                total += n + 2 + item.count("\\") + item.count('"') + item.count("'")
            else:
                total += 10 * n + 2
            if total > limit:
                return total
            continue
        if kind is int:
            total += item.bit_length() * 10 // 33 + 2
        elif kind is float or item is None or kind is bool:
            total += 26
        elif kind is list or kind is tuple or kind is dict or isinstance(item, _CONTAINERS):
            if kind is list or kind is tuple or kind is dict:
                pass
            elif isinstance(item, Namespace):
                if id(item) in seen:
                    total += 16
                    continue
                seen.add(id(item))
                item = object.__getattribute__(item, "_Namespace__attrs")
                total += 14
            elif isinstance(item, ItemsView):
                item = dict(item)
            n = len(item)
            per_item = item_sep + (indent * (depth + 1) + 1 if indent else 0)
            is_dict = kind is dict or isinstance(item, dict)
            if is_dict:
                per_item += key_sep
            total += 2 + n * per_item + (indent * depth + 1 if indent else 0)
            if total > limit:
                return total
            if is_dict:
                extend(item.keys())
                extend(item.values())
            else:
                extend(item)
            if indent:
                depth_extend(repeat(depth + 1, len(stack) - len(depths)))
            continue
        elif isinstance(item, int):
            total += item.bit_length() * 10 // 33 + 2
        elif isinstance(item, float):
            total += 26
        elif isinstance(item, Undefined):
            total += 9
        elif isinstance(item, (bytes, bytearray)):
            total += 4 * len(item) + 3
        elif isinstance(item, types.MethodType):
            total += 100
            push(item.__self__)
            if indent:
                depth_push(depth)
        else:
            total += 100
        if total > limit:
            return total
    return total


_UNTRACED.add(_estimate.__code__)


def _str_size(obj: Any, limit: int) -> int:
    """Upper bound of len(str(obj))."""
    if isinstance(obj, str):
        return len(obj)
    return _estimate(obj, limit)


def _int_or(value: Any, default: int) -> int:
    """``value`` if it is an int (not bool), else ``default``."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return default


_PRINTF_SPEC = re.compile(r"%(?:\(([^)]*)\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.?)", re.DOTALL)
_HUGE = 1 << 62


def _digits(text: str | None) -> int:
    """A run of digits as an int, clamped for absurdly long runs."""
    if not text:
        return 0
    return int(text) if len(text) <= 12 else _HUGE


def _converted_size(value: Any, conversion: str, limit: int) -> int:
    """Upper bound of the length of ``value`` formatted as ``s``, ``r`` or ``a``."""
    if conversion == "r":
        return _estimate(value, limit)
    if conversion == "a":
        return 10 * _estimate(value, limit)
    return _str_size(value, limit)


def _printf_size(fmt: str, values: Any, limit: int) -> int:
    """Upper bound of len(fmt % values)."""
    total = len(fmt)
    if isinstance(values, tuple):
        positional: list[Any] = list(values)
    else:
        positional = [values]
    mapping = values if isinstance(values, dict) else None
    index = 0

    def take() -> Any:
        nonlocal index
        value = positional[index] if index < len(positional) else None
        index += 1
        return value

    for match in _PRINTF_SPEC.finditer(fmt):
        key, width, precision, conversion = match.groups()
        if conversion == "%":
            continue
        w = max(0, _int_or(take(), 0)) if width == "*" else _digits(width)
        p = max(0, _int_or(take(), 0)) if precision == "*" else _digits(precision)
        value = mapping.get(key) if key is not None and mapping is not None else take()
        size = _converted_size(value, conversion, limit) if conversion in "sra" else 0
        total += w + p + size + 330
        if total > limit:
            break
    return total


def _format_size(fmt: str, args: tuple[Any, ...], kwargs: Any, limit: int) -> int:
    """Upper bound of len(fmt.format(*args, **kwargs))."""
    total = 0
    auto = 0
    for literal, field, spec, conversion in string.Formatter().parse(fmt):
        total += len(literal)
        if field is None:
            continue
        if spec and "{" in spec:
            raise ValueError("nested replacement fields in format specs are not supported")
        first = re.match(r"[^.\[]*", field).group()  # type: ignore[union-attr]
        if first == "":
            value = args[auto] if auto < len(args) else None
            auto += 1
        elif first.isdigit():
            position = _digits(first)
            value = args[position] if position < len(args) else None
        else:
            try:
                value = kwargs[first]
            except (KeyError, TypeError, IndexError):
                value = None
        size = _converted_size(value, conversion or "s", limit) + 100
        total += size + sum(_digits(d) for d in re.findall(r"\d+", spec or "")) + 330
        if total > limit:
            break
    return total


def _replace_size(text: Any, old: Any, new: Any, count: Any) -> int:
    """Upper bound of len(text.replace(old, new, count))."""
    if not isinstance(text, (str, bytes)) or type(old) is not type(new):
        return 0
    if not isinstance(old, (str, bytes)) or len(new) <= len(old):
        return len(text)
    occurrences = len(text) + 1 if not old else text.count(old)
    count = _int_or(count, -1)
    if count >= 0:
        occurrences = min(occurrences, count)
    return len(text) + occurrences * (len(new) - len(old))


# ---------------------------------------------------------------------------
# Filters and globals


def _tojson(
    x: Any,
    ensure_ascii: bool = False,
    indent: int | str | None = None,
    separators: tuple[str, str] | None = None,
    sort_keys: bool = False,
) -> str:
    """JSON like transformers' ``tojson``: no HTML escaping, keys in their order."""
    guard = _require_guard()
    width = len(indent) if isinstance(indent, str) else max(0, _int_or(indent, 0))
    item_sep, key_sep = 2, 2
    if separators is not None:
        if not (
            isinstance(separators, (tuple, list))
            and len(separators) == 2
            and all(isinstance(s, str) for s in separators)
        ):
            raise TypeError("tojson separators must be two strings")
        item_sep, key_sep = len(separators[0]), len(separators[1])
    guard.check_chars(
        _estimate(
            x,
            guard.max_chars,
            indent=width,
            item_sep=item_sep,
            key_sep=key_sep,
            ensure_ascii=bool(ensure_ascii),
        )
    )
    return json.dumps(
        x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys
    )


def _striptags(value: Any) -> str:
    """Remove SGML/XML tags and comments and collapse whitespace, in linear time."""
    text = str(value)
    for start_mark, end_mark in (("<!--", "-->"), ("<", ">")):
        parts: list[str] = []
        pos = 0
        while True:
            start = text.find(start_mark, pos)
            if start == -1:
                break
            end = text.find(end_mark, start + 1)
            if end == -1:
                break
            parts.append(text[pos:start])
            pos = end + len(end_mark)
        parts.append(text[pos:])
        text = "".join(parts)
    return Markup(" ".join(text.split())).unescape()


def _pprint(value: Any) -> str:
    """Pretty-print a value; large values are printed on one line."""
    guard = _require_guard()
    flat = _estimate(value, guard.max_chars)
    guard.check_chars(flat)
    if flat <= 1000:
        return pformat(value)
    return pformat(value, width=sys.maxsize)


@pass_eval_context
def _join(eval_ctx: Any, value: Iterable[Any], d: str = "", attribute: Any = None) -> str:
    """The ``join`` filter, refusing results over the size limit."""
    guard = _require_guard()
    if attribute is not None:
        value = map(make_attrgetter(eval_ctx.environment, attribute), value)
    items = list(value)
    total = _str_size(d, guard.max_chars) * max(0, len(items) - 1)
    for item in items:
        if total > guard.max_chars:
            break
        total += _str_size(item, guard.max_chars)
    guard.check_chars(total)
    return sync_do_join(eval_ctx, items, d)


@pass_environment
def _sum(environment: Any, iterable: Iterable[Any], attribute: Any = None, start: Any = 0) -> Any:
    """The ``sum`` filter, refusing to concatenate sequences past the size limit."""
    guard = _require_guard()
    if attribute is not None:
        iterable = map(make_attrgetter(environment, attribute), iterable)
    items = list(iterable)
    sized = (str, bytes, list, tuple)
    total = len(start) if isinstance(start, sized) else 0
    for item in items:
        if isinstance(item, sized):
            total += len(item)
        elif isinstance(item, int) and item.bit_length() > MAX_INT_BITS:
            raise _Stop("The chat template tried to compute a number too large and was stopped.")
    guard.check_chars(total)
    return sync_do_sum(environment, items, start=start)


def _arg(args: tuple[Any, ...], kwargs: dict[str, Any], index: int, name: str, default: Any) -> Any:
    """A filter argument given by position (after the value) or keyword."""
    if len(args) > index:
        return args[index]
    return kwargs.get(name, default)


def _check_center(guard: _Guard, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """``center(width)``."""
    guard.check_chars(_int_or(_arg(args, kwargs, 1, "width", 80), 0))


def _check_indent(guard: _Guard, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """``indent(width, first, blank)``: one indentation per line."""
    text = args[0] if args else ""
    width = _arg(args, kwargs, 1, "width", 4)
    width = len(width) if isinstance(width, str) else max(0, _int_or(width, 0))
    if isinstance(text, str):
        guard.check_chars(len(text) + (text.count("\n") + 1) * width)
    else:
        guard.check_chars(width)


def _check_wordwrap(guard: _Guard, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """``wordwrap(width, break_long_words, wrapstring)``: one wrap string per line."""
    size = _str_size(args[0] if args else "", guard.max_chars)
    width = max(1, _int_or(_arg(args, kwargs, 1, "width", 79), 1))
    wrapstring = _arg(args, kwargs, 3, "wrapstring", None)
    wrap = 2 if wrapstring is None else _str_size(wrapstring, guard.max_chars)
    guard.check_chars(size + (2 * size // width + 2) * wrap)


def _check_format(guard: _Guard, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """``format(*args, **kwargs)``: printf-style."""
    value = args[0] if args else ""
    fmt = value if isinstance(value, str) else str(value)
    values = dict(kwargs) if kwargs else tuple(args[1:])
    guard.check_chars(_printf_size(fmt, values, guard.max_chars))


def _check_replace(guard: _Guard, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """``replace(old, new, count)``."""
    text = str(args[0]) if args else ""
    old = str(_arg(args, kwargs, 1, "old", ""))
    new = str(_arg(args, kwargs, 2, "new", ""))
    guard.check_chars(_replace_size(text, old, new, _arg(args, kwargs, 3, "count", None)))


def _check_batch(guard: _Guard, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """``batch(linecount, fill_with)``: the last batch is padded to linecount."""
    guard.check_chars(_int_or(_arg(args, kwargs, 1, "linecount", 0), 0))


def _check_slice(guard: _Guard, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """``slice(slices, fill_with)``: one list per slice."""
    slices = _int_or(_arg(args, kwargs, 1, "slices", 0), 0)
    guard.check_chars(min(guard.max_chars + 1, 100 * slices))


def _check_urlize(guard: _Guard, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """``urlize``: its regular expressions only get short texts and short options."""
    text = args[0] if args else ""
    if _str_size(text, guard.max_chars) > 50_000:
        raise _Stop("The chat template used urlize on a text too long for it and was stopped.")
    for value in (*args[1:], *kwargs.values()):
        if _str_size(value, guard.max_chars) > 200:
            raise _Stop("The chat template gave urlize an option too long and was stopped.")


_Check = Callable[[_Guard, tuple[Any, ...], dict[str, Any]], None]

_FILTER_CHECKS: dict[str, _Check] = {
    "center": _check_center,
    "indent": _check_indent,
    "wordwrap": _check_wordwrap,
    "format": _check_format,
    "replace": _check_replace,
    "batch": _check_batch,
    "slice": _check_slice,
    "urlize": _check_urlize,
}

#: Filters that split their input into many small strings: bytes to reserve per input char.
_WORDY_FILTERS = {
    "title": 80,
    "wordcount": 80,
    "wordwrap": 80,
    "urlize": 80,
    "urlencode": 80,
    "striptags": 80,
}

#: Filters that never turn a container into text, so their input needs no size check.
_NEUTRAL_FILTERS = frozenset(
    {
        "abs",
        "attr",
        "count",
        "d",
        "default",
        "first",
        "float",
        "int",
        "items",
        "last",
        "length",
        "list",
        "map",
        "reject",
        "rejectattr",
        "reverse",
        "round",
        "select",
        "selectattr",
        "filesizeformat",
        "random",
        # These check their own input.
        "join",
        "sum",
        "tojson",
        "pprint",
    }
)


def _guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a filter with the size checks that apply to it."""
    offset = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0
    check = _FILTER_CHECKS.get(name)
    neutral = name in _NEUTRAL_FILTERS
    deep = name == "list"
    wordy = _WORDY_FILTERS.get(name, 0)

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        guard = _require_guard()
        if not neutral:
            for value in (*args[offset:], *kwargs.values()):
                guard.check_chars(_str_size(value, guard.max_chars))
        if check is not None:
            check(guard, args[offset:], kwargs)
        if wordy and len(args) > offset:
            guard.charge(wordy * _str_size(args[offset], guard.max_chars))
        result = func(*args, **kwargs)
        guard.account(result, deep=deep)
        return result

    return guarded


def _raise_exception(message: Any) -> None:
    """Global ``raise_exception(msg)``: the template refuses the conversation."""
    raise _RaisedByTemplate(str(message))


def _strftime_now(fmt: str) -> str:
    """Global ``strftime_now(fmt)``: the local time formatted."""
    if len(str(fmt)) > 1000:
        raise ValueError("strftime_now format is too long")
    return datetime.now().strftime(fmt)


def _lipsum(*args: Any, **kwargs: Any) -> str:
    """Global ``lipsum``, limited to a modest amount of text."""
    bound = inspect.signature(generate_lorem_ipsum).bind(*args, **kwargs)
    bound.apply_defaults()
    paragraphs = _int_or(bound.arguments["n"], 0)
    words = _int_or(bound.arguments["max"], 0)
    if paragraphs > 100 or words > 1000:
        raise _Stop("The chat template asked for too much placeholder text and was stopped.")
    return generate_lorem_ipsum(*args, **kwargs)


class _GuardedNamespace(Namespace):
    """``namespace()`` whose attribute assignments count towards the memory budget."""

    def __setitem__(self, name: str, value: Any) -> None:
        """Store an attribute, counting what it keeps alive."""
        guard = _require_guard()
        size = sys.getsizeof(value)
        if isinstance(value, (list, tuple)):
            size += sum(map(sys.getsizeof, value))
        elif isinstance(value, dict):
            size += sum(map(sys.getsizeof, value.values()))
        guard.charge(size)
        super().__setitem__(name, value)


# ---------------------------------------------------------------------------
# Environment


class _GenerationExtension(Extension):
    """Accepts ``{% generation %}...{% endgeneration %}`` and renders its body unchanged."""

    tags = {"generation"}

    def parse(self, parser: Parser) -> nodes.Node:
        """Parse the block into a plain scope."""
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(("name:endgeneration",), drop_needle=True)
        return nodes.Scope(body, lineno=lineno)


class _GuardedCodeGenerator(CodeGenerator):
    """Compiles ``~``, comparisons and dict keys to size-checked calls."""

    @optimizeconst
    def visit_Compare(self, node: nodes.Compare, frame: Frame) -> None:
        """``a == b``, ``a in b``, ``a < b < c``: checked by the environment first."""
        if len(node.ops) == 1:
            self.write("environment.compare_values(")
            self.visit(node.expr, frame)
            self.write(f", {node.ops[0].op!r}, ")
            self.visit(node.ops[0].expr, frame)
            self.write(")")
            return
        self.write("environment.compare_chain(")
        self.visit(node.expr, frame)
        self.write(", (")
        for operand in node.ops:
            self.write(f"({operand.op!r}, lambda: ")
            self.visit(operand.expr, frame)
            self.write("), ")
        self.write("))")

    def visit_Dict(self, node: nodes.Dict, frame: Frame) -> None:
        """``{k: v}``: keys that are not constants are checked before hashing."""
        self.write("{")
        for idx, item in enumerate(node.items):
            if idx:
                self.write(", ")
            if isinstance(item.key, nodes.Const):
                self.visit(item.key, frame)
            else:
                self.write("environment.check_key(")
                self.visit(item.key, frame)
                self.write(")")
            self.write(": ")
            self.visit(item.value, frame)
        self.write("}")

    @optimizeconst
    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        """``a ~ b``: checked by the environment before joining."""
        if frame.eval_ctx.volatile:
            escape = "context.eval_ctx.autoescape"
        else:
            escape = repr(bool(frame.eval_ctx.autoescape))
        self.write(f"environment.concat_values({escape}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


_STR_WIDTH_METHODS = frozenset({"ljust", "rjust", "center", "zfill"})


class _GuardedEnvironment(ImmutableSandboxedEnvironment):
    """transformers' sandbox with limits on time, value size and memory."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _GuardedCodeGenerator

    def __init__(self) -> None:
        super().__init__(
            trim_blocks=True,
            lstrip_blocks=True,
            extensions=[jinja2.ext.loopcontrols, _GenerationExtension],
            finalize=self._finalize_output,
        )
        self.filters["tojson"] = _tojson
        self.filters["striptags"] = _striptags
        self.filters["pprint"] = _pprint
        self.filters["join"] = _join
        self.filters["sum"] = _sum
        self.filters = {name: _guard_filter(name, f) for name, f in self.filters.items()}
        self.tests = {
            name: _guard_test(name, f) if name in _COMPARISON_TESTS else f
            for name, f in self.tests.items()
        }
        self.globals["raise_exception"] = _raise_exception
        self.globals["strftime_now"] = _strftime_now
        self.globals["namespace"] = _GuardedNamespace
        self.globals["lipsum"] = _lipsum

    def _finalize_output(self, value: Any) -> Any:
        """Check a value about to be written to the output."""
        guard = _current_guard()
        if guard is None:
            return value
        guard.tick()
        room = guard.max_chars - guard.produced
        size = _str_size(value, room)
        if size > room:
            raise guard.too_long_output()
        if not isinstance(value, str):
            guard.charge(size + 64)
        return value

    def concat(self, parts: Iterable[str]) -> str:  # type: ignore[override]
        """Join buffered output, refusing results over the limit."""
        guard = _current_guard()
        if guard is None:
            return "".join(parts)
        guard.tick()
        items = parts if isinstance(parts, list) else list(parts)
        guard.check_chars(sum(map(len, items)))
        result = "".join(items)
        guard.account(result)
        return result

    def concat_values(self, autoescape: bool, values: tuple[Any, ...]) -> str:
        """``a ~ b ~ ...`` with a size check first."""
        guard = _require_guard()
        total = 0
        for value in values:
            total += _str_size(value, guard.max_chars)
            guard.check_chars(total)
        result = markup_join(values) if autoescape else "".join([str(v) for v in values])
        guard.account(result)
        return result

    def compare_values(self, left: Any, op: str, right: Any) -> bool:
        """One comparison, refused when comparing the two values could take too long."""
        guard = _require_guard()
        if not (_is_scalar(left) and _is_scalar(right)):
            _check_comparable(guard, left, right)
        return _COMPARE_OPS[op](left, right)

    def compare_chain(self, left: Any, operands: tuple[tuple[str, Callable[[], Any]], ...]) -> bool:
        """``a < b < c``: each comparison checked and evaluated lazily, as Python does."""
        for op, produce in operands:
            right = produce()
            if not self.compare_values(left, op, right):
                return False
            left = right
        return True

    def check_key(self, key: Any) -> Any:
        """A dict literal key, refused when hashing it could take too long."""
        guard = _require_guard()
        if not _is_scalar(key):
            _check_comparable(guard, key)
        return key

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        """``*``, ``**``, ``+`` and ``%`` with the result size checked before computing it."""
        guard = _require_guard()
        sized = (str, bytes, list, tuple)
        if op == "*":
            if isinstance(left, sized) and isinstance(right, int):
                guard.check_chars(len(left) * max(0, right))
            elif isinstance(right, sized) and isinstance(left, int):
                guard.check_chars(len(right) * max(0, left))
            elif isinstance(left, int) and isinstance(right, int):
                _check_int_bits(left.bit_length() + right.bit_length())
        elif op == "**":
            if isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
                _check_int_bits(left.bit_length() * min(right, _HUGE))
        elif op == "+":
            if isinstance(left, sized) and isinstance(right, sized):
                guard.check_chars(len(left) + len(right))
        elif op == "%" and isinstance(left, (str, bytes)):
            fmt = left if isinstance(left, str) else left.decode("latin-1")
            size = _printf_size(fmt, right, guard.max_chars)
            guard.check_chars(size * 6 if isinstance(left, Markup) else size)
        result = super().call_binop(context, op, left, right)
        guard.account(result)
        return result

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        """Call from template code, refusing method calls whose result would be too large."""
        guard = _require_guard()
        args = _check_call(guard, obj, args, kwargs)
        result = super().call(context, obj, *args, **kwargs)
        guard.account(result, deep=True)
        return result

    def getitem(self, obj: Any, argument: Any) -> Any:
        """Subscription; slices count as new values, container keys are checked before hashing."""
        if isinstance(argument, slice):
            guard = _require_guard()
            result = super().getitem(obj, argument)
            guard.account(result)
            return result
        if not _is_scalar(argument):
            _check_comparable(_require_guard(), argument)
        return super().getitem(obj, argument)

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        """Fail at once on private and internal attributes; mutating methods stay undefined."""
        if modifies_known_mutable(obj, attribute):
            return super().unsafe_undefined(obj, attribute)
        raise SecurityError(
            f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe."
        )

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``str.format``/``format_map`` with a size check first."""
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        fmt: str = value.__self__
        is_map = value.__name__ == "format_map"

        def checked(*args: Any, **kwargs: Any) -> str:
            guard = _require_guard()
            if is_map:
                size = _format_size(fmt, (), args[0] if args else {}, guard.max_chars)
            else:
                size = _format_size(fmt, args, kwargs, guard.max_chars)
            guard.check_chars(size)
            return wrapper(*args, **kwargs)

        return functools.update_wrapper(checked, value)


_SCALARS = (str, bytes, int, float, type(None), Undefined)

_COMPARE_OPS: dict[str, Callable[[Any, Any], Any]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "gteq": operator.ge,
    "lt": operator.lt,
    "lteq": operator.le,
    "in": lambda a, b: a in b,
    "notin": lambda a, b: a not in b,
}


def _is_scalar(value: Any) -> bool:
    """Whether comparing or hashing the value costs at most its own length."""
    return isinstance(value, _SCALARS)


def _check_comparable(guard: _Guard, *values: Any) -> None:
    """Refuse to compare or hash values whose nested size is over the limit."""
    total = 0
    for value in values:
        if not _is_scalar(value):
            total += _estimate(value, guard.max_chars - total)
        if total > guard.max_chars:
            raise _Stop(
                "The chat template tried to compare values that are too large and was stopped."
            )


#: Tests that compare or hash their arguments.
_COMPARISON_TESTS = frozenset(
    {"in", "==", "eq", "equalto", "!=", "ne", ">", "gt", "greaterthan", ">=", "ge", "<", "lt"}
    | {"lessthan", "<=", "le"}
)


def _guard_test(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a test (``is eq``, ``is in`` ...) so that it refuses costly comparisons."""

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        guard = _require_guard()
        _check_comparable(guard, *args, *kwargs.values())
        return func(*args, **kwargs)

    return guarded


def _check_int_bits(bits: int) -> None:
    """Refuse integers larger than :data:`MAX_INT_BITS`."""
    if bits > MAX_INT_BITS:
        raise _Stop("The chat template tried to compute a number too large and was stopped.")


def _check_call(
    guard: _Guard, obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[Any, ...]:
    """Refuse string and number methods whose result would be over the limit."""
    owner = getattr(obj, "__self__", None)
    name = getattr(obj, "__name__", "")
    _check_comparable(guard, *args, *kwargs.values())
    if name in ("index", "count") and isinstance(owner, (list, tuple)):
        _check_comparable(guard, owner)
    if isinstance(owner, (str, bytes)):
        size = len(owner)
        if name in _STR_WIDTH_METHODS:
            guard.check_chars(_int_or(_arg(args, kwargs, 0, "width", 0), 0))
        elif name == "expandtabs":
            tab = owner.count("\t" if isinstance(owner, str) else b"\t")
            tabsize = max(0, _int_or(_arg(args, kwargs, 0, "tabsize", 8), 0))
            guard.check_chars(size + tab * tabsize)
        elif name == "join" and args:
            items = list(args[0])
            args = (items, *args[1:])
            try:
                total = sum(map(len, items)) + size * max(0, len(items) - 1)
            except TypeError:
                total = 0
            guard.check_chars(total)
        elif name == "replace":
            old = _arg(args, kwargs, 0, "old", "")
            new = _arg(args, kwargs, 1, "new", "")
            count = _arg(args, kwargs, 2, "count", -1)
            guard.check_chars(_replace_size(owner, old, new, count))
        elif name in ("split", "rsplit", "splitlines"):
            guard.charge(64 * _count_parts(owner, name, args, kwargs))
        elif name == "translate":
            table = args[0] if args else None
            longest = 1
            if isinstance(table, dict):
                longest = max(
                    (len(v) for v in table.values() if isinstance(v, (str, bytes))), default=1
                )
            guard.check_chars(size * max(1, longest))
    elif isinstance(owner, int) and name == "to_bytes":
        guard.check_chars(_int_or(_arg(args, kwargs, 0, "length", 1), 0))
    return args


def _count_parts(
    text: str | bytes, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> int:
    """Upper bound of the number of parts ``split``, ``rsplit`` or ``splitlines`` returns."""
    if name == "splitlines":
        marks: Iterable[Any] = (
            "\n",
            "\r",
            "\x0b",
            "\x0c",
            "\x1c",
            "\x1d",
            "\x1e",
            "\x85",
            "\u2028",
            "\u2029",
        )
    else:
        sep = _arg(args, kwargs, 0, "sep", None)
        marks = (sep,) if sep else (" ", "\t", "\n", "\r", "\x0b", "\x0c")
    if isinstance(text, bytes):
        marks = [m.encode("latin-1", "ignore") if isinstance(m, str) else m for m in marks]
        marks = [m for m in marks if m]
    parts = 1
    for mark in marks:
        if type(mark) is type(text):
            parts += text.count(mark)
    maxsplit = _int_or(_arg(args, kwargs, 1, "maxsplit", -1), -1)
    if name != "splitlines" and maxsplit >= 0:
        parts = min(parts, maxsplit + 1)
    return parts


_ENV = _GuardedEnvironment()


@functools.lru_cache(maxsize=32)
def _compile(text: str) -> jinja2.Template:
    """Compile template source once."""
    return _ENV.from_string(text)


# ---------------------------------------------------------------------------
# Rendering


def _template_line(exc: BaseException) -> int | None:
    """The template line an exception was raised at, when known."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        frame_globals = tb.tb_frame.f_globals
        template = frame_globals.get("__jinja_template__")
        if template is not None:
            try:
                line = template.get_corresponding_lineno(tb.tb_lineno)
            except Exception:
                line = None
        elif "__jinja_exception__" in frame_globals:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _short(text: str) -> str:
    """Clip a detail for an error message."""
    text = " ".join(text.split())
    if len(text) > _DETAIL_CHARS:
        return text[: _DETAIL_CHARS - 1] + "\u2026"
    return text


def _describe(exc: BaseException) -> str:
    """A user-facing message for an exception raised while compiling or rendering."""
    if isinstance(exc, TemplateSyntaxError):
        where = f" (line {exc.lineno})" if exc.lineno else ""
        return f"The chat template is broken: {_short(exc.message or str(exc))}{where}"
    line = _template_line(exc)
    where = f" (line {line})" if line else ""
    if isinstance(exc, _RaisedByTemplate):
        return f"The chat template refused the conversation: {_short(str(exc))}{where}"
    if isinstance(exc, SecurityError):
        return (
            "The chat template tried to do something that is not allowed and was stopped: "
            f"{_short(str(exc))}{where}"
        )
    if isinstance(exc, RecursionError):
        return f"The chat template nested too deeply and was stopped{where}."
    if isinstance(exc, MemoryError):
        return "The chat template ran out of memory and was stopped."
    detail = _short(str(exc)) or type(exc).__name__
    return f"The chat template failed: {detail}{where}"


def _render_guarded(text: str, variables: dict[str, Any], guard: _Guard) -> str:
    """Compile and render with the guard active; output is capped at ``max_chars``."""
    if len(text) > MAX_TEMPLATE_CHARS:
        raise _Stop(f"The chat template is too large (over {MAX_TEMPLATE_CHARS:,} characters).")
    template = _compile(text)
    previous = getattr(_state, "guard", None)
    _state.guard = guard
    generator = template.generate(**variables)
    try:
        parts: list[str] = []
        for chunk in generator:
            guard.produced += len(chunk)
            if guard.produced > guard.max_chars:
                raise guard.too_long_output()
            parts.append(chunk)
        return "".join(parts)
    finally:
        sys.settrace(None)
        _state.guard = previous
        generator.close()


def render(
    template: ChatTemplate | str,
    messages: list[dict],
    *,
    bos_token: str = "",
    eos_token: str = "",
    add_generation_prompt: bool = True,
    deadline_s: float = 2.0,
    max_chars: int = 1_000_000,
    tools: list[dict] | None = None,
) -> str:
    """Render messages ({"role": ..., "content": ...}) to prompt text, or raise TemplateError.
    tools: the functions the model may call (OpenAI's ``tools`` list), for templates that
    show them."""
    text = template.text if isinstance(template, ChatTemplate) else template
    variables = {
        "messages": messages,
        "bos_token": bos_token,
        "eos_token": eos_token,
        "add_generation_prompt": add_generation_prompt,
        "tools": tools or None,
        "documents": None,
    }
    guard = _Guard(max_chars, deadline_s)
    message: str | None = None
    cause: BaseException | None = None
    previous_trace = sys.gettrace()
    try:
        sys.settrace(guard.tracer)
        try:
            return _render_guarded(text, variables, guard)
        finally:
            sys.settrace(previous_trace)
    except _Stop as exc:
        message = exc.message
    except Exception as exc:
        message = _describe(exc)
        cause = exc
    raise TemplateError(message) from cause
