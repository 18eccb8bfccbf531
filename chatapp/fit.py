"""Will a model fit this machine? Memory for the weights plus the KV cache at a context size.

The estimate needs only the GGUF header (tensor sizes and the model's shape), so it works
before a download (from an HTTP range request) and before loading a file.  It is an
estimate, stated with its parts: weights, KV cache (f16) and llama.cpp's work buffers.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
from dataclasses import asdict, dataclass

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.gguf_meta import ArrayInfo, GGUFInfo
from chatapp.launch import module_command

log = logging.getLogger(__name__)

FITS, TIGHT, TOO_BIG = "fits", "tight", "too_big"
MIB = 1 << 20
HEADROOM = 0.8  # share of free memory a model may take and still "fit"
UBATCH = 512


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

    @classmethod
    def from_info(cls, info: GGUFInfo, total_size: int | None = None) -> ModelShape:
        """The shape from a header read with read_tensors=True.

        For split models pass total_size (all parts): the first part lists only its tensors.
        """
        def num(suffix: str) -> int:
            value = info.arch_value(suffix)
            return value if isinstance(value, int) and not isinstance(value, bool) else 0

        n_layer = info.block_count or 0
        n_embd = num("embedding_length")
        n_head = num("attention.head_count")
        raw_kv = info.arch_value("attention.head_count_kv")
        if isinstance(raw_kv, list):
            kv_total = sum(v for v in raw_kv if isinstance(v, int))
        elif isinstance(raw_kv, int) and not isinstance(raw_kv, bool):
            kv_total = raw_kv * n_layer
        elif isinstance(raw_kv, ArrayInfo):
            kv_total = n_head * n_layer
        else:
            kv_total = n_head * n_layer
        head_dim = n_embd // n_head if n_head else 0
        weights = info.weights_bytes()
        if total_size is not None and total_size > weights:
            weights = max(total_size - info.header_size, weights)
        tokens = info.metadata.get("tokenizer.ggml.tokens")
        n_vocab = tokens.length if isinstance(tokens, ArrayInfo) else (
            len(tokens) if isinstance(tokens, list) else num("vocab_size"))
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
        )

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ModelShape:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class Machine:
    """Memory on this machine, in bytes (VRAM only when llama.cpp can offload to a GPU)."""

    ram_total: int
    ram_available: int
    gpu_offload: bool = False
    vram_total: int = 0
    vram_free: int = 0

    @property
    def gpu(self) -> bool:
        return self.gpu_offload and self.vram_free > 0


@dataclass
class Estimate:
    """Memory a model needs at a context size, and the verdict for a machine."""

    weights: int
    kv_cache: int
    compute: int
    n_ctx: int
    verdict: str
    device: str  # "gpu", "gpu+cpu" or "cpu"
    budget: int  # free memory the verdict compared against

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.compute


def kv_cache_bytes(shape: ModelShape, n_ctx: int, bytes_per_value: int = 2) -> int:
    """KV cache size: keys and values for every layer's KV heads at n_ctx tokens (f16)."""
    per_token = shape.kv_heads_total * (shape.key_length + shape.value_length)
    return per_token * n_ctx * bytes_per_value


def compute_bytes(shape: ModelShape, n_ctx: int) -> int:
    """llama.cpp's work buffers for a prompt batch: logits, attention scores, activations."""
    logits = UBATCH * shape.n_vocab * 4
    scores = UBATCH * n_ctx * max(shape.n_head, 1) * 4 // 4  # flash attention keeps less
    activations = UBATCH * shape.n_embd * 4 * 8
    return logits + scores + activations + 32 * MIB


def estimate(shape: ModelShape, n_ctx: int, machine: Machine) -> Estimate:
    """The memory needed at n_ctx tokens of context and whether it fits this machine."""
    if shape.n_ctx_train:
        n_ctx = min(n_ctx, shape.n_ctx_train)
    kv = kv_cache_bytes(shape, n_ctx)
    work = compute_bytes(shape, n_ctx)
    need = shape.weights_bytes + kv + work
    if machine.gpu:
        if need <= machine.vram_free * 0.9:
            return Estimate(shape.weights_bytes, kv, work, n_ctx, FITS, "gpu", machine.vram_free)
        budget = machine.vram_free + machine.ram_available
        verdict = TIGHT if need <= budget * HEADROOM else TOO_BIG
        return Estimate(shape.weights_bytes, kv, work, n_ctx, verdict, "gpu+cpu", budget)
    budget = machine.ram_available
    if need <= budget * HEADROOM:
        verdict = FITS
    elif need <= budget:
        verdict = TIGHT
    else:
        verdict = TOO_BIG
    return Estimate(shape.weights_bytes, kv, work, n_ctx, verdict, "cpu", budget)


def _meminfo() -> tuple[int, int] | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            text = f.read()
    except OSError:
        return None
    values = {}
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            values[key] = int(parts[0]) * 1024
    if "MemTotal" in values:
        return values["MemTotal"], values.get("MemAvailable", values.get("MemFree", 0))
    return None


def ram() -> tuple[int, int]:
    """(total, available) RAM in bytes: /proc/meminfo, psutil, or sysconf."""
    found = _meminfo()
    if found:
        return found
    try:
        import psutil  # type: ignore[import-not-found]

        vm = psutil.virtual_memory()
        return int(vm.total), int(vm.available)
    except ImportError:
        pass
    try:
        page = os.sysconf("SC_PAGE_SIZE")
        total = os.sysconf("SC_PHYS_PAGES") * page
        try:
            avail = os.sysconf("SC_AVPHYS_PAGES") * page
        except (ValueError, OSError):
            avail = total // 2
        return total, avail
    except (ValueError, OSError, AttributeError):
        return 8 << 30, 4 << 30


@functools.lru_cache(maxsize=1)
def gpu_offload_supported() -> bool:
    """Whether llama.cpp was built with a GPU backend.

    Asked once, in a child process, so llama.cpp is never loaded into the app's process.
    """
    if os.environ.get("CHATAPP_NO_GPU"):
        return False
    try:
        out = subprocess.run(module_command("chatapp.engine.gpu_probe"), capture_output=True,
                             text=True, timeout=60,
                             env={**os.environ, "GGML_NO_BACKTRACE": "1"})
    except (OSError, subprocess.SubprocessError):
        return False
    return out.returncode == 0 and out.stdout.strip().endswith("1")


def vram() -> tuple[int, int]:
    """(total, free) memory of the first NVIDIA GPU, or (0, 0) when unknown."""
    smi = shutil.which("nvidia-smi")
    if not smi:
        return 0, 0
    try:
        out = subprocess.run(
            [smi, "--query-gpu=memory.total,memory.free", "--format=csv,noheader,nounits"],
            capture_output=True, text=True, timeout=5, check=True).stdout
        total, free = (int(x.strip()) * MIB for x in out.splitlines()[0].split(","))
        return total, free
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return 0, 0


def detect_machine(with_gpu: bool = True) -> Machine:
    """This machine's memory now."""
    total, available = ram()
    machine = Machine(total, available)
    if with_gpu and gpu_offload_supported():
        machine.gpu_offload = True
        machine.vram_total, machine.vram_free = vram()
    return machine


def guard_load(shape: ModelShape, n_ctx: int, machine: Machine | None = None) -> Estimate:
    """The estimate for loading a model; UserError when it clearly cannot fit."""
    result = estimate(shape, n_ctx, machine or detect_machine())
    if result.verdict == TOO_BIG:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "This model needs about {need} of memory at a context of {ctx} tokens, "
            "but only {free} is free. Pick a smaller quantization or a shorter context."),
            need=format_bytes(result.total), ctx=result.n_ctx, free=format_bytes(result.budget))
    return result


def format_bytes(size: float) -> str:
    """Bytes as "512 MB" or "4.1 GB" (decimal units, as the Hub shows sizes)."""
    if size >= 1e9:
        return f"{size / 1e9:.1f} GB"
    if size >= 1e6:
        return f"{size / 1e6:.0f} MB"
    return f"{size / 1e3:.0f} KB"


def local_shape(path: str | os.PathLike[str]) -> ModelShape:
    """The shape of a model file on disk, every part of a split model counted (weights and
    parameters from each part's tensor table).  GGUFError if a part is unreadable, naming
    the first missing part.  With guard_load, this checks a model before the engine loads it.
    """
    from pathlib import Path

    from chatapp.gguf_meta import GGUFError, file_info
    from chatapp.library_split import part_paths, parts_problem

    parts = part_paths(Path(path))
    missing = parts_problem(parts[0])
    if missing is not None:
        raise GGUFError(str(missing))
    info = file_info(parts[0], read_tensors=True)
    shape = ModelShape.from_info(info)
    for part in parts[1:]:
        more = file_info(part, read_tensors=True)
        shape.weights_bytes += more.weights_bytes()
        shape.parameters += sum(t.n_elements for t in more.tensors)
    return shape
