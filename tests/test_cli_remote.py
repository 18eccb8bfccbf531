"""`chatapp remote add|list|rm` as real processes against a scripted and a closed server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from llama_server import free_port
from openai_server import Canned, OpenAIServer, Reply


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, **env})


@pytest.fixture
def server():
    srv = OpenAIServer()
    srv.models = [{"id": "qwen3-32b", "object": "model", "owned_by": "vllm",
                   "max_model_len": 32768},
                  {"id": "gemma-3-27b", "object": "model", "owned_by": "vllm"}]
    srv.serve()
    yield srv
    srv.close()


def test_add_list_remove(server, chatapp_home: Path):
    assert "chatapp remote add NAME URL" in run_cli("remote", "list").stderr
    added = run_cli("remote", "add", "lab", server.url.removesuffix("/v1"), "--api-key-env",
                    "LAB_KEY", "--header", "X-Team=blue", LAB_KEY="sk-lab-secret")
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines() == [f"Added the connection lab: {server.url}",
                                         "It serves 2 models: qwen3-32b, gemma-3-27b"]
    dead = f"http://127.0.0.1:{free_port()}"
    added = run_cli("remote", "add", "dead", dead)
    assert added.returncode == 0 and added.stdout.startswith("Added the connection dead")
    (warning,) = added.stderr.splitlines()
    assert warning.startswith("chatapp: dead: nothing answers at 127.0.0.1:")
    assert warning.endswith("The connection is kept: its models are listed once the server "
                            "answers.")

    listing = run_cli("remote", "list", LAB_KEY="sk-lab-secret")
    assert listing.returncode == 1  # one server did not answer
    # aligned as tables are (was: "lab  http…" above "dead  http…", models unaligned)
    width = max(len(server.url), len(dead) + 3)
    assert listing.stdout.splitlines() == [
        f"lab   {server.url.ljust(width)}  (key: $LAB_KEY)",
        "  lab/qwen3-32b    context 32768",
        "  lab/gemma-3-27b",
        f"dead  {dead}/v1",
    ]
    (error,) = listing.stderr.splitlines()
    assert error.startswith("chatapp: dead: nothing answers at 127.0.0.1:")
    models_request = next(r for r in server.requests if r.path == "/v1/models")
    assert models_request.headers["authorization"] == "Bearer sk-lab-secret"
    assert models_request.headers["x-team"] == "blue"
    stored = (chatapp_home / "config" / "endpoints.json").read_text()
    assert "LAB_KEY" in stored and "sk-lab-secret" not in stored

    unset = run_cli("remote", "list")
    assert "LAB_KEY" in unset.stderr and unset.returncode == 1
    # a server's model is not benchmarked here: said first, whether its key is set or not
    for env in ({}, {"LAB_KEY": "sk-lab-secret"}):
        bench = run_cli("bench", "-m", "lab/qwen3-32b", "-p", "8", "-n", "2", **env)
        assert bench.returncode == 1 and bench.stderr.strip() == (
            "chatapp: chatapp bench measures models on this computer; lab/qwen3-32b runs on a "
            "server (each of its answers records its speed instead)."), bench.stderr

    removed = run_cli("remote", "rm", "dead")
    assert removed.returncode == 0 and removed.stdout.strip() == "Removed the connection dead."
    assert run_cli("remote", "list", LAB_KEY="k").returncode == 0


@pytest.mark.parametrize(("args", "needle"), [
    (("remote", "add", "a/b", "http://h:1"), '"a/b" cannot name a connection'),
    (("remote", "add", "gpu box", "http://h:1"), "letters, digits"),
    (("remote", "add", "x", "gpu box:8080"), "Not a server address"),
    (("remote", "add", "x", "http://h:1", "--header", "oops"), "The HTTP header oops is not"),
    (("remote", "add", "x", "http://h:1", "--api-key-env", "A B"), "variable"),
    # the key itself given where its variable's name goes is not said back
    (("remote", "add", "x", "http://h:1", "--api-key-env", "sk-SECRET"), "is not shown here"),
    (("remote", "add", "x", "http://h:1", "--api-key-env", "hf_AbSECRETdEfGhIjKlMnOp0123456789"),
     "is not shown here"),  # (a valid name, but a key's)
    (("remote", "rm", "nothing"), "no connection named nothing"),
])
def test_bad_input_is_one_line(args, needle):
    result = run_cli(*args)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("chatapp: ") and needle in line and "SECRET" not in line


def test_a_connections_model_where_one_on_this_computer_is_wanted_is_said_to_be_one(
        server, tmp_path):
    """rm and docs --embed of CONNECTION/MODEL say the model is on another machine (was:
    "lab/qwen3-32b does not exist.")."""
    run_cli("remote", "add", "lab", server.url)
    notes = tmp_path / "notes.txt"
    notes.write_text("Notes.\n")
    for args in (("rm", "--yes", "lab/qwen3-32b"),
                 ("docs", "add", "Notes", str(notes), "--embed", "lab/qwen3-32b")):
        result = run_cli(*args)
        assert result.returncode == 1
        assert result.stderr.splitlines() == [
            "chatapp: lab/qwen3-32b is a model on another machine (the connection lab): this "
            "takes a model on this computer. `chatapp remote rm lab` stops listing that "
            "server's models."]


def test_offline_lists_loopback_and_blocks_the_rest(server):
    run_cli("remote", "add", "local", server.url)
    run_cli("remote", "add", "far", "http://192.0.2.7:8000/v1", HF_HUB_OFFLINE="1")
    result = run_cli("remote", "list", HF_HUB_OFFLINE="1")
    assert "  local/qwen3-32b    context 32768" in result.stdout
    assert "Offline mode is on: far (192.0.2.7:8000)" in result.stderr
    assert result.returncode == 1


def test_offline_says_an_address_is_not_loopback_without_claiming_another_machine(server):
    """0.0.0.0 and a host name (which may well be this machine, as /etc/hosts can say) are
    blocked while offline, and the line says why: not a loopback address (was: "is on
    another machine", for addresses on this one)."""
    port = server.port
    run_cli("remote", "add", "any", f"http://0.0.0.0:{port}/v1")
    run_cli("remote", "add", "named", f"http://my-box.internal:{port}/v1", HF_HUB_OFFLINE="1")
    result = run_cli("remote", "list", HF_HUB_OFFLINE="1")
    for name, host in (("any", "0.0.0.0"), ("named", "my-box.internal")):
        assert (f"chatapp: Offline mode is on: {name} ({host}:{port}) is not at a loopback "
                "address (127.0.0.1, ::1, localhost), so it is not contacted. Turn offline "
                "mode off to use it.") in result.stderr.splitlines(), result.stderr
    assert "another machine" not in result.stderr
    malay = run_cli("remote", "list", HF_HUB_OFFLINE="1", LANG="ms_MY.UTF-8").stderr
    assert "127.0.0.1, ::1, localhost" in malay and "Offline mode" not in malay


def test_list_in_indonesian(server):
    run_cli("remote", "add", "dead", f"http://127.0.0.1:{free_port()}")
    result = run_cli("remote", "list", LANG="id_ID.UTF-8")
    assert "tidak ada yang menjawab" in result.stderr


def test_a_chat_with_a_server_that_does_not_answer_is_one_line_and_no_output():
    run_cli("remote", "add", "dead", f"http://127.0.0.1:{free_port()}")
    result = run_cli("chat", "-m", "dead/some-model", "hello")
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("chatapp: dead: nothing answers at 127.0.0.1:")


def test_models_are_listed_when_the_context_probes_fail(server):
    server.canned = {"/props": Canned(500), "/api/show": Canned(501)}  # Python's error pages
    run_cli("remote", "add", "p500", server.url)
    listing = run_cli("remote", "list")
    assert (listing.returncode, listing.stderr) == (0, "")
    assert listing.stdout.splitlines()[1:] == ["  p500/qwen3-32b    context 32768",
                                               "  p500/gemma-3-27b"]
    models = run_cli("models")
    assert models.returncode == 0 and "p500/gemma-3-27b" in models.stdout
    assert "HTTP" not in models.stdout


def test_a_servers_model_picked_in_the_window_is_the_one_default(server, chatapp_home: Path):
    """`chatapp models` marks once the model `chat` takes without -m: the server's, when it
    was picked last in the window (no local model is marked as well)."""
    import json

    run_cli("remote", "add", "box", server.url)
    (chatapp_home / "config" / "settings.json").write_text(
        json.dumps({"default_model": "box/gemma-3-27b"}), encoding="utf-8")
    models = run_cli("models")
    assert models.returncode == 0, models.stderr
    marked = [line for line in models.stdout.splitlines() if line.startswith("*")]
    assert marked == [f"* box/gemma-3-27b  [127.0.0.1:{server.port}]"], models.stdout
    # bench without -m takes the same model, and says that it measures local ones only
    bench = run_cli("bench", "-p", "8", "-n", "2", "-r", "1")
    assert bench.returncode == 1 and bench.stderr.strip() == (
        "chatapp: chatapp bench measures models on this computer; box/gemma-3-27b runs on a "
        "server (each of its answers records its speed instead)."), bench.stderr


def test_a_server_that_is_not_an_api_is_one_plain_line(server):
    server.canned = {"/v1/models": Canned(200, b"<html><body>Index of /</body></html>",
                                          "text/html")}
    run_cli("remote", "add", "junk", server.url)
    listing = run_cli("remote", "list")
    assert listing.returncode == 1
    assert listing.stderr == (f"chatapp: junk: the server at 127.0.0.1:{server.port} did not "
                              "answer as an OpenAI-compatible API.\n")


def test_chat_checks_the_connection_and_its_model_list(server):
    run_cli("remote", "add", "local", server.url)
    for model, message in (
            ("local/nonexistent",
             "local has no model nonexistent. Its models: qwen3-32b, gemma-3-27b."),
            ("nosuchendpoint/x",
             "There is no connection named nosuchendpoint (chatapp remote list shows them), "
             "and no model from nosuchendpoint/x in the library (`chatapp pull "
             "nosuchendpoint/x` downloads it from the Hub)."),
            ("nosuchendpoint/x/y",
             "There is no connection named nosuchendpoint (chatapp remote list shows them)."),
            ("local/", "Name a model after local/ (chatapp models lists them).")):
        result = run_cli("chat", "-m", model, "hi")
        assert (result.returncode, result.stdout, result.stderr) == (
            1, "", f"chatapp: {message}\n")
    assert not server.chat_requests()
    answered = run_cli("chat", "-m", "local/gemma-3-27b", "hi")
    assert answered.returncode == 0 and answered.stdout.strip() == "Hello there!"
    # a server without a model list decides itself
    server.models_status = 404
    answered = run_cli("chat", "-m", "local/any-model", "hi")
    assert answered.returncode == 0 and answered.stdout.strip() == "Hello there!"
    assert server.chat_requests()[-1].body["model"] == "any-model"


@pytest.mark.parametrize(("header", "shown"), [
    ("Authorization Bearer sk-LEAK-1234", "Authorization"),
    ("sk-LEAK-0123456789abcdef", "sk-L…"),  # a pasted token alone: only its start
])
def test_a_malformed_header_names_only_its_name(header, shown):
    result = run_cli("remote", "add", "leak", "http://127.0.0.1:9/v1", "--header", header)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (f"chatapp: The HTTP header {shown} is not written as Name=value "
                             "(or Name: value); its value is not shown here.\n")
    assert "LEAK-" not in result.stderr


def test_reasoning_that_only_closes_is_said_to_be_reasoning_once_it_ends(server):
    """A server whose template opened the reasoning sends only its end (vLLM without a
    reasoning parser): the text written before is said to be reasoning, and not kept as the
    answer."""
    run_cli("remote", "add", "lab", server.url)
    server.replies = [Reply(pieces=["Weigh", " it.", "</think>", "\n\nFine."], delay=0.3)]
    answered = run_cli("chat", "-m", "lab/qwen3-32b", "hi")
    assert answered.returncode == 0, answered.stderr
    assert answered.stdout == "Weigh it.\nFine.\n"
    assert answered.stderr == (
        "chatapp: The text above was the model's reasoning; its answer follows.\n")
    exported = run_cli("export", "--all", "--format", "json")
    assert '"content": "Fine."' in exported.stdout
    assert '"reasoning": "Weigh it."' in exported.stdout


def test_a_401_to_credentials_in_headers_names_the_headers_not_a_key(server):
    """`remote add … --header "Authorization=Bearer sk-WRONG"` against a server answering 401
    says that the credentials in the named headers were refused (those that carry some),
    their values not shown (was: "the server refused the API key", advising --api-key-env,
    with no key given)."""
    server.models_status = 401
    added = run_cli("remote", "add", "lab", server.url, "--header",
                    "Authorization=Bearer sk-WRONG", "--header", "X-Team: blue", "--header",
                    "X-Auth-Token=tok-secret")
    said = added.stderr
    assert ("lab: the server refused the credentials sent in the connection's headers "
            "(Authorization, X-Auth-Token) (HTTP 401)") in said, said
    assert "--header NAME=VALUE" in said
    assert "API key" not in said and "--api-key-env" not in said
    assert "sk-WRONG" not in said + added.stdout and "tok-secret" not in said + added.stdout


def test_a_damaged_connections_file_is_said_in_the_users_words(chatapp_home: Path):
    """Where the JSON breaks is said in the line's language, and what is wrong in it too
    (was: Python's English "Expecting ':' delimiter: line 3 column 11 (char 41)"
    inside the Malay line)."""
    path = chatapp_home / "config" / "endpoints.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"version": 1,\n "endpoints": [\n {"name: "lab"}]}\n', encoding="utf-8")
    said = run_cli("remote", "list", LANG="ms_MY.UTF-8")
    assert said.returncode == 1
    assert said.stderr.strip() == (
        f"chatapp: Fail sambungan {path} tidak dapat dibaca (kandungannya bukan JSON yang sah "
        "(baris 3, lajur 11)); fail itu dibiarkan seperti sedia ada. Betulkan atau buang fail "
        "itu."), said.stderr
    for content, english in (('{"endpoints": {}}', "no list"), ('{"endpoints": [7]}', "object"),
                             ("[" * 100000 + "]" * 100000, "Traceback")):
        path.write_text(content, encoding="utf-8")
        said = run_cli("remote", "list", LANG="ms_MY.UTF-8")
        (line,) = said.stderr.splitlines()
        assert line.startswith("chatapp: Fail sambungan") and english not in line, line


def test_a_servers_reason_ends_its_sentence_before_the_next_one(server):
    """was: "…the server failed (HTTP 500). Internal Server Error The connection is kept: …"
    (the server's reason ran on into the next sentence)."""
    server.canned = {"/v1/models": Canned(500, b"Internal Server Error", "text/plain")}
    added = run_cli("remote", "add", "p500", server.url)
    assert added.returncode == 0
    (line,) = added.stderr.splitlines()
    assert line.startswith("chatapp: p500: the server failed (HTTP 500). ")
    assert "Internal Server Error. The connection is kept: " in line, line


def test_list_shows_an_answer_timeout_other_than_the_default(server):
    """`remote list` says a connection's own answer timeout, --json always has it (was:
    neither showed the timeout given with `remote add NAME URL --timeout S`)."""
    assert run_cli("remote", "add", "slow", server.url, "--timeout", "600").returncode == 0
    assert run_cli("remote", "add", "lab", server.url).returncode == 0
    listing = run_cli("remote", "list")
    assert listing.returncode == 0, listing.stderr
    heads = [line for line in listing.stdout.splitlines() if not line.startswith(" ")]
    assert heads == [f"slow  {server.url}  answer timeout 600 s", f"lab   {server.url}"]
    malay = run_cli("remote", "list", LANG="ms_MY.UTF-8").stdout
    assert "answer timeout" not in malay and " 600 s" in malay.splitlines()[0], malay
    import json

    listed = json.loads(run_cli("remote", "list", "--json").stdout)
    assert [(e["name"], e["timeout_s"]) for e in listed["endpoints"]] == [
        ("slow", 600.0), ("lab", 300.0)]
