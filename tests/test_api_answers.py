"""What the local API's answers hold, served from the app's own process: the text the model
wrote, token counts that are known or said to be unknown, and errors in OpenAI's shape."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from api_models import TOOL_TEMPLATE
from api_server import serve
from openai_server import OpenAIServer, Reply
from scripted_gguf import write_scripted

openai = pytest.importorskip("openai")
pytest.importorskip("uvicorn")

TOKEN = "answers-token"
ASK = [{"role": "user", "content": "Write a short story about a dragon."}]
#: what the scripted model answers: a newline first, as the starter model often does
NEWLINE_SCRIPT = ["<|assistant|>", 0x0A, "The", "▁dragon", "▁slept.", "<|end|>"]


@pytest.fixture
def home(chatapp_home: Path) -> Path:
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    write_scripted(models / "tiny-newline.gguf", template=TOOL_TEMPLATE, name="tiny-newline",
                   specials=[("<|system|>", "control"), ("<|user|>", "control"),
                             ("<|assistant|>", "control"), ("<|end|>", "control")],
                   script=NEWLINE_SCRIPT, eos="<|end|>")
    return chatapp_home


def test_the_first_token_of_an_answer_comes_back_even_when_it_is_a_newline(serving) -> None:
    """was: max_tokens 1 gave "" with completion_tokens 1, and 3 gave "The dragon": the
    leading newline was dropped but counted."""
    _server, client = serving()
    for limit, text in ((1, "\n"), (3, "\nThe dragon"), (None, "\nThe dragon slept.")):
        whole = client.chat.completions.create(model="tiny-newline", messages=ASK,
                                               max_tokens=limit, temperature=0)
        assert whole.choices[0].message.content == text
        assert whole.usage.completion_tokens == (limit or 4)
        chunks = list(client.chat.completions.create(
            model="tiny-newline", messages=ASK, max_tokens=limit, temperature=0, stream=True,
            stream_options={"include_usage": True}))
        assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == text
        assert chunks[-1].usage.completion_tokens == (limit or 4)


def test_a_refused_cors_preflight_is_openais_error_json(home: Path) -> None:
    """was: 400 text/plain "Disallowed CORS origin"."""
    def preflight(url: str, origin: str, method: str = "POST") -> tuple[int, str, str]:
        request = urllib.request.Request(
            url + "/chat/completions", method="OPTIONS",
            headers={"Origin": origin, "Access-Control-Request-Method": method,
                     "Access-Control-Request-Headers": "authorization,content-type"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.headers["content-type"], response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers["content-type"], exc.read()

    with serve(home, "--cors", "http://localhost:3000") as served:
        assert preflight(served.url, "http://localhost:3000")[0] == 200
        status, kind, body = preflight(served.url, "http://evil.example")
        assert (status, kind) == (400, "application/json")
        error = json.loads(body)["error"]
        assert error["type"] == "invalid_request_error"
        assert error["message"].startswith("Web pages from http://evil.example may not use")
        status, kind, body = preflight(served.url, "http://localhost:3000", "DELETE")
        assert (status, kind) == (400, "application/json")
        assert "may not send DELETE requests" in json.loads(body)["error"]["message"]


def test_a_servers_answer_without_usage_has_its_prompt_tokens_unknown_not_0(app,
                                                                            serving) -> None:
    """was: "prompt_tokens": 0 (and total_tokens the completion's) in the API's usage and
    0 in the request log, when the server elsewhere sent no usage."""
    from chatapp.remote.endpoints import make_endpoint
    from chatapp.ui.provenance import provenance_rows

    remote = OpenAIServer().serve()
    try:
        remote.replies = [Reply(pieces=["Hello", " there", "!"]),
                          Reply(pieces=["Hello", " there", "!"]),
                          Reply(pieces=["Hi"], usage={"prompt_tokens": 7,
                                                      "completion_tokens": 1})]
        app.catalogue.endpoints.add(make_endpoint("lab", remote.url))
        app.catalogue.refresh_remote()
        server, client = serving(save_conversations=True)
        whole = client.chat.completions.create(model="lab/tiny", messages=ASK)
        assert whole.choices[0].message.content == "Hello there!"
        assert whole.usage.completion_tokens == 3
        assert whole.usage.prompt_tokens is None and whole.usage.total_tokens is None
        chunks = list(client.chat.completions.create(
            model="lab/tiny", messages=ASK, stream=True, stream_options={"include_usage": True}))
        assert chunks[-1].usage.prompt_tokens is None and chunks[-1].usage.total_tokens is None
        given = client.chat.completions.create(model="lab/tiny", messages=ASK)
        assert (given.usage.prompt_tokens, given.usage.total_tokens) == (7, 8)
        lines = [entry.line() for entry in server.service.entries]
        assert sum("?+3 tokens" in line for line in lines) == 2, lines
        answers = [m for c in app.store.conversations() for m in app.store.current_branch(c.id)
                   if m.role == "assistant" and m.content == "Hello there!"]
        assert answers and all(m.prompt_tokens is None for m in answers)
        assert dict(provenance_rows(answers[0]))["Prompt tokens"] == "unknown"
    finally:
        remote.close()
