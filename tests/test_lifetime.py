"""No model process outlives the app, however the app ends; a hostile template ends its answer
with one line instead of a process that spins forever."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from gguf_factory import write_slow_llama, write_tiny_llama
from proc_tree import children, running

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                       reason="llama-cpp-python is not installed"),
    pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc"),
]


def start_chat(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "chatapp", "chat", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=os.environ.copy())


def read_some(process: subprocess.Popen[bytes], size: int, timeout: float) -> bytes:
    """At least size bytes of the process's output (or what came before timeout)."""
    assert process.stdout is not None
    os.set_blocking(process.stdout.fileno(), False)
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and len(seen) < size:
        seen += process.stdout.read(4096) or b""
        time.sleep(0.02)
    return seen


@pytest.fixture
def slow_model(chatapp_home: Path) -> Path:
    """A model that takes seconds for 3,000 greedy tokens."""
    return write_slow_llama(chatapp_home)


@pytest.mark.parametrize("trial", range(2))
def test_a_killed_cli_leaves_no_model_process(slow_model: Path, trial: int) -> None:
    process = start_chat("-m", "slow-llama", "--max-tokens", "3000", "--temperature", "0",
                         "hello")
    try:
        assert len(read_some(process, 20, 60)) >= 20, "no streamed text"
        workers = children(process.pid)
        assert workers, "the model runs in a process of its own"
        time.sleep(0.1 * trial)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline and any(running(p) for p in workers):
            time.sleep(0.05)
        assert not any(running(p) for p in workers)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        process.stdout.close()
        process.stderr.close()


def test_a_template_that_computes_a_huge_number_ends_with_one_line(chatapp_home: Path) -> None:
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    write_tiny_llama(models / "power-tower.gguf", chat_template="{{ 9 ** (9 ** 9) }}")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "chatapp", "chat", "-m", "power-tower",
                             "hello"], capture_output=True, text=True, timeout=60,
                            env=os.environ.copy())
    assert time.monotonic() - started < 30
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "template" in lines[0] and "Traceback" not in result.stderr
