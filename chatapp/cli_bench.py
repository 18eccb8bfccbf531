"""`chatapp bench`: measure a model's speed on this machine and remember it."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from chatapp.cli_args import (
    GPU_LAYERS,
    MAX_BENCH_PROMPT,
    MAX_TOKENS,
    MODEL,
    MODEL_HELP,
    REPEATS,
    Number,
)
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import say, translate_text
from chatapp.units import decimal, format_bytes, whole

if TYPE_CHECKING:
    from chatapp.engine.bench import BenchResult

COMMAND = "bench"

T_STREAMED = QT_TRANSLATE_NOOP(
    "cli", "streamed answer: {rate} tok/s, time to first token {ttft} ms, load {load} s, peak "
    "memory {memory} at a context of {ctx} tokens")
T_NO_GPU = QT_TRANSLATE_NOOP(
    "cli", "--gpu-layers {n} is ignored: this build of llama.cpp cannot use a GPU, so the "
    "benchmark runs on the CPU alone.")
T_BUSY = QT_TRANSLATE_NOOP(
    "cli", "This computer is busy (other programs use {share} of its processor): the speeds "
    "measured may be lower than usual, and the model list says they were measured while busy.")
T_SHORTER = QT_TRANSLATE_NOOP(
    "cli", "This model was trained for {trained} tokens of context: the benchmark uses -p {p} "
    "-n {n}.")
T_STOPPED = QT_TRANSLATE_NOOP(
    "cli", "Stopped: nothing was measured, and the speeds stored before are kept.")
#: the table's columns, as llama-bench's
COLUMNS = (QT_TRANSLATE_NOOP("cli", "model"), QT_TRANSLATE_NOOP("cli", "threads"),
           QT_TRANSLATE_NOOP("cli", "GPU layers"), QT_TRANSLATE_NOOP("cli", "test"), "t/s")
PROMPT, GENERATED = 512, 128  # the tests' tokens by default, as llama-bench's
REMOTE = QT_TRANSLATE_NOOP(
    "errors", "chatapp bench measures models on this computer; {model} runs on a server "
    "(each of its answers records its speed instead).")
TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "The benchmark needs {need} tokens of context (prompt and generated), more than "
    "the {trained} this model was trained for: give a smaller -p or -n.")


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Declare the sub-command and its options."""
    bench = sub.add_parser(COMMAND, help=QT_TRANSLATE_NOOP(
        "cli", "measure prompt and generation speed of a model"))
    bench.add_argument("-m", "--model", type=MODEL, help=MODEL_HELP)
    bench.add_argument("--threads", type=Number(int, 0, os.cpu_count() or 1),
                       help=QT_TRANSLATE_NOOP(
                           "cli", "CPU threads (0, the default: all cores, as in Settings)"))
    bench.add_argument("--gpu-layers", type=GPU_LAYERS, default=-1,
                       help=QT_TRANSLATE_NOOP(
                           "cli", "layers to offload to the GPU (-1: as many as fit, 0: none)"))
    bench.add_argument("-p", "--n-prompt", type=Number(int, 0, MAX_BENCH_PROMPT),
                       help=QT_TRANSLATE_NOOP("cli", "prompt tokens (pp; default 512)"))
    bench.add_argument("-n", "--n-gen", type=MAX_TOKENS,
                       help=QT_TRANSLATE_NOOP("cli", "generated tokens (tg; default 128)"))
    bench.add_argument("-r", "--repetitions", type=REPEATS, default=3,
                       help=QT_TRANSLATE_NOOP("cli", "times each test is run (default 3)"))
    bench.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "print the result as JSON"))


def run(args: argparse.Namespace) -> int:
    """Run the benchmark, print it and store it for the model picker."""
    from chatapp.catalogue import is_remote
    from chatapp.cli import chosen_model
    from chatapp.cli_app import open_app
    from chatapp.engine.bench import BUSY, BenchStore, run_bench
    from chatapp.engine.manager import cpu_count
    from chatapp.machine import gpu_offload_supported

    with open_app() as app:
        name, slash, _ = (args.model or "").partition("/")
        if slash and any(e.name == name for e in app.catalogue.configured()):
            raise UserError(REMOTE, model=args.model)  # (before its key is looked for)
        model = chosen_model(app, args.model)
        if is_remote(model):  # the window's last model, when -m is not given
            raise UserError(REMOTE, model=model.display_name)
        trained = getattr(model, "context_length", None)
        given = args.n_prompt is not None or args.n_gen is not None
        n_prompt = PROMPT if args.n_prompt is None else args.n_prompt
        n_gen = GENERATED if args.n_gen is None else args.n_gen
        if trained and n_prompt + n_gen > trained:
            if given:
                raise UserError(TOO_LONG, need=n_prompt + n_gen, trained=trained)
            n_gen = max(1, GENERATED * trained // (PROMPT + GENERATED))  # the same shares
            n_prompt = trained - n_gen
            say(T_SHORTER, p=n_prompt, n=n_gen, trained=trained, stderr=True)

        if args.gpu_layers > 0 and not gpu_offload_supported():
            say(T_NO_GPU, n=args.gpu_layers, stderr=True)

        def progress(stage: str, done: int, total: int) -> None:
            if not args.json and sys.stderr.isatty():
                bar = "#" * done + "." * (total - done)
                print(f"\r{model.file_name} [{bar}] {done}/{total}", end="", file=sys.stderr)

        from chatapp import machine

        busy = machine.cpu_busy()  # other programs' work slows what is measured
        if busy is not None and busy >= BUSY:
            say(T_BUSY, share=f"{busy:.0%}", stderr=True)
        try:
            result = run_bench(
                Path(model.path), model.key, threads=args.threads or cpu_count(),
                gpu_layers=args.gpu_layers, n_prompt=n_prompt, n_gen=n_gen,
                repetitions=args.repetitions, progress=progress,
            )
        except KeyboardInterrupt:
            if sys.stderr.isatty():  # (below the progress bar and the terminal's ^C)
                print(file=sys.stderr)
            say(T_STOPPED, stderr=True)
            return 130
        if not args.json and sys.stderr.isatty():
            print(file=sys.stderr)
        result = dataclasses.replace(result, busy=busy)  # (the model list says so)
        BenchStore(app.paths.data / "bench.json").put(result)
        if args.json:
            print(json.dumps(asdict(result), indent=2))
            return 0
        print(table(result) + "\n")
        say(T_STREAMED, rate=decimal(result.stream_tps, 2), ttft=f"{result.ttft_s * 1000:.0f}",
            load=decimal(result.load_s, 2), memory=format_bytes(result.peak_rss_bytes),
            ctx=whole(result.n_ctx))
        return 0


def table(result: BenchResult) -> str:
    """A BenchResult as rows comparable with llama-bench's output (pp and tg rows, no pp row
    for -p 0), in the chosen language (its column names and decimal separator)."""
    head = [translate_text("cli", column) for column in COLUMNS]
    rows = ["| " + " | ".join(head) + " |", "| --- | ---: | ---: | ---: | ---: |"]
    for test, rate, spread, count in (("pp", result.pp_tps, result.pp_std, result.n_prompt),
                                      ("tg", result.tg_tps, result.tg_std, result.n_gen)):
        if count:
            rows.append(f"| {result.model} | {result.threads} | {result.gpu_layers} | "
                        f"{test}{count} | {decimal(rate, 2)} ± {decimal(spread, 2)} |")
    return "\n".join(rows)
