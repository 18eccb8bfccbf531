"""Memory: predicted (chatapp fit: llama.cpp's dry run, and the header-only estimate) against
measured, per case, with the worst ratios.

CPU (default): the worker's peak resident memory after loading the model and answering a
full-context prompt, for the starter model and two random-weight GGUFs of other shapes ×
context {2k, 8k, 32k} × KV cache {f16, q8_0}. Target: every ratio within 0.90–1.10.

GPU (--gpu): the GPU memory the worker process holds after loading the model and answering a
512-token prompt, for random-weight llama 1B and 8B Q4_K_M × context {4k, 32k, 128k} × KV
cache {f16, q8_0}. Targets: llama.cpp's numbers within 0.90–1.10, the header's within
0.85–1.15.

usage: python tests/benchmarks/bench_fit.py [--gpu] [--models DIR] [--contexts 2048,8192]
       [--kv f16,q8_0] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
sys.path.insert(0, str(Path(__file__).parent.parent.parent))

from common import starter_model  # noqa: E402
from random_gguf import write_random_llama  # noqa: E402

from chatapp import fit, fit_file  # noqa: E402
from chatapp.engine import ModelWorker  # noqa: E402
from chatapp.engine.dry_run import gpu_process_memory  # noqa: E402

WORDS = ["the", "sea", "keeps", "its", "own", "time", "and", "the", "keeper", "writes", "down",
         "every", "ship", "that", "passes", "the", "light", "at", "night"]
MIB = 1 << 20


def cpu_models(folder: Path) -> list[Path]:
    """The starter model and two random-weight models of other shapes."""
    folder.mkdir(parents=True, exist_ok=True)
    models = [starter_model()]
    for name, shape, weights, tied in (("small-gqa-f16.gguf", "small-gqa", "F16", False),
                                       ("small-mha-q8_0.gguf", "small-mha", "Q8_0", True)):
        path = folder / name
        if not path.exists():
            write_random_llama(path, shape, weights, tied=tied)
        models.append(path)
    return models


def gpu_models(folder: Path) -> list[Path]:
    """Random-weight llama 1B (tied embeddings, as Llama 3.2 1B) and 8B, Q4_K_M."""
    folder.mkdir(parents=True, exist_ok=True)
    models = []
    for name, shape, tied in (("llama-1b-Q4_K_M.gguf", "llama-1b", True),
                              ("llama-8b-Q4_K_M.gguf", "llama-8b", False)):
        path = folder / name
        if not path.exists():
            write_random_llama(path, shape, "Q4_K_M", tied=tied)
        models.append(path)
    return models


def prompt(worker: ModelWorker, tokens: int) -> list[dict[str, str]]:
    """A user message of about `tokens` tokens in the model's template."""
    def text(n: int) -> str:
        return " ".join(f"{WORDS[i % len(WORDS)]}{i % 89}" for i in range(n))

    words = tokens
    for _ in range(4):
        messages = [{"role": "user", "content": text(words)}]
        got = len(worker.render(messages)[1])
        if abs(got - tokens) <= 16:
            break
        words = max(1, int(words * tokens / max(got, 1)))
    return [{"role": "user", "content": text(words)}]


def gpu_used() -> int:
    """GPU memory in use on the first GPU, all processes (bytes; 0 where unknown)."""
    from chatapp.machine import vram

    total, free = vram()
    return total - free


def measure(path: Path, n_ctx: int, kv_type: str, gpu: bool) -> dict[str, float]:
    """Load, answer a prompt (full context on the CPU, 512 tokens on a GPU), and read the
    worker's memory: peak resident (CPU) or GPU memory held (GPU; nvidia-smi's count for the
    process, else the growth of the GPU's memory in use)."""
    worker = ModelWorker()
    started = time.monotonic()
    before = gpu_used() if gpu else 0
    worker.load(path, n_ctx=n_ctx, kv_type=kv_type, n_gpu_layers=-1 if gpu else 0)
    loaded = gpu_process_memory(worker.process.pid) if gpu else worker.peak_rss()
    n_ctx = worker.info.n_ctx
    answer = 16 if gpu else 64
    messages = prompt(worker, 512 if gpu else n_ctx - answer - 32)
    generation = worker.generate(messages, {"max_tokens": answer, "temperature": 0.0,
                                            "ignore_eos": True, "seed": 1})
    for _ in generation:
        pass
    stats = generation.result.stats
    grown = gpu_used() - before if gpu else 0
    measured = (gpu_process_memory(worker.process.pid) or grown) if gpu else worker.peak_rss()
    rss = worker.peak_rss()
    worker.stop()
    return {"measured": measured, "after_load": loaded or 0, "grown": grown, "peak_rss": rss,
            "prompt_tokens": stats.get("prompt_tokens") or 0,
            "completion_tokens": stats.get("completion_tokens") or 0,
            "seconds": time.monotonic() - started}


def predicted(path: Path, n_ctx: int, kv_type: str, gpu: bool, machine: fit.Machine
              ) -> tuple[int, int, dict]:
    """(llama.cpp's dry run, header) predictions for the device measured, and the dry run."""
    layers = -1 if gpu else 0
    exact = fit_file.estimate_file(path, n_ctx, machine, kv_type=kv_type, n_gpu_layers=layers)
    rough = fit.estimate(fit_file.local_shape(path), n_ctx, machine, kv_type=kv_type,
                         n_gpu_layers=layers)
    run = fit_file.dry_runs(path, [n_ctx], kv_type=kv_type, n_gpu_layers=layers)[0]

    def part(result: fit.Estimate) -> int:
        return sum(d.resident for d in result.devices if d.gpu == gpu)

    return part(exact), part(rough), run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gpu", action="store_true", help="GPU memory instead of RAM")
    parser.add_argument("--models", help="folder for the random-weight models")
    parser.add_argument("--contexts", help="comma-separated context sizes")
    parser.add_argument("--kv", default="f16,q8_0", help="comma-separated KV cache types")
    parser.add_argument("--only", help="run only models whose file name contains this")
    parser.add_argument("--json", help="write the cases to this file")
    args = parser.parse_args()
    os.environ.setdefault("CHATAPP_HOME", tempfile.mkdtemp(prefix="chatapp-bench-fit-"))
    folder = Path(args.models or Path(tempfile.gettempdir()) / "chatapp-bench" / "fit")
    models = gpu_models(folder) if args.gpu else cpu_models(folder)
    if args.only:
        models = [m for m in models if args.only in m.name]
    default = "4096,32768,131072" if args.gpu else "2048,8192,32768"
    contexts = [int(n) for n in (args.contexts or default).split(",")]
    machine = fit.detect_machine(with_gpu=args.gpu)
    cases = []
    what = "GPU memory held after a 512-token prompt" if args.gpu else \
        "peak resident memory after a full-context prompt"
    print(f"{what}; predicted by llama.cpp's dry run (exact) and by the header (header)")
    print(f"{'model':28} {'ctx':>7} {'kv':5} {'measured':>9} {'exact':>9} {'ratio':>6} "
          f"{'header':>9} {'ratio':>6} {'prompt':>7} {'s':>6}")
    for path in models:
        for n_ctx in contexts:
            for kv_type in args.kv.split(","):
                exact, rough, run = predicted(path, n_ctx, kv_type, args.gpu, machine)
                got = measure(path, n_ctx, kv_type, args.gpu)
                case = {"model": path.name, "n_ctx": n_ctx, "kv_type": kv_type,
                        "exact": exact, "header": rough, **got, "dry_run": run,
                        "exact_ratio": exact / got["measured"] if got["measured"] else None,
                        "header_ratio": rough / got["measured"] if got["measured"] else None}
                cases.append(case)
                print(f"{path.name[:28]:28} {n_ctx:7} {kv_type:5} "
                      f"{got['measured'] / MIB:8.0f}M {exact / MIB:8.0f}M "
                      f"{case['exact_ratio'] or 0:6.3f} {rough / MIB:8.0f}M "
                      f"{case['header_ratio'] or 0:6.3f} {got['prompt_tokens']:7} "
                      f"{got['seconds']:6.0f}", flush=True)
                if args.json:
                    Path(args.json).write_text(json.dumps(cases, indent=1), encoding="utf-8")
    for key, band in (("exact_ratio", (0.90, 1.10)),
                      ("header_ratio", (0.85, 1.15) if args.gpu else (0.90, 1.10))):
        ratios = [c[key] for c in cases if c[key]]
        if ratios:
            low, high = min(ratios), max(ratios)
            inside = band[0] <= low and high <= band[1]
            print(f"{key.split('_')[0]:7} worst ratios {low:.3f} / {high:.3f} "
                  f"(band {band[0]:.2f}–{band[1]:.2f}: {'inside' if inside else 'OUTSIDE'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
