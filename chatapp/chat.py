"""Conversations in motion: store the user's turn, stream the answer into the store."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import re
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from chatapp.engine import Engine, EngineError, ModelTooBig
from chatapp.engine.output import split_reasoning
from chatapp.errors import UserError
from chatapp.library import LocalModel
from chatapp.model_defaults import model_sampling
from chatapp.settings import Sampling
from chatapp.store import Message, Store

log = logging.getLogger(__name__)

FLUSH_INTERVAL_S = 1.0
TITLE_CHARS = 60


def title_from(text: str) -> str:
    """A conversation title from its first message."""
    line = " ".join(text.split())
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1].rstrip() + "…"


def prompt_messages(store: Store, leaf_id: int, system_prompt: str,
                    model_key: str | None = None) -> list[dict[str, str]]:
    """The messages the model sees for the branch ending at leaf_id.

    An answer's reasoning goes along as ``reasoning_content`` (the name chat templates use)
    only to the model that wrote it (model_key), and the template decides whether to show it
    (most leave out the reasoning of earlier turns).
    """
    messages = [{"role": "system", "content": system_prompt}] if system_prompt.strip() else []
    for message in store.branch(leaf_id):
        if message.role == "assistant" and message.finish_reason == "error":
            continue
        item = {"role": message.role, "content": message.content}
        if message.reasoning and model_key is not None and message.model_key == model_key:
            item["reasoning_content"] = message.reasoning
        messages.append(item)
    return messages


def drop_oldest(messages: list[dict[str, str]], count: int) -> list[dict[str, str]]:
    """The messages without the oldest count turns (the system prompt and last message stay)."""
    first = 1 if messages and messages[0]["role"] == "system" else 0
    count = max(0, min(count, len(messages) - first - 1))
    kept = messages[:first] + messages[first + count:]
    # a conversation starts with the user: drop an answer left first
    while len(kept) > first + 1 and kept[first]["role"] != "user":
        del kept[first]
    return kept


def turns_to_drop(messages: list[dict[str, str]], sizes: list[int], budget: int) -> int | None:
    """How many of the oldest messages to leave out so that the sizes (tokens per message,
    same order) fit budget; 0 if they fit, None if even the last message alone does not."""
    first = 1 if messages and messages[0]["role"] == "system" else 0
    total = sum(sizes)
    dropped = 0
    while total > budget:
        if first + dropped >= len(messages) - 1:
            return None
        total -= sizes[first + dropped]
        dropped += 1
    while first + dropped < len(messages) - 1 and messages[first + dropped]["role"] != "user":
        dropped += 1
    return dropped


def sampling_params(sampling: Sampling | dict[str, Any], overrides: dict[str, Any]) -> dict:
    """The parameters of an answer: the defaults with the conversation's own on top."""
    params = sampling.to_dict() if isinstance(sampling, Sampling) else dict(sampling)
    params.update({k: v for k, v in overrides.items() if k in params or k == "continue"})
    return params


class Answer:
    """One assistant answer: iterate for text pieces; the store is kept up to date.

    Attributes:
        message: the assistant message row (final once iteration ends).
        text: the answer's text so far.
        unsaved: the failure that may pass (DiskFull, a busy database) and kept the text, or
            how the answer ended, from being saved; both are kept here (message shows them)
            and save() writes them. None when all is saved.
    """

    def __init__(self, chat: Chat, message: Message, model: LocalModel,
                 messages: list[dict[str, str]], params: dict[str, Any],
                 continued: bool = False) -> None:
        self.chat = chat
        self.message = message
        self.model = model
        self.messages = messages
        self.params = params
        self.continued = continued
        self.text = message.content if continued else ""
        self._reasoning = (message.reasoning or "") if continued else ""
        self._earlier_tokens = (message.completion_tokens or 0) if continued else 0
        self._cancelled = threading.Event()
        self.too_big = False
        self._generation = None
        self.unsaved: UserError | None = None
        self._ending: tuple[str, dict[str, Any]] | None = None

    @property
    def reasoning(self) -> str:
        """The model's reasoning so far (not part of the answer's text)."""
        generation = self._generation
        return self._reasoning + generation.reasoning if generation is not None \
            else self._reasoning

    @property
    def live(self) -> dict[str, Any]:
        """The answer's numbers while it streams: "tokens" so far, "ttft_s" (fixed once the
        first token came; a continued answer keeps its first one) and "tokens_per_s" (None
        until two tokens); {} before the first token."""
        generation = self._generation
        live = generation.live if generation is not None else {}
        tokens = live.get("tokens") or 0
        if not tokens:
            return {}
        decode_s = live.get("decode_s") or 0.0
        ttft = live.get("ttft_s")
        if self._keeps_first_token():
            ttft = self.message.ttft_s
        return {"tokens": tokens + self._earlier_tokens, "ttft_s": ttft,
                "tokens_per_s": (tokens - 1) / decode_s if tokens > 1 and decode_s > 0
                else None}

    def _keeps_first_token(self) -> bool:
        """A continued answer whose first token came in an earlier run keeps that time."""
        return self.continued and self._earlier_tokens > 0 and self.message.ttft_s is not None

    def cancel(self) -> None:
        """Stop at the next token; the text so far is kept and marked stopped."""
        self._cancelled.set()
        generation = self._generation
        if generation is not None:
            generation.cancel()

    def __iter__(self) -> Iterator[str]:
        with self.chat.lock_for(self.model.path):
            yield from self._stream()

    def _stream(self) -> Iterator[str]:
        store = self.chat.store
        try:
            worker = self.chat.engine_worker(self.model)
        except EngineError as exc:
            self.too_big = isinstance(exc, ModelTooBig)
            self._finish("error", error=str(exc))
            return
        info = worker.info
        if info is not None:
            store.update_message(
                self.message.id, template_source=info.template_source,
                template_name=info.template_name, template_sha256=info.template_sha256,
                model_path=info.path, n_ctx=info.n_ctx, n_gpu_layers=info.n_gpu_layers,
            )
        if self._cancelled.is_set():
            self._finish("stopped")
            return
        generation = self.chat.engine.generate(worker, self.messages, self.params)
        self._generation = generation
        if self._cancelled.is_set():
            generation.cancel()
        with _Flusher(self):
            for piece in generation:
                self.text += piece
                yield piece
        result = generation.result
        stats = {k: v for k, v in result.stats.items() if k in _STAT_FIELDS}
        if self.continued and stats.get("completion_tokens") is not None:
            stats["completion_tokens"] += self._earlier_tokens
        if self._keeps_first_token():
            stats.pop("ttft_s", None)
        if result.finish_reason == "error":
            log.warning("an answer ended with an error")
        self._finish(result.finish_reason, error=result.error,
                     reasoning=self.reasoning.strip() or None, **stats)

    def flush(self) -> None:
        """Save the text and reasoning so far; when that may work later (a full disk, a busy
        database) keep them in memory (unsaved) and go on."""
        try:
            self.chat.store.flush_text(self.message.id, self.text, self.reasoning or None)
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
        self._ending = (finish_reason, fields)
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
        store = self.chat.store
        if self._ending is None:
            store.flush_text(self.message.id, self.text, self.reasoning or None)
        else:
            finish_reason, fields = self._ending
            self.message = store.finish_message(self.message.id, self.text, finish_reason,
                                                **fields)
        self.unsaved = None
        return self.message


class _Flusher:
    """Saves a streaming answer every FLUSH_INTERVAL_S / 2 while its text or reasoning grew,
    from its own thread, so that text already shown is saved even while tokens stall."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="answer-flush")

    def __enter__(self) -> _Flusher:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        saved = (0, 0)
        while not self._done.wait(FLUSH_INTERVAL_S / 2):
            answer = self.answer
            now = (len(answer.text), len(answer.reasoning))
            if now != saved:
                try:
                    answer.flush()
                except Exception:  # the answer goes on; its end is stored with the rest
                    log.exception("could not save a streaming answer")
                saved = now


_STAT_FIELDS = {"prompt_tokens", "completion_tokens", "ttft_s", "tokens_per_s", "duration_s",
                "reasoning_tokens", "reasoning_s"}


#: Tags and markers that are never part of a title (``<b>``, ``<|im_end|>``, ``[INST]``).
_MARKUP = re.compile(r"<[^<>\n]{1,64}>|\[/?[A-Z][A-Z_]{1,31}\]")

TITLE_PROMPT = ("Write a title of at most six words for a conversation that starts with "
                "the message below. Reply with the title only.\n\n{text}")


def clean_title(text: str) -> str:
    """A model's title answer made tidy: its reasoning and markup left out, one line, no quotes
    or trailing dot; "" when nothing usable is left (cut off inside its reasoning)."""
    text, _reasoning, unfinished = split_reasoning(text)
    if unfinished:
        return ""
    text = _MARKUP.sub(" ", text)
    lines = [line for line in text.strip().splitlines() if line.strip()]
    line = " ".join(lines[0].split()) if lines else ""
    line = line.strip().strip("\"'*#`").strip()
    if line.lower().startswith("title:"):
        line = line[6:].strip()
    if "\ufffd" in line or not any(c.isalpha() for c in line) or any(
            unicodedata.category(c) == "Cc" for c in line):
        return ""  # not a usable title: the rule's title stays
    return title_from(line.rstrip("."))


class Chat:
    """What the window and the CLI talk to: conversations, sending, answering.

    Attributes:
        lock_for(path): held while a model's worker is busy with a request (answers, titles,
            token counts); answers of different models run at the same time.
        template_overrides: model key -> template text the user chose instead of the model's.
        model_options: model key -> load options (n_ctx, n_gpu_layers), as in settings.json.
    """

    def __init__(self, store: Store, engine: Engine) -> None:
        self.store = store
        self.engine = engine
        self._locks: dict[str, threading.RLock] = {}
        self._locks_guard = threading.Lock()
        self.template_overrides: dict[str, str] = {}
        self.model_options: dict[str, dict] = {}

    def lock_for(self, model_path: str) -> threading.RLock:
        """The lock that keeps one request at a time on a model's worker."""
        with self._locks_guard:
            return self._locks.setdefault(str(model_path), threading.RLock())

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

    def load_options(self, model: LocalModel) -> dict[str, int | None]:
        """The context length (None: the engine's) and GPU layers the model loads with."""
        from chatapp.model_defaults import load_options

        return load_options(self.model_options.get(model.key), model.context_length)

    def send(self, conversation_id: int, text: str, model: LocalModel,
             sampling: Sampling | dict[str, Any], system_prompt: str = "",
             dropped: int = 0) -> tuple[Message, Answer]:
        """Add the user's message under the current leaf and start the answer to it."""
        conversation = self.store.conversation(conversation_id)
        if not conversation.title:
            self.store.rename_conversation(conversation_id, title_from(text))
        user = self.store.add_message(conversation_id, conversation.current_leaf_id, "user", text)
        return user, self.answer(conversation_id, user.id, model, sampling, system_prompt,
                                 dropped=dropped)

    def answer(self, conversation_id: int, parent_id: int, model: LocalModel,
               sampling: Sampling | dict[str, Any], system_prompt: str = "",
               dropped: int = 0) -> Answer:
        """Start an assistant answer to the branch ending at parent_id (regenerating adds a
        sibling of the answers already there). dropped: leave out that many oldest turns."""
        conversation = self.store.conversation(conversation_id)
        system = system_prompt or conversation.system_prompt
        messages = prompt_messages(self.store, parent_id, system, model.key)
        if dropped:
            before = len(messages)
            messages = drop_oldest(messages, dropped)
            dropped = before - len(messages)
        params = sampling_params(model_sampling(sampling, model.path), conversation.sampling)
        message = self.store.add_message(
            conversation_id, parent_id, "assistant", "",
            model_name=model.file_name, model_key=model.key, model_quant=model.quantization,
            model_arch=model.architecture, params=params, dropped_messages=dropped or None,
        )
        self.store.set_conversation_model(conversation_id, model.key)
        return Answer(self, message, model, messages, params)

    def regenerate(self, message_id: int, model: LocalModel,
                   sampling: Sampling | dict[str, Any]) -> Answer:
        """A new answer (a sibling) to the same question, with model; for a question of the
        user's, an answer to it (one that never got its answer: the app ended first)."""
        message = self.store.message(message_id)
        if message.role == "user":
            return self.answer(message.conversation_id, message.id, model, sampling)
        if message.role != "assistant" or message.parent_id is None:
            raise ValueError("only answers can be regenerated")
        return self.answer(message.conversation_id, message.parent_id, model, sampling)

    def edit(self, message_id: int, text: str, model: LocalModel,
             sampling: Sampling | dict[str, Any]) -> tuple[Message, Answer]:
        """Add an edited copy of a user message as its sibling (a new branch) and answer it."""
        original = self.store.message(message_id)
        if original.role != "user":
            raise ValueError("only the user's messages can be edited")
        user = self.store.add_message(original.conversation_id, original.parent_id, "user", text)
        return user, self.answer(original.conversation_id, user.id, model, sampling)

    def continue_answer(self, message_id: int, model: LocalModel,
                        sampling: Sampling | dict[str, Any]) -> Answer:
        """Go on writing an answer that stopped (at the length limit, or by the user)."""
        message = self.store.message(message_id)
        if message.role != "assistant" or message.finish_reason is None:
            raise ValueError("only a finished answer can be continued")
        conversation = self.store.conversation(message.conversation_id)
        messages = prompt_messages(self.store, message.id, conversation.system_prompt,
                                   model.key)
        params = sampling_params(model_sampling(sampling, model.path), conversation.sampling)
        params["continue"] = True
        self.store.set_current_leaf(conversation.id, self.store.leaf_below(message.id))
        self.store.update_message(
            message.id, finish_reason=None, model_name=model.file_name, model_key=model.key,
            model_quant=model.quantization, model_arch=model.architecture,
            params=json.dumps(params, sort_keys=True))
        message = self.store.message(message.id)
        return Answer(self, message, model, messages, params, continued=True)

    def make_title(self, conversation_id: int, model: LocalModel | None) -> str:
        """Title a conversation from its first exchange: by the model when it is loaded
        (and free), else by a simple rule. Returns the title (also stored)."""
        branch = self.store.current_branch(conversation_id)
        first = next((m for m in branch if m.role == "user"), None)
        if first is None:
            return self.store.conversation(conversation_id).title
        title = title_from(first.content)
        loaded = self.engine.loaded
        lock = self.lock_for(model.path) if model is not None else None
        if (model is not None and loaded is not None and loaded.path == model.path
                and lock.acquire(blocking=False)):
            try:
                worker = self.engine.worker_for(Path(model.path), **self.load_options(model))
                prompt = TITLE_PROMPT.format(text=first.content[:2000])
                generation = self.engine.generate(
                    worker, [{"role": "user", "content": prompt}],
                    {"max_tokens": 24, "temperature": 0.2, "seed": 1})
                made = clean_title("".join(generation))
                if made and generation.result and generation.result.finish_reason != "error":
                    title = made
            except EngineError:
                log.info("the model could not make a title; using the first message")
            finally:
                lock.release()
        current = self.store.conversation(conversation_id).title
        if current and current != title_from(first.content):
            return current  # renamed meanwhile: the user's title stays
        self.store.rename_conversation(conversation_id, title)
        return title
