"""Tool calls in a model's answer: the call formats chat templates teach, read back as calls.

A model offered tools (OpenAI's ``tools``, rendered by its chat template) answers a call in
the format its template shows it, not in OpenAI's JSON:

- ``<tool_call>{"name": …, "arguments": {…}}</tool_call>`` (Hermes, Qwen 2.5/3, SmolLM3 and
  most templates written since);
- ``[TOOL_CALLS][{"name": …, "arguments": {…}}]`` or ``[TOOL_CALLS]NAME[ARGS]{…}`` (Mistral);
- ``<|tool_call|>[…]<|/tool_call|>`` (Phi-4, Granite), ``<|python_tag|>{…}`` (Llama 3.x);
- a bare ``{"name": …, "parameters": {…}}`` (or a list of them) as the whole answer (Llama 3.x).

:class:`ToolCallParser` reads the answer text as it streams and splits it into text and
complete calls; text that only looked like a call (a JSON object that names no function, an
opening tag never closed) comes back as text, so nothing is lost. Plain text, no llama.cpp.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
from dataclasses import dataclass
from typing import Any

from chatapp.engine.output import held_back

# Where a call starts, and what ends it ("" where the JSON value itself ends it).
OPENERS: dict[str, str] = {
    "<tool_call>": "</tool_call>",
    "<|tool_call|>": "<|/tool_call|>",
    "<function_call>": "</function_call>",
    "[TOOL_CALLS]": "",
    "<|python_tag|>": "",
}
# The literals of the call formats: a template's markers that must stay in the text when the
# model was offered tools (elsewhere they are dropped as markup).
TOOL_MARKERS = frozenset([*OPENERS, *(c for c in OPENERS.values() if c), "[ARGS]",
                          "</tool_call>", "<|/tool_call|>"])
MISTRAL = "[TOOL_CALLS]"
MISTRAL_ARGS = "[ARGS]"
# the start of a call cut short: its name, then where its arguments begin
_CUT_CALL = re.compile(r'^\s*\[?\s*\{\s*"name"\s*:\s*"([^"\\]+)"\s*,\s*'
                       r'"(?:arguments|parameters)"\s*:\s*')


@dataclass
class ToolCall:
    """One call: its id (``call_…``), the function's name and its arguments as JSON text."""

    id: str
    name: str
    arguments: str

    def to_dict(self) -> dict[str, str]:
        """As the protocol and the API carry it: {"id", "name", "arguments"}."""
        return {"id": self.id, "name": self.name, "arguments": self.arguments}


def tool_names(tools: Any) -> frozenset[str]:
    """The names of the functions OpenAI's ``tools`` list offers (empty for none)."""
    return frozenset(tool["function"]["name"] for tool in tools or ()
                     if isinstance(tool, dict) and isinstance(tool.get("function"), dict)
                     and isinstance(tool["function"].get("name"), str))


def calls_text(calls: list[dict[str, Any]]) -> str:
    """An answer that is only calls, as it is kept and shown: a line of code per call,
    ``name({"city": "Oslo"})``. calls: in the protocol's shape ({"name", "arguments"}) or
    in OpenAI's ({"function": {"name", "arguments"}}), as a client sends them back; the
    arguments as JSON text or an object (written the same way either way)."""
    lines = []
    for call in calls:
        inner = call.get("function") if isinstance(call, dict) else None
        function = inner if isinstance(inner, dict) else call if isinstance(call, dict) else {}
        arguments = function.get("arguments")
        if isinstance(arguments, str):
            with contextlib.suppress(ValueError):
                arguments = json.loads(arguments)
        text = arguments if isinstance(arguments, str) else json.dumps(arguments,
                                                                       ensure_ascii=False)
        lines.append(f"`{function.get('name') or ''}({text})`")
    return "\n".join(lines)


def new_call_id() -> str:
    """A fresh call id (``call_`` and 24 hex digits)."""
    return "call_" + secrets.token_hex(12)


def calls_from(value: Any) -> list[ToolCall] | None:
    """The calls a decoded JSON value holds (an object or a list of objects, each with a
    "name" and "arguments" or "parameters", or OpenAI's {"function": {...}} form); None
    when it is not a call."""
    items = value if isinstance(value, list) else [value]
    if not items:
        return None
    calls = []
    for item in items:
        if not isinstance(item, dict):
            return None
        if isinstance(item.get("function"), dict):
            item = {**item["function"], "id": item.get("id")}
        name = item.get("name")
        arguments = item.get("arguments", item.get("parameters", {}))
        if not isinstance(name, str) or not name:
            return None
        if isinstance(arguments, str):
            try:
                arguments = json.loads(arguments) if arguments.strip() else {}
            except ValueError:
                return None
        if not isinstance(arguments, dict):
            return None
        call_id = item.get("id")
        calls.append(ToolCall(call_id if isinstance(call_id, str) and call_id
                              else new_call_id(), name,
                              json.dumps(arguments, ensure_ascii=False)))
    return calls


def json_end(text: str, start: int = 0) -> int | None:
    """The index just past the JSON object or array that starts at text[start] (after white
    space), or None while it is not complete (or start holds no object or array)."""
    i = start
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text) or text[i] not in "{[":
        return None
    depth = 0
    in_string = escaped = False
    for j in range(i, len(text)):
        c = text[j]
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "{[":
            depth += 1
        elif c in "}]":
            depth -= 1
            if depth == 0:
                return j + 1
    return None


def _cut_call(opener: str, buffer: str) -> list[ToolCall] | None:
    """A call the answer's end cut short (a token limit) after opener, as OpenAI gives one:
    its name and the arguments written so far, which need not be whole JSON; None when not
    even the name was written (or no opener began it: a bare value is text)."""
    if not opener:
        return None
    if opener == MISTRAL and buffer.lstrip()[:1] not in ("[", "{"):
        name, args, rest = buffer.partition(MISTRAL_ARGS)
        return [ToolCall(new_call_id(), name.strip(), rest)] if args and name.strip() else None
    if (end := json_end(buffer)) is not None:  # whole, cut inside its closing tag
        with contextlib.suppress(ValueError):
            return calls_from(json.loads(buffer[:end]))
    match = _CUT_CALL.match(buffer)
    return [ToolCall(new_call_id(), match.group(1), buffer[match.end():])] if match else None


class ToolCallParser:
    """Splits streamed answer text into text and tool calls.

    Attributes:
        calls: every call found so far.
        text: all the text (not calls) given back so far.
    """

    def __init__(self, names: frozenset[str] = frozenset()) -> None:
        """names: the functions offered; a call to another one is text (none: any)."""
        self.names = names
        self.calls: list[ToolCall] = []
        self.text = ""
        self._buffer = ""
        self._opener: str | None = None  # inside a call that this opener started
        self._bare = False  # inside a bare JSON value at the start of the answer

    def feed(self, text: str) -> tuple[str, list[ToolCall]]:
        """Add answer text; return the text that is safe to show and the calls completed."""
        self._buffer += text
        return self._scan(final=False)

    def finish(self) -> tuple[str, list[ToolCall]]:
        """The end of the answer: what is held back comes out (a call cut short as a call
        with the arguments written so far when its name was written, else as text)."""
        return self._scan(final=True)

    def _scan(self, final: bool) -> tuple[str, list[ToolCall]]:
        shown: list[str] = []
        found: list[ToolCall] = []
        while self._buffer:
            if self._opener is not None or self._bare:
                if not self._take_call(found, shown, final):
                    break
                continue
            if not self.text.strip() and not found and not self.calls:
                stripped = self._buffer.lstrip()
                if stripped[:1] in ("{", "[") and not any(stripped.startswith(o)
                                                          for o in OPENERS):
                    if not final and any(o.startswith(stripped) for o in OPENERS):
                        break  # "[TOOL" may still become an opener
                    self._bare = True
                    continue
                if not stripped and not final:
                    break
            positions = [(self._buffer.find(o), o) for o in OPENERS]
            positions = [(p, o) for p, o in positions if p >= 0]
            if positions:
                at, opener = min(positions)
                if at:
                    shown.append(self._buffer[:at])
                    self.text += self._buffer[:at]
                self._buffer = self._buffer[at + len(opener):]
                self._opener = opener
                continue
            keep = 0 if final else held_back(self._buffer, OPENERS)
            cut = len(self._buffer) - keep
            shown.append(self._buffer[:cut])
            self.text += self._buffer[:cut]
            self._buffer = self._buffer[cut:]
            break
        self.calls += found
        return "".join(shown), found

    def _take_call(self, found: list[ToolCall], shown: list[str], final: bool) -> bool:
        """Read the call the buffer is inside; False while it is not complete (and not final).
        A call that does not parse goes back out as text."""
        opener = self._opener or ""
        closer = OPENERS.get(opener, "")
        buffer = self._buffer
        end: int | None
        if closer:
            at = buffer.find(closer)
            body, end = (buffer[:at], at + len(closer)) if at >= 0 else (buffer, None)
        elif opener == MISTRAL and buffer.lstrip()[:1] not in ("", "[", "{"):
            at = buffer.find(MISTRAL_ARGS)
            args_end = json_end(buffer, at + len(MISTRAL_ARGS)) if at >= 0 else None
            body, end = buffer[:args_end or len(buffer)], args_end
            if end is not None:
                try:
                    arguments = json.loads(buffer[at + len(MISTRAL_ARGS):end])
                except ValueError:
                    arguments = None
                calls = calls_from({"name": buffer[:at].strip(), "arguments": arguments})
                return self._took(calls, opener, buffer[:end], end, found, shown)
        else:
            end = json_end(buffer)
            body = buffer[:end] if end is not None else buffer
        if end is None:
            if not final:
                return False
            return self._took(_cut_call(opener, buffer), opener, buffer, len(buffer),
                              found, shown)
        try:
            calls = calls_from(json.loads(body))
        except ValueError:
            calls = None
        return self._took(calls, opener, buffer[:end], end, found, shown)

    def _took(self, calls: list[ToolCall] | None, opener: str, raw: str, end: int,
              found: list[ToolCall], shown: list[str]) -> bool:
        """Record the calls read (or give the raw text back) and go on after them."""
        self._buffer = self._buffer[end:]
        self._opener, self._bare = None, False
        if calls and self.names and any(call.name not in self.names for call in calls):
            calls = None  # a function the request never offered: the text as it was written
        if calls is None:
            shown.append(opener + raw)
            self.text += opener + raw
        else:
            found.extend(calls)
        return True
