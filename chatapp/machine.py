"""This machine: its memory (RAM, and the GPU's when llama.cpp can offload to one), and the
fixed costs a worker has here (measured by the first dry run and remembered)."""

from __future__ import annotations

import functools
import json
import logging
import os
import shutil
import subprocess
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from chatapp.launch import module_command
from chatapp.paths import write_json

log = logging.getLogger(__name__)

# fixed costs, until measured on this machine
CPU_BASE = 48 << 20  # a worker process before it loads a model: Python and llama.cpp
GPU_BASE = 512 << 20  # a GPU backend's context, libraries and pools


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


def gpu_name() -> str:
    """The first NVIDIA GPU's name and driver ("" when there is none)."""
    smi = shutil.which("nvidia-smi")
    if not smi:
        return ""
    try:
        out = subprocess.run([smi, "--query-gpu=name,driver_version",
                              "--format=csv,noheader"], capture_output=True, text=True,
                             timeout=5, check=True).stdout
        return out.splitlines()[0].strip() if out.strip() else ""
    except (OSError, subprocess.SubprocessError):
        return ""


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


def cpu_busy(seconds: float = 0.25) -> float | None:
    """The share (0 to 1) of the processor's time other programs used over the next seconds
    (this one sleeps meanwhile), from /proc/stat; None where it cannot be read."""

    def times() -> tuple[int, int]:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = [int(n) for n in stat.readline().split()[1:]]
        return sum(fields), fields[3] + fields[4]  # all, idle + waiting for the disk

    try:
        total, idle = times()
        time.sleep(seconds)
        total2, idle2 = times()
    except (OSError, ValueError, IndexError):
        return None
    return 1 - (idle2 - idle) / max(1, total2 - total)


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
        total, free = (int(x.strip()) << 20 for x in out.splitlines()[0].split(","))
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


@dataclass
class MachineCosts:
    """What a worker costs before it holds a model, measured by the first dry run here.

    Attributes:
        cpu_base: a worker process's resident memory (Python, llama.cpp), bytes.
        gpu_base: the GPU memory a worker's backend takes before any buffer, bytes.
    """

    cpu_base: int = CPU_BASE
    gpu_base: int = GPU_BASE


_costs_lock = threading.Lock()
_costs: dict[str, MachineCosts] = {}


def costs_file(cache_dir: Path | None) -> Path | None:
    """Where this machine's fixed costs are remembered (None: nowhere to keep them)."""
    if cache_dir is None:
        try:
            from chatapp.paths import app_paths

            cache_dir = app_paths().cache
        except Exception:  # noqa: BLE001 - no folder: nothing is remembered
            return None
    return cache_dir / "fit" / "machine.json"


def machine_costs(cache_dir: Path | None = None) -> MachineCosts:
    """This machine's fixed costs: measured once (the first dry run) and remembered, else
    the defaults."""
    path = costs_file(cache_dir)
    key = str(path)
    with _costs_lock:
        known = _costs.get(key)
    if known is not None:
        return known
    costs = MachineCosts()
    if path is not None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("machine") == machine_key():
                costs = MachineCosts(int(data["cpu_base"]), int(data["gpu_base"]))
        except (OSError, ValueError, KeyError, TypeError):
            pass
    with _costs_lock:
        _costs[key] = costs
    return costs


def remember_costs(run: dict[str, Any], cache_dir: Path | None) -> MachineCosts:
    """Keep a dry run's measured fixed costs as this machine's, the first time."""
    path = costs_file(cache_dir)
    costs = machine_costs(cache_dir)
    measured = MachineCosts(int(run.get("rss_base") or costs.cpu_base),
                            int(run.get("gpu_base") or costs.gpu_base))
    if measured == costs:
        return costs
    with _costs_lock:
        _costs[str(path)] = measured
    if path is not None:
        try:
            write_json(path, {"machine": machine_key(), **asdict(measured)}, indent=None)
        except OSError:
            log.info("could not remember this machine's fixed costs")
    return measured


@functools.lru_cache(maxsize=1)
def machine_key() -> str:
    """What the fixed costs depend on: the host, llama.cpp's build, the GPU."""
    import platform
    from importlib.metadata import PackageNotFoundError, version

    try:
        llama = version("llama_cpp_python")
    except PackageNotFoundError:
        llama = "?"
    return f"{platform.node()}|{llama}|{gpu_name()}"
