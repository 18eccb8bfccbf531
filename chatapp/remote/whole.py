"""A server that answers a streamed request with one JSON document instead of a stream.

Some proxies and servers ignore ``stream: true``: a whole chat completion is taken as one
chunk holding all of it; an error object is the server's error; any other JSON is an answer
that is not an OpenAI-compatible stream.
"""

from __future__ import annotations

import json
from typing import Any

from chatapp.remote.endpoints import Endpoint
from chatapp.remote.errors import NOT_A_STREAM, RemoteError

# the largest JSON reply read whole (a chat completion is far smaller)
MAX_WHOLE_BYTES = 8 * 1024 * 1024


def content_type(response: Any) -> str:
    """The media type an httpx response says its body is, lowercased, without parameters
    ("application/json", "text/event-stream"; "" when it says none)."""
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def whole_reply(response: Any, endpoint: Endpoint) -> Any | None:
    """None when response streams; for a JSON body, the whole chat completion it holds as
    one ``ChatCompletionChunk`` (its message as the delta). openai.APIError for an error
    object; RemoteError (NOT_A_STREAM) for anything else."""
    kind = content_type(response)
    if kind != "application/json" and not kind.endswith("+json"):
        return None
    body = bytearray()
    for part in response.iter_bytes():
        body += part
        if len(body) > MAX_WHOLE_BYTES:
            raise _not_a_stream(endpoint)
    try:
        data = json.loads(body)
    except ValueError:
        raise _not_a_stream(endpoint) from None
    if isinstance(data, dict) and "error" in data:
        import openai

        inner = data["error"]
        message = inner.get("message") if isinstance(inner, dict) else inner
        raise openai.APIError(str(message or inner), response.request, body=data)
    chunk = as_chunk(data)
    if chunk is None:
        raise _not_a_stream(endpoint)
    return chunk


def as_chunk(data: Any) -> Any | None:
    """A chat completion (``choices[0].message``) as one ChatCompletionChunk, or None when
    data is not one."""
    from openai.types.chat import ChatCompletionChunk

    choices = data.get("choices") if isinstance(data, dict) else None
    first = choices[0] if isinstance(choices, list) and choices else None
    message = first.get("message") if isinstance(first, dict) else None
    if not isinstance(message, dict):
        return None
    delta = {k: v for k, v in message.items() if k != "tool_calls"}
    calls = message.get("tool_calls")
    if isinstance(calls, list) and calls:
        delta["tool_calls"] = [{**call, "index": i} for i, call in enumerate(calls)
                               if isinstance(call, dict)]
    return ChatCompletionChunk.construct(
        id=str(data.get("id") or ""), object="chat.completion.chunk",
        created=data.get("created") or 0, model=str(data.get("model") or ""),
        system_fingerprint=data.get("system_fingerprint"), usage=data.get("usage"),
        choices=[{"index": 0, "delta": delta,
                  "finish_reason": first.get("finish_reason") or "stop"}])


def _not_a_stream(endpoint: Endpoint) -> RemoteError:
    return RemoteError(NOT_A_STREAM, endpoint=endpoint.name, host=endpoint.host)
