"""Where a batched decode step's time goes (chatapp.engine.batch, in this process, no worker):
--streams sequences joined, then steps of one token each, timed three ways in turn:

- feed: the step's batch evaluated and waited for, the next tokens not picked (what
  llama-batched-bench times: its S_TG at the same batch is the bound);
- argmax: BatchDecoder.step() with greedy picks and no repeat penalty (the highest logit of
  each sequence's row);
- picks: the same with repeat penalty 1.1, as an answer has by default.

Prints ms per step, aggregate tok/s and the ratio of the two (medians of the rounds).

usage: PYTHONPATH=$PWD python tests/benchmarks/bench_steps.py [MODEL.gguf] [--streams 8]
       [--steps 256] [--rounds 3] [--threads 2] [--gpu-layers 0]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import starter_model  # noqa: E402

PARAMS = {"temperature": 0.0, "repeat_penalty": 1.1}
WAYS = ("feed", "argmax", "picks")


def timed_steps(decoder, prompts: list[list[int]], way: str, steps: int) -> float:
    """Seconds per step over steps, the sequences joined first (not timed)."""
    import llama_cpp

    from chatapp.engine.batch import BatchDecoder

    batch = BatchDecoder(decoder, len(prompts))
    params = {**PARAMS, "repeat_penalty": 1.0} if way == "argmax" else PARAMS
    seqs = [batch.start(prompt, params, 0, decoder.n_ctx) for prompt in prompts]
    while batch.filling:
        batch.step(decoder.n_batch)
    started = time.perf_counter()
    for _ in range(steps):
        if way == "feed":  # the pending tokens again at the next positions
            batch._batch.n_tokens = len(seqs)
            for i, seq in enumerate(seqs):
                batch._batch.token[i], batch._batch.pos[i] = seq.pending, len(seq.tokens)
                batch._batch.n_seq_id[i], batch._batch.seq_id[i][0] = 1, seq.seq_id
                batch._batch.logits[i] = 1
                seq.tokens.append(seq.pending)
            llama_cpp.llama_decode(decoder.ctx, batch._batch)
            llama_cpp.llama_synchronize(decoder.ctx)
        else:
            batch.step()
    per_step = (time.perf_counter() - started) / steps
    batch.close()
    return per_step


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model", nargs="?")
    parser.add_argument("--streams", type=int, default=8)
    parser.add_argument("--steps", type=int, default=256)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--gpu-layers", type=int, default=0)
    args = parser.parse_args()
    model = Path(args.model) if args.model else starter_model()
    from chatapp.engine.decoder import Decoder
    from chatapp.engine.llama_model import open_model

    n_ctx = 1024
    llm = open_model(str(model), n_ctx, args.threads, args.gpu_layers, n_seq=args.streams,
                     seq_ctx=args.steps + 64)
    decoder = Decoder(llm, ahead=args.gpu_layers != 0, n_ctx=n_ctx)
    prompts = [llm.tokenize(f"Write a story about topic {i}.".encode(), add_bos=True)
               for i in range(args.streams)]
    times: dict[str, list[float]] = {way: [] for way in WAYS}
    for round_ in range(args.rounds):
        for way in (WAYS if round_ % 2 == 0 else WAYS[::-1]):
            times[way].append(timed_steps(decoder, prompts, way, args.steps))
    feed = statistics.median(times["feed"])
    print(f"{model.name}, {args.streams} sequences, {args.steps} steps, {args.threads} threads, "
          f"gpu layers {args.gpu_layers} (medians of {args.rounds}):")
    for way in WAYS:
        step = statistics.median(times[way])
        print(f"  {way:6s} {step * 1e3:7.3f} ms/step  {args.streams / step:8.1f} tok/s  "
              f"{feed / step:.2f}x of feed")
    llm.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
