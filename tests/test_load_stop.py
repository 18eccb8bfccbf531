"""A model too big for free memory, loaded anyway: Stop ends its load, the question is asked
again before the next load, a load that runs out of memory says so in one translated line,
and the notice above the message box says only what is true (real llama.cpp worker
processes, the tiny model, the real window offscreen)."""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import signal
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from test_window import (  # noqa: E402
    close_window,
    continue_an_answer_that_fills_the_context,
    open_window,
    type_and_send,
)

from chatapp.engine import Engine, EngineError  # noqa: E402
from chatapp.engine.client import WorkerProcess  # noqa: E402
from chatapp.engine.load_errors import NO_MEMORY, no_memory  # noqa: E402
from chatapp.fit import Machine  # noqa: E402

SMALL = Machine(ram_total=64 << 20, ram_available=1 << 20, gpu_offload=False, vram_total=0,
                vram_free=0)  # the tiny model is "too big" here


def test_stop_ends_a_load_and_load_anyway_is_asked_before_the_next_one(
        qtbot, tiny_home: Path, monkeypatch) -> None:
    """was: after "Load anyway? → Yes", Stop and Esc did nothing while the model loaded (the
    load went on for a minute until llama.cpp failed), the question was not asked again in
    the session, and a red "could not go on" notice showed behind the question; and was:
    the refused try stayed in the database, an empty failed answer hidden beside the one
    answer, which showed "2/2" while its model loaded."""
    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, max_tokens=4)
    window.ctx.engine.machine = SMALL
    asked: list[tuple[str, bool]] = []  # the question, and whether the notice showed then
    replies = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(
        (self.text(), window.notice.isVisible())) or replies[len(asked) - 1])
    paused: list[int] = []  # the worker processes paused as their load began: a long load
    send = WorkerProcess.send

    def pause_at_load(self: WorkerProcess, message: dict) -> None:
        if message.get("op") == "load" and self.popen is not None:
            paused.append(self.popen.pid)
            os.kill(self.popen.pid, signal.SIGSTOP)
        send(self, message)

    monkeypatch.setattr(WorkerProcess, "send", pause_at_load)
    engine = window.ctx.engine

    def answers() -> list:
        return [m for m in window.ctx.store.messages(window.conversation_id)
                if m.role == "assistant"]

    type_and_send(qtbot, window, "hello")
    qtbot.waitUntil(lambda: bool(paused), timeout=30000)  # its load asked for, and paused
    assert len(asked) == 1 and "needs about" in asked[0][0]
    assert not asked[0][1]  # no notice behind the question
    assert window.model_status.text().startswith("Loading")
    assert window.composer.button.text() == "Stop"
    (loading,) = [b for b in window.chat_view.bubbles if b.message.role == "assistant"]
    assert loading.position.isHidden()  # one answer (was: "2/2")
    qtbot.mouseClick(window.composer.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner is None, timeout=10000)  # at once, not in minutes
    (stopped,) = answers()
    assert (stopped.finish_reason, stopped.content, stopped.error) == ("stopped", "", None)
    every = window.ctx.store._rows("SELECT id FROM messages WHERE role = 'assistant'")
    assert [r["id"] for r in every] == [stopped.id]  # hidden ones too
    assert not window.notice.isVisible()
    assert "failed" not in window.statusBar().currentMessage()
    assert window.composer.button.text() == "Send"
    with pytest.raises(ProcessLookupError):  # the model process is gone
        os.kill(paused[0], 0)
    assert engine.loaded is None

    type_and_send(qtbot, window, "hello again")  # asked again (was: loaded without asking)
    qtbot.waitUntil(lambda: window.runner is None and len(asked) == 2, timeout=30000)
    assert "needs about" in asked[1][0] and not asked[1][1]
    assert len(paused) == 1  # No: nothing loaded
    assert [a.finish_reason for a in answers()] == ["stopped", "error"]
    close_window(window)


def test_a_load_stopped_by_the_user_is_logged_as_such_not_as_a_crash(
        tiny_model: Path, monkeypatch, caplog) -> None:
    """Stop while a model loads ends its worker process: the log says the user stopped the
    load, at info level (was: a warning "the model process ended (exit status -9)", as a
    crash reads)."""
    import threading

    paused: list[int] = []  # the worker process, paused as its load began: a long load
    send = WorkerProcess.send

    def pause_at_load(self: WorkerProcess, message: dict) -> None:
        if message.get("op") == "load" and self.popen is not None:
            paused.append(self.popen.pid)
            os.kill(self.popen.pid, signal.SIGSTOP)
        send(self, message)

    monkeypatch.setattr(WorkerProcess, "send", pause_at_load)
    engine = Engine(n_ctx=256, n_threads=1)
    failed: list[BaseException] = []

    def load() -> None:
        try:
            engine.worker_for(tiny_model)
        except EngineError as exc:
            failed.append(exc)

    try:
        with caplog.at_level(logging.INFO, logger="chatapp"):
            loading = threading.Thread(target=load)
            loading.start()
            ends = time.monotonic() + 60
            while not paused:
                assert time.monotonic() < ends
                time.sleep(0.05)
            assert engine.cancel_load(tiny_model)
            loading.join(timeout=30)
    finally:
        engine.close()
    assert not loading.is_alive() and len(failed) == 1
    assert "The load was stopped by the user." in str(failed[0])
    said = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert not [m for level, m in said if level >= logging.WARNING], said
    assert any("stopped by the user" in m for level, m in said if level == logging.INFO), said
    assert not any("exit status" in m for _, m in said), said


def _too_long_context() -> int:
    """A context whose KV cache (1.5 KiB a token for the tiny model) is far more than this
    computer's memory."""
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return 1 << max(26, (4 * total // 1536).bit_length())


def test_a_load_that_runs_out_of_memory_says_so_with_the_numbers(tmp_path: Path,
                                                                   caplog) -> None:
    """was: "Could not load the model …: llama_model_load: error loading model: unable to
    allocate CPU_REPACK buffer" — llama.cpp's English, in every language."""
    from gguf_factory import write_tiny_llama

    n_ctx = _too_long_context()
    model = write_tiny_llama(tmp_path / "huge-F32.gguf", ctx=n_ctx)
    engine = Engine(n_ctx=n_ctx, n_threads=1)
    engine.allow(model)  # the user said "Load anyway"
    try:
        with caplog.at_level(logging.WARNING), pytest.raises(EngineError) as failed:
            engine.worker_for(model)
    finally:
        engine.close()
    error = failed.value
    assert error.template == NO_MEMORY and error.params["name"] == "huge-F32.gguf"
    assert str(error).startswith("There is not enough memory to load huge-F32.gguf: it "
                                 "needs about ") and " GB, " in str(error)
    assert "llama" not in str(error) and "allocate" not in str(error)
    assert "allocate" in caplog.text  # llama.cpp's own words are kept in the log
    assert engine.loaded is None
    from languages import in_each_language

    from chatapp.ui.errors import error_text
    from chatapp.ui.units import data_size

    said = {language: (error_text(error), data_size(error.params["need"]))
            for language in in_each_language()}
    assert said["fil"][0].startswith("Kulang ang memorya para i-load ang huge-F32.gguf")
    assert len({text for text, _size in said.values()}) == len(said)  # each in its own words
    assert all(size in text for text, size in said.values())  # as each language writes it


@pytest.mark.parametrize("said", [
    "llama_model_load: error loading model: unable to allocate CPU_REPACK buffer",
    "ggml_backend_cpu_buffer_type_alloc_buffer: failed to allocate buffer of size 4096",
    "ggml_cuda_device_malloc: cudaMalloc failed: out of memory",
    "ggml_vulkan: Device memory allocation of size 8 failed: ErrorOutOfDeviceMemory",
])
def test_allocation_failures_are_told_apart_by_their_kind(said: str) -> None:
    """was: only whole lines were passed on, whatever buffer failed."""
    assert no_memory("Failed to load model", f"line before\n{said}") == said
    assert no_memory("llama_model_load: error loading model: unknown type 99") == ""


def test_a_good_answer_clears_the_notice_that_an_answer_could_not_go_on(
        qtbot, tiny_home: Path, tiny_model: Path) -> None:
    """was: the red "This answer could not go on" notice stayed after another model answered
    normally."""
    shutil.copy(tiny_model, tiny_home / "data" / "models" / "other-F32.gguf")
    window, cut = continue_an_answer_that_fills_the_context(qtbot)
    assert window.notice.isVisible()
    assert window.notice.label.text().startswith("This answer could not go on")
    other = next(m for m in window.model_list.models
                 if not m.problem and m.key != cut.model_key)
    window.select_model(other.key)
    window.ctx.chat.pipeline.model_options = {}
    type_and_send(qtbot, window, "Short, please")
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    last = window.ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert last.finish_reason in ("stop", "length") and last.model_key == other.key
    assert not window.notice.isVisible()
    close_window(window)


def test_the_fit_check_and_the_failed_load_name_one_figure(tmp_path: Path) -> None:
    """was: the "Too big at this context" question said "about 35.6 GB" (llama.cpp's dry
    run, written when the check ran) and the load tried anyway failed with "needs about 35,5
    GB" (the header's estimate, in the language shown)."""
    from gguf_factory import write_tiny_llama

    from chatapp.engine import ModelTooBig
    from chatapp.errors import Bytes

    n_ctx = _too_long_context()
    model = write_tiny_llama(tmp_path / "huge-F32.gguf", ctx=n_ctx)
    engine = Engine(n_ctx=n_ctx, n_threads=1)
    try:
        with pytest.raises(ModelTooBig) as too_big:
            engine.worker_for(model)
        engine.allow(model)  # the user said "Load anyway"
        with pytest.raises(EngineError) as failed:
            engine.worker_for(model)
    finally:
        engine.close()
    asked, said = too_big.value.params, failed.value.params
    assert failed.value.template == NO_MEMORY
    assert isinstance(asked["need"], Bytes) and isinstance(asked["free"], Bytes)
    assert asked["need"] == said["need"]
