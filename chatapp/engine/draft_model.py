"""A draft model for speculative decoding: a smaller model of the same vocabulary guesses the
next tokens greedily, and the answering model checks them all in one batch.

The draft model has its own context (as long as the answering model's) and keeps the
conversation in its KV cache: before each draft it is brought to the tokens so far, reusing
its cells up to where they part (the draft tokens that were taken stay, the others go). Its
drafts have the same interface as prompt lookup's (chatapp.engine.lookup): append, draft and
taken, so the decoder's speculative loop takes either. The vocabularies must agree the way
llama.cpp's speculative examples require (chatapp.draft_vocab: same tokenizer type, BOS/EOS,
sizes within 128, the same text for every token from id 5 on), or the drafts would mean other
words.
"""

from __future__ import annotations

import functools
import os
from typing import Any

from chatapp.draft_vocab import (
    OTHER_ENDS,
    OTHER_SIZE,
    OTHER_TOKEN,
    OTHER_TOKENIZER,
    VOCAB_CHECK_FROM,
    VOCAB_SIZE_SLACK,
)
from chatapp.engine.decoder import Decoder
from chatapp.engine.lookup import DraftLength
from chatapp.errors import QT_TRANSLATE_NOOP, UserError

NOT_LOADED = QT_TRANSLATE_NOOP("errors", "it could not be loaded ({detail})")


class DraftError(UserError):
    """The draft model cannot draft for this model; its message is the reason (a
    translatable one: the template and values of the reason given)."""

    def __init__(self, reason: UserError) -> None:
        super().__init__(reason.template, **reason.params)


def vocab_mismatch(target: Any, draft: Any) -> UserError | None:
    """Why two llama.cpp vocabularies (llama_vocab pointers) cannot share drafts, or None."""
    import llama_cpp

    if llama_cpp.llama_vocab_type(target) != llama_cpp.llama_vocab_type(draft):
        return UserError(OTHER_TOKENIZER)
    for name in ("llama_vocab_get_add_bos", "llama_vocab_get_add_eos", "llama_vocab_bos",
                 "llama_vocab_eos"):
        function = getattr(llama_cpp, name)
        if function(target) != function(draft):
            return UserError(OTHER_ENDS)
    n_target = llama_cpp.llama_vocab_n_tokens(target)
    n_draft = llama_cpp.llama_vocab_n_tokens(draft)
    if abs(n_target - n_draft) > VOCAB_SIZE_SLACK:
        return UserError(OTHER_SIZE, model_n=n_target, draft_n=n_draft)
    text = llama_cpp.llama_vocab_get_text
    for token in range(VOCAB_CHECK_FROM, min(n_target, n_draft)):
        if text(target, token) != text(draft, token):
            return UserError(OTHER_TOKEN, token=token)
    return None


class DraftModel:
    """A loaded draft model (its llama.cpp Llama) and its decoder.

    Attributes:
        path: the GGUF file.
        decoder: keeps the draft model's cache of the conversation.
    """

    def __init__(self, path: str, llm: Any, target_vocab: Any) -> None:
        self.path = path
        self.llm = llm
        self.decoder = Decoder(llm, state_budget=0)
        reason = vocab_mismatch(target_vocab, self.decoder.vocab)
        if reason is not None:
            self.close()
            raise DraftError(reason)

    def drafter(self, history: list[int], draft_max: int, penalty: float = 1.0
                ) -> ModelDrafter:
        """Drafts of up to draft_max tokens after history (the tokens so far), picked with
        the answer's repeat penalty (as the answering model picks)."""
        return ModelDrafter(self.decoder, history, draft_max, penalty)

    def close(self) -> None:
        """Free the model and its context."""
        self.llm.close()


class ModelDrafter(DraftLength):
    """The draft model's guesses for one answer (the interface of lookup.PromptLookup).

    Attributes:
        history: every token so far (prompt, then answer).
    """

    def __init__(self, decoder: Decoder, history: list[int], draft_max: int,
                 penalty: float = 1.0) -> None:
        super().__init__(draft_max)
        self.decoder = decoder
        self.history = list(history)
        self.prompt_tokens = len(history)
        self.penalty = penalty

    def append(self, token: int) -> None:
        """Add the next token of the text."""
        self.history.append(token)

    def draft(self, room: int) -> list[int]:
        """The draft model's next min(size, room) tokens, greedily ([] without room)."""
        decoder = self.decoder
        limit = min(self.size, room, decoder.n_ctx - len(self.history) - 1)
        if limit <= 0:
            return []
        decoder.prefill(self.history)
        # the answering model penalises repeats of the answer's last tokens: so does the
        # draft, its own guesses counted as they come
        pick = decoder._greedy_picker(self.penalty, self.history[self.prompt_tokens:])
        tokens: list[int] = []
        guesses = decoder._loop(lambda: pick(-1))
        try:
            for token in guesses:
                tokens.append(token)
                if len(tokens) >= limit:
                    break
        finally:
            guesses.close()
        return tokens


def open_draft(path: str, target: Decoder, threads: int, n_gpu_layers: int) -> DraftModel:
    """Load path as a draft model for the model target decodes (a context as long as its,
    the same threads and GPU layers); DraftError when it cannot be loaded or drafted with."""
    from chatapp.engine.llama_model import open_model

    try:
        llm = open_model(path, target.n_ctx, threads, n_gpu_layers)
    except (ValueError, RuntimeError, OSError) as exc:
        raise DraftError(UserError(NOT_LOADED, detail=str(exc) or type(exc).__name__)) from exc
    return DraftModel(path, llm, target.vocab)


class DraftSlot:
    """The draft model of a worker's model: loaded on the first answer that asks for it and
    kept while the answers ask for the same; the draft models that turned out not to fit
    this model are not tried again.

    Attributes:
        model: the loaded draft model, if any.
        refused: the paths of the draft models that cannot draft for this model.
    """

    def __init__(self) -> None:
        self.model: DraftModel | None = None
        self.refused: set[str] = set()

    def drafter(self, path: object, target: Decoder, info: dict[str, Any], lock: Any,
                penalty: float) -> tuple[Any, UserError | None]:
        """The drafts of the draft model at path for target's model (info: its "path",
        "n_threads", "n_gpu_layers"), picked with the answer's repeat penalty, and a notice.
        (None, None): no path, or a draft model refused before; (None, why) the first time
        one cannot draft for it (the answer goes on without it)."""
        if not path or str(path) in self.refused:
            return None, None
        if self.model is None or self.model.path != str(path):
            self._free()
            try:
                with lock:
                    self.model = open_draft(str(path), target, info["n_threads"],
                                            info["n_gpu_layers"])
            except DraftError as exc:
                from chatapp.model_defaults import DRAFT_VOCAB

                self.refused.add(str(path))
                return None, UserError(DRAFT_VOCAB, draft=os.path.basename(str(path)),
                                       model=os.path.basename(str(info.get("path", ""))),
                                       reason=exc)
        return functools.partial(self.model.drafter, penalty=penalty), None

    def close(self) -> None:
        """Free the draft model and forget the refused ones (the model is unloaded)."""
        self._free()
        self.refused.clear()

    def _free(self) -> None:
        if self.model is not None:
            self.model.close()
            self.model = None
