"""The parts of a rendered prompt: message text apart from the template's markers (so that
a marker a user typed stays text), the prompt cut after the last message, tool-call arguments
as objects, and a request's stop strings."""

from __future__ import annotations

import json
from typing import Any


def stop_strings(stop: Any) -> list[str]:
    """A request's own stop strings (a string or a list of them)."""
    if isinstance(stop, str):
        return [stop] if stop else []
    if not isinstance(stop, (list, tuple)):  # (a hand-written file's number, say)
        return []
    return [str(s) for s in stop if s]


def joined_questions(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """messages with each question that follows a question (the answer between them failed,
    or a client sent them so) joined to it, a blank line apart: many chat templates refuse two
    user turns in a row."""
    joined: list[dict[str, Any]] = []
    for message in messages:
        last = joined[-1] if joined else None
        if (last is not None and message.get("role") == "user" and last.get("role") == "user"
                and isinstance(last.get("content"), str)
                and isinstance(message.get("content"), str)):
            joined[-1] = {**last, "content": last["content"] + "\n\n" + message["content"]}
        else:
            joined.append(message)
    return joined


def with_argument_objects(message: dict[str, Any]) -> dict[str, Any]:
    """A message whose tool calls carry their arguments as objects, as chat templates expect
    them (transformers' convention; OpenAI's clients send JSON text)."""
    calls = message.get("tool_calls")
    if not isinstance(calls, list):
        return message
    converted = []
    for call in calls:
        function = call.get("function") if isinstance(call, dict) else None
        arguments = function.get("arguments") if isinstance(function, dict) else None
        if isinstance(arguments, str):
            try:
                parsed = json.loads(arguments)
            except ValueError:
                parsed = None
            if isinstance(parsed, dict):
                call = {**call, "function": {**function, "arguments": parsed}}
        converted.append(call)
    return {**message, "tool_calls": converted}


def split_spans(prompt: str, contents: list[str]) -> list[tuple[str, bool]]:
    """Cut the rendered prompt into (part, is_message_text) in order."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for content in contents:
        for candidate in (content, content.strip()):
            if not candidate:
                continue
            found = prompt.find(candidate, pos)
            if found >= 0:
                if found > pos:
                    parts.append((prompt[pos:found], False))
                parts.append((candidate, True))
                pos = found + len(candidate)
                break
    if pos < len(prompt):
        parts.append((prompt[pos:], False))
    return parts


def cut_after_last(prompt: str, content: str) -> str:
    """The prompt up to the end of the last message's text (its end-of-turn marker dropped)."""
    for candidate in (content, content.rstrip(), content.strip()):
        found = prompt.rfind(candidate) if candidate else -1
        if found >= 0:
            return prompt[: found + len(candidate)]
    return prompt
