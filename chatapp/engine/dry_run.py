"""The memory a model would take, in llama.cpp's own numbers (runs inside a worker process).

A dry run loads the model and creates its context with ``no_alloc`` (nothing is read or
allocated but the metadata) and reads what llama.cpp logs about every buffer it would
allocate: the layers each device holds, the KV cache (``llama_kv_cache: size = …``), the
compute buffers and the output buffer. llama.cpp has no C function that returns this
breakdown, so the process's log callback collects the lines; it forwards every line to stderr
as before, and lives as long as the process (a ctypes callback that is collected makes the next
log call crash).
"""

from __future__ import annotations

import ctypes
import functools
import os
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

MIB = 1 << 20
Tensor = tuple[str, int, int, int]  # name, bytes, ggml type, rows (ne[1]; 1 for vectors)
KV_TYPES = {"f16": 1, "q8_0": 8, "q4_0": 2}  # ggml type ids
FLASH_ATTN = {"auto": -1, "off": 0, "on": 1}  # llama_flash_attn_type

_SIZE = r"([0-9]+(?:\.[0-9]+)?) MiB"
_LAYER_DEVICE = re.compile(r"load_tensors: layer\s+(\d+) assigned to device (\S+?),")
_KV_LAYER = re.compile(r"llama_kv_cache: layer\s+(\d+): (?:dev = (\S+)|filtered|does not)")
_KV_SIZE = re.compile(r"llama_(?:kv_cache|memory_recurrent): size = \s*" + _SIZE)
_KV_BUFFER = re.compile(r"llama_(?:kv_cache|memory_recurrent):\s+(\S+) (?:KV|RS) buffer size = \s*"
                        + _SIZE)
_COMPUTE = re.compile(r"\s(\S+) compute buffer size = \s*" + _SIZE)
_OUTPUT = re.compile(r"llama_context:\s+(\S+)\s+output buffer size = \s*" + _SIZE)
_N_CTX = re.compile(r"llama_context: n_ctx\s+= (\d+)")
_FA_SET = re.compile(r"llama_context: flash_attn\s+= (\w+)")
_FA_RESOLVED = re.compile(r"Flash Attention (enabled|not supported)")


class LogTap:
    """The process's llama.cpp log callback: every line goes to stderr, and the lines of a
    thread that is capturing are kept for it too.

    Attributes:
        installed: whether llama.cpp calls this tap.
    """

    def __init__(self) -> None:
        self._local = threading.local()
        self._callback: Any = None
        self.installed = False

    def install(self) -> None:
        """Make this the log callback of llama.cpp (and ggml) in this process, once."""
        if self.installed:
            return
        import llama_cpp

        @llama_cpp.llama_log_callback
        def callback(level: int, text: bytes, user_data: Any) -> None:
            line = text.decode("utf-8", errors="replace") if text else ""
            lines = getattr(self._local, "lines", None)
            if lines is not None:
                lines.append(line)
            with suppress(OSError, ValueError):
                sys.stderr.write(line)
                sys.stderr.flush()

        self._callback = callback  # held for the process's lifetime
        llama_cpp.llama_log_set(callback, ctypes.c_void_p(0))
        self.installed = True

    @contextmanager
    def capture(self) -> Iterator[list[str]]:
        """Collect the log text llama.cpp writes from this thread while the block runs."""
        self.install()
        lines: list[str] = []
        self._local.lines = lines
        try:
            yield lines
        finally:
            self._local.lines = None


TAP = LogTap()


def rss(pid: int | str = "self", *fields: str) -> int:
    """A process's resident memory in bytes, this one's by default: the sum of the fields of
    /proc/PID/status named (VmRSS when none; VmHWM: its peak; RssAnon and RssShmem: what is
    not pages of files, which the system counts as available already); 0 where /proc is
    missing."""
    wanted, total = {f"{field}:" for field in fields or ("VmRSS",)}, 0
    with suppress(OSError, IndexError), open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.split(None, 1)[0] in wanted:
                total += int(line.split()[1]) * 1024
    return total


def is_host(buffer: str) -> bool:
    """Whether a llama.cpp buffer (type) name is host memory: the CPU's own, pinned host
    memory of a GPU backend (``CUDA_Host``), or the CPU's repacked weights."""
    return buffer.startswith("CPU") or buffer.endswith("_Host") or buffer == "RPC_Host"


def _mib(text: str) -> int:
    return round(float(text) * MIB)


def parse_log(text: str, tensors: list[Tensor]) -> dict[str, Any]:
    """The buffers a dry run's log describes, per device.

    tensors: every weight tensor of the file (name, bytes, ggml type, rows); llama.cpp logs
    no weight sizes without allocating, so they are placed by the layer each belongs to.
    Returns {"devices": {device: {"weights", "repack", "kv_cache", "compute", "output"} in
    bytes}, "n_ctx", "flash_attn" (True, False, or None when the log does not say)}; the host
    is "CPU". "repack" is the part of the CPU's weights that llama.cpp copies into a layout
    for this processor (CPU_REPACK) while the mapped file stays resident as well.
    """
    devices: dict[str, dict[str, int]] = {}

    def add(device: str, part: str, size: int) -> None:
        name = "CPU" if is_host(device) else device
        entry = devices.setdefault(name, {"weights": 0, "repack": 0, "kv_cache": 0,
                                          "compute": 0, "output": 0})
        entry[part] += size

    layer_device: dict[int, str] = {}
    kv_layers: list[str] = []
    kv_buffers: list[tuple[str, int]] = []
    kv_total = 0
    n_ctx = 0
    flash_attn: bool | None = None
    for line in text.splitlines():
        if m := _LAYER_DEVICE.search(line):
            layer_device[int(m.group(1))] = m.group(2)
        elif m := _KV_LAYER.search(line):
            if m.group(2):
                kv_layers.append(m.group(2))
        elif m := _KV_SIZE.search(line):
            size = _mib(m.group(1))
            kv_total += size
            if kv_layers:
                for device in set(kv_layers):
                    add(device, "kv_cache", size * kv_layers.count(device) // len(kv_layers))
            kv_layers = []
        elif m := _KV_BUFFER.search(line):
            kv_buffers.append((m.group(1), _mib(m.group(2))))
        elif m := _COMPUTE.search(line):
            add(m.group(1), "compute", _mib(m.group(2)))
        elif m := _OUTPUT.search(line):
            add(m.group(1), "output", _mib(m.group(2)))
        elif m := _N_CTX.search(line):
            n_ctx = int(m.group(1))
        elif m := _FA_SET.search(line):
            flash_attn = {"enabled": True, "disabled": False}.get(m.group(1), flash_attn)
        elif m := _FA_RESOLVED.search(line):
            flash_attn = m.group(1) == "enabled"
    placed = sum(d["kv_cache"] for d in devices.values())
    if kv_total and not placed:  # no per-layer lines: the buffers, if they were allocated
        allocated = sum(size for _, size in kv_buffers)
        for device, size in kv_buffers:
            add(device, "kv_cache", size if allocated else 0)
        if not allocated:
            add("CPU", "kv_cache", kv_total)
    n_layer = max((i for i in layer_device), default=-1)  # the output layer's index
    names = {t[0] for t in tensors}
    for name, size, ggml_type, rows in tensors:
        device = _tensor_device(name, layer_device, n_layer)
        add(device, "weights", size)
        if is_host(device) and repacked(name, ggml_type, rows):
            add(device, "repack", size)
        if name == "token_embd.weight" and "output.weight" not in names:
            output = layer_device.get(n_layer, "CPU")
            if not is_host(output):  # tied embeddings: the output layer gets its own copy
                add(output, "weights", size)
    return {"devices": devices, "n_ctx": n_ctx, "flash_attn": flash_attn}


@functools.lru_cache(maxsize=1)
def _cpu_flags() -> frozenset[str]:
    """The processor's feature flags (/proc/cpuinfo; empty where unknown)."""
    with suppress(OSError), open("/proc/cpuinfo", encoding="ascii", errors="replace") as info:
        for line in info:
            if line.startswith(("flags", "Features")):
                return frozenset(line.split(":", 1)[1].split())
    return frozenset()


# ggml type ids: Q4_0 2, Q8_0 8, Q4_K 12, Q5_K 13, Q6_K 14, IQ4_NL 20, MXFP4 39
_REPACK_X86 = frozenset({2, 12, 20, 39})  # with AVX2
_REPACK_ARM = frozenset({2, 8, 12, 13, 14, 20, 39})  # with the dot-product extension


def repacked(name: str, ggml_type: int, rows: int) -> bool:
    """Whether ggml's CPU backend keeps a repacked copy of a weight matrix on this processor
    (ggml_repack_get_optimal_repack_type): matrices used in products, of some quantized
    types, whose row count is a multiple of 8."""
    if name.startswith("token_embd") or not name.endswith(".weight") or rows % 8:
        return False
    flags = _cpu_flags()
    if "avx2" in flags:
        return ggml_type in _REPACK_X86
    if "asimddp" in flags:
        return ggml_type in _REPACK_ARM
    return False


def _tensor_device(name: str, layer_device: dict[int, str], output_layer: int) -> str:
    """The device llama.cpp puts a weight tensor on: its block's, the CPU for the input
    embeddings, the output layer's for the rest."""
    if name.startswith("blk."):
        index = name.split(".", 2)[1]
        if index.isdigit():
            return layer_device.get(int(index), "CPU")
    if name.startswith("token_embd") or "per_layer_token_embd" in name:
        return "CPU"
    return layer_device.get(output_layer, "CPU")


def gpu_process_memory(pid: int) -> int | None:
    """GPU memory in bytes that nvidia-smi counts for a process (None where it cannot say)."""
    import shutil
    import subprocess

    smi = shutil.which("nvidia-smi")
    if not smi:
        return None
    try:
        out = subprocess.run(
            [smi, "--query-compute-apps=pid,used_memory", "--format=csv,noheader,nounits"],
            capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = None
    for line in out.splitlines():
        parts = [p.strip() for p in line.split(",")]
        if len(parts) == 2 and parts[0] == str(pid) and parts[1].isdigit():
            found = (found or 0) + int(parts[1]) * MIB
    return found


def dry_run(path: str, n_ctx: int, open_model: Any, tensors: list[Tensor],
            contexts: list[int] | None = None) -> list[dict[str, Any]]:
    """Load path without allocating at n_ctx (and at each of contexts) through
    open_model(n_ctx) (a callable that returns a closable llama-cpp-python Llama made with
    no_alloc) and return each run's parse_log result, the first with the process's memory:
    "rss_base" (resident before, bytes), "rss_heap" (what the model's and context's bookkeeping
    added) and "gpu_base" (GPU memory the process holds once the backend started, or None).
    ValueError, RuntimeError or OSError when llama.cpp refuses the file.
    """
    results = []
    for i, size in enumerate([n_ctx, *(contexts or [])]):
        before = rss()
        with TAP.capture() as lines:
            llm = open_model(size)
            try:
                after = rss()
                gpu_base = None
                if i == 0:
                    import llama_cpp

                    if llama_cpp.llama_supports_gpu_offload():
                        gpu_base = gpu_process_memory(os.getpid())
            finally:
                llm.close()
        result = parse_log("".join(lines), tensors)
        if i == 0:
            result.update(rss_base=before, rss_heap=max(0, after - before), gpu_base=gpu_base)
        results.append(result)
    return results
