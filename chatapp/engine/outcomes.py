"""What the engine reports: the loaded model's facts, how an answer ended, and its errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from chatapp.errors import QT_TRANSLATE_NOOP, UserError

NO_EMBEDDINGS = QT_TRANSLATE_NOOP("errors", "No embeddings were made: {reason}")
LOAD_FAILED = QT_TRANSLATE_NOOP("errors", "Could not load the model {name}: {reason}")
KV_REFUSED = QT_TRANSLATE_NOOP(
    "errors", "Could not load the model {name} with a {kv_type} KV cache: llama.cpp could not "
    "make its context with it. Choose f16 under KV cache in Model settings (--kv-type f16 on "
    "the command line).")
DIED_SIGNAL = QT_TRANSLATE_NOOP("errors", "The model process stopped unexpectedly (signal {n}).")
DIED_EXIT = QT_TRANSLATE_NOOP("errors",
                              "The model process stopped unexpectedly (exit code {n}).")
DIED_SILENT = QT_TRANSLATE_NOOP("errors", "The model process stopped answering.")
DIED_KILLED = QT_TRANSLATE_NOOP(
    "errors", "The model process stopped unexpectedly (signal 9): it was ended from outside, by "
    "the system when memory ran short or by another program. The next message starts it "
    "again.")
DIED_RESTARTED = QT_TRANSLATE_NOOP(
    "errors", "The model process was ended because an answer it was writing for another "
    "request could not be stopped in time; this answer ended with it. Send again: the model "
    "starts again.")
LOAD_STOPPED = QT_TRANSLATE_NOOP("errors", "The load was stopped by the user.")
DIED_SAYING = QT_TRANSLATE_NOOP("errors", "{died} llama.cpp said: {reason}")
DIED_CPU = QT_TRANSLATE_NOOP(
    "errors", "The model process stopped unexpectedly (signal {n}): llama.cpp was built for "
    "processor instructions this computer refuses; reinstall llama-cpp-python with "
    "CMAKE_ARGS=\"-DGGML_NATIVE=OFF\".")


class EngineError(UserError):
    """A model could not be loaded or could not answer."""


class ModelTooBig(EngineError):
    """The fit estimate says the model will not fit in free memory; load only if asked to."""


class EmbeddingTooLong(EngineError):
    """A text to embed is longer than the model's context."""

    @classmethod
    def from_llama(cls, message: str) -> EmbeddingTooLong:
        """The error for llama-cpp-python's refusal ("Requested tokens (2002) exceed batch
        size of 512"), in the app's words where its numbers can be read."""
        numbers = re.search(r"\((\d+)\)\D+(\d+)", message)
        if numbers is None:
            return cls(NO_EMBEDDINGS, reason=message)
        return cls(QT_TRANSLATE_NOOP(
            "errors", "A text is too long for this embedding model: {count} tokens, and it "
            "takes {limit} at most. Shorten it or split it."),
            count=int(numbers.group(1)), limit=int(numbers.group(2)))


@dataclass
class ModelInfo:
    """What the worker reports about the loaded model."""

    path: str
    architecture: str
    name: str
    quantization: str
    n_ctx: int
    n_threads: int
    n_gpu_layers: int
    template_source: str
    template_name: str
    template_sha256: str
    load_s: float
    kv_type: str = "f16"
    flash_attn: bool | None = None  # as llama.cpp resolved "auto"; None: not known
    embedding: bool = False
    n_embd: int = 0
    pooling: int | None = None
    n_seq: int = 0  # answers it decodes together (0: one at a time)

    @classmethod
    def from_event(cls, info: dict[str, Any]) -> ModelInfo:
        """From the worker's loaded event."""
        template = info.get("template") or {}
        return cls(
            path=info["path"],
            architecture=info.get("architecture") or "",
            name=info.get("name") or "",
            quantization=info.get("quantization") or "",
            n_ctx=int(info.get("n_ctx") or 0),
            n_threads=int(info.get("n_threads") or 0),
            n_gpu_layers=int(info.get("n_gpu_layers") or 0),
            template_source=template.get("source", ""),
            template_name=template.get("name", ""),
            template_sha256=template.get("sha256", ""),
            load_s=float(info.get("load_s") or 0.0),
            kv_type=str(info.get("kv_type") or "f16"),
            flash_attn=info.get("flash_attn") if isinstance(info.get("flash_attn"), bool)
            else None,
            embedding=bool(info.get("embedding")),
            n_embd=int(info.get("n_embd") or 0),
            n_seq=int(info.get("n_seq") or 0),
            pooling=info.get("pooling"),
        )


@dataclass
class Result:
    """How an answer ended.

    Attributes:
        kind: for an error, what failed: "context" (the prompt is longer than the context),
            "request" (a response format or tools the model cannot take), "template" (the
            chat template refused), "exit" (the model process died), "decode", "state".
    """

    finish_reason: str = "error"
    error: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    kind: str | None = None
