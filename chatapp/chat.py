"""Conversations in motion: store the user's turn, stream the answer into the store."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from chatapp.engine import Engine, EngineError
from chatapp.library import LocalModel
from chatapp.settings import Sampling
from chatapp.store import Message, Store

log = logging.getLogger(__name__)

FLUSH_INTERVAL_S = 1.0
TITLE_CHARS = 60


def title_from(text: str) -> str:
    """A conversation title from its first message."""
    line = " ".join(text.split())
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1].rstrip() + "…"


def prompt_messages(store: Store, leaf_id: int, system_prompt: str) -> list[dict[str, str]]:
    """The messages the model sees for the branch ending at leaf_id."""
    messages = [{"role": "system", "content": system_prompt}] if system_prompt.strip() else []
    for message in store.branch(leaf_id):
        if message.role == "assistant" and message.finish_reason == "error":
            continue
        messages.append({"role": message.role, "content": message.content})
    return messages


class Answer:
    """One assistant answer: iterate for text pieces; the store is kept up to date.

    Attributes:
        message: the assistant message row (final once iteration ends).
        text: the answer's text so far.
    """

    def __init__(self, chat: Chat, message: Message, model: LocalModel,
                 messages: list[dict[str, str]], params: dict[str, Any]) -> None:
        self.chat = chat
        self.message = message
        self.model = model
        self.messages = messages
        self.params = params
        self.text = ""
        self._cancelled = threading.Event()
        self._generation = None

    def cancel(self) -> None:
        """Stop at the next token; the text so far is kept and marked stopped."""
        self._cancelled.set()
        generation = self._generation
        if generation is not None:
            generation.cancel()

    def __iter__(self) -> Iterator[str]:
        store = self.chat.store
        try:
            worker = self.chat.engine.worker_for(Path(self.model.path))
        except EngineError as exc:
            self.message = store.finish_message(self.message.id, "", "error", error=str(exc))
            return
        info = worker.info
        if info is not None:
            store.update_message(
                self.message.id, template_source=info.template_source,
                template_name=info.template_name, template_sha256=info.template_sha256,
            )
        if self._cancelled.is_set():
            self.message = store.finish_message(self.message.id, "", "stopped")
            return
        generation = worker.generate(self.messages, self.params)
        self._generation = generation
        if self._cancelled.is_set():
            generation.cancel()
        flushed_at = time.monotonic()
        for piece in generation:
            self.text += piece
            yield piece
            if time.monotonic() - flushed_at >= FLUSH_INTERVAL_S:
                store.flush_text(self.message.id, self.text)
                flushed_at = time.monotonic()
        result = generation.result
        stats = {k: v for k, v in result.stats.items() if k in _STAT_FIELDS}
        if result.finish_reason == "error":
            log.warning("an answer ended with an error")
        self.message = store.finish_message(
            self.message.id, self.text, result.finish_reason, error=result.error, **stats
        )


_STAT_FIELDS = {"prompt_tokens", "completion_tokens", "ttft_s", "tokens_per_s", "duration_s"}


class Chat:
    """What the window and the CLI talk to: conversations, sending, answering."""

    def __init__(self, store: Store, engine: Engine) -> None:
        self.store = store
        self.engine = engine

    def send(self, conversation_id: int, text: str, model: LocalModel, sampling: Sampling,
             system_prompt: str = "") -> tuple[Message, Answer]:
        """Add the user's message under the current leaf and start the answer to it."""
        conversation = self.store.conversation(conversation_id)
        if not conversation.title:
            self.store.rename_conversation(conversation_id, title_from(text))
        user = self.store.add_message(conversation_id, conversation.current_leaf_id, "user", text)
        return user, self.answer(conversation_id, user.id, model, sampling, system_prompt)

    def answer(self, conversation_id: int, parent_id: int, model: LocalModel,
               sampling: Sampling, system_prompt: str = "") -> Answer:
        """Start an assistant answer to the branch ending at parent_id."""
        conversation = self.store.conversation(conversation_id)
        system = system_prompt or conversation.system_prompt
        messages = prompt_messages(self.store, parent_id, system)
        params = sampling.to_dict()
        message = self.store.add_message(
            conversation_id, parent_id, "assistant", "",
            model_name=model.file_name, model_key=model.key, model_quant=model.quantization,
            model_arch=model.architecture, params=params,
        )
        return Answer(self, message, model, messages, params)
