"""Throughput beyond one token per pass: speculative decoding with prompt lookup.

The starter model (or MODEL.gguf) answers greedily through the whole app path (a worker
process, the protocol) with and without prompt lookup, the two alternating (A/B) for a few
rounds: on a copy-heavy task (the answer repeats a passage of the prompt) and on a story
(nothing to copy: what speculation costs when it cannot help). Prints each run, the medians,
their ratio, the acceptance rate, and whether the texts are identical.

usage: PYTHONPATH=$PWD python tests/benchmarks/bench_throughput.py [MODEL.gguf]
       [--rounds 5] [--tokens 160] [--threads 2] [--draft 8] [--gpu-layers 0]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import STORY, starter_model  # noqa: E402

from chatapp.engine import ModelWorker  # noqa: E402

PASSAGE = (
    "The lighthouse keeper climbed the spiral stairs every evening at dusk, carrying a small "
    "brass lamp and a notebook in which he recorded the weather, the ships that passed, and "
    "the birds that rested on the rail. Over thirty years the notebooks filled a whole shelf, "
    "and the village children would come to read them on rainy afternoons. When the light was "
    "automated, the keeper gave the notebooks to the school, where they still sit in a glass "
    "case beside the window, open at the page that describes the great storm of the winter "
    "the harbour froze, when eleven fishing boats came home by the beam of his lamp alone.")
COPY = (f"Repeat this paragraph exactly.\n\nParagraph: {PASSAGE}\n\n"
        f"Repeated paragraph: {PASSAGE[:40]}")


def answer(worker: ModelWorker, task: str, tokens: int, draft: int,
           threads: int) -> tuple[str, dict]:
    """One greedy answer: its text and the worker's stats."""
    if task == "copy":
        messages, extra = [{"role": "user", "content": COPY}], {"raw": True}
    else:
        messages, extra = [{"role": "user", "content": STORY}], {"ignore_eos": True}
    generation = worker.generate(messages, {"max_tokens": tokens, "temperature": 0.0,
                                            "seed": 1, "draft_max": draft,
                                            "n_threads": threads, **extra})
    text = "".join(generation)
    return text, generation.result.stats


def compare(worker: ModelWorker, task: str, args: argparse.Namespace) -> float:
    """A/B rounds of one task; prints them and returns the ratio of the median rates."""
    rates: dict[int, list[float]] = {0: [], args.draft: []}
    texts: dict[int, set[str]] = {0: set(), args.draft: set()}
    drafted = accepted = 0
    for round_ in range(args.rounds):
        order = (0, args.draft) if round_ % 2 == 0 else (args.draft, 0)
        for draft in order:
            text, stats = answer(worker, task, args.tokens, draft, args.threads)
            rates[draft].append(stats["tokens_per_s"])
            texts[draft].add(text)
            if draft:
                drafted += stats.get("draft_tokens", 0)
                accepted += stats.get("accepted_tokens", 0)
            print(f"  {task:5} round {round_ + 1} {'lookup' if draft else 'plain ':6} "
                  f"{stats['completion_tokens']:4d} tokens {stats['tokens_per_s']:7.1f} tok/s",
                  flush=True)
    plain, fast = statistics.median(rates[0]), statistics.median(rates[args.draft])
    same = texts[0] == texts[args.draft] and len(texts[0]) == 1
    rate = accepted / drafted if drafted else 0.0
    print(f"{task}: plain {plain:.1f} tok/s, lookup {fast:.1f} tok/s (medians of "
          f"{args.rounds}), ratio {fast / plain:.2f}x; drafts taken {accepted}/{drafted} "
          f"({rate:.0%}); identical text: {'yes' if same else 'NO'}", flush=True)
    return fast / plain


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model", nargs="?")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=160)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--draft", type=int, default=8)
    parser.add_argument("--gpu-layers", type=int, default=0)
    args = parser.parse_args()
    model = Path(args.model) if args.model else starter_model()
    worker = ModelWorker()
    started = time.perf_counter()
    try:
        worker.load(model, n_ctx=2048, n_threads=args.threads, n_gpu_layers=args.gpu_layers)
        answer(worker, "copy", 8, 0, args.threads)  # warm up
        print(f"{model.name}, {args.threads} threads, greedy, {args.tokens} tokens at most")
        copy = compare(worker, "copy", args)
        story = compare(worker, "story", args)
    finally:
        worker.stop()
    print(f"speculation (prompt lookup): copy-heavy {copy:.2f}x, story {story:.2f}x "
          f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
