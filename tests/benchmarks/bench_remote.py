"""A remote model's answer as the app records it, against the raw stream of the same server.

1. Tokens/s. Each answer goes through a byte-level TCP proxy that timestamps what the server
   sends, so the app's recorded tokens/s is compared with the stream of *that same request* as
   it arrived on this machine: (content events - 1) / (last - first). Where the server reports
   its own rate (llama-server's ``timings.predicted_per_second``) that ratio is printed too.
   Server: llama-cpp-python's server with the starter model, or --url/--model for another one.
   Target: recorded >= 0.98x the raw stream.
2. Time to first token. The same request through the app's RemoteModel, a raw httpx stream
   and a raw openai stream, interleaved, against a scripted server in its own process that
   answers at once, so only the clients' own work differs. Target: the app adds < 5 ms.

usage: python tests/benchmarks/bench_remote.py [--url URL --model ID] [--rounds 7]
       [--tokens 64] [--ttft-rounds 150]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS.parent))  # this checkout's chatapp, installed or not
sys.path.insert(0, str(Path(__file__).parent))

from chatapp.remote.client import RemoteClient  # noqa: E402
from chatapp.remote.endpoints import make_endpoint  # noqa: E402
from chatapp.remote.generation import RemoteModel, chat_request  # noqa: E402

PROMPT = [{"role": "user", "content": "The capital of France is"}]


class TapProxy:
    """A TCP proxy on 127.0.0.1 that passes bytes both ways and timestamps (perf_counter)
    every read of what the server sends."""

    def __init__(self, host: str, port: int) -> None:
        self.upstream = (host, port)
        self.chunks: list[tuple[float, bytes]] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=self._pipe, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, True), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket, record: bool) -> None:
        clock = time.perf_counter
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if record:
                    self.chunks.append((clock(), data))
                target.sendall(data)
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def content_times(self) -> list[float]:
        """Arrival times of the SSE events that carried answer or reasoning text."""
        times, buffer = [], b""
        for at, data in self.chunks:
            buffer += data
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                line = line.strip()
                if not line.startswith(b"data: ") or line == b"data: [DONE]":
                    continue
                try:
                    event = json.loads(line[6:])
                except ValueError:
                    continue
                choices = event.get("choices") or [{}]
                delta = choices[0].get("delta") or {}
                if delta.get("content") or delta.get("reasoning_content"):
                    times.append(at)
        return times

    def close(self) -> None:
        self.listener.close()


def tokens_per_s(url: str, model_id: str | None, rounds: int, tokens: int) -> None:
    """Recorded tokens/s against the same request's raw stream (through the proxy)."""
    host, port = url.split("//")[1].split("/")[0].rsplit(":", 1)
    proxy = TapProxy(host, int(port))
    client = RemoteClient(make_endpoint("bench", f"http://127.0.0.1:{proxy.port}/v1"))
    model_id = model_id or client.list_models(probe_context=False)[0].model_id
    model = RemoteModel(client, model_id)
    params = {"max_tokens": tokens, "temperature": 0.0, "seed": 1}
    list(model.generate(PROMPT, params))  # warm-up: connection, server cache
    ratios, server_ratios, recorded, raw = [], [], [], []
    for _ in range(rounds):
        proxy.chunks = []
        generation = model.generate(PROMPT, params)
        list(generation)
        stats = generation.result.stats
        times = proxy.content_times()
        if len(times) < 2 or not stats.get("tokens_per_s"):
            print(f"  skipped a round: {len(times)} content events, {stats}")
            continue
        raw_rate = (len(times) - 1) / (times[-1] - times[0])
        recorded.append(stats["tokens_per_s"])
        raw.append(raw_rate)
        ratios.append(stats["tokens_per_s"] / raw_rate)
        if stats.get("server_tokens_per_s"):
            server_ratios.append(stats["tokens_per_s"] / stats["server_tokens_per_s"])
    client.close()
    proxy.close()
    print(f"tokens/s, {model_id}, {tokens} tokens, {len(ratios)} answers")
    print(f"  recorded by the app        median {statistics.median(recorded):8.2f} tok/s")
    print(f"  raw stream, same requests  median {statistics.median(raw):8.2f} tok/s")
    print(f"  ratio recorded / raw       median {statistics.median(ratios):.4f} "
          f"(min {min(ratios):.4f}, target >= 0.98)")
    if server_ratios:
        print(f"  ratio recorded / server's own timings  median "
              f"{statistics.median(server_ratios):.4f}")


def ttft_overhead(rounds: int) -> None:
    """Time to first token: the app's RemoteModel against raw httpx and raw openai streams."""
    import httpx2
    import openai

    process = subprocess.Popen([sys.executable, str(TESTS / "openai_server.py"),
                                "--pieces", "16"], stdout=subprocess.PIPE, text=True)
    try:
        url = process.stdout.readline().strip()
        body = chat_request("tiny", PROMPT, {"max_tokens": 16, "temperature": 0.0},
                            extras=False)
        client = RemoteClient(make_endpoint("bench", url))
        model = RemoteModel(client, "tiny")
        raw_openai = openai.OpenAI(api_key="none", base_url=url, max_retries=0)
        raw_http = httpx2.Client(timeout=30)

        def ours() -> tuple[float, float]:
            started = time.perf_counter()
            generation = model.generate(PROMPT, {"max_tokens": 16, "temperature": 0.0})
            first = None
            for piece in generation:
                if piece and first is None:
                    first = time.perf_counter() - started
            return first, generation.result.stats["ttft_s"]

        def with_openai() -> float:
            started = time.perf_counter()
            first = None
            for chunk in raw_openai.chat.completions.create(**body):
                if first is None and chunk.choices and chunk.choices[0].delta.content:
                    first = time.perf_counter() - started
            return first

        def with_httpx() -> float:
            started = time.perf_counter()
            first = None
            with raw_http.stream("POST", f"{url}/chat/completions", json=body) as response:
                for line in response.iter_lines():
                    if first is None and line.startswith("data: {") and '"content": "' in line \
                            and '"content": ""' not in line:
                        first = time.perf_counter() - started
            return first

        for _ in range(5):  # warm-up: connections, imports, caches
            ours(), with_openai(), with_httpx()
        seen: dict[str, list[float]] = {"app (first piece)": [], "app (recorded ttft_s)": [],
                                        "raw openai stream": [], "raw httpx stream": []}
        def run_ours() -> None:
            piece, recorded = ours()
            seen["app (first piece)"].append(piece)
            seen["app (recorded ttft_s)"].append(recorded)

        runs = [run_ours, lambda: seen["raw openai stream"].append(with_openai()),
                lambda: seen["raw httpx stream"].append(with_httpx())]
        for i in range(rounds):
            for run in runs[i % 3:] + runs[:i % 3]:  # each goes first in turn
                run()
        client.close()
        raw_openai.close()
        raw_http.close()
    finally:
        process.terminate()
        process.wait()
    medians = {name: statistics.median(values) * 1000 for name, values in seen.items()}
    print(f"time to first token, scripted server answering at once, {rounds} rounds each")
    for name, value in medians.items():
        print(f"  {name:24} median {value:7.3f} ms")
    app = medians["app (first piece)"]
    print(f"  the app adds {app - medians['raw openai stream']:+.3f} ms over the raw openai "
          f"stream, {app - medians['raw httpx stream']:+.3f} ms over raw httpx (target < 5 ms)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", help="base URL of a running server (default: start "
                                      "llama-cpp-python's server with the starter model)")
    parser.add_argument("--model", help="model id on that server (default: its first)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--ttft-rounds", type=int, default=150)
    args = parser.parse_args()
    ttft_overhead(args.ttft_rounds)
    if args.url:
        tokens_per_s(args.url, args.model, args.rounds, args.tokens)
        return 0
    from common import starter_model
    from llama_server import llama_server

    with llama_server(starter_model(), n_ctx=1024) as url:
        tokens_per_s(url, args.model, args.rounds, args.tokens)
    return 0


if __name__ == "__main__":
    sys.exit(main())
