"""`chatapp eval` with models of two servers that serve the same model id: each is named by
its connection (ENDPOINT/MODEL_ID) in the run, its results and its report (two scripted
OpenAI-compatible servers on loopback ports)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openai_server import OpenAIServer, Reply

from chatapp.cli import main
from chatapp.remote.endpoints import EndpointStore, make_endpoint


@pytest.fixture
def servers(chatapp_home: Path) -> Iterator[tuple[OpenAIServer, OpenAIServer]]:
    """Two servers, each listing the model "tiny", added as the connections a and b."""
    pair = (OpenAIServer().serve(), OpenAIServer().serve())
    pair[0].replies = [Reply(pieces=["Paris"])]
    pair[1].replies = [Reply(pieces=["Lyon"])]
    from chatapp.paths import app_paths

    store = EndpointStore(app_paths())
    for name, server in zip("ab", pair, strict=True):
        store.add(make_endpoint(name, server.url))
    yield pair
    for server in pair:
        server.close()


def test_the_same_model_id_on_two_servers_is_two_models(servers, tmp_path: Path, capsys):
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("Capital of France?\n")
    out = tmp_path / "run"
    assert main(["eval", "--models", "a/tiny,b/tiny", "--prompts", str(prompts),
                 "--out", str(out)]) == 0
    results = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert sorted((r["model"], r["model_file"], r["model_key"], r["answer"])
                  for r in results) == [("a/tiny", "a/tiny", "a/tiny", "Paris"),
                                        ("b/tiny", "b/tiny", "b/tiny", "Lyon")]
    with open(out / "summary.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert sorted(row[0] for row in rows[1:]) == ["a/tiny", "b/tiny"]
    run = json.loads((out / "run.json").read_text())
    assert [v["model_file"] for v in run["variants"]] == ["a/tiny", "b/tiny"]
    assert "a/tiny" in (out / "report.html").read_text()
    assert all(len(s.chat_requests()) == 1 for s in servers)


def test_one_model_named_twice_is_still_refused(servers, tmp_path: Path, capsys):
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("Capital of France?\n")
    assert main(["eval", "--models", "a/tiny,a/tiny", "--prompts", str(prompts),
                 "--out", str(tmp_path / "run")]) == 1
    assert "A model is named twice." in capsys.readouterr().err
