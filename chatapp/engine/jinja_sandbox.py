"""transformers' Jinja sandbox for chat templates, and one render in this process.

The environment is the one Hugging Face transformers' ``apply_chat_template`` uses
(``ImmutableSandboxedEnvironment`` with trim/lstrip blocks, ``loopcontrols``, a no-op
``{% generation %}`` tag, ``tojson`` without HTML escaping, ``raise_exception`` and
``strftime_now``), so a model's template renders here as its authors tested it. The sandbox
stops attribute tricks, not work: untrusted templates are rendered by
:mod:`chatapp.engine.template_process`, in a child process that the operating system limits.
"""

from __future__ import annotations

import functools
import json
from datetime import datetime
from typing import Any

import jinja2
import jinja2.ext
from jinja2 import nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.ext import Extension
from jinja2.parser import Parser
from jinja2.sandbox import ImmutableSandboxedEnvironment, modifies_known_mutable

from chatapp.engine.template_syntax import clip, syntax_phrase
from chatapp.errors import QT_TRANSLATE_NOOP, UserError

_DETAIL_CHARS = 300

# what a template's failures say (TemplateError's templates)
BROKEN = QT_TRANSLATE_NOOP("errors", "The chat template is broken: {detail}{where}")
REFUSED = QT_TRANSLATE_NOOP(
    "errors", "The chat template refused the conversation: {detail}{where}")
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "errors", "The chat template tried to do something that is not allowed and was "
    "stopped: {detail}{where}")
TOO_DEEP = QT_TRANSLATE_NOOP(
    "errors", "The chat template nested too deeply and was stopped{where}.")
TOO_MUCH_MEMORY = QT_TRANSLATE_NOOP(
    "errors", "The chat template used too much memory and was stopped.")
FAILED = QT_TRANSLATE_NOOP("errors", "The chat template failed: {detail}{where}")
TOO_LONG_OUTPUT = QT_TRANSLATE_NOOP(
    "errors", "The chat template produced a prompt longer than {count} characters and was "
    "stopped.")
TOO_LARGE_NUMBER = QT_TRANSLATE_NOOP(
    "errors", "The chat template tried to compute a number too large and was stopped.")
TOO_LARGE_TEXT = QT_TRANSLATE_NOOP(
    "errors", "The chat template tried to build a text larger than {count} characters and was "
    "stopped.")
# Largest integer (in bits) that ``a ** b`` may compute.
MAX_INT_BITS = 1 << 16


class TemplateError(UserError):
    """A chat template could not be rendered: a translatable message (str(e): English)."""


class _RaisedByTemplate(Exception):
    """The template called ``raise_exception``."""


class _TooLarge(TemplateError):
    """A value or the output went over the size limit."""


def _tojson(x: Any, ensure_ascii: bool = False, indent: int | str | None = None,
            separators: tuple[str, str] | None = None, sort_keys: bool = False) -> str:
    """JSON like transformers' ``tojson``: no HTML escaping, keys in their order."""
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators,
                      sort_keys=sort_keys)


def _raise_exception(message: Any) -> None:
    """Global ``raise_exception(msg)``: the template refuses the conversation."""
    raise _RaisedByTemplate(str(message))


def _strftime_now(fmt: str) -> str:
    """Global ``strftime_now(fmt)``: the local time formatted."""
    return datetime.now().strftime(fmt)


class _GenerationExtension(Extension):
    """Accepts ``{% generation %}...{% endgeneration %}`` and renders its body unchanged."""

    tags = {"generation"}

    def parse(self, parser: Parser) -> nodes.Node:
        """Parse the block into a plain scope."""
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(("name:endgeneration",), drop_needle=True)
        return nodes.Scope(body, lineno=lineno)


class _Environment(ImmutableSandboxedEnvironment):
    """transformers' sandbox; repetition (``'x' * n``) and powers are refused past the size
    limits, and private attributes fail at once instead of rendering as nothing."""

    intercepted_binops = frozenset({"*", "**"})
    max_chars = 1_000_000

    def __init__(self) -> None:
        super().__init__(trim_blocks=True, lstrip_blocks=True,
                         extensions=[jinja2.ext.loopcontrols, _GenerationExtension])
        self.filters["tojson"] = _tojson
        self.globals["raise_exception"] = _raise_exception
        self.globals["strftime_now"] = _strftime_now

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        """``a * n`` for a text or list and ``a ** b``: refused when the result would be
        over the limit."""
        if op == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1 \
                and right > 0 and left.bit_length() * right > MAX_INT_BITS:
            raise _TooLarge(TOO_LARGE_NUMBER)
        for seq, count in ((left, right), (right, left)) if op == "*" else ():
            if isinstance(seq, (str, bytes, list, tuple)) and isinstance(count, int) \
                    and len(seq) * count > self.max_chars:
                raise _TooLarge(TOO_LARGE_TEXT, count=f"{self.max_chars:,}")
        return super().call_binop(context, op, left, right)

    def unsafe_undefined(self, obj: Any, attribute: str) -> jinja2.Undefined:
        """Fail at once on private and internal attributes; mutating methods stay undefined."""
        if modifies_known_mutable(obj, attribute):
            return super().unsafe_undefined(obj, attribute)
        raise SecurityError(
            f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe.")


_ENV = _Environment()


@functools.lru_cache(maxsize=32)
def _compile(text: str) -> jinja2.Template:
    """Compile template source once."""
    return _ENV.from_string(text)


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


def _where(line: int | None) -> UserError | str:
    """" (line N)" after a message, or nothing."""
    return UserError(QT_TRANSLATE_NOOP("errors", " (line {line})"), line=line) if line else ""


def _describe(exc: BaseException) -> TemplateError:
    """The user's message for an exception raised while compiling or rendering (the
    template's own words only ever a value in it)."""
    if isinstance(exc, TemplateSyntaxError):  # jinja: Jinja's own words, for the log
        jinja = clip(exc.message or str(exc), _DETAIL_CHARS)
        return TemplateError(BROKEN, detail=syntax_phrase(exc.message or "") or jinja,
                             where=_where(exc.lineno), jinja=jinja)
    where = _where(_template_line(exc))
    if isinstance(exc, _RaisedByTemplate):
        return TemplateError(REFUSED, detail=clip(str(exc), _DETAIL_CHARS), where=where)
    if isinstance(exc, SecurityError):
        return TemplateError(NOT_ALLOWED, detail=clip(str(exc), _DETAIL_CHARS), where=where)
    if isinstance(exc, RecursionError):
        return TemplateError(TOO_DEEP, where=where)
    if isinstance(exc, MemoryError):
        return TemplateError(TOO_MUCH_MEMORY)
    return TemplateError(FAILED, detail=clip(str(exc), _DETAIL_CHARS) or type(exc).__name__,
                         where=where)


def render_text(text: str, variables: dict[str, Any], max_chars: int) -> str:
    """Render template source with variables in this process, with no time or memory limit
    of its own (see :mod:`chatapp.engine.template_process`); the output is capped at
    ``max_chars`` characters. Raises TemplateError with the user's message."""
    _ENV.max_chars = max(0, int(max_chars))
    produced = 0
    parts: list[str] = []
    try:
        for chunk in _compile(text).generate(**variables):
            produced += len(chunk)
            if produced > max_chars:
                raise _TooLarge(TOO_LONG_OUTPUT, count=f"{max_chars:,}")
            parts.append(chunk)
    except TemplateError:
        raise
    except Exception as exc:
        raise _describe(exc) from exc
    return "".join(parts)
