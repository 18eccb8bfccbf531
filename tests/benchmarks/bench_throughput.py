"""Throughput beyond one token per pass: speculative decoding with prompt lookup, and
answers decoded together (continuous batching).

lookup: the starter model (or MODEL.gguf) answers greedily through the whole app path (a
worker process, the protocol) with and without prompt lookup, the two alternating (A/B) for a
few rounds: on a copy-heavy task (the answer repeats a passage of the prompt) and on a story
(nothing to copy: what speculation costs when it cannot help). Prints each run, the medians,
their ratio, the acceptance rate, and whether the texts are identical.

streams: one answer alone (the window's way) against --streams answers marked batch at once
in the same worker, rounds alternating: aggregate tok/s (all tokens over the time from the
first request to the last end) against the one stream's tok/s; then the window's answer
while --streams batched answers run, against it alone (the window comes first: the batch
pauses). Target on CPU with 4 streams: >= 1.3x; the window's answer >= 0.9x. The answers
are greedy; --repeat-penalty 1.0 makes them greedy without the app's default penalty (1.1),
as llama.cpp's greedy decoding is (on a GPU the device then picks each token).

eval: `chatapp eval`'s run (chatapp.compare.evaluate.EvalRun) of --prompts prompts x 2
variants of the model at temperature 0, one at a time against batched, rounds alternating:
wall times, their ratio (target <= 0.8x on CPU, <= 0.5x on a GPU) and whether the answers
are identical.

Prints the load average with the figures (the machine may be shared).

usage: PYTHONPATH=$PWD python tests/benchmarks/bench_throughput.py [MODEL.gguf]
       [--only lookup|streams|eval] [--rounds 5] [--tokens 160] [--threads 2] [--draft 8]
       [--gpu-layers 0] [--streams 4] [--stream-tokens 128] [--prompts 40]
       [--eval-tokens 48] [--eval-rounds 2] [--repeat-penalty P]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import STORY, make_home, starter_model  # noqa: E402

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


def load() -> str:
    """The load average (1, 5, 15 minutes) as a line."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


TOPICS = ["the sea", "a lighthouse", "the mountains", "a city at night", "a small garden",
          "the desert", "a long train journey", "a winter morning"]


def stream_params(args: argparse.Namespace, **more) -> dict:
    return {"max_tokens": args.stream_tokens, "temperature": 0.0, "seed": 1,
            "ignore_eos": True, "draft_max": 0, "n_threads": args.threads,
            **({} if args.repeat_penalty is None else {"repeat_penalty": args.repeat_penalty}),
            **more}


def together(worker: ModelWorker, args: argparse.Namespace, n: int
             ) -> tuple[float, int, str]:
    """n answers marked batch at once: (aggregate tok/s, the most decoded together, where the
    time went: the sum of the answers' decode rates as the worker timed them, and the
    longest answer's time in the worker against the wall time)."""
    done: list = []

    def run(index: int) -> None:
        messages = [{"role": "user", "content": f"Write a story about {TOPICS[index % 8]}."}]
        generation = worker.generate(messages, stream_params(args, batch=True))
        "".join(generation)
        done.append(generation.result)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    assert all(r.finish_reason == "length" for r in done), done
    decode = sum(r.stats["tokens_per_s"] or 0.0 for r in done)
    inside = max(r.stats["duration_s"] for r in done)
    return (sum(r.stats["completion_tokens"] for r in done) / wall,
            max(r.stats.get("batch_size", 1) for r in done),
            f"decode {decode:.1f} tok/s summed, {inside:.3f} of {wall:.3f} s in the worker")


def alone(worker: ModelWorker, args: argparse.Namespace, decode: bool = False) -> float:
    """One answer the window's way (no batch mark): its tokens over its whole time (decode:
    the worker's decode rate, from its first token on)."""
    started = time.perf_counter()
    generation = worker.generate([{"role": "user", "content": STORY}], stream_params(args))
    "".join(generation)
    stats = generation.result.stats
    if decode:
        return stats["tokens_per_s"]
    return stats["completion_tokens"] / (time.perf_counter() - started)


def window_during_batch(worker: ModelWorker, args: argparse.Namespace) -> tuple[float, float]:
    """The window's answer while --streams batched answers run: (whole-request rate, decode
    rate)."""
    thread = threading.Thread(target=together, args=(worker, args, args.streams))
    thread.start()
    time.sleep(1.0)  # the batch runs
    started = time.perf_counter()
    generation = worker.generate([{"role": "user", "content": STORY}], stream_params(args))
    "".join(generation)
    whole = time.perf_counter() - started
    thread.join()
    stats = generation.result.stats
    return stats["completion_tokens"] / whole, stats["tokens_per_s"]


def streams(model: Path, args: argparse.Namespace) -> tuple[float, float]:
    """Aggregate of --streams batched answers over one alone, and the window's answer during
    a batch over it alone (medians of the rounds)."""
    worker = ModelWorker()
    worker.load(model, n_ctx=2048, n_threads=args.threads, n_gpu_layers=args.gpu_layers,
                n_seq=args.streams, seq_ctx=1024)
    try:
        alone(worker, args)  # warm up
        one: list[float] = []
        many: list[float] = []
        for round_ in range(args.rounds):
            for which in ((0, 1) if round_ % 2 == 0 else (1, 0)):
                if which == 0:
                    one.append(alone(worker, args))
                else:
                    rate, size, spent = together(worker, args, args.streams)
                    many.append(rate)
            print(f"  round {round_ + 1}: one stream {one[-1]:6.1f} tok/s, {args.streams} "
                  f"together {many[-1]:6.1f} tok/s (decoded {size} at once; {spent}); {load()}",
                  flush=True)
        gain = statistics.median(many) / statistics.median(one)
        print(f"streams: one {statistics.median(one):.1f} tok/s, {args.streams} together "
              f"{statistics.median(many):.1f} tok/s (medians of {args.rounds}): "
              f"{gain:.2f}x (target >= 1.3x)", flush=True)
        first: list[tuple[float, float]] = []
        busy: list[tuple[float, float]] = []
        for round_ in range(args.rounds):
            for during in ((False, True) if round_ % 2 == 0 else (True, False)):
                if during:
                    busy.append(window_during_batch(worker, args))
                else:
                    started = time.perf_counter()
                    rate = alone(worker, args, decode=True)
                    first.append((args.stream_tokens / (time.perf_counter() - started), rate))
            print(f"  round {round_ + 1}: window alone {first[-1][0]:6.1f} tok/s (decode "
                  f"{first[-1][1]:6.1f}), during a batch {busy[-1][0]:6.1f} tok/s (decode "
                  f"{busy[-1][1]:6.1f}); {load()}", flush=True)
        window = statistics.median(b[0] for b in busy) / statistics.median(f[0] for f in first)
        decode = statistics.median(b[1] for b in busy) / statistics.median(f[1] for f in first)
        print(f"window's answer during a batch of {args.streams}: {window:.2f}x of alone "
              f"over the whole request (the wait for the batch's chunk or step included), "
              f"decode rate {decode:.2f}x (target >= 0.9x)", flush=True)
        plain = ModelWorker()  # the same model without room for a batch
        plain.load(model, n_ctx=2048, n_threads=args.threads, n_gpu_layers=args.gpu_layers)
        try:
            rates: dict[bool, list[float]] = {False: [], True: []}
            for round_ in range(args.rounds):
                for able in ((False, True) if round_ % 2 == 0 else (True, False)):
                    rates[able].append(alone(worker if able else plain, args))
            cost = statistics.median(rates[True]) / statistics.median(rates[False])
            print(f"one answer alone in a context with room for {args.streams} more: "
                  f"{cost:.2f}x of one without ({statistics.median(rates[True]):.1f} vs "
                  f"{statistics.median(rates[False]):.1f} tok/s, medians of {args.rounds}); "
                  f"{load()}", flush=True)
        finally:
            plain.stop()
    finally:
        worker.stop()
    return gain, window


def evaluation(model: Path, args: argparse.Namespace) -> float:
    """Wall time of an eval run with a model's answers made together (-j 64) over one at a time
    (the default, each from its whole prompt), median of the rounds."""
    home = make_home(model, args.threads)
    os.environ["CHATAPP_HOME"] = str(home)
    from chatapp.compare.evaluate import EvalRun
    from chatapp.compare.prompts import Prompt
    from chatapp.compare.variants import Variant
    from chatapp.context import open_app

    prompts = [Prompt(f"{i}", f"Question {i}: tell me one fact about {TOPICS[i % 8]} "
                              f"and number {i}.") for i in range(args.prompts)]
    params = {"max_tokens": args.eval_tokens, "temperature": 0.0, "seed": 1}
    app = open_app()
    walls: dict[bool, list[float]] = {False: [], True: []}
    answers: dict[bool, list[dict]] = {False: [], True: []}
    try:
        name = model.stem
        variants = [Variant("plain", name), Variant("brief", name, system="Be brief.")]
        for variant in variants:
            variant.resolve(app.catalogue)
        for round_ in range(args.eval_rounds):
            for batch in ((False, True) if round_ % 2 == 0 else (True, False)):
                folder = home / f"run-{round_}-{batch}"
                started = time.perf_counter()
                results = EvalRun(app.chat.pipeline, prompts, variants, folder, params,
                                  together=64 if batch else 1).run()
                walls[batch].append(time.perf_counter() - started)
                answers[batch].append({(r.prompt_id, r.model): r.answer for r in results})
                print(f"  round {round_ + 1} {'batched' if batch else 'one at a time':13} "
                      f"{len(results)} answers in {walls[batch][-1]:6.1f} s; {load()}",
                      flush=True)
    finally:
        app.close()
        shutil.rmtree(home, ignore_errors=True)
    ratio = statistics.median(walls[True]) / statistics.median(walls[False])
    import llama_cpp

    on_gpu = llama_cpp.llama_supports_gpu_offload()  # the app loads every layer it can there
    first = answers[False][0]
    same = sum(1 for a in answers[True] for k, v in a.items() if first.get(k) == v)
    print(f"eval of {args.prompts} prompts x 2 variants: one at a time "
          f"{statistics.median(walls[False]):.1f} s, batched {statistics.median(walls[True]):.1f}"
          f" s (medians of {args.eval_rounds}): {ratio:.2f}x (target <= "
          f"{'0.5x on a GPU' if on_gpu else '0.8x on CPU'}); identical "
          f"answers {same}/{sum(len(a) for a in answers[True])}", flush=True)
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model", nargs="?")
    parser.add_argument("--only", choices=("lookup", "streams", "eval"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=160)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--draft", type=int, default=8)
    parser.add_argument("--gpu-layers", type=int, default=0)
    parser.add_argument("--streams", type=int, default=4)
    parser.add_argument("--stream-tokens", type=int, default=128)
    parser.add_argument("--prompts", type=int, default=40)
    parser.add_argument("--eval-tokens", type=int, default=48)
    parser.add_argument("--eval-rounds", type=int, default=2)
    parser.add_argument("--repeat-penalty", type=float)
    args = parser.parse_args()
    model = Path(args.model) if args.model else starter_model()
    started = time.perf_counter()
    print(f"{model.name}, {args.threads} threads, greedy; {load()}", flush=True)
    if args.only in (None, "lookup"):
        worker = ModelWorker()
        try:
            worker.load(model, n_ctx=2048, n_threads=args.threads,
                        n_gpu_layers=args.gpu_layers)
            answer(worker, "copy", 8, 0, args.threads)  # warm up
            print(f"lookup: {args.tokens} tokens at most")
            copy = compare(worker, "copy", args)
            story = compare(worker, "story", args)
        finally:
            worker.stop()
        print(f"speculation (prompt lookup): copy-heavy {copy:.2f}x, story {story:.2f}x; "
              f"{load()}", flush=True)
    if args.only in (None, "streams"):
        streams(model, args)
    if args.only in (None, "eval"):
        evaluation(model, args)
    print(f"({time.perf_counter() - started:.0f} s; {load()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
