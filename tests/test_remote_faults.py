"""Remote answers and model lists against a scripted OpenAI-compatible server: what is sent,
how the stream is read, and every fault ending in one line with the text so far kept."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from openai_server import Canned, OpenAIServer, Reply

from chatapp.i18n import translate_error
from chatapp.remote import errors
from chatapp.remote.client import RemoteClient
from chatapp.remote.endpoints import make_endpoint
from chatapp.remote.errors import RemoteError
from chatapp.remote.generation import RemoteModel

SECRET = "sk-test-0123456789abcdef"
HISTORY = [{"role": "system", "content": "Be brief."},
           {"role": "user", "content": "Hi"},
           {"role": "assistant", "content": "Hello.", "reasoning_content": "old thoughts"},
           {"role": "user", "content": "And now?"}]


@pytest.fixture
def server():
    srv = OpenAIServer().serve()
    yield srv
    srv.close()


def client_for(url: str, *, key: str = SECRET, **kwargs) -> RemoteClient:
    endpoint = make_endpoint("lab", url, api_key=key, headers={"X-Team": "blue-team-token"})
    return RemoteClient(endpoint, **kwargs)


def answer(model: RemoteModel, params: dict | None = None, messages=None):
    generation = model.generate(messages or HISTORY, params or {"max_tokens": 32})
    pieces = list(generation)
    return generation, pieces


def assert_one_line(text: str) -> None:
    assert text and "\n" not in text and "Traceback" not in text
    assert SECRET not in text and "blue-team-token" not in text


# what goes out and how it comes back


def test_request_carries_history_sampling_and_only_our_headers(server, monkeypatch):
    monkeypatch.setenv("OPENAI_ORG_ID", "org-leak")
    monkeypatch.setenv("OPENAI_CUSTOM_HEADERS", "X-Leak: private")
    server.replies = [Reply(pieces=["Hel", "lo"], usage={
        "prompt_tokens": 17, "completion_tokens": 2, "total_tokens": 19})]
    model = RemoteModel(client_for(server.url), "tiny")
    params = {"max_tokens": 40, "temperature": 0.3, "top_p": 0.9, "top_k": 12, "min_p": 0.07,
              "repeat_penalty": 1.15, "seed": 5, "stop": ["\n\n"]}
    generation, pieces = answer(model, params)
    assert "".join(pieces) == "Hello" == generation.text
    assert generation.result.finish_reason == "stop"
    sent = server.chat_requests()[-1]
    body = sent.body
    assert body["model"] == "tiny" and body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert body["messages"] == [{"role": m["role"], "content": m["content"]} for m in HISTORY]
    assert (body["temperature"], body["top_p"], body["max_tokens"], body["seed"]) == (
        0.3, 0.9, 40, 5)
    assert body["stop"] == ["\n\n"]
    assert (body["top_k"], body["min_p"], body["repeat_penalty"],
            body["repetition_penalty"]) == (12, 0.07, 1.15, 1.15)
    headers = sent.headers
    assert headers["authorization"] == f"Bearer {SECRET}"
    assert headers["x-team"] == "blue-team-token"
    assert headers["user-agent"].startswith("chatapp/")
    assert not [h for h in headers if h.startswith("x-stainless-") or h.startswith("openai-")]
    assert "x-leak" not in headers
    stats = generation.result.stats
    assert stats["prompt_tokens"] == 17 == generation.prompt_tokens
    assert stats["completion_tokens"] == 2 and stats["usage_reported"] is True
    assert stats["ttft_s"] > 0 and stats["duration_s"] >= stats["ttft_s"]
    assert generation.served_model == "served-model"
    assert generation.system_fingerprint == "fp_test"
    assert model.provenance() == {"endpoint": "lab", "host": f"127.0.0.1:{server.port}",
                                  "model_id": "tiny", "context_length": None}


def test_random_seed_is_left_to_the_server_and_no_key_sends_no_authorization(server):
    model = RemoteModel(client_for(server.url, key=""), "tiny")
    answer(model, {"seed": -1, "max_tokens": 8})
    sent = server.chat_requests()[-1]
    assert "seed" not in sent.body
    # the seed an answer is stored with when none was asked for (answer_row.with_seed) is
    # sent, so that the answer can be made again with it (was: left out, the stored seed
    # one the server never saw)
    from chatapp.answer_row import with_seed

    drawn = with_seed({"max_tokens": 8, "ignore_eos": True})
    answer(model, drawn)
    body = server.chat_requests()[-1].body
    assert body["seed"] == drawn["seed"] and body["ignore_eos"] is True  # (was: not sent)
    assert "authorization" not in sent.headers


def test_reasoning_deltas_and_think_blocks_are_kept_apart(server):
    server.replies = [
        Reply(reasoning=["Let me ", "think."], pieces=["The answer", " is 4."], delay=0.01),
        Reply(reasoning=["Counting."], reasoning_field="reasoning", pieces=["Four."]),
        Reply(pieces=["<think>", "inner plan", "</think>", "\n\nVisible", " text"]),
        # the server's template opened it: only its end comes (vLLM without a reasoning parser)
        Reply(pieces=["Plan", " it out.", "</think>", "\n\nVisible", " text"]),
    ]
    model = RemoteModel(client_for(server.url), "tiny")
    first, pieces = answer(model)
    assert first.text == "The answer is 4." and first.reasoning == "Let me think."
    assert first.live["tokens"] == 4 and first.live["decode_s"] > 0
    assert first.live["ttft_s"] == pytest.approx(first.result.stats["ttft_s"])
    assert pieces[:2] == ["", ""]  # the reasoning grew, the answer did not
    assert first.result.stats["reasoning_tokens"] == 2
    assert first.result.stats["reasoning_s"] > 0
    second, _ = answer(model)
    assert (second.text, second.reasoning) == ("Four.", "Counting.")
    third, _ = answer(model)
    assert third.text == "Visible text" and third.reasoning == "inner plan"
    fourth, pieces = answer(model)
    assert (fourth.text, fourth.reasoning) == ("Visible text", "Plan it out.")
    assert pieces[:2] == ["Plan", " it out."] and fourth.taken_back  # the reader drops them
    assert fourth.result.stats["reasoning_tokens"] >= 2


def test_half_of_a_utf16_pair_in_a_delta_becomes_a_replacement_character(server, tmp_path):
    """JSON lets a server send a lone surrogate, which no database can store: it becomes
    U+FFFD, so the answer is kept (text and reasoning alike)."""
    from chatapp.store import Store

    server.replies = [Reply(reasoning=["x\ud800"], pieces=["a\u0000b\ud800c", " \udfff!"])]
    generation, _ = answer(RemoteModel(client_for(server.url), "tiny"))
    assert generation.text == "a\u0000b\ufffdc \ufffd!" and generation.reasoning == "x\ufffd"
    store = Store(tmp_path / "chat.db")
    try:
        conversation = store.create_conversation("t")
        user = store.add_message(conversation.id, None, "user", "q")
        kept = store.add_message(conversation.id, user.id, "assistant", generation.text)
        assert store.message(kept.id).content == generation.text
    finally:
        store.close()


def test_length_finish_and_counts_without_usage(server):
    server.replies = [Reply(pieces=["a", "b", "c", "d"], finish="length", delay=0.02)]
    generation, _ = answer(RemoteModel(client_for(server.url), "tiny"))
    stats = generation.result.stats
    assert generation.result.finish_reason == "length"
    assert stats["completion_tokens"] == 4 and stats["usage_reported"] is False
    assert 0 < stats["tokens_per_s"] < 4 / 0.05


def test_a_continued_answer_asks_the_server_to_go_on(server):
    model = RemoteModel(client_for(server.url), "tiny")
    answer(model, {"continue": True}, messages=[{"role": "user", "content": "Count"},
                                                {"role": "assistant", "content": "1, 2,"}])
    body = server.chat_requests()[-1].body
    assert body["continue_final_message"] is True and body["add_generation_prompt"] is False


def test_a_server_that_refuses_extra_fields_gets_openai_fields_only(server):
    server.replies = [
        Reply(fault="status", status=400, body={"error": {
            "message": "Unrecognized request argument supplied: top_k"}}),
        Reply(pieces=["ok"])]
    model = RemoteModel(client_for(server.url), "tiny")
    generation, _ = answer(model, {"top_k": 5, "temperature": 0.1})
    assert generation.text == "ok" and generation.result.finish_reason == "stop"
    first, second = server.chat_requests()[-2:]
    assert first.body["top_k"] == 5
    assert "top_k" not in second.body and second.body["temperature"] == 0.1
    assert model.extras is False


def test_cancel_ends_at_once_keeps_text_and_closes_the_connection(server):
    server.replies = [Reply(pieces=["one", " two"], fault="stall")]
    model = RemoteModel(client_for(server.url), "tiny")
    generation = model.generate(HISTORY, {})
    ended = []
    generation.on_end = lambda: ended.append(time.monotonic())
    pieces = []
    for piece in generation:
        pieces.append(piece)
        if generation.text == "one two":
            threading.Timer(0.05, generation.cancel).start()
            cancelled_at = time.monotonic()
    assert generation.result.finish_reason == "stopped"
    assert generation.text == "one two" and ended and ended[0] - cancelled_at < 1.0
    # the stall until the stop counts: two tokens at once then nothing is no burst of speed
    assert generation.result.stats["tokens_per_s"] < 1 / 0.05
    assert server.disconnected.wait(5), "the server never saw the connection close"


def test_cancel_before_the_server_answers_closes_the_connection(server):
    # a server still reading a long prompt: no reply yet, not even its headers
    server.replies = [Reply(fault="slow", delay=20, pieces=["late"])]
    model = RemoteModel(client_for(server.url), "tiny")
    model.generate(HISTORY, {}).cancel()  # Stop before the request went out
    generation = model.generate(HISTORY, {})
    started = time.monotonic()
    threading.Timer(0.2, generation.cancel).start()
    assert list(generation) == []
    assert generation.result.finish_reason == "stopped"
    assert time.monotonic() - started < 1.5
    # the server sees the client leave (and stops), rather than working on for nobody
    assert server.disconnected.wait(5), "the connection stayed open after Stop"


def test_an_abandoned_iteration_closes_the_stream(server):
    server.replies = [Reply(pieces=["a", "b"], fault="stall")]
    generation = RemoteModel(client_for(server.url), "tiny").generate(HISTORY, {})
    iterator = iter(generation)
    assert next(iterator) == "a"
    iterator.close()
    assert generation.result.finish_reason == "error"
    assert generation.result.error == "The answer was abandoned."
    assert server.disconnected.wait(5)


# faults of an answer: one line, text so far kept


def fault_answer(server, reply: Reply, **client_kwargs):
    server.replies = [reply]
    model = RemoteModel(client_for(server.url, **client_kwargs), "tiny")
    generation, _ = answer(model)
    result = generation.result
    assert result.finish_reason == "error"
    assert_one_line(result.error)
    assert generation.error is not None and str(generation.error) == result.error
    return generation


def test_stream_cut_mid_answer_keeps_the_text(server):
    generation = fault_answer(server, Reply(pieces=["Partial", " answer"], fault="cut"))
    assert generation.text == "Partial answer"
    assert generation.error.template == errors.STREAM_BROKEN
    assert generation.result.error == (  # the reason in the app's words (translated), not
        "lab: the connection broke while the answer was being written (the server closed "
        "the connection).")  # the HTTP library's
    assert translate_error(generation.error, "id").endswith("(server menutup koneksi).")


def test_stream_ending_without_a_finish_reason(server):
    generation = fault_answer(server, Reply(pieces=["Half"], fault="end"))
    assert generation.text == "Half" and generation.error.template == errors.STREAM_ENDED


@pytest.mark.parametrize("lines", [
    ["data: {not json"],
    ["data: {\"choices\": [{\"index\": 0, \"delta\": {\"content\": 7}}]}"],
    ["data: {\"choices\": \"nope\"}"],
])
def test_garbage_in_the_stream(server, lines):
    generation = fault_answer(server, Reply(pieces=["Kept"], fault="garbage", lines=lines))
    assert generation.text == "Kept" and generation.error.template == errors.MALFORMED
    assert generation.result.error == (f"lab: the server at 127.0.0.1:{server.port} did not "
                                       "answer as an OpenAI-compatible API.")


def test_lines_that_are_not_events_are_ignored_but_no_finish_is_an_error(server):
    generation = fault_answer(server, Reply(pieces=["Kept"], fault="garbage",
                                            lines=["<html>oops</html>", ": comment"]))
    assert generation.text == "Kept" and generation.error.template == errors.STREAM_ENDED


def test_a_body_that_is_no_event_stream_is_not_an_openai_stream(server):
    generation = fault_answer(server, Reply(fault="junk", headers={"Content-Type": "text/plain"},
                                            lines=["hello there", "<b>nothing</b> of the API"]))
    assert generation.text == "" and generation.error.template == errors.NOT_A_STREAM
    # an event stream that ends before its first event: the server closed it early (what
    # llama-cpp-python's server does with a prompt over its context)
    empty = fault_answer(server, Reply(fault="junk", lines=[]))
    assert empty.text == "" and empty.error.template == errors.STREAM_ENDED


def test_error_event_inside_the_stream(server):
    generation = fault_answer(server, Reply(pieces=["So far"], fault="garbage", lines=[
        f"data: {{\"error\": {{\"message\": \"CUDA out of memory\\nkey {SECRET}\"}}}}"]))
    assert generation.text == "So far"
    assert generation.error.template == errors.STREAM_ERROR
    assert "CUDA out of memory" in generation.result.error


def test_read_timeout_mid_answer(server):
    generation = fault_answer(server, Reply(pieces=["Slow"], fault="stall"),
                              answer_timeout_s=0.5)
    assert generation.text == "Slow" and generation.error.template == errors.TIMEOUT
    assert "0.5" in generation.result.error


def test_a_server_that_falls_silent_mid_answer_is_left_after_the_stall_limit(server):
    """The first piece may take long (the server reads the prompt); once the answer has
    begun, a silence longer than the stall limit ends it with the text so far."""
    started = time.monotonic()
    generation = fault_answer(server, Reply(pieces=["Hel"], fault="stall"),
                              answer_timeout_s=30, stall_timeout_s=0.5)
    assert time.monotonic() - started < 5
    assert generation.text == "Hel" and generation.error.template == errors.TIMEOUT
    assert "0.5" in generation.result.error
    assert server.disconnected.wait(5)  # the connection was closed: the server stops too


def test_timeout_before_the_first_token(server):
    started = time.monotonic()
    generation = fault_answer(server, Reply(fault="slow", delay=3), answer_timeout_s=0.5)
    assert generation.error.template == errors.TIMEOUT
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize(("status", "body", "template"), [
    (401, {"error": {"message": f"Invalid key {SECRET}"}}, errors.BAD_KEY),
    (403, {"error": {"message": f"Forbidden for {SECRET}"}}, errors.FORBIDDEN),
    (404, {"error": {"message": "model 'tiny' not found"}}, errors.NO_MODEL),
    (500, "<html>\n<h1>Internal\nServer Error</h1></html>", errors.SERVER_FAILED),
    (503, {"detail": "Loading model"}, errors.SERVER_FAILED),
    (400, {"error": {"message": "the prompt is longer than the context (9000 > 4096)"}},
     errors.CONTEXT_FULL),
    (422, {"error": {"message": "temperature must be at most 2"}}, errors.REJECTED),
    (301, {"moved": True}, errors.REDIRECTED),
    # a web server that takes no POST (python -m http.server): no API at that address
    (501, "<html><title>Error response</title><p>Unsupported method ('POST')</p></html>",
     errors.NOT_AN_API),
    (501, {"error": {"message": "This server does not support embeddings"}},
     errors.SERVER_FAILED),
])
def test_http_errors_of_an_answer(server, status, body, template):
    reply = Reply(fault="status", status=status, body=body, headers={
        "Location": "https://elsewhere.example/v1/chat/completions"} if status == 301 else {})
    generation = fault_answer(server, reply)
    assert generation.error.template == template
    assert generation.error.status == status
    assert generation.text == ""
    if status == 400:
        assert "longer than the context" in generation.result.error
        assert "may not fit the model's context" in generation.result.error
    if status == 301:
        assert "to https://elsewhere.example/v1. Use that address" in generation.result.error


def test_401_without_a_key_asks_for_one(server):
    generation = fault_answer(server, Reply(fault="status", status=401), key="")
    assert generation.error.template == errors.NEEDS_KEY


def test_401_with_a_key_sent_as_a_header_says_the_headers_were_refused(server):
    """was: "the server refused the API key", advising --api-key-env, with no key given."""
    server.replies = [Reply(fault="status", status=401)]
    endpoint = make_endpoint("lab", server.url, headers={"Authorization": "Bearer sk-header"})
    client = RemoteClient(endpoint)
    try:
        generation, _ = answer(RemoteModel(client, "tiny"))
    finally:
        client.close()
    assert generation.error.template == errors.BAD_HEADERS
    assert "(Authorization)" in str(generation.error) and "sk-header" not in str(
        generation.error)


def test_429_waits_for_retry_after_once_then_answers(server):
    server.replies = [Reply(fault="status", status=429, headers={"Retry-After": "1"}),
                      Reply(pieces=["after the wait"])]
    started = time.monotonic()
    generation, _ = answer(RemoteModel(client_for(server.url), "tiny"))
    assert generation.text == "after the wait"
    assert time.monotonic() - started >= 0.95
    assert len(server.chat_requests()) == 2


def test_429_twice_is_one_line(server):
    server.replies = [Reply(fault="status", status=429, headers={"Retry-After": "0"})]
    generation = fault_answer(server, server.replies[0])
    assert generation.error.template == errors.RATE_LIMITED
    assert len(server.chat_requests()) == 2


def test_429_with_a_long_wait_is_not_waited_for(server):
    started = time.monotonic()
    generation = fault_answer(server, Reply(fault="status", status=429,
                                            headers={"Retry-After": "3600"}))
    assert generation.error.template == errors.RATE_LIMITED_LONG
    assert "3600" in generation.result.error and time.monotonic() - started < 2


def test_cancel_during_a_rate_limit_wait(server):
    server.replies = [Reply(fault="status", status=429, headers={"Retry-After": "20"})]
    generation = RemoteModel(client_for(server.url), "tiny").generate(HISTORY, {})
    started = time.monotonic()
    threading.Timer(0.3, generation.cancel).start()
    list(generation)
    assert generation.result.finish_reason == "stopped" and time.monotonic() - started < 2


# faults of the connection


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_connection_refused():
    client = client_for(f"http://127.0.0.1:{free_port()}/v1")
    with pytest.raises(RemoteError) as info:
        client.list_models()
    assert info.value.template == errors.REFUSED
    generation, _ = answer(RemoteModel(client, "tiny"))
    assert generation.result.finish_reason == "error"
    assert generation.error.template == errors.REFUSED
    assert_one_line(generation.result.error)
    assert generation.result.stats["ttft_s"] is None  # no token came (was: 0.0018 s)


def test_an_empty_answer_has_no_time_to_the_first_token(server):
    """was: the whole answer's duration, which ranked an empty server as the fastest."""
    server.replies = [Reply(pieces=[], delay=0.2, fault="slow"), Reply(pieces=["Hi"])]
    model = RemoteModel(client_for(server.url), "tiny")
    empty, _ = answer(model)
    assert empty.result.finish_reason == "stop" and empty.result.stats["completion_tokens"] == 0
    assert empty.result.stats["ttft_s"] is None and empty.result.stats["duration_s"] >= 0.2
    full, _ = answer(model)
    assert full.result.stats["ttft_s"] is not None and full.result.stats["ttft_s"] >= 0


def test_unknown_host(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    client = client_for("http://no-such-host.invalid:8080/v1")
    with pytest.raises(RemoteError) as info:
        client.list_models()
    assert info.value.template == errors.UNKNOWN_HOST
    assert "no-such-host.invalid" in str(info.value)


def test_a_server_that_never_answers_times_out():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        port = listener.getsockname()[1]
        client = client_for(f"http://127.0.0.1:{port}/v1", list_timeout_s=0.5)
        started = time.monotonic()
        with pytest.raises(RemoteError) as info:
            client.list_models()
    assert info.value.template == errors.TIMEOUT
    assert time.monotonic() - started < 3


def test_a_server_that_takes_the_request_then_closes_says_so():
    """Connected, the request read, the connection closed without a reply: not "could not
    connect" (it did)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        port = listener.getsockname()[1]

        def close_each() -> None:
            for _ in range(2):
                try:
                    conn, _addr = listener.accept()
                except OSError:
                    return
                with conn:
                    conn.recv(65536)

        threading.Thread(target=close_each, daemon=True).start()
        client = client_for(f"http://127.0.0.1:{port}/v1", list_timeout_s=5)
        with pytest.raises(RemoteError) as info:
            client.list_models()
    assert info.value.template == errors.CLOSED_EARLY
    assert str(info.value) == (f"lab: the server at 127.0.0.1:{port} took the request, then "
                               "closed the connection without answering. Its log may say why.")


def test_https_to_a_plain_http_server_is_a_tls_error(server):
    client = client_for(server.url.replace("http://", "https://"))
    with pytest.raises(RemoteError) as info:
        client.list_models()
    assert info.value.template == errors.TLS
    assert_one_line(str(info.value))


def test_self_signed_certificate_is_a_tls_error(tmp_path: Path):
    import shutil
    import ssl

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=localhost"],
                   check=True, capture_output=True)
    srv = OpenAIServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    srv.socket = context.wrap_socket(srv.socket, server_side=True)
    srv.serve()
    try:
        client = client_for(f"https://localhost:{srv.port}/v1")
        with pytest.raises(RemoteError) as info:
            client.list_models()
    finally:
        srv.close()
    assert info.value.template == errors.TLS
    assert "certificate" in str(info.value).lower()


# model lists


def test_models_with_context_lengths_from_vllm_fields(server):
    server.models = [{"id": "big", "object": "model", "owned_by": "vllm", "max_model_len": 32768},
                     {"id": "small", "object": "model", "owned_by": "vllm",
                      "max_model_len": 8192}]
    models = client_for(server.url).list_models()
    assert [(m.key, m.context_length, m.owned_by) for m in models] == [
        ("lab/big", 32768, "vllm"), ("lab/small", 8192, "vllm")]
    assert [r.path for r in server.requests] == ["/v1/models"]


def test_context_length_from_llama_server_props(server):
    server.models = [{"id": "model.gguf", "object": "model", "owned_by": "llamacpp",
                      "meta": {"n_ctx_train": 131072}}]
    server.props = {"default_generation_settings": {"n_ctx": 8192}}
    (model,) = client_for(server.url).list_models()
    assert (model.context_length, model.trained_context_length) == (8192, 131072)
    assert client_for(server.url).context_length("model.gguf") == 8192


def test_context_length_from_ollama(server):
    server.models = [{"id": "qwen3:8b", "object": "model", "owned_by": "library"},
                     {"id": "llama3.2:latest", "object": "model", "owned_by": "library"}]
    server.ollama_show = {
        "qwen3:8b": {"parameters": "num_ctx 16384\nstop \"<|im_end|>\"",
                     "model_info": {"qwen3.context_length": 40960}},
        "llama3.2:latest": {"parameters": "", "model_info": {"llama.context_length": 131072}},
    }
    server.ollama_ps = {"models": [{"name": "llama3.2:latest", "context_length": 4096}]}
    qwen, llama = client_for(server.url).list_models()
    assert (qwen.context_length, qwen.trained_context_length) == (16384, 40960)
    assert (llama.context_length, llama.trained_context_length) == (4096, 131072)


def test_unknown_context_length_is_none(server):
    (model,) = client_for(server.url).list_models()
    assert model.context_length is None


@pytest.mark.parametrize(("status", "template"), [
    (401, errors.BAD_KEY), (404, errors.NOT_AN_API), (500, errors.SERVER_FAILED)])
def test_model_list_errors(server, status, template):
    server.models_status = status
    with pytest.raises(RemoteError) as info:
        client_for(server.url).list_models()
    assert info.value.template == template
    assert_one_line(str(info.value))


@pytest.mark.parametrize("body", [b"<html>not an api</html>", {"data": [{"object": "model"}]},
                                  {"data": "nope"}])
def test_model_list_garbage(server, body):
    server.models_body = body
    with pytest.raises(RemoteError) as info:
        client_for(server.url).list_models()
    assert info.value.template == errors.MALFORMED
    assert_one_line(str(info.value))


def test_a_junk_model_list_asked_for_again_is_logged_as_a_warning_once(server, caplog):
    """The window asks a server that failed again every 30 s: the log says it once, not
    2,900 times a day."""
    import logging

    server.models_body = b"<html>not an api either</html>"
    with caplog.at_level(logging.DEBUG, logger="chatapp.remote.errors"):
        for _ in range(3):
            with pytest.raises(RemoteError):
                client_for(server.url).list_models()
    warned = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warned) == 1 and "not an OpenAI-compatible answer" in warned[0].getMessage()


def list_error(server) -> RemoteError:
    """What listing the server's models raised (the client closed)."""
    client = client_for(server.url)
    try:
        with pytest.raises(RemoteError) as info:
            client.list_models()
    finally:
        client.close()
    assert_one_line(str(info.value))
    return info.value


@pytest.mark.parametrize("canned", [
    Canned(200, b"<!doctype html><html><body><h1>Index of /</h1></body></html>", "text/html"),
    Canned(200, bytes(range(256)) * 4, "application/octet-stream"),
    Canned(200, b"{\"data\": [", "application/json"),
    Canned(301, b"", "text/html", {"Location": "/v1/models/"}),  # a file server's folder
    Canned(302, b"", "text/html", {"Location": "/login?next=/v1/models"}),
])
def test_what_is_not_an_api_is_said_plainly(server, canned):
    server.canned = {"/v1/models": canned}
    error = list_error(server)
    assert error.template == errors.MALFORMED
    assert str(error) == (f"lab: the server at 127.0.0.1:{server.port} did not answer as "
                          "an OpenAI-compatible API.")


@pytest.mark.parametrize(("location", "base"), [
    ("https://127.0.0.1:{port}/v1/models", "https://127.0.0.1:{port}/v1"),
    ("/api/v1/models/", "http://127.0.0.1:{port}/api/v1"),
    ("http://localhost:{port}/v1/models", "http://localhost:{port}/v1"),
])
def test_a_redirect_to_another_base_names_that_base(server, location, base):
    server.canned = {"/v1/models": Canned(308, b"", "text/html", {
        "Location": location.format(port=server.port)})}
    error = list_error(server)
    assert error.template == errors.REDIRECTED
    assert f"to {base.format(port=server.port)}. Use that address" in str(error)


@pytest.mark.parametrize(("canned", "detail"), [
    (Canned(500), "Error response"),  # Python's own error page, its title once
    (Canned(502, b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 "
            b"Bad Gateway</h1></center><hr><center>nginx</center></body></html>", "text/html"),
     "502 Bad Gateway"),
])
def test_an_html_error_page_gives_its_title(server, canned, detail):
    server.canned = {"/v1/models": canned}
    error = list_error(server)
    assert error.template == errors.SERVER_FAILED
    # its sentence ends (was: "…(HTTP 500). Error response" with no full stop)
    assert str(error) == f"lab: the server failed (HTTP {canned.status}). {detail}."


@pytest.mark.parametrize("canned", [
    Canned(500), Canned(501), Canned(503, {"error": {"message": "loading"}}),
    Canned(200, b"<html>props</html>", "text/html"), Canned(200, b"\x00\xff", "text/plain"),
    Canned(301, b"", "text/html", {"Location": "/props/"}),
    Canned(429, {"error": {"message": "slow down"}}, headers={"Retry-After": "7"}),
])
def test_context_probes_that_fail_leave_the_models_listed(server, canned):
    """/props and /api/show are optional: whatever they answer, the models are listed."""
    server.models = [{"id": "a", "object": "model"}, {"id": "b", "object": "model"}]
    server.canned = {"/props": canned, "/api/show": canned, "/api/ps": canned}
    client = client_for(server.url)
    started = time.monotonic()
    models = client.list_models()
    client.close()
    assert time.monotonic() - started < 5  # a rate limit on them is not waited out
    assert [(m.model_id, m.context_length) for m in models] == [("a", None), ("b", None)]
    asked = [r.path.split("?")[0] for r in server.requests]
    assert asked == ["/v1/models", "/props", "/api/show"]  # each route given up after one try


def test_model_list_rate_limited_once(server):
    server.models_status = 429
    server.models_headers = {"Retry-After": "0"}
    with pytest.raises(RemoteError) as info:
        client_for(server.url).list_models()
    assert info.value.template == errors.RATE_LIMITED
    assert len([r for r in server.requests if r.path == "/v1/models"]) == 2


# offline mode


def test_offline_blocks_other_machines_without_any_traffic(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    client = client_for("http://192.0.2.10:8080/v1")
    with pytest.raises(RemoteError) as info:
        client.list_models()
    assert info.value.template == errors.OFFLINE and "192.0.2.10" in str(info.value)
    generation, _ = answer(RemoteModel(client, "m"))
    assert generation.error.template == errors.OFFLINE


def test_offline_setting_blocks_and_loopback_stays_allowed(server, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    switch = {"on": True}
    remote = client_for("http://gpu-box.lan:8080/v1", offline=lambda: switch["on"])
    with pytest.raises(RemoteError) as info:
        remote.list_models()
    assert info.value.template == errors.OFFLINE
    local = client_for(server.url, offline=True)
    assert [m.model_id for m in local.list_models()] == ["tiny"]
    localhost = client_for(server.url.replace("127.0.0.1", "localhost"), offline=True)
    assert [m.model_id for m in localhost.list_models()] == ["tiny"]
