"""Opening models through llama-cpp-python the way the worker needs them, and asking a
loaded model about its special tokens."""

from __future__ import annotations

from typing import Any

from chatapp.engine.decoder import N_SEQ_MAX
from chatapp.engine.dry_run import FLASH_ATTN, KV_TYPES
from chatapp.engine.lookup import DRAFT_MAX
from chatapp.gguf_meta import file_info


class NoChatFormatter:
    """Stands in for llama-cpp-python's own chat formatter while a model loads.

    Llama() compiles every chat template in the file with an unguarded Jinja environment,
    folding constant expressions as it compiles: a template holding ``9 ** (9 ** 9)`` keeps
    the process busy for hours without ever releasing Python's lock. The app renders
    templates itself, with limits (chatapp.engine.templates), so nothing is compiled here.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def to_chat_handler(self) -> None:
        return None


def sized_tokenizer(llm: Any) -> Any:
    """llm, its text tokenized into a buffer sized by the text (bytes + 2 tokens, more
    when llama.cpp asks) instead of llama-cpp-python's, sized by the context length the
    file declares: 4 MiB a call for a 1M-token model, and a ValueError for a file that
    declares 2**31 tokens or more (read by llama.cpp as negative)."""
    import llama_cpp

    model = llm._model
    vocab = model.vocab  # (not model: the function is kept on it, no cycle with the model)

    def tokenize(text: bytes, add_bos: bool, special: bool) -> list[int]:
        room = len(text) + 2
        while True:
            tokens = (llama_cpp.llama_token * room)()
            count = llama_cpp.llama_tokenize(vocab, text, len(text), tokens, room, add_bos,
                                             special)
            if count >= 0:
                return list(tokens[:count])
            if -count <= room:  # (llama.cpp said it needs no more than it had)
                raise RuntimeError(f"llama_tokenize failed ({count})")
            room = -count

    model.tokenize = tokenize
    return llm


def open_model(path: str, n_ctx: int, threads: int, n_gpu_layers: int, *,
                kv_type: str = "f16", flash_attn: str = "auto", no_alloc: bool = False,
                n_seq: int = 0, seq_ctx: int = 0) -> Any:
    """A Llama with the KV cache in kv_type (f16, q8_0, q4_0 for keys and values), flash
    attention as asked (auto: on where the backend has it), cells shared by N_SEQ_MAX
    sequences (the decoder parks a conversation there), logits for a draft's tokens at most
    (speculative decoding; the output buffer grows to that only when a draft is evaluated),
    and without llama-cpp-python's own chat template handling (see NoChatFormatter).
    no_alloc: only simulate the allocations (a dry run; the model cannot answer).
    n_seq: sequences for answers decoded together (chatapp.engine.batch), each with
    seq_ctx more cells of the cache (so the cache holds n_ctx + n_seq * seq_ctx tokens,
    shared by all sequences).

    Llama() offers flash attention only on or off and no way to set the sequences or the
    number of outputs, so its defaults are adjusted while it is made. The decoder reads the
    logits of a draft's tokens at most (9: 9 MiB for a 262k vocabulary); llama.cpp otherwise
    reserves logits for a whole batch (512 tokens × the vocabulary: 512 MiB of compute
    buffer for a 262k vocabulary).
    """
    from unittest.mock import patch  # (here: not on every worker's start)

    import llama_cpp
    import llama_cpp.llama as high_level

    low = high_level.llama_cpp
    model_defaults = low.llama_model_default_params
    context_defaults = low.llama_context_default_params

    def model_params() -> Any:
        params = model_defaults()
        params.no_alloc = no_alloc
        return params

    def context_params() -> Any:
        params = context_defaults()
        params.n_seq_max = N_SEQ_MAX + n_seq
        params.kv_unified = True  # one set of cells shared by the sequences
        # a draft and its last token, or a token of each sequence of a batch
        params.n_outputs_max = max(N_SEQ_MAX + n_seq, DRAFT_MAX + 1)
        return params

    with patch.multiple(low, LLAMA_FLASH_ATTN_TYPE_ENABLED=FLASH_ATTN[flash_attn],
                        llama_model_default_params=model_params,
                        llama_context_default_params=context_params), \
            patch.object(high_level.llama_chat_format, "Jinja2ChatFormatter", NoChatFormatter):
        return sized_tokenizer(llama_cpp.Llama(
            model_path=path, n_ctx=n_ctx + n_seq * seq_ctx, n_threads=threads,
            n_threads_batch=threads, n_gpu_layers=n_gpu_layers, flash_attn=True, verbose=True,
            chat_format="chatml", use_mmap=not no_alloc, type_k=KV_TYPES[kv_type],
            type_v=KV_TYPES[kv_type]))


def open_embedder(path: str, n_ctx: int, threads: int, n_gpu_layers: int) -> Any:
    """A Llama that embeds: pooling as the GGUF says, a batch as large as the context (an
    encoder sees a whole text in one batch)."""
    from unittest.mock import patch  # (here: not on every worker's start)

    import llama_cpp
    import llama_cpp.llama as high_level

    with patch.object(high_level.llama_chat_format, "Jinja2ChatFormatter", NoChatFormatter):
        return sized_tokenizer(llama_cpp.Llama(
            model_path=path, n_ctx=n_ctx, n_batch=n_ctx, n_ubatch=n_ctx, n_threads=threads,
            n_threads_batch=threads, n_gpu_layers=n_gpu_layers, embedding=True, verbose=True,
            chat_format="chatml"))


# Tokens an encoder sees in one decode: texts are packed up to this (a longer text goes
# alone). Attention spans the whole batch, masked per text, so its cost grows with the
# square of the batch: packing a model's full context (8,192 for nomic or bge-m3) took
# 1.7x the CPU time of this for the same 200-token chunks.
EMBED_PACK_TOKENS = 512


def embedding_groups(llm: Any, texts: list[str]) -> list[list[str]]:
    """texts in runs of at most EMBED_PACK_TOKENS tokens (by llm's tokenizer), in order."""
    groups: list[list[str]] = []
    size = EMBED_PACK_TOKENS
    for text in texts:
        n = len(llm.tokenize(text.encode("utf-8"), add_bos=True, special=False))
        if groups and size + n <= EMBED_PACK_TOKENS:
            groups[-1].append(text)
            size += n
        else:
            groups.append([text])
            size = n
    return groups


def piece(llm: Any, token: int) -> str:
    """A special token's text (empty for none)."""
    if token < 0:
        return ""
    return llm.detokenize([token], special=True).decode("utf-8", errors="replace")


def adds_bos(llm: Any) -> bool:
    """Whether the model expects a BOS token first."""
    import llama_cpp

    return bool(llama_cpp.llama_vocab_get_add_bos(llama_cpp.llama_model_get_vocab(llm.model)))


def has_special(llm: Any, text: str) -> bool:
    """Whether text contains the text of a special token of this model (a long text read in
    overlapping pieces, so that no marker shorter than the overlap is cut)."""
    from chatapp.engine.long_text import LONG_TEXT, OVERLAP, pieces

    if "<" not in text and "[" not in text:
        return False
    for part in pieces(text, OVERLAP) if len(text) > LONG_TEXT else [text]:
        data = part.encode("utf-8")
        if llm.tokenize(data, add_bos=False, special=True) != llm.tokenize(
                data, add_bos=False, special=False):
            return True
    return False


def cache_options(request: dict[str, Any]) -> tuple[str, str]:
    """The KV cache type and flash attention setting of a load or fit request; ValueError
    for values llama.cpp does not take."""
    kv_type = str(request.get("kv_type") or "f16")
    flash_attn = str(request.get("flash_attn") or "auto")
    if kv_type not in KV_TYPES:
        raise ValueError(f"unknown KV cache type {kv_type!r}")
    if flash_attn not in FLASH_ATTN:
        raise ValueError(f"unknown flash attention setting {flash_attn!r}")
    if kv_type != "f16" and flash_attn == "off":
        raise ValueError("a quantized KV cache needs flash attention")
    return kv_type, flash_attn


def tensor_sizes(path: str) -> list[tuple[str, int, int, int]]:
    """(name, bytes, ggml type, rows) of every weight tensor of a model, all parts of a split
    model counted. GGUFError when a part is unreadable."""
    from pathlib import Path

    from chatapp.library_split import part_paths

    sizes = []
    for part in part_paths(Path(path)):
        info = file_info(part, read_tensors=True)
        sizes += [(t.name, t.nbytes, t.ggml_type, t.shape[1] if len(t.shape) > 1 else 1)
                  for t in info.tensors]
    return sizes
