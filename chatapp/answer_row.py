"""What an answer's stored row is made with: the seed it is sampled with, the columns that
name its model, and the system prompt it was given."""

from __future__ import annotations

import secrets
from typing import Any

from chatapp.catalogue import AnyModel, is_remote


def with_seed(params: dict[str, Any]) -> dict[str, Any]:
    """params with the seed an answer is sampled with: a random one (31 bits) in place of
    none or -1 (marked "seed_random": the user asked for none), so that the stored
    parameters make the answer again."""
    try:
        seed = int(params.get("seed", -1))
    except (TypeError, ValueError):
        seed = -1
    if seed >= 0 and not isinstance(params.get("seed"), bool):
        return params
    return {**params, "seed": secrets.randbelow(2**31), "seed_random": True}


def label_columns(model: AnyModel) -> dict[str, Any]:
    """The columns that say which model answers (a server's: its endpoint too, so that the
    answer is named the same while it is written and after; a file another app named, by
    that name: Ollama's "llama3.2:1b", not its blob's "sha256-…")."""
    name = model.file_name if is_remote(model) else model.list_name  # (split: whole)
    return {"model_name": name, "model_key": model.key,
            "model_quant": model.quantization or None, "model_arch": model.architecture or None,
            "endpoint": model.endpoint if is_remote(model) else None}


def system_of(messages: list[dict[str, Any]]) -> str:
    """The system prompt of a prompt's messages ("" without one)."""
    return next((str(m.get("content") or "") for m in messages[:1]
                 if m.get("role") == "system"), "")
