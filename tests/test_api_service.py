"""The local API served from the app's own process (as the window serves it): its queue and
fit guard (503), conversations kept only when asked for, remote models through the same
pipeline, CORS, and the per-model turns it relies on."""

from __future__ import annotations

import json
import shutil
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from api_models import ANSWER_TEXT, WEATHER_TOOL, write_tool_model
from openai_server import OpenAIServer, Reply

from chatapp.fair_lock import FairLock

openai = pytest.importorskip("openai")
pytest.importorskip("uvicorn")

TOKEN = "in-process-token"
ASK = [{"role": "user", "content": "What is the weather in Paris?"}]


@pytest.fixture
def home(chatapp_home: Path, tiny_model: Path) -> Path:
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(tiny_model, models / tiny_model.name)
    write_tool_model(models / "tiny-tools.gguf")
    return chatapp_home


def test_a_full_queue_and_a_model_that_does_not_fit_give_503(app, serving,
                                                            long_answers) -> None:
    from chatapp.fit import Machine

    server, client = serving(queue_limit=1)
    stream = client.chat.completions.create(model="tiny-llama-F32", messages=ASK,
                                            max_tokens=400, stream=True)
    next(iter(stream))  # it holds the model's one place
    with pytest.raises(openai.APIStatusError) as caught:
        client.chat.completions.create(model="tiny-llama-F32", messages=ASK, max_tokens=2)
    assert caught.value.status_code == 503 and caught.value.body["code"] == "queue_full"
    assert caught.value.response.headers["retry-after"] == "2"
    stream.close()
    deadline = time.monotonic() + 30
    while server.service.active and time.monotonic() < deadline:  # the stream let go
        time.sleep(0.05)
    assert not server.service.active

    app.engine.close()
    app.engine.machine = Machine(ram_total=64 << 20, ram_available=1 << 20)
    with pytest.raises(openai.APIStatusError) as caught:
        client.chat.completions.create(model="tiny-tools", messages=ASK, max_tokens=2)
    assert caught.value.status_code == 503 and caught.value.body["code"] == "model_too_big"
    assert "needs about" in caught.value.message
    deadline = time.monotonic() + 10  # an answer is logged once it ended
    while len(server.service.entries) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert sorted(e.status for e in server.service.entries) == [499, 503, 503]


def test_api_conversations_are_kept_only_when_asked_for(app, serving) -> None:
    _server, client = serving()
    client.chat.completions.create(model="tiny-llama-F32", messages=ASK, max_tokens=3)
    assert app.store.conversations() == []

    _server, client = serving(save_conversations=True)
    first = client.chat.completions.create(model="tiny-tools", messages=ASK, max_tokens=40)
    text = first.choices[0].message.content
    follow = [*ASK, {"role": "assistant", "content": text},
              {"role": "user", "content": "And tomorrow?"}]
    client.chat.completions.create(model="tiny-tools", messages=follow, max_tokens=40)
    client.chat.completions.create(model="tiny-tools", messages=[
        {"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello"}],
        max_tokens=5)
    conversations = app.store.conversations()
    assert sorted(c.kind for c in conversations) == ["api", "api"]
    chat = next(c for c in conversations if not c.system_prompt)
    branch = app.store.current_branch(chat.id)
    assert [m.role for m in branch] == ["user", "assistant", "user", "assistant"]
    assert branch[0].content == ASK[0]["content"] and branch[1].content == text
    assert branch[3].finish_reason == "stop" and branch[3].model_name == "tiny-tools.gguf"
    assert branch[3].template_sha256 and json.loads(branch[3].params)["drop_turns"] is False
    assert chat.title == ASK[0]["content"]
    other = next(c for c in conversations if c.system_prompt)
    assert other.system_prompt == "Be brief."
    # a history the client made up: its assistant turn is whole, not an unfinished answer
    client.chat.completions.create(model="tiny-tools", max_tokens=3, messages=[
        {"role": "user", "content": "Multi turn"}, {"role": "assistant", "content": "Yes?"},
        {"role": "user", "content": "A follow-up"}])
    given = next(m for c in app.store.conversations() for m in app.store.current_branch(c.id)
                 if m.content == "Yes?")
    assert given.role == "assistant" and given.finish_reason == "stop"
    assert app.store.mark_interrupted() == 0  # nothing is left streaming
    # half of a surrogate pair (JSON may escape one alone) is kept as U+FFFD, as it was read
    # (was: answered, and the conversation left out with a line in the log only)
    body = '{"model": "tiny-tools", "max_tokens": 2, "messages": [{"role": "user", ' \
           '"content": "half \\ud800 a pair"}]}'
    import urllib.request

    sent = urllib.request.Request(f"{client.base_url}chat/completions", data=body.encode(),
                                  headers={"Authorization": f"Bearer {client.api_key}",
                                           "Content-Type": "application/json"})
    with urllib.request.urlopen(sent, timeout=60) as reply:
        assert reply.status == 200
    assert any(m.content == "half \ufffd a pair" for c in app.store.conversations()
               for m in app.store.current_branch(c.id))
    # a request refused (400) is not a turn: not in a new conversation, nor in one it
    # went on with
    listed = {c.id for c in app.store.conversations()}
    for messages in ([{"role": "user", "content": "word " * 5000}],
                     [*follow, {"role": "assistant", "content": branch[3].content},
                      {"role": "user", "content": "word " * 5000}]):
        with pytest.raises(openai.BadRequestError) as caught:
            client.chat.completions.create(model="tiny-tools", messages=messages, max_tokens=3)
        assert caught.value.body["code"] == "context_length_exceeded"
        deadline = time.monotonic() + 10  # taken back once the answer ended
        while ({c.id for c in app.store.conversations()} != listed
               or len(app.store.current_branch(chat.id)) != 4) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert {c.id for c in app.store.conversations()} == listed
        assert len(app.store.current_branch(chat.id)) == 4
    # a history of thousands of turns: saved in one go, refused, and its trash emptied
    # (was: 16 s for 4,000 turns, saved one by one; and then no chatapp could start,
    # "too many levels of trigger recursion" when the trash was emptied)
    long = [{"role": ("user", "assistant")[i % 2], "content": f"turn {i}"}
            for i in range(3_001)]
    started = time.monotonic()
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model="tiny-tools", messages=long, max_tokens=3)
    assert caught.value.body["code"] == "context_length_exceeded"
    print(f"3,001 turns refused in {time.monotonic() - started:.2f} s")
    deadline = time.monotonic() + 10
    while {c.id for c in app.store.conversations()} != listed and time.monotonic() < deadline:
        time.sleep(0.05)
    assert {c.id for c in app.store.conversations()} == listed
    assert app.store.empty_trash() >= 1


def test_a_conversation_the_database_cannot_keep_is_said_in_the_request_log(
        app, serving) -> None:
    """The answer comes all the same, and its log line (printed by serve, shown in the
    window) says the conversation was not saved, and why (was: 200, and nothing said)."""
    import sqlite3

    server, client = serving(save_conversations=True)
    holder = sqlite3.connect(app.paths.database)  # another program writing, a while
    holder.execute("BEGIN IMMEDIATE")
    try:
        reply = client.chat.completions.create(model="tiny-tools", messages=ASK,
                                               max_tokens=8)
    finally:
        holder.rollback()
        holder.close()
    assert reply.choices[0].message.content
    deadline = time.monotonic() + 10
    while not server.service.entries and time.monotonic() < deadline:
        time.sleep(0.02)
    (entry,) = server.service.entries
    assert entry.status == 200 and entry.unsaved is not None
    assert "  200  conversation not saved: " in entry.line()
    assert "is locked by another program" in entry.line(), entry.line()
    assert app.store.conversations() == []


def test_a_kept_api_conversation_shows_the_tools_called(app, serving) -> None:
    """An answer that is only a call is kept as the call (was: an empty answer, "The model
    ended its answer without writing anything"); the client's next turn, which sends the
    call back with the tool's result, goes on in the same conversation."""
    _server, client = serving(save_conversations=True)
    first = client.chat.completions.create(model="tiny-tools", messages=ASK,
                                           tools=[WEATHER_TOOL], max_tokens=40).choices[0]
    assert first.finish_reason == "tool_calls" and first.message.content is None
    (call,) = first.message.tool_calls
    history = [*ASK, first.message.model_dump(exclude_none=True),
               {"role": "tool", "tool_call_id": call.id, "content": "sunny, 21 °C"}]
    final = client.chat.completions.create(model="tiny-tools", messages=history,
                                           tools=[WEATHER_TOOL], max_tokens=40).choices[0]
    assert final.message.content == ANSWER_TEXT
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not any(
            len(app.store.current_branch(c.id)) == 3 for c in app.store.conversations()):
        time.sleep(0.05)
    (kept,) = app.store.conversations()
    branch = app.store.current_branch(kept.id)
    assert [(m.role, m.content) for m in branch] == [
        ("user", ASK[0]["content"]), ("assistant", '`get_weather({"city": "Paris"})`'),
        ("assistant", ANSWER_TEXT)]


def test_a_harmony_models_own_tool_call_comes_back_as_a_call(app, home: Path, serving) -> None:
    """gpt-oss writes a call as a commentary message to=functions.NAME ended by <|call|>:
    it comes back as tool_calls (was: its arguments as reasoning, the name lost)."""
    from api_models import write_harmony_tool_model

    write_harmony_tool_model(home / "data" / "models" / "tiny-harmony.gguf")
    _server, client = serving()
    for stream in (False, True):
        reply = client.chat.completions.create(model="tiny-harmony", messages=ASK,
                                               tools=[WEATHER_TOOL], max_tokens=60,
                                               stream=stream)
        if stream:
            chunks = list(reply)
            calls = [c for chunk in chunks for choice in chunk.choices
                     for c in choice.delta.tool_calls or []]
            finish = next(c.finish_reason for chunk in chunks for c in chunk.choices
                          if c.finish_reason)
        else:
            calls, finish = reply.choices[0].message.tool_calls, reply.choices[0].finish_reason
        assert finish == "tool_calls", stream
        assert [(c.function.name, json.loads(c.function.arguments)) for c in calls] == [
            ("get_weather", {"city": "Paris"})]


def test_models_on_other_machines_answer_through_the_api(app, serving) -> None:
    from chatapp.remote.endpoints import make_endpoint

    remote = OpenAIServer().serve()
    try:
        remote.replies = [
            Reply(pieces=["Hello", " there", "!"], usage={"prompt_tokens": 3,
                                                         "completion_tokens": 3}),
            Reply(pieces=[], finish="tool_calls", tool_calls=[
                {"index": 0, "id": "call_9", "type": "function",
                 "function": {"name": "get_weather", "arguments": ""}},
                {"index": 0, "function": {"arguments": '{"city": '}},
                {"index": 0, "function": {"arguments": '"Oslo"}'}}])]
        app.catalogue.endpoints.add(make_endpoint("lab", remote.url))
        app.catalogue.refresh_remote()
        _server, client = serving()
        listed = {m.id: m for m in client.models.list().data}
        assert "lab/tiny" in listed
        # the server does not say its context length: none is made up for it
        assert listed["lab/tiny"].model_extra["context_length"] is None
        streamed = client.chat.completions.create(model="lab/tiny", messages=ASK, stream=True,
                                                  temperature=0.3, max_tokens=20)
        assert "".join(c.choices[0].delta.content or "" for c in streamed
                       if c.choices) == "Hello there!"
        sent = remote.chat_requests()[-1].body
        assert sent["messages"] == ASK and sent["temperature"] == 0.3
        assert sent["max_tokens"] == 20
        # what the client did not set is left to the server (its model's own defaults)
        assert not {"top_p", "top_k", "min_p", "repeat_penalty", "repetition_penalty"} & set(sent)

        weather = {"type": "function", "function": {"name": "get_weather",
                                                    "parameters": {"type": "object"}}}
        response = client.chat.completions.create(model="lab/tiny", messages=ASK,
                                                  tools=[weather])
        called = response.choices[0]
        assert remote.chat_requests()[-1].body["tools"] == [weather]
        assert called.finish_reason == "tool_calls"
        assert response.usage.completion_tokens == 3  # no usage sent: the call's pieces
        (call,) = called.message.tool_calls
        assert (call.id, call.function.name) == ("call_9", "get_weather")
        assert json.loads(call.function.arguments) == {"city": "Oslo"}
        with pytest.raises(openai.BadRequestError, match="only for models on this computer"):
            client.completions.create(model="lab/tiny", prompt="Hi")
    finally:
        remote.close()


def test_a_server_added_while_the_api_runs_is_listed(app, serving) -> None:
    """A server added after the API started (``chatapp remote add`` in another terminal
    writes the endpoints file) is listed by /v1/models (was: answered, but never listed)."""
    from chatapp.remote.endpoints import EndpointStore, make_endpoint

    remote = OpenAIServer().serve()
    try:
        _server, client = serving()
        assert not [m.id for m in client.models.list().data if m.id.startswith("lab/")]
        EndpointStore(app.paths).add(make_endpoint("lab", remote.url))  # another process's
        assert "lab/tiny" in [m.id for m in client.models.list().data]
        asked = len(remote.requests)
        client.models.list()
        assert len(remote.requests) == asked  # listed once, not at every request
    finally:
        remote.close()


def test_a_servers_unknown_model_and_its_wait_come_back_as_such(app, serving) -> None:
    """The server does not know the model: 404 model_not_found, as for a local one; it asks
    to wait (after the one retry): 429 with its Retry-After (was: both 502 server_error)."""
    from chatapp.remote.endpoints import make_endpoint

    remote = OpenAIServer().serve()
    try:
        app.catalogue.endpoints.add(make_endpoint("lab", remote.url))
        app.catalogue.refresh_remote()
        _server, client = serving()
        remote.replies = [Reply(fault="status", status=404, body={"error": {
            "message": "model 'nosuch' not found"}})]
        with pytest.raises(openai.NotFoundError) as unknown:
            client.chat.completions.create(model="lab/nosuch", messages=ASK, max_tokens=4)
        assert unknown.value.code == "model_not_found"
        remote.replies = [Reply(fault="status", status=429, headers={"Retry-After": "1"},
                                body={"error": {"message": "slow down"}})]
        with pytest.raises(openai.RateLimitError) as limited:
            client.chat.completions.create(model="lab/tiny", messages=ASK, max_tokens=4)
        assert limited.value.response.headers["retry-after"] == "1"
    finally:
        remote.close()


def test_a_request_body_that_stops_coming_is_given_up(serving, monkeypatch) -> None:
    """A client that sends part of its body and then nothing (holding the connection open)
    gets 408 once the body stops coming for BODY_STALL_S (was: held open for ever)."""
    import socket
    from urllib.parse import urlsplit

    from chatapp.api import app as api_app

    monkeypatch.setattr(api_app, "BODY_STALL_S", 1)
    server, _client = serving()
    where = urlsplit(server.base_url)
    with socket.create_connection((where.hostname, where.port), timeout=20) as sock:
        sock.sendall((f"POST /v1/chat/completions HTTP/1.1\r\nHost: {where.hostname}\r\n"
                      f"Authorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\n"
                      "Content-Length: 1000\r\n\r\n{\"model\": ").encode())
        started = time.monotonic()
        reply = ""
        while "stopped coming" not in reply and (piece := sock.recv(4096)):
            reply += piece.decode()
    assert reply.startswith("HTTP/1.1 408 ") and time.monotonic() - started < 10
    assert "The request body stopped coming for 1 seconds" in reply


def test_a_connection_that_never_finishes_its_request_head_is_closed(serving,
                                                                    monkeypatch) -> None:
    """Header bytes and then nothing, or nothing at all: closed after HEADERS_S (was: open
    for ever, no token needed); a request sent whole goes on as ever."""
    import socket
    from urllib.parse import urlsplit

    from chatapp.api import slow_headers

    monkeypatch.setattr(slow_headers, "HEADERS_S", 1.0)
    server, client = serving()
    where = urlsplit(server.base_url)
    for sent in (b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n", b""):
        with socket.create_connection((where.hostname, where.port), timeout=20) as sock:
            sock.sendall(sent)
            started = time.monotonic()
            assert sock.recv(4096) == b""  # closed by the server
            assert time.monotonic() - started < 10
    assert client.models.list().data  # (it serves on)


def test_cors_is_off_unless_origins_are_listed(serving) -> None:
    def preflight(server) -> dict[str, str]:
        request = urllib.request.Request(
            server.base_url + "/models", method="OPTIONS",
            headers={"Origin": "http://localhost:3000",
                     "Access-Control-Request-Method": "GET",
                     "Access-Control-Request-Headers": "authorization"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return dict(response.headers)
        except urllib.error.HTTPError as exc:
            return dict(exc.headers)

    closed, _ = serving()
    assert "access-control-allow-origin" not in {k.lower() for k in preflight(closed)}
    opened, _ = serving(cors=["http://localhost:3000"])
    headers = {k.lower(): v for k, v in preflight(opened).items()}
    assert headers["access-control-allow-origin"] == "http://localhost:3000"
    # OpenAI's JavaScript client sends headers of its own with every request
    request = urllib.request.Request(
        opened.base_url + "/chat/completions", method="OPTIONS",
        headers={"Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers":
                     "authorization,content-type,x-stainless-os,x-stainless-lang"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200
        allowed = response.headers["access-control-allow-headers"].lower()
    assert "x-stainless-os" in allowed and "authorization" in allowed


@pytest.mark.parametrize("origin", ["not a url", "localhost:3000", "http://localhost:3000/app",
                                    "ftp://host", "http://:80", "http://host:99999"])
def test_an_origin_no_browser_sends_is_refused_before_listening(app, origin: str) -> None:
    from chatapp.api.server import ApiServer
    from chatapp.api.service import ApiService
    from chatapp.errors import UserError

    server = ApiServer(ApiService(app), lambda: TOKEN, port=0, cors_origins=[origin])
    with pytest.raises(UserError, match="is not a web page origin: write it as a browser"):
        server.start()
    assert not server.running


def test_the_port_in_use_and_an_address_elsewhere_are_one_line(app) -> None:
    from chatapp.api.server import ApiServer
    from chatapp.api.service import ApiService
    from chatapp.errors import UserError

    first = ApiServer(ApiService(app), lambda: TOKEN, port=0)
    first.start()
    try:
        with pytest.raises(UserError, match=f"Port {first.bound_port} on 127.0.0.1 is in use"):
            ApiServer(ApiService(app), lambda: TOKEN, port=first.bound_port).start()
        with pytest.raises(UserError, match="is not an address of this computer"):
            ApiServer(ApiService(app), lambda: TOKEN, host="192.0.2.1", port=0).start()
    finally:
        first.stop()
    assert not first.running


def test_requests_to_one_model_take_turns_in_the_order_they_came() -> None:
    lock = FairLock()
    order: list[int] = []
    lock.acquire()
    threads = []
    for index in range(5):
        thread = threading.Thread(target=lambda i=index: (lock.acquire(), order.append(i),
                                                          lock.release()))
        thread.start()
        threads.append(thread)
        while lock.waiting < index + 1:  # queued in this order
            time.sleep(0.001)
    gave_up: list[bool] = []
    impatient = threading.Thread(target=lambda: gave_up.append(lock.acquire(timeout=0.05)))
    impatient.start()
    impatient.join(5)
    assert gave_up == [False] and lock.waiting == 5  # a wait that gives up leaves the queue
    lock.release()
    for thread in threads:
        thread.join(5)
    assert order == [0, 1, 2, 3, 4] and not lock.locked()
    with lock, lock:  # reentrant for its owner
        assert lock.locked()
    assert not lock.locked()


def test_a_model_process_that_dies_gives_500_with_a_readable_line(app, serving,
                                                                  long_answers) -> None:
    import os
    import signal

    server, client = serving()
    client.chat.completions.create(model="tiny-llama-F32", messages=ASK, max_tokens=1)
    failures: list[BaseException] = []

    def ask() -> None:
        try:
            client.chat.completions.create(model="tiny-llama-F32", messages=ASK,
                                           max_tokens=5000)
        except BaseException as exc:  # noqa: BLE001 - looked at below
            failures.append(exc)

    asking = threading.Thread(target=ask)
    asking.start()
    deadline = time.monotonic() + 60
    while not any(a.text for a in list(server.service._answers)):
        assert time.monotonic() < deadline and asking.is_alive()
        time.sleep(0.01)
    (worker,) = app.engine._workers.values()
    os.kill(worker.process.pid, signal.SIGKILL)
    asking.join(60)
    (failure,) = failures
    assert isinstance(failure, openai.InternalServerError) and failure.status_code == 500
    assert "stopped unexpectedly" in failure.message and "\n" not in failure.message
    assert "Traceback" not in failure.message

    # the next request loads the model again and answers
    again = client.chat.completions.create(model="tiny-llama-F32", messages=ASK, max_tokens=3)
    assert again.usage.completion_tokens == 3


def test_a_model_process_that_dies_mid_stream_ends_the_stream_with_the_error(
        app, serving, long_answers) -> None:
    import os
    import signal

    _server, client = serving()
    stream = client.chat.completions.create(model="tiny-llama-F32", messages=ASK,
                                            max_tokens=5000, stream=True)
    with pytest.raises(openai.APIError, match="stopped unexpectedly") as caught:
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                (worker,) = app.engine._workers.values()
                if worker.process.poll() is None:
                    os.kill(worker.process.pid, signal.SIGKILL)
    assert "\n" not in caught.value.message


def test_an_answer_cut_by_the_api_stopping_is_an_error_not_an_ending(serving,
                                                                    long_answers) -> None:
    server, client = serving()
    stream = client.chat.completions.create(model="tiny-llama-F32", messages=ASK,
                                            max_tokens=2000, stream=True)
    chunks = iter(stream)
    next(chunks)
    finishes: list[str | None] = []
    stopper = threading.Thread(target=server.stop)
    stopper.start()
    with pytest.raises(openai.APIError, match="The local API is stopping"):
        for chunk in chunks:  # the text so far, then an error event: no ending, no [DONE]
            finishes += [c.finish_reason for c in chunk.choices]
    stopper.join(60)
    assert "stop" not in finishes and "length" not in finishes


def test_a_request_right_after_the_model_process_died_gets_a_new_one(app, serving,
                                                                     long_answers) -> None:
    import os
    import signal

    _server, client = serving()
    client.chat.completions.create(model="tiny-llama-F32", messages=ASK, max_tokens=2)
    for _ in range(3):  # killed while idle, asked at once: before the death is noticed
        (worker,) = app.engine._workers.values()
        os.kill(worker.process.pid, signal.SIGKILL)
        answer = client.chat.completions.create(model="tiny-llama-F32", messages=ASK,
                                                max_tokens=3)
        assert answer.usage.completion_tokens == 3


def test_an_answer_whose_model_process_ended_after_it_was_taken_asks_a_new_one(
        app, monkeypatch: pytest.MonkeyPatch) -> None:
    """The process ends between the model being taken and the question reaching it (its
    end noticed first): the answer takes the model again, once, and is made."""
    import os
    import signal
    import time

    pipeline = app.chat.pipeline
    model = app.catalogue.resolve("tiny-llama-F32")
    list(pipeline.unstored(model, ASK, {"max_tokens": 2}))  # loaded
    taken, killed = pipeline.backend, []

    def taken_then_ended(chosen):
        backend = taken(chosen)
        if not killed:
            killed.append(backend.worker.process.pid)
            os.kill(killed[0], signal.SIGKILL)
            deadline = time.monotonic() + 10
            while backend.worker.alive and time.monotonic() < deadline:
                time.sleep(0.01)
        return backend

    monkeypatch.setattr(pipeline, "backend", taken_then_ended)
    answer = pipeline.unstored(model, ASK, {"max_tokens": 3})
    list(answer)
    assert killed and answer.result.finish_reason == "length" and answer.text
    (worker,) = app.engine._workers.values()
    assert worker.process.pid != killed[0]


def test_a_model_offline_mode_blocks_is_named_as_blocked_not_unknown(app, serving) -> None:
    from chatapp.catalogue import RemoteEntry
    from chatapp.remote.endpoints import make_endpoint

    app.catalogue.endpoints.add(make_endpoint("lan", "http://192.0.2.2:9001/v1"))
    with app.catalogue._lock:  # listed while the app was online (no such server here)
        app.catalogue._remote["lan"] = [RemoteEntry("lan", "big", host="192.0.2.2:9001")]
    app.settings.offline = True
    _server, client = serving()
    with pytest.raises(openai.APIStatusError) as refused:
        client.chat.completions.create(model="lan/big", messages=ASK, max_tokens=4)
    assert refused.value.status_code == 503
    assert "Offline mode" in str(refused.value) and "192.0.2.2" in str(refused.value)
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="lan/other", messages=ASK, max_tokens=4)


def test_a_damaged_model_file_is_named_with_its_reason_not_unknown(app, home: Path,
                                                                   serving) -> None:
    models = home / "data" / "models"
    (models / "broken-7b-Q4_K_M.gguf").write_bytes(b"GGUF" + b"\xff" * 60)
    (models / "notes.gguf").write_text("these are my notes, not a model\n")
    _server, client = serving()
    assert "broken-7b-Q4_K_M" not in [m.id for m in client.models.list().data]
    for name in ("broken-7b-Q4_K_M", "broken-7b-q4_k_m.gguf", "notes"):
        with pytest.raises(openai.BadRequestError) as refused:
            client.chat.completions.create(model=name, messages=ASK, max_tokens=4)
        message = refused.value.body["message"]
        assert message.startswith("The model ") and "cannot be used: " in message, message
        assert refused.value.body["code"] == "model_not_usable"
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="broken-8b", messages=ASK, max_tokens=4)


def test_a_log_line_speaks_the_chosen_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """The request log `chatapp serve` prints: its words and its decimals in the language
    chosen (Indonesian: "token", a decimal comma, tok/s)."""
    from chatapp.api.service import LogEntry

    entry = LogEntry(0.0, "127.0.0.1", "/v1/chat/completions", "gemma", 200, 7, 10, 1.93)
    assert entry.line().endswith("gemma  7+10 tokens  1.9 tok/s  200")
    monkeypatch.setattr("chatapp.i18n._chosen", {"language": "id"})
    assert entry.line().endswith("gemma  7+10 token  1,9 tok/s  200")


def test_requests_ending_together_are_logged_one_whole_line_each(app) -> None:
    """The log's listeners hear one request at a time: a terminal printing a line in two
    writes (print's text, then its newline) never gets two requests on one line."""
    from chatapp.api.service import ApiService, LogEntry

    service = ApiService(app)
    printed: list[str] = []

    def print_in_two_writes(entry: LogEntry) -> None:
        printed.append(entry.line())
        time.sleep(0.01)  # another thread's request ends meanwhile
        printed.append("\n")

    service.on_log.append(print_in_two_writes)
    entries = [LogEntry(at=time.time(), client=f"127.0.0.1:{5000 + i}",
                        path="/v1/chat/completions", model="tiny-tools") for i in range(8)]
    threads = [threading.Thread(target=service.record, args=(entry,)) for entry in entries]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    lines = "".join(printed).splitlines()
    assert sorted(lines) == sorted(entry.line() for entry in entries)
    assert len(service.entries) == 8


def test_a_later_file_of_the_same_name_does_not_take_over_the_models_api_id(
        app, home: Path, tmp_path: Path, tiny_model: Path) -> None:
    """The file first seen keeps its name as its id; a file of that name added later gets
    NAME:PATHHASH (was: one in the models folder took the name over from a linked one used
    before, which was left with "size:…:mtime:…")."""
    import hashlib
    import os

    from chatapp.api.models import find, offered
    from chatapp.library_sources import Links, scan

    first = home / "data" / "models" / "tiny-tools.gguf"
    other = tmp_path / "elsewhere" / "tiny-tools.gguf"
    other.parent.mkdir()
    shutil.copy(tiny_model, other)
    earlier = first.stat().st_mtime - 100  # linked, and used, before the copy came
    os.utime(other, (earlier, earlier))
    Links(app.paths).add(scan(other.parent).models, app.paths.models)
    ids = {o.id: o.model.path for o in offered(app)}
    suffix = hashlib.sha256(str(first).encode()).hexdigest()[:8]
    assert ids["tiny-tools"] == str(other) and ids[f"tiny-tools:{suffix}"] == str(first)
    assert find(app, "tiny-tools").model.path == str(other)
    assert find(app, f"tiny-tools:{suffix}").model.path == str(first)
    assert app.library.resolve(f"tiny-tools:{suffix}").path == str(first)  # -m takes it too


def test_streamed_reasoning_is_the_whole_answers(app, home: Path, serving) -> None:
    """A streamed answer's reasoning_content adds up to the whole answer's: without the
    spaces and line breaks around it (was: a trailing line break the whole one strips)."""
    from scripted_gguf import write_scripted

    write_scripted(home / "data" / "models" / "tiny-thinks.gguf", name="tiny-thinks",
                   template="{% for m in messages %}<|user|>{{ m['content'] }}{% endfor %}"
                            "<|assistant|>",
                   specials=[("<|user|>", "control"), ("<|assistant|>", "control"),
                             ("<think>", "user"), ("</think>", "user")],
                   script=["<|assistant|>", "<think>", "▁", "Need", "▁rain.", 0x0A,
                           "</think>", "▁Yes.", "</s>"])
    _server, client = serving()
    whole = client.chat.completions.create(model="tiny-thinks", messages=ASK, max_tokens=20)
    chunks = list(client.chat.completions.create(model="tiny-thinks", messages=ASK,
                                                 max_tokens=20, stream=True))
    streamed = "".join(getattr(c.choices[0].delta, "reasoning_content", None) or ""
                       for c in chunks if c.choices)
    assert whole.choices[0].message.model_extra["reasoning_content"] == "Need rain."
    assert streamed == "Need rain."


def test_a_refused_request_leaves_a_kept_conversation_as_it_was(app, serving) -> None:
    """A request that goes on with a kept conversation but is refused (tools for a model
    whose template takes none) leaves it as it was: its turns and the model it goes on with
    (was: the refused model's, and the window's next message went to it)."""
    _server, client = serving(save_conversations=True)
    first = client.chat.completions.create(model="tiny-tools", messages=ASK, max_tokens=40)
    history = [*ASK, {"role": "assistant", "content": first.choices[0].message.content},
               {"role": "user", "content": "And tomorrow?"}]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not app.store.conversations():
        time.sleep(0.05)
    (kept,) = app.store.conversations()
    other = next(m for m in app.library.models() if m.file_name != "tiny-tools.gguf"
                 and m.is_chat and not m.starter)
    with pytest.raises(openai.BadRequestError, match="does not take tools"):
        client.chat.completions.create(model=other.stem, messages=history,
                                       tools=[WEATHER_TOOL], max_tokens=3)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len(app.store.current_branch(kept.id)) != 2:
        time.sleep(0.05)
    assert len(app.store.current_branch(kept.id)) == 2
    assert app.store.conversation(kept.id).model_key == next(
        m.key for m in app.library.models() if m.file_name == "tiny-tools.gguf")


def test_an_endpoint_that_is_this_api_is_not_offered_through_it(app, serving) -> None:
    """Connections that point back at the API (by 127.0.0.1 and by localhost) add nothing
    to its models, however often they are listed, and a request for one of their models is
    refused instead of going round (was: self/MODEL, self/self/MODEL, … listed, changing
    from call to call, and a request went through the API three times)."""
    from chatapp.remote.endpoints import EndpointStore, make_endpoint

    server, client = serving()
    port = server.bound_port
    before = sorted(m.id for m in client.models.list().data)
    store = EndpointStore(app.paths)
    store.add(make_endpoint("self", f"http://127.0.0.1:{port}/v1", api_key=TOKEN))
    store.add(make_endpoint("again", f"http://localhost:{port}/v1", api_key=TOKEN))
    for _ in range(3):
        assert sorted(m.id for m in client.models.list().data) == before
    model = before[0]
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model=f"self/{model}", messages=ASK, max_tokens=4)
    # the window's own lists still show them (one level: the API answers with its models)
    app.catalogue.refresh_remote()
    assert f"self/{model}" in [m.key for m in app.catalogue.remote()]


def test_the_terminal_and_the_window_say_a_failed_requests_status_alike() -> None:
    """`chatapp serve`'s line and the window's log build "status: why" in one place (was:
    each built it on its own)."""
    from chatapp.api.service import CLIENT_GONE, LogEntry
    from chatapp.errors import UserError
    from chatapp.ui.local_api import entry_cells

    entry = LogEntry(0.0, "127.0.0.1:5000", "/v1/chat/completions", "gemma", 499,
                     error=UserError(CLIENT_GONE))
    said = entry.status_text()
    assert said.startswith("499: ") and len(said) > len("499: ")
    assert entry.line().endswith("  " + said)
    assert entry_cells(entry)[-1] == said
    assert LogEntry(0.0, "127.0.0.1:5000", "/v1/models").status_text() == "200"
