"""Will a model fit this machine? The memory a model takes at a context size, per device.

The estimate from a GGUF header (a file on the Hub, or on disk before llama.cpp is asked),
stated with its parts (weights, KV cache, compute buffers, fixed cost): the KV cache as
llama.cpp lays it out (every layer's KV heads, sliding-window layers at full size), the
compute buffer with and without flash attention, and the split between devices when only
some layers are offloaded. llama.cpp's own numbers for a file on disk: :mod:`chatapp.fit_file`.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from typing import Any

from chatapp.errors import QT_TRANSLATE_NOOP, Bytes, UserError
from chatapp.gguf_meta import ArrayInfo, GGUFInfo
from chatapp.machine import Machine, MachineCosts, machine_costs
from chatapp.machine import detect_machine as detect_machine  # the estimate's callers' too

log = logging.getLogger(__name__)

FITS, TIGHT, TOO_BIG = "fits", "tight", "too_big"
MIB = 1 << 20
HEADROOM = 0.8  # share of free RAM a model may take and still "fit"
GPU_HEADROOM = 0.9  # share of free GPU memory
UBATCH = 512
CTX_PAD = 256  # llama.cpp rounds the context up to a multiple of this
MIN_CONTEXT = 256
_KV_BLOCK = {"f16": (1, 2), "q8_0": (32, 34), "q4_0": (32, 18)}  # values, bytes per block
SHAPE_VERSION = 2

# fixed costs, until measured on this machine
CPU_WORK = 2 * MIB  # the worker's own work while it answers (the prompt's text and tokens)
HEAP_BASE = 4 * MIB  # llama.cpp's bookkeeping of a model: its vocabulary, graphs, tensors
HEAP_PER_TOKEN = 140  # … per vocabulary entry


@dataclass
class ModelShape:
    """What the estimate needs from a GGUF header."""

    architecture: str = ""
    weights_bytes: int = 0
    parameters: int = 0
    n_layer: int = 0
    n_ctx_train: int = 0
    n_embd: int = 0
    n_head: int = 0
    kv_heads_total: int = 0  # KV heads summed over layers
    key_length: int = 0
    value_length: int = 0
    n_vocab: int = 0
    has_template: bool = False
    quantization: str = ""
    n_ff: int = 0  # the widest feed-forward (all active experts together)
    sliding_window: int = 0  # > 0: some layers attend to a window only
    embd_bytes: int = 0  # the input embeddings (kept on the CPU)
    output_bytes: int = 0  # the output matrix; 0 when the embeddings are reused (tied)
    repack_bytes: int = 0  # weights this processor's CPU backend repacks (see DeviceNeed)
    version: int = SHAPE_VERSION

    @classmethod
    def from_info(cls, info: GGUFInfo, total_size: int | None = None) -> ModelShape:
        """The shape from a header read with read_tensors=True.

        For split models pass total_size (all parts): the first part lists only its tensors.
        """
        from chatapp.engine.dry_run import repacked

        def num(suffix: str) -> int:
            value = info.arch_value(suffix)
            if isinstance(value, list):
                value = max((v for v in value if isinstance(v, int)), default=0)
            return value if isinstance(value, int) and not isinstance(value, bool) else 0

        n_layer = info.block_count or 0
        n_embd = num("embedding_length")
        n_head = num("attention.head_count")
        raw_kv = info.arch_value("attention.head_count_kv")
        if isinstance(raw_kv, list):
            kv_total = sum(v for v in raw_kv if isinstance(v, int) and not isinstance(v, bool))
        elif isinstance(raw_kv, int) and not isinstance(raw_kv, bool):
            kv_total = raw_kv * n_layer
        else:
            kv_total = n_head * n_layer
        head_dim = n_embd // n_head if n_head else 0
        weights = info.weights_bytes()
        if total_size is not None and total_size > weights:
            weights = max(total_size - info.header_size, weights)
        tokens = info.metadata.get("tokenizer.ggml.tokens")
        n_vocab = tokens.length if isinstance(tokens, ArrayInfo) else (
            len(tokens) if isinstance(tokens, list) else num("vocab_size"))
        sizes = {t.name: t.nbytes for t in info.tensors}
        n_ff = max(num("feed_forward_length"),
                   num("expert_feed_forward_length") * max(num("expert_used_count"), 1))
        return cls(
            architecture=info.architecture,
            weights_bytes=weights,
            parameters=sum(t.n_elements for t in info.tensors),
            n_layer=n_layer,
            n_ctx_train=info.context_length or 0,
            n_embd=n_embd,
            n_head=n_head,
            kv_heads_total=kv_total,
            key_length=num("attention.key_length") or head_dim,
            value_length=num("attention.value_length") or head_dim,
            n_vocab=n_vocab,
            has_template=bool(info.chat_template),
            quantization=info.quantization,
            n_ff=n_ff,
            sliding_window=num("attention.sliding_window"),
            embd_bytes=sizes.get("token_embd.weight", 0),
            output_bytes=sizes.get("output.weight", 0),
            repack_bytes=sum(t.nbytes for t in info.tensors if repacked(
                t.name, t.ggml_type, t.shape[1] if len(t.shape) > 1 else 1)),
        )

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ModelShape:
        """The shape stored by to_dict; ValueError for one an older version stored."""
        if data.get("version") != SHAPE_VERSION:
            raise ValueError("a model shape stored by another version")
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class DeviceNeed:
    """What one device holds for a model, in bytes. device: "CPU" (RAM) or a GPU's name.
    reread: the pages of the file the CPU backend reads to make its repacked copy of some
    weights (see dry_run.repacked); they stay resident after loading, as file cache the
    system takes back when memory runs short, so they are not part of what is needed
    (total), only of the resident memory right after loading (resident)."""

    device: str
    weights: int = 0
    kv_cache: int = 0
    compute: int = 0
    overhead: int = 0
    reread: int = 0

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.compute + self.overhead

    @property
    def resident(self) -> int:
        return self.total + self.reread

    @property
    def gpu(self) -> bool:
        return self.device != "CPU"


@dataclass
class Estimate:
    """Memory a model needs at a context size, and the verdict for a machine.

    Attributes:
        weights, kv_cache, compute, overhead: bytes over all devices; overhead is the fixed
            cost of the worker process and the GPU backend.
        n_ctx: the context the estimate is for (as llama.cpp rounds it).
        verdict: FITS, TIGHT or TOO_BIG.
        device: "gpu", "gpu+cpu" or "cpu": where it runs.
        budget: the free memory the verdict compared against.
        devices: the same parts per device.
        source: "llama.cpp" (a dry run of the file) or "header".
    """

    weights: int
    kv_cache: int
    compute: int
    n_ctx: int
    verdict: str
    device: str  # "gpu", "gpu+cpu" or "cpu"
    budget: int  # free memory the verdict compared against
    overhead: int = 0
    devices: list[DeviceNeed] = field(default_factory=list)
    source: str = "header"
    kv_type: str = "f16"

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.compute + self.overhead

    @property
    def reread(self) -> int:
        """The file's pages read again while loading, over all devices (see DeviceNeed)."""
        return sum(d.reread for d in self.devices)

    def to_dict(self) -> dict[str, Any]:
        """The estimate as JSON-ready values (bytes), with its total."""
        data = asdict(self)
        data["total"] = self.total
        for device, need in zip(data["devices"], self.devices, strict=True):
            device["total"] = need.total
        return data


def padded_context(n_ctx: int) -> int:
    """The context llama.cpp allocates for n_ctx tokens (a multiple of 256)."""
    return -(-max(1, n_ctx) // CTX_PAD) * CTX_PAD


def kv_cache_bytes(shape: ModelShape, n_ctx: int, kv_type: str = "f16") -> int:
    """KV cache size: keys and values of every layer's KV heads for n_ctx tokens (as llama.cpp
    allocates it: sliding-window layers at full size, rows of kv_type blocks)."""
    per_value, per_block = _KV_BLOCK[kv_type]
    row = shape.kv_heads_total * (shape.key_length + shape.value_length)
    return row // per_value * per_block * n_ctx


def compute_bytes(shape: ModelShape, n_ctx: int, flash_attn: bool = True) -> int:
    """llama.cpp's compute buffer for a 512-token batch over n_ctx cells of context, with
    logits for one token (what the worker asks for): the feed-forward activations, or
    without flash attention the attention scores if they are larger; the attention masks
    (one more for sliding-window layers) stay for the whole graph."""
    masks = 2 if shape.sliding_window else 1
    ffn = 16 * UBATCH * max(shape.n_ff, shape.n_embd)
    if flash_attn:
        work = ffn + 2 * UBATCH * n_ctx * masks
    else:
        kv_dim = shape.kv_heads_total // max(shape.n_layer, 1) * shape.key_length
        scores = 4 * UBATCH * ((max(shape.n_head, 1) + masks) * n_ctx + 5 * shape.n_embd
                               + 2 * kv_dim)
        work = max(ffn, scores)
    return work + 4 * shape.n_vocab + MIB


def _host_compute(shape: ModelShape) -> int:
    """The host's compute buffer when every layer is on a GPU (the input embeddings)."""
    return 4 * UBATCH * shape.n_embd * 2


def heap_bytes(shape: ModelShape) -> int:
    """llama.cpp's bookkeeping of a loaded model in the worker (vocabulary, graph, tensors)."""
    return HEAP_BASE + HEAP_PER_TOKEN * shape.n_vocab


def _offloaded(shape: ModelShape, n_gpu_layers: int) -> int:
    """How many of the n_layer + 1 layers (the output layer last) go to the GPU."""
    layers = shape.n_layer + 1
    return layers if n_gpu_layers < 0 else min(n_gpu_layers, layers)


def header_needs(shape: ModelShape, n_ctx: int, *, kv_type: str = "f16",
                 flash_attn: str = "auto", gpu: bool = False, n_gpu_layers: int = -1,
                 costs: MachineCosts | None = None) -> list[DeviceNeed]:
    """What each device holds for a model at n_ctx (padded), from its header: the host
    ("CPU") first, then "GPU" when layers are offloaded (gpu: llama.cpp can offload here)."""
    costs = costs or MachineCosts()
    fa = flash_attn != "off"
    kv = kv_cache_bytes(shape, n_ctx, kv_type)
    compute = compute_bytes(shape, n_ctx, fa)
    host = DeviceNeed("CPU", overhead=costs.cpu_base + heap_bytes(shape) + CPU_WORK)
    on_gpu = _offloaded(shape, n_gpu_layers) if gpu else 0
    if not on_gpu:
        host.weights, host.reread = shape.weights_bytes, shape.repack_bytes
        host.kv_cache, host.compute = kv, compute
        return [host]
    output = shape.output_bytes or shape.embd_bytes
    layers = max(shape.weights_bytes - shape.embd_bytes - shape.output_bytes, 0)
    per_layer = layers / max(shape.n_layer, 1)
    repeating = min(on_gpu - 1, shape.n_layer)  # the output layer is offloaded first
    device = DeviceNeed("GPU", overhead=costs.gpu_base)
    device.weights = round(per_layer * repeating) + output
    device.kv_cache = kv * repeating // max(shape.n_layer, 1)
    device.compute = compute
    host.weights = shape.weights_bytes + (output if not shape.output_bytes else 0) \
        - device.weights
    cpu_layers = shape.n_layer - repeating
    host.reread = round(shape.repack_bytes * cpu_layers / max(shape.n_layer, 1))
    host.kv_cache = kv - device.kv_cache
    host.compute = compute if cpu_layers else _host_compute(shape)
    return [host, device]


def judge(needs: list[DeviceNeed], machine: Machine) -> tuple[str, str, int]:
    """(verdict, where it runs, the free memory compared against) for what each device
    would hold."""
    host = sum(n.total for n in needs if not n.gpu)
    device = sum(n.total for n in needs if n.gpu)
    if device and machine.gpu:
        if device <= machine.vram_free * GPU_HEADROOM and host <= machine.ram_available:
            return FITS, "gpu", machine.vram_free
        budget = machine.vram_free + machine.ram_available
        verdict = TIGHT if host + device <= budget * HEADROOM else TOO_BIG
        return verdict, "gpu+cpu", budget
    need = host + device
    budget = machine.ram_available
    if need <= budget * HEADROOM:
        return FITS, "cpu", budget
    return (TIGHT if need <= budget else TOO_BIG), "cpu", budget


def summed(needs: list[DeviceNeed], n_ctx: int, machine: Machine, source: str,
            kv_type: str) -> Estimate:
    verdict, device, budget = judge(needs, machine)
    return Estimate(sum(n.weights for n in needs), sum(n.kv_cache for n in needs),
                    sum(n.compute for n in needs), n_ctx, verdict, device, budget,
                    overhead=sum(n.overhead for n in needs), devices=needs, source=source,
                    kv_type=kv_type)


def estimate(shape: ModelShape, n_ctx: int, machine: Machine, *, kv_type: str = "f16",
             flash_attn: str = "auto", n_gpu_layers: int = -1,
             costs: MachineCosts | None = None) -> Estimate:
    """The memory needed at n_ctx tokens of context, from the header, and whether it fits
    this machine. n_gpu_layers: -1 as many as there are, 0 none."""
    if shape.n_ctx_train:
        n_ctx = min(n_ctx, shape.n_ctx_train)
    n_ctx = padded_context(n_ctx)
    needs = header_needs(shape, n_ctx, kv_type=kv_type, flash_attn=flash_attn,
                         gpu=machine.gpu_offload, n_gpu_layers=n_gpu_layers,
                         costs=costs or machine_costs())
    return summed(needs, n_ctx, machine, "header", kv_type)


def largest_context(shape: ModelShape, machine: Machine, *, kv_type: str = "f16",
                    flash_attn: str = "auto", n_gpu_layers: int = -1,
                    high: int | None = None, costs: MachineCosts | None = None) -> int | None:
    """The largest context (a multiple of 256, at most high or the trained context) at which
    the header estimate says the model fits; None when not even 256 tokens do."""
    top = high or shape.n_ctx_train or (1 << 20)
    if shape.n_ctx_train:
        top = min(top, shape.n_ctx_train)

    def fits(n_ctx: int) -> bool:
        return estimate(shape, n_ctx, machine, kv_type=kv_type, flash_attn=flash_attn,
                        n_gpu_layers=n_gpu_layers, costs=costs).verdict == FITS

    return largest_fitting(fits, top)


def largest_fitting(fits: Any, top: int) -> int | None:
    """The largest multiple of 256 up to top (itself if it fits) for which fits() holds."""
    if fits(top):
        return top
    low, high = 0, top // CTX_PAD
    if not fits(MIN_CONTEXT):
        return None
    low = 1
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle * CTX_PAD):
            low = middle
        else:
            high = middle
    return low * CTX_PAD


def too_big_error(result: Estimate, largest: int | None) -> UserError:
    """The error that says a model does not fit, with the largest context that does (None:
    not even the shortest does)."""
    from chatapp.engine.outcomes import ModelTooBig

    # sizes written when shown, as the failed load's are (was: "35.6 GB" here and "35,5 GB"
    # in the load's error in Indonesian)
    params = {"need": Bytes(result.total), "ctx": result.n_ctx, "free": Bytes(result.budget)}
    if largest:
        return ModelTooBig(QT_TRANSLATE_NOOP(
            "errors", "This model needs about {need} of memory at a context of {ctx} tokens, "
            "but only {free} is free. It fits with a context of {fits} tokens, or pick a "
            "smaller quantization."), fits=largest, **params)
    return ModelTooBig(QT_TRANSLATE_NOOP(
        "errors", "This model needs about {need} of memory at a context of {ctx} tokens, "
        "but only {free} is free, and even a short context does not fit. Pick a smaller "
        "quantization or a smaller model."), **params)

