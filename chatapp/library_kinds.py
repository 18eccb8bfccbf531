"""What a GGUF file is, from its header: a chat model, or a file that goes with one
(vision projector, LoRA adapter, …) or serves something else (embeddings, reranking).

llama.cpp tells these apart the same way: ``general.type`` ("model", "adapter",
"imatrix", "mmproj"), the architecture (``clip`` for projectors, the BERT family and
``gemma-embedding`` for encoders, ``t5encoder``, ``wavtokenizer-dec``, the diffusion
language models), ``{arch}.pooling_type`` (set only on embedding and reranking models)
and ``{arch}.attention.causal`` (false for bidirectional encoders).  A file without
tensors holds only a tokenizer vocabulary.
"""

from __future__ import annotations

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.gguf_meta import GGUFInfo

CHAT = "chat"
VISION_PROJECTOR = "vision-projector"
AUDIO_PROJECTOR = "audio-projector"
EMBEDDING = "embedding"
RERANKER = "reranker"
ADAPTER = "lora-adapter"
CONTROL_VECTOR = "control-vector"
VOCAB = "vocab-only"
IMATRIX = "imatrix"
TEXT_ENCODER = "text-encoder"
AUDIO_DECODER = "audio-decoder"
DIFFUSION = "diffusion"

# llama.cpp architectures that only encode text into vectors (LLM_ARCH_BERT and kin)
EMBEDDING_ARCHS = frozenset({
    "bert", "modern-bert", "nomic-bert", "nomic-bert-moe", "neo-bert", "jina-bert-v2",
    "jina-bert-v3", "eurobert", "gemma-embedding", "llama-embed",
})
# text generation by denoising: llama.cpp runs them only with its diffusion example
DIFFUSION_ARCHS = frozenset({"dream", "llada", "llada-moe", "rnd1"})
# the other architectures that are no chat model, by what they are
ARCH_KINDS = {"t5encoder": TEXT_ENCODER, "wavtokenizer-dec": AUDIO_DECODER,
              **dict.fromkeys(DIFFUSION_ARCHS, DIFFUSION)}
POOLING_RANK = 4  # LLAMA_POOLING_TYPE_RANK

LABELS = {
    CHAT: QT_TRANSLATE_NOOP("library", "chat model"),
    VISION_PROJECTOR: QT_TRANSLATE_NOOP("library", "vision projector"),
    AUDIO_PROJECTOR: QT_TRANSLATE_NOOP("library", "audio projector"),
    EMBEDDING: QT_TRANSLATE_NOOP("library", "embedding model"),
    RERANKER: QT_TRANSLATE_NOOP("library", "reranker"),
    ADAPTER: QT_TRANSLATE_NOOP("library", "LoRA adapter"),
    CONTROL_VECTOR: QT_TRANSLATE_NOOP("library", "control vector"),
    VOCAB: QT_TRANSLATE_NOOP("library", "vocabulary only"),
    IMATRIX: QT_TRANSLATE_NOOP("library", "importance matrix"),
    TEXT_ENCODER: QT_TRANSLATE_NOOP("library", "text encoder"),
    AUDIO_DECODER: QT_TRANSLATE_NOOP("library", "audio decoder"),
    DIFFUSION: QT_TRANSLATE_NOOP("library", "diffusion language model"),
}

NOT_EMBEDDING = QT_TRANSLATE_NOOP(
    "errors", "{name} is not an embedding model: choose one that turns text into vectors "
    "(nomic-embed, bge, e5, gte…).")

NOT_CHAT = {
    VISION_PROJECTOR: QT_TRANSLATE_NOOP(
        "errors", "{name} is a vision projector: it gives a chat model image input and "
        "cannot chat on its own. Choose its chat model instead."),
    AUDIO_PROJECTOR: QT_TRANSLATE_NOOP(
        "errors", "{name} is an audio projector: it gives a chat model audio input and "
        "cannot chat on its own. Choose its chat model instead."),
    EMBEDDING: QT_TRANSLATE_NOOP(
        "errors", "{name} is an embedding model: it turns text into vectors for search and "
        "cannot chat."),
    RERANKER: QT_TRANSLATE_NOOP(
        "errors", "{name} is a reranker: it scores documents against a query and cannot chat."),
    ADAPTER: QT_TRANSLATE_NOOP(
        "errors", "{name} is a LoRA adapter: it changes a base model and cannot chat on its "
        "own."),
    CONTROL_VECTOR: QT_TRANSLATE_NOOP(
        "errors", "{name} is a control vector: it steers a base model and cannot chat on its "
        "own."),
    VOCAB: QT_TRANSLATE_NOOP(
        "errors", "{name} holds only a tokenizer vocabulary, without model weights: it "
        "cannot chat."),
    IMATRIX: QT_TRANSLATE_NOOP(
        "errors", "{name} is an importance matrix for quantizing a model: it cannot chat."),
    TEXT_ENCODER: QT_TRANSLATE_NOOP(
        "errors", "{name} is a text encoder (for image generators): it cannot chat."),
    AUDIO_DECODER: QT_TRANSLATE_NOOP(
        "errors", "{name} is an audio decoder (for text to speech): it cannot chat."),
    DIFFUSION: QT_TRANSLATE_NOOP(
        "errors", "{name} is a diffusion language model, which this app cannot run for chat."),
}


def file_kind(info: GGUFInfo) -> str:
    """What the file is (one of the kinds above), from its header."""
    md = info.metadata
    general_type = md.get("general.type")
    arch = info.architecture
    if general_type == "adapter":
        return ADAPTER
    if general_type == "imatrix":
        return IMATRIX
    if arch == "clip" or general_type == "mmproj":
        if md.get("clip.has_audio_encoder") is True and md.get("clip.has_vision_encoder") \
                is not True:
            return AUDIO_PROJECTOR
        return VISION_PROJECTOR
    if arch == "controlvector" or any(k.startswith("controlvector.") for k in md):
        return CONTROL_VECTOR
    if info.tensor_count == 0:
        return VOCAB
    pooling = info.arch_value("pooling_type")
    if pooling == POOLING_RANK:
        return RERANKER
    if arch in EMBEDDING_ARCHS or info.arch_value("attention.causal") is False or (
            isinstance(pooling, int) and not isinstance(pooling, bool) and pooling > 0):
        return EMBEDDING
    return ARCH_KINDS.get(arch, CHAT)
