"""One answer pipeline for every front end, with local and remote models: the same
provenance whoever asks, remote answers through real and scripted servers."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openai_server import OpenAIServer, Reply

from chatapp.catalogue import RemoteEntry
from chatapp.compare.prompts import load_prompts
from chatapp.compare.side_by_side import Comparison
from chatapp.remote.endpoints import make_endpoint
from chatapp.ui.provenance import short_name

needs_llama = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

PROVENANCE = ("model_name", "model_key", "model_quant", "model_arch", "model_path",
              "template_source", "template_name", "template_sha256", "n_ctx", "n_gpu_layers",
              "params")
PARAMS = {"max_tokens": 6, "temperature": 0.0, "seed": 1}


@pytest.fixture
def server():
    server = OpenAIServer().serve()
    yield server
    server.close()


def connect(app, name: str, url: str) -> None:
    app.catalogue.endpoints.add(make_endpoint(name, url))


@needs_llama
def test_an_answer_with_a_random_seed_stores_the_seed_that_makes_it_again(tiny_home: Path) -> None:
    from chatapp.context import open_app

    with open_app() as app:
        model = app.library.resolve("tiny-llama-F32")
        sampled = {"max_tokens": 12, "temperature": 1.5, "top_k": 0, "top_p": 1.0,
                   "min_p": 0.0, "ignore_eos": True}
        texts, seeds = [], []
        for params in ({**sampled, "seed": -1}, sampled):  # each in a new conversation
            _user, answer = app.chat.send(app.store.create_conversation().id, "hello", model,
                                          params)
            texts.append("".join(answer))
            seed = answer.message.sampling["seed"]
            assert isinstance(seed, int) and 0 <= seed < 2**31
            seeds.append(seed)
        assert seeds[0] != seeds[1]
        _user, again = app.chat.send(app.store.create_conversation().id, "hello", model,
                                     {**sampled, "seed": seeds[0]})
        assert "".join(again) == texts[0] and again.message.sampling["seed"] == seeds[0]


@needs_llama
def test_chat_compare_and_eval_answers_say_how_they_were_made_alike(tiny_home: Path,
                                                                    tmp_path: Path) -> None:
    from chatapp.compare.evaluate import EvalRun
    from chatapp.context import open_app

    app = open_app()
    try:
        model = app.library.resolve("tiny-llama-F32")
        conversation = app.store.create_conversation()
        _user, answer = app.chat.send(conversation.id, "hello", model, dict(PARAMS))
        list(answer)
        chat_row = answer.message
        comparison = Comparison(app.chat.pipeline, app.store.create_conversation().id,
                                "hello", [model], [dict(PARAMS)])
        comparison.start()
        assert comparison.wait(60)
        compare_row = comparison.panes[0].message
        prompts_file = tmp_path / "set.txt"
        prompts_file.write_text("hello\n", encoding="utf-8")
        (result,) = EvalRun(app.chat.pipeline, load_prompts(prompts_file), [model],
                            tmp_path / "run", dict(PARAMS)).run()
        eval_row = app.store.message(result.message_id)
        rows = [chat_row, compare_row, eval_row]
        assert all(r.finish_reason in ("stop", "length") for r in rows)
        assert chat_row.template_sha256 and chat_row.model_path == model.path
        for column in PROVENANCE:
            values = {json.dumps(getattr(r, column), sort_keys=True) for r in rows}
            assert len(values) == 1, (column, values)
    finally:
        app.close()


def test_a_remote_answer_is_stored_with_where_it_came_from(tiny_home: Path, server) -> None:
    from chatapp.context import open_app

    server.replies = [Reply(pieces=["Hi", " from", " afar"], reasoning=["Greet."],
                            usage={"prompt_tokens": 5, "completion_tokens": 3})]
    app = open_app()
    try:
        connect(app, "box", server.url)
        model = app.catalogue.resolve("box/tiny")
        assert isinstance(model, RemoteEntry)
        conversation = app.store.create_conversation()
        _user, answer = app.chat.send(conversation.id, "hello", model, dict(PARAMS))
        # named as the pickers name it from its first moment, not only once written
        assert short_name(app.store.message(answer.message.id)) == "box/tiny"
        assert "".join(answer) == "Hi from afar"
        row = app.store.message(answer.message.id)
        assert (row.content, row.reasoning, row.finish_reason) == ("Hi from afar", "Greet.",
                                                                   "stop")
        assert (row.model_key, row.model_name, row.endpoint) == ("box/tiny", "tiny", "box")
        assert row.endpoint_host == f"127.0.0.1:{server.port}"
        assert (row.served_model, row.system_fingerprint) == ("served-model", "fp_test")
        assert (row.prompt_tokens, row.completion_tokens) == (5, 3)
        assert row.model_path is None and row.template_sha256 is None
    finally:
        app.close()


@needs_llama
def test_a_conversation_switches_between_a_local_and_a_remote_model(tiny_home: Path,
                                                                     server) -> None:
    from chatapp.context import open_app

    server.replies = [Reply(pieces=["Remote", " here"])]
    app = open_app()
    try:
        connect(app, "box", server.url)
        local = app.library.resolve("tiny-llama-F32")
        remote = app.catalogue.resolve("box/tiny")
        conversation = app.store.create_conversation()
        for model, text in ((local, "one"), (remote, "two"), (local, "three")):
            _user, answer = app.chat.send(conversation.id, text, model, dict(PARAMS))
            list(answer)
            assert answer.message.finish_reason in ("stop", "length"), answer.message.error
        sent = server.chat_requests()[0].body["messages"]
        assert [m["role"] for m in sent] == ["user", "assistant", "user"]
        assert sent[0]["content"] == "one" and sent[2]["content"] == "two"
        keys = [m.model_key for m in app.store.current_branch(conversation.id)
                if m.role == "assistant"]
        assert keys == [local.key, "box/tiny", local.key]
    finally:
        app.close()


def test_a_remote_failure_keeps_the_text_and_is_one_line(tiny_home: Path, server) -> None:
    from chatapp.context import open_app

    server.replies = [Reply(pieces=["Partial", " text"], fault="cut")]
    app = open_app()
    try:
        connect(app, "box", server.url)
        conversation = app.store.create_conversation()
        _user, answer = app.chat.send(conversation.id, "hello", app.catalogue.resolve("box/tiny"),
                                      dict(PARAMS))
        list(answer)
        row = app.store.message(answer.message.id)
        assert row.finish_reason == "error" and row.content == "Partial text"
        assert row.error and "\n" not in row.error and answer.error is not None
    finally:
        app.close()


@needs_llama
def test_compare_mixes_a_local_and_a_remote_pane(tiny_home: Path, server) -> None:
    from chatapp.context import open_app

    server.replies = [Reply(pieces=["Far", " away"])]
    app = open_app()
    try:
        connect(app, "box", server.url)
        models = [app.library.resolve("tiny-llama-F32"), app.catalogue.resolve("box/tiny")]
        comparison = Comparison(app.chat.pipeline, app.store.create_conversation().id,
                                "hello", models, [dict(PARAMS), dict(PARAMS)])
        comparison.start()
        assert comparison.wait(60)
        local, remote = (p.message for p in comparison.panes)
        assert local.parent_id == remote.parent_id
        assert local.finish_reason in ("stop", "length") and local.model_path
        assert (remote.content, remote.endpoint, remote.finish_reason) == ("Far away", "box",
                                                                           "stop")
    finally:
        app.close()


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy())


def test_the_cli_lists_chats_with_and_evaluates_remote_models(tiny_home: Path, server,
                                                              tmp_path: Path) -> None:
    server.replies = [Reply(pieces=["Paris", "."])]
    assert run_cli("remote", "add", "box", server.url).returncode == 0
    listed = run_cli("models")
    assert listed.returncode == 0 and "box/tiny" in listed.stdout
    chat = run_cli("chat", "-m", "box/tiny", "Capital of France?")
    assert chat.returncode == 0, chat.stderr
    assert chat.stdout.strip() == "Paris."
    prompts = tmp_path / "set.jsonl"
    prompts.write_text(json.dumps({"prompt": "Capital?", "expected": "Paris"}) + "\n",
                       encoding="utf-8")
    evaluated = run_cli("eval", "--models", "box/tiny", "--prompts", str(prompts), "--out",
                        str(tmp_path / "run"))
    assert evaluated.returncode == 0, evaluated.stderr
    (result,) = [json.loads(line) for line in
                 (tmp_path / "run" / "results.jsonl").read_text().splitlines()]
    assert result["model_key"] == "box/tiny" and result["checks"] == [True]
    server.close()
    failed = run_cli("chat", "-m", "box/tiny", "again?")
    assert failed.returncode == 1
    lines = failed.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in failed.stderr


def test_an_answer_says_when_the_server_asked_to_wait(tiny_home: Path, server) -> None:
    import threading
    import time

    from openai_server import Canned

    from chatapp.cli_waiting import waiting_text
    from chatapp.context import open_app

    server.canned = {"/v1/chat/completions": Canned(
        429, {"error": {"message": "slow down"}}, headers={"Retry-After": "2"})}
    app = open_app()
    try:
        connect(app, "box", server.url)
        model = app.catalogue.resolve("box/tiny")
        conversation = app.store.create_conversation()
        _user, answer = app.chat.send(conversation.id, "hello", model, dict(PARAMS))
        assert waiting_text(answer, str) == "Waiting for the first token…"
        text: list[str] = []
        reader = threading.Thread(target=lambda: text.append("".join(answer)))
        reader.start()
        deadline = time.monotonic() + 5
        while answer.retry_in_s is None and time.monotonic() < deadline:
            time.sleep(0.02)
        said = waiting_text(answer, str)
        assert said in ("The server asked to wait: asking again in 2 s…",
                        "The server asked to wait: asking again in 1 s…"), said
        reader.join(20)
        assert text == [""]  # asked again once, refused again: one line, stored
        row = app.store.message(answer.message.id)
        assert row.finish_reason == "error" and row.error
    finally:
        app.close()


def _recorded_but_not_sent(stored: dict, body: dict) -> dict:
    """The stored sampling fields whose value the request did not carry (flags and an
    empty stop list left out: they ask for nothing)."""
    return {k: v for k, v in stored.items()
            if k not in ("seed_random", "drop_turns") and v != []
            and body.get(k) != v}


def test_a_remote_answer_records_only_the_sampling_it_sent(tiny_home: Path, server) -> None:
    """The seed drawn for an answer is the one sent, and every recorded field was sent
    (was: "Seed 273769493 (seed picked at random)" stored, and no seed in the request; after
    a server refused top_k, the answer still named the top_k it never got)."""
    from chatapp.context import open_app
    from chatapp.settings import Sampling

    server.replies = [Reply(pieces=["Hi"]), Reply(fault="status", status=400, body={"error": {
        "message": "Unrecognized request argument supplied: top_k"}}), Reply(pieces=["Ok"])]
    app = open_app()
    try:
        connect(app, "box", server.url)
        model = app.catalogue.resolve("box/tiny")
        params = {**Sampling().to_dict(), "seed": -1, "ignore_eos": True}
        _user, answer = app.chat.send(app.store.create_conversation().id, "hi", model,
                                      dict(params))
        assert "".join(answer) == "Hi"
        stored = app.store.message(answer.message.id).sampling
        body = server.chat_requests()[-1].body
        assert stored["seed_random"] is True and body["seed"] == stored["seed"]
        assert _recorded_but_not_sent(stored, body) == {}
        assert {"temperature", "top_p", "top_k", "min_p", "repeat_penalty",
                "max_tokens"} <= set(stored)

        connect(app, "box2", server.url)  # (a model that has not been refused yet)
        model = app.catalogue.resolve("box2/tiny")
        _user, answer = app.chat.send(app.store.create_conversation().id, "hi", model,
                                      dict(params))
        assert "".join(answer) == "Ok"
        stored = app.store.message(answer.message.id).sampling
        body = server.chat_requests()[-1].body
        assert "top_k" not in body and _recorded_but_not_sent(stored, body) == {}
        assert body["seed"] == stored["seed"] and stored["temperature"] == 0.7
    finally:
        app.close()
