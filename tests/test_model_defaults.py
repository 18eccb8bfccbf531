"""Per-model defaults: sampling recommended by the GGUF file (untrusted, checked), their
precedence between the app's settings and the conversation's own, and per-model load
options (context length, GPU layers) used by real llama.cpp loads."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path

import pytest

from chatapp.errors import UserError
from chatapp.gguf_meta import read_gguf_info
from chatapp.model_defaults import (
    check_options,
    file_facts,
    load_options,
    model_sampling,
    recommended_for_file,
    recommended_sampling,
)
from chatapp.settings import Sampling, Settings

GOOD = {
    "general.sampling.temp": 0.3,
    "general.sampling.top_k": 20,
    "general.sampling.top_p": 0.8,
    "general.sampling.min_p": 0.02,
    "general.sampling.penalty_repeat": 1.05,
    "general.sampling.seq": "penalties;top_k;top_p;min_p;temperature;bogus",
}


def test_recommended_sampling_read_from_a_real_file(tmp_path: Path) -> None:
    from gguf_factory import write_tiny_llama

    path = write_tiny_llama(tmp_path / "tuned.gguf", extra_metadata=GOOD)
    assert read_gguf_info(path).metadata["general.sampling.temp"] == pytest.approx(0.3)
    assert recommended_for_file(path) == {"temperature": 0.3, "top_k": 20, "top_p": 0.8,
                                          "min_p": 0.02, "repeat_penalty": 1.05}
    facts = file_facts(path)
    assert facts["sequence"] == ["penalties", "top_k", "top_p", "min_p", "temperature"]
    assert facts["context_length"] == 512 and facts["architecture"] == "llama"
    # app defaults below, the model's on top; unrecommended values stay the app's
    app = Sampling(temperature=0.9, max_tokens=77, seed=3)
    params = model_sampling(app, path)
    assert params["temperature"] == 0.3 and params["top_k"] == 20
    assert params["max_tokens"] == 77 and params["seed"] == 3


def test_hostile_metadata_is_ignored(tmp_path: Path) -> None:
    from gguf_factory import write_tiny_llama

    hostile = {
        "general.sampling.temp": math.nan,
        "general.sampling.top_k": -5,
        "general.sampling.top_p": 1e30,
        "general.sampling.min_p": "0.1",
        "general.sampling.penalty_repeat": True,
        "general.sampling.seq": 42,
    }
    path = write_tiny_llama(tmp_path / "hostile.gguf", extra_metadata=hostile)
    assert recommended_for_file(path) == {}
    assert file_facts(path)["sequence"] == []
    assert model_sampling(Sampling(), path) == Sampling().to_dict()
    # more shapes straight from a metadata dict
    assert recommended_sampling({
        "general.sampling.temp": math.inf, "general.sampling.top_k": 7.5,
        "general.sampling.top_p": -0.1, "general.sampling.min_p": [0.1],
        "general.sampling.penalty_repeat": 10**40}) == {}
    assert recommended_sampling({"general.sampling.temp": -1.0,
                                 "general.sampling.top_k": 40.0}) == {"top_k": 40}
    # a file without sampling keys, and one that is not a model
    plain = write_tiny_llama(tmp_path / "plain.gguf")
    assert recommended_for_file(plain) == {}
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"not a model at all")
    assert recommended_for_file(junk) == {} and file_facts(junk)["problem"]
    assert recommended_for_file(tmp_path / "missing.gguf") == {}


def test_load_options_are_checked() -> None:
    default = {"n_ctx": None, "n_gpu_layers": -1, "kv_type": "f16", "flash_attn": "auto",
               "batch": None}
    assert load_options(None, 4096) == default
    assert load_options({"n_ctx": 2048, "n_gpu_layers": 0}, 4096) == {
        **default, "n_ctx": 2048, "n_gpu_layers": 0}
    assert load_options({"n_ctx": 99999, "n_gpu_layers": 12}, 4096)["n_ctx"] == 4096
    for bad in ({"n_ctx": "2048"}, {"n_ctx": 10}, {"n_ctx": True}, {"n_gpu_layers": -7},
                {"n_gpu_layers": 2.5}, {"kv_type": "q2"}, {"batch": 9}, {"batch": -1},
                {"batch": True}, {"batch": "4"}, "junk", [1, 2]):
        assert load_options(bad, 4096) == default
    # a quantized KV cache needs flash attention: "off" with one becomes "auto"
    assert load_options({"kv_type": "q8_0", "flash_attn": "off"}, 4096)["flash_attn"] == "auto"
    assert check_options(None, -1, 4096) == {}
    assert check_options(1024, 0, 4096) == {"n_ctx": 1024, "n_gpu_layers": 0}
    # answers decoded together: None chooses from free memory, 0 one at a time
    assert load_options({"batch": 0}, 4096)["batch"] == 0
    assert load_options({"batch": 4}, 4096)["batch"] == 4
    assert check_options(None, -1, 4096, batch=3) == {"batch": 3}
    assert check_options(None, -1, 4096, batch=0) == {"batch": 0}
    with pytest.raises(UserError):
        check_options(None, -1, 4096, batch=9)
    with pytest.raises(UserError):
        check_options(100, -1, 4096)
    with pytest.raises(UserError):
        check_options(8192, -1, 4096)
    with pytest.raises(UserError):
        check_options(None, -2, 4096)
    # settings.json keeps them typed; a wrong type falls back to {}
    settings = Settings.from_dict({"model_options": {"size:1:mtime:2": {"n_ctx": 512}}})
    assert settings.model_options == {"size:1:mtime:2": {"n_ctx": 512}}
    assert Settings.from_dict({"model_options": [1]}).model_options == {}
    assert json.loads(json.dumps(settings.to_dict()))["model_options"]


@pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                    reason="llama-cpp-python is not installed")
def test_precedence_and_load_options_in_a_real_answer(chatapp_home: Path) -> None:
    from gguf_factory import write_tiny_llama

    from chatapp.context import open_app

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    write_tiny_llama(models / "tuned-F32.gguf", extra_metadata=GOOD, ctx=1024)
    app = open_app()
    try:
        model = next(m for m in app.library.models() if m.stem == "tuned-F32")
        app.settings.sampling = Sampling(temperature=0.9, top_p=0.5, max_tokens=4, seed=1)
        store, chat = app.store, app.chat
        conversation = store.create_conversation()
        store.set_conversation_params(conversation.id, {"top_k": 3})
        _user, answer = chat.send(conversation.id, "hello", model, app.settings.sampling)
        "".join(answer)
        assert answer.message.finish_reason in ("stop", "length")
        params = answer.params
        assert params["top_k"] == 3  # the conversation's own
        assert params["temperature"] == 0.3 and params["top_p"] == 0.8  # the model's
        assert params["max_tokens"] == 4 and params["seed"] == 1  # the app's
        stored = json.loads(store.message(answer.message.id).params)
        assert stored["temperature"] == 0.3 and stored["top_k"] == 3
        assert app.engine.loaded.n_ctx == 1024  # the app's 4096, capped by the model

        # per-model options: the next answer reloads with them
        chat.pipeline.model_options[model.key] = {"n_ctx": 256, "n_gpu_layers": 0}
        answer = chat.answer(conversation.id, answer.message.parent_id, model,
                             app.settings.sampling)
        "".join(answer)
        assert app.engine.loaded.n_ctx == 256 and app.engine.loaded.n_gpu_layers == 0
        assert store.message(answer.message.id).n_ctx == 256
    finally:
        app.close()
