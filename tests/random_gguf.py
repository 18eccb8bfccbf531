"""Write llama-architecture GGUFs with random weights of real shapes, quantized as llama.cpp's
quantizer lays them out (F16, Q8_0, Q4_K, Q6_K; "Q4_K_M" mixes Q4_K and Q6_K as
llama-quantize does). For memory and speed measurements: the shapes are real, the text is
noise. Usable as a script:

    python tests/random_gguf.py OUT.gguf --shape llama-1b --type Q4_K_M
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import gguf
import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from gguf_factory import CHATML_TEMPLATE, _vocab  # noqa: E402

Q = gguf.GGMLQuantizationType
# name -> (embedding, layers, heads, KV heads, feed-forward, vocabulary, trained context)
SHAPES: dict[str, tuple[int, int, int, int, int, int, int]] = {
    "llama-1b": (2048, 16, 32, 8, 8192, 128256, 131072),
    "llama-8b": (4096, 32, 32, 8, 14336, 128256, 131072),
    "small-gqa": (512, 6, 8, 2, 1536, 32000, 32768),
    "small-mha": (384, 4, 6, 6, 1024, 50000, 32768),
}
_BLOCK = {Q.Q8_0: (32, 34), Q.Q4_K: (256, 144), Q.Q6_K: (256, 210)}
_SCALE = np.float16(0.002).tobytes()


def _quantized(rng: np.random.Generator, rows: int, cols: int, qtype: Q) -> np.ndarray:
    """Random blocks of a quantized type with small, finite scales (uint8, bytes shape)."""
    per_block, size = _BLOCK[qtype]
    blocks = rows * cols // per_block
    data = np.frombuffer(rng.bytes(blocks * size), dtype=np.uint8).reshape(blocks, size).copy()
    scale = np.frombuffer(_SCALE, dtype=np.uint8)
    if qtype == Q.Q8_0:
        data[:, 0:2] = scale
    elif qtype == Q.Q4_K:
        data[:, 0:2] = scale
        data[:, 2:4] = scale
    else:  # Q6_K: int8 scales, then d at the end
        data[:, 192:208] &= 0x1F
        data[:, 208:210] = scale
    return data.reshape(rows, cols // per_block * size)


def write_random_llama(path: str | Path, shape: str | tuple = "small-gqa",
                       weights: str = "F16", seed: int = 0, tied: bool = False) -> Path:
    """Write a random-weight llama GGUF of a named shape (SHAPES) or a tuple like its
    values; weights: F16, Q8_0, Q4_K_M. tied: no output.weight (the embeddings are reused).
    Returns the path."""
    dim, layers, heads, kv_heads, ffn, vocab, ctx = SHAPES[shape] if isinstance(shape, str) \
        else shape
    out = Path(path)
    rng = np.random.default_rng(seed)
    w = gguf.GGUFWriter(str(out), "llama")
    w.add_name(f"random-{shape if isinstance(shape, str) else 'llama'}-{weights}")
    w.add_context_length(ctx)
    w.add_embedding_length(dim)
    w.add_block_count(layers)
    w.add_feed_forward_length(ffn)
    w.add_head_count(heads)
    w.add_head_count_kv(kv_heads)
    w.add_rope_dimension_count(dim // heads)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_file_type({"F16": gguf.LlamaFileType.MOSTLY_F16,
                     "Q8_0": gguf.LlamaFileType.MOSTLY_Q8_0,
                     "Q4_K_M": gguf.LlamaFileType.MOSTLY_Q4_K_M}[weights])
    tokens, scores, types = _vocab(vocab)
    tokens[259:261] = ["<|im_start|>", "<|im_end|>"]
    w.add_tokenizer_model("llama")
    w.add_token_list(tokens)
    w.add_token_scores(scores)
    w.add_token_types(types)
    w.add_bos_token_id(1)
    w.add_eos_token_id(260)
    w.add_unk_token_id(0)
    w.add_add_bos_token(True)
    w.add_chat_template(CHATML_TEMPLATE)

    def more_bits(layer: int) -> bool:  # llama-quantize's choice for Q4_K_M
        return layer < layers // 8 or layer >= 7 * layers // 8 or (layer - layers // 8) % 3 == 2

    def tensor(name: str, rows: int, cols: int, kind: str = "", layer: int = 0) -> None:
        if weights == "F16" or cols % 256 and weights == "Q4_K_M":
            w.add_tensor(name, (rng.standard_normal((rows, cols), dtype=np.float32)
                                * 0.02).astype(np.float16))
            return
        if weights == "Q8_0":
            qtype = Q.Q8_0
        elif kind == "output" or kind in ("v", "down") and more_bits(layer):
            qtype = Q.Q6_K
        else:
            qtype = Q.Q4_K
        w.add_tensor(name, _quantized(rng, rows, cols, qtype), raw_dtype=qtype)

    def norm(name: str) -> None:
        w.add_tensor(name, np.ones(dim, dtype=np.float32))

    kv_dim = dim // heads * kv_heads
    tensor("token_embd.weight", vocab, dim)
    for layer in range(layers):
        p = f"blk.{layer}."
        norm(p + "attn_norm.weight")
        tensor(p + "attn_q.weight", dim, dim, "q", layer)
        tensor(p + "attn_k.weight", kv_dim, dim, "k", layer)
        tensor(p + "attn_v.weight", kv_dim, dim, "v", layer)
        tensor(p + "attn_output.weight", dim, dim, "o", layer)
        norm(p + "ffn_norm.weight")
        tensor(p + "ffn_gate.weight", ffn, dim, "gate", layer)
        tensor(p + "ffn_up.weight", ffn, dim, "up", layer)
        tensor(p + "ffn_down.weight", dim, ffn, "down", layer)
    norm("output_norm.weight")
    if not tied:
        tensor("output.weight", vocab, dim, "output")
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="small-gqa")
    parser.add_argument("--type", dest="weights", choices=("F16", "Q8_0", "Q4_K_M"),
                        default="F16")
    parser.add_argument("--tied", action="store_true", help="no separate output weights")
    args = parser.parse_args()
    print(write_random_llama(args.out, args.shape, args.weights, tied=args.tied))
    return 0


if __name__ == "__main__":
    sys.exit(main())
