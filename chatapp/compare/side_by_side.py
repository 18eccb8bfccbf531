"""Side by side: one prompt to 2–4 models, answers stored as sibling branches.

How many answers stream at once is planned from the fit estimate and the free memory
(`plan_parallel`); the rest wait in a queue and start as running ones end. The engine
splits the CPU cores between the answers running at the same time.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chatapp.answers import LOCK_POLL_S, Answer, Pipeline
from chatapp.catalogue import AnyModel, is_remote
from chatapp.chat import prompt_messages
from chatapp.engine import Engine
from chatapp.fair_lock import FairLock
from chatapp.store import Message, Store

HEADROOM = 0.9
# The answer's parameter that keeps which pane it was shown in (1 for the first), so that a
# comparison reopens in its own order (a pane added later may answer before another).
PANE_KEY = "pane"


def plan_parallel(engine: Engine, models: list[AnyModel]) -> int:
    """How many of models (in order) fit in memory together (at least 1); a model on
    another machine takes none here."""
    from chatapp.fit import detect_machine, estimate
    from chatapp.fit_file import local_shape
    from chatapp.gguf_meta import GGUFError

    machine = engine.machine or detect_machine()
    used, count = 0, 0
    for model in models:
        if is_remote(model):
            count += 1
            continue
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
    model: AnyModel
    message: Message
    messages: list[dict[str, str]]
    text: str = ""
    state: str = "queued"  # queued, loading, streaming, done
    first_token_s: float | None = None  # the worker's, from the request; fixed once known
    queued: float = 0.0  # when the comparison started (time.monotonic())
    started: float = 0.0  # when its turn came
    requested: float = 0.0  # when the model was ready and the answer was asked for
    finished: float = 0.0
    pieces: int = 0  # text pieces received (a piece holds one token or more)
    tokens: int = 0  # tokens generated so far, as the worker counts them
    decode_s: float = 0.0  # seconds from the first token to the latest piece
    answer: Answer | None = None

    def stop(self) -> None:
        """Stop this pane (its text so far is kept, marked stopped)."""
        if self.answer is not None:
            self.answer.cancel()

    @property
    def cancelled(self) -> bool:
        """Whether the pane was stopped."""
        return self.answer is not None and self.answer.cancelled

    def received(self, piece: str, live: dict[str, Any]) -> None:
        """Add a piece of the answer with the worker's numbers as of it (Generation.live:
        "tokens" so far, "ttft_s", "decode_s"); the text is the answer's (its text before
        goes when it was reasoning after all)."""
        self.text = self.answer.text if self.answer is not None else self.text + piece
        self.pieces += 1
        if live.get("tokens"):
            self.tokens = live["tokens"]
            self.decode_s = live.get("decode_s") or 0.0
            if self.first_token_s is None:
                self.first_token_s = live.get("ttft_s")

    def ended(self, stats: dict[str, Any]) -> None:
        """Take the answer's final numbers (Result.stats), which the last piece may not
        have carried."""
        tokens, rate = stats.get("completion_tokens"), stats.get("tokens_per_s")
        if tokens and tokens > 1 and rate:
            self.tokens, self.decode_s = tokens, (tokens - 1) / rate

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

    def __init__(self, pipeline: Pipeline, conversation_id: int, text: str,
                 models: list[AnyModel], params: list[dict[str, Any]],
                 parents: list[int | None] | None = None, system_prompt: str = "",
                 prompts: list[int] | None = None, continues: list[int] | None = None,
                 ) -> None:
        """text is stored as a new user turn under each of parents (panes with the same
        parent share it); or, with prompts, pane i answers the stored user message
        prompts[i] (a pane added later answers the same prompt) and text is not used; or,
        with continues, pane i goes on writing its stored answer continues[i] (the chat's
        Continue: chat.continue_stored). params[i]["system_prompt"]: pane i's own system
        prompt, over system_prompt (kept with its answer, as an evaluation variant's is)."""
        from chatapp.chat import continue_stored

        self.pipeline = pipeline
        self.store = store = pipeline.store
        self.engine = pipeline.engine
        self.params = params
        self.engine.max_loaded = max(self.engine.max_loaded,
                                     sum(not is_remote(m) for m in models))
        self.parallel = plan_parallel(self.engine, models)
        parents = parents or [None] * len(models)
        self.panes: list[Pane] = []
        shared: dict[int | None, Message] = {}
        for index, (model, parent) in enumerate(zip(models, parents, strict=True)):
            own = params[index].get("system_prompt")  # a pane's own: the pane is a variant
            system = own if isinstance(own, str) and own else system_prompt
            if continues:
                answer = continue_stored(pipeline, store.message(continues[index]), model,
                                         params[index], system)
                self.panes.append(Pane(index, model, answer.message, answer.messages,
                                       text=answer.text, answer=answer))
                continue
            user = store.message(prompts[index]) if prompts else shared.get(parent)
            if user is None:  # panes on the same branch share the user's turn
                user = store.add_message(conversation_id, parent, "user", text)
                shared[parent] = user
            history = prompt_messages(store, user.id, system, model.key)
            answer = pipeline.start(conversation_id, user.id, model, history, params[index])
            self.panes.append(Pane(index, model, answer.message, history, answer=answer))
        self.on_update: Callable[[Pane], None] = lambda pane: None
        self.on_done: Callable[[Pane], None] = lambda pane: None
        self._slots = threading.Semaphore(self.parallel)
        self._threads: list[threading.Thread] = []

    @property
    def at_once(self) -> int:
        """How many panes answer at the same time: as many as fit in memory, one per model
        file (panes of one file take turns on its worker)."""
        return min(self.parallel, len({pane.model.key for pane in self.panes}))

    def start(self) -> None:
        """Start every pane (those beyond the memory plan wait for a free slot)."""
        self.engine.expect(min(self.parallel, len(self.panes)))
        for pane in self.panes:
            pane.queued = time.monotonic()
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

    @contextlib.contextmanager
    def _turn(self, pane: Pane) -> Iterator[bool]:
        """Hold the pane's model (panes of one model file take turns on its worker: the
        pipeline's lock); False, holding nothing, when the pane is stopped while it
        waits."""
        lock = self.pipeline.lock_for(pane.model)
        if not isinstance(lock, FairLock):
            with lock:
                yield True
            return
        while not lock.acquire(timeout=LOCK_POLL_S):
            if pane.cancelled:
                yield False
                return
        try:
            yield True
        finally:
            lock.release()

    def _run(self, pane: Pane) -> None:
        # the model is taken before a memory slot, so that a waiting pane holds none; a
        # pane stopped while it waits ends at once ("stopped before the first token")
        with self._turn(pane) as turn, self._slots if turn else contextlib.nullcontext():
            self._answer(pane)
            if turn and self.parallel < len(self.panes) and not is_remote(pane.model):
                # queueing: give this model's memory back before the next one loads
                others = {p.model.path for p in self.panes
                          if p is not pane and p.state != "done"}
                if pane.model.path not in others:
                    self.engine.unload(Path(pane.model.path))
        if all(p.state == "done" for p in self.panes):
            self.engine.expect(0)
        self.on_done(pane)

    def _answer(self, pane: Pane) -> None:
        answer = pane.answer
        pane.started = time.monotonic()
        pane.state = "loading"
        self.on_update(pane)
        shown = time.monotonic()
        for piece in answer:
            if pane.state == "loading":
                pane.state, pane.requested = "streaming", answer.requested_at or 0.0
            now = time.monotonic()
            pane.received(piece, answer.live)
            if now - shown >= 0.03:
                shown = now
                self.on_update(pane)
        pane.ended(answer.result.stats if answer.result is not None else {})
        pane.message = answer.message
        pane.finished = time.monotonic()
        pane.state = "done"


@dataclass
class StoredComparison:
    """A comparison as stored: the prompt of its latest turn (the first branch's) and the
    latest answer of each branch, in the order of the panes they were shown in (as made,
    for answers that do not say)."""

    prompt: Message
    answers: list[Message]


def stored_comparison(store: Store, conversation_id: int) -> StoredComparison | None:
    """The panes of a stored conversation. Along the shown branch, the first user turn
    answered more than once is where the panes part (each answer starts a pane's branch,
    followed to its newest end; of a pane's answers by one model there, the newest: a pane's
    Try again made it beside the one it replaces); with no such turn, the last user turn and
    its answer. None when the conversation has no user turn."""
    found = pane_branches(store, conversation_id)
    if found is None:
        users = [m for m in store.current_branch(conversation_id) if m.role == "user"]
        return StoredComparison(users[-1], _answers(store, users[-1])[-1:]) if users else None
    panes: dict = {}  # an answer made again in its pane (Try again) stands for the one before
    for messages in found[1]:  # (each pane's branch begins with its answer)
        number = pane_number(messages[0])
        panes[(number, messages[0].model_key) if number else messages[0].id] = messages
    latest = [[m for m in messages if m.role == "assistant"][-1] for messages in panes.values()]
    return StoredComparison(store.message(latest[0].parent_id), latest)


def pane_branches(store: Store, conversation_id: int
                  ) -> tuple[list[Message], list[list[Message]]] | None:
    """A stored comparison's panes, every turn of them: (the shown branch up to and with
    the first user turn answered more than once, each pane's messages from its answer to
    that turn down to its newest end, in the panes' order), or None where no user turn of
    the shown branch has more than one answer (a chat)."""
    branch = store.current_branch(conversation_id)
    for at, user in enumerate(branch):
        answers = _answers(store, user) if user.role == "user" else []
        if len(answers) > 1:
            answers.sort(key=lambda m: (pane_number(m) or len(answers) + 1, m.id))
            return branch[:at + 1], [store.branch(store.leaf_below(a.id))[at + 1:]
                                     for a in answers]
    return None


def _answers(store: Store, user: Message) -> list[Message]:
    """The answers to a user turn, oldest first."""
    return [m for m in store.children(user.id, user.conversation_id) if m.role == "assistant"]


def earlier_turns(store: Store, prompt_id: int | None) -> list[Message]:
    """The user turns and answers of a pane's branch before its prompt (prompt_id), oldest
    first: what the pane's model also reads besides the prompt. [] for a first turn."""
    return [m for m in store.branch(prompt_id)[:-1] if m.role in ("user", "assistant")]


def pane_number(message: Message) -> int | None:
    """The pane an answer was shown in (1 for the first), or None where it does not say."""
    number = message.sampling.get(PANE_KEY)
    return number if type(number) is int and number > 0 else None


def continue_with(store: Store, message_id: int) -> int:
    """Make one pane's answer the shown branch of its conversation, and the pane's model and
    settings the conversation's (take_settings); returns the leaf id."""
    message = store.message(message_id)
    leaf = store.leaf_below(message.id)
    store.set_current_leaf(message.conversation_id, leaf)
    if message.model_key:
        store.set_conversation_model(message.conversation_id, message.model_key)
    take_settings(store, message)
    return leaf


def take_settings(store: Store, message: Message) -> None:
    """Make what an answer was made with its conversation's settings for the next answers:
    the system prompt it was given, its sampling parameters and adapters (a seed drawn at
    random stays random), its variant's name (the conversation's next answers by its model
    are stored under it: "variant", "variant_model"), the document collections it searched
    (those that still exist; none when it searched none)."""
    from chatapp.settings import Sampling
    from chatapp.store.documents import Documents

    used = message.sampling
    keys = {*Sampling().to_dict(), "adapters"} - ({"seed"} if used.get("seed_random") else set())
    store.set_system_prompt(message.conversation_id, message.system_prompt or "")
    own = {k: v for k, v in used.items() if k in keys}
    variant = used.get("variant")
    if isinstance(variant, str) and variant and message.model_key:  # named as in the pane
        own.update(variant=variant, variant_model=message.model_key)  # (with its model only)
    store.set_conversation_params(message.conversation_id, own or None)
    documents = Documents(store)
    names = used.get("docs") if isinstance(used.get("docs"), list) else []
    there = {c.name: c.id for c in documents.collections()}
    documents.attach(message.conversation_id, [there[n] for n in names if n in there])
