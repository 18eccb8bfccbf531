"""Will a model file on disk fit this machine? llama.cpp's own numbers, cached per file.

A dry run in a worker process loads the model and creates its context without allocating
and reports every buffer per device (:mod:`chatapp.engine.dry_run`); runs are cached by
file (size and mtime of every part), context, KV type, flash attention and GPU layers. On
the CPU the prediction is the worker's peak resident memory; on a GPU, the device memory the
backend takes, its fixed cost measured once per machine. The header's estimate
(:mod:`chatapp.fit`) answers first when a model fits with room to spare.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chatapp.fit import (
    CPU_WORK,
    CTX_PAD,
    FITS,
    HEADROOM,
    MIN_CONTEXT,
    TOO_BIG,
    DeviceNeed,
    Estimate,
    ModelShape,
    estimate,
    judge,
    kv_cache_bytes,
    largest_context,
    largest_fitting,
    padded_context,
    summed,
    too_big_error,
)
from chatapp.machine import (
    Machine,
    MachineCosts,
    costs_file,
    detect_machine,
    machine_costs,
    machine_key,
    remember_costs,
)
from chatapp.paths import read_json, write_json

log = logging.getLogger(__name__)

_runs_lock = threading.Lock()
_runs: dict[str, dict[str, dict[str, Any]]] = {}  # runs file -> key -> run
MAX_CACHED_RUNS = 512


def _file_key(path: Path) -> str:
    from chatapp.library_split import part_paths

    stamps = (part.stat() for part in part_paths(path))
    return f"{path.resolve()}|{','.join(f'{st.st_size}:{st.st_mtime_ns}' for st in stamps)}"


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
        data = read_json(path)
        if data.get("machine") == machine_key():
            runs = data.get("runs")
            known.update(runs if isinstance(runs, dict) else {})
        return known


def _save_runs(cache_dir: Path | None) -> None:
    path = _runs_file(cache_dir)
    if path is None:
        return
    runs = _load_runs(cache_dir)
    with _runs_lock:
        while len(runs) > MAX_CACHED_RUNS:
            del runs[next(iter(runs))]
        data = {"machine": machine_key(), "runs": dict(runs)}
    try:
        write_json(path, data, indent=None)
    except OSError:
        log.info("could not remember the dry runs")


def dry_runs(path: str | os.PathLike[str], contexts: list[int], *, kv_type: str = "f16",
             flash_attn: str = "auto", n_gpu_layers: int = -1,
             cache_dir: Path | None = None,
             remembered_only: bool = False) -> list[dict[str, Any]] | None:
    """llama.cpp's buffers for the model at path at each context (chatapp.engine.dry_run),
    from the cache or from dry runs in one worker process (remembered_only: None instead
    of running one). EngineError when llama.cpp cannot load the file; OSError when it is
    gone."""
    from chatapp.engine.client import dry_run

    path = Path(path)
    base = f"{_file_key(path)}|{kv_type}|{flash_attn}|{n_gpu_layers}"
    runs = _load_runs(cache_dir)
    keys = [f"{base}|{padded_context(n)}" for n in contexts]
    with _runs_lock:
        missing = [n for n, key in zip(contexts, keys, strict=True) if key not in runs]
    if missing and remembered_only:
        return None
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
        need = DeviceNeed(name, parts["weights"], parts["kv_cache"],
                          parts["compute"] + parts["output"], reread=parts.get("repack", 0))
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
                  cache_dir: Path | None = None, remembered_only: bool = False) -> Estimate | None:
    """The memory the model at path needs at n_ctx, from llama.cpp itself (a dry run), and
    whether it fits this machine (remembered_only: None when no dry run of the file at these
    settings is remembered, instead of running one). EngineError when llama.cpp cannot load
    the file; OSError when it is gone."""
    runs = dry_runs(path, [n_ctx], kv_type=kv_type, flash_attn=flash_attn,
                    n_gpu_layers=n_gpu_layers, cache_dir=cache_dir, remembered_only=remembered_only)
    if runs is None:
        return None
    run = runs[0]
    needs = run_needs(run, machine_costs(cache_dir))
    return summed(needs, run["n_ctx"] or padded_context(n_ctx), machine, "llama.cpp", kv_type)


MEASURE_SLACK = 16 << 20  # bytes two dry runs of one model and context may measure apart


def largest_context_file(path: str | os.PathLike[str], machine: Machine, *, high: int,
                         kv_type: str = "f16", flash_attn: str = "auto",
                         n_gpu_layers: int = -1, cache_dir: Path | None = None) -> int | None:
    """The largest context (a multiple of 256, at most high) at which llama.cpp's numbers
    say the model at path fits; None when not even 256 tokens do. The KV cache and compute
    buffers grow about in a straight line with the context: dry runs at the shortest and at
    high give the line, and each guess on it is measured by another dry run, which then
    bounds the next line from below or from above (a few runs find the largest that fits
    within a few hundred tokens, the same whatever high is). The answer keeps MEASURE_SLACK
    of each memory free: another dry run at it measures its process a few MB apart."""
    plan = {"kv_type": kv_type, "flash_attn": flash_attn, "n_gpu_layers": n_gpu_layers,
            "cache_dir": cache_dir}
    machine = dataclasses.replace(machine, ram_available=machine.ram_available - MEASURE_SLACK,
                                  vram_free=max(0, machine.vram_free - MEASURE_SLACK))
    high = max(MIN_CONTEXT, high // CTX_PAD * CTX_PAD)
    low = MIN_CONTEXT if high > MIN_CONTEXT else MIN_CONTEXT // 2
    costs = machine_costs(cache_dir)
    at_low, at_high = (run_needs(run, costs) for run in dry_runs(path, [low, high], **plan))
    if judge(at_high, machine)[0] == FITS:
        return high
    if judge(at_low, machine)[0] != FITS:
        return None

    def on_line(a: int, at_a: list[DeviceNeed], b: int, at_b: list[DeviceNeed]) -> int | None:
        """The largest context the line from a (its needs at_a) to b says fits."""
        def fits(n_ctx: int) -> bool:
            share = (n_ctx - a) / max(b - a, 1)
            grown = [DeviceNeed(x.device, y.weights, *(round(getattr(x, k) + share * (
                getattr(y, k) - getattr(x, k))) for k in ("kv_cache", "compute", "overhead")))
                for x, y in zip(at_a, at_b, strict=False)]
            return judge(grown, machine)[0] == FITS
        return largest_fitting(fits, b)

    fitting, at_fitting, over, at_over = low, at_low, high, at_high
    for _ in range(5):
        guess = on_line(fitting, at_fitting, over, at_over)
        if guess is None or not fitting < guess < over:
            break
        (run,) = dry_runs(path, [guess], **plan)
        at_guess = run_needs(run, costs)
        if judge(at_guess, machine)[0] == FITS:
            fitting, at_fitting = guess, at_guess
        else:
            over, at_over = guess, at_guess
    return fitting


def file_need(path: str | os.PathLike[str], n_ctx: int, machine: Machine | None = None,
              *, kv_type: str = "f16", flash_attn: str = "auto", n_gpu_layers: int = -1,
              cache_dir: Path | None = None, dry_run: str = "run") -> Estimate:
    """The memory the model at path needs at n_ctx tokens (at most its training context), as
    check_file judges it: the header's estimate when the model fits with room to spare, else
    llama.cpp's (dry_run "run": a dry run, made when none is remembered; "remembered": a
    remembered one, else the header's; "never": the header's). Every figure of a model's
    need (the fit check's, an allocation failure's) comes from here, so they agree (was:
    "about 35.6 GB" before the load, "about 35.5 GB" when it failed). GGUFError for an
    unreadable header; EngineError when llama.cpp cannot load the file; OSError."""
    machine = machine or detect_machine()
    plan = {"kv_type": kv_type, "flash_attn": flash_attn, "n_gpu_layers": n_gpu_layers}
    shape = local_shape(path)
    if shape.n_ctx_train:
        n_ctx = min(n_ctx, shape.n_ctx_train)
    rough = estimate(shape, n_ctx, machine, **plan, costs=machine_costs(cache_dir))
    if dry_run == "never" or (rough.verdict == FITS and rough.total <= rough.budget / 2):
        return rough
    exact = estimate_file(path, n_ctx, machine, **plan, cache_dir=cache_dir,
                          remembered_only=dry_run == "remembered")
    return rough if exact is None else exact


def check_file(path: str | os.PathLike[str], n_ctx: int, machine: Machine | None = None,
               *, kv_type: str = "f16", flash_attn: str = "auto", n_gpu_layers: int = -1,
               cache_dir: Path | None = None) -> Estimate:
    """The estimate the engine checks before it loads a model (file_need's). ModelTooBig
    when it does not fit, with the largest context that does. GGUFError for an unreadable
    header; EngineError when llama.cpp cannot load the file."""
    machine = machine or detect_machine()
    plan = {"kv_type": kv_type, "flash_attn": flash_attn, "n_gpu_layers": n_gpu_layers}
    shape = local_shape(path)
    from chatapp.engine.outcomes import EngineError

    try:
        need = file_need(path, n_ctx, machine, **plan, cache_dir=cache_dir)
        if need.verdict == TOO_BIG:
            largest = largest_context_file(path, machine, high=shape.n_ctx_train or n_ctx,
                                           **plan, cache_dir=cache_dir)
    except EngineError:  # llama.cpp refuses the file: the header's numbers decide
        rough = file_need(path, n_ctx, machine, **plan, cache_dir=cache_dir, dry_run="never")
        if rough.verdict == TOO_BIG:
            raise too_big_error(rough, largest_context(shape, machine, **plan)) from None
        return rough
    if need.verdict == TOO_BIG:
        raise too_big_error(need, largest)
    return need


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
    return shape_batch(shape, n_ctx, machine, kv_type=kv_type, flash_attn=flash_attn,
                       n_gpu_layers=n_gpu_layers, cap=cap)


def shape_batch(shape: ModelShape, n_ctx: int, machine: Machine, *, kv_type: str = "f16",
                flash_attn: str = "auto", n_gpu_layers: int = -1,
                cap: int = 8) -> tuple[int, int]:
    """batch_sequences for a model's shape (a file on the Hub, before it is downloaded)."""
    seq_ctx = min(n_ctx, BATCH_SEQ_CTX)
    needs = estimate(shape, n_ctx, machine, kv_type=kv_type, flash_attn=flash_attn,
                     n_gpu_layers=n_gpu_layers)
    per_seq = kv_cache_bytes(shape, seq_ctx, kv_type)
    spare = int(needs.budget * HEADROOM) - needs.total
    if per_seq <= 0 or spare <= 0:
        return 0, 0
    n_seq = min(cap, int(spare * BATCH_SHARE) // per_seq)
    return (n_seq, seq_ctx) if n_seq > 0 else (0, 0)


def set_batch(n_ctx: int, batch: int, cap: int = 8) -> tuple[int, int]:
    """The answers decoded together as a model's settings set them (0 to cap) and the cache
    cells each adds at n_ctx."""
    n_seq = max(0, min(cap, int(batch)))
    return n_seq, min(n_ctx, BATCH_SEQ_CTX) if n_seq else 0


def answers_together(path: str | os.PathLike[str], n_ctx: int, batch: int | None,
                     machine: Machine | None = None, *, kv_type: str = "f16",
                     flash_attn: str = "auto", n_gpu_layers: int = -1,
                     cap: int = 8) -> tuple[int, int]:
    """The answers the model at path decodes together and the cache cells each adds, as the
    engine loads it: batch from the model's settings (0 to cap), or with None as many as
    free memory allows (batch_sequences)."""
    if batch is not None:
        return set_batch(n_ctx, batch, cap)
    return batch_sequences(path, n_ctx, machine, kv_type=kv_type, flash_attn=flash_attn,
                           n_gpu_layers=n_gpu_layers, cap=cap)


@dataclass
class Beside:
    """What a model takes beyond its estimate at one context: the answers it decodes
    together (n_seq, their KV cache in bytes) and its draft model (weights, KV cache and
    compute at the same context, in bytes; 0 without one)."""

    n_seq: int = 0
    batch_bytes: int = 0
    draft_bytes: int = 0


def beside_the_model(path: str | os.PathLike[str], n_ctx: int, batch: int | None,
                     draft: str | None, machine: Machine | None = None, *,
                     kv_type: str = "f16", flash_attn: str = "auto",
                     n_gpu_layers: int = -1) -> Beside:
    """The memory the model at path takes beside its own estimate when it is loaded with
    these options (see answers_together; draft: the draft model's path or None). Unreadable
    headers count 0."""
    from chatapp.gguf_meta import GGUFError

    machine = machine or detect_machine()
    beside = Beside()
    n_seq, seq_ctx = answers_together(path, n_ctx, batch, machine, kv_type=kv_type,
                                      flash_attn=flash_attn, n_gpu_layers=n_gpu_layers)
    try:
        if n_seq:
            beside.n_seq = n_seq
            beside.batch_bytes = n_seq * kv_cache_bytes(local_shape(path), seq_ctx, kv_type)
        if draft:
            beside.draft_bytes = estimate(local_shape(draft), n_ctx, machine, kv_type=kv_type,
                                          flash_attn=flash_attn,
                                          n_gpu_layers=n_gpu_layers).total
    except (GGUFError, OSError):
        pass
    return beside


def local_shape(path: str | os.PathLike[str]) -> ModelShape:
    """The shape of a model file on disk, every part of a split model counted (weights and
    parameters from each part's tensor table).  GGUFError if a part is unreadable, naming
    the first missing part."""
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
