"""A model taken for one answer, local (a llama.cpp worker process) or remote (an
OpenAI-compatible server): one interface that streams and says how the model was set up."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

from chatapp.catalogue import RemoteEntry
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.library import LocalModel

if TYPE_CHECKING:
    from chatapp.answers import Pipeline

NO_ENDPOINTS = QT_TRANSLATE_NOOP("errors", "Models on other machines are not set up here.")


class Stream(Protocol):
    """What a backend's answer is (chatapp.engine.client.Generation and
    chatapp.remote.generation.RemoteGeneration): iterate for text pieces ("" when only the
    reasoning grew); reasoning, live numbers and result as they stand; cancel() any time.
    taken_back: set when the pieces before the one just given were reasoning after all (its
    closing tag came without an opening one); the reader clears it once it dropped them."""

    reasoning: str
    taken_back: bool
    live: dict[str, Any]
    result: Any

    def __iter__(self) -> Iterator[str]: ...

    def cancel(self) -> None: ...


class Backend(Protocol):
    """A model taken for one answer: it streams, and says how it was set up."""

    provenance: dict[str, Any]

    def generate(self, messages: list[dict[str, Any]], params: dict[str, Any]) -> Stream: ...

    def count_tokens(self, text: str) -> int: ...

    def prompt_size(self, messages: list[dict[str, Any]]) -> int: ...


DRAFT_GONE = QT_TRANSLATE_NOOP(
    "errors", "The draft model {draft} is not there any more: answers go on without it "
    "(Model settings chooses another).")


# the tokens a chat template adds around a message, at most for most templates
TEMPLATE_TOKENS_PER_MESSAGE = 8


def estimated_prompt(messages: list[dict[str, Any]], count: Any) -> int:
    """A prompt's tokens where its template cannot be rendered here: each message's text
    (count: text -> tokens) and what a template adds around it."""
    return sum(count(str(m.get("content") or "")) + TEMPLATE_TOKENS_PER_MESSAGE
               for m in messages)


class LocalBackend:
    """A GGUF model in a worker process."""

    def __init__(self, pipeline: Pipeline, model: LocalModel) -> None:
        from chatapp.model_defaults import draft_max, draft_model

        engine = pipeline.engine
        self.worker = pipeline.engine_worker(model)
        self.engine = engine
        entry = pipeline.model_options.get(model.key)
        self.speculation = {"draft_max": draft_max(entry), "draft_path": draft_model(entry)}
        wanted = entry.get("draft_model") if isinstance(entry, dict) else None
        # what the answer goes on without, and why: a draft model whose file is gone (said
        # for the first answer that misses it)
        self.notice = None
        if isinstance(wanted, str) and wanted and self.speculation["draft_path"] is None \
                and wanted not in pipeline.told:
            pipeline.told.add(wanted)
            self.notice = UserError(DRAFT_GONE, draft=os.path.basename(wanted))
        info = self.worker.info
        self.batch_size = info.n_seq if info is not None else 0  # answers decoded together
        self.provenance = {} if info is None else {
            "template_source": info.template_source, "template_name": info.template_name,
            "template_sha256": info.template_sha256, "model_path": info.path,
            "n_ctx": info.n_ctx, "n_gpu_layers": info.n_gpu_layers,
            "kv_type": info.kv_type, "flash_attn": info.flash_attn,
        }

    def generate(self, messages: list[dict[str, Any]], params: dict[str, Any]) -> Stream:
        """Stream an answer; it speculates as the model's settings say (prompt lookup or a
        draft model) unless params set draft_max (0: not at all)."""
        return self.engine.generate(self.worker, messages, {**self.speculation, **params})

    def count_tokens(self, text: str) -> int:
        """text's tokens for this model (exact: its own tokenizer)."""
        return len(self.worker.tokenize(text))

    def prompt_size(self, messages: list[dict[str, Any]]) -> int:
        """The tokens of the prompt an answer to messages would start from (exact: rendered
        in the model's chat template, tokenized by its own tokenizer; estimated where the
        template fails, which the answer then says)."""
        from chatapp.engine.outcomes import EngineError

        try:
            return len(self.worker.render(messages)[1])
        except EngineError:
            return estimated_prompt(messages, self.count_tokens)

    def peak_rss(self) -> int:
        """The peak resident memory of the model's process so far, in bytes (0: unknown)."""
        return self.worker.peak_rss()

    def reset_peak(self) -> bool:
        """Start peak_rss again from what the process holds now; False where it cannot."""
        return self.worker.reset_peak()


class RemoteBackend:
    """A model on an OpenAI-compatible server."""

    def __init__(self, pipeline: Pipeline, entry: RemoteEntry) -> None:
        if pipeline.catalogue is None:
            raise UserError(NO_ENDPOINTS)
        self.model = pipeline.catalogue.remote_model(entry)
        origin = self.model.provenance()
        self.provenance = {"endpoint": origin["endpoint"], "endpoint_host": origin["host"],
                           "n_ctx": origin["context_length"]}

    def generate(self, messages: list[dict[str, Any]], params: dict[str, Any]) -> Stream:
        return self.model.generate(messages, params)

    def prompt_size(self, messages: list[dict[str, Any]]) -> int:
        """The tokens of a prompt of messages, estimated (see count_tokens)."""
        return estimated_prompt(messages, self.count_tokens)

    @staticmethod
    def count_tokens(text: str) -> int:
        """text's tokens, estimated (the server's tokenizer is not at hand): a token per
        three bytes, more than most tokenizers make."""
        return len(text.encode("utf-8")) // 3 + 1

