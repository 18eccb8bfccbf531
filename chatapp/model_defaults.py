"""Per-model defaults: the sampling a model's GGUF file recommends (general.sampling.*) and
the user's per-model load options (context length, GPU layers) and whether answers speculate
(prompt lookup). No Qt here.

File metadata is untrusted: values of the wrong type, non-finite or out of range are ignored.
"""

from __future__ import annotations

import math
import os
from typing import Any

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason
from chatapp.fit import MIN_CONTEXT
from chatapp.gguf_meta import GGUFError, file_info
from chatapp.settings import Sampling

# Sampling field -> (GGUF key, whole number?, lowest, highest); the ranges match the
# conversation dialog's spin boxes.
SAMPLING_KEYS: dict[str, tuple[str, bool, float, float]] = {
    "temperature": ("general.sampling.temp", False, 0.0, 5.0),
    "top_k": ("general.sampling.top_k", True, 0, 1000),
    "top_p": ("general.sampling.top_p", False, 0.0, 1.0),
    "min_p": ("general.sampling.min_p", False, 0.0, 1.0),
    "repeat_penalty": ("general.sampling.penalty_repeat", False, 0.5, 2.5),
}
SEQUENCE_KEY = "general.sampling.seq"
SAMPLERS = frozenset({"penalties", "dry", "top_n_sigma", "top_k", "typ_p", "typical_p",
                      "top_p", "min_p", "xtc", "temperature", "infill"})

MAX_GPU_LAYERS = 1000  # more than any model has; llama.cpp caps it at the model's layers
MAX_BATCH = 8  # answers decoded together at most (chatapp.engine.batch.MAX_SEQUENCES)


def _number(value: object, whole: bool, low: float, high: float) -> float | int | None:
    """value if it is a finite number of the right kind within [low, high], else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if whole:
        if isinstance(value, float):
            if not value.is_integer():
                return None
            value = int(value)
        return value if low <= value <= high else None
    value = float(value)
    if not math.isfinite(value) or not low <= value <= high:
        return None
    return round(value, 4)


def recommended_sampling(metadata: dict[str, object]) -> dict[str, float | int]:
    """The sampling values the model's metadata recommends (only valid ones; may be empty)."""
    found: dict[str, float | int] = {}
    for name, (key, whole, low, high) in SAMPLING_KEYS.items():
        value = _number(metadata.get(key), whole, low, high)
        if value is not None:
            found[name] = value
    return found


def recommended_sequence(metadata: dict[str, object]) -> list[str]:
    """The sampler order the model recommends (known sampler names only), or []."""
    seq = metadata.get(SEQUENCE_KEY)
    if not isinstance(seq, str) or len(seq) > 500:
        return []
    names = [part.strip() for part in seq.replace(",", ";").split(";")]
    return [n for n in names if n in SAMPLERS]


def recommended_for_file(path: str | os.PathLike[str]) -> dict[str, float | int]:
    """recommended_sampling of a model file (its header read once per version of the file:
    file_info; {} when unreadable)."""
    try:
        return recommended_sampling(file_info(path).metadata)
    except (GGUFError, OSError, ValueError):
        return {}


def model_sampling(base: Sampling | dict[str, Any], path: str | os.PathLike[str] | None
                   ) -> dict[str, Any]:
    """The defaults for an answer by the model at path: the app's (base) with the model's
    recommendations on top. The conversation's own parameters go on top of this."""
    params = base.to_dict() if isinstance(base, Sampling) else dict(base)
    if path is not None:
        params.update(recommended_for_file(path))
    return params


def model_sampling_defaults(base: Sampling, path: str | os.PathLike[str] | None) -> Sampling:
    """model_sampling as a Sampling (for forms that show the defaults)."""
    values = model_sampling(base, path)
    return Sampling(**{k: v for k, v in values.items() if k in base.to_dict()})


# per-model load options


KV_TYPES = ("f16", "q8_0", "q4_0")  # the KV cache's element types llama.cpp offers
FLASH_ATTN = ("auto", "on", "off")


def load_options(stored: object, trained: int | None) -> dict[str, Any]:
    """The load options for a model from its stored settings entry (untrusted JSON):
    n_ctx (None: the app's context length), n_gpu_layers (-1: as many as fit), kv_type
    (KV_TYPES), flash_attn (FLASH_ATTN; a quantized KV cache needs it, so "off" with one
    reads as "auto") and batch (answers of the local API and evaluations decoded together,
    0 to MAX_BATCH; None: as many as free memory allows)."""
    entry = stored if isinstance(stored, dict) else {}
    n_ctx = entry.get("n_ctx")
    if isinstance(n_ctx, bool) or not isinstance(n_ctx, int) or n_ctx < MIN_CONTEXT:
        n_ctx = None
    elif trained and n_ctx > trained:
        n_ctx = max(MIN_CONTEXT, trained)
    layers = entry.get("n_gpu_layers")
    if isinstance(layers, bool) or not isinstance(layers, int) or not (
            -1 <= layers <= MAX_GPU_LAYERS):
        layers = -1
    kv_type = entry.get("kv_type") if entry.get("kv_type") in KV_TYPES else "f16"
    flash_attn = entry.get("flash_attn") if entry.get("flash_attn") in FLASH_ATTN else "auto"
    if kv_type != "f16" and flash_attn == "off":
        flash_attn = "auto"
    batch = entry.get("batch")
    if isinstance(batch, bool) or not isinstance(batch, int) or not 0 <= batch <= MAX_BATCH:
        batch = None
    return {"n_ctx": n_ctx, "n_gpu_layers": layers, "kv_type": kv_type,
            "flash_attn": flash_attn, "batch": batch}


def draft_max(stored: object) -> int:
    """The draft tokens per step that answers by a model speculate with, from its stored
    settings entry (untrusted JSON): on with a draft model, else unless the entry says
    "prompt_lookup": false (0)."""
    from chatapp.engine.lookup import DRAFT_MAX

    entry = stored if isinstance(stored, dict) else {}
    off = entry.get("prompt_lookup") is False and draft_model(entry) is None
    return 0 if off else DRAFT_MAX


def draft_model(stored: object) -> str | None:
    """The path of the draft model a model's answers speculate with, from its stored
    settings entry (untrusted JSON), or None (prompt lookup, or no speculation; also when
    the draft's file is not there any more: answers go on without it)."""
    entry = stored if isinstance(stored, dict) else {}
    path = entry.get("draft_model")
    return path if isinstance(path, str) and path and os.path.isfile(path) else None


DRAFT_VOCAB = QT_TRANSLATE_NOOP(
    "errors", "{draft} cannot draft for {model}: {reason}. A draft model must share the "
    "model's vocabulary (a smaller model of the same family).")


def check_draft(model: str | os.PathLike[str], draft: str | os.PathLike[str]) -> None:
    """UserError when draft cannot draft for model: itself, a file gone, or a vocabulary that
    differs (chatapp.draft_vocab reads both; slow for large vocabularies the first time)."""
    from chatapp.draft_vocab import vocab_problem

    names = {"model": os.path.basename(model), "draft": os.path.basename(draft)}
    if os.path.realpath(model) == os.path.realpath(draft):
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "A model cannot be its own draft model: choose a smaller model of its "
            "family."))
    if not os.path.isfile(draft):
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The draft model {draft} is not there any more: choose another, or "
            "none."), **names)
    problem = vocab_problem(model, draft)
    if problem is not None:
        raise UserError(DRAFT_VOCAB, reason=problem, **names)


def check_options(n_ctx: int | None, n_gpu_layers: int, trained: int | None,
                  kv_type: str = "f16", flash_attn: str = "auto",
                  prompt_lookup: bool = True, batch: int | None = None,
                  draft: str | None = None) -> dict[str, Any]:
    """The settings entry for these options (batch None: chosen from free memory; draft: a
    draft model's path); UserError when they are out of range."""
    entry: dict[str, Any] = {} if prompt_lookup else {"prompt_lookup": False}
    if batch is not None:
        if not 0 <= batch <= MAX_BATCH:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Answers decoded together must be between 0 and {high}."),
                high=MAX_BATCH)
        entry["batch"] = int(batch)
    if draft:
        entry["draft_model"] = str(draft)
    if n_ctx is not None:
        if n_ctx < MIN_CONTEXT:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "The context length must be at least {low} tokens."), low=MIN_CONTEXT)
        if trained and n_ctx > trained:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "This model was trained for at most {high} tokens of context."),
                high=trained)
        entry["n_ctx"] = int(n_ctx)
    if not -1 <= n_gpu_layers <= MAX_GPU_LAYERS:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "GPU layers must be -1 (as many as fit), 0 (CPU only) or a number of "
            "layers."))
    if n_gpu_layers != -1:
        entry["n_gpu_layers"] = int(n_gpu_layers)
    check_cache_options(kv_type, flash_attn)
    if kv_type != "f16":
        entry["kv_type"] = kv_type
    if flash_attn != "auto":
        entry["flash_attn"] = flash_attn
    return entry


def check_cache_options(kv_type: str, flash_attn: str) -> None:
    """UserError for a KV cache type or flash attention setting llama.cpp does not take."""
    if kv_type not in KV_TYPES:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The KV cache type must be one of {choices}."),
            choices=", ".join(KV_TYPES))
    if flash_attn not in FLASH_ATTN:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Flash attention must be one of {choices}."),
            choices=", ".join(FLASH_ATTN))
    if kv_type != "f16" and flash_attn == "off":
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "A quantized KV cache ({kv_type}) needs flash attention: choose auto "
            "or on under Flash attention in Model settings (--flash-attn on the command "
            "line)."), kv_type=kv_type)


def file_facts(path: str | os.PathLike[str]) -> dict[str, Any]:
    """What the model settings dialog shows about a file (empty values when unreadable)."""
    facts: dict[str, Any] = {"architecture": "", "quantization": "", "context_length": None,
                             "block_count": None, "sampling": {}, "sequence": [],
                             "has_template": False, "problem": None}
    try:
        info = file_info(path)
    except (GGUFError, OSError) as exc:
        facts["problem"] = exc if isinstance(exc, GGUFError) else UserError(
            "{reason}", reason=os_reason(exc))
        return facts
    facts.update(architecture=info.architecture, quantization=info.quantization,
                 context_length=info.context_length, block_count=info.block_count,
                 sampling=recommended_sampling(info.metadata),
                 sequence=recommended_sequence(info.metadata),
                 has_template=bool(info.chat_template))
    return facts
