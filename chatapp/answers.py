"""How every answer is made, whoever asks for it: the window, the CLI, compare panes, the
arena, evaluation runs, titles and the local API.

One path: the assistant row with its provenance → the model taken (one lock per model, the
engine knows what is loaded) → streamed → saved at least once a second → finished with its
stats and finish reason. A local model runs in a llama.cpp worker process
(:mod:`chatapp.engine`), a remote one on an OpenAI-compatible server (:mod:`chatapp.remote`);
both stream the same way (``Generation``'s interface).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from chatapp.answer_docs import retrieve_into
from chatapp.answer_flush import Flusher
from chatapp.answer_parts import going_on, joined, stale_while_continued, unchanged
from chatapp.answer_row import label_columns, system_of, with_seed
from chatapp.backends import NO_ENDPOINTS, Backend, LocalBackend, RemoteBackend, Stream
from chatapp.catalogue import AnyModel, Catalogue, is_remote
from chatapp.docs.variant import unwrap
from chatapp.engine import Engine, ModelTooBig
from chatapp.engine.lora import check_adapters
from chatapp.engine.outcomes import EngineError, Result
from chatapp.engine.tool_calls import calls_text
from chatapp.errors import UserError
from chatapp.fair_lock import FairLock
from chatapp.library import LocalModel
from chatapp.model_defaults import load_options
from chatapp.store import Message, Store

log = logging.getLogger(__name__)

STAT_FIELDS = ("prompt_tokens", "completion_tokens", "ttft_s", "tokens_per_s", "duration_s",
               "reasoning_tokens", "reasoning_s", "speculation", "draft_tokens",
               "accepted_tokens")
LOCK_POLL_S = 0.05
# a model process found ended this soon after the request, before a token: it had ended
# before the request reached it, and the answer is asked again of a new one (once)
GONE_S = 1.0


class Pipeline:
    """Makes answers and owns what they share: one lock per local model, the template the
    user chose per model, the load options per model.

    Attributes:
        template_overrides: model key -> template text the user chose instead of the model's.
        model_options: model key -> load options (n_ctx, n_gpu_layers, kv_type, flash_attn)
            and whether answers speculate (prompt_lookup), as in settings.json.
    """

    def __init__(self, store: Store, engine: Engine, catalogue: Catalogue | None = None) -> None:
        self.store = store
        self.engine = engine
        self.catalogue = catalogue
        self.template_overrides: dict[str, str] = {}
        self.model_options: dict[str, dict] = {}
        self.told: set[str] = set()  # notices given once (a draft model gone, an adapter left out)
        self._locks: dict[str, FairLock] = {}
        self._batched: dict[str, int] = {}  # answers streaming in a model's batch
        self._locks_guard = threading.Lock()
        if engine is not None:  # (a pipeline over stored answers only has none)
            engine.in_use = self.in_use
        self._retriever = None

    @property
    def retriever(self):
        """Searches document collections for answers that use them (made when first
        needed; chatapp.docs.retrieval.Retriever)."""
        with self._locks_guard:
            if self._retriever is None:
                from chatapp.docs.retrieval import Retriever

                self._retriever = Retriever(self.store, self.engine.n_threads)
            return self._retriever

    def close(self) -> None:
        """Stop the document search's embedding workers."""
        with self._locks_guard:
            retriever, self._retriever = self._retriever, None
        if retriever is not None:
            retriever.close()

    # taking a model

    def lock_for(self, model: AnyModel | str) -> AbstractContextManager:
        """Held while a local model's worker serves one request (answers, titles, token
        counts, embeddings): a FairLock, so requests take turns in the order they came; a
        server elsewhere takes requests side by side (no lock). A path names a local model
        too."""
        if not isinstance(model, str) and is_remote(model):
            return contextlib.nullcontext()
        path = model if isinstance(model, str) else model.path
        with self._locks_guard:
            return self._locks.setdefault(str(path), FairLock())

    def in_use(self, path: Path | str) -> bool:
        """Whether a request holds (or waits for) the model at path, or answers in its batch."""
        with self._locks_guard:
            lock, batched = self._locks.get(str(path)), self._batched.get(str(path))
        return bool(batched) or (lock is not None and (lock.locked() or lock.waiting > 0))

    def _in_batch(self, model: AnyModel, count: int) -> None:
        """Count an answer into (1) or out of (-1) the model's batch."""
        key = str(model.path)
        with self._locks_guard:
            self._batched[key] = self._batched.get(key, 0) + count
            if self._batched[key] <= 0:
                del self._batched[key]

    def embed(self, model: AnyModel, texts: list[str], truncate: bool = True
              ) -> tuple[list[list[float]], int]:
        """The embedding of each text by model (its turn taken like an answer's) and the
        tokens they took; a text longer than a local model's context is cut to it, or with
        truncate False refused. EngineError (or ModelTooBig, EmbeddingTooLong) for a local
        model that cannot, RemoteError for a server's failure."""
        if is_remote(model):
            if self.catalogue is None:
                raise UserError(NO_ENDPOINTS)
            return self.catalogue.remote_model(model).embed(texts)
        with self.lock_for(model):
            worker = self.engine.worker_for(Path(model.path), embedding=True,
                                            **self.load_options(model))
            return worker.embed(texts, truncate=truncate)

    def engine_worker(self, model: LocalModel):
        """The engine's worker with model loaded (with the user's template, if any)."""
        override = self.template_overrides.get(model.key) or None
        loaded = self.engine.loaded
        if loaded is not None and loaded.path == model.path:
            wanted = hashlib.sha256(override.encode("utf-8")).hexdigest() if override else None
            if (wanted is not None and loaded.template_sha256 != wanted) or (
                    wanted is None and loaded.template_source == "override"):
                self.engine.unload(Path(model.path))  # the template changed: load again
        return self.engine.worker_for(Path(model.path), template_override=override,
                                      **self.load_options(model))

    def load_options(self, model: LocalModel) -> dict[str, Any]:
        """The context length (None: the engine's), GPU layers, KV cache type and flash
        attention setting the model loads with (chatapp.model_defaults.load_options)."""
        return load_options(self.model_options.get(model.key), model.context_length)

    def context_size(self, model: AnyModel) -> int:
        """The context length in tokens the model runs (or will run) with: the loaded one's
        while its settings ask for what it was loaded with (else it loads again with them),
        else its settings' (the engine's default), never past what it was trained for."""
        engine = self.engine
        if is_remote(model):
            return self.remote_context(model) or engine.n_ctx
        asked = self.load_options(model)["n_ctx"] or engine.n_ctx
        loaded = engine.loaded_info(model.path)
        if loaded is not None and engine.asked_n_ctx(model.path) == asked:
            return loaded.n_ctx
        return min(asked, model.context_length) if model.context_length else asked

    def remote_context(self, model: AnyModel) -> int | None:
        """A server's model's context length: as the server says, else as the user set it
        (its options' n_ctx); None when neither says."""
        asked = (self.model_options.get(model.key) or {}).get("n_ctx")
        return model.context_length or (asked if isinstance(asked, int) and asked > 0 else None)

    def backend(self, model: AnyModel) -> Backend:
        """The model ready to answer (loaded, or its server's client). EngineError (or
        ModelTooBig) and UserError when it cannot."""
        return (RemoteBackend if is_remote(model) else LocalBackend)(self, model)

    def batch_size(self, model: AnyModel) -> int:
        """How many answers marked batch a local model decodes together now (0: it is not
        loaded or takes them one at a time; a server elsewhere: 0, it has its own ways)."""
        if is_remote(model):
            return 0
        info = self.engine.loaded_info(Path(model.path))
        return info.n_seq if info is not None else 0

    def is_free(self, model: AnyModel) -> bool:
        """Whether a request to model would start now: a server elsewhere, or a local model
        that is loaded and not busy."""
        if is_remote(model):
            return True
        loaded = self.engine.loaded
        return loaded is not None and loaded.path == model.path

    # answers

    def start(self, conversation_id: int, parent_id: int, model: AnyModel,
              messages: list[dict[str, Any]], params: dict[str, Any], *,
              dropped: int = 0, batch: bool = False, fresh: bool = False) -> Answer:
        """A new assistant row under parent_id (the user's turn it answers) with who answers
        and how; iterate the returned Answer to make it. params["docs"] (or a DocsVariant
        model): the document collections whose chunks go into the prompt. batch: a local
        model decodes it together with other such answers (the local API, evaluations)
        instead of taking turns; the window's answers (without) come first. fresh: a local
        model evaluates the whole prompt, none of it taken from its cache (an evaluation's
        answers alone: the same in every run, whatever was answered before)."""
        model, params = unwrap(model, with_seed(params))
        message = self.store.add_message(
            conversation_id, parent_id, "assistant", "", **label_columns(model), params=params,
            dropped_messages=dropped or None, system_prompt=system_of(messages))
        return Answer(self, message, model, messages, params, batch=batch, fresh=fresh)

    def resume(self, message: Message, model: AnyModel, messages: list[dict[str, Any]],
               params: dict[str, Any]) -> Answer:
        """Go on writing a stored answer (continue), with model. It goes on as what it was
        made as: with the documents it was answered from (params' own "docs" left out:
        the sources it cites stay those it was given), its variant name and its pane."""
        params, stored = going_on(message, with_seed(params))
        self.store.update_message(message.id, finish_reason=None, **label_columns(model),
                                  params=json.dumps(stored, sort_keys=True),
                                  system_prompt=system_of(messages),
                                  **stale_while_continued())
        return Answer(self, self.store.message(message.id), model, messages, params,
                      before=message)

    def unstored(self, model: AnyModel, messages: list[dict[str, Any]],
                 params: dict[str, Any], *, batch: bool = False, fresh: bool = False) -> Answer:
        """An answer that is not stored (the local API without saved conversations, a
        judge's verdict): made the same way, its end in Answer.result (batch, fresh: as in
        start)."""
        model, params = unwrap(model, with_seed(params))
        return Answer(self, None, model, messages, params, batch=batch, fresh=fresh)

    def quick(self, model: AnyModel, messages: list[dict[str, Any]],
              params: dict[str, Any]) -> str | None:
        """A short answer that is not stored (a title), only when the model is free now:
        its text, or None (busy, not loaded, failed)."""
        if not self.is_free(model):
            return None
        lock = self.lock_for(model)
        acquire = getattr(lock, "acquire", None)  # a server elsewhere has no lock here
        if acquire is not None and not acquire(blocking=False):
            return None
        try:
            answer = self.unstored(model, messages, params)
            text = answer.to_end()
            return None if answer.result is None or answer.result.finish_reason == "error" \
                else text
        finally:
            if acquire is not None:
                lock.release()


class Answer:
    """One assistant answer in the making: iterate for its text pieces ("" when only the
    reasoning grew); the store is kept up to date.

    Attributes:
        message: the assistant message row (final once iteration ends); None for an answer
            that is not stored.
        result: how it ended (finish reason, error line, stats), once iteration ended.
        model: who answers.
        text: the answer's text so far.
        error: why it failed, as a translatable UserError, when that is known.
        error_kind: what failed (Result.kind: "context", "request", "template", "exit", …;
            "load" when the model could not be loaded, "fit" when it would not fit), or None.
        too_big: the model did not fit in free memory (ask before loading it anyway).
        requested_at: when the model was ready and the answer asked for (monotonic seconds).
        retrieval: what was found in the document collections (params["docs"]) and put in
            the prompt (chatapp.store.doc_records.Retrieval), once the answer started.
        provenance: how the model was set up (template, context, path or endpoint), once
            it was taken; also for an answer that is not stored.
        batch, fresh: how a local model decodes it (see Pipeline.start).
        peak_rss_bytes: the peak resident memory of a local model's process while the answer
            was made (peak_own; else its peak so far), None for a server elsewhere or unknown.
        peak_own: the peak was reset as the answer began (False: it includes earlier work).
        notice: what the answer went on without, and why (a draft model that cannot draft
            for the model: a translatable UserError), or None.
        unsaved: the failure that may pass (DiskFull, a busy database) and kept the text, or
            how the answer ended, from being saved; both are kept here (message shows them)
            and save() writes them. None when all is saved.
    """

    def __init__(self, pipeline: Pipeline, message: Message | None, model: AnyModel,
                 messages: list[dict[str, Any]], params: dict[str, Any],
                 before: Message | None = None, batch: bool = False, fresh: bool = False) -> None:
        self.pipeline = pipeline
        self.batch, self.fresh = batch, fresh
        self.message = message  # None: not stored
        self.result: Result | None = None
        self.model = model
        self.messages = messages
        self.params = params
        self.before = before  # a continued answer as it was stored before it went on
        self.text = before.content if before is not None else ""
        self._reasoning = (before.reasoning or "") if before is not None else ""
        self.notice: UserError | None = None
        self.indexing = ""  # the collection indexed before the answer begins, while it is
        self._earlier_tokens = (before.completion_tokens or 0) if before is not None else 0
        self._cancelled = threading.Event()
        self._loading = False  # its model is being loaded for it (see cancel)
        self.too_big = False
        self.error: UserError | None = None
        self.error_kind: str | None = None
        self._generation: Stream | None = None
        self.unsaved: UserError | None = None
        self.requested_at: float | None = None
        self.provenance: dict[str, Any] = {}
        self.peak_rss_bytes: int | None = None
        self.peak_own = False
        self._ending: tuple[str, dict[str, Any]] | None = None
        self.retrieval = None
        self._retried = False

    @property
    def store(self) -> Store:
        return self.pipeline.store

    @property
    def tool_calls(self) -> list[dict[str, str]]:
        """The functions the model called so far ({"id", "name", "arguments"}), when it was
        offered tools (params["tools"])."""
        return list(getattr(self._generation, "tool_calls", None) or [])

    @property
    def prompt_tokens(self) -> int | None:
        """The prompt's tokens once the model read it (a local model), else None."""
        return getattr(self._generation, "prompt_tokens", None)  # (None: no generation yet)

    @property
    def reasoning(self) -> str:
        """The model's reasoning so far (not part of the answer's text)."""
        generation = self._generation
        return self._reasoning + generation.reasoning if generation is not None \
            else self._reasoning

    @property
    def live(self) -> dict[str, Any]:
        """The answer's numbers while it streams: "tokens" so far, "ttft_s" (fixed once the
        first token came; a continued answer keeps its first one), "decode_s" (seconds since
        the first token) and "tokens_per_s" (None until two tokens); {} before the first
        token."""
        generation = self._generation
        live = generation.live if generation is not None else {}
        tokens = live.get("tokens") or 0
        if not tokens:
            return {}
        decode_s = live.get("decode_s") or 0.0
        ttft = live.get("ttft_s")
        if self.before is not None and self._earlier_tokens and self.before.ttft_s is not None:
            ttft = self.before.ttft_s  # its first token came in an earlier part
        return {"tokens": tokens + self._earlier_tokens, "ttft_s": ttft, "decode_s": decode_s,
                "tokens_per_s": (tokens - 1) / decode_s if tokens > 1 and decode_s > 0
                else None}

    @property
    def reading(self) -> tuple[int, int] | None:
        """(tokens read, tokens of the prompt) while a local model reads the prompt, else
        None (before, after, and for models that do not say)."""
        reading = getattr(self._generation, "reading", None)
        return reading if reading and reading[1] > 0 else None

    @property
    def context_tokens(self) -> int | None:
        """Tokens of the model's context this answer takes now: its prompt (the whole prompt
        once its length is known, while it is being read too) and the tokens generated so
        far; None until a local model says how long the prompt is (remote ones never do)."""
        prompt, reading = self.prompt_tokens, self.reading
        if prompt is None and reading is None:
            return None
        generated = (getattr(self._generation, "live", None) or {}).get("tokens") or 0
        return (prompt if prompt is not None else reading[1]) + generated

    @property
    def retry_in_s(self) -> float | None:
        """Seconds until a server that asked to wait (a rate limit) is asked again; None
        when it did not ask."""
        at = getattr(self._generation, "retry_at", None)
        return max(at - time.monotonic(), 0.0) if at is not None else None

    @property
    def read_percent(self) -> int | None:
        """How much of the prompt was read (0–100) while it is read, else None."""
        reading = self.reading
        return reading[0] * 100 // reading[1] if reading else None

    def cancel(self) -> None:
        """Stop at the next token; the text so far is kept and marked stopped. A model that
        this answer is loading stops loading (its worker process ends; the next answer loads
        it again)."""
        self._cancelled.set()
        generation = self._generation
        if generation is not None:
            generation.cancel()
        elif self._loading and not is_remote(self.model):
            self.pipeline.engine.cancel_load(Path(self.model.path))

    @property
    def cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._cancelled.is_set()

    def to_end(self) -> str:
        """Make the whole answer (however it ends); its text (the answer's, not the pieces
        joined: pieces may be taken back as reasoning)."""
        for _piece in self:
            pass
        return self.text

    def __iter__(self) -> Iterator[str]:
        lock = self.pipeline.lock_for(self.model)
        fair = isinstance(lock, FairLock)  # (else a server elsewhere: no lock to take)
        if fair:  # waits its turn; leaves the queue when cancelled
            while not lock.acquire(timeout=LOCK_POLL_S):
                if self._cancelled.is_set():
                    self._finish("stopped")
                    return
        held = [fair]

        def let_go() -> None:
            """The answer is in its model's batch: the next request may go."""
            if held[0]:
                held[0] = False
                lock.release()

        try:
            yield from self._stream(let_go if fair and self.batch else None)
        finally:
            if held[0]:
                lock.release()

    def _stream(self, let_go: Any = None) -> Iterator[str]:
        """Make the answer (let_go: called once a model that decodes answers together has
        this one, so that the next request need not wait for its end)."""
        if self._cancelled.is_set():  # stopped before its turn came: nothing to load
            self._finish("stopped")
            return
        try:
            self.model.check_chat()  # a damaged file fails here with its reason, not in llama.cpp
            check_adapters(self.model, self.params)
            self._loading = True
            try:
                backend = self.pipeline.backend(self.model)
            finally:
                self._loading = False
        except UserError as exc:
            if self._cancelled.is_set():  # its load was ended by Stop: stopped, not failed
                log.info("the answer was stopped while its model loaded: %s", exc)
                self._finish("stopped")
                return
            self.too_big = isinstance(exc, ModelTooBig)
            self.error = exc
            self.error_kind = "fit" if self.too_big else "load"
            self._finish("error", error=str(exc))
            return
        self.provenance = dict(backend.provenance or {})
        self.notice = getattr(backend, "notice", None) or self.notice
        if backend.provenance and self.message is not None:
            self.store.update_message(self.message.id, **backend.provenance)
            # (kept in memory too: an answer the disk cannot take says how it ended from it)
            self.message = dataclasses.replace(self.message, **backend.provenance)
        if self._cancelled.is_set():
            self._finish("stopped")
            return
        params = self.params
        if params.get("docs"):
            params = {k: v for k, v in params.items() if k != "docs"}
            try:
                retrieve_into(self, backend)
            except UserError as exc:
                self.error = exc
                self._finish("error", error=str(exc))
                return
        batched = let_go is not None and getattr(backend, "batch_size", 0) > 0
        if batched or self.fresh:
            params = {**params, "batch": True} if batched else {**params, "fresh": True}
        reset = getattr(backend, "reset_peak", None)  # (its peak: this answer's, not earlier)
        self.peak_own = bool(reset and reset())
        self.requested_at = time.monotonic()
        try:
            generation = backend.generate(self.messages, params)
        except EngineError as exc:  # its process ended since it was taken
            if not self._retried:
                self._retried = True  # (taken again: a new process)
                yield from self._stream(let_go)
                return
            self.error = exc
            self._finish("error", error=str(exc))
            return
        self._generation = generation
        if self._cancelled.is_set():
            generation.cancel()
        if batched:
            self.pipeline._in_batch(self.model, 1)
            let_go()
        try:
            with Flusher(self) if self.message is not None else contextlib.nullcontext():
                for piece in generation:
                    taken_back, generation.taken_back = generation.taken_back, False
                    self.text = ("" if taken_back else self.text) + piece  # (was reasoning)
                    yield piece
        finally:
            if batched:
                self.pipeline._in_batch(self.model, -1)
        result = generation.result
        if (result.kind == "exit" and not self.text and not self._retried
                and time.monotonic() - self.requested_at < GONE_S):  # gone before it began
            self._retried = True
            log.warning("the model process had ended: it starts again for the answer")
            yield from self._stream(let_go)
            return
        peak = getattr(backend, "peak_rss", None)
        self.peak_rss_bytes = (peak() or None) if peak is not None else None
        self.error = getattr(generation, "error", None)
        self.error_kind = getattr(result, "kind", None) or (
            "remote" if result.finish_reason == "error" and is_remote(self.model) else None)
        stats = {k: v for k, v in result.stats.items() if k in STAT_FIELDS}
        if self.before is not None:
            stats = joined(self.before, stats)
        served = {k: v for k in ("served_model", "system_fingerprint")
                  if (v := getattr(generation, k, None))}
        error = result.error
        unsent = getattr(generation, "unsent", ())  # refused by the server: stored as not sent
        if unsent and self.message is not None:
            served["params"] = json.dumps({k: v for k, v in self.message.sampling.items()
                                           if k not in unsent}, sort_keys=True)
        left_out = result.stats.get("dropped_messages")  # by the model process, to fit
        if left_out and self.message is not None:
            served["dropped_messages"] = (self.message.dropped_messages or 0) + int(left_out)
        self.notice = getattr(generation, "notice", None) or self.notice
        if result.finish_reason == "error":
            log.warning("an answer ended with an error (%s)", self.error_kind or "unknown")
        self._finish(result.finish_reason, error=error,
                     reasoning=self.reasoning.strip() or None, **served, **stats)

    def flush(self) -> None:
        """Save the text and reasoning so far; when that may work later (a full disk, a busy
        database) keep them in memory (unsaved) and go on."""
        if self.message is None:
            return
        try:
            self.store.flush_text(self.message.id, self.text, self.reasoning or None)
            self.unsaved = None
        except UserError as exc:
            if not exc.retryable:
                raise
            if self.unsaved is None:
                log.warning("the answer is kept in memory: %s", exc.template)
            self.unsaved = exc

    def _finish(self, finish_reason: str, **fields: Any) -> None:
        """Store the final text and how the answer ended; when that may work later, keep
        both in memory (message shows them) for save()."""
        if finish_reason == "error" and self.error is not None:
            fields["error_data"] = json.dumps(self.error.to_dict(), ensure_ascii=False)
        self.result = Result(finish_reason, fields.get("error"),
                             {k: fields[k] for k in STAT_FIELDS if k in fields})
        before = self.before
        if (before is not None and self.text == before.content
                and self.reasoning.strip() == (before.reasoning or "").strip()):
            if finish_reason in ("error", "stopped"):
                # going on failed or was stopped before it wrote anything: the answer stays
                # as it was (it can still be continued); a failure is told, not stored
                finish_reason, fields = before.finish_reason or "stopped", {}
            fields = {**unchanged(before), **fields}
        self._ending = (finish_reason, fields)
        if self.message is None:
            return
        try:
            self.save()
        except UserError as exc:
            if not exc.retryable:
                raise
            log.warning("the finished answer is kept in memory: %s", exc.template)
            self.unsaved = exc
            self.message = dataclasses.replace(self.message, content=self.text,
                                               finish_reason=finish_reason, **fields)

    def save(self) -> Message:
        """Write what is kept in memory: the text so far, and how the answer ended once it
        has. DiskFull (or DatabaseBusy) while that still fails: nothing is lost, try again."""
        if self._ending is None:
            self.store.flush_text(self.message.id, self.text, self.reasoning or None)
        else:
            finish_reason, fields = self._ending
            text = self.text or calls_text(self.tool_calls)  # (an answer that is only calls)
            self.message = self.store.finish_message(self.message.id, text, finish_reason,
                                                     **fields)
        self.unsaved = None
        return self.message
