"""A remote model answering: one streamed chat completion, read the way a local answer is.

:meth:`RemoteModel.generate` returns a :class:`RemoteGeneration` with the interface of the
local :class:`chatapp.engine.client.Generation`: iterate it for the answer's text pieces (""
when only the reasoning grew), ``reasoning`` holds the reasoning, ``result`` says how it ended
(``stop``, ``length``, ``stopped``, ``error``) with the stats, ``cancel()`` ends it at once from
any thread, and ``on_end`` is called once when iteration ends.

The request is ``POST /v1/chat/completions`` with ``stream: true`` and
``stream_options.include_usage``; the history goes as messages (the server applies its chat
template). A thread reads the stream and timestamps each chunk as it arrives; cancelling
shuts the connection's socket, which ends that read at once and tells the server to stop.
A server that streams past ``max_tokens`` is cut off there (finish reason ``length``); one
that answers with a whole JSON completion instead of a stream is read as one piece.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from chatapp.engine.outcomes import Result
from chatapp.engine.output import OutputParser
from chatapp.engine.prompt_parts import joined_questions
from chatapp.remote.client import Cancelled, RemoteClient, watch_connections
from chatapp.remote.errors import (
    MALFORMED,
    NOT_A_STREAM,
    STREAM_ENDED,
    TIMEOUT,
    RemoteError,
    explain,
    one_line,
)
from chatapp.remote.whole import content_type, whole_reply
from chatapp.store.database import storable_text

log = logging.getLogger(__name__)

# the server's finish reasons as the app's ("stopped" is the user's cancel)
FINISH_REASONS = {"stop": "stop", "length": "length", "eos": "stop", "end_turn": "stop",
                  "tool_calls": "stop", "function_call": "stop", "content_filter": "stop"}
# sampling fields outside OpenAI's API that llama-server, vLLM and llama-cpp-python accept
EXTRA_SAMPLING = ("top_k", "min_p", "repeat_penalty", "repetition_penalty", "ignore_eos")
# the app's parameters that go as those fields (not sent where the server refused them)
EXTRA_PARAMS = ("top_k", "min_p", "repeat_penalty", "ignore_eos")
ABANDONED = "The answer was abandoned."

_END = object()
_CANCELLED = object()


def chat_request(model_id: str, messages: list[dict[str, Any]], params: dict[str, Any],
                 *, extras: bool = True) -> dict[str, Any]:
    """The keyword arguments of ``chat.completions.create`` for one streamed answer.

    messages: role/content dicts (questions in a row go as one; a tool call's fields go
    along; other keys, such as an earlier answer's reasoning, stay here). params: the app's
    sampling parameters — temperature, top_p, max_tokens (-1: the server's limit), seed (-1:
    the server picks; one the app drew, "seed_random", is sent as any other, so that the
    seed an answer is stored with is the one it was made with), stop (a string or a list),
    frequency and presence penalties, and tools, tool_choice and response_format go as
    OpenAI fields; top_k, min_p, repeat_penalty (also as vLLM's repetition_penalty) and
    ignore_eos as extra body fields unless extras is False; ``continue`` with a last
    assistant message asks the server to go on with it.
    """
    body: dict[str, Any] = {
        "model": model_id,
        "messages": [_message(m) for m in joined_questions(messages)],
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    for name, kind in (("temperature", float), ("top_p", float), ("max_tokens", int),
                       ("frequency_penalty", float), ("presence_penalty", float)):
        if params.get(name) is not None and not (name == "max_tokens" and params[name] < 0):
            body[name] = kind(params[name])
    for name in ("tools", "tool_choice", "response_format"):
        if params.get(name):
            body[name] = params[name]
    seed = params.get("seed")
    if seed is not None and int(seed) >= 0:
        body["seed"] = int(seed)
    stop = params.get("stop")
    if stop:
        body["stop"] = [stop] if isinstance(stop, str) else [str(s) for s in stop if s]
    if not extras:
        return body
    extra: dict[str, Any] = {name: kind(params[source]) for name, source, kind in (
        ("top_k", "top_k", int), ("min_p", "min_p", float),
        ("repeat_penalty", "repeat_penalty", float),
        ("repetition_penalty", "repeat_penalty", float)) if params.get(source) is not None}
    if params.get("ignore_eos"):
        extra["ignore_eos"] = True
    if continuing(messages, params):
        extra["continue_final_message"] = True  # vLLM; llama-server goes on by itself
        extra["add_generation_prompt"] = False
    if extra:
        body["extra_body"] = extra
    return body


def _message(message: dict[str, Any]) -> dict[str, Any]:
    """One message as the API takes it: role, text, and a tool call's fields."""
    return {"role": str(message.get("role", "user")),
            "content": str(message.get("content") or ""),
            **{name: message[name] for name in ("tool_calls", "tool_call_id", "name")
               if message.get(name)}}


def continuing(messages: list[dict[str, Any]], params: dict[str, Any]) -> bool:
    """Whether the answer goes on with the last (assistant) message."""
    return bool(params.get("continue")) and bool(messages) \
        and messages[-1].get("role") == "assistant"


def _refuses_extras(error: RemoteError) -> bool:
    """Whether a 400/422 names one of the fields that only some servers accept."""
    detail = str(error.params.get("detail", ""))
    return error.status in (400, 422) and any(
        name in detail for name in EXTRA_SAMPLING + ("stream_options", "continue_final_message"))


class RemoteModel:
    """One model of an endpoint, answering like a local model worker.

    Attributes:
        client: the endpoint's client (shared by its models).
        model_id: the id the server lists.
        context_length: tokens of context, where known (see RemoteClient.context_length).
        extras: whether top_k / min_p / repeat_penalty / ignore_eos are sent; turned off for
            good when the server rejects them.
    """

    def __init__(self, client: RemoteClient, model_id: str,
                 context_length: int | None = None) -> None:
        self.client = client
        self.model_id = model_id
        self.context_length = context_length
        self.extras = True

    @property
    def key(self) -> str:
        """How the app names it: ``ENDPOINT/MODEL_ID``."""
        return f"{self.client.endpoint.name}/{self.model_id}"

    def provenance(self) -> dict[str, Any]:
        """Where the answer comes from: endpoint name and host, model id, context length."""
        endpoint = self.client.endpoint
        return {"endpoint": endpoint.name, "host": endpoint.host, "model_id": self.model_id,
                "context_length": self.context_length}

    def embed(self, texts: list[str]) -> tuple[list[list[float]], int]:
        """The server's embedding of each text (``POST /v1/embeddings``) and the tokens it
        counted; RemoteError (one line) when it fails."""
        client = self.client

        def call() -> tuple[list[list[float]], int]:
            reply = client.openai.embeddings.create(
                model=self.model_id, input=list(texts), encoding_format="float",
                timeout=client.timeout(client.answer_timeout_s))
            vectors = [list(item.embedding) for item in sorted(reply.data,
                                                                key=lambda d: d.index)]
            usage = getattr(reply, "usage", None)
            return vectors, int(getattr(usage, "prompt_tokens", 0) or 0)

        return client.request(call, url=f"{client.endpoint.base_url}/embeddings",
                              model=self.model_id, timeout_s=client.answer_timeout_s)

    def generate(self, messages: list[dict[str, Any]], params: dict[str, Any]) -> RemoteGeneration:
        """Start an answer to messages (the request goes out now); iterate the result for
        its text. Never raises for the server's failures: they end the iteration with
        ``result.finish_reason == "error"``."""
        return RemoteGeneration(self, messages, params)

    def open_stream(self, body: dict[str, Any], cancelled: threading.Event,
                    on_wait: Callable[[float], None] | None = None):
        """Send the request and return the openai Stream once the server answered; the
        extra sampling fields are dropped (for good) if the server refuses them; on_wait:
        see RemoteClient.request. RemoteError on failure, Cancelled when cancelled during a
        rate-limit wait."""
        client = self.client
        url = f"{client.endpoint.base_url}/chat/completions"

        def send(kwargs: dict[str, Any]):
            return client.request(
                lambda: client.answers.chat.completions.create(
                    **kwargs, timeout=client.timeout(client.answer_timeout_s)),
                url=url, model=self.model_id, timeout_s=client.answer_timeout_s,
                cancelled=cancelled, on_wait=on_wait)

        if not self.extras:
            body = {k: v for k, v in body.items() if k not in ("extra_body", "stream_options")}
        try:
            return send(body)
        except RemoteError as exc:
            if not self.extras or not _refuses_extras(exc):
                raise
        self.extras = False
        log.info("an endpoint refused the extra sampling fields; sending OpenAI's only")
        return send({k: v for k, v in body.items() if k not in ("extra_body", "stream_options")})


class RemoteGeneration:
    """A streamed remote answer (the interface of chatapp.engine.client.Generation).

    Attributes:
        model: the RemoteModel answering.
        text: the answer's text so far (what iteration yielded).
        reasoning: the reasoning so far: the server's ``reasoning_content`` / ``reasoning``
            deltas, and a ``<think>`` block at the start of the content.
        result: how it ended (Result), set when iteration ends.
        error: the RemoteError behind an "error" result (translate it with its template).
        on_end: called once when iteration ends, or None.
        prompt_tokens: the prompt's tokens as the server counted them (from usage, at the end).
        reused_tokens: always None (the server keeps its own prompt cache).
        live: as of the last piece: "tokens" (pieces with text so far), "ttft_s" and
            "decode_s" (seconds since the first token), like a local answer's.
        served_model, system_fingerprint: what the server says answered (provenance).
        tool_calls: the functions the server says the model called ({"id", "name",
            "arguments"}), complete once the answer ended.
        retry_at: time.monotonic() when the request is sent again, while the server's rate
            limit (429, or 503 with Retry-After) is waited out; else None.
        unsent: the names of params that the request went without (top_k, min_p,
            repeat_penalty where the server refused them), known once the server answered;
            the answer's stored parameters leave them out, so they name only what was sent.
    """

    def __init__(self, model: RemoteModel, messages: list[dict[str, Any]],
                 params: dict[str, Any]) -> None:
        self.model = model
        self.text = ""
        self.reasoning = ""
        self.taken_back = False  # as chatapp.engine.client.Generation's
        self.result: Result | None = None
        self.error: RemoteError | None = None
        self.on_end = None
        self.prompt_tokens: int | None = None
        self.reused_tokens: int | None = None
        self.live: dict = {}
        self.served_model = ""
        self.system_fingerprint = ""
        self.tool_calls: list[dict[str, str]] = []
        self.retry_at: float | None = None
        self._params = params
        self.unsent: tuple[str, ...] = ()
        self._calls: dict[int, dict[str, str]] = {}  # the tool call deltas read so far
        self._started = time.perf_counter()
        self._continuing = continuing(messages, params)
        self._limit = _count(params.get("max_tokens")) or None  # pieces read at most
        self._body = chat_request(model.model_id, messages, params, extras=model.extras)
        self._events: queue.SimpleQueue = queue.SimpleQueue()
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._stream = None
        self._socket: socket.socket | None = None  # the request's, until the reply came
        # what the chunks said
        self._finish: str | None = None
        self._usage: dict[str, Any] = {}
        self._timings: dict[str, Any] = {}
        self._first_at: float | None = None
        self._last_at: float | None = None
        self._reasoning_end: float | None = None
        self._pieces = 0
        self._reasoning_pieces = 0
        self._chunks = 0  # events read as chunks of the API
        self._done = False  # the stream said data: [DONE]
        self._event_stream = True  # the reply said it is an event stream (or whole JSON)
        self._thread = threading.Thread(target=self._read, daemon=True, name="remote-answer")
        self._thread.start()

    # the reading thread

    def _read(self) -> None:
        """Send the request and queue each chunk with its arrival time, then _END; or the
        exception that ended it (nothing once cancelled)."""
        put = self._events.put
        stream = None
        try:
            with watch_connections(self._connected):
                stream = self.model.open_stream(self._body, self._cancelled, self._waits)
            self.retry_at = None
            if not self.model.extras:
                self.unsent = tuple(name for name in EXTRA_PARAMS
                                    if self._params.get(name) is not None)
            with self._lock:
                self._stream = stream
            if self._cancelled.is_set():
                return
            whole = whole_reply(stream.response, self.model.client.endpoint)
            self._event_stream = whole is not None or content_type(
                stream.response) == "text/event-stream"
            if whole is None:
                self._watch_done(stream)
            clock, pause = time.perf_counter, time.sleep
            for chunk in stream if whole is None else [whole]:
                put((chunk, clock()))
                pause(0)  # let the reader of the answer take it now, not after the next chunks
                if self._cancelled.is_set():
                    return
            put(_END)
        except Cancelled:
            pass
        except BaseException as exc:  # noqa: BLE001 - handed to the reader of the answer
            if not self._cancelled.is_set():
                put(exc)
        finally:
            with self._lock:
                self._stream = None
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.close()

    def _connected(self, network: Any) -> None:
        """The request's connection is made: Stop shuts it from now on (at once when Stop
        came first)."""
        sock = network.get_extra_info("socket") if network is not None else None
        with self._lock:
            self._socket = sock if isinstance(sock, socket.socket) else None
        if self._cancelled.is_set():
            self._shut()

    def _waits(self, seconds: float) -> None:
        self.retry_at = time.monotonic() + seconds

    def cancel(self) -> None:
        """Stop now: iteration ends with "stopped" and the text so far; the connection is
        shut, so the server stops too. Safe from any thread, and more than once."""
        if self._cancelled.is_set():
            return
        self._cancelled.set()
        self._events.put(_CANCELLED)
        self._shut()

    def _shut(self) -> None:
        """Shut the socket the answer streams over, or waits for the server's reply on
        (wakes a read blocked on it; the server sees the client leave)."""
        with self._lock:
            stream, sock = self._stream, self._socket
            if stream is not None:
                if stream.response.is_closed:
                    return
                network = stream.response.extensions.get("network_stream")
                sock = network.get_extra_info("socket") if network is not None else None
            if isinstance(sock, socket.socket):
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)

    # iteration

    def __iter__(self) -> Iterator[str]:
        try:
            yield from self._iterate()
        finally:
            if self.result is None:
                self.cancel()
                self.result = Result("error", ABANDONED, self._stats())
            if self.on_end is not None:
                on_end, self.on_end = self.on_end, None
                on_end()

    def _watch_done(self, stream: Any) -> None:
        """Note in self._done when the stream's events say ``data: [DONE]`` (the answer's
        end as the API marks it, whether or not a chunk gave a finish reason): through the
        openai Stream's event iterator, where it has one."""
        events = getattr(stream, "_iter_events", None)
        if events is None:
            return

        def watched() -> Iterator[Any]:
            for event in events():
                if str(getattr(event, "data", "")).startswith("[DONE]"):
                    self._done = True
                yield event

        stream._iter_events = watched

    def _iterate(self) -> Iterator[str]:
        parser = OutputParser(strip_leading=not self._continuing)
        get = self._events.get
        client = self.model.client
        began = False  # once a piece came, a silence longer than stall_timeout_s ends it
        while True:
            try:
                item = get(timeout=client.stall_timeout_s if began else None)
            except queue.Empty:
                yield from self._cut(parser)
                self._fail(RemoteError(TIMEOUT, endpoint=client.endpoint.name,
                                       host=client.endpoint.host,
                                       seconds=f"{client.stall_timeout_s:g}"))
                return
            began = True
            if item is _CANCELLED:
                yield from self._rest(parser)
                self._end("stopped")
                return
            if item is _END:
                yield from self._rest(parser)
                self.tool_calls = [self._calls[i] for i in sorted(self._calls)]
                if self.tool_calls:
                    yield ""
                endpoint = self.model.client.endpoint
                if self._finish is None and not self._chunks and not self._event_stream:
                    self._fail(RemoteError(NOT_A_STREAM, endpoint=endpoint.name,
                                           host=endpoint.host))
                elif self._finish is None and not self._done:
                    self._fail(RemoteError(STREAM_ENDED, endpoint=endpoint.name))
                else:  # (a [DONE] without a finish reason: the answer's end all the same)
                    self._end(self._finish or "stop")
                return
            if isinstance(item, BaseException):
                yield from self._rest(parser)
                self._fail(explain(item, client.endpoint, model=self.model.model_id,
                                   timeout_s=client.answer_timeout_s,
                                   connect_timeout_s=client.connect_timeout_s, streaming=True))
                return
            chunk, at = item
            try:
                content, reasoning = self._take(chunk, at)
                self._chunks += 1
            except (AttributeError, TypeError, ValueError, KeyError) as exc:
                yield from self._cut(parser)
                endpoint = self.model.client.endpoint
                log.warning("%s sent a chunk that is not OpenAI-compatible: %s", endpoint.host,
                            one_line(f"{type(exc).__name__}: {exc}", endpoint.secrets()))
                self._fail(RemoteError(MALFORMED, endpoint=endpoint.name, host=endpoint.host))
                return
            if self._limit is not None and self._pieces > self._limit:
                self._pieces = self._limit  # the server went past max_tokens: not read on
                yield from self._cut(parser)
                self._end("length")
                return
            if content:
                delta = parser.feed(content)
                if delta.taken_back:  # the answer so far was reasoning
                    self.text, self.taken_back = "", True
                    self._reasoning_pieces = self._pieces - 1
                reasoning += delta.reasoning
                content = delta.content
                if content and self._reasoning_end is None and (self.reasoning or reasoning):
                    self._reasoning_end = at
            if reasoning:
                self.reasoning += reasoning
                self._reasoning_pieces += 1
            if content:
                self.text += content
                yield content
            elif reasoning:
                yield ""

    def _take(self, chunk: Any, at: float) -> tuple[str, str]:
        """(content, reasoning) of one chunk; notes the finish reason, usage and provenance.
        TypeError/ValueError/AttributeError when the chunk is not what the API says."""
        if chunk.model:
            self.served_model = str(chunk.model)
        if chunk.system_fingerprint:
            self.system_fingerprint = str(chunk.system_fingerprint)
        usage = chunk.usage
        if usage is not None:
            self._usage = usage.to_dict() if hasattr(usage, "to_dict") else dict(usage)
        timings = getattr(chunk, "timings", None)
        if isinstance(timings, dict):
            self._timings = timings
        choices = chunk.choices or []
        if not isinstance(choices, list):
            raise TypeError("choices is not a list")
        content = reasoning = ""
        called = False
        for choice in choices:
            if getattr(choice, "index", 0) not in (0, None):
                continue
            delta = choice.delta
            if delta is not None:
                content = _text(delta.content)
                reasoning = _text(getattr(delta, "reasoning_content", None)) or _text(
                    getattr(delta, "reasoning", None))
                for call in getattr(delta, "tool_calls", None) or []:
                    self._add_call(call)
                    called = True
            if choice.finish_reason:
                self._finish = FINISH_REASONS.get(str(choice.finish_reason), "stop")
        if content or reasoning or called:  # (a tool call's pieces are tokens too)
            if self._first_at is None:
                self._first_at = at
            self._last_at = at
            self._pieces += 1
            self.live = {"tokens": self._pieces, "ttft_s": self._first_at - self._started,
                         "decode_s": at - self._first_at}
        return content, reasoning

    def _add_call(self, delta: Any) -> None:
        """One tool call delta: the id and name come first, the arguments in pieces."""
        index = delta.index if isinstance(delta.index, int) else len(self._calls)
        call = self._calls.setdefault(index, {"id": "", "name": "", "arguments": ""})
        if delta.id:
            call["id"] = str(delta.id)
        function = delta.function
        if function is not None:
            if function.name:
                call["name"] = str(function.name)
            call["arguments"] += _text(function.arguments)

    def _cut(self, parser: OutputParser) -> Iterator[str]:
        """Stop reading (the connection shut) and give the text the parser still held back."""
        self._cancelled.set()
        self._shut()
        return self._rest(parser)

    def _rest(self, parser: OutputParser) -> Iterator[str]:
        """The text the parser still held back."""
        delta = parser.finish()
        self.reasoning += delta.reasoning
        if delta.content:
            self.text += delta.content
            yield delta.content

    def _end(self, finish: str) -> None:
        self.result = Result(finish, None, self._stats(finish))

    def _fail(self, error: RemoteError) -> None:
        self.error = error
        self.result = Result("error", str(error), self._stats())

    def _stats(self, finish: str = "error") -> dict[str, Any]:
        """Token counts (the server's usage, else the chunks counted), time to the first
        token, tokens/s from the first token to the last one of an answer the server ended
        (to the stop or the failure of one it did not: a stall counts, as it does locally),
        duration, reasoning time."""
        ended = time.perf_counter()
        usage = self._usage
        counted = _count(usage.get("completion_tokens"))
        tokens = counted if counted is not None else self._pieces
        self.prompt_tokens = _count(usage.get("prompt_tokens"))
        first = self._first_at
        last = self._last_at if finish in ("stop", "length") else ended
        span = (last - first) if first is not None and last is not None else 0.0
        stats: dict[str, Any] = {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": tokens,
            # None when no token came (a refused connection, an empty answer): the wait was
            # for no token, and counting it would rank the server as fast
            "ttft_s": first - self._started if first is not None else None,
            "tokens_per_s": (tokens - 1) / span if tokens > 1 and span > 0 else None,
            "duration_s": ended - self._started,
            "usage_reported": counted is not None,
        }
        if self.reasoning:
            details = usage.get("completion_tokens_details")
            reasoning_tokens = _count(details.get("reasoning_tokens")) \
                if isinstance(details, dict) else None
            stats["reasoning_tokens"] = reasoning_tokens or self._reasoning_pieces
            stats["reasoning_s"] = (self._reasoning_end or last or ended) - (first or ended)
        server_rate = self._timings.get("predicted_per_second")
        if isinstance(server_rate, (int, float)) and not isinstance(server_rate, bool):
            stats["server_tokens_per_s"] = float(server_rate)
        return stats


def _text(value: object) -> str:
    """A delta's text field: a string or nothing; anything else is a malformed chunk. Half
    of a UTF-16 pair (a lone surrogate, which no text can store) becomes U+FFFD."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError("a text field is not a string")
    return storable_text(value)[0]


def _count(value: object) -> int | None:
    """A token count from usage, or None."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None
