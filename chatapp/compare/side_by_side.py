"""Side by side: one prompt to 2–4 models, answers stored as sibling branches.

How many answers stream at once is planned from the fit estimate and the free memory
(`plan_parallel`); the rest wait in a queue and start as running ones end. The engine
splits the CPU cores between the answers running at the same time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chatapp.engine import Engine, EngineError
from chatapp.library import LocalModel
from chatapp.store import Message, Store

HEADROOM = 0.9
FLUSH_INTERVAL_S = 1.0


def plan_parallel(engine: Engine, models: list[LocalModel]) -> int:
    """How many of models (in order) fit in memory together (at least 1)."""
    from chatapp.gguf_meta import GGUFError
    from chatapp.hub.fit import detect_machine, estimate, local_shape

    machine = engine.machine or detect_machine()
    used, count = 0, 0
    for model in models:
        try:
            need = estimate(local_shape(model.path), engine.n_ctx, machine)
        except (GGUFError, OSError):
            return max(1, count)  # unreadable: run it alone, the worker explains
        budget = need.budget * HEADROOM
        if count and used + need.total > budget:
            break
        used += need.total
        count += 1
    return max(1, count)


@dataclass
class Pane:
    """One model's answer in a comparison."""

    index: int
    model: LocalModel
    message: Message
    messages: list[dict[str, str]]
    text: str = ""
    state: str = "queued"  # queued, loading, streaming, done
    first_token_s: float | None = None  # the worker's, from the request; fixed once known
    started: float = 0.0
    requested: float = 0.0  # when the model was ready and the answer was asked for
    finished: float = 0.0
    pieces: int = 0  # text pieces received (a piece holds one token or more)
    tokens: int = 0  # tokens generated so far, as the worker counts them
    decode_s: float = 0.0  # seconds from the first token to the latest piece
    cancelled: threading.Event = field(default_factory=threading.Event)
    generation: Any = None

    def stop(self) -> None:
        """Stop this pane (its text so far is kept, marked stopped)."""
        self.cancelled.set()
        if self.generation is not None:
            self.generation.cancel()

    def received(self, piece: str, live: dict[str, Any]) -> None:
        """Add a piece of the answer with the worker's numbers as of it (Generation.live:
        "tokens" so far, "ttft_s", "decode_s")."""
        self.text += piece
        self.pieces += 1
        if live.get("tokens"):
            self.tokens = live["tokens"]
            self.decode_s = live.get("decode_s") or 0.0
            if self.first_token_s is None:
                self.first_token_s = live.get("ttft_s")

    @property
    def tokens_per_s(self) -> float | None:
        """This answer's decoding speed so far, in tokens per second, measured as the worker
        measures the final one (None until two tokens came)."""
        if self.tokens > 1 and self.decode_s > 0:
            return (self.tokens - 1) / self.decode_s
        return None


class Comparison:
    """Runs the panes of one turn: `start()` returns at once; callbacks come from threads.

    on_update(pane) is called as text streams (throttled); on_done(pane) when a pane ends.
    """

    def __init__(self, store: Store, engine: Engine, conversation_id: int, text: str,
                 models: list[LocalModel], params: list[dict[str, Any]],
                 parents: list[int | None] | None = None, system_prompt: str = "",
                 prompts: list[int] | None = None) -> None:
        """text is stored as a new user turn under each of parents (panes with the same
        parent share it); or, with prompts, pane i answers the stored user message
        prompts[i] (a pane added later answers the same prompt) and text is not used."""
        self.store = store
        self.engine = engine
        self.params = params
        self.engine.max_loaded = max(self.engine.max_loaded, len(models))
        self.parallel = plan_parallel(engine, models)
        parents = parents or [None] * len(models)
        self.panes: list[Pane] = []
        shared: dict[int | None, Message] = {}
        for index, (model, parent) in enumerate(zip(models, parents, strict=True)):
            user = store.message(prompts[index]) if prompts else shared.get(parent)
            if user is None:  # panes on the same branch share the user's turn
                user = store.add_message(conversation_id, parent, "user", text)
                shared[parent] = user
            history = [] if not system_prompt.strip() else [
                {"role": "system", "content": system_prompt}]
            history += [{"role": m.role, "content": m.content} for m in store.branch(user.id)
                        if not (m.role == "assistant" and m.finish_reason == "error")]
            message = store.add_message(
                conversation_id, user.id, "assistant", "", model_name=model.file_name,
                model_key=model.key, model_quant=model.quantization,
                model_arch=model.architecture, params=params[index])
            self.panes.append(Pane(index, model, message, history))
        self.on_update: Callable[[Pane], None] = lambda pane: None
        self.on_done: Callable[[Pane], None] = lambda pane: None
        self._slots = threading.Semaphore(self.parallel)
        # panes with the same model file share its worker: they take turns on it
        self._model_locks = {p.model.path: threading.Lock() for p in self.panes}
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        """Start every pane (those beyond the memory plan wait for a free slot)."""
        self.engine.expect(min(self.parallel, len(self.panes)))
        for pane in self.panes:
            thread = threading.Thread(target=self._run, args=(pane,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def stop(self) -> None:
        """Stop every pane."""
        for pane in self.panes:
            pane.stop()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for every pane to end; True if they did."""
        deadline = None if timeout is None else time.monotonic() + timeout
        for thread in self._threads:
            thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in self._threads)

    def _run(self, pane: Pane) -> None:
        with self._model_locks[pane.model.path], self._slots:
            self._answer(pane)
            if self.parallel < len(self.panes):
                # queueing: give this model's memory back before the next one loads
                others = {p.model.path for p in self.panes
                          if p is not pane and p.state != "done"}
                if pane.model.path not in others:
                    self.engine.unload(Path(pane.model.path))
        if all(p.state == "done" for p in self.panes):
            self.engine.expect(0)
        self.on_done(pane)

    def _answer(self, pane: Pane) -> None:
        store = self.store
        pane.started = time.monotonic()
        if pane.cancelled.is_set():
            pane.message = store.finish_message(pane.message.id, "", "stopped")
            pane.state = "done"
            return
        pane.state = "loading"
        self.on_update(pane)
        try:
            worker = self.engine.worker_for(Path(pane.model.path))
        except EngineError as exc:
            pane.message = store.finish_message(pane.message.id, "", "error", error=str(exc))
            pane.state = "done"
            return
        pane.state = "streaming"
        pane.requested = time.monotonic()
        generation = self.engine.generate(worker, pane.messages, self.params[pane.index])
        pane.generation = generation
        if pane.cancelled.is_set():
            generation.cancel()
        flushed = shown = time.monotonic()
        for piece in generation:
            now = time.monotonic()
            pane.received(piece, generation.live)
            if now - shown >= 0.03:
                shown = now
                self.on_update(pane)
            if now - flushed >= FLUSH_INTERVAL_S:
                store.flush_text(pane.message.id, pane.text)
                flushed = now
        result = generation.result
        stats = {k: v for k, v in result.stats.items()
                 if k in ("prompt_tokens", "completion_tokens", "ttft_s", "tokens_per_s",
                          "duration_s")}
        pane.message = store.finish_message(pane.message.id, pane.text, result.finish_reason,
                                            error=result.error,
                                            reasoning=generation.reasoning.strip() or None,
                                            **stats)
        pane.finished = time.monotonic()
        pane.state = "done"


@dataclass
class StoredComparison:
    """A comparison as stored: the prompt of its latest turn (the first branch's) and the
    latest answer of each branch, in the order the branches were made."""

    prompt: Message
    answers: list[Message]


def stored_comparison(store: Store, conversation_id: int) -> StoredComparison | None:
    """The panes of a stored conversation. Along the shown branch, the first user turn
    answered more than once is where the panes part (each answer starts a pane's branch,
    followed to its newest end); with no such turn, the last user turn and its answer. None
    when the conversation has no user turn."""
    branch = store.current_branch(conversation_id)
    users = [m for m in branch if m.role == "user"]
    if not users:
        return None
    for user in users:
        answers = [m for m in store.children(user.id, conversation_id)
                   if m.role == "assistant"]
        if len(answers) > 1:
            break
    else:
        user = users[-1]
        answers = [m for m in store.children(user.id, conversation_id)
                   if m.role == "assistant"]
        return StoredComparison(user, answers[-1:])
    latest = []
    for answer in answers:
        own = [m for m in store.branch(store.leaf_below(answer.id)) if m.role == "assistant"]
        latest.append(own[-1])
    return StoredComparison(store.message(latest[0].parent_id), latest)


def continue_with(store: Store, message_id: int) -> int:
    """Make one pane's answer the shown branch of its conversation; returns the leaf id."""
    message = store.message(message_id)
    leaf = store.leaf_below(message.id)
    store.set_current_leaf(message.conversation_id, leaf)
    if message.model_key:
        store.set_conversation_model(message.conversation_id, message.model_key)
    return leaf
