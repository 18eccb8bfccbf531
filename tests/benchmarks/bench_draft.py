"""Speculative decoding with a draft model, against plain decoding, in one run.

The model (default: the starter) answers greedily through the whole app path (a worker
process, the protocol) with and without DRAFT.gguf drafting for it, the two alternating (A/B)
for a few rounds, on a story and on a copy-heavy task. Prints each run, the median decode
rates, their ratio, the acceptance rate, and whether the texts agree. Without --draft the
model drafts for itself (a hard link of the file): every draft is taken, so the ratio shows
what checking k tokens in one batch saves against what drafting them costs when the draft
model is as big as the answering one (the upper bound of acceptance, the lower bound of the
draft's cost advantage). A real draft model is a smaller one of the same family.

usage: PYTHONPATH=$PWD python tests/benchmarks/bench_draft.py [MODEL.gguf] [--draft D.gguf]
       [--rounds 3] [--tokens 128] [--threads 2] [--gpu-layers 0]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_throughput import COPY  # noqa: E402
from common import STORY, starter_model  # noqa: E402

from chatapp.engine import ModelWorker  # noqa: E402
from chatapp.engine.lookup import DRAFT_MAX  # noqa: E402


def answer(worker: ModelWorker, task: str, tokens: int, draft: Path | None,
           threads: int) -> tuple[str, dict]:
    """One greedy answer (with the draft model when given): its text and the stats."""
    if task == "copy":
        messages, extra = [{"role": "user", "content": COPY}], {"raw": True}
    else:
        messages, extra = [{"role": "user", "content": STORY}], {"ignore_eos": True}
    generation = worker.generate(messages, {
        "max_tokens": tokens, "temperature": 0.0, "seed": 1, "n_threads": threads,
        "draft_max": DRAFT_MAX if draft else 0, "draft_path": str(draft) if draft else None,
        **extra})
    text = "".join(generation)
    return text, generation.result.stats


def compare(worker: ModelWorker, task: str, draft: Path, args: argparse.Namespace) -> float:
    """A/B rounds of one task; prints them and returns the ratio of the median rates."""
    rates: dict[bool, list[float]] = {False: [], True: []}
    texts: dict[bool, set[str]] = {False: set(), True: set()}
    drafted = accepted = 0
    for round_ in range(args.rounds):
        for with_draft in ((False, True) if round_ % 2 == 0 else (True, False)):
            text, stats = answer(worker, task, args.tokens, draft if with_draft else None,
                                 args.threads)
            rates[with_draft].append(stats["tokens_per_s"])
            texts[with_draft].add(text)
            if with_draft:
                drafted += stats.get("draft_tokens") or 0
                accepted += stats.get("accepted_tokens") or 0
            print(f"  {task:5} {'draft' if with_draft else 'plain'}  "
                  f"{stats['tokens_per_s']:7.1f} tok/s  {stats['completion_tokens']} tokens")
    plain, fast = statistics.median(rates[False]), statistics.median(rates[True])
    same = texts[False] == texts[True] and len(texts[False]) == 1
    print(f"{task}: plain {plain:.1f} tok/s, with the draft model {fast:.1f} tok/s, "
          f"ratio {fast / plain:.2f}x; drafts taken {accepted}/{drafted} "
          f"({100 * accepted / max(drafted, 1):.0f} %); texts "
          f"{'identical' if same else 'differ (near-ties)'}")
    return fast / plain


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model", nargs="?", type=Path)
    parser.add_argument("--draft", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--gpu-layers", type=int, default=0)
    args = parser.parse_args()
    model = args.model or starter_model()
    with tempfile.TemporaryDirectory() as folder:
        draft = args.draft
        if draft is None:
            draft = Path(folder) / ("draft-" + model.name)
            os.link(model, draft)
        print(f"model {model.name}, draft {args.draft.name if args.draft else 'itself'}, "
              f"{args.threads} threads, GPU layers {args.gpu_layers}")
        worker = ModelWorker()
        try:
            worker.load(model, n_ctx=2048, n_threads=args.threads,
                        n_gpu_layers=args.gpu_layers)
            answer(worker, "story", 8, draft, args.threads)  # load the draft model first
            for task in ("story", "copy"):
                compare(worker, task, draft, args)
        finally:
            worker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
