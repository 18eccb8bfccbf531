"""A scripted OpenAI-compatible server on 127.0.0.1 for tests: the routes chatapp calls, and
every fault a real server or network produces.

Routes: ``GET /v1/models``, ``POST /v1/chat/completions`` (SSE over chunked HTTP/1.1), and
optionally llama-server's ``GET /props`` and Ollama's ``POST /api/show`` / ``GET /api/ps``.
Any path can instead get a :class:`Canned` answer from ``server.canned`` (an error page, a
redirect, bytes that are not JSON).

Each chat request takes the next :class:`Reply` from ``server.replies`` (the last one repeats
when the list runs out). A reply streams content and reasoning pieces, then a finish reason,
usage and ``[DONE]`` — or fails the way its ``fault`` says:

- ``status``: answer ``status`` with ``body`` and ``headers`` (401, 403, 404, 429, 500…);
- ``cut``: send the pieces, then close the socket in the middle of the chunked body;
- ``end``: send the pieces, then end the body cleanly without a finish reason or ``[DONE]``;
- ``garbage``: send the pieces, then ``lines`` (raw SSE lines) and end;
- ``stall``: send the pieces, then send nothing until the client goes away;
- ``slow``: wait ``delay`` seconds before the response headers.

Every request is logged in ``server.requests`` (method, path, headers, JSON body).

Run on its own (for benchmarks): ``python tests/openai_server.py --pieces 16``.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """How the server answers one chat request."""

    pieces: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)  # sent before the pieces
    reasoning_field: str = "reasoning_content"
    finish: str = "stop"
    usage: dict[str, Any] | None = None
    fault: str = ""
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    delay: float = 0.0  # before the headers ("slow") or between pieces
    model: str = "served-model"
    fingerprint: str = "fp_test"
    extra: dict[str, Any] = field(default_factory=dict)  # added to the last chunk
    tool_calls: list[dict[str, Any]] = field(default_factory=list)  # deltas, after the pieces


@dataclass
class Canned:
    """A fixed answer to one path, for any method: status, body (bytes, or JSON data), its
    content type and headers. No body: Python's own HTML error page for the status (what
    ``python -m http.server`` sends), without the headers."""

    status: int
    body: Any = None
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Logged:
    """One request as the server saw it."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any


class OpenAIServer(ThreadingHTTPServer):
    """The server; start with serve(), stop with close().

    Attributes:
        models: the /v1/models entries.
        props: llama-server's /props answer, or None for 404.
        ollama_show: model id -> Ollama's /api/show answer (404 when the dict is None).
        ollama_ps: Ollama's /api/ps answer, or None for 404.
        replies: the scripted chat replies, used in order.
        requests: every request received.
        models_status: an HTTP status for /v1/models other than 200, with models_body.
        models_gate: when set, /v1/models answers once this event is set.
        canned: path (without the query) -> a Canned answer given instead of the route's.
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.models: list[dict[str, Any]] = [{"id": "tiny", "object": "model",
                                             "owned_by": "tests"}]
        self.models_status = 200
        self.models_body: Any = None
        self.models_headers: dict[str, str] = {}
        self.models_gate: threading.Event | None = None
        self.props: dict[str, Any] | None = None
        self.ollama_show: dict[str, Any] | None = None
        self.ollama_ps: dict[str, Any] | None = None
        self.canned: dict[str, Canned] = {}
        self.replies: list[Reply] = [Reply(pieces=["Hello", " there", "!"])]
        self.requests: list[Logged] = []
        self.disconnected = threading.Event()
        self._next = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def url(self) -> str:
        """The API's base URL (…/v1)."""
        return f"http://127.0.0.1:{self.port}/v1"

    def next_reply(self) -> Reply:
        with self._lock:
            reply = self.replies[min(self._next, len(self.replies) - 1)]
            self._next += 1
            return reply

    def handle_error(self, request, client_address) -> None:  # type: ignore[override]
        """A client that closed its connection mid-way is normal here (cancel, timeouts,
        a stream closed before its last bytes were read): nothing to print."""
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)

    def chat_requests(self) -> list[Logged]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def serve(self) -> OpenAIServer:
        self._thread = threading.Thread(target=self.serve_forever, args=(0.05,),
                                        daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # small SSE writes go out at once, as real servers send them
    server: OpenAIServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def _log(self, body: Any) -> None:
        self.server.requests.append(
            Logged(self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                   body))

    def _json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
        raw = data if isinstance(data, bytes) else json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(raw)

    def _canned(self) -> bool:
        """Give the path's Canned answer, if it has one."""
        canned = self.server.canned.get(self.path.split("?", 1)[0])
        if canned is None:
            return False
        if canned.body is None:
            self.send_error(canned.status)
            return True
        raw = canned.body if isinstance(canned.body, bytes) else json.dumps(canned.body).encode()
        self.send_response(canned.status)
        self.send_header("Content-Type", canned.content_type)
        self.send_header("Content-Length", str(len(raw)))
        for key, value in canned.headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(raw)
        return True

    def _read_body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return raw

    def do_GET(self) -> None:  # noqa: N802
        self._log(None)
        server = self.server
        if self._canned():
            return
        if self.path == "/v1/models":
            if server.models_gate is not None:
                server.models_gate.wait(30)
            if server.models_status != 200:
                self._json(server.models_status, server.models_body or {"error": {
                    "message": "no"}}, server.models_headers)
            else:
                self._json(200, server.models_body if server.models_body is not None
                           else {"object": "list", "data": server.models})
        elif self.path.startswith("/props") and server.props is not None:
            self._json(200, server.props)
        elif self.path == "/api/ps" and server.ollama_ps is not None:
            self._json(200, server.ollama_ps)
        else:
            self._json(404, {"detail": "Not Found"})

    def do_POST(self) -> None:  # noqa: N802
        body = self._read_body()
        self._log(body)
        server = self.server
        if self._canned():
            return
        if self.path == "/api/show" and server.ollama_show is not None:
            model = body.get("model") if isinstance(body, dict) else None
            if model in server.ollama_show:
                self._json(200, server.ollama_show[model])
            else:
                self._json(404, {"error": f"model '{model}' not found"})
            return
        if self.path != "/v1/chat/completions":
            self._json(404, {"detail": "Not Found"})
            return
        self._chat(server.next_reply())

    # the chat stream

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _event(self, payload: Any) -> None:
        text = payload if isinstance(payload, str) else json.dumps(payload)
        self._chunk(f"data: {text}\n\n".encode())

    def _delta(self, reply: Reply, delta: dict[str, Any], finish: str | None = None,
               **extra: Any) -> dict[str, Any]:
        return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1,
                "model": reply.model, "system_fingerprint": reply.fingerprint,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}

    def _chat(self, reply: Reply) -> None:
        if reply.fault == "slow" and self._wait_for_disconnect(reply.delay):
            return
        if reply.fault == "status":
            self._json(reply.status, reply.body if reply.body is not None
                       else {"error": {"message": f"status {reply.status}"}}, reply.headers)
            return
        if reply.fault == "junk":  # a 200 whose body is no event stream at all
            body = "\n".join(reply.lines).encode()
            self.send_response(200)
            self.send_header("Content-Type", reply.headers.get("Content-Type",
                                                               "text/event-stream"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            self._event(self._delta(reply, {"role": "assistant", "content": ""}))
            for text in reply.reasoning:
                self._event(self._delta(reply, {reply.reasoning_field: text}))
                if reply.delay and reply.fault != "slow":
                    time.sleep(reply.delay)
            for text in reply.pieces:
                self._event(self._delta(reply, {"content": text}))
                if reply.delay and reply.fault != "slow":
                    time.sleep(reply.delay)
            for call in reply.tool_calls:
                self._event(self._delta(reply, {"tool_calls": [call]}))
            if reply.fault == "cut":
                self.wfile.write(b"40\r\ndata: {\"id\": \"chatcmpl-1\", \"cho")
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            if reply.fault == "garbage":
                for line in reply.lines:
                    self._chunk(line.encode() + b"\n\n")
                self._chunk(b"")
                return
            if reply.fault == "stall":
                self._wait_for_disconnect()
                return
            if reply.fault != "end":
                self._event(self._delta(reply, {}, reply.finish, **reply.extra))
                if reply.usage is not None:
                    self._event({"id": "chatcmpl-1", "object": "chat.completion.chunk",
                                 "created": 1, "model": reply.model, "choices": [],
                                 "usage": reply.usage})
                self._event("[DONE]")
            self._chunk(b"")
        except (BrokenPipeError, ConnectionResetError):
            self.server.disconnected.set()
            self.close_connection = True

    def _wait_for_disconnect(self, seconds: float = 30.0) -> bool:
        """Send nothing until the client closes the connection or seconds pass; whether it
        closed it."""
        self.connection.settimeout(0.05)
        deadline = time.monotonic() + seconds
        left = False
        while not left and time.monotonic() < deadline:
            try:
                left = self.connection.recv(1, socket.MSG_PEEK) == b""
            except TimeoutError:
                continue
            except OSError:
                left = True
        self.connection.settimeout(None)
        if left or seconds >= 30.0:
            self.server.disconnected.set()
            self.close_connection = True
        return left


def main() -> None:
    """Serve until killed, every answer the same N pieces at once; print the base URL
    (for benchmarks, so that the server does not share the client's process)."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--pieces", type=int, default=16)
    args = parser.parse_args()
    server = OpenAIServer()
    server.replies = [Reply(pieces=[f" word{i}" for i in range(args.pieces)],
                            usage={"prompt_tokens": 8, "completion_tokens": args.pieces,
                                   "total_tokens": 8 + args.pieces})]
    print(server.url, flush=True)
    server.serve_forever(0.05)


if __name__ == "__main__":
    main()
