"""Answers held to a shape: OpenAI's ``response_format`` as a llama.cpp grammar (GBNF).

Runs in the worker process (llama-cpp-python's converter, the same one its own server uses):
``json_object`` gives any JSON object, ``json_schema`` an object that follows the schema.
The worker puts the grammar first in the token sampler chain, so that every token the model
may pick keeps the answer inside the grammar.
"""

from __future__ import annotations

import json
from typing import Any


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
