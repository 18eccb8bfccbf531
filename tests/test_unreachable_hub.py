"""Searching without a network: offline or an unreachable Hub gives one line at once, with no
retry chatter from huggingface_hub (or httpx) on the terminal."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from chatapp.context import open_app
from chatapp.ui.app import make_application
from chatapp.ui.model_browser import ModelBrowser


def closed_port() -> int:
    """A local port nothing listens on (connections are refused at once)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(*args: str, **env: str) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                            text=True, timeout=120, env={**os.environ, **env})
    return result, time.monotonic() - started


@pytest.fixture
def unreachable(monkeypatch: pytest.MonkeyPatch) -> str:
    """Online mode, with HF_ENDPOINT on a closed local port."""
    from huggingface_hub import constants

    endpoint = f"http://127.0.0.1:{closed_port()}"
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setenv("HF_ENDPOINT", endpoint)
    return endpoint


def assert_one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Retry" not in result.stderr and "Traceback" not in result.stderr
    return lines[0]


def test_unreachable_hub_is_one_line_at_once(unreachable: str) -> None:
    for command in (["search", "qwen"], ["pull", "tester/tiny-GGUF"]):
        result, seconds = run_cli(*command)
        line = assert_one_line(result)
        assert line.startswith("chatapp: Could not reach the Hugging Face Hub")
        assert unreachable in line
        assert seconds < 8, f"{command}: {seconds:.1f} s"


def test_an_hf_endpoint_that_is_not_the_hub_says_so_in_one_line(unreachable: str) -> None:
    import http.server
    import threading

    result, _ = run_cli("search", "qwen", HF_ENDPOINT="notaurl")
    assert assert_one_line(result) == (
        "chatapp: The Hub's address notaurl is not a web address (http:// or https://). "
        "Check HF_ENDPOINT, or leave it unset for the Hugging Face Hub.")
    # a web server that is not a Hub: a search names no repository
    class NotFound(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's
            self.send_error(404)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), NotFound)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        address = f"http://127.0.0.1:{server.server_address[1]}"
        result, _ = run_cli("search", "qwen", HF_ENDPOINT=address)
        line = assert_one_line(result)
        assert line.startswith(f"chatapp: {address} does not answer as the Hugging Face Hub "
                               "does (HTTP 404)") and "repository" not in line
    finally:
        server.shutdown()
        server.server_close()
    # a reason the system gives is not followed by a second period
    result, _ = run_cli("search", "qwen")
    assert ".." not in assert_one_line(result)


def test_offline_search_is_one_line_at_once(chatapp_home: Path) -> None:
    result, seconds = run_cli("search", "qwen", HF_HUB_OFFLINE="1")
    assert assert_one_line(result).startswith("chatapp: Offline mode is on")
    assert seconds < 8
    # the app's own offline switch, with HF_HUB_OFFLINE unset
    settings = chatapp_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"offline": True}), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "HF_HUB_OFFLINE"}
    result = subprocess.run([sys.executable, "-m", "chatapp", "search", "qwen"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert assert_one_line(result).startswith("chatapp: Offline mode is on")


def test_model_browser_on_an_unreachable_hub(qtbot, capfd, unreachable: str) -> None:
    make_application()
    ctx = open_app()
    window = ModelBrowser(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        capfd.readouterr()
        started = time.monotonic()
        window.search_edit.setText("qwen")
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Could not reach" in window.results_label.text(), timeout=8000)
        assert time.monotonic() - started < 8
        assert unreachable in window.results_label.text().replace("\u2060", "")  # (no break)
        assert "turn on Models → Work offline" in window.results_label.text().replace("\u2060", "")
        err = capfd.readouterr().err
        assert "Retrying" not in err and "thrown while requesting" not in err, err
        log = (ctx.paths.logs / "chatapp.log").read_text(encoding="utf-8")
        assert "Traceback" not in log
    finally:
        window.shutdown()
        window.close()
        ctx.close()
