"""Several models at once: cores shared between answers, `chatapp bench`."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
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
    # the peak memory says the context it was measured at (was: a figure with no context,
    # read as the model's whole footprint)
    assert "at a context of 512 tokens" in table.stdout.splitlines()[-1]
    as_json = subprocess.run([*run, "--json"], capture_output=True, text=True, timeout=120,
                             env=os.environ.copy())
    result = json.loads(as_json.stdout)
    assert result["pp_tps"] > 0 and result["tg_tps"] > 0 and result["peak_rss_bytes"] > 0
    assert result["n_ctx"] == 512
    stored = json.loads((chatapp_home / "data" / "bench.json").read_text())
    assert stored[result["model_key"]]["n_gen"] == 16
    env = {**os.environ, "LANG": "id_ID.UTF-8"}
    no_pp = subprocess.run([*run[:7], "0", *run[8:]], capture_output=True, text=True,
                           timeout=120, env=env)
    assert no_pp.returncode == 0 and "pp0" not in no_pp.stdout and "tg16" in no_pp.stdout
    assert "jawaban yang dialirkan" in no_pp.stdout  # the summary line translated
    too_long = subprocess.run([*run[:7], "100000", *run[8:]], capture_output=True, text=True,
                              timeout=120, env=os.environ.copy())
    (line,) = too_long.stderr.splitlines()
    assert too_long.returncode == 1 and "needs 100,016 tokens of context" in line


def test_a_model_too_big_for_free_memory_is_loaded_only_when_allowed(tiny_model: Path) -> None:
    from chatapp.engine import ModelTooBig
    from chatapp.fit import Machine

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


def _answer_in_thread(engine: Engine, worker, prompt: str, params: dict) -> tuple:
    """Start an answer on a thread; (thread, result dict: pieces, text, result)."""
    out: dict = {"pieces": 0, "text": ""}

    def run() -> None:
        generation = engine.generate(worker, [{"role": "user", "content": prompt}], params)
        for piece in generation:
            out["pieces"] += 1
            out["text"] += piece
        out["result"] = generation.result

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def test_models_in_one_shared_process_answer_at_the_same_time(
    starter_file: Path, tiny_model: Path
) -> None:
    engine = Engine(n_ctx=512, n_threads=2, max_loaded=2, share_process=True)
    try:
        first = engine.worker_for(starter_file)
        second = engine.worker_for(tiny_model)
        assert first.process.pid == second.process.pid and first.slot != second.slot
        alone = engine.generate(second, [{"role": "user", "content": "hi"}],
                                {"max_tokens": 12, "temperature": 0.0, "seed": 3})
        expected = "".join(alone)
        params = {"max_tokens": 300, "temperature": 0.0, "ignore_eos": True}
        slow, slow_out = _answer_in_thread(engine, first, "Tell a long story.", params)

        deadline = time.monotonic() + 60
        while slow_out["pieces"] == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        fast = engine.generate(second, [{"role": "user", "content": "hi"}],
                               {"max_tokens": 12, "temperature": 0.0, "seed": 3})
        assert "".join(fast) == expected and fast.result.finish_reason == "length"
        assert slow.is_alive(), "the second model answered while the first one decoded"
        slow.join(60)
        assert slow_out["result"].finish_reason == "length"
        assert slow_out["result"].stats["completion_tokens"] == 300
        # unloading one model keeps the process (and the other model) going
        engine.unload(starter_file)
        assert second.alive and second.process is not None
        assert engine.worker_for(tiny_model) is second
        again = engine.generate(second, [{"role": "user", "content": "hi"}],
                                {"max_tokens": 12, "temperature": 0.0, "seed": 3})
        assert "".join(again) == expected
        pid = second.process.pid
        engine.unload(tiny_model)
        assert second.process is None
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    finally:
        engine.close()


def test_a_dead_shared_process_fails_its_answers_and_its_models_reload(
    starter_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.gguf"
    other.symlink_to(starter_file)
    engine = Engine(n_ctx=512, n_threads=2, max_loaded=2, share_process=True)
    try:
        first = engine.worker_for(starter_file)
        second = engine.worker_for(other)
        params = {"max_tokens": 400, "temperature": 0.0, "ignore_eos": True}
        answers = [_answer_in_thread(engine, w, "Tell a long story.", params)
                   for w in (first, second)]

        deadline = time.monotonic() + 60
        while not all(out["pieces"] for _, out in answers) and time.monotonic() < deadline:
            time.sleep(0.01)
        old_pid = first.process.pid
        os.kill(old_pid, signal.SIGKILL)
        for thread, out in answers:
            thread.join(30)
            assert out["result"].finish_reason == "error"
            assert "stopped unexpectedly (signal 9)" in out["result"].error
        assert not first.alive and not second.alive
        assert engine.worker_for(starter_file) is first
        assert engine.worker_for(other) is second
        assert first.process.pid == second.process.pid != old_pid
        for worker in (first, second):
            generation = engine.generate(worker, [{"role": "user", "content": "hi"}],
                                         {"max_tokens": 4, "temperature": 0.0})
            list(generation)
            assert generation.result.finish_reason in ("length", "stop")
    finally:
        engine.close()


def test_a_bad_request_is_refused_and_the_process_keeps_serving(tiny_model: Path) -> None:
    from chatapp.engine import ModelWorker

    worker = ModelWorker()
    try:
        worker.load(tiny_model, n_ctx=256, n_threads=1)
        worker.host.popen.stdin.write(b"not json\n")
        worker.host.popen.stdin.flush()
        worker.host.send({"op": "generate", "slot": "first", "id": 1})
        worker.host.send({"op": "cancel", "slot": worker.slot, "id": "x"})
        assert worker.tokenize("hello world") and worker.alive
        refused = [worker.host.next_event(5, (None, None)) for _ in range(3)]
        assert [e.get("message") for e in refused] == ["bad request"] * 3
    finally:
        worker.stop()


def test_idle_models_make_room_for_one_that_does_not_fit_beside_them(
        starter_file: Path, tiny_model: Path) -> None:
    """Below the limit of loaded models, a model that does not fit in the memory left is
    loaded after the idle ones are unloaded (least recently used first): here it fits in
    none, so each goes and it is refused all the same."""
    from chatapp.engine.outcomes import ModelTooBig
    from chatapp.machine import Machine

    engine = Engine(n_ctx=512, n_threads=2, max_loaded=3)
    try:
        first = engine.worker_for(starter_file)
        engine.machine = Machine(ram_total=64 << 20, ram_available=1 << 20)
        with pytest.raises(ModelTooBig):
            engine.worker_for(tiny_model)
        assert not first.alive and not engine.is_loaded(starter_file)
    finally:
        engine.close()


def test_an_idle_model_that_a_load_unloads_counts_as_free_for_the_verdict(
        chatapp_home: Path, tiny_model: Path, tmp_path: Path) -> None:
    """A model loaded and idle is unloaded to make room for another (worker_for): the fit
    verdict of the Models window and the picker counts its process's memory as free for the
    other model (was: counted as in use, "too big" for a model that loads once the idle one
    goes); a model that is taken (answering) is not counted."""
    from types import SimpleNamespace

    from gguf_factory import write_tiny_llama

    from chatapp.fit import Machine
    from chatapp.fit_library import library_estimates
    from chatapp.library import Library
    from chatapp.paths import app_paths

    other = write_tiny_llama(tmp_path / "other-F32.gguf", seed=5)
    engine = Engine(n_ctx=512, n_threads=1, max_loaded=2)
    try:
        assert engine.freed_to_load(other) == 0  # nothing loaded
        engine.worker_for(tiny_model)
        process = engine.freed_by_reload(tiny_model)
        assert process > 20 * 1024 * 1024  # Python and llama.cpp at least
        assert engine.freed_to_load(other) == process
        assert engine.freed_to_load(tiny_model) == process  # (its own reload, once)
        library = Library(app_paths())
        model = library.describe(other)
        ctx = SimpleNamespace(engine=engine, chat=SimpleNamespace(
            pipeline=SimpleNamespace(load_options=lambda m: {})))
        machine = Machine(ram_total=16 << 30, ram_available=1 << 30)
        found = library_estimates(ctx, [model], machine, {})()
        assert found[str(other)].estimate.budget - (1 << 30) >= process - 8 * 1024 * 1024
        engine.in_use = lambda path: Path(path) == Path(tiny_model)  # taken: it stays
        assert engine.freed_to_load(other) == 0
    finally:
        engine.close()
