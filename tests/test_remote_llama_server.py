"""Remote answers from a real OpenAI-compatible server: llama-cpp-python's own server serving
the starter model on a loopback port. The starter is a base model, so prompts are sentence
starts it goes on with, at temperature 0 where the text must repeat."""

from __future__ import annotations

import threading
import time

import pytest
from llama_server import llama_server

from chatapp.remote.client import RemoteClient
from chatapp.remote.endpoints import make_endpoint
from chatapp.remote.generation import RemoteModel

pytestmark = pytest.mark.slow

PROMPT = [{"role": "user", "content": "The capital of France is"}]


@pytest.fixture(scope="module")
def server_url(starter_file):
    with llama_server(starter_file, n_ctx=1024) as url:
        yield url


@pytest.fixture
def model(server_url):
    client = RemoteClient(make_endpoint("box", server_url))
    (info,) = client.list_models()
    yield RemoteModel(client, info.model_id, info.context_length)
    client.close()


def run(model: RemoteModel, params: dict, messages=PROMPT):
    generation = model.generate(messages, params)
    pieces = list(generation)
    return generation, pieces


def test_models_of_the_server(server_url, starter_file):
    client = RemoteClient(make_endpoint("box", server_url))
    (info,) = client.list_models()
    assert info.model_id == str(starter_file) and info.key == f"box/{starter_file}"
    assert info.context_length is None  # this server does not say; the user sets it
    client.close()


def test_streamed_answer_with_stats(model, starter_file):
    # a base model may end its turn after a word or two on one CPU and go on on another:
    # the first of a few sampled answers that runs to the limit is the one checked
    for seed in range(1, 9):
        generation, pieces = run(model, {"max_tokens": 8, "temperature": 1.0, "seed": seed,
                                         "repeat_penalty": 1.0})
        result = generation.result
        assert result.finish_reason in ("length", "stop"), result
        assert "".join(pieces) == generation.text
        if result.finish_reason == "length":
            break
    assert result.finish_reason == "length", result
    assert len(pieces) == 8
    stats = result.stats
    assert stats["completion_tokens"] == 8
    assert 0 < stats["ttft_s"] < stats["duration_s"]
    assert stats["tokens_per_s"] > 0
    assert generation.served_model == str(starter_file)


def test_token_count_matches_the_servers_usage(model):
    generation, _ = run(model, {"max_tokens": 12, "temperature": 0.0, "seed": 1})
    plain = model.client.openai.chat.completions.create(
        model=model.model_id, messages=PROMPT, max_tokens=12, temperature=0.0, seed=1)
    assert plain.usage.completion_tokens == generation.result.stats["completion_tokens"]
    assert plain.choices[0].message.content.strip() == generation.text


def test_stop_strings_and_top_k_reach_the_server(model):
    stopped, _ = run(model, {"max_tokens": 40, "temperature": 0.0, "stop": ["."]})
    assert stopped.result.finish_reason == "stop"
    assert stopped.text.strip() == "Paris"
    greedy, _ = run(model, {"max_tokens": 10, "temperature": 0.0})
    # at a wild temperature only top_k = 1 (an extra body field) keeps the greedy choice
    forced, _ = run(model, {"max_tokens": 10, "temperature": 3.0, "top_k": 1, "seed": 9})
    assert forced.text == greedy.text


def test_same_seed_same_answer(model):
    params = {"max_tokens": 12, "temperature": 1.2, "top_k": 40, "seed": 77}
    first, _ = run(model, params)
    second, _ = run(model, params)
    assert first.text == second.text and first.text


def test_cancel_mid_stream_stops_the_server_too(model):
    generation = model.generate(PROMPT, {"max_tokens": 400, "temperature": 1.0, "seed": 3,
                                         "repeat_penalty": 1.0})
    pieces = []
    for piece in generation:
        pieces.append(piece)
        if len(pieces) == 3:
            started = time.monotonic()
            threading.Thread(target=generation.cancel).start()
    assert generation.result.finish_reason == "stopped"
    assert time.monotonic() - started < 2.0
    assert 3 <= len(pieces) < 400 and generation.text == "".join(pieces)
    # the server stopped generating: the next answer does not wait for 400 tokens
    after, _ = run(model, {"max_tokens": 4, "temperature": 0.0})
    assert after.result.finish_reason == "length"
    assert after.result.stats["ttft_s"] < 30


def test_a_prompt_over_the_servers_context_says_the_context_may_be_full(model):
    from chatapp.remote import errors

    long_prompt = [{"role": "user", "content": "The history of the world, told slowly: "
                    + "and then another year went by, " * 300}]
    generation, pieces = run(model, {"max_tokens": 8}, long_prompt)
    assert generation.result.finish_reason == "error" and pieces == []
    # this server ends the stream without a word; others send an error naming the context
    assert generation.error.template in (errors.STREAM_ENDED, errors.CONTEXT_FULL)
    assert "the model's context" in generation.result.error
