"""Time to first token of a follow-up turn after a long history, against a fresh short
prompt, and of switching back to a conversation after another one used the model.

Target: follow-up (3,000-token history) <= 1.5x a fresh 20-token prompt.

usage: python tests/benchmarks/bench_followup.py [MODEL.gguf] [--history 3000] [--threads 2]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import starter_model, streamed  # noqa: E402

from chatapp.engine import ModelWorker  # noqa: E402


def history(worker: ModelWorker, tokens: int, topic: str) -> list[dict[str, str]]:
    """A conversation of about `tokens` tokens."""
    messages: list[dict[str, str]] = []
    i = 0
    while True:
        messages += [
            {"role": "user", "content": f"Tell me fact {i} about {topic}, in detail please."},
            {"role": "assistant", "content": f"Fact {i} about {topic}: " + " ".join(
                f"the {topic} has property {i}-{j} which matters a lot" for j in range(12))},
        ]
        i += 1
        if len(worker.render(messages)[1]) >= tokens:
            return messages


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model", nargs="?")
    parser.add_argument("--history", type=int, default=3000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    model = Path(args.model) if args.model else starter_model()
    worker = ModelWorker()
    worker.load(model, n_ctx=args.history + 1024, n_threads=args.threads)
    fresh, follow, back, cold = [], [], [], []
    for r in range(args.rounds):
        sea = history(worker, args.history, f"sea{r}")
        sky = history(worker, args.history, f"sky{r}")
        short = [{"role": "user", "content": f"Say hello to {r} friendly people in one line."}]
        fresh.append(streamed(worker, short, 4)["ttft"])
        cold.append(streamed(worker, [*sea, {"role": "user", "content": "Go on."}], 4)["ttft"])
        sea += [{"role": "assistant", "content": "Sure."},
                {"role": "user", "content": "And one more?"}]
        follow.append(streamed(worker, sea, 4)["ttft"])
        streamed(worker, [*sky, {"role": "user", "content": "Go on."}], 4)
        sea += [{"role": "assistant", "content": "Yes."}, {"role": "user", "content": "More?"}]
        back.append(streamed(worker, sea, 4)["ttft"])
    worker.stop()
    f = statistics.median(fresh)
    print(f"model {model.name}, history about {args.history} tokens, {args.threads} threads")
    print(f"  fresh 20-token prompt          {f * 1000:8.1f} ms")
    print(f"  whole history, nothing cached  {statistics.median(cold) * 1000:8.1f} ms "
          f"({statistics.median(cold) / f:.2f}x)")
    print(f"  follow-up turn                 {statistics.median(follow) * 1000:8.1f} ms "
          f"({statistics.median(follow) / f:.2f}x, target <= 1.5x)")
    print(f"  back after another chat        {statistics.median(back) * 1000:8.1f} ms "
          f"({statistics.median(back) / f:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
