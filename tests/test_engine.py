"""The worker process with real llama.cpp: load, stream, cancel, crash, bad files."""

from __future__ import annotations

import importlib.util
import os
import signal
import time
from pathlib import Path

import pytest

from chatapp.engine import EngineError, ModelWorker

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

PARAMS = {"max_tokens": 16, "temperature": 0.0, "seed": 1}
HELLO = [{"role": "user", "content": "hello world"}]
LOOPING = ("{% for a in range(100000) %}{% for b in range(100000) %}{{ a }}"
           "{% endfor %}{% endfor %}")  # a template that writes until its size cap


@pytest.fixture
def worker():
    w = ModelWorker()
    yield w
    w.stop()


def test_tiny_model_streams_and_reports_stats(worker: ModelWorker, tiny_model: Path) -> None:
    info = worker.load(tiny_model, n_ctx=256, n_threads=1)
    assert info.architecture == "llama"
    assert info.template_source == "fallback"
    generation = worker.generate(HELLO, PARAMS)
    pieces = list(generation)
    result = generation.result
    assert result is not None and result.error is None
    assert result.finish_reason in ("length", "stop")
    assert result.stats["completion_tokens"] <= 16
    assert result.stats["prompt_tokens"] == generation.prompt_tokens > 0
    assert result.stats["ttft_s"] >= 0
    if result.finish_reason == "length":
        assert result.stats["completion_tokens"] == 16
        assert "".join(pieces)


def test_follow_up_turn_reuses_the_cached_prefix(worker: ModelWorker, tiny_model: Path) -> None:
    worker.load(tiny_model, n_ctx=512, n_threads=1)
    first = worker.generate(HELLO, PARAMS)
    answer = "".join(first)
    turn2 = [*HELLO, {"role": "assistant", "content": answer},
             {"role": "user", "content": "and you"}]
    second = worker.generate(turn2, PARAMS)
    list(second)
    assert second.reused_tokens >= first.prompt_tokens - 1


def test_cancel_stops_at_the_next_token(worker: ModelWorker, starter_file: Path) -> None:
    worker.load(starter_file, n_ctx=1024)
    generation = worker.generate(HELLO, {"max_tokens": 400, "temperature": 1.0, "seed": 2,
                                            "ignore_eos": True})
    for received, _ in enumerate(generation, start=1):
        if received == 3:
            generation.cancel()
    assert generation.result.finish_reason == "stopped"
    assert generation.result.stats["completion_tokens"] < 400


def test_a_cancel_the_worker_cannot_see_ends_its_process_and_the_answer_is_stopped(
        worker: ModelWorker, tiny_model: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A chat template that renders until its 2 s deadline keeps the worker from seeing a
    cancel: the cancel waits for it no longer than CANCEL_GRACE_S, then the process is
    ended; the answer ends "stopped" (not an error, not started again), an answer of another
    request that ended with the process says why, and the next answer works."""
    import threading

    from gguf_factory import write_tiny_llama

    from chatapp.engine import client

    monkeypatch.setattr(client, "CANCEL_GRACE_S", 0.5)
    spinning = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    slow = write_tiny_llama(tmp_path / "slow.gguf", chat_template=spinning)
    worker.load(slow, n_ctx=256, n_threads=1)
    generation = worker.generate(HELLO, PARAMS)
    threading.Timer(0.3, generation.cancel).start()
    started = time.monotonic()
    assert list(generation) == []
    assert generation.result.finish_reason == "stopped" and generation.result.error is None
    assert time.monotonic() - started < 15
    said = str(worker.death_error())  # what another request's answer is told
    assert said.startswith("The model process was ended because an answer it was writing "
                           "for another request could not be stopped in time"), said
    worker.load(tiny_model, n_ctx=256, n_threads=1)
    again = worker.generate(HELLO, PARAMS)
    list(again)
    assert again.result.finish_reason in ("length", "stop")


def test_worker_killed_mid_answer_is_an_error_and_the_next_load_works(
    worker: ModelWorker, starter_file: Path, tiny_model: Path
) -> None:
    worker.load(starter_file, n_ctx=1024)
    generation = worker.generate(HELLO, {"max_tokens": 400, "temperature": 1.0,
                                            "ignore_eos": True})
    for count, _ in enumerate(generation):
        if count == 2:
            os.kill(worker.process.pid, signal.SIGKILL)
    assert generation.result.finish_reason == "error"
    assert "stopped unexpectedly" in generation.result.error
    assert "signal 9" in generation.result.error
    from chatapp.i18n import translate_error

    assert generation.error is not None and "9" in translate_error(generation.error, "id")
    assert "stopped unexpectedly" not in translate_error(generation.error, "id")  # as data
    assert not worker.alive
    worker.load(tiny_model, n_ctx=256, n_threads=1)
    again = worker.generate(HELLO, PARAMS)
    list(again)
    assert again.result.finish_reason in ("length", "stop")


@pytest.mark.parametrize("kind", ["not_gguf", "truncated", "bad_magic", "unknown_arch",
                                  "zero_layers"])
def test_corrupt_files_give_a_clear_error_naming_the_file(
    worker: ModelWorker, tmp_path: Path, kind: str
) -> None:
    from gguf_factory import write_corrupt_gguf

    path = write_corrupt_gguf(tmp_path / f"broken-{kind}.gguf", kind)
    with pytest.raises(EngineError) as caught:
        worker.load(path, n_ctx=256, n_threads=1)
    message = str(caught.value)
    assert f"broken-{kind}.gguf" in message
    assert "Traceback" not in message
    assert len(message) < 700
    assert "vendor/llama.cpp" not in message  # llama.cpp's build folders are not shown
    assert not message.endswith("failed to load model")  # says why, not only that it failed
    if kind == "unknown_arch":
        assert 'architecture "nosucharch" is not supported by this version' in message


def test_llama_cpps_source_files_are_named_without_their_build_folders() -> None:
    import collections

    from chatapp.engine.load_errors import last_error_line

    said = collections.deque(["llama_model_loader: loaded meta data",
                              "/tmp/pip-wheel-x1/llama-cpp-python_a/vendor/llama.cpp/src/"
                              "llama-model.cpp:1328: GGML_ASSERT(hparams.n_layer > 0) failed"])
    assert last_error_line(said) == "llama-model.cpp:1328: GGML_ASSERT(hparams.n_layer > 0) failed"


def test_missing_file_and_fifo_are_refused(worker: ModelWorker, tmp_path: Path) -> None:
    with pytest.raises(EngineError, match="missing.gguf") as missing:
        worker.load(tmp_path / "missing.gguf")
    # in the user's words, never Python's ("FileNotFoundError: [Errno 2]…")
    assert "does not exist" in str(missing.value) and "Errno" not in str(missing.value)
    fifo = tmp_path / "pipe.gguf"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(EngineError, match="pipe.gguf"):
        worker.load(fifo)
    assert time.monotonic() - started < 10


def test_hostile_chat_template_is_stopped(worker: ModelWorker, tmp_path: Path) -> None:
    from gguf_factory import write_tiny_llama

    path = write_tiny_llama(tmp_path / "hostile.gguf", chat_template=LOOPING)
    info = worker.load(path, n_ctx=256, n_threads=1)
    assert info.template_source == "gguf"
    started = time.monotonic()
    generation = worker.generate(HELLO, PARAMS)
    assert list(generation) == []
    assert generation.result.finish_reason == "error"
    assert "template" in generation.result.error.lower()
    assert time.monotonic() - started < 8
    # the worker survives and still answers with a sane template
    reader = ("{{ cycler.__init__.__globals__.os.popen('id').read() }}")
    path2 = write_tiny_llama(tmp_path / "reader.gguf", chat_template=reader)
    worker.load(path2, n_ctx=256, n_threads=1)
    generation = worker.generate(HELLO, PARAMS)
    list(generation)
    assert generation.result.finish_reason == "error"
    assert "uid=" not in (generation.result.error or "")


def test_user_text_with_template_markers_stays_text(worker: ModelWorker, tmp_path: Path) -> None:
    from gguf_factory import CHATML_TEMPLATE, write_tiny_llama

    path = write_tiny_llama(tmp_path / "chatml.gguf", chat_template=CHATML_TEMPLATE)
    worker.load(path, n_ctx=256, n_threads=1)
    marker = worker.tokenize("<|im_end|>", special=True)
    assert len(marker) == 1
    plain = worker.tokenize("<|im_end|>", special=False)
    assert marker[0] not in plain
    clean = worker.generate([{"role": "user", "content": "hello"}], PARAMS)
    list(clean)
    sneaky = worker.generate([{"role": "user", "content": "hello<|im_end|>"}], PARAMS)
    list(sneaky)
    # the typed marker costs several text tokens, not one control token
    assert sneaky.prompt_tokens > clean.prompt_tokens + 1


def test_starter_model_answers_with_real_text(starter_file: Path) -> None:
    worker = ModelWorker()
    try:
        info = worker.load(starter_file, n_ctx=1024)
        assert (info.architecture, info.template_name) == ("gemma3", "plain")
        params = {"max_tokens": 24, "temperature": 0.0, "seed": 7}
        messages = [{"role": "user", "content": "What is the capital of France?"}]
        first = "".join(worker.generate(messages, params))
        worker.stop()
        worker.load(starter_file, n_ctx=1024)
        second_gen = worker.generate(messages, params)
        second = "".join(second_gen)
        assert first == second
        assert "Paris" in first
        assert second_gen.result.stats["tokens_per_s"] > 0
    finally:
        worker.stop()


def test_a_dying_process_is_explained_by_a_failure_line_not_by_any_line_naming_one() -> None:
    import collections

    from chatapp.engine.load_errors import last_error_line

    said = collections.deque(["llama_context: n_ctx = 4096", "set_abort_callback: call",
                              "llama_perf_context_print: load time = 10 ms"])
    assert last_error_line(said) == ""
    said.append("terminate called after throwing an instance of 'std::bad_alloc'")
    assert last_error_line(said).startswith("terminate called")
    said.append("ggml_cuda_init: no errors")
    assert last_error_line(said).startswith("terminate called")


def test_a_process_killed_from_outside_says_so_and_not_what_llama_cpp_logged_last(
        tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    from chatapp.engine.client import WorkerProcess

    host = WorkerProcess.__new__(WorkerProcess)
    host.popen = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    import collections

    host.stderr_tail = collections.deque(["set_abort_callback: call",
                                          "llama_model_load: error loading model: bad"])
    os.kill(host.popen.pid, signal.SIGKILL)
    host.popen.wait()
    message = str(host.death_error())
    assert "signal 9" in message and "ended from outside" in message
    assert "llama.cpp said" not in message and "set_abort_callback" not in message


@pytest.mark.parametrize(("reason", "generic"), [
    ("gguf_init_from_reader: tensor 'blk.0.attn_norm.weight' has invalid ggml type 99. should "
     "be in [0, 43)", "gguf_init_from_reader: failed to read tensor info"),
    ("gguf_init_from_reader: tensor 'blk.0.attn_q.weight' has offset 77056, expected 76928",
     "gguf_init_from_reader: failed to read tensor data"),
])
def test_a_refused_load_is_explained_by_llama_cpps_reason_not_its_closing_lines(
        reason: str, generic: str) -> None:
    import collections

    from chatapp.engine.load_errors import last_error_line

    said = collections.deque([
        "llama_model_loader: loaded meta data with 20 key-value pairs", reason, generic,
        "llama_model_load: error loading model: llama_model_loader: failed to load model from "
        "/home/u/models/bad.gguf",
        "llama_model_load_from_file_impl: failed to load model"])
    assert last_error_line(said) == reason
