"""Servers that are down or never answer: the model lists (the local API's /v1/models and
`chatapp models`) do not wait on them and agree about them; a chat to one that never answers
is a 504 in the API. Real sockets: a "blackhole" server that accepts and never answers."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
import time

import pytest
from llama_server import free_port
from openai_server import OpenAIServer

openai = pytest.importorskip("openai")
pytest.importorskip("uvicorn")

TOKEN = "down-token"
ASK = [{"role": "user", "content": "Hi"}]


@pytest.fixture
def blackhole():
    """A server that accepts connections and never answers: its base URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    stop.set()
    thread.join()
    for conn in [*held, listener]:
        conn.close()


@pytest.fixture
def api(serving):
    """An API on a free port, its endpoints listed in the background as `chatapp serve`
    starts them: (server, client)."""
    return serving(timeout=60)


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, **env})


def listed(client) -> tuple[list[str], float]:
    start = time.monotonic()
    ids = [m.id for m in client.models.list().data]
    return ids, time.monotonic() - start


def test_the_api_lists_models_at_once_while_a_server_never_answers(app, api, blackhole):
    """/v1/models answers from what is known while the servers are asked in the background
    (was: the first /v1/models took 15.1 s with one server that never answers)."""
    from chatapp.remote.endpoints import make_endpoint

    good = OpenAIServer().serve()
    try:
        app.catalogue.endpoints.add(make_endpoint("hole", blackhole))
        app.catalogue.endpoints.add(make_endpoint("lab", good.url))
        app.catalogue.refresh_soon()  # as `chatapp serve` starts
        _server, client = api
        ids, took = listed(client)
        assert took < 3, took
        assert "lab/tiny" in ids  # the server that answers is not held up by the other
        ids, took = listed(client)
        assert took < 1, took
    finally:
        good.close()


def test_cli_models_waits_briefly_for_a_server_that_never_answers(chatapp_home, blackhole):
    """was: `chatapp models` took 17 s with one server that never answers."""
    assert run_cli("remote", "add", "hole", blackhole).returncode == 0
    start = time.monotonic()
    result = run_cli("models")
    took = time.monotonic() - start
    assert took < 3 + 2, took  # (a python start on a busy machine: up to 2 s of it)
    assert result.returncode == 1
    (line,) = [line for line in result.stderr.splitlines() if "hole" in line]
    assert line.endswith("hole: the server at 127.0.0.1:"
                         f"{blackhole.split(':')[2].split('/')[0]} did not answer within 1.5 "
                         "seconds."), line


def test_a_server_that_went_down_is_listed_by_neither(app, api, chatapp_home, caplog):
    """A server down since the API listed it: /v1/models leaves its models out, as `chatapp
    models` does, and its failure is logged once (was: still listed by the API, 502 when
    asked, while `chatapp models` listed none)."""
    from chatapp.remote.endpoints import make_endpoint

    good = OpenAIServer().serve()
    app.catalogue.endpoints.add(make_endpoint("lab", good.url))
    _server, client = api
    assert "lab/tiny" in listed(client)[0]
    good.close()
    app.catalogue.client("lab").close_idle()  # (its process ended: its connections with it)
    app.catalogue._listed_at -= 60  # a minute later
    with caplog.at_level(logging.WARNING, logger="chatapp.catalogue"):
        ids, took = listed(client)
        assert took < 3
        app.catalogue._background.join(10)
        assert "lab/tiny" not in listed(client)[0]
        app.catalogue._listed_at -= 60
        listed(client)
        app.catalogue._background.join(10)
    said = [r.getMessage() for r in caplog.records if r.getMessage().startswith("lab:")]
    assert len(said) == 1 and "nothing answers" in said[0], said
    cli = run_cli("models")
    assert "lab/tiny" not in cli.stdout and "lab: nothing answers" in cli.stderr


def test_a_key_variable_the_api_lacks_is_logged_once(app, api, caplog, monkeypatch):
    """was: the listing failed silently, every time."""
    from chatapp.remote.endpoints import make_endpoint

    monkeypatch.delenv("DOWN_TEST_KEY", raising=False)
    good = OpenAIServer().serve()
    try:
        app.catalogue.endpoints.add(make_endpoint("lab", good.url, api_key_env="DOWN_TEST_KEY"))
        _server, client = api
        with caplog.at_level(logging.WARNING, logger="chatapp.catalogue"):
            for _ in range(2):
                assert "lab/tiny" not in listed(client)[0]
                app.catalogue._background.join(10)
                app.catalogue._listed_at -= 60
        said = [r.getMessage() for r in caplog.records if "DOWN_TEST_KEY" in r.getMessage()]
        assert len(said) == 1, said
    finally:
        good.close()


def test_a_chat_to_a_server_that_never_answers_is_a_gateway_timeout(app, api, blackhole):
    """was: HTTP 502 (after 300 s) for a server that took the request and never answered."""
    from chatapp.remote.endpoints import make_endpoint

    app.catalogue.endpoints.add(make_endpoint("hole", blackhole))
    client = app.catalogue.client("hole")
    client.answer_timeout_s = client.stall_timeout_s = 1.0
    _server, api_client = api
    with pytest.raises(openai.APIStatusError) as failed:
        api_client.chat.completions.create(model="hole/any", messages=ASK, max_tokens=4)
    assert failed.value.status_code == 504
    assert "did not answer within 1 seconds" in str(failed.value)


def test_a_server_port_with_nothing_is_not_waited_for(chatapp_home):
    """A refused connection is said at once, as before (the short listing limits do not
    change it)."""
    run_cli("remote", "add", "dead", f"http://127.0.0.1:{free_port()}")
    result = run_cli("models")
    assert result.returncode == 1 and "dead: nothing answers at 127.0.0.1:" in result.stderr
