"""`--json` of `chatapp models`, `chatapp conversations` and `chatapp remote list`: one JSON
document on stdout with stable field names and no secrets, failures as lines on stderr (real
`chatapp` processes, a scripted OpenAI-compatible server and a closed port, a real SQLite
file, the tiny model)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from llama_server import free_port
from openai_server import OpenAIServer

from chatapp.paths import app_paths
from chatapp.remote.endpoints import EndpointStore, make_endpoint
from chatapp.store import Store

README = Path(__file__).resolve().parent.parent / "README.md"
SECRETS = ("sk-stored-secret", "sk-env-secret", "team-secret")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "LAB_KEY": "sk-env-secret"})


@pytest.fixture
def servers(tiny_home: Path):
    """"lab" (a stored key and a secret header) serves two models; "env" (its key in an
    environment variable) serves one; "dead" does not answer."""
    lab, env = OpenAIServer(), OpenAIServer()
    lab.models = [{"id": "qwen3-32b", "object": "model", "max_model_len": 32768},
                  {"id": "gemma-3-27b", "object": "model"}]
    lab.serve()
    env.serve()
    store = EndpointStore(app_paths().ensure())
    store.add(make_endpoint("lab", lab.url, api_key="sk-stored-secret",
                            headers={"X-Team": "team-secret"}))
    store.add(make_endpoint("env", env.url, api_key_env="LAB_KEY"))
    store.add(make_endpoint("dead", f"http://127.0.0.1:{free_port()}/v1"))
    yield lab, env
    lab.close()
    env.close()


def _document(done: subprocess.CompletedProcess) -> dict:
    assert "Traceback" not in done.stderr, done.stderr
    assert not any(secret in done.stdout for secret in SECRETS), done.stdout
    return json.loads(done.stdout)  # (one document: anything else on stdout fails here)


def test_remote_list_and_models_as_json(servers, tiny_home: Path) -> None:
    """was: --json was refused ("unrecognized arguments") by both."""
    lab, env = servers
    done = run_cli("remote", "list", "--json")
    assert done.returncode == 1  # "dead" did not answer: said on stderr, as without --json
    (error,) = done.stderr.splitlines()
    assert error.startswith("chatapp: dead: nothing answers at 127.0.0.1:")
    listed = {e["name"]: e for e in _document(done)["endpoints"]}
    assert listed["lab"] == {
        "name": "lab", "base_url": lab.url, "key": "stored", "headers": ["X-Team"],
        "timeout_s": 300.0,  # (was: not there)
        "models": [{"key": "lab/qwen3-32b", "model_id": "qwen3-32b", "context_length": 32768},
                   {"key": "lab/gemma-3-27b", "model_id": "gemma-3-27b",
                    "context_length": None}],
        "error": None}
    assert listed["env"]["key"] == "$LAB_KEY" and listed["env"]["models"][0]["key"] == "env/tiny"
    assert listed["dead"]["models"] is None
    assert listed["dead"]["error"] == error.removeprefix("chatapp: ")
    request = next(r for r in env.requests if r.path == "/v1/models")
    assert request.headers["authorization"] == "Bearer sk-env-secret"  # (it was used)

    done = run_cli("models", "--json")
    assert done.returncode == 1 and done.stderr.startswith("chatapp: dead: nothing answers")
    data = _document(done)
    assert sorted(data) == ["models", "others", "remote", "skipped"]
    tiny = next(m for m in data["models"] if m["file_name"] == "tiny-llama-F32.gguf")
    path = tiny_home / "data" / "models" / "tiny-llama-F32.gguf"
    assert tiny["path"] == str(path) and tiny["paths"] == [str(path)]
    assert tiny["size_bytes"] == path.stat().st_size and tiny["architecture"] == "llama"
    assert tiny["kind"] == "chat" and tiny["problem"] is None and tiny["key"]
    remote = {m["key"]: m for m in data["remote"]}
    assert sorted(remote) == ["env/tiny", "lab/gemma-3-27b", "lab/qwen3-32b"]
    assert remote["lab/qwen3-32b"] == {
        "key": "lab/qwen3-32b", "endpoint": "lab", "model_id": "qwen3-32b",
        "context_length": 32768, "host": lab.url.split("/")[2], "default": False,
        "problem": None}
    local = run_cli("models", "--local", "--json")  # no server asked: none can fail
    assert local.returncode == 0 and local.stderr == ""
    assert _document(local)["remote"] == [] and _document(local)["models"] == data["models"]
    said = README.read_text(encoding="utf-8")  # (each field is in the README)
    said = said[said.index("`--json` on `chatapp models`"):]
    for key in [*data, *tiny, *remote["lab/qwen3-32b"], *listed["lab"],
                *listed["lab"]["models"][0]]:
        assert f'"{key}"' in said, key


def test_conversations_as_json(chatapp_home: Path) -> None:
    """was: --json was refused ("unrecognized arguments")."""
    store = Store(chatapp_home / "data" / "chatapp.db")
    first = store.create_conversation(title="Trip to Paris")
    store.add_message(first.id, None, "user", "Which museum opens first?")
    second = store.create_conversation(title="Groceries")
    store.close()
    done = run_cli("conversations", "--json", "--limit", "1")
    assert done.returncode == 0, done.stderr
    data = _document(done)
    assert data["more"] == 1 and [c["id"] for c in data["conversations"]] == [second.id]
    (row,) = data["conversations"]
    assert sorted(row) == ["created_at", "eval_run_id", "id", "kind", "messages", "model_key",
                           "title", "updated_at"]
    assert row["title"] == "Groceries" and row["messages"] == 0
    found = _document(run_cli("conversations", "museum", "--json"))
    assert found == {"query": "museum", "hits": [
        {"conversation_id": first.id, "title": "Trip to Paris",
         "snippet": found["hits"][0]["snippet"]}], "more": 0}
    assert "museum" in found["hits"][0]["snippet"]
    empty = run_cli("conversations", "nothing-like-it", "--json")
    assert empty.returncode == 0 and json.loads(empty.stdout)["hits"] == []
    # the README says each field (was: --json of these commands not in it)
    said = README.read_text(encoding="utf-8")
    said = said[said.index("`--json` on `chatapp models`"):]
    for key in [*data, *row, *found, *found["hits"][0]]:
        assert f'"{key}"' in said, key
