"""Decode speed through the whole app path against llama.cpp's own llama-bench.

The answer streams from the worker process over the protocol and is timed in this
process; llama-bench (built from the llama.cpp that llama-cpp-python vendors) runs
`-p 0 -n N` on the same model with the same threads; both alternate for a few rounds.

usage: python tests/benchmarks/bench_decode.py --llama-bench PATH [MODEL.gguf]
       [--tokens 128] [--threads 2] [--rounds 3] [--gpu-layers 0]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import STORY, starter_model, streamed  # noqa: E402

from chatapp.engine import ModelWorker  # noqa: E402


def llama_bench(binary: str, model: Path, tokens: int, threads: int, gpu_layers: int) -> float:
    """llama-bench's tg tokens/s for one repetition."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(Path(binary).parent))
    out = subprocess.run(
        [binary, "-m", str(model), "-p", "0", "-n", str(tokens), "-t", str(threads),
         "-ngl", str(gpu_layers), "-r", "1", "-o", "json"],
        capture_output=True, text=True, check=True, env=env,
    ).stdout
    return float(json.loads(out)[0]["avg_ts"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model", nargs="?")
    parser.add_argument("--llama-bench", default=os.environ.get("LLAMA_BENCH", "llama-bench"))
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--gpu-layers", type=int, default=0)
    args = parser.parse_args()
    model = Path(args.model) if args.model else starter_model()
    worker = ModelWorker()
    worker.load(model, n_ctx=args.tokens + 256, n_threads=args.threads,
                n_gpu_layers=args.gpu_layers)
    ours, inside, sampled, theirs = [], [], [], []
    story = [{"role": "user", "content": STORY}]
    for _ in range(args.rounds):
        theirs.append(llama_bench(args.llama_bench, model, args.tokens, args.threads,
                                  args.gpu_layers))
        run = streamed(worker, story, args.tokens, n_threads=args.threads)
        ours.append(run["rate"])
        inside.append(run["worker_rate"])
        sampled.append(streamed(worker, story, args.tokens, n_threads=args.threads,
                                temperature=0.7)["rate"])
    worker.stop()
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"model {model.name}, tg{args.tokens}, {args.threads} threads, "
          f"gpu layers {args.gpu_layers}, {args.rounds} rounds (medians)")
    print(f"  llama-bench        {b:9.1f} tok/s   {[round(x, 1) for x in theirs]}")
    print(f"  chatapp streamed   {a:9.1f} tok/s   {[round(x, 1) for x in ours]}")
    print(f"    (inside the worker {statistics.median(inside):.1f} tok/s; with temperature 0.7 "
          f"and top-k/top-p/min-p sampling {statistics.median(sampled):.1f} tok/s)")
    print(f"  ratio chatapp / llama-bench = {a / b:.3f} (medians), "
          f"{max(ours) / max(theirs):.3f} (best rounds)   (target >= 0.95)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
