"""`chatapp bench`: llama-bench style speed of a model on this machine, kept per model."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from chatapp.engine.client import ModelWorker
from chatapp.paths import read_json, write_json

BENCH_PROMPT = "Write a long story about a lighthouse keeper who finds a message in a bottle."


@dataclass
class BenchResult:
    """Speeds measured for one model with one set of options."""

    model: str
    model_key: str
    threads: int
    gpu_layers: int
    n_prompt: int
    n_gen: int
    repetitions: int
    pp_tps: float
    pp_std: float
    tg_tps: float
    tg_std: float
    stream_tps: float
    ttft_s: float
    load_s: float
    peak_rss_bytes: int
    measured_at: float
    n_ctx: int = 0  # the context the model was loaded with (its peak memory's)
    busy: float | None = None  # the share (0 to 1) of the processor others used; None: unknown


BUSY = 0.5  # others' share of the processor from which a measurement is said to be a busy one


def measured_busy(stored: dict) -> bool:
    """Whether a stored result (BenchStore.all()'s) was measured while other programs used
    BUSY or more of the processor: its speeds may be lower than the model's."""
    busy = stored.get("busy")
    return isinstance(busy, int | float) and busy >= BUSY


def _rate(count: int, seconds: list[float]) -> tuple[float, float]:
    rates = [count / s for s in seconds if s > 0]
    if not rates:
        return 0.0, 0.0
    return statistics.mean(rates), statistics.stdev(rates) if len(rates) > 1 else 0.0


def run_bench(path: Path, model_key: str, *, threads: int, gpu_layers: int, n_prompt: int,
              n_gen: int, repetitions: int,
              progress: Callable[[str, int, int], None] | None = None) -> BenchResult:
    """Load the model in a fresh worker and time pp, tg and one streamed answer.
    KeyboardInterrupt (Ctrl+C) ends the worker at once and goes on up."""
    worker = ModelWorker()
    try:
        started = time.perf_counter()
        info = worker.load(path, n_ctx=max(512, n_prompt + n_gen + 64), n_threads=threads,
                           n_gpu_layers=gpu_layers)
        load_s = time.perf_counter() - started
        runs = worker.bench(n_prompt, n_gen, repetitions,
                            (lambda done, total: progress("bench", done, total))
                            if progress else None)
        pp, pp_std = _rate(n_prompt, [r["prefill_s"] for r in runs])
        tg, tg_std = _rate(n_gen, [r["gen_s"] for r in runs])
        generation = worker.generate([{"role": "user", "content": BENCH_PROMPT}],
                                     {"max_tokens": n_gen, "temperature": 0.0, "seed": 1,
                                      "n_threads": info.n_threads})
        for _ in generation:
            pass
        stats = generation.result.stats if generation.result else {}
        return BenchResult(
            model=Path(path).name, model_key=model_key, threads=info.n_threads,
            gpu_layers=info.n_gpu_layers, n_prompt=n_prompt, n_gen=n_gen,
            repetitions=len(runs), pp_tps=pp, pp_std=pp_std, tg_tps=tg, tg_std=tg_std,
            stream_tps=float(stats.get("tokens_per_s") or 0.0),
            ttft_s=float(stats.get("ttft_s") or 0.0), load_s=load_s,
            peak_rss_bytes=worker.peak_rss(), measured_at=time.time(), n_ctx=info.n_ctx,
        )
    except KeyboardInterrupt:  # Ctrl+C: nothing of a cut-short run is kept, so no waiting
        worker.host.kill()
        raise
    finally:
        worker.stop()


class BenchStore:
    """The latest result per model, in one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def all(self) -> dict[str, dict]:
        """Every stored result by model key."""
        return read_json(self.path)

    def get(self, model_key: str) -> BenchResult | None:
        """The stored result for a model."""
        raw = self.all().get(model_key)
        try:
            return BenchResult(**raw) if isinstance(raw, dict) else None
        except TypeError:
            return None

    def put(self, result: BenchResult) -> None:
        """Store a result (replacing the model's previous one)."""
        data = self.all()
        data[result.model_key] = asdict(result)
        write_json(self.path, data)
