"""A remote answer against servers that do not keep to the API: a busy server's 503 with a
wait, a prompt over the server's context, a stream past max_tokens, a JSON reply where a
stream was asked for (a scripted OpenAI-compatible server on a loopback port)."""

from __future__ import annotations

import json
import time

import pytest
from openai_server import Canned, OpenAIServer, Reply
from test_remote_faults import answer, assert_one_line, client_for, fault_answer

from chatapp.remote import errors
from chatapp.remote.generation import RemoteModel


@pytest.fixture
def server():
    srv = OpenAIServer().serve()
    yield srv
    srv.close()


# a busy server


def test_503_with_retry_after_waits_once_then_answers(server):
    server.replies = [Reply(fault="status", status=503, headers={"Retry-After": "1"},
                            body={"error": {"message": "loading model"}}),
                      Reply(pieces=["loaded now"])]
    started = time.monotonic()
    generation, _ = answer(RemoteModel(client_for(server.url), "tiny"))
    assert generation.text == "loaded now" and generation.result.finish_reason == "stop"
    assert time.monotonic() - started >= 0.95
    assert len(server.chat_requests()) == 2


def test_503_with_retry_after_twice_is_one_line(server):
    generation = fault_answer(server, Reply(fault="status", status=503,
                                            headers={"Retry-After": "0"}))
    assert generation.error.template == errors.BUSY and generation.error.status == 503
    assert "busy or still loading" in generation.result.error
    assert len(server.chat_requests()) == 2


def test_503_with_a_long_wait_says_how_long(server):
    started = time.monotonic()
    generation = fault_answer(server, Reply(fault="status", status=503,
                                            headers={"Retry-After": "3600"}))
    assert time.monotonic() - started < 5
    assert generation.error.template == errors.BUSY_LONG
    assert "3600 seconds" in generation.result.error


def test_503_without_retry_after_fails_at_once(server):
    generation = fault_answer(server, Reply(fault="status", status=503))
    assert generation.error.template == errors.SERVER_FAILED
    assert len(server.chat_requests()) == 1


# a prompt over the server's context


def test_a_stream_that_ends_unfinished_says_the_context_may_be_full(server):
    generation = fault_answer(server, Reply(pieces=["Half"], fault="end"))
    assert generation.text == "Half"
    assert "the conversation filled the model's context there" in generation.result.error


def test_a_stream_that_says_done_without_a_finish_reason_is_a_whole_answer(server):
    """``data: [DONE]`` is the API's own end of an answer: a server that sends no chunk with
    a finish reason before it still ended (was: "closed the answer before its end")."""
    server.replies = [Reply(pieces=["Whole", " answer"], fault="garbage",
                            lines=["data: [DONE]"])]
    generation, _ = answer(RemoteModel(client_for(server.url), "tiny"))
    assert generation.text == "Whole answer" and generation.error is None
    assert generation.result.finish_reason == "stop"


@pytest.mark.parametrize("message", [
    "the request exceeds the available context size, try increasing it",  # llama-server
    "Requested tokens (3000) exceed context window of 2048",  # llama-cpp-python
])
def test_an_error_event_about_the_context_says_so(server, message):
    generation = fault_answer(server, Reply(pieces=["So"], fault="garbage", lines=[
        "data: " + json.dumps({"error": {"message": message, "code": 400}})]))
    assert generation.error.template == errors.CONTEXT_FULL
    assert message in generation.result.error


@pytest.mark.parametrize("message", ["Rate limit exceeded", "quota exceeded for this key",
                                     "context deadline exceeded", "context canceled"])
def test_an_error_event_about_a_limit_that_is_not_the_context_does_not_say_so(server, message):
    """(was: any "exceeded" taken for a full context, with advice to shorten the
    conversation)"""
    generation = fault_answer(server, Reply(pieces=["So"], fault="garbage", lines=[
        "data: " + json.dumps({"error": {"message": message}})]))
    assert generation.error.template == errors.STREAM_ERROR
    error = generation.result.error
    assert "not fit the model's context" not in error and "shorten" not in error
    assert message in error


def test_a_context_error_by_its_code(server):
    generation = fault_answer(server, Reply(fault="status", status=400, body={"error": {
        "message": "too long", "code": "context_length_exceeded"}}))
    assert generation.error.template == errors.CONTEXT_FULL


# a server that goes on past max_tokens


def test_a_stream_past_max_tokens_is_cut_there(server):
    server.replies = [Reply(pieces=[f" w{i}" for i in range(30000)])]
    model = RemoteModel(client_for(server.url), "tiny")
    started = time.monotonic()
    generation, pieces = answer(model, {"max_tokens": 16})
    assert time.monotonic() - started < 10
    assert generation.result.finish_reason == "length" and generation.error is None
    assert generation.text == "".join(pieces)
    assert generation.text.split() == [f"w{i}" for i in range(16)]
    assert generation.result.stats["completion_tokens"] == 16
    assert server.chat_requests()[-1].body["max_tokens"] == 16
    assert server.disconnected.wait(10)  # the connection was closed, not read to its end


def test_an_answer_within_max_tokens_is_read_to_its_end(server):
    server.replies = [Reply(pieces=["a", "b", "c"], finish="length", usage={
        "prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8})]
    generation, _ = answer(RemoteModel(client_for(server.url), "tiny"), {"max_tokens": 3})
    assert generation.text == "abc" and generation.result.finish_reason == "length"
    assert generation.prompt_tokens == 5  # the usage after the last piece was read


# JSON where a stream was asked for


def test_a_whole_completion_instead_of_a_stream_is_taken(server):
    server.canned = {"/v1/chat/completions": Canned(200, {
        "id": "c1", "object": "chat.completion", "created": 1, "model": "served",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "<think>hm</think>Whole."}}],
        "usage": {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10}})}
    generation, pieces = answer(RemoteModel(client_for(server.url), "tiny"))
    assert generation.text == "Whole." and generation.reasoning == "hm"
    assert generation.result.finish_reason == "stop" and generation.error is None
    assert generation.prompt_tokens == 7 and generation.served_model == "served"


def test_other_json_instead_of_a_stream_is_one_line(server):
    server.canned = {"/v1/chat/completions": Canned(200, {"result": "hello", "ok": True})}
    generation, _ = answer(RemoteModel(client_for(server.url), "tiny"))
    assert generation.result.finish_reason == "error"
    assert generation.error.template == errors.NOT_A_STREAM
    assert generation.result.error == (f"lab: the server at 127.0.0.1:{server.port} did not "
                                       "answer as an OpenAI-compatible stream.")


def test_a_json_error_instead_of_a_stream_is_the_servers_error(server):
    server.canned = {"/v1/chat/completions": Canned(200, {"error": {
        "message": "CUDA out of memory", "code": 500}})}
    generation, _ = answer(RemoteModel(client_for(server.url), "tiny"))
    assert generation.error.template == errors.STREAM_ERROR
    assert_one_line(generation.result.error)
    assert "CUDA out of memory" in generation.result.error
