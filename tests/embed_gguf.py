"""Write a tiny random-weight embedding GGUF: a llama shape whose output llama.cpp pools
into one vector per text (``llama.pooling_type`` mean), as embedding models built on
decoders are written (e5-mistral, gte-Qwen)."""

from __future__ import annotations

import os
from pathlib import Path

import gguf
import gguf_factory


def write_tiny_embedder(path: str | os.PathLike[str], *, n_embd: int = 64, n_layer: int = 2,
                        n_head: int = 4, n_ff: int = 128, n_vocab: int = 300,
                        ctx: int = 512, seed: int = 0, name: str = "tiny-embedder") -> Path:
    """Write the model; its vectors have n_embd floats."""
    original = gguf_factory._add_value

    def add(w: gguf.GGUFWriter, key: str, value: object) -> None:
        if key.endswith(".pooling_type"):
            w.add_uint32(key, int(value))  # llama.cpp reads it as uint32 only
        else:
            original(w, key, value)

    gguf_factory._add_value = add
    try:
        return gguf_factory.write_tiny_llama(
            path, name=name, n_embd=n_embd, n_layer=n_layer, n_head=n_head,
            n_ff=n_ff, n_vocab=n_vocab, ctx=ctx, seed=seed,
            extra_metadata={"llama.pooling_type": int(gguf.PoolingType.MEAN)})
    finally:
        gguf_factory._add_value = original
