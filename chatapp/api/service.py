"""The local API's requests made into answers of the app's own pipeline (the same engine,
fit guard and remote models as the window; a local model decodes concurrent requests
together, chatapp.engine.batch, behind the window's answers), with a bounded queue per model,
API conversations kept in the store when the user asks for it, and a request log that
records numbers, never message text."""

from __future__ import annotations

import collections
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from chatapp.answers import Answer
from chatapp.api.errors import (
    NOT_CHAT,
    NOT_EMBEDDING,
    QUEUE_FULL,
    STOPPING,
    UNKNOWN_MODEL,
    UNUSABLE_MODEL,
    ApiError,
)
from chatapp.api.models import Offered, find, offered, unusable
from chatapp.catalogue import is_remote
from chatapp.chat import title_from
from chatapp.engine.tool_calls import calls_text
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import translate_error, translate_text
from chatapp.library_kinds import CHAT
from chatapp.remote.endpoints import is_loopback
from chatapp.remote.errors import offline_error
from chatapp.units import decimal

if TYPE_CHECKING:
    from chatapp.context import AppContext

log = logging.getLogger(__name__)
#: a request's tokens (prompt + answer) and speed in its log line
TOKENS = QT_TRANSLATE_NOOP("cli", "{prompt}+{completion} tokens")
RATE = QT_TRANSLATE_NOOP("cli", "{rate} tok/s")
#: a request whose conversation the store could not keep (serve --save-conversations)
NOT_SAVED = QT_TRANSLATE_NOOP("cli", "conversation not saved: {reason}")

QUEUE_LIMIT = 32  # requests that may wait for (or use) one model at once
QUEUE_RETRY_S = 2  # what a client refused for a full queue is told to wait (Retry-After)
# models kept loaded for clients that take turns with them, while memory holds them (the
# least recently used makes room first: see Engine.worker_for); Ollama keeps three too
MODELS_KEPT = 3
LOG_ENTRIES = 500
# /v1/models waits at most this long for a listing of the servers running now (one that has
# not answered by then is listed as it was)
MODELS_WAIT_S = 1.0
# how an answer refused for its request ends (see api.errors.answer_error: a 400)
REFUSED = ("context", "request", "template")
MATCH_RECENT = 20  # API conversations compared with a request's history
CLIENT_CLOSED = 499  # what a request the client gave up on is logged with (nginx's code)
#: why a request logged CLIENT_CLOSED ended (499 is nginx's own code, which few people know)
CLIENT_GONE = QT_TRANSLATE_NOOP(
    "errors", "The program closed the connection before the answer ended.")


@dataclass
class LogEntry:
    """One request as the log keeps it: numbers and names, never message text.

    Attributes:
        at: when it ended, as access logs stamp a request (seconds since the epoch; lines
            are written in this order).
        client: the client's address and port.
        path: the API path (``/v1/chat/completions``).
        model: the model asked for ("" for none).
        status: the HTTP status it got (499: the client went away first).
        prompt_tokens, completion_tokens: tokens read and written, where known.
        tokens_per_s: the answer's decode speed, where known.
        duration_s: from the request to its end.
        error: why it failed (a translatable UserError; CLIENT_GONE for a 499), or None.
        unsaved: why its conversation was not kept where the user asked to keep them (a
            read-only, locked or full database), or None.
    """

    at: float
    client: str
    path: str
    model: str = ""
    status: int = 200
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    tokens_per_s: float | None = None
    duration_s: float = 0.0
    error: UserError | None = None
    unsaved: UserError | None = None

    def not_saved(self) -> str:
        """"conversation not saved: …" in the user's language ("" when it was, or when
        conversations are not kept)."""
        return "" if self.unsaved is None else translate_text("cli", NOT_SAVED).format(
            reason=translate_error(self.unsaved))

    def status_text(self, why: Callable[[UserError], str] = translate_error) -> str:
        """The status with why the request failed, where it did ("502: …"; "200"), as the
        terminal's line and the window's log show it; why: an error's message in the user's
        language (the window passes its own)."""
        return str(self.status) + ("" if self.error is None else ": " + why(self.error))

    def line(self) -> str:
        """One line for a terminal: time, client, model, tokens, tok/s, status (with why the
        request failed, where it did, as the window's log shows it: "499: …")."""
        stamp = time.strftime("%H:%M:%S", time.localtime(self.at))
        prompt = "?" if self.prompt_tokens is None else self.prompt_tokens  # (no usage sent)
        tokens = "" if self.completion_tokens is None else translate_text(
            "cli", TOKENS).format(prompt=prompt, completion=self.completion_tokens)
        rate = "" if self.tokens_per_s is None else translate_text("cli", RATE).format(
            rate=decimal(self.tokens_per_s, 1))
        parts = (stamp, self.client, self.path, self.model, tokens, rate, self.status_text(),
                 self.not_saved())
        return "  ".join(p for p in parts if p)


@dataclass
class Exchange:
    """One request on its way: it holds a place in its model's queue until both the reply
    is settled (status) and the answer behind it has ended; then it is logged once.

    Attributes:
        answer: the answer made for it, if any.
        status: the HTTP status, once the reply is settled.
    """

    service: ApiService
    client: str
    path: str
    model: str = ""
    started: float = field(default_factory=time.monotonic)
    answer: Answer | None = None
    status: int | None = None
    error: UserError | None = None
    unsaved: UserError | None = None
    usage: tuple[int | None, int | None] = (None, None)
    _answer_done: bool = True
    _queued_model: str | None = None
    _logged: bool = False

    def queue(self, offered_model: Offered) -> None:
        """Take a place in the model's queue; ApiError 503 when it is full."""
        self.service._enter(offered_model.model.key, offered_model.id)
        self._queued_model = offered_model.model.key

    def made(self, answer: Answer) -> None:
        """The answer behind this request (its end is waited for before logging)."""
        self.answer = answer
        self._answer_done = False

    def answer_ended(self) -> None:
        """The answer ended (its model is free for the next request)."""
        self._answer_done = True
        self._settle()

    def end(self, status: int, error: UserError | None = None) -> None:
        """The reply is settled with status (the first call counts); a client that went
        away (CLIENT_CLOSED) is said so in words (CLIENT_GONE)."""
        if self.status is None:
            if status == CLIENT_CLOSED and error is None:
                error = UserError(CLIENT_GONE)
            self.status, self.error = status, error
        self._settle()

    def _settle(self) -> None:
        with self.service._lock:
            if self._logged or self.status is None or not self._answer_done:
                return
            self._logged = True
            queued, self._queued_model = self._queued_model, None
        if queued is not None:
            self.service._leave(queued)
        self.service.record(self._entry())

    def _entry(self) -> LogEntry:
        prompt, completion = self.usage
        rate = None
        answer = self.answer
        if answer is not None and answer.result is not None:
            stats = answer.result.stats
            prompt = stats.get("prompt_tokens", prompt)
            completion = stats.get("completion_tokens", completion)
            rate = stats.get("tokens_per_s")
        return LogEntry(time.time(), self.client, self.path, self.model, self.status or 0,
                        prompt, completion, rate, time.monotonic() - self.started, self.error,
                        self.unsaved)


class ApiService:
    """Makes the API's requests into the pipeline's answers and keeps the request log.

    Callbacks (called from the API's threads; on_log's one entry at a time, so that lines
    printed for two requests ending together never run into each other): on_log(entry) for
    each request that ended,
    on_change() when requests start or end, on_saved(conversation_id) when an API
    conversation was stored.

    Attributes:
        ctx: the app (its pipeline, catalogue, library, settings and store).
        save_conversations: keep the API's conversations in the store (marked as API).
        queue_limit: requests that may wait for or use one model at once (503 beyond).
        entries: the latest requests, oldest first.
        address: the host and port the API listens on (set by its server), or None.
    """

    def __init__(self, ctx: AppContext, *, save_conversations: bool = False,
                 queue_limit: int = QUEUE_LIMIT) -> None:
        self.ctx = ctx
        self.pipeline = ctx.chat.pipeline
        self.save_conversations = save_conversations
        self.queue_limit = queue_limit
        self.entries: collections.deque[LogEntry] = collections.deque(maxlen=LOG_ENTRIES)
        self.on_log: list[Callable[[LogEntry], None]] = []
        self.on_change: list[Callable[[], None]] = []
        self.on_saved: list[Callable[[int], None]] = []
        self.closing = False
        self.address: tuple[str, int] | None = None
        self._queues: dict[str, int] = {}
        self._answers: set[Answer] = set()
        # what a stored answer added: (the conversation it began, or None), its first row,
        # and the conversation's model before (a refusal puts it back)
        self._rows: dict[Answer, tuple[int | None, int, str | None]] = {}
        self._lock = threading.Lock()
        self._log_lock = threading.Lock()
        self._kept_before = ctx.engine.max_loaded
        ctx.engine.max_loaded = max(self._kept_before, MODELS_KEPT)

    # state

    @property
    def active(self) -> int:
        """Requests that wait for or use a model now."""
        with self._lock:
            return sum(self._queues.values())

    def models(self) -> list[dict[str, Any]]:
        """The /v1/models entries (each saying whether the model is loaded now), from what
        is known: the servers are asked again in the background (those added to the
        endpoints file since at once, all every REFRESH_AFTER_S), and a listing running now
        is waited for up to MODELS_WAIT_S (off the event loop)."""
        self.ctx.catalogue.refresh_soon(MODELS_WAIT_S)
        engine, pipeline = self.ctx.engine, self.ctx.chat.pipeline
        return [o.entry(not is_remote(o.model) and engine.is_loaded(o.model.path),
                        o.model.context_length if o.kind != CHAT or is_remote(o.model)
                        else pipeline.context_size(o.model))  # a server's: as it says, or None
                for o in offered(self.ctx, self.itself)]

    def itself(self, host: str) -> bool:
        """Whether an endpoint's host:port is this API (address: where it listens, set by
        the server as it starts): its models are not offered again through it."""
        if self.address is None:
            return False
        parts = urlsplit("//" + host)
        try:
            port = parts.port
        except ValueError:
            return False
        listens, bound = self.address
        name = (parts.hostname or "").lower()
        return port == bound and (is_loopback(name) or name == listens.strip("[]").lower())

    def check_docs(self, names: list[str]) -> None:
        """ApiError 400 (param docs) for a document collection name that is none."""
        try:
            self.ctx.chat.check_docs(names)
        except UserError as exc:
            raise ApiError(400, exc.template, api_param="docs", **exc.params) from None

    def find(self, name: str, kind: str = CHAT) -> Offered:
        """The model a request names, of the kind it needs; ApiError 404 for an unknown
        one, 503 for a server's that offline mode blocks now, 400 for one of the other
        kind or a local file that cannot be used (damaged, not a model: the reason)."""
        found = find(self.ctx, name, self.itself)
        blocked = None if found is not None else next(
            (m for m in self.ctx.catalogue.remote() if m.key == name and m.problem), None)
        if blocked is not None:  # listed, but not to be asked now: say why
            error = offline_error(self.ctx.catalogue.endpoints.get(blocked.endpoint))
            raise ApiError(503, error.template, api_param="model", **error.params)
        damaged = unusable(self.ctx, name) if found is None else None
        if damaged is not None:  # a file of that name that cannot be read: say why
            raise ApiError(400, UNUSABLE_MODEL, api_param="model", api_code="model_not_usable",
                           model=damaged.display_name, reason=damaged.problem_error())
        if found is None:
            raise ApiError(404, UNKNOWN_MODEL, api_param="model", api_code="model_not_found",
                           model=name)
        if found.kind != kind:
            raise ApiError(400, NOT_CHAT if kind == CHAT else NOT_EMBEDDING, api_param="model",
                           model=found.id)
        return found

    # queue

    def _enter(self, key: str, name: str) -> None:
        with self._lock:
            if self.closing:
                raise ApiError(503, STOPPING, retry_after_s=1)
            waiting = self._queues.get(key, 0)
            if waiting >= self.queue_limit:
                raise ApiError(503, QUEUE_FULL, api_code="queue_full", model=name,
                               count=waiting, retry_after_s=QUEUE_RETRY_S)
            self._queues[key] = waiting + 1
        self._changed()

    def _leave(self, key: str) -> None:
        with self._lock:
            left = self._queues.pop(key, 1) - 1
            if left > 0:
                self._queues[key] = left
        self._changed()

    def _changed(self) -> None:
        for callback in list(self.on_change):
            callback()

    # answers

    def start_answer(self, exchange: Exchange, chosen: Offered, messages: list[dict[str, Any]],
                     params: dict[str, Any], keep: bool = True) -> Answer:
        """The answer to messages by the chosen model (not made yet: iterate it), stored in
        an API conversation when the user asked for that (and keep is True)."""
        answer = None
        if keep and self.save_conversations:
            try:
                if self.ctx.store.read_only is not None:
                    raise self.ctx.store.read_only
                answer = self._stored_answer(chosen, messages, params)
            except UserError as exc:  # a read-only, busy or full database: answered all
                log.warning("an API conversation could not be saved: %s", exc)  # the same
                exchange.unsaved = exc  # (and its log line says so)
        if answer is None:
            answer = self.pipeline.unstored(chosen.model, messages, params, batch=True)
        with self._lock:
            self._answers.add(answer)
        exchange.made(answer)
        return answer

    def answer_ended(self, exchange: Exchange) -> None:
        """The answer of exchange ended (called from the thread that made it)."""
        with self._lock:
            self._answers.discard(exchange.answer)
            added = self._rows.pop(exchange.answer, None)
        exchange.answer_ended()
        answer = exchange.answer
        if answer is not None and added is not None and not answer.text \
                and answer.error_kind in REFUSED:
            self._take_back(*added)
            return
        if answer is not None and answer.message is not None:
            for callback in list(self.on_saved):
                callback(answer.message.conversation_id)

    def _stored_answer(self, chosen: Offered, messages: list[dict[str, Any]],
                       params: dict[str, Any]) -> Answer | None:
        """An answer in an API conversation: the one whose shown branch this request's
        history goes on with (a client sends the whole conversation each time), else a new
        one. Tool results and calls are not kept (only text turns are); None when the
        request has no turn to answer."""
        store = self.ctx.store
        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        turns = [(m["role"], m["content"] or calls_text(m.get("tool_calls") or []))
                 for m in messages if m["role"] in ("user", "assistant")]
        if not turns:
            return None
        conversation, parent, new = None, None, turns
        for candidate in store.recent_conversations("api", MATCH_RECENT):
            if candidate.system_prompt != system:
                continue
            branch = store.current_branch(candidate.id)
            shown = [(m.role, m.content) for m in branch]
            # (a request that ends with a tool's result has no new turn: it goes on after
            # the answer that called the tool)
            more = len(shown) < len(turns) or (len(shown) == len(turns)
                                               and messages[-1]["role"] == "tool")
            if branch and more and turns[:len(shown)] == shown:
                conversation, parent, new = candidate, branch[-1].id, turns[len(shown):]
                break
        made = conversation is None
        if made:
            first = next((text for role, text in turns if role == "user"), turns[0][1])
            conversation = store.create_conversation(title=title_from(first),
                                                     system_prompt=system, kind="api")
        added = store.add_turns(conversation.id, parent, new)  # the client's own: whole
        parent = added[-1] if added else parent
        before = conversation.model_key
        store.set_conversation_model(conversation.id, chosen.model.key)
        answer = self.pipeline.start(conversation.id, parent, chosen.model, messages, params,
                                     batch=True)
        first_added = added[0] if added else answer.message.id  # what a refusal takes back
        with self._lock:
            self._rows[answer] = (conversation.id if made else None, first_added, before)
        return answer

    def _take_back(self, conversation_id: int | None, first_added: int,
                   model_before: str | None) -> None:
        """Put what a refused request added to an API conversation in the trash (all of a
        conversation it began; else its turns, and the conversation's model is the one
        before): a request the API answered with a 400 is not a turn."""
        store = self.ctx.store
        try:
            if conversation_id is not None:
                store.delete_conversation(conversation_id)
            else:
                kept = store.message(first_added).conversation_id
                store.delete_branch(first_added)
                store.set_conversation_model(kept, model_before)
        except UserError as exc:  # a busy or full database: it stays, with its error
            log.warning("a refused API request stays in its conversation: %s", exc)

    def embed(self, chosen: Offered, texts: list[str]) -> tuple[list[list[float]], int]:
        """Embeddings by the chosen model (its turn taken like an answer's)."""
        return self.pipeline.embed(chosen.model, texts, truncate=False)  # cut: said, as chat

    # the log

    def record(self, entry: LogEntry) -> None:
        """Keep a request in the log and tell the listeners."""
        with self._log_lock:
            self.entries.append(entry)
            log.info("API request: %s %s %s", entry.path, entry.model or "-", entry.status)
            for callback in list(self.on_log):
                callback(entry)

    def close(self) -> None:
        """Refuse new requests and stop every answer in progress (at its next token); the
        models kept loaded for clients go back to what the app keeps."""
        with self._lock:
            self.closing = True
            answers = list(self._answers)
        if self.ctx.engine.max_loaded == max(self._kept_before, MODELS_KEPT):
            self.ctx.engine.set_max_loaded(self._kept_before)
        for answer in answers:
            with contextlib.suppress(Exception):
                answer.cancel()

