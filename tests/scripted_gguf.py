"""Tiny llama-architecture GGUF files whose greedy (and, in practice, any) sampling
follows a fixed script of tokens: real llama.cpp runs them, and what they write is known.

How: one layer whose attention and feed-forward weights are all zero, so the hidden state
at the last position is just that token's embedding. Embeddings are random unit vectors;
the output row of token B is 6 * (sum of the embeddings of the tokens whose successor is B).
The logit of the scripted successor is then ~6*8 = 48 above noise (~+-3), so the next token
is a function of the current token only: a first-order script. Each token may appear at
most once in a script unless it is always followed by the same token.

    from scripted_gguf import write_scripted
    write_scripted(path, template=..., specials=[("<|x|>", "control")], words=["▁Hi"],
                   script=["<|x|>", "▁Hi", "!", "</s>"], eos="</s>")
"""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

VT = gguf.GGUFValueType
T = gguf.TokenType
N_EMBD, N_HEAD, N_FF, N_CTX = 64, 4, 64, 512
SCALE = 6.0
_TYPES = {"control": T.CONTROL, "user": T.USER_DEFINED, "normal": T.NORMAL}


def byte_token(b: int) -> str:
    return f"<0x{b:02X}>"


def build_vocab(specials, words):
    toks = ["<unk>", "<s>", "</s>"]
    types = [T.UNKNOWN, T.CONTROL, T.CONTROL]
    toks += [byte_token(i) for i in range(256)]
    types += [T.BYTE] * 256
    for text, kind in specials:
        toks.append(text)
        types.append(_TYPES[kind])
    for w in words:
        if w not in toks:
            toks.append(w)
            types.append(T.NORMAL)
    assert len(set(toks)) == len(toks), "duplicate token text"
    scores = [0.0 if t != T.NORMAL else -float(i) for i, t in enumerate(types)]
    return toks, scores, [int(t) for t in types]


def write_scripted(path, *, template: str, specials=(), words=(), script=(), eos="</s>",
                   name="scripted-tiny-chat", extra_kv=None, seed=11, split_max_tensors=0) -> dict:
    """Write the model; script is a list of token texts (or ints for raw byte tokens, e.g.
    0xF0 -> "<0xF0>"); script[k] is followed by script[k+1]. Returns {text: id}."""
    script = [byte_token(s) if isinstance(s, int) else s for s in script]
    words = list(words) + [s for s in script if s not in words]
    specials = list(specials)
    spec_texts = {s for s, _ in specials}
    words = [w for w in words if w not in spec_texts and not w.startswith("<0x")
             and w not in ("<unk>", "<s>", "</s>")]
    toks, scores, types = build_vocab(specials, words)
    ids = {t: i for i, t in enumerate(toks)}
    n_vocab = len(toks)
    rng = np.random.default_rng(seed)
    emb = rng.standard_normal((n_vocab, N_EMBD))
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    out = np.zeros((n_vocab, N_EMBD))
    succ = {}
    for a, b in zip(script, script[1:], strict=False):
        ia, ib = ids[a], ids[b]
        if ia in succ and succ[ia] != ib:
            raise ValueError(f"token {a!r} has two successors in the script")
        if ia not in succ:
            succ[ia] = ib
            out[ib] += SCALE * emb[ia]
    f32 = np.float32
    w = gguf.GGUFWriter(str(path), "llama", split_max_tensors=split_max_tensors)
    w.add_name(name)
    w.add_file_type(0)  # ALL_F32
    w.add_context_length(N_CTX)
    w.add_embedding_length(N_EMBD)
    w.add_block_count(1)
    w.add_feed_forward_length(N_FF)
    w.add_head_count(N_HEAD)
    w.add_head_count_kv(N_HEAD)
    w.add_rope_dimension_count(N_EMBD // N_HEAD)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_rope_freq_base(10000.0)
    w.add_vocab_size(n_vocab)
    w.add_tokenizer_model("llama")
    w.add_tokenizer_pre("default")
    w.add_token_list(toks)
    w.add_token_scores(scores)
    w.add_token_types(types)
    w.add_bos_token_id(1)
    w.add_eos_token_id(ids[eos])
    w.add_unk_token_id(0)
    w.add_add_bos_token(True)
    w.add_add_eos_token(False)
    w.add_chat_template(template)
    for key, (val, vt) in (extra_kv or {}).items():
        w.add_key_value(key, val, vt)
    zeros = lambda *s: np.zeros(s, dtype=f32)  # noqa: E731
    ones = lambda n: np.ones(n, dtype=f32)  # noqa: E731
    w.add_tensor("token_embd.weight", emb.astype(f32))
    w.add_tensor("blk.0.attn_norm.weight", ones(N_EMBD))
    for t in ("q", "k", "v", "output"):
        w.add_tensor(f"blk.0.attn_{t}.weight", zeros(N_EMBD, N_EMBD))
    w.add_tensor("blk.0.ffn_norm.weight", ones(N_EMBD))
    w.add_tensor("blk.0.ffn_gate.weight", zeros(N_FF, N_EMBD))
    w.add_tensor("blk.0.ffn_up.weight", zeros(N_FF, N_EMBD))
    w.add_tensor("blk.0.ffn_down.weight", zeros(N_EMBD, N_FF))
    w.add_tensor("output_norm.weight", ones(N_EMBD))
    w.add_tensor("output.weight", out.astype(f32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return ids


def write_plain(path, *, arch="llama", name=None, extra_kv=None, template=None, seed=5,
                split_max_tensors=0):
    """A small valid (random-weight) llama model that generates nothing in particular."""
    words = ["▁hello", "▁world", "▁yes", "▁no"]
    ids = write_scripted(path, template=template or (
        "{% for m in messages %}<|user|>{{ m['content'] }}{% endfor %}<|assistant|>"),
        specials=[("<|user|>", "control"), ("<|assistant|>", "control")], words=words,
        script=["<|assistant|>", "▁hello", "▁world", "</s>"], name=name or Path(path).stem,
        extra_kv=extra_kv, seed=seed, split_max_tensors=split_max_tensors)
    return ids


CHAT_TEMPLATE = (
    "{{ bos_token }}{% for m in messages %}{% if m['role'] == 'assistant' %}<|assistant|>"
    "{{ m['content'] }}</s>{% else %}<|user|>{{ m['content'] }}{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}")


def write_answerer(path, words, name="Answerer") -> dict:
    """A chat model that answers every question with words (token texts, "▁" for a space)
    and stops."""
    return write_scripted(path, template=CHAT_TEMPLATE,
                          specials=[("<|user|>", "control"), ("<|assistant|>", "control")],
                          script=["<|assistant|>", *words, "</s>"], name=name)
