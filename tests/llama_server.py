"""llama-cpp-python's own OpenAI-compatible server (``python -m llama_cpp.server``) on a free
loopback port, for tests and benchmarks of remote models against a real server."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def llama_server(model: Path, *, n_ctx: int = 1024, threads: int = 0,
                 timeout_s: float = 120.0) -> Iterator[str]:
    """Serve model and yield the API's base URL (``http://127.0.0.1:PORT/v1``); the server
    stops on exit. Skips the test when the server extra is not installed."""
    import pytest

    pytest.importorskip("llama_cpp.server")
    pytest.importorskip("uvicorn")
    port = free_port()
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host",
               "127.0.0.1", "--port", str(port), "--n_ctx", str(n_ctx)]
    if threads:
        command += ["--n_threads", str(threads)]
    log = tempfile.TemporaryFile()  # noqa: SIM115 - a pipe would fill with llama.cpp logs
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log,
                               env=dict(os.environ, GGML_NO_BACKTRACE="1"))
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            if process.poll() is not None:
                log.seek(0)
                raise RuntimeError("llama_cpp.server stopped: "
                                   + log.read().decode(errors="replace")[-2000:])
            try:
                with urllib.request.urlopen(f"{url}/models", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("llama_cpp.server did not start")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
