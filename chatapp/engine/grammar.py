"""Answers held to a shape: OpenAI's ``response_format`` and ``tool_choice`` as a llama.cpp
grammar (GBNF).

Runs in the worker process (llama-cpp-python's converter, the same one its own server uses):
``json_object`` gives any JSON object, ``json_schema`` an object that follows the schema;
``tool_choice`` "required" (or a named function) one call of the offered tools (that one),
written the way the model's chat template writes calls (chatapp.engine.tool_calls reads it
back). The worker puts the grammar first in the token sampler chain, so that every token the
model may pick keeps the answer inside the grammar.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: how a chat template's calls are written around one call's JSON object (GBNF before and
#: after it, and the key of its arguments), by a marker the template holds; else a bare
#: object with "arguments" (which chatapp.engine.tool_calls reads too)
CALL_SHAPES = (
    ("<tool_call>", '"<tool_call>" "\\n"? ', ' "\\n"? "</tool_call>"', "arguments"),
    ("<|tool_call|>", '"<|tool_call|>" "[" ', ' "]" "<|/tool_call|>"', "arguments"),
    ("[TOOL_CALLS]", '"[TOOL_CALLS]" "[" ', ' "]"', "arguments"),
    ("<|python_tag|>", "", "", "parameters"),  # Llama 3.x: a bare {"name", "parameters"}
)


class GrammarError(ValueError):
    """The response format cannot be turned into a grammar; str(e) says why (English)."""


def schema_of(response_format: Any) -> dict[str, Any] | None:
    """The JSON schema a response format asks for ({} for any JSON object), or None for
    plain text. GrammarError for a format that is not one of OpenAI's."""
    if response_format is None:
        return None
    if not isinstance(response_format, dict):
        raise GrammarError("response_format must be an object")
    kind = response_format.get("type", "text")
    if kind == "text":
        return None
    if kind == "json_object":
        schema = response_format.get("schema")  # llama-server's extension
        return schema if isinstance(schema, dict) else {}
    if kind == "json_schema":
        wrapper = response_format.get("json_schema")
        schema = wrapper.get("schema") if isinstance(wrapper, dict) else None
        if schema is None:
            schema = response_format.get("schema")
        if not isinstance(schema, dict):
            raise GrammarError("response_format.json_schema.schema must be a JSON schema object")
        return schema
    raise GrammarError(f"unknown response_format type {kind!r}")


def grammar_for(response_format: Any) -> str | None:
    """The GBNF grammar for a response format, or None for plain text. GrammarError when
    the schema cannot be converted (a remote $ref, an unknown type, …)."""
    schema = schema_of(response_format)
    if schema is None:
        return None
    from llama_cpp.llama_grammar import JSON_GBNF, json_schema_to_gbnf

    if not schema:
        return JSON_GBNF
    try:
        return json_schema_to_gbnf(json.dumps(schema))
    except (ValueError, KeyError, TypeError, AttributeError, AssertionError,
            RecursionError, NotImplementedError) as exc:
        raise GrammarError(f"The JSON schema cannot be used: {exc}") from None


def forced_call(tool_choice: Any) -> bool:
    """Whether tool_choice makes the model call a tool ("required", or a named function)."""
    return tool_choice == "required" or isinstance(tool_choice, dict)


def tool_call_grammar(template: str, tools: list[dict[str, Any]], tool_choice: Any) -> str | None:
    """The GBNF grammar of an answer that is one call of the offered tools (OpenAI's
    ``tools``), in the form the chat template writes calls (CALL_SHAPES): any of them for
    tool_choice "required", the one named by {"type": "function", "function": {"name"}};
    None when the model decides for itself ("auto", "none", None). GrammarError when the
    named function is not offered or a tool's parameters cannot be converted."""
    if not forced_call(tool_choice):
        return None
    named = (tool_choice.get("function") or {}).get("name") if isinstance(tool_choice, dict) \
        else None
    before, after, key = next(((b, a, k) for marker, b, a, k in CALL_SHAPES if marker in template),
                              ("", "", "arguments"))
    functions = [t["function"] for t in tools if named is None or t["function"]["name"] == named]
    if not functions:
        raise GrammarError(f"tool_choice names {named!r}, which is not among the tools")
    calls = [{"type": "object", "additionalProperties": False, "required": ["name", key],
              "properties": {"name": {"const": f["name"]},
                             key: f.get("parameters") or {"type": "object"}}}
             for f in functions]
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    try:
        body = json_schema_to_gbnf(json.dumps(calls[0] if len(calls) == 1 else {"anyOf": calls}))
    except (ValueError, KeyError, TypeError, AttributeError, AssertionError,
            RecursionError, NotImplementedError) as exc:
        raise GrammarError(f"A tool's parameters cannot be used: {exc}") from None
    body = re.sub(r"^root ::=", "tool-call ::=", body, flags=re.MULTILINE)
    return f"root ::= {before}tool-call{after}\n{body}"
