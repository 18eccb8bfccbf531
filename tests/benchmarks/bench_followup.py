"""Time to first token of a follow-up turn after a long history, against a fresh short
prompt, of a fresh short prompt right after a long conversation (the previous conversation
is set aside, not saved on the way), and of switching back to a conversation after another
one used the model.

Targets: follow-up (3,000-token history) <= 1.5x a fresh 20-token prompt; a fresh 20-token
prompt right after a 3,000-token conversation <= 2x llama-bench's pp20 + 5 ms (with
--llama-bench, which runs it with the same GPU layers and flash attention on).

usage: python tests/benchmarks/bench_followup.py [MODEL.gguf] [--history 3000] [--threads 2]
       [--gpu-layers -1] [--llama-bench PATH]
(without --llama-bench the pp20 reference is measured in this process through llama.cpp's
low-level API, one batch on an empty context, as llama-bench does)
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent.parent))

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


def llama_bench_pp(binary: str, model: Path, n_prompt: int, gpu_layers: int,
                   threads: int) -> float:
    """llama-bench's time for a prompt of n_prompt tokens, in seconds (flash attention on)."""
    out = subprocess.run(
        [binary, "-m", str(model), "-p", str(n_prompt), "-n", "0", "-r", "10", "-fa", "1",
         "-ngl", str(99 if gpu_layers < 0 else gpu_layers), "-t", str(threads), "-o", "json"],
        capture_output=True, text=True, check=True, timeout=600).stdout
    run = json.loads(out)[0]
    return n_prompt / run["avg_ts"]


def direct_pp(model: Path, n_prompt: int, gpu_layers: int, threads: int,
              repetitions: int = 10) -> float:
    """llama.cpp's own time for a prompt of n_prompt tokens on an empty context, in seconds
    (median; the way llama-bench's pp test runs it: one batch, flash attention on), measured
    in this process through the low-level API when no llama-bench binary is at hand."""
    import llama_cpp

    llm = llama_cpp.Llama(model_path=str(model), n_ctx=512, n_gpu_layers=gpu_layers,
                          n_threads=threads, n_threads_batch=threads, flash_attn=True,
                          verbose=False)
    try:
        tokens = (llama_cpp.llama_token * n_prompt)(*range(100, 100 + n_prompt))
        memory = llama_cpp.llama_get_memory(llm.ctx)
        times = []
        for i in range(repetitions + 2):
            llama_cpp.llama_memory_clear(memory, True)
            started = time.perf_counter()
            if llama_cpp.llama_decode(llm.ctx, llama_cpp.llama_batch_get_one(tokens, n_prompt)):
                raise RuntimeError("llama_decode failed")
            llama_cpp.llama_synchronize(llm.ctx)
            if i >= 2:  # two warm-up runs
                times.append(time.perf_counter() - started)
        return statistics.median(times)
    finally:
        llm.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model", nargs="?")
    parser.add_argument("--history", type=int, default=3000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--gpu-layers", type=int, default=0)
    parser.add_argument("--llama-bench", help="llama-bench binary for the pp20 reference")
    args = parser.parse_args()
    model = Path(args.model) if args.model else starter_model()
    worker = ModelWorker()
    worker.load(model, n_ctx=args.history + 1024, n_threads=args.threads,
                n_gpu_layers=args.gpu_layers)
    fresh, follow, back, cold, after = [], [], [], [], []
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
        short = [{"role": "user", "content": f"Say goodbye to {r} kind people in one line."}]
        after.append(streamed(worker, short, 4)["ttft"])
        sea += [{"role": "assistant", "content": "Yes."}, {"role": "user", "content": "More?"}]
        back.append(streamed(worker, sea, 4)["ttft"])
    prompt_20 = len(worker.render(short)[1])
    worker.stop()
    f = statistics.median(fresh)
    a = statistics.median(after)
    print(f"model {model.name}, history about {args.history} tokens, {args.threads} threads, "
          f"GPU layers {args.gpu_layers}")
    print(f"  fresh 20-token prompt          {f * 1000:8.1f} ms")
    print(f"  whole history, nothing cached  {statistics.median(cold) * 1000:8.1f} ms "
          f"({statistics.median(cold) / f:.2f}x)")
    print(f"  follow-up turn                 {statistics.median(follow) * 1000:8.1f} ms "
          f"({statistics.median(follow) / f:.2f}x, target <= 1.5x)")
    print(f"  back after another chat        {statistics.median(back) * 1000:8.1f} ms "
          f"({statistics.median(back) / f:.2f}x)")
    print(f"  fresh {prompt_20}-token prompt right after a {args.history}-token chat "
          f"{a * 1000:8.1f} ms")
    if args.llama_bench:
        pp = llama_bench_pp(args.llama_bench, model, prompt_20, args.gpu_layers, args.threads)
        source = "llama-bench"
    else:
        pp = direct_pp(model, prompt_20, args.gpu_layers, args.threads)
        source = "llama.cpp direct"
    target = 2 * pp + 0.005
    print(f"  {source} pp{prompt_20:<3}               {pp * 1000:8.1f} ms "
          f"(target for the line above: <= 2x + 5 ms = {target * 1000:.1f} ms: "
          f"{'met' if a <= target else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
