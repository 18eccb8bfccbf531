"""The local API against the app's own answers, in one run, as ratios.

`chatapp serve` runs in a child process (tests/api_server.py) with the starter model; the same
model answers in this process through the app's answer pipeline (what the window uses), with
the very parameters the API makes of the same request. Rounds alternate between the two, so
both see the same machine at the same time of the run.

1. Streamed decode: the official openai client streams the answer; its decode rate is
   (tokens - 1) / (last piece - first piece) as pieces *arrive at the client*. The app's rate
   is the same formula over the pipeline's pieces in this process. Target: API >= 0.97x app.
2. Time to first token, warm model, same prompt: the client's request to its first text piece
   against the pipeline's call to its first piece. Target: the API adds < 10 ms (median).
3. Eight streamed clients at once on one model (decoded together, chatapp.engine.batch):
   their tokens over the time from the first request to the last piece, against one client
   alone (its tokens over its whole request). Every request must end with all its tokens.
   Target: > 1x (the aggregate gain of batching; when they took turns: >= 0.95x).

usage: python tests/benchmarks/bench_api.py [--tokens 96] [--rounds 5] [--clients 8]
       [--ttft-rounds 15] [--threads 0] [--clients-only]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import threading
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS.parent))  # this checkout's chatapp, installed or not
sys.path.insert(0, str(Path(__file__).parent))

from api_server import serve  # noqa: E402
from common import STORY, make_home, starter_model  # noqa: E402

STARTER = "gemma-3-270m-q4_k_m"
MESSAGES = [{"role": "user", "content": STORY}]


def decode_rate(times: list[float], tokens: int) -> float:
    """Tokens/s between the first and the last piece (the first token's time is ttft)."""
    return (tokens - 1) / (times[-1] - times[0])


class AppSide:
    """Answers made by the app's pipeline in this process, with the API's own parameters."""

    def __init__(self, home: Path, tokens: int) -> None:
        os.environ["CHATAPP_HOME"] = str(home)
        from chatapp.api import requests as api_requests
        from chatapp.context import open_app

        self.ctx = open_app()
        self.model = next(m for m in self.ctx.catalogue.models() if m.display_name == STARTER)
        body = json.dumps(request_body(tokens)).encode()
        request = api_requests.parse(body, api_requests.ChatRequest)
        self.params = api_requests.answer_params(request, self.model,
                                                 self.ctx.settings.sampling)

    def answer(self) -> tuple[float, list[float], int]:
        """(ttft s, piece arrival times, completion tokens)."""
        started = time.perf_counter()
        answer = self.ctx.chat.pipeline.unstored(self.model, MESSAGES, self.params)
        times = [time.perf_counter() for piece in answer if piece]
        assert answer.result is not None and answer.result.finish_reason == "length", \
            answer.result
        return times[0] - started, times, int(answer.result.stats["completion_tokens"])

    def first_token(self) -> float:
        """The time to first token (s) of a two-token answer."""
        saved = self.params["max_tokens"]
        self.params["max_tokens"] = 2
        try:
            return self.answer()[0]
        finally:
            self.params["max_tokens"] = saved

    def close(self) -> None:
        self.ctx.close()


def request_body(tokens: int) -> dict:
    return {"model": STARTER, "messages": MESSAGES, "max_tokens": tokens, "temperature": 0,
            "seed": 1, "ignore_eos": True}


def api_answer(client, tokens: int) -> tuple[float, list[float], int, float]:
    """(ttft s, text piece arrival times, completion tokens, whole request s) of one
    streamed request through the openai client."""
    body = request_body(tokens)
    extra = {"ignore_eos": body.pop("ignore_eos")}
    started = time.perf_counter()
    stream = client.chat.completions.create(**body, stream=True, extra_body=extra,
                                            stream_options={"include_usage": True})
    times, usage, finish = [], None, None
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            times.append(time.perf_counter())
        if chunk.choices and chunk.choices[0].finish_reason:
            finish = chunk.choices[0].finish_reason
        if chunk.usage is not None:
            usage = chunk.usage
    ended = time.perf_counter()
    assert finish == "length" and usage is not None, (finish, usage)
    return times[0] - started, times, usage.completion_tokens, ended - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=96)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--ttft-rounds", type=int, default=15)
    parser.add_argument("--clients-only", action="store_true",
                        help="measure only the many clients (3.)")
    parser.add_argument("--threads", type=int, default=0,
                        help="CPU threads per answer (0: every core, the app's default)")
    args = parser.parse_args()
    model = starter_model()
    api_home, app_home = make_home(model, args.threads), make_home(model, args.threads)
    try:
        return run(args, api_home, app_home)
    finally:
        for home in (api_home, app_home):
            shutil.rmtree(home, ignore_errors=True)


def single(args: argparse.Namespace, client, app: AppSide) -> None:
    """Measures 1 and 2: one streamed answer, and the time to the first token."""
    # 1. streamed decode
    api_rates, app_rates = [], []
    for index in range(args.rounds):
        sides = ["api", "app"] if index % 2 == 0 else ["app", "api"]
        for side in sides:
            if side == "api":
                _, times, tokens, _ = api_answer(client, args.tokens)
                assert tokens == args.tokens, tokens
                api_rates.append(decode_rate(times, tokens))
            else:
                _, times, tokens = app.answer()
                app_rates.append(decode_rate(times, tokens))
    ratios = [a / b for a, b in zip(api_rates, app_rates, strict=True)]
    print(f"streamed decode, {STARTER}, {args.tokens} tokens, {args.rounds} rounds each")
    print(f"  app (pipeline, this process)   median {statistics.median(app_rates):8.2f} "
          "tok/s")
    print(f"  API (openai client, streamed)  median {statistics.median(api_rates):8.2f} "
          "tok/s")
    print(f"  ratio API / app                median {statistics.median(ratios):.4f} "
          f"(min {min(ratios):.4f}, target >= 0.97)")

    # 2. time to first token
    api_ttft, app_ttft = [], []
    for index in range(args.ttft_rounds):
        first = index % 2 == 0
        if first:
            api_ttft.append(api_answer(client, 2)[0])
        app_ttft.append(app.first_token())
        if not first:
            api_ttft.append(api_answer(client, 2)[0])
    floor = []
    for _ in range(args.ttft_rounds):  # a request that makes no answer
        started = time.perf_counter()
        client.models.list()
        floor.append(time.perf_counter() - started)
    added = (statistics.median(api_ttft) - statistics.median(app_ttft)) * 1000
    print(f"time to first token, warm, {args.ttft_rounds} rounds each")
    print(f"  app  median {statistics.median(app_ttft) * 1000:7.1f} ms")
    print(f"  API  median {statistics.median(api_ttft) * 1000:7.1f} ms")
    print(f"  the API adds {added:.1f} ms (target < 10 ms)")
    print(f"  for scale: GET /v1/models through the same client, median "
          f"{statistics.median(floor) * 1000:.1f} ms")


def run(args: argparse.Namespace, api_home: Path, app_home: Path) -> int:
    """The three measures; 0 when every request of the many-clients run was complete."""
    app = AppSide(app_home, args.tokens)
    with serve(api_home) as served:
        client = served.client()
        api_answer(client, 8)  # warm-up: the model loads, connections open
        app.answer()

        if not args.clients_only:
            single(args, client, app)

        # 3. many clients on one model
        alone = [api_answer(client, args.tokens) for _ in range(2)]
        alone_rate = statistics.median(tokens / whole for _, _, tokens, whole in alone)
        results: list[tuple[float, list[float], int, float]] = []
        errors: list[BaseException] = []
        clients = [served.client() for _ in range(args.clients)]

        def ask(each) -> None:
            try:
                results.append(api_answer(each, args.tokens))
            except BaseException as exc:  # noqa: BLE001 - counted below
                errors.append(exc)

        threads = [threading.Thread(target=ask, args=(c,)) for c in clients]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        ended = max(times[-1] for _, times, _, _ in results) if results else time.perf_counter()
        complete = [r for r in results if r[2] == args.tokens]
        aggregate = sum(r[2] for r in complete) / (ended - started)
        print(f"{args.clients} streamed clients at once on one model, {args.tokens} tokens each")
        print(f"  one client alone   {alone_rate:8.2f} tok/s (tokens / whole request)")
        print(f"  {args.clients} together        {aggregate:8.2f} tok/s (all tokens / first "
              "request to last piece)")
        one, five, _ = os.getloadavg()
        print(f"  ratio together / alone  {aggregate / alone_rate:.4f} (the aggregate gain; "
              f"load average {one:.2f} {five:.2f} on {os.cpu_count()} cores)")
        print(f"  requests complete {len(complete)}/{args.clients}, errors {len(errors)}"
              + (f": {errors[0]!r}" if errors else ""))
        log = served.log_lines("/v1/chat")
        print(f"  the server logged {len(log)} chat requests, "
              f"{sum(1 for line in log if not line.endswith('  200'))} not 200")
    app.close()
    return 0 if len(complete) == args.clients and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
