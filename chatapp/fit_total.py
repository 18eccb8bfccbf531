"""The memory a model takes in all at one context with its settings: its estimate (llama.cpp's
own count when a dry run of the file with these settings is known, else the header's) and the
answers it decodes together beside the conversation. One function, so that the model
browser's column and badge, the On this computer tab, `chatapp pull` and Model settings say
one total for the same settings."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from chatapp.fit import Estimate, ModelShape, estimate, kv_cache_bytes
from chatapp.machine import Machine


@dataclass
class InAll:
    """estimate: the model's own (bytes by part); n_seq, batch_bytes: the answers decoded
    together and their KV cache (bytes); total: both, in bytes."""

    estimate: Estimate
    n_seq: int = 0
    batch_bytes: int = 0

    @property
    def total(self) -> int:
        return self.estimate.total + self.batch_bytes


def in_all(shape: ModelShape, n_ctx: int, machine: Machine, *, kv_type: str = "f16",
           flash_attn: str = "auto", n_gpu_layers: int = -1, batch: int | None = None,
           path: str | os.PathLike[str] | None = None, measured: Estimate | None = None,
           cache_dir: Path | None = None) -> InAll:
    """What the model of shape takes at n_ctx with these settings (batch: the answers decoded
    together as Model settings sets them, None: as many as free memory allows; path: its file,
    when it is on this computer, for llama.cpp's remembered count; measured: that count, when
    the caller has it)."""
    from chatapp.fit_file import set_batch, shape_batch

    plan = {"kv_type": kv_type, "flash_attn": flash_attn, "n_gpu_layers": n_gpu_layers}
    if shape.n_ctx_train:
        n_ctx = min(n_ctx, shape.n_ctx_train)
    own = measured or model_need(shape, n_ctx, machine, **plan, path=path, cache_dir=cache_dir)
    n_seq, seq_ctx = set_batch(n_ctx, batch) if batch is not None \
        else shape_batch(shape, n_ctx, machine, **plan)
    return InAll(own, n_seq, n_seq * kv_cache_bytes(shape, seq_ctx, kv_type) if n_seq else 0)


def model_need(shape: ModelShape, n_ctx: int, machine: Machine, *, kv_type: str = "f16",
               flash_attn: str = "auto", n_gpu_layers: int = -1,
               path: str | os.PathLike[str] | None = None,
               cache_dir: Path | None = None) -> Estimate:
    """What the model of shape alone needs at n_ctx (at most its training context): llama.cpp's
    count when a dry run of its file (path) at these settings is remembered, else the header
    estimate (source says which). The one figure the Models window and Model settings show."""
    from chatapp.fit_file import estimate_file

    plan = {"kv_type": kv_type, "flash_attn": flash_attn, "n_gpu_layers": n_gpu_layers}
    if shape.n_ctx_train:
        n_ctx = min(n_ctx, shape.n_ctx_train)
    own = None
    if path is not None:  # llama.cpp's count, when a dry run is remembered
        with contextlib.suppress(OSError):  # (Model settings made one); none for a file gone
            own = estimate_file(path, n_ctx, machine, **plan, cache_dir=cache_dir,
                                remembered_only=True)
    return own or estimate(shape, n_ctx, machine, **plan)


def plan_of(options: dict, path: str | os.PathLike[str] | None = None) -> dict:
    """in_all's settings from a library model's load options (Chat.load_options) and its
    file."""
    return {"kv_type": options.get("kv_type") or "f16",
            "flash_attn": options.get("flash_attn") or "auto",
            "n_gpu_layers": options.get("n_gpu_layers", -1), "batch": options.get("batch"),
            "path": path}
