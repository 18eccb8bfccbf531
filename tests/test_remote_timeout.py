"""A connection's answer timeout: set with `chatapp remote add --timeout S` or the Connections
dialog, kept in the endpoints file, and used as the answer's read timeout (was: fixed at 300 s
for every server, so a slow server's long prompt could not be waited for longer, and a dead
one held the answer for five minutes)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from openai_server import OpenAIServer, Reply
from test_cli_remote import run_cli
from test_connections_dialog import fill, open_connections
from test_conversation_window import close_window

from chatapp.remote.client import RemoteClient
from chatapp.remote.endpoints import EndpointError, EndpointStore, make_endpoint
from chatapp.remote.errors import TIMEOUT
from chatapp.remote.generation import RemoteModel


@pytest.fixture
def server():
    srv = OpenAIServer()
    srv.models = [{"id": "slow-model", "object": "model", "owned_by": "vllm"}]
    srv.serve()
    yield srv
    srv.close()


def test_cli_timeout_is_kept_and_ends_a_slow_answer(server, chatapp_home: Path):
    """was: no --timeout; a server slower than 300 s to begin ended every answer."""
    added = run_cli("remote", "add", "slow", server.url, "--timeout", "1.5")
    assert added.returncode == 0, added.stderr
    stored = json.loads(next(chatapp_home.rglob("endpoints.json")).read_text())
    assert stored["endpoints"][0]["answer_timeout_s"] == 1.5
    server.replies = [Reply(fault="slow", delay=6)]
    started = time.monotonic()
    result = run_cli("chat", "-m", "slow/slow-model", "hi")
    assert time.monotonic() - started < 6
    assert result.returncode == 1 and result.stdout == ""
    assert "did not answer within 1.5 seconds" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("given", ["abc", "0", "-5", "100000"])
def test_a_bad_timeout_is_one_line(given: str):
    result = run_cli("remote", "add", "lab", "http://127.0.0.1:9/v1", "--timeout", given)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"chatapp: The answer timeout must be a number of seconds from 1 to 86400 (given: "
        f"{given})."]


def test_the_endpoints_timeout_is_the_answers_read_timeout(server):
    """was: RemoteClient waited ANSWER_TIMEOUT_S (300 s) whatever the endpoint."""
    endpoint = make_endpoint("slow", server.url, answer_timeout_s=1)
    client = RemoteClient(endpoint)
    assert client.answer_timeout_s == 1.0
    server.replies = [Reply(fault="slow", delay=6)]
    started = time.monotonic()
    generation = RemoteModel(client, "slow-model").generate(
        [{"role": "user", "content": "hi"}], {"max_tokens": 8})
    list(generation)
    assert time.monotonic() - started < 4
    assert generation.error is not None and generation.error.template == TIMEOUT
    client.close()


def test_a_file_without_a_timeout_gets_the_default(chatapp_home: Path):
    """Endpoints files written before the setting existed answer as before: 300 s."""
    from chatapp.paths import app_paths

    store = EndpointStore(app_paths().ensure())
    store.path.write_text(json.dumps({"version": 1, "endpoints": [
        {"name": "old", "base_url": "http://127.0.0.1:8080/v1"}]}))
    (endpoint,) = store.load()
    assert endpoint.answer_timeout_s == 300.0
    store.path.write_text(json.dumps({"version": 1, "endpoints": [
        {"name": "odd", "base_url": "http://127.0.0.1:8080/v1", "answer_timeout_s": "soon"}]}))
    with pytest.raises(EndpointError):
        store.load()


def test_the_dialogs_answer_timeout_field_is_saved_and_shown(qtbot, server, chatapp_home):
    """was: the Connections dialog had no timeout field."""
    window, dialog = open_connections(qtbot)
    try:
        assert dialog.timeout_edit.value() == 300  # a new connection's default
        fill(dialog, "lab", server.url)
        dialog.timeout_edit.setValue(900)
        assert dialog.changed
        assert dialog.save()
        (endpoint,) = dialog.store.load()
        assert endpoint.answer_timeout_s == 900.0
        dialog.new()
        assert dialog.timeout_edit.value() == 300
        dialog.reload(select="lab")
        assert dialog.timeout_edit.value() == 900 and not dialog.changed
    finally:
        close_window(window)
