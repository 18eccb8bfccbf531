"""Rendering a chat template in the template process, with the child warm.

Each turn of a chat renders the whole conversation once. This renders a real template
(Qwen2.5's, tools included in its grammar) for conversations of 2 to 40 messages through
chatapp.engine.templates.render, which hands the work to the long-lived renderer child, and
prints the median time per render. Target: < 2 ms per turn.

usage: python tests/benchmarks/bench_templates.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TESTS.parent))  # this checkout's chatapp, installed or not
sys.path.insert(0, str(TESTS))

from test_templates import QWEN25_TEMPLATE  # noqa: E402

from chatapp.engine.jinja_sandbox import render_text  # noqa: E402
from chatapp.engine.templates import render  # noqa: E402


def conversation(n: int) -> list[dict[str, str]]:
    """n messages of chat, a system prompt first."""
    messages = [{"role": "system", "content": "You are a helpful assistant."}]
    for i in range(n - 1):
        role = "user" if i % 2 == 0 else "assistant"
        messages.append({"role": role, "content": f"Message {i}: " + "some words here " * 20})
    return messages


def main() -> None:
    """Print the median render time per turn, through the child and in this process."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    render(QWEN25_TEMPLATE, conversation(2))  # starts the child and compiles the template
    for n in (2, 10, 40):
        messages = conversation(n)
        child, local = [], []
        for _ in range(args.rounds):
            started = time.perf_counter()
            render(QWEN25_TEMPLATE, messages)
            child.append(time.perf_counter() - started)
            started = time.perf_counter()
            render_text(QWEN25_TEMPLATE, {"messages": messages, "add_generation_prompt": True,
                                          "bos_token": "", "eos_token": ""}, 1_000_000)
            local.append(time.perf_counter() - started)
        median = statistics.median(child) * 1000
        print(f"{n:3d} messages: median {median:.3f} ms per turn in the template process "
              f"(in-process render alone {statistics.median(local) * 1000:.3f} ms) "
              f"{'OK' if median < 2 else 'OVER'} (target < 2 ms)")


if __name__ == "__main__":
    main()
