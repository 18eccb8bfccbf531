"""The local OpenAI-compatible API, through the official openai client against `chatapp serve`
on a free port: the starter model, a scripted model whose template takes tools, a small
embedding model, real worker processes and a real uvicorn server."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Literal

import pytest
from api_models import ANSWER_TEXT, WEATHER_TOOL, write_embedding_model, write_tool_model
from api_server import REPO, TOKEN, listening, serve

openai = pytest.importorskip("openai")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
pytestmark = pytest.mark.slow

STARTER = "gemma-3-270m-q4_k_m"
HELLO = [{"role": "user", "content": "Write a short story about a lighthouse."}]


@pytest.fixture(scope="module")
def api_home(tmp_path_factory: pytest.TempPathFactory, starter_file: Path) -> Path:
    """A CHATAPP_HOME with the starter model, the tool-calling model and an embedding
    model."""
    home = tmp_path_factory.mktemp("api-home")
    starter = home / "cache" / "starter" / starter_file.name
    starter.parent.mkdir(parents=True)
    os.link(starter_file, starter)
    models = home / "data" / "models"
    models.mkdir(parents=True)
    write_tool_model(models / "tiny-tools.gguf")
    write_embedding_model(models / "tiny-embed.gguf")
    return home


@pytest.fixture(scope="module")
def api(api_home: Path):
    """`chatapp serve` on a free port for the tests of this module; stopped with Ctrl+C,
    which must end it with exit status 0."""
    with serve(api_home) as served:
        yield served
    assert served.returncode == 0, served.lines
    # (the line of a request its client gave up on may come after it on a loaded machine)
    assert any("The API stopped." in line for line in served.stderr[-3:]), served.stderr[-3:]


def raw(api, path: str, body: bytes | None = None, token: str | None = TOKEN,
        method: str | None = None) -> tuple[int, dict]:
    """A request without the client: (status, JSON body)."""
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(api.url.removesuffix("/v1") + path, data=body,
                                     headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_serve_reports_on_stderr_and_says_how_to_reach_it_on_stdout(api) -> None:
    """stdout holds what a program needs to use the API (where it listens, what its requests
    need); the line per request is a report, on stderr with the warnings, as the README says
    of every command (was: the request lines on stdout)."""
    assert raw(api, "/v1/models")[0] == 200
    line = api.wait_for_line(r"  /v1/models  200$")
    assert line in api.stderr
    assert api.stdout == [f"The OpenAI-compatible API listens on {api.url} (Ctrl+C stops it).",
                          "Requests need the token given with --token."], api.stdout


def test_it_listens_on_this_computer_only(api) -> None:
    port = int(api.url.rsplit(":", 1)[1].split("/")[0])
    assert listening(api.process.pid) == [("127.0.0.1", port)]


def test_every_page_allowed_is_warned_of_as_the_network_is(api_home: Path) -> None:
    """--cors * (every web page) gets its warning, as --host 0.0.0.0 does (was: none)."""
    with serve(api_home, "--cors", "*") as served:
        origin = {"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}
        request = urllib.request.Request(served.url + "/chat/completions", method="OPTIONS",
                                         headers=origin)
        with urllib.request.urlopen(request, timeout=10) as reply:
            assert reply.headers["access-control-allow-origin"] == "*"
    assert "Warning: --cors * lets every web page you open call the API (those that have the " \
        "token can use the models)." in served.lines


def readme_block(language: str, marker: str) -> str:
    """The README's code block in language that holds marker."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    for block in re.findall(rf"```{language}\n(.*?)```", text, re.S):
        if marker in block:
            return block
    raise AssertionError(f"no {language} block with {marker!r} in the README")


def test_the_readme_examples_work(api, tmp_path: Path) -> None:
    token_file = tmp_path / "api-token"
    token_file.write_text(TOKEN + "\n")
    readme_url, readme_token = "http://127.0.0.1:8765/v1", "~/.config/chatapp/api-token"
    snippet = readme_block("python", "OpenAI(base_url")
    assert readme_url in snippet and readme_token in snippet
    snippet = snippet.replace(readme_url, api.url).replace(readme_token, str(token_file))
    ran = subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True,
                         timeout=300)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip()

    curl = readme_block("sh", "curl ")
    assert readme_url in curl and readme_token in curl
    curl = curl.replace(readme_url, api.url).replace(readme_token, str(token_file))
    ran = subprocess.run(["bash", "-c", curl], capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stderr
    reply = json.loads(ran.stdout)
    assert reply["object"] == "chat.completion" and reply["choices"][0]["message"]["content"]
    assert reply["usage"]["completion_tokens"] <= 40


# models


def test_models_list_every_model_with_whether_it_is_loaded(api) -> None:
    client = api.client()
    listed = {m.id: m for m in client.models.list().data}
    assert {STARTER, "tiny-tools", "tiny-embed"} <= set(listed)
    assert all(m.object == "model" and isinstance(m.created, int) and m.owned_by
               for m in listed.values())
    assert listed["tiny-embed"].model_extra["kind"] == "embedding"
    assert listed[STARTER].model_extra["kind"] == "chat"
    # the context requests get (the app's 4096 tokens), not the 32,768 it was trained for
    assert listed[STARTER].model_extra["context_length"] == 4096
    assert listed[STARTER].model_extra["max_context_length"] == 32768
    client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=2)
    listed = {m.id: m for m in client.models.list().data}
    assert listed[STARTER].model_extra["loaded"] is True
    assert client.models.retrieve(STARTER).id == STARTER
    # a client that takes turns with two models does not reload each (was: one loaded)
    client.chat.completions.create(model="tiny-tools", messages=HELLO, max_tokens=2)
    listed = {m.id: m for m in client.models.list().data}
    assert listed[STARTER].model_extra["loaded"] and listed["tiny-tools"].model_extra["loaded"]
    assert raw(api, "/health") == (200, {"status": "ok"})


# chat completions


def test_chat_streamed_and_not_give_the_same_text_and_usage(api) -> None:
    client = api.client()
    whole = client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=12,
                                           temperature=0)
    choice = whole.choices[0]
    assert choice.message.role == "assistant" and choice.message.content
    assert choice.finish_reason == "length"
    assert whole.usage.completion_tokens == 12
    assert whole.usage.prompt_tokens > 5
    assert whole.usage.total_tokens == whole.usage.prompt_tokens + 12
    assert whole.id.startswith("chatcmpl-") and whole.model == STARTER

    chunks = list(client.chat.completions.create(
        model=STARTER, messages=HELLO, max_completion_tokens=12, temperature=0, stream=True,
        stream_options={"include_usage": True}))
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == choice.message.content
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finishes[-1] == "length" and not any(finishes[:-1])
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == 12
    assert chunks[-1].usage.prompt_tokens == whole.usage.prompt_tokens
    assert len({c.id for c in chunks}) == 1


def test_stop_strings_end_the_answer_before_them(api) -> None:
    client = api.client()
    free = client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=24,
                                          temperature=0).choices[0].message.content
    words = free.split()
    stop = next(w for w in words[2:] if len(w) > 2)
    cut = client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=24,
                                         temperature=0, stop=[stop, "\x00never"]).choices[0]
    assert cut.message.content == free[:free.index(stop)].strip() or \
        cut.message.content == free[:free.index(stop)]
    assert cut.finish_reason == "stop"
    # an empty stop string is ignored and the rest used, as OpenAI and llama-server do (was:
    # a 400 "A stop string is empty")
    for stop_sent in ([stop, ""], ["", stop]):
        same = client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=24,
                                              temperature=0, stop=stop_sent).choices[0]
        assert (same.message.content, same.finish_reason) == (cut.message.content, "stop")
    for nothing in ("", [""]):  # no stop string at all: the answer as without one
        status, body = raw(api, "/v1/chat/completions", json.dumps(
            {"model": STARTER, "messages": HELLO, "max_tokens": 24, "temperature": 0,
             "stop": nothing}).encode())
        assert status == 200 and body["choices"][0]["message"]["content"] == free, body


def test_half_a_surrogate_pair_in_a_request_is_read_as_a_replacement_character(api) -> None:
    """JSON may escape half of a UTF-16 surrogate pair alone ("\\ud800"): the request is
    answered as with U+FFFD there (as llama-server reads it), never left waiting."""
    def ask(text: str) -> tuple[int, dict]:
        body = json.dumps({"model": STARTER, "max_tokens": 4, "temperature": 0, "stop": [text],
                           "messages": [{"role": "system", "content": text},
                                        {"role": "user", "content": text}]}).encode()
        return raw(api, "/v1/chat/completions", body)

    status, lone = ask("a\ud800b")
    assert status == 200, lone
    status, replaced = ask("a\ufffdb")
    assert (lone["choices"], lone["usage"]) == (replaced["choices"], replaced["usage"])


def test_the_same_seed_gives_the_same_text(api) -> None:
    client = api.client()

    def sample(seed: int) -> str:
        return client.chat.completions.create(
            model=STARTER, messages=HELLO, max_tokens=24, temperature=1.0, top_p=1.0,
            seed=seed).choices[0].message.content

    first = sample(42)
    assert sample(42) == first
    assert first != sample(43) or first != sample(44)


def test_a_json_schema_answer_parses_and_validates(api) -> None:
    from pydantic import BaseModel, Field

    class Weather(BaseModel):
        city: str = Field(max_length=16)
        sunny: bool
        mood: Literal["calm", "stormy"]

    client = api.client()
    parsed = client.chat.completions.parse(
        model=STARTER, messages=[{"role": "user", "content": "Describe the weather in Oslo."}],
        response_format=Weather, max_tokens=80, temperature=0).choices[0]
    assert parsed.finish_reason == "stop"
    assert isinstance(parsed.message.parsed, Weather)
    Weather.model_validate_json(parsed.message.content)

    anything = client.chat.completions.create(
        model=STARTER, messages=HELLO, max_tokens=60, temperature=0,
        response_format={"type": "json_object"}).choices[0]
    if anything.finish_reason == "stop":
        assert isinstance(json.loads(anything.message.content), dict)
    else:  # cut off at the limit: still JSON so far
        assert anything.message.content.lstrip().startswith("{")


def test_tool_call_round_trip(api) -> None:
    client = api.client()
    ask = [{"role": "user", "content": "What is the weather in Paris?"}]
    first = client.chat.completions.create(model="tiny-tools", messages=ask,
                                           tools=[WEATHER_TOOL], max_tokens=40).choices[0]
    assert first.finish_reason == "tool_calls"
    assert first.message.content is None
    (call,) = first.message.tool_calls
    assert call.type == "function" and call.id.startswith("call_")
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Paris"}

    history = [*ask, first.message.model_dump(exclude_none=True),
               {"role": "tool", "tool_call_id": call.id, "content": "sunny, 21 °C"}]
    final = client.chat.completions.create(model="tiny-tools", messages=history,
                                           tools=[WEATHER_TOOL], max_tokens=40).choices[0]
    assert final.finish_reason == "stop"
    assert final.message.content == ANSWER_TEXT
    assert not final.message.tool_calls


def test_streamed_tool_calls_keep_their_id_and_name(api) -> None:
    client = api.client()
    ask = [{"role": "user", "content": "What is the weather in Paris?"}]
    chunks = list(client.chat.completions.create(model="tiny-tools", messages=ask,
                                                 tools=[WEATHER_TOOL], max_tokens=40,
                                                 stream=True))
    deltas = [d for c in chunks if c.choices for d in c.choices[0].delta.tool_calls or []]
    assert deltas and all(d.id and d.function.name == "get_weather" for d in deltas)
    assert chunks[-1].choices[0].finish_reason == "tool_calls"
    # the official client's own accumulation of the deltas
    with client.chat.completions.stream(model="tiny-tools", messages=ask,
                                        tools=[WEATHER_TOOL], max_tokens=40) as stream:
        for _event in stream:
            pass
        final = stream.get_final_completion().choices[0].message
    (call,) = final.tool_calls
    assert call.function.name == "get_weather" and call.id.startswith("call_")
    assert json.loads(call.function.arguments) == {"city": "Paris"}
    # tool_choice "none": the model is not offered the tools, and writes text
    plain = client.chat.completions.create(model="tiny-tools", messages=ask,
                                           tools=[WEATHER_TOOL], tool_choice="none",
                                           max_tokens=40).choices[0]
    assert not plain.message.tool_calls and plain.finish_reason == "stop"
    # a model whose chat template has no place for tools says which models do
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=STARTER, messages=ask, tools=[WEATHER_TOOL],
                                       max_tokens=4)
    assert caught.value.body["message"] == (
        "This model's chat template does not take tools. Use a model made for tool calls, "
        "one whose chat template handles them (such as Qwen 2.5 or Llama 3.1 Instruct).")
    # a choice that cannot be made is refused, not left undone in silence
    for choice, said, tools in (({"type": "function", "function": {"name": "nope"}},
                                 "names the function nope, which is not among", [WEATHER_TOOL]),
                                ("sometimes", "tool_choice", [WEATHER_TOOL]),  # not OpenAI's
                                ("required", "offers no tools", openai.NOT_GIVEN)):
        with pytest.raises(openai.BadRequestError, match=said) as caught:
            client.chat.completions.create(model="tiny-tools", messages=ask, max_tokens=4,
                                           tools=tools, tool_choice=choice)
        assert caught.value.body["param"] == "tool_choice"
    for field, value in (("logit_bias", {"262": -100}), ("functions", [WEATHER_TOOL])):
        with pytest.raises(openai.BadRequestError, match=f"{field} is not supported") as caught:
            client.chat.completions.create(model="tiny-tools", messages=ask, max_tokens=4,
                                           extra_body={field: value})
        assert caught.value.body["param"] == field


def test_an_answer_from_document_collections_comes_with_its_sources(
        api, api_home: Path, tmp_path: Path) -> None:
    """The `docs` field (this app's, as `chat --docs`) answers from the collections named
    and gives the passages it cited, by their numbers, streamed or not (was: the field was
    ignored); a name that is no collection is a 400 on `docs`."""
    notes = tmp_path / "lighthouse.md"
    notes.write_text("# Keepers\n\nThe lighthouse keeper lit the lamp at dusk every day "
                     "and wrote the weather in the log.\n", encoding="utf-8")
    made = subprocess.run([sys.executable, "-m", "chatapp", "docs", "add", "Handbook",
                           str(notes)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "CHATAPP_HOME": str(api_home)})
    assert made.returncode == 0, made.stderr
    client = api.client()
    ask = [{"role": "user", "content": "When did the lighthouse keeper light the lamp?"}]
    reply = client.chat.completions.create(model=STARTER, messages=ask, max_tokens=8,
                                           temperature=0, extra_body={"docs": ["Handbook"]})
    (source,) = reply.model_extra["sources"]
    assert source["index"] == 1 and source["file"] == str(notes)
    assert source["collection"] == "Handbook" and source["section"] == "Keepers"
    assert "lit the lamp at dusk" in source["text"]
    chunks = list(client.chat.completions.create(
        model=STARTER, messages=ask, max_tokens=8, temperature=0, stream=True,
        extra_body={"docs": "Handbook"}))
    assert [c.model_extra.get("sources") for c in chunks if c.model_extra.get("sources")] \
        == [reply.model_extra["sources"]]  # once, in the chunk that ends it
    plain = client.chat.completions.create(model=STARTER, messages=ask, max_tokens=2)
    assert "sources" not in (plain.model_extra or {})
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=STARTER, messages=ask, max_tokens=2,
                                       extra_body={"docs": ["Nowhere"]})
    assert caught.value.body["param"] == "docs" and "Nowhere" in caught.value.body["message"]


def test_tool_choice_required_or_named_makes_a_local_model_call(api) -> None:
    """tool_choice "required", or a function named, holds a model on this computer to one
    call (of that function) in its template's form, as llama-server does (was: refused with
    400, and instructor's or LangChain's structured output by function calling failed)."""
    client = api.client()
    time_tool = {"type": "function", "function": {
        "name": "get_time",
        "parameters": {"type": "object", "additionalProperties": False, "required": ["zone"],
                       "properties": {"zone": {"type": "string", "enum": ["UTC", "WIB"]}}}}}
    ask = [{"role": "user", "content": "What is the weather in Paris?"}]
    first = client.chat.completions.create(model="tiny-tools", messages=ask,
                                           tools=[WEATHER_TOOL], max_tokens=40).choices[0]
    (call,) = first.message.tool_calls
    # after the tool's result the model answers in words by itself; required: a call
    history = [*ask, first.message.model_dump(exclude_none=True),
               {"role": "tool", "tool_call_id": call.id, "content": "sunny, 21 °C"}]
    forced = client.chat.completions.create(
        model="tiny-tools", messages=history, tools=[WEATHER_TOOL],
        tool_choice="required", max_tokens=60).choices[0]
    assert forced.finish_reason == "tool_calls", forced
    assert forced.message.tool_calls[0].function.name == "get_weather"
    json.loads(forced.message.tool_calls[0].function.arguments)
    # a function named: that one, with arguments its parameters allow (the model alone
    # calls get_weather, whatever it is offered)
    named = client.chat.completions.create(
        model="tiny-tools", messages=ask, tools=[time_tool],
        tool_choice={"type": "function", "function": {"name": "get_time"}},
        max_tokens=60).choices[0]
    assert named.finish_reason == "tool_calls", named
    (called,) = named.message.tool_calls
    assert called.function.name == "get_time"
    assert json.loads(called.function.arguments)["zone"] in ("UTC", "WIB")
    # cut by the token limit: the call as far as it was written, as OpenAI gives it (was:
    # the template's markup as the answer's text)
    full = client.chat.completions.create(
        model="tiny-tools", messages=ask, tools=[time_tool], tool_choice="required",
        max_tokens=60, temperature=0)
    cut = client.chat.completions.create(
        model="tiny-tools", messages=ask, tools=[time_tool], tool_choice="required",
        max_tokens=full.usage.completion_tokens - 4, temperature=0).choices[0]
    assert cut.finish_reason == "length" and not cut.message.content, cut
    (partial,) = cut.message.tool_calls
    whole = full.choices[0].message.tool_calls[0].function.arguments
    assert partial.function.name == "get_time"
    assert whole.startswith(partial.function.arguments), (whole, partial)


def test_text_completions(api) -> None:
    client = api.client()
    whole = client.completions.create(model=STARTER, prompt="The capital of France is",
                                      max_tokens=6, temperature=0)
    assert whole.object == "text_completion" and whole.choices[0].text
    assert whole.usage.completion_tokens == 6
    streamed = "".join(c.choices[0].text for c in client.completions.create(
        model=STARTER, prompt="The capital of France is", max_tokens=6, temperature=0,
        stream=True) if c.choices)
    assert streamed == whole.choices[0].text
    for ids in ([818, 6337], [[818, 6337]]):  # token ids: said so, not "not a valid string"
        with pytest.raises(openai.BadRequestError, match="send the prompt as text") as caught:
            client.completions.create(model=STARTER, prompt=ids, max_tokens=2)
        assert caught.value.body["param"] == "prompt"


# embeddings


def test_embeddings_have_one_unit_vector_per_text(api) -> None:
    client = api.client()
    reply = client.embeddings.create(model="tiny-embed", input=["hello world", "the sea"])
    assert [d.index for d in reply.data] == [0, 1]
    assert all(len(d.embedding) == 64 for d in reply.data)
    assert abs(sum(x * x for x in reply.data[0].embedding) - 1.0) < 1e-3
    assert reply.data[0].embedding != reply.data[1].embedding
    assert reply.usage.prompt_tokens > 2
    floats = client.embeddings.create(model="tiny-embed", input="hello world",
                                      encoding_format="float")
    assert floats.data[0].embedding == pytest.approx(reply.data[0].embedding, abs=1e-6)
    with pytest.raises(openai.BadRequestError, match="embedding model"):
        client.chat.completions.create(model="tiny-embed", messages=HELLO)
    with pytest.raises(openai.BadRequestError, match="not embeddings"):
        client.embeddings.create(model=STARTER, input="hello")
    # a field of the wrong kind is named as the request has it (not "input.str")
    with pytest.raises(openai.BadRequestError, match="Token ids are not taken here: send the "
                       "input as text") as caught:
        client.embeddings.create(model="tiny-embed", input=[[300, 301]])
    assert caught.value.body["param"] == "input"
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=STARTER, messages=[
            {"role": "user", "content": {"a": 1}}])
    assert caught.value.body["param"] == "messages.0.content"
    # a text longer than the model's context is refused, as a chat prompt is, not cut
    with pytest.raises(openai.BadRequestError) as caught:
        client.embeddings.create(model="tiny-embed", input="hello " * 5000)
    assert caught.value.body["code"] == "context_length_exceeded"
    # in plain words, as a chat prompt's (was: llama.cpp's "exceed batch size of 512")
    assert re.fullmatch(r"A text is too long for this embedding model: \d+ tokens, and it "
                        r"takes \d+ at most\. Shorten it or split it\.",
                        caught.value.body["message"]), caught.value.body["message"]


def test_a_field_sent_as_null_is_a_field_left_out(api) -> None:
    """Serializers that write None as null send "stream": null and the like: taken as left
    out, as OpenAI's API takes them (was: 400 "Input should be a valid boolean")."""
    for path, body in (
            ("/v1/chat/completions", {"model": STARTER, "messages": HELLO, "max_tokens": 2,
                                      "stream": None, "ignore_eos": None, "n": None,
                                      "stream_options": None, "temperature": None}),
            ("/v1/completions", {"model": STARTER, "prompt": "Hi", "max_tokens": 2,
                                 "stream": None, "echo": None}),
            ("/v1/embeddings", {"model": "tiny-embed", "input": "hi",
                                "encoding_format": None})):
        status, reply = raw(api, path, json.dumps(body).encode())
        assert status == 200, (path, reply)
    assert isinstance(reply["data"][0]["embedding"], list)  # floats, the default


# failures


def test_401_without_a_token_and_with_a_wrong_one(api) -> None:
    """Without a token the client is told where the token is, naming no menu (was: "The
    window shows it under Settings → Local API", which is not where it is for --token)."""
    with pytest.raises(openai.AuthenticationError):
        api.client(token="wrong").models.list()
    status, body = raw(api, "/v1/models", token=None)
    assert status == 401 and body["error"]["type"] == "authentication_error"
    assert body["error"]["message"] == (  # (the server was started with --token)
        'This API needs its token, sent as "Authorization: Bearer TOKEN": the one it was '
        "started with (chatapp serve --token).")
    assert raw(api, "/v1/nothing", token=None)[0] == 401
    assert raw(api, "/v1/nothing")[0] == 404


def test_the_health_probe_needs_no_token_and_says_only_ok(api) -> None:
    assert raw(api, "/health", token=None) == (200, {"status": "ok"})
    assert raw(api, "/health", token="wrong") == (200, {"status": "ok"})
    for path in ("/health/", "/healthz", "/health/../v1/models", "/v1/health", "/"):
        assert raw(api, path, token=None)[0] == 401, path
    assert raw(api, "/health", body=b"{}", token=None, method="POST")[0] == 401
    head = urllib.request.Request(api.url.removesuffix("/v1") + "/health", method="HEAD")
    with urllib.request.urlopen(head, timeout=60) as response:  # probes that ask for the status
        assert response.status == 200 and response.read() == b""
    assert raw(api, "/v1/models", token=None)[0] == 401


def test_404_for_an_unknown_model(api) -> None:
    """An unknown model is the same 404 on each route, param "model" included: chat names the
    body's field, the model route the part of its path that OpenAI's reference calls {model}
    (GET /v1/models/{model}); a client reads one shape (was: param null on the model route)."""
    with pytest.raises(openai.NotFoundError, match="no-such-model") as chat:
        api.client().chat.completions.create(model="no-such-model", messages=HELLO)
    status, body = raw(api, "/v1/models/no-such-model")
    assert status == 404 and body["error"] == chat.value.body, (body, chat.value.body)
    assert body["error"]["param"] == "model" and body["error"]["code"] == "model_not_found"


def test_stop_strings_and_answer_counts_are_refused_as_openai_refuses_them(api) -> None:
    """More than four stop strings is a 400 naming stop (was: taken in silence); best_of is
    refused by its own name (was: "Only one answer per request (n=1) is supported." for a
    request that sent no n)."""
    for stop, said, code in (
            (["a", "b", "c", "d", "e"], "At most 4 stop strings are taken; 5 were sent.",
             "array_above_max_length"),):
        for path, field in (("/v1/chat/completions", {"messages": HELLO}),
                            ("/v1/completions", {"prompt": "Hi"})):
            status, body = raw(api, path, json.dumps(
                {"model": STARTER, "max_tokens": 2, "stop": stop, **field}).encode())
            assert (status, body["error"]) == (400, {
                "message": said, "type": "invalid_request_error", "param": "stop",
                "code": code}), (stop, path, body)
    client = api.client()  # four is the most, and taken
    reply = client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=2,
                                           stop=["a", "b", "c", "d"])
    assert reply.choices[0].finish_reason in ("stop", "length")
    for field, value in (("best_of", 3), ("n", 2)):
        status, body = raw(api, "/v1/completions", json.dumps(
            {"model": STARTER, "prompt": "Hi", "max_tokens": 2, field: value}).encode())
        assert (status, body["error"]["message"], body["error"]["param"]) == (
            400, f"Only one answer per request is supported: {field} must be 1.", field)


def test_400_for_bad_json_and_bad_parameters(api) -> None:
    status, body = raw(api, "/v1/chat/completions", b"{not json")
    assert status == 400 and body["error"]["type"] == "invalid_request_error"
    assert body["error"]["message"] == "The request body is not valid JSON (line 1, column 2)."
    status, body = raw(api, "/v1/chat/completions", b'{"a": "\xff"}')
    assert body["error"]["message"] == "The request body is not valid JSON: it is not UTF-8 text."
    for bad_json in (b"[" * 100_000 + b"]" * 100_000, b'{"temperature": NaN}',
                     b'{"max_tokens": Infinity}'):  # too deep; not JSON's numbers
        status, body = raw(api, "/v1/chat/completions", bad_json)
        assert status == 400 and "not valid JSON" in body["error"]["message"], body
    for not_an_object in (b"", b"[]", b"3"):
        status, body = raw(api, "/v1/chat/completions", not_an_object)
        assert (status, body["error"]["message"]) == (
            400, "The request body must be a JSON object.")
    client = api.client()
    for bad in ({"temperature": 5}, {"n": 2}, {"messages": []},
                {"messages": [{"role": "robot", "content": "hi"}]},
                {"messages": [{"role": "user", "content": None}]},
                {"max_tokens": True}, {"temperature": "0.5"}, {"seed": 1.5},
                {"seed": 10**23}, {"max_tokens": 10**22}, {"max_completion_tokens": 2**31},
                {"response_format": {"type": "json_schema",
                                     "json_schema": {"schema": {"$ref": "http://x/y"}}}}):
        arguments = {"model": STARTER, "messages": HELLO, "max_tokens": 2, **bad}
        with pytest.raises(openai.BadRequestError):
            client.chat.completions.create(**arguments)
    for bad, said in (  # in words a client's user reads: no "Value error,", every kind
            ({"messages": [{"role": "user", "content": None}]},
             "The request field messages.0 is not valid: a user message needs content"),
            ({"stop": 5}, "The request field stop is not valid: Input should be a valid "
                          "string or a valid list")):
        status, body = raw(api, "/v1/chat/completions", json.dumps(
            {"model": STARTER, "messages": HELLO, **bad}).encode())
        assert (status, body["error"]["message"]) == (400, said)
    status, body = raw(api, "/v1/chat/completions", json.dumps({
        "model": STARTER, "messages": [{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": "http://x"}}]}]}).encode())
    assert status == 400 and "image_url" in body["error"]["message"]
    with pytest.raises(openai.BadRequestError, match="Only one answer per request"):
        client.completions.create(model=STARTER, prompt="Hi", max_tokens=2, best_of=2)
    for field in ("response_format", "tools"):  # chat's: refused, not ignored
        status, body = raw(api, "/v1/completions", json.dumps(
            {"model": STARTER, "prompt": "a", field: {"type": "json_object"}}).encode())
        assert (status, body["error"]["message"], body["error"]["param"]) == (
            400, f"The request field {field} is not supported here.", field), body
    # said as what they are (was: "Only one answer per request" for a list of prompts, "an
    # empty text" for an empty list, and a schema's refusal with no param)
    with pytest.raises(openai.BadRequestError, match=r"a list of 2 was sent") as caught:
        client.completions.create(model=STARTER, prompt=["la", "di"], max_tokens=2)
    assert caught.value.body["param"] == "prompt"
    with pytest.raises(openai.BadRequestError, match="input is not valid: an empty list"):
        client.embeddings.create(model="tiny-embed", input=[])
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=2,
                                       response_format={"type": "json_schema", "json_schema": {
                                           "name": "x", "schema": {"type": "nonsense"}}})
    assert caught.value.body["param"] == "response_format"
    with pytest.raises(openai.BadRequestError, match="a function's name is 1 to 64 letters, "
                       "digits, _ or -") as caught:  # as OpenAI refuses it
        client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=2, tools=[
            {"type": "function", "function": {"name": "x y"}}])
    assert caught.value.body["param"] == "tools.0.function.name"
    for shape in ({"type": "xml"}, {"type": "json_schema", "json_schema": {}}):
        with pytest.raises(openai.BadRequestError, match="response_format") as caught:
            client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=2,
                                           response_format=shape)
        assert caught.value.body["param"] == "response_format"


def test_a_prompt_longer_than_the_context_is_openais_bad_request(api) -> None:
    long = [{"role": "user", "content": "word " * 3000}]
    with pytest.raises(openai.BadRequestError) as caught:  # as OpenAI answers it: 400
        api.client().chat.completions.create(model="tiny-tools", messages=long, max_tokens=4)
    assert caught.value.status_code == 400
    assert "context of 512 tokens" in caught.value.message
    assert caught.value.body["code"] == "context_length_exceeded"
    assert caught.value.body["message"].startswith("The message is too long")  # no prefix


def test_a_body_larger_than_any_context_is_refused_before_it_is_read(api) -> None:
    import http.client

    host, port = api.url.removeprefix("http://").split("/")[0].split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        connection.putrequest("POST", "/v1/chat/completions")
        connection.putheader("Authorization", f"Bearer {TOKEN}")
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Content-Length", str(30_000_000))
        connection.endheaders()  # not one byte of the 30 MB is sent
        response = connection.getresponse()
        assert response.status == 413
        assert "larger than 8 MB" in json.loads(response.read())["error"]["message"]
    finally:
        connection.close()


def test_a_wrong_method_names_the_right_one(api) -> None:
    status, body = raw(api, "/v1/chat/completions", method="GET")
    assert status == 405
    assert body["error"]["message"] == "/v1/chat/completions takes POST requests, not GET."
    assert body["error"]["type"] == "invalid_request_error"


# many clients, and one that goes away


def test_eight_concurrent_clients_on_two_models_all_complete(api) -> None:
    results: dict[int, tuple[str, str]] = {}
    errors: list[BaseException] = []

    def ask(index: int) -> None:
        model = STARTER if index % 2 else "tiny-tools"
        try:
            stream = api.client().chat.completions.create(
                model=model, messages=[{"role": "user", "content": f"Client {index}"}],
                max_tokens=12, temperature=0, stream=True)
            text, finish = "", None
            for chunk in stream:
                if chunk.choices:
                    text += chunk.choices[0].delta.content or ""
                    finish = chunk.choices[0].finish_reason or finish
            results[index] = (text, finish)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    before = len(api.log_lines("/v1/chat"))
    threads = [threading.Thread(target=ask, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert not errors
    assert sorted(results) == list(range(8))
    assert all(finish in ("stop", "length", "tool_calls") for _, finish in results.values())
    assert all(text for i, (text, _) in results.items() if i % 2)
    deadline = time.monotonic() + 10
    while len(api.log_lines("/v1/chat")) < before + 8 and time.monotonic() < deadline:
        time.sleep(0.05)
    logged = api.log_lines("/v1/chat")[before:]
    assert len(logged) == 8 and all(line.endswith("  200") for line in logged)


def test_concurrent_requests_for_one_model_are_decoded_together(api) -> None:
    """They do not take turns: every answer has begun before the first one ends."""
    client = api.client()
    client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=1)  # loaded
    times: dict[int, list[float]] = {}
    errors: list[BaseException] = []

    def ask(index: int) -> None:
        try:
            stream = api.client().chat.completions.create(
                model=STARTER, messages=[{"role": "user", "content": f"Story {index}:"}],
                max_tokens=48, temperature=0, stream=True, extra_body={"ignore_eos": True})
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    times.setdefault(index, []).append(time.monotonic())
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert not errors and sorted(times) == [0, 1, 2, 3]
    assert max(t[0] for t in times.values()) < min(t[-1] for t in times.values())


def test_a_client_that_goes_away_frees_the_model_at_the_next_token(api, starter_file) -> None:
    import llama_cpp

    client = api.client()
    client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=1)  # loaded
    stream = client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=2000,
                                            temperature=0, stream=True,
                                            extra_body={"ignore_eos": True})
    text, chunks = "", 0
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
            chunks += 1
            if chunks == 6:
                break
    stream.close()
    started = time.monotonic()
    client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=1)
    assert time.monotonic() - started < 30  # the 2000 tokens would take minutes
    # the line says what 499 (nginx's own code) means (was: a bare "499")
    line = api.wait_for_line(r"/v1/chat/completions .* 499: The program closed the connection "
                             r"before the answer ended\.$")
    generated = int(line.split("+")[1].split()[0])
    vocab = llama_cpp.Llama(model_path=str(starter_file), vocab_only=True, verbose=False)
    seen = len(vocab.tokenize(text.encode("utf-8"), add_bos=False, special=False))
    # the tokens the client read, then at most the one on its way and the one in progress
    assert seen - 1 <= generated <= seen + 2, (seen, line)


def test_a_client_that_goes_away_while_sending_its_request_is_one_line(api) -> None:
    """A client that sends part of its body, then closes: a 499 line for each, and no
    traceback on the screen or in the log (was: two tracebacks each)."""
    import socket

    host, port = api.url.removeprefix("http://").removesuffix("/v1").rsplit(":", 1)
    for _ in range(3):
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall((f"POST /v1/chat/completions HTTP/1.1\r\nHost: {host}\r\n"
                          f"Authorization: Bearer {TOKEN}\r\nContent-Type: application/json"
                          "\r\nContent-Length: 1000\r\n\r\n{\"model\": ").encode())
            time.sleep(0.2)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(
            [line for line in api.lines if re.search(r"/v1/chat/completions .* 499: ", line)]) < 3:
        time.sleep(0.05)
    gone = [line for line in api.lines if re.search(r"/v1/chat/completions .* 499: ", line)]
    assert len(gone) == 3, api.lines
    assert not any("Traceback" in line or "ClientDisconnect" in line for line in api.lines)
    assert raw(api, "/v1/models")[0] == 200  # serving goes on
    listed = raw(api, "/v1/models/")  # a base URL with its slash: the list (was: a 404 "There
    assert listed[0] == 200 and listed[1]["object"] == "list", listed  # is no model  here.")


def test_a_client_that_gives_up_on_a_whole_answer_stops_it(api) -> None:
    """A non-streamed request whose client times out (SDKs' timeouts and retries) is
    cancelled while its tokens keep coming, and logged 499, not 200."""
    import openai

    client = api.client()
    client.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=1)  # loaded
    impatient = openai.OpenAI(base_url=client.base_url, api_key=client.api_key, timeout=1.0,
                              max_retries=0)
    with pytest.raises(openai.APITimeoutError):
        impatient.chat.completions.create(model=STARTER, messages=HELLO, max_tokens=2000,
                                          temperature=0, extra_body={"ignore_eos": True})
    line = api.wait_for_line(r"/v1/chat/completions .* 499: ")
    generated = int(line.split("+")[1].split()[0])
    assert generated < 200, line  # stopped within moments, not at 2000 tokens
