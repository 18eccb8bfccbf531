"""Will a model fit this machine? The memory a model takes at a context size, per device.

Two estimates, stated with their parts (weights, KV cache, compute buffers, fixed cost):

- For a file on disk, llama.cpp's own numbers: a dry run in a worker process loads the model
  and creates its context without allocating and reports every buffer per device
  (:mod:`chatapp.engine.dry_run`); cached by file, context, KV type, flash attention and GPU
  layers. On the CPU the prediction is the worker's peak resident memory (the mapped file,
  weights the CPU repacks, the KV cache, the compute buffer, and the process itself); on a
  GPU, the device memory the backend takes, its fixed cost measured once per machine.
- For a file on the Hub (header only), the same terms from the GGUF header: the KV cache as
  llama.cpp lays it out (every layer's KV heads, sliding-window layers at full size), the
  compute buffer with and without flash attention, and the split between devices when only
  some layers are offloaded.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.gguf_meta import ArrayInfo, GGUFInfo
from chatapp.machine import (
    Machine,
    MachineCosts,
    costs_file,
    detect_machine,
    machine_costs,
    machine_key,
    remember_costs,
)
from chatapp.units import format_bytes

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
    repack_bytes: int = 0  # weights this processor's CPU backend keeps a second copy of
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
    """What one device holds for a model, in bytes. device: "CPU" (RAM) or a GPU's name."""

    device: str
    weights: int = 0
    kv_cache: int = 0
    compute: int = 0
    overhead: int = 0

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.compute + self.overhead

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

    def to_dict(self) -> dict[str, Any]:
        """The estimate as JSON-ready values (bytes), with its total."""
        data = asdict(self)
        data["total"] = self.total
        for device in data["devices"]:
            device["total"] = device["weights"] + device["kv_cache"] + device["compute"] \
                + device["overhead"]
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
        host.weights = shape.weights_bytes + shape.repack_bytes
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
    host.weights += round(shape.repack_bytes * cpu_layers / max(shape.n_layer, 1))
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


def _summed(needs: list[DeviceNeed], n_ctx: int, machine: Machine, source: str,
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
    return _summed(needs, n_ctx, machine, "header", kv_type)


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

    return _largest(fits, top)


def _largest(fits: Any, top: int) -> int | None:
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
    """The error that says a model does not fit, with the largest context that does."""
    from chatapp.engine.outcomes import ModelTooBig

    params = {"need": format_bytes(result.total), "ctx": result.n_ctx,
              "free": format_bytes(result.budget)}
    if largest:
        return ModelTooBig(QT_TRANSLATE_NOOP(
            "errors", "This model needs about {need} of memory at a context of {ctx} tokens, "
            "but only {free} is free. It fits with a context of {fits} tokens, or pick a "
            "smaller quantization."), fits=largest, **params)
    return ModelTooBig(QT_TRANSLATE_NOOP(
        "errors", "This model needs about {need} of memory at a context of {ctx} tokens, "
        "but only {free} is free. Pick a smaller quantization or a shorter context."),
        **params)


def guard_load(shape: ModelShape, n_ctx: int, machine: Machine | None = None,
               **plan: Any) -> Estimate:
    """The header estimate for loading a model; ModelTooBig (a UserError) when it clearly
    cannot fit, with the largest context that does (param "fits") when there is one.
    plan: kv_type, flash_attn, n_gpu_layers."""
    machine = machine or detect_machine()
    result = estimate(shape, n_ctx, machine, **plan)
    if result.verdict == TOO_BIG:
        raise too_big_error(result, largest_context(shape, machine, **plan))
    return result


# estimates of files on disk, from llama.cpp (dry runs)

_runs_lock = threading.Lock()
_runs: dict[str, dict[str, dict[str, Any]]] = {}  # runs file -> key -> run
MAX_CACHED_RUNS = 512


def _file_key(path: Path) -> str:
    from chatapp.library_split import part_paths

    stamps = []
    for part in part_paths(path):
        st = part.stat()
        stamps.append(f"{st.st_size}:{st.st_mtime_ns}")
    return f"{path.resolve()}|{','.join(stamps)}"


def _runs_file(cache_dir: Path | None) -> Path | None:
    path = costs_file(cache_dir)
    return path.with_name("dry-runs.json") if path is not None else None


def _load_runs(cache_dir: Path | None) -> dict[str, dict[str, Any]]:
    """The dry runs remembered in cache_dir (read from its file the first time)."""
    path = _runs_file(cache_dir)
    with _runs_lock:
        known = _runs.get(str(path))
        if known is not None:
            return known
        known = _runs[str(path)] = {}
        if path is None:
            return known
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("machine") == machine_key():
                runs = data.get("runs")
                known.update(runs if isinstance(runs, dict) else {})
        except (OSError, ValueError):
            pass
        return known


def _save_runs(cache_dir: Path | None) -> None:
    path = _runs_file(cache_dir)
    if path is None:
        return
    runs = _load_runs(cache_dir)
    with _runs_lock:
        while len(runs) > MAX_CACHED_RUNS:
            del runs[next(iter(runs))]
        text = json.dumps({"machine": machine_key(), "runs": runs})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        log.info("could not remember the dry runs")


def dry_runs(path: str | os.PathLike[str], contexts: list[int], *, kv_type: str = "f16",
             flash_attn: str = "auto", n_gpu_layers: int = -1,
             cache_dir: Path | None = None) -> list[dict[str, Any]]:
    """llama.cpp's buffers for the model at path at each context (chatapp.engine.dry_run),
    from the cache or from dry runs in one worker process. EngineError when llama.cpp cannot
    load the file; OSError when it is gone."""
    from chatapp.engine.client import dry_run

    path = Path(path)
    base = f"{_file_key(path)}|{kv_type}|{flash_attn}|{n_gpu_layers}"
    runs = _load_runs(cache_dir)
    keys = [f"{base}|{padded_context(n)}" for n in contexts]
    with _runs_lock:
        missing = [n for n, key in zip(contexts, keys, strict=True) if key not in runs]
    if missing:
        fresh = dry_run(path, n_ctx=missing[0], contexts=missing[1:], kv_type=kv_type,
                        flash_attn=flash_attn, n_gpu_layers=n_gpu_layers)
        remember_costs(fresh[0], cache_dir)
        with _runs_lock:
            for n, run in zip(missing, fresh, strict=True):
                runs[f"{base}|{padded_context(n)}"] = run
        _save_runs(cache_dir)
    with _runs_lock:
        return [runs[key] for key in keys]


def run_needs(run: dict[str, Any], costs: MachineCosts | None = None) -> list[DeviceNeed]:
    """A dry run's buffers as what each device holds, the fixed costs added: on the host the
    worker process and llama.cpp's bookkeeping, on a GPU its backend's."""
    costs = costs or MachineCosts()
    needs = []
    for name, parts in sorted(run["devices"].items(), key=lambda item: item[0] != "CPU"):
        need = DeviceNeed(name, parts["weights"] + parts.get("repack", 0), parts["kv_cache"],
                          parts["compute"] + parts["output"])
        if name == "CPU":
            need.overhead = int(run.get("rss_base") or costs.cpu_base) \
                + int(run.get("rss_heap") or 0) + CPU_WORK
        else:
            need.overhead = costs.gpu_base
        needs.append(need)
    if not any(n.device == "CPU" for n in needs):
        needs.insert(0, DeviceNeed("CPU", overhead=costs.cpu_base + CPU_WORK))
    return needs


def estimate_file(path: str | os.PathLike[str], n_ctx: int, machine: Machine, *,
                  kv_type: str = "f16", flash_attn: str = "auto", n_gpu_layers: int = -1,
                  cache_dir: Path | None = None) -> Estimate:
    """The memory the model at path needs at n_ctx, from llama.cpp itself (a dry run), and
    whether it fits this machine. EngineError when llama.cpp cannot load the file."""
    run = dry_runs(path, [n_ctx], kv_type=kv_type, flash_attn=flash_attn,
                   n_gpu_layers=n_gpu_layers, cache_dir=cache_dir)[0]
    needs = run_needs(run, machine_costs(cache_dir))
    return _summed(needs, run["n_ctx"] or padded_context(n_ctx), machine, "llama.cpp", kv_type)


def largest_context_file(path: str | os.PathLike[str], machine: Machine, *, high: int,
                         kv_type: str = "f16", flash_attn: str = "auto",
                         n_gpu_layers: int = -1, cache_dir: Path | None = None) -> int | None:
    """The largest context (a multiple of 256, at most high) at which llama.cpp's numbers
    say the model at path fits; None when not even 256 tokens do. The KV cache and compute
    buffers grow in a straight line with the context: two dry runs give the line, a third
    checks the answer."""
    plan = {"kv_type": kv_type, "flash_attn": flash_attn, "n_gpu_layers": n_gpu_layers,
            "cache_dir": cache_dir}
    high = max(MIN_CONTEXT, high // CTX_PAD * CTX_PAD)
    low = MIN_CONTEXT if high > MIN_CONTEXT else MIN_CONTEXT // 2
    first, last = dry_runs(path, [low, high], **plan)
    costs = machine_costs(cache_dir)
    at_low, at_high = run_needs(first, costs), run_needs(last, costs)

    def needs_at(n_ctx: int) -> list[DeviceNeed]:
        share = (n_ctx - low) / max(high - low, 1)
        grown = []
        for a, b in zip(at_low, at_high, strict=False):
            grown.append(DeviceNeed(a.device, b.weights, round(a.kv_cache + share * (
                b.kv_cache - a.kv_cache)), round(a.compute + share * (b.compute - a.compute)),
                b.overhead))
        return grown

    def fits(n_ctx: int) -> bool:
        return judge(needs_at(n_ctx), machine)[0] == FITS

    found = _largest(fits, high)
    for _ in range(3):
        if found is None or found == high:
            return found
        if estimate_file(path, found, machine, **plan).verdict == FITS:
            return found
        found = _largest(fits, max(MIN_CONTEXT, found * 9 // 10 // CTX_PAD * CTX_PAD))
    return found


def check_file(path: str | os.PathLike[str], n_ctx: int, machine: Machine | None = None,
               *, kv_type: str = "f16", flash_attn: str = "auto", n_gpu_layers: int = -1,
               cache_dir: Path | None = None) -> Estimate:
    """The estimate the engine checks before it loads a model: the header's when the model
    fits with room to spare, llama.cpp's (a dry run) when it is close. ModelTooBig when it
    does not fit, with the largest context that does. GGUFError for an unreadable header;
    EngineError when llama.cpp cannot load the file."""
    machine = machine or detect_machine()
    plan = {"kv_type": kv_type, "flash_attn": flash_attn, "n_gpu_layers": n_gpu_layers}
    shape = local_shape(path)
    if shape.n_ctx_train:
        n_ctx = min(n_ctx, shape.n_ctx_train)
    rough = estimate(shape, n_ctx, machine, **plan, costs=machine_costs(cache_dir))
    if rough.verdict == FITS and rough.total <= rough.budget / 2:
        return rough
    from chatapp.engine.outcomes import EngineError

    try:
        exact = estimate_file(path, n_ctx, machine, **plan, cache_dir=cache_dir)
        if exact.verdict == TOO_BIG:
            largest = largest_context_file(path, machine, high=shape.n_ctx_train or n_ctx,
                                           **plan, cache_dir=cache_dir)
    except EngineError:  # llama.cpp refuses the file: the header's numbers decide
        if rough.verdict == TOO_BIG:
            raise too_big_error(rough, largest_context(shape, machine, **plan)) from None
        return rough
    if exact.verdict == TOO_BIG:
        raise too_big_error(exact, largest)
    return exact


BATCH_SEQ_CTX = 1024  # cache cells added per answer decoded together (shared by all)
BATCH_SHARE = 0.5  # share of the memory left after the model that batched answers may take


def batch_sequences(path: str | os.PathLike[str], n_ctx: int, machine: Machine | None = None,
                    *, kv_type: str = "f16", flash_attn: str = "auto", n_gpu_layers: int = -1,
                    cap: int = 8) -> tuple[int, int]:
    """How many answers the model at path may decode together, and the cache cells added
    for each: as many (at most cap) as half the memory left after the model at n_ctx holds,
    each with min(n_ctx, BATCH_SEQ_CTX) cells of KV cache (the header's estimate). (0, 0)
    when none fits or the header is unreadable."""
    from chatapp.gguf_meta import GGUFError

    machine = machine or detect_machine()
    try:
        shape = local_shape(path)
    except (GGUFError, OSError):
        return 0, 0
    seq_ctx = min(n_ctx, BATCH_SEQ_CTX)
    needs = estimate(shape, n_ctx, machine, kv_type=kv_type, flash_attn=flash_attn,
                     n_gpu_layers=n_gpu_layers)
    per_seq = kv_cache_bytes(shape, seq_ctx, kv_type)
    spare = int(needs.budget * HEADROOM) - needs.total
    if per_seq <= 0 or spare <= 0:
        return 0, 0
    n_seq = min(cap, int(spare * BATCH_SHARE) // per_seq)
    return (n_seq, seq_ctx) if n_seq > 0 else (0, 0)


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
