"""The local API's HTTP face: a FastAPI application in the shape of OpenAI's API, that the
official ``openai`` client (and everything built on it) parses.

Routes: ``GET /health`` (and ``HEAD``), ``GET /v1/models`` (``/v1/models/{id}``),
``POST /v1/chat/completions``, ``POST /v1/completions``, ``POST /v1/embeddings``. Every request
but the health probe (it says only "ok", as llama-server's does) carries the bearer token (401
otherwise);
failures are OpenAI's error JSON with a status that says what kind they are.
Answers stream as server-sent events; a client that goes away stops its answer at the next
token.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import secrets
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Receive, Scope, Send

from chatapp.api import requests as api_requests
from chatapp.api.cors import ApiCors
from chatapp.api.errors import (
    BODY_STALLED,
    NO_RAW_REMOTE,
    NO_TOKEN,
    NO_TOKEN_GIVEN,
    NOT_FOUND,
    STOPPING,
    TOO_LARGE,
    UNKNOWN_MODEL,
    WRONG_METHOD,
    WRONG_TOKEN,
    ApiError,
    answer_error,
)
from chatapp.api.feed import END, AnswerFeed
from chatapp.api.service import CLIENT_CLOSED, ApiService, Exchange
from chatapp.api.token import matches, shown_path
from chatapp.catalogue import is_remote
from chatapp.engine.outcomes import EmbeddingTooLong, EngineError, ModelTooBig
from chatapp.errors import UserError, unexpected_error
from chatapp.library_kinds import CHAT, EMBEDDING
from chatapp.logs import log_file
from chatapp.remote.errors import TIMEOUT, RemoteError

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 8_000_000  # beyond any context (a million tokens is about 4 MB of text)
BODY_STALL_S = 30  # a request body that stops coming for this long is given up (408)
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
# the app's finish reasons as OpenAI's ("stopped" is not one: the answer was cut because the
# API or the app stopped, and the client is told so with an error, not an ending)
FINISH = {"stop": "stop", "length": "length"}


def _client(scope: Scope) -> str:
    client = scope.get("client")
    return f"{client[0]}:{client[1]}" if client else "?"


# The one route that needs no token: a health probe that says nothing but "ok" (HEAD: its
# status only, as probes ask).
PUBLIC = frozenset({("GET", "/health"), ("HEAD", "/health")})


class TokenCheck:
    """ASGI middleware: every request but a CORS preflight and the health probe carries the
    token (401 without it or with another one; logged). A request without one is told where
    the token is: token_file, or (None) the one the API was started with."""

    def __init__(self, app: ASGIApp, service: ApiService, token: Callable[[], str],
                 token_file: Path | None = None) -> None:
        self.app = app
        self.service = service
        self.token = token
        self.token_file = token_file

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") == "OPTIONS" or (
                (scope.get("method"), scope.get("path")) in PUBLIC):
            await self.app(scope, receive, send)
            return
        text = Headers(scope=scope).get("authorization", "")
        given = text[7:].strip() if text[:7].lower() == "bearer " else ""
        if matches(given, self.token()):
            await self.app(scope, receive, send)
            return
        if given:
            error = ApiError(401, WRONG_TOKEN, api_code="invalid_api_key")
        elif self.token_file is None:
            error = ApiError(401, NO_TOKEN_GIVEN, api_code="invalid_api_key")
        else:
            error = ApiError(401, NO_TOKEN, api_code="invalid_api_key",
                             path=shown_path(self.token_file))
        Exchange(self.service, _client(scope), scope.get("path", "")).end(401, error)
        response = JSONResponse(error.body(), 401, headers={"WWW-Authenticate": "Bearer"})
        await response(scope, receive, send)


class _Reply:
    """The ids and shapes of one completion (chat or text)."""

    def __init__(self, chat: bool, model: str) -> None:
        self.chat = chat
        self.model = model
        self.id = ("chatcmpl-" if chat else "cmpl-") + secrets.token_hex(12)
        self.created = int(time.time())

    def _object(self, chunk: bool) -> str:
        if self.chat:
            return "chat.completion.chunk" if chunk else "chat.completion"
        return "text_completion"

    def choice(self, delta: dict[str, Any] | None, finish: str | None,
               message: dict[str, Any] | None = None) -> dict[str, Any]:
        if not self.chat:
            return {"index": 0, "text": (delta or message or {}).get("content", ""),
                    "logprobs": None, "finish_reason": finish}
        key, value = ("message", message) if message is not None else ("delta", delta or {})
        return {"index": 0, key: value, "logprobs": None, "finish_reason": finish}

    def event(self, delta: dict[str, Any] | None = None, finish: str | None = None,
              usage: dict[str, int | None] | None = None, choices: bool = True,
              with_usage: bool = False, sources: list[dict[str, Any]] | None = None) -> bytes:
        """One server-sent event with a chunk (the last one with the sources, when the
        request named document collections)."""
        body: dict[str, Any] = {"id": self.id, "object": self._object(True),
                                "created": self.created, "model": self.model,
                                "system_fingerprint": None,
                                "choices": [self.choice(delta, finish)] if choices else []}
        if with_usage:
            body["usage"] = usage
        if sources is not None:
            body["sources"] = sources
        return b"data: " + json.dumps(body, ensure_ascii=False).encode("utf-8") + b"\n\n"

    def whole(self, message: dict[str, Any], finish: str,
              usage: dict[str, int | None]) -> dict[str, Any]:
        """The body of a reply that is not streamed."""
        return {"id": self.id, "object": self._object(False), "created": self.created,
                "model": self.model, "system_fingerprint": None,
                "choices": [self.choice(None, finish, message)], "usage": usage}


def _usage(answer: Any) -> dict[str, int | None]:
    """OpenAI's usage of an answer; prompt_tokens and total_tokens None (null) where the
    prompt's tokens are not known (a server elsewhere that sent no usage), never a 0."""
    stats = answer.result.stats if answer.result is not None else {}
    given = stats.get("prompt_tokens")
    prompt = None if given is None else int(given)
    completion = int(stats.get("completion_tokens") or 0)
    return {"prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": None if prompt is None else prompt + completion}


def _cut(answer: Any) -> ApiError:
    """The failure of an answer that ended in an error, or that was cut short on this side
    (the API or the app stopping: 503, so that the client asks again)."""
    if answer.result.finish_reason == "stopped":
        return ApiError(503, STOPPING, retry_after_s=1)
    return _failure(answer)


def _failure(answer: Any) -> ApiError:
    """answer_error for an answer that ended in an error, a server elsewhere that did not
    answer in time being 504 Gateway Timeout (not 502)."""
    error = answer_error(answer.error_kind, answer.error, answer.result.error)
    if answer.error_kind == "remote" and getattr(answer.error, "template", None) == TIMEOUT:
        error.http_status = 504
    return error


def _finish_reason(answer: Any) -> str:
    """OpenAI's finish reason: "length" for an answer the token limit cut (a tool call in it
    may be unfinished), else "tool_calls" for one that called, else "stop"."""
    finish = FINISH.get(answer.result.finish_reason, "stop")
    return "tool_calls" if answer.tool_calls and finish != "length" else finish


def _calls(calls: list[dict[str, str]], start: int) -> list[dict[str, Any]]:
    """Tool calls as OpenAI sends them; in a stream each call is one delta that holds its
    index, id, name and all its arguments."""
    return [{"index": start + i, "id": call["id"], "type": "function",
             "function": {"name": call["name"], "arguments": call["arguments"]}}
            for i, call in enumerate(calls)]


def create_app(service: ApiService, token: Callable[[], str],
               cors_origins: list[str] | None = None,
               token_file: Path | None = None) -> FastAPI:
    """The application: routes over service, token required (token() gives the current
    one; token_file: where it is kept, None for one given at start), CORS only for the
    origins listed (none: off)."""
    app = FastAPI(title="ChatApp", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(TokenCheck, service=service, token=token, token_file=token_file)
    if cors_origins:
        app.add_middleware(ApiCors, allow_origins=list(cors_origins),
                           allow_methods=["GET", "POST", "OPTIONS"],
                           allow_headers=["*"])  # OpenAI's JS client adds X-Stainless-*

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), exc.http_status, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = {k.lower(): v for k, v in (exc.headers or {}).items()}
        allowed = headers.get("allow") if exc.status_code == 405 else None
        error = (ApiError(405, WRONG_METHOD, path=request.url.path, methods=allowed,
                          method=request.method) if allowed
                 else ApiError(exc.status_code, NOT_FOUND, path=request.url.path))
        Exchange(service, _client(request.scope), request.url.path).end(exc.status_code, error)
        return JSONResponse(error.body(), exc.status_code)

    @app.exception_handler(ClientDisconnect)
    async def gone(request: Request, exc: ClientDisconnect) -> Response:
        # the client went away while its request was read: its line says 499 (no traceback)
        return Response(status_code=CLIENT_CLOSED)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("the local API failed", exc_info=exc)
        error = ApiError(500, "{reason}", reason=str(unexpected_error(exc, log_file())))
        return JSONResponse(error.body(), 500)

    @app.api_route("/health", methods=["GET", "HEAD"])
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/v1/models")
    @app.get("/v1/models/")  # (a base URL written with its slash)
    async def models(request: Request) -> dict[str, Any]:
        exchange = Exchange(service, _client(request.scope), request.url.path)
        listed = await asyncio.to_thread(service.models)
        exchange.end(200)
        return {"object": "list", "data": listed}

    @app.get("/v1/models/{model_id:path}")
    async def model(model_id: str, request: Request) -> dict[str, Any]:
        exchange = Exchange(service, _client(request.scope), request.url.path, model_id)
        for entry in await asyncio.to_thread(service.models):
            if entry["id"] == model_id:
                exchange.end(200)
                return entry
        # param "model", as chat's 404 for an unknown model names it: here the path's part
        # that OpenAI's reference calls {model} (GET /v1/models/{model})
        error = ApiError(404, UNKNOWN_MODEL, api_param="model", api_code="model_not_found",
                         model=model_id)
        exchange.end(404, error)
        raise error

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Response:
        return await _complete(service, request, chat=True)

    @app.post("/v1/completions")
    async def completions(request: Request) -> Response:
        return await _complete(service, request, chat=False)

    @app.post("/v1/embeddings")
    async def embeddings(request: Request) -> Response:
        exchange = Exchange(service, _client(request.scope), request.url.path)
        try:
            return await _embed(service, request, exchange)
        except ApiError as exc:
            exchange.end(exc.http_status, exc)
            raise
        except ClientDisconnect:
            exchange.end(CLIENT_CLOSED)
            raise

    return app


async def _body(request: Request) -> bytes:
    """The request's body, refused (413) past MAX_BODY_BYTES before it is all read: a body
    that no context could hold would only keep the model busy being tokenized; given up
    (408) when it stops coming for BODY_STALL_S."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise ApiError(413, TOO_LARGE, limit=MAX_BODY_BYTES // 1_000_000)
    chunks, size = [], 0
    stream = request.stream()
    while True:
        try:
            chunk = await asyncio.wait_for(anext(stream), BODY_STALL_S)
        except StopAsyncIteration:
            break
        except TimeoutError:  # a client that holds its connection open sending nothing
            raise ApiError(408, BODY_STALLED, seconds=BODY_STALL_S) from None
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise ApiError(413, TOO_LARGE, limit=MAX_BODY_BYTES // 1_000_000)
        chunks.append(chunk)
    return b"".join(chunks)


async def _complete(service: ApiService, request: Request, chat: bool) -> Response:
    """A chat or text completion, streamed or not."""
    exchange = Exchange(service, _client(request.scope), request.url.path)
    try:
        kind = api_requests.ChatRequest if chat else api_requests.CompletionRequest
        body = api_requests.parse(await _body(request), kind)
        exchange.model = body.model
        chosen = service.find(body.model, CHAT)
        exchange.model = chosen.id
        if chat:
            messages = api_requests.chat_messages(body)
        elif is_remote(chosen.model):
            raise ApiError(400, NO_RAW_REMOTE, api_param="model", model=chosen.id)
        else:
            prompt = body.prompt if isinstance(body.prompt, str) else body.prompt[0]
            messages = [{"role": "user", "content": prompt}]
        params = api_requests.answer_params(body, chosen.model, service.ctx.settings.sampling)
        if params.get("docs"):
            service.check_docs(params["docs"])
        exchange.queue(chosen)
        if service.save_conversations and chat:  # rows to write first: off the loop
            answer = await asyncio.to_thread(service.start_answer, exchange, chosen, messages,
                                             params, chat)
        else:  # nothing to write: no thread hop before the first token
            answer = service.start_answer(exchange, chosen, messages, params, chat)
    except ApiError as exc:
        exchange.end(exc.http_status, exc)
        raise
    except ClientDisconnect:  # gone while its request was read
        exchange.end(CLIENT_CLOSED)
        raise
    except BaseException:
        exchange.end(500)
        raise
    feed = AnswerFeed(answer, asyncio.get_running_loop(),
                      lambda: service.answer_ended(exchange)).start()
    first = await feed.wait(request.is_disconnected)
    if first is False:
        exchange.end(CLIENT_CLOSED)
        return Response(status_code=CLIENT_CLOSED)
    if first is END and answer.result is not None and answer.result.finish_reason == "error":
        error = _failure(answer)
        exchange.end(error.http_status, error)
        raise error
    reply = _Reply(chat, chosen.id)
    if body.stream:
        return StreamingResponse(_stream(feed, exchange, reply, first, body.include_usage),
                                 media_type="text/event-stream", headers=SSE_HEADERS)
    item: str | None | bool = first
    while item is not END:
        item = await feed.wait(request.is_disconnected)
        if item is False:
            exchange.end(CLIENT_CLOSED)
            return Response(status_code=CLIENT_CLOSED)
    if answer.result.finish_reason in ("error", "stopped"):
        error = _cut(answer)
        exchange.end(error.http_status, error)
        raise error
    message: dict[str, Any] = {"role": "assistant",
                               "content": answer.text or (None if answer.tool_calls else "")}
    if answer.reasoning:
        message["reasoning_content"] = answer.reasoning.strip()
    if answer.tool_calls:
        message["tool_calls"] = [{k: v for k, v in c.items() if k != "index"}
                                 for c in _calls(answer.tool_calls, 0)]
    exchange.end(200)
    whole = reply.whole(message, _finish_reason(answer), _usage(answer))
    if (sources := _sources(answer)) is not None:
        whole["sources"] = sources
    return JSONResponse(whole)


def _sources(answer: Any) -> list[dict[str, Any]] | None:
    """The passages of the document collections an answer was given, by the numbers it
    cites them with ([1], [2]…): file, page (PDF), section heading, collection and text;
    None for an answer the request gave no collections."""
    retrieval = answer.retrieval
    if retrieval is None:
        return None
    names = {c.get("id"): c.get("name") for c in retrieval.collections}
    return [{"index": s.number, "file": s.path, "page": s.page, "section": s.heading,
             "collection": names.get(s.collection_id), "text": s.text}
            for s in retrieval.sources]


async def _stream(feed: AnswerFeed, exchange: Exchange, reply: _Reply, first: str | None,
                  include_usage: bool) -> AsyncIterator[bytes]:
    """The answer as server-sent events: a first chunk with the role, the text (and the
    reasoning, and each tool call whole) as it comes, the finish reason, the usage when
    asked for, [DONE]. A client that goes away cancels the answer."""
    answer = feed.answer
    settled = False
    reasoning_sent = calls_sent = 0
    try:
        if reply.chat:
            yield reply.event({"role": "assistant", "content": ""}, with_usage=include_usage)
        items = [first, *feed.take_ready()]
        while True:
            text = "".join(item for item in items if item)
            # the reasoning as the whole answer gives it: without its leading and trailing
            # spaces (those at the end wait for more reasoning)
            whole = answer.reasoning
            start = max(reasoning_sent, len(whole) - len(whole.lstrip()))
            reasoning = whole[start:len(whole.rstrip())]
            calls = answer.tool_calls[calls_sent:]
            delta: dict[str, Any] = {}
            if text:
                delta["content"] = text
            if reasoning and reply.chat:
                delta["reasoning_content"] = reasoning
                reasoning_sent = start + len(reasoning)
            if calls and reply.chat:
                delta["tool_calls"] = _calls(calls, calls_sent)
                calls_sent += len(calls)
            if delta:
                yield reply.event(delta, with_usage=include_usage)
            if END in items:
                break
            items = [await feed.get(), *feed.take_ready()]
        if answer.result.finish_reason in ("error", "stopped"):  # no ending, no [DONE]
            error = _cut(answer)
            exchange.end(error.http_status, error)
            settled = True
            yield b"data: " + json.dumps(error.body()).encode("utf-8") + b"\n\n"
            return
        yield reply.event({}, _finish_reason(answer), with_usage=include_usage,
                          sources=_sources(answer))
        if include_usage:
            yield reply.event(usage=_usage(answer), choices=False, with_usage=True)
        yield b"data: [DONE]\n\n"
        exchange.end(200)
        settled = True
    finally:
        if not settled:  # the client went away (or the server is stopping)
            answer.cancel()
            exchange.end(CLIENT_CLOSED)


async def _embed(service: ApiService, request: Request, exchange: Exchange) -> Response:
    body = api_requests.parse(await _body(request), api_requests.EmbeddingRequest)
    exchange.model = body.model
    chosen = service.find(body.model, EMBEDDING)
    exchange.model = chosen.id
    texts = [body.input] if isinstance(body.input, str) else list(body.input)
    if not texts or not all(texts):
        raise ApiError(400, api_requests.BAD_FIELD, api_param="input", field="input",
                       reason="an empty text" if texts else "an empty list")
    exchange.queue(chosen)
    try:
        vectors, tokens = await asyncio.to_thread(service.embed, chosen, texts)
    except EmbeddingTooLong as exc:
        raise ApiError(400, exc.template, api_code="context_length_exceeded",
                       **exc.params) from None
    except ModelTooBig as exc:
        raise ApiError(503, exc.template, api_code="model_too_big", **exc.params) from None
    except RemoteError as exc:
        raise ApiError(504 if exc.template == TIMEOUT else 502, exc.template,
                       **exc.params) from None
    except (EngineError, UserError) as exc:
        raise ApiError(500, exc.template, **exc.params) from None
    exchange.usage = (tokens, 0)
    data = []
    for index, vector in enumerate(vectors):
        if body.encoding_format == "base64":
            import numpy as np

            value: Any = base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode()
        else:
            value = vector
        data.append({"object": "embedding", "index": index, "embedding": value})
    exchange.end(200)
    return JSONResponse({"object": "list", "data": data, "model": chosen.id,
                         "usage": {"prompt_tokens": tokens, "total_tokens": tokens}})
