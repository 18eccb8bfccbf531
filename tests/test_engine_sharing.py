"""Several models at once: cores shared between answers, `chatapp bench`."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from chatapp.engine import Engine

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)


def test_two_answers_at_once_split_the_cores(starter_file: Path, tiny_model: Path,
                                             tmp_path: Path) -> None:
    engine = Engine(n_ctx=1024, n_threads=2, max_loaded=2)
    try:
        first = engine.worker_for(starter_file)
        second = engine.worker_for(tiny_model)
        assert engine.worker_for(starter_file) is first
        slow = engine.generate(first, [{"role": "user", "content": "Tell a long story."}],
                               {"max_tokens": 200, "temperature": 0.0})
        pieces = iter(slow)
        next(pieces)
        fast = engine.generate(second, [{"role": "user", "content": "hello"}],
                               {"max_tokens": 8, "temperature": 0.0})
        list(fast)
        assert fast.result.stats["n_threads"] == 1
        done = threading.Event()
        threading.Thread(target=lambda: (list(pieces), done.set()), daemon=True).start()
        slow.cancel()
        assert done.wait(30)
        alone = engine.generate(second, [{"role": "user", "content": "hello"}],
                                {"max_tokens": 4, "temperature": 0.0})
        list(alone)
        assert alone.result.stats["n_threads"] == 2
        # a third model pushes out the least recently used one
        third_path = tmp_path / "third.gguf"
        shutil.copy(tiny_model, third_path)
        engine.worker_for(third_path)
        assert not first.alive and second.alive
    finally:
        engine.close()


def test_bench_command_prints_llama_bench_rows_and_stores_them(
    chatapp_home: Path, tiny_model: Path
) -> None:
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(tiny_model, models / tiny_model.name)
    run = [sys.executable, "-m", "chatapp", "bench", "-m", "tiny-llama-F32", "-p", "32",
           "-n", "16", "-r", "2"]
    table = subprocess.run(run, capture_output=True, text=True, timeout=120,
                           env=os.environ.copy())
    assert table.returncode == 0, table.stderr
    assert "pp32" in table.stdout and "tg16" in table.stdout
    as_json = subprocess.run([*run, "--json"], capture_output=True, text=True, timeout=120,
                             env=os.environ.copy())
    result = json.loads(as_json.stdout)
    assert result["pp_tps"] > 0 and result["tg_tps"] > 0 and result["peak_rss_bytes"] > 0
    stored = json.loads((chatapp_home / "data" / "bench.json").read_text())
    assert stored[result["model_key"]]["n_gen"] == 16


def test_a_model_too_big_for_free_memory_is_loaded_only_when_allowed(tiny_model: Path) -> None:
    from chatapp.engine import ModelTooBig
    from chatapp.hub.fit import Machine

    engine = Engine(n_ctx=256, n_threads=1)
    engine.machine = Machine(ram_total=64 << 20, ram_available=1 << 20, gpu_offload=False,
                             vram_total=0, vram_free=0)
    try:
        with pytest.raises(ModelTooBig, match="needs about"):
            engine.worker_for(tiny_model)
        assert engine.loaded is None
        engine.allow(tiny_model)
        assert engine.worker_for(tiny_model).info.architecture == "llama"
    finally:
        engine.close()


def test_per_model_context_length_reloads_only_when_it_changes(tiny_model: Path) -> None:
    engine = Engine(n_ctx=256, n_threads=1)
    try:
        first = engine.worker_for(tiny_model)
        assert first.info.n_ctx == 256
        assert engine.worker_for(tiny_model) is first and first.alive
        bigger = engine.worker_for(tiny_model, n_ctx=512)
        assert bigger.info.n_ctx == 512
        assert engine.worker_for(tiny_model, n_ctx=512).info.n_ctx == 512
    finally:
        engine.close()


def test_requests_from_several_threads_on_one_worker_each_get_their_events(
    tiny_model: Path,
) -> None:
    from chatapp.engine import ModelWorker

    worker = ModelWorker()
    try:
        worker.load(tiny_model, n_ctx=512, n_threads=1)
        results: dict[int, object] = {}

        def answer(n: int) -> None:
            generation = worker.generate([{"role": "user", "content": f"hello {n}"}],
                                         {"max_tokens": 40, "temperature": 0.0,
                                          "ignore_eos": True})
            text = "".join(generation)
            results[n] = (generation.result.finish_reason,
                          generation.result.stats.get("completion_tokens"), text)

        threads = [threading.Thread(target=answer, args=(n,)) for n in range(3)]
        for thread in threads:
            thread.start()
        counted = worker.tokenize("hello world")
        for thread in threads:
            thread.join(60)
        assert counted and all(isinstance(t, int) for t in counted)
        assert sorted(results) == [0, 1, 2]
        assert all(r[0] == "length" and r[1] == 40 for r in results.values())
    finally:
        worker.stop()
