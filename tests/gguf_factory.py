"""Write tiny GGUF model files for tests: a loadable random-weight llama and broken variants."""

from __future__ import annotations

import os
import random
from pathlib import Path

import gguf
import numpy as np

CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

TOKEN_NORMAL = 1
TOKEN_UNKNOWN = 2
TOKEN_CONTROL = 3
TOKEN_BYTE = 6

SPECIAL_TOKENS = ("<|im_start|>", "<|im_end|>")
_WORDS = ("hello", "world", "the", "and", "you", "assistant", "user", "system")


def _vocab(n_vocab: int, text_pieces: bool = True) -> tuple[list[str], list[float], list[int]]:
    """SentencePiece-style vocab: specials, 256 byte tokens, ChatML markers, then text pieces
    (without them, fillers only: text falls back to byte tokens)."""
    tokens = ["<unk>", "<s>", "</s>"]
    types = [TOKEN_UNKNOWN, TOKEN_CONTROL, TOKEN_CONTROL]
    for b in range(256):
        tokens.append(f"<0x{b:02X}>")
        types.append(TOKEN_BYTE)
    for special in SPECIAL_TOKENS:
        tokens.append(special)
        types.append(TOKEN_CONTROL)
    pieces: list[str] = ["\u2581"] if text_pieces else []
    for word in _WORDS if text_pieces else []:
        for i in range(1, len(word) + 1):
            pieces.append("\u2581" + word[:i])
    letters = "abcdefghijklmnopqrstuvwxyz"
    if text_pieces:
        pieces += list(letters) + ["\u2581" + c for c in letters]
        pieces += list("0123456789.,!?'-:\n")
        pieces += [a + b for a in letters for b in letters]
    seen = set(tokens)
    for piece in pieces:
        if len(tokens) >= n_vocab:
            break
        if piece not in seen:
            seen.add(piece)
            tokens.append(piece)
            types.append(TOKEN_NORMAL)
    i = 0
    while len(tokens) < n_vocab:
        tokens.append(f"\u2581tok{i}")
        types.append(TOKEN_NORMAL)
        i += 1
    tokens, types = tokens[:n_vocab], types[:n_vocab]
    # Longer pieces get higher scores so SentencePiece merges prefer them.
    scores = [
        (float(len(tok)) - idx * 1e-4) if t == TOKEN_NORMAL else 0.0
        for idx, (tok, t) in enumerate(zip(tokens, types, strict=True))
    ]
    return tokens, scores, types


def _write_model(
    path: str | os.PathLike[str],
    *,
    arch: str = "llama",
    chat_template: str | None = None,
    name: str = "tiny-llama",
    n_vocab: int = 300,
    n_embd: int = 64,
    n_layer: int = 2,
    n_head: int = 4,
    n_ff: int = 128,
    ctx: int = 512,
    eos_text_token: bool = False,
    seed: int = 0,
    f16: bool = False,
    extra_metadata: dict[str, object] | None = None,
    split_max_tensors: int = 0,
    text_pieces: bool = True,
) -> Path:
    """Write a llama-shaped GGUF with random weights under the given architecture name
    (with split_max_tensors, as gguf-split parts PATH-0000k-of-0000N.gguf; part 1 returned)."""
    if n_vocab < 259 + len(SPECIAL_TOKENS) + 8:
        raise ValueError("n_vocab is too small for the byte tokens and specials")
    out = Path(path)
    rng = np.random.default_rng(seed)
    dtype = np.float16 if f16 else np.float32
    w = gguf.GGUFWriter(str(out), arch, split_max_tensors=split_max_tensors)
    w.add_name(name)
    w.add_context_length(ctx)
    w.add_embedding_length(n_embd)
    w.add_block_count(n_layer)
    w.add_feed_forward_length(n_ff)
    w.add_head_count(n_head)
    w.add_head_count_kv(n_head)
    w.add_rope_dimension_count(n_embd // n_head)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_file_type(gguf.LlamaFileType.MOSTLY_F16 if f16 else gguf.LlamaFileType.ALL_F32)
    tokens, scores, types = _vocab(n_vocab, text_pieces)
    w.add_tokenizer_model("llama")
    w.add_token_list(tokens)
    w.add_token_scores(scores)
    w.add_token_types(types)
    w.add_bos_token_id(1)
    w.add_eos_token_id(tokens.index("<|im_end|>") if eos_text_token else 2)
    w.add_unk_token_id(0)
    w.add_add_bos_token(True)
    w.add_add_eos_token(False)
    if chat_template is not None:
        w.add_chat_template(chat_template)
    for key, value in (extra_metadata or {}).items():
        _add_value(w, key, value)

    def tensor(tname: str, *shape: int, norm: bool = False) -> None:
        if norm:
            arr = np.ones(shape, dtype=np.float32)
        else:
            arr = (rng.standard_normal(shape, dtype=np.float32) * 0.02).astype(dtype)
        w.add_tensor(tname, arr)

    tensor("token_embd.weight", n_vocab, n_embd)
    for layer in range(n_layer):
        p = f"blk.{layer}."
        tensor(p + "attn_norm.weight", n_embd, norm=True)
        tensor(p + "attn_q.weight", n_embd, n_embd)
        tensor(p + "attn_k.weight", n_embd, n_embd)
        tensor(p + "attn_v.weight", n_embd, n_embd)
        tensor(p + "attn_output.weight", n_embd, n_embd)
        tensor(p + "ffn_norm.weight", n_embd, norm=True)
        tensor(p + "ffn_gate.weight", n_ff, n_embd)
        tensor(p + "ffn_up.weight", n_ff, n_embd)
        tensor(p + "ffn_down.weight", n_embd, n_ff)
    tensor("output_norm.weight", n_embd, norm=True)
    tensor("output.weight", n_vocab, n_embd)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    if split_max_tensors:
        parts = sorted(out.parent.glob(f"{out.stem}-00001-of-*.gguf"))
        return parts[0] if parts else out
    return out


def write_tiny_llama(
    path: str | os.PathLike[str],
    *,
    chat_template: str | None = None,
    name: str = "tiny-llama",
    n_vocab: int = 300,
    n_embd: int = 64,
    n_layer: int = 2,
    n_head: int = 4,
    n_ff: int = 128,
    ctx: int = 512,
    eos_text_token: bool = False,
    seed: int = 0,
    f16: bool = False,
    extra_metadata: dict[str, object] | None = None,
    split_max_tensors: int = 0,
    text_pieces: bool = True,
) -> Path:
    """Write a random-weight llama GGUF that llama.cpp loads in milliseconds.

    With eos_text_token, the end-of-sequence token is "<|im_end|>" (as in ChatML models)
    instead of "</s>". extra_metadata: more keys (bool, int as int32, numpy.uint32, float as
    float32, str).
    split_max_tensors: write gguf-split parts of at most that many tensors (returns part 1).
    text_pieces False: a vocabulary of byte tokens and fillers, whose text llama.cpp's
    SentencePiece tokenizer reads in time growing faster than the text (0.6 s for 120,000
    bytes, 3.5 s for 240,000).
    """
    return _write_model(
        path,
        chat_template=chat_template,
        name=name,
        n_vocab=n_vocab,
        n_embd=n_embd,
        n_layer=n_layer,
        n_head=n_head,
        n_ff=n_ff,
        ctx=ctx,
        eos_text_token=eos_text_token,
        seed=seed,
        f16=f16,
        extra_metadata=extra_metadata,
        split_max_tensors=split_max_tensors,
        text_pieces=text_pieces,
    )


def write_slow_llama(home: Path) -> Path:
    """A llama big enough to take seconds for 3,000 greedy tokens (they never reach an end
    token), written as slow-llama.gguf in the models folder of the app's home (created here
    when missing): its path."""
    models = home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    return write_tiny_llama(models / "slow-llama.gguf", n_embd=512, n_layer=8, n_head=8,
                            n_ff=1536, ctx=4096, f16=True)


NOT_CHAT_KINDS = ("vision-projector", "audio-projector", "embedding", "pooled-decoder",
                  "reranker", "lora-adapter", "control-vector", "vocab-only", "imatrix",
                  "text-encoder", "audio-decoder", "diffusion", "non-causal")


def write_not_chat(path: str | os.PathLike[str], kind: str) -> Path:
    """Write a small GGUF file that is not a chat model, shaped as llama.cpp's converters
    write that kind (see NOT_CHAT_KINDS)."""
    out = Path(path)
    rng = np.random.default_rng(3)
    vt = gguf.GGUFValueType

    def tensors(w: gguf.GGUFWriter, items: list[tuple[str, tuple[int, ...]]]) -> None:
        for name, shape in items:
            w.add_tensor(name, (rng.standard_normal(shape) * 0.02).astype(np.float32))

    def finish(w: gguf.GGUFWriter) -> Path:
        w.write_header_to_file()
        w.write_kv_data_to_file()
        w.write_tensors_to_file()
        w.close()
        return out

    if kind in ("vision-projector", "audio-projector"):
        w = gguf.GGUFWriter(str(out), "clip")
        w.add_name("tiny projector")
        vision = kind == "vision-projector"
        w.add_key_value("clip.has_vision_encoder", vision, vt.BOOL)
        w.add_key_value("clip.has_audio_encoder", not vision, vt.BOOL)
        w.add_key_value("clip.projector_type", "mlp" if vision else "ultravox", vt.STRING)
        tensors(w, [("v.patch_embd.weight" if vision else "a.conv1d.1.weight", (32, 3, 4, 4)),
                    ("mm.0.weight", (64, 32))])
        return finish(w)
    if kind == "vocab-only":
        w = gguf.GGUFWriter(str(out), "llama")
        w.add_name("vocab")
        tokens, scores, types = _vocab(300)
        w.add_tokenizer_model("llama")
        w.add_token_list(tokens)
        w.add_token_scores(scores)
        w.add_token_types(types)
        return finish(w)
    if kind == "imatrix":
        w = gguf.GGUFWriter(str(out), "llama")
        w.add_type("imatrix")
        w.add_key_value("imatrix.chunk_count", 10, vt.UINT32)
        w.add_key_value("imatrix.chunk_size", 512, vt.UINT32)
        tensors(w, [("blk.0.attn_q.weight.in_sum2", (64,)), ("blk.0.attn_q.weight.counts", (1,))])
        return finish(w)
    if kind == "lora-adapter":
        w = gguf.GGUFWriter(str(out), "llama")
        w.add_type("adapter")
        w.add_key_value("adapter.type", "lora", vt.STRING)
        w.add_key_value("adapter.lora.alpha", 16.0, vt.FLOAT32)
        tensors(w, [("blk.0.attn_q.weight.lora_a", (64, 8)),
                    ("blk.0.attn_q.weight.lora_b", (8, 64))])
        return finish(w)
    if kind == "control-vector":
        w = gguf.GGUFWriter(str(out), "controlvector")
        w.add_key_value("controlvector.model_hint", "llama", vt.STRING)
        w.add_key_value("controlvector.layer_count", 1, vt.UINT32)
        tensors(w, [("direction.1", (64,))])
        return finish(w)
    arch, extra = {
        "embedding": ("nomic-bert", {"nomic-bert.pooling_type": 1}),
        "pooled-decoder": ("qwen3", {"qwen3.pooling_type": 3}),
        "reranker": ("bert", {"bert.pooling_type": 4}),
        "non-causal": ("qwen2", {"qwen2.attention.causal": False}),
        "text-encoder": ("t5encoder", {}),
        "audio-decoder": ("wavtokenizer-dec", {}),
        "diffusion": ("llada", {}),
    }[kind]
    return _write_model(out, arch=arch, name=f"tiny {kind}", n_layer=1, extra_metadata=extra)


def _add_value(w: gguf.GGUFWriter, key: str, value: object) -> None:
    """One more metadata key, typed by the Python value."""
    if isinstance(value, bool):
        w.add_bool(key, value)
    elif isinstance(value, np.unsignedinteger):
        w.add_uint32(key, int(value))
    elif isinstance(value, int):
        w.add_int32(key, value) if -2**31 <= value < 2**31 else w.add_int64(key, value)
    elif isinstance(value, float):
        w.add_float32(key, value)
    elif isinstance(value, str):
        w.add_string(key, value)
    else:
        raise TypeError(f"unsupported metadata value for {key}: {value!r}")


CORRUPT_KINDS = ("not_gguf", "truncated", "bad_magic", "zero_layers", "unknown_arch")


def write_corrupt_gguf(path: str | os.PathLike[str], kind: str) -> Path:
    """Write a broken model file of the given kind (see CORRUPT_KINDS)."""
    out = Path(path)
    if kind == "not_gguf":
        rnd = random.Random(1)
        words = ["model", "weights", "lorem", "ipsum", "tensor", "error", "page", "the"]
        out.write_text(" ".join(rnd.choice(words) for _ in range(400)) + "\n")
    elif kind == "truncated":
        _write_model(out)
        os.truncate(out, out.stat().st_size // 2)
    elif kind == "bad_magic":
        _write_model(out)
        with out.open("r+b") as f:
            f.write(b"GGXF")
    elif kind == "zero_layers":
        _write_model(out, n_layer=0, name="zero-layers")
    elif kind == "unknown_arch":
        _write_model(out, arch="nosucharch", name="unknown-arch")
    else:
        raise ValueError(f"unknown corrupt kind {kind!r}; expected one of {CORRUPT_KINDS}")
    return out


def write_tiny_lora(
    path: str | os.PathLike[str],
    *,
    arch: str = "llama",
    n_vocab: int = 300,
    n_embd: int = 64,
    rank: int = 4,
    alpha: float = 4.0,
    strength: float = 2.0,
    seed: int = 7,
) -> Path:
    """Write a LoRA adapter GGUF (as llama.cpp's convert_lora_to_gguf.py writes one) for
    write_tiny_llama's model: it adapts output.weight (and blk.0.attn_q.weight) strongly
    enough to change what the model says. n_vocab and n_embd must match the base model's;
    other values (or another arch) make an adapter that does not fit."""
    out = Path(path)
    rng = np.random.default_rng(seed)
    w = gguf.GGUFWriter(str(out), arch)
    w.add_name("tiny lora")
    w.add_type("adapter")
    w.add_key_value("adapter.type", "lora", gguf.GGUFValueType.STRING)
    w.add_key_value("adapter.lora.alpha", float(alpha), gguf.GGUFValueType.FLOAT32)

    def pair(name: str, n_out: int, n_in: int) -> None:
        # numpy shapes are ggml's reversed: lora_a [n_in, rank], lora_b [rank, n_out]
        w.add_tensor(name + ".lora_a",
                     (rng.standard_normal((rank, n_in)) * strength).astype(np.float32))
        w.add_tensor(name + ".lora_b",
                     (rng.standard_normal((n_out, rank)) * strength).astype(np.float32))

    pair("output.weight", n_vocab, n_embd)
    pair("blk.0.attn_q.weight", n_embd, n_embd)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return out


def model_with_adapters(model: Path) -> dict[str, Path]:
    """A tiny llama already written at model, a LoRA adapter that fits it and one of another
    shape beside it: {"model", "adapter", "wide"}."""
    return {"model": model,
            "adapter": write_tiny_lora(model.with_name("terse-lora.gguf")),
            "wide": write_tiny_lora(model.with_name("wide-lora.gguf"), n_embd=96)}


def install_models(home: Path, *files: Path) -> None:
    """Copy GGUF files into the models folder of the app's home (created here)."""
    import shutil

    models = home / "data" / "models"
    models.mkdir(parents=True)
    for file in files:
        shutil.copy(file, models / file.name)
