"""Two models answering at once against one after the other, through the Engine (which
splits the cores between answers running together, and on a GPU puts the models in one
process, a thread each).

Targets: concurrent wall time <= 1.05x the sum of the sequential ones on CPU, <= 0.7x on
a GPU. --sharing both measures a process per model and one shared process in one run.

usage: python tests/benchmarks/bench_parallel.py [MODEL_A.gguf MODEL_B.gguf] [--tokens 128]
           [--sharing auto|both]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import STORY, starter_model  # noqa: E402

from chatapp.engine import Engine  # noqa: E402

PARAMS = {"temperature": 0.0, "seed": 1, "ignore_eos": True}


def answer(engine: Engine, path: Path, tokens: int) -> None:
    """One full answer through the engine."""
    worker = engine.worker_for(path)
    for _ in engine.generate(worker, [{"role": "user", "content": STORY}],
                             {**PARAMS, "max_tokens": tokens}):
        pass


def measure(a: Path, b: Path, args: argparse.Namespace,
            share: bool | None) -> tuple[float, float, Engine]:
    """Best sequential and concurrent wall times of two answers."""
    engine = Engine(n_ctx=1024, n_threads=args.threads, max_loaded=2, share_process=share)
    engine.worker_for(a)
    engine.worker_for(b)
    answer(engine, a, 8)
    answer(engine, b, 8)
    sequential, concurrent = [], []
    for _ in range(args.rounds):
        started = time.perf_counter()
        answer(engine, a, args.tokens)
        answer(engine, b, args.tokens)
        sequential.append(time.perf_counter() - started)
        started = time.perf_counter()
        engine.expect(2)
        threads = [threading.Thread(target=answer, args=(engine, p, args.tokens))
                   for p in (a, b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        engine.expect(0)
        concurrent.append(time.perf_counter() - started)
    engine.close()
    return min(sequential), min(concurrent), engine


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("models", nargs="*")
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--sharing", choices=("auto", "both"), default="auto")
    args = parser.parse_args()
    if len(args.models) == 2:
        a, b = (Path(m) for m in args.models)
    else:
        a = starter_model()
        b = a.with_name("second-" + a.name)
        if not b.exists():
            shutil.copy(a, b)
    modes = {"auto": None} if args.sharing == "auto" else {
        "a process per model": False, "one shared process": True}
    for label, share in modes.items():
        s, c, engine = measure(a, b, args, share)
        print(f"two answers of {args.tokens} tokens, {engine.cores} cores, "
              f"best of {args.rounds}, {label if share is not None else 'default sharing'}")
        print(f"  one after the other  {s:7.2f} s")
        print(f"  at the same time     {c:7.2f} s")
        print(f"  ratio concurrent / sequential = {c / s:.3f}   "
              "(target <= 1.05 on CPU, <= 0.7 on a GPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
