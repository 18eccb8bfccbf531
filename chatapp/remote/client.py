"""Talking to one endpoint: its models, their context lengths, and the checks every request
passes (offline mode, one wait on a rate limit, every failure as one line).

Requests go through the official ``openai`` client with its retries off, redirects not
followed, timeouts on every call, and only the headers the endpoint asks for: the client's
own telemetry headers (``X-Stainless-*``) and the ``OPENAI_*`` variables of this machine
(organization, project, custom headers) are never sent to a server the user named.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote

from chatapp import __version__
from chatapp.hub._http import httpx
from chatapp.hub.config import env_offline
from chatapp.remote.endpoints import ANSWER_TIMEOUT_S as DEFAULT_ANSWER_TIMEOUT_S
from chatapp.remote.endpoints import Endpoint
from chatapp.remote.errors import RETRIED_STATUSES, RemoteError, explain, offline_error

log = logging.getLogger(__name__)

T = TypeVar("T")

CONNECT_TIMEOUT_S = 10.0
# a model list (or another small request) is waited for this long, to connect and for each
# read: a server that accepts and never answers holds up no listing for long
LIST_TIMEOUT_S = 3.0
# longest wait for the next piece of an answer (a long prompt on a busy server comes first),
# unless the endpoint sets its own (Endpoint.answer_timeout_s)
ANSWER_TIMEOUT_S = DEFAULT_ANSWER_TIMEOUT_S
STALL_TIMEOUT_S = 60.0
# a rate-limited request is tried once more after the wait the server asks for, up to this
MAX_RETRY_AFTER_S = 30.0
RETRY_AFTER_DEFAULT_S = 1.0
# at most this many models get their context length asked for one by one
PROBE_LIMIT = 32
PROBE_TIMEOUT_S = 3.0  # the longest an optional route (context length) is waited for
# fields of a /v1/models entry that give the context length (vLLM, OpenRouter and others)
LISTED_CONTEXT_FIELDS = ("max_model_len", "context_length", "context_window",
                         "max_context_length")
_NO_KEY = "no-key"  # the openai client wants some key; the request hook removes it
# what the connections this thread opens are handed to (see watch_connections)
_opening = threading.local()


@contextlib.contextmanager
def watch_connections(found: Callable[[Any], None]) -> Iterator[None]:
    """Within the block, each connection that a request of this thread opens is handed to
    found (httpcore's network stream, whose ``get_extra_info("socket")`` is its socket) as
    soon as it is made, before the server answers. An answer's request always opens one
    (RemoteClient.answers keeps none open), so its socket can be shut while the server still
    reads the prompt."""
    _opening.found = found
    try:
        yield
    finally:
        _opening.found = None


def _trace_connections(request) -> None:
    """An httpx request hook: httpcore's trace extension for watch_connections."""
    found = getattr(_opening, "found", None)
    if found is None:
        return

    def trace(event: str, info: dict[str, Any]) -> None:
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            found(info.get("return_value"))

    request.extensions["trace"] = trace


class Cancelled(Exception):
    """The request was cancelled while it waited."""


@dataclass
class RemoteModelInfo:
    """A model an endpoint serves.

    Attributes:
        endpoint: the endpoint's name.
        model_id: the id the server lists (sent back as ``model``).
        context_length: tokens of context the server runs it with; None when it does not say.
        trained_context_length: the model's own longest context where the server tells it
            (Ollama's model info, llama-server's ``n_ctx_train``), else None.
        owned_by: the server's ``owned_by`` field.
    """

    endpoint: str
    model_id: str
    context_length: int | None = None
    trained_context_length: int | None = None
    owned_by: str = ""

    @property
    def key(self) -> str:
        """How the app names it: ``ENDPOINT/MODEL_ID``."""
        return f"{self.endpoint}/{self.model_id}"


def offline_now(setting: bool = False) -> bool:
    """Whether the app is offline: its *Work offline* setting or HF_HUB_OFFLINE."""
    return bool(setting) or env_offline()


def _positive_int(value: object) -> int | None:
    """value as a positive int, else None (servers send numbers, strings or nothing)."""
    if isinstance(value, bool):
        return None
    try:
        number = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def ollama_context(show: dict[str, Any]) -> tuple[int | None, int | None]:
    """(context the model runs with, context it was trained for) from Ollama's /api/show:
    ``num_ctx`` in its parameters, ``<arch>.context_length`` in its model info."""
    running = None
    parameters = show.get("parameters")
    if isinstance(parameters, str):
        for line in parameters.splitlines():
            words = line.split()
            if len(words) == 2 and words[0] == "num_ctx":
                running = _positive_int(words[1])
    info = show.get("model_info")
    trained = next((_positive_int(value) for key, value in info.items() if isinstance(key, str)
                    and key.endswith(".context_length")), None) if isinstance(info, dict) else None
    return running, trained


@functools.cache
def _pool_class() -> type:
    """openai's HTTP client class, closing its connections when it is garbage-collected."""
    import openai

    class Pool(openai.DefaultHttpxClient):
        def __del__(self) -> None:
            with contextlib.suppress(Exception):
                if not self.is_closed:
                    self.close()

    return Pool


class RemoteClient:
    """One endpoint's API: model list, context lengths, and the shared HTTP connection pool
    its answers stream over (safe to use from several threads at once).

    Args:
        endpoint: where the server is.
        offline: the app's offline setting, or a callable returning it now; HF_HUB_OFFLINE
            counts too. When offline, only an endpoint on this machine is contacted.

    Attributes:
        connect_timeout_s, list_timeout_s, answer_timeout_s: limits for making a connection,
            for a model list or other small request, and for each wait inside an answer
            (answer_timeout_s: the endpoint's own, Endpoint.answer_timeout_s, unless given).
        stall_timeout_s: the longest wait between two pieces of an answer that has begun
            (the wait for its first piece, while the server reads the prompt, may be longer).
    """

    def __init__(self, endpoint: Endpoint, *, offline: bool | Callable[[], bool] = False,
                 connect_timeout_s: float = CONNECT_TIMEOUT_S,
                 list_timeout_s: float = LIST_TIMEOUT_S,
                 answer_timeout_s: float | None = None,
                 stall_timeout_s: float = STALL_TIMEOUT_S) -> None:
        self.endpoint = endpoint
        self._offline = offline
        self.connect_timeout_s = connect_timeout_s
        self.list_timeout_s = list_timeout_s
        if answer_timeout_s is None:
            answer_timeout_s = endpoint.answer_timeout_s
        self.answer_timeout_s = answer_timeout_s
        self.stall_timeout_s = min(stall_timeout_s, answer_timeout_s)
        self._openai = None
        self._answers = None
        self._lock = threading.Lock()

    # the connection

    @property
    def offline(self) -> bool:
        """Whether offline mode is on now."""
        setting = self._offline() if callable(self._offline) else self._offline
        return offline_now(setting)

    def check_online(self) -> None:
        """RemoteError (OFFLINE) when offline mode is on and the server is not on this
        machine; call before every request."""
        if self.offline and not self.endpoint.on_loopback:
            raise offline_error(self.endpoint)

    @property
    def openai(self):
        """The openai.OpenAI client for this endpoint (made on first use)."""
        with self._lock:
            if self._openai is None:
                self._openai = self._make_openai()
            return self._openai

    @property
    def answers(self):
        """The openai.OpenAI client that answers stream through: it keeps no connection
        open between requests, so each answer opens its own, which watch_connections sees
        (Stop shuts it even before the server answers)."""
        with self._lock:
            if self._answers is None:
                self._answers = self._make_openai(
                    limits=httpx.Limits(max_keepalive_connections=0))
            return self._answers

    def timeout(self, read_s: float):
        """An openai.Timeout with this client's connect limit and read_s for each read."""
        import openai

        return openai.Timeout(read_s, connect=self.connect_timeout_s)

    def list_timeout(self):
        """The openai.Timeout of a model list or other small request: list_timeout_s to
        connect (or connect_timeout_s where that is shorter) and for each read."""
        import openai

        return openai.Timeout(self.list_timeout_s,
                              connect=min(self.connect_timeout_s, self.list_timeout_s))

    def _make_openai(self, **pool: Any):
        import openai

        endpoint = self.endpoint
        key = endpoint.api_key_value()
        own = {k.lower(): v for k, v in endpoint.headers.items()}
        authorization = own.get("authorization") or (f"Bearer {key}" if key else "")
        foreign = {line.split(":", 1)[0].strip().lower()
                   for line in os.environ.get("OPENAI_CUSTOM_HEADERS", "").splitlines()
                   if ":" in line} - set(own)
        user_agent = f"chatapp/{__version__}"

        def only_our_headers(request) -> None:
            headers = request.headers
            for name in list(headers.keys()):
                low = name.lower()
                if ((low.startswith("x-stainless-") and low != "x-stainless-raw-response")
                        or low in ("openai-organization", "openai-project", "authorization")
                        or low in foreign):
                    del headers[name]
            if authorization:
                headers["Authorization"] = authorization
            headers["User-Agent"] = own.get("user-agent", user_agent)

        http = _pool_class()(
            follow_redirects=False, timeout=self.list_timeout(),
            event_hooks={"request": [only_our_headers, _trace_connections]}, **pool)
        return openai.OpenAI(
            api_key=key or _NO_KEY, organization=None, project=None, base_url=endpoint.base_url,
            max_retries=0, timeout=self.list_timeout(),
            default_headers=dict(endpoint.headers), http_client=http)

    def request(self, call: Callable[[], T], *, url: str = "", model: str = "",
                timeout_s: float | None = None, connect_timeout_s: float | None = None,
                cancelled: threading.Event | None = None,
                on_wait: Callable[[float], None] | None = None) -> T:
        """Run call (a request through self.openai) with the offline check and one retry
        after a rate limit or a busy server (429, or 503 with a Retry-After: after the wait
        the server asks for, up to MAX_RETRY_AFTER_S; on_wait is told its seconds first).

        Raises RemoteError (one line, no secrets) for every failure, or Cancelled when
        cancelled was set during the wait.
        """
        self.check_online()
        waited = False
        while True:
            try:
                return call()
            except Cancelled:
                raise
            except Exception as exc:  # noqa: BLE001 - every failure becomes one line
                error = explain(exc, self.endpoint, model=model, url=url,
                                timeout_s=self.list_timeout_s if timeout_s is None else timeout_s,
                                connect_timeout_s=self.connect_timeout_s
                                if connect_timeout_s is None else connect_timeout_s)
            if not (error.status == 429 or error.status == 503
                    and error.retry_after_s is not None):
                raise error
            if waited:
                raise RemoteError(RETRIED_STATUSES[error.status], http_status=error.status,
                                  retry_after_s=error.retry_after_s,
                                  endpoint=self.endpoint.name)
            wait = error.retry_after_s if error.retry_after_s is not None \
                else RETRY_AFTER_DEFAULT_S
            if wait > MAX_RETRY_AFTER_S:
                raise error
            waited = True
            if on_wait is not None:
                on_wait(wait)
            if cancelled is not None:
                if cancelled.wait(wait):
                    raise Cancelled()
            else:
                time.sleep(wait)

    def close_idle(self) -> None:
        """Close the connections kept open between requests (the answers' client keeps none:
        an answer being written goes on); a later request opens new ones."""
        with self._lock:
            client, self._openai = self._openai, None
        if client is not None:
            client.close()

    def close(self) -> None:
        """Close the connections (a later request opens new ones)."""
        with self._lock:
            clients, self._openai, self._answers = (self._openai, self._answers), None, None
        for client in clients:
            if client is not None:
                client.close()

    # models

    def list_models(self, *, probe_context: bool = True) -> list[RemoteModelInfo]:
        """The models the server lists (``GET /v1/models``), with their context lengths where
        the server tells them (see context_length; a probe that fails leaves it None);
        RemoteError (one line) when the list fails."""
        url = f"{self.endpoint.base_url}/models"

        def fetch() -> list[dict[str, Any]]:
            page = self.openai.models.list(timeout=self.list_timeout())
            entries = [item.to_dict() for item in page.data]
            if not all(isinstance(e, dict) and isinstance(e.get("id"), str) for e in entries):
                raise ValueError("a model without an id")
            return entries

        entries = self.request(fetch, url=url, connect_timeout_s=min(self.connect_timeout_s,
                                                                     self.list_timeout_s))
        models = []
        for entry in entries:
            meta = entry.get("meta") if isinstance(entry.get("meta"), dict) else {}
            models.append(RemoteModelInfo(
                self.endpoint.name, entry["id"], next(filter(None, (  # vLLM's max_model_len…
                    _positive_int(entry.get(n)) for n in LISTED_CONTEXT_FIELDS)), None),
                _positive_int(meta.get("n_ctx_train")), str(entry.get("owned_by") or "")))
        if probe_context:
            self._probe(models)
        return models

    def context_length(self, model_id: str) -> int | None:
        """The context length the server runs model_id with: vLLM's ``max_model_len`` in
        /v1/models, llama-server's ``/props`` (``default_generation_settings.n_ctx``),
        Ollama's ``/api/show`` (``num_ctx``) or ``/api/ps``; None when none says.
        RemoteError when the server cannot be reached."""
        return next((model.context_length for model in self.list_models(probe_context=True)
                     if model.model_id == model_id), None)

    def _get_json(self, path: str, *, body: dict | None = None) -> Any:
        """GET (or with body, POST) a path at the server's root; None when that fails in any
        way (no such route, an error status, not JSON, no answer within PROBE_TIMEOUT_S):
        these routes are optional and the server already answered its model list, so a
        rate limit or a slow answer is not waited for (nothing waits on them longer)."""
        url = f"{self.endpoint.root_url}{path}"
        options = {"timeout": self.timeout(min(self.list_timeout_s, PROBE_TIMEOUT_S))}
        self.check_online()
        try:
            if body is None:
                return self.openai.get(url, cast_to=object, options=options)
            return self.openai.post(url, cast_to=object, body=body, options=options)
        except Exception as exc:  # noqa: BLE001 - an optional route: any failure is "no"
            # (a server without the route is the usual case: only a debug line, with the
            # status or the exception's kind, not a line saying the API is wrong)
            status = getattr(exc, "status_code", None)
            log.debug("%s%s gave no context length (%s)", self.endpoint.host, path,
                      f"HTTP {status}" if status else type(exc).__name__)
            return None

    def _probe(self, models: list[RemoteModelInfo]) -> None:
        """Fill in context lengths the model list did not give, asking llama-server's /props
        and then Ollama's /api/show and /api/ps (each only while the server has the route)."""
        unknown = [m for m in models if m.context_length is None][:PROBE_LIMIT]
        if not unknown:
            return
        for model in list(unknown):
            query = "" if len(models) == 1 else f"?model={quote(model.model_id, safe='')}"
            props = self._get_json(f"/props{query}")
            if not isinstance(props, dict):
                break
            settings = props.get("default_generation_settings")
            n_ctx = _positive_int(settings.get("n_ctx")) if isinstance(settings, dict) else None
            if n_ctx:
                model.context_length = n_ctx
                unknown.remove(model)
        if not unknown:
            return
        running: dict[str, int] = {}
        for model in list(unknown):
            show = self._get_json("/api/show", body={"model": model.model_id})
            if not isinstance(show, dict):
                return
            num_ctx, trained = ollama_context(show)
            model.trained_context_length = model.trained_context_length or trained
            if num_ctx:
                model.context_length = num_ctx
                unknown.remove(model)
            elif not running:
                ps = self._get_json("/api/ps")
                entries = ps.get("models") if isinstance(ps, dict) else None
                for entry in entries if isinstance(entries, list) else []:
                    if isinstance(entry, dict) and _positive_int(entry.get("context_length")):
                        running[str(entry.get("name") or entry.get("model"))] = \
                            int(entry["context_length"])
                running.setdefault("", 0)
            if model.context_length is None and running.get(model.model_id):
                model.context_length = running[model.model_id]
