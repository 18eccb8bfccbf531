"""Speculative decoding with a draft model: a second model of the same vocabulary drafts, the
answering model checks; greedy text is the same as without, the acceptance is reported and
stored, and a draft model of another vocabulary is refused with one line."""

from __future__ import annotations

import functools
import importlib.util
import itertools
import os
from pathlib import Path

import pytest
from near_tie import NEAR_TIE, first_difference, picked_gap

from chatapp.errors import UserError
from chatapp.model_defaults import DRAFT_VOCAB, check_draft, check_options, draft_max, draft_model

needs_llama = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

STORY = ("Question: Which animals live in the sea, and what do they eat? Name five and say "
         "what each one eats.\nAnswer:")


@pytest.fixture(scope="module")
def draft_copy(starter_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The starter under another name: the same weights draft for themselves (every greedy
    draft token matches), which shows the mechanism without a second real model."""
    copy = tmp_path_factory.mktemp("draft") / "starter-draft.gguf"
    os.link(starter_file, copy)
    return copy


def _ask(worker, draft: Path | None, max_tokens: int = 64):
    params = {"raw": True, "temperature": 0.0, "max_tokens": max_tokens,
              "draft_max": 8 if draft else 0, "draft_path": str(draft) if draft else None}
    generation = worker.generate([{"role": "user", "content": STORY}], params)
    return "".join(generation), generation


@needs_llama
@pytest.mark.parametrize("penalty", [1.0, 1.1])
def test_greedy_tokens_with_a_draft_model_are_the_tokens_without(
        starter_file: Path, draft_copy: Path, penalty: float) -> None:
    from chatapp.engine.decoder import Decoder
    from chatapp.engine.draft_model import open_draft
    from chatapp.engine.llama_model import open_model

    llm = open_model(str(starter_file), 1024, 2, 0)
    decoder = Decoder(llm)
    draft = open_draft(str(draft_copy), decoder, 2, 0)
    try:
        prompt = llm.tokenize(STORY.encode("utf-8"), add_bos=True)
        params = {"temperature": 0.0, "repeat_penalty": penalty}

        def run(drafter, draft_max: int) -> list[int]:
            decoder._forget(0)
            decoder.prefill(prompt)
            tokens = decoder.tokens(params, 0, draft_max=draft_max, drafter=drafter)
            try:
                return list(itertools.islice(tokens, 80))
            finally:
                tokens.close()

        plain = run(None, 0)
        fast = run(functools.partial(draft.drafter, penalty=penalty), 8)
        # the same weights draft: nearly every draft token is taken
        assert decoder.drafted > 0 and decoder.accepted >= 0.7 * decoder.drafted
        same = first_difference(fast, plain)
        if same is not None:
            decoder._forget(0)
            gap = picked_gap(llm, prompt, plain, same, fast[same], penalty)
            assert gap < NEAR_TIE, (same, gap)
    finally:
        draft.close()
        llm.close()


@needs_llama
def test_the_worker_drafts_with_the_model_reports_it_and_refuses_another_vocabulary(
        starter_file: Path, draft_copy: Path, tiny_model: Path) -> None:
    from chatapp.engine import ModelWorker

    worker = ModelWorker()
    try:
        worker.load(starter_file, n_ctx=1024)
        plain, first = _ask(worker, None)
        drafted, second = _ask(worker, draft_copy)
        stats = second.result.stats
        assert stats["speculation"] == "draft:starter-draft.gguf"
        assert stats["completion_tokens"] == first.result.stats["completion_tokens"]
        assert 0.7 * stats["draft_tokens"] <= stats["accepted_tokens"] <= stats["draft_tokens"]
        # the draft model keeps the conversation: the same answer again
        assert _ask(worker, draft_copy)[0] == drafted
        # a draft model of another vocabulary: the answer ends with one line, the next
        # answer without it is whole
        text, refused = _ask(worker, tiny_model)
        assert text == "" and refused.result.finish_reason == "error"
        assert refused.result.kind == "draft" and "differ" in refused.result.error
        after, whole = _ask(worker, None)
        assert whole.result.finish_reason == "length" and len(after) > 40
    finally:
        worker.stop()


@needs_llama
def test_answers_store_the_draft_model_that_drafted_them(starter_home: Path, draft_copy: Path,
                                                         tiny_model: Path) -> None:
    from chatapp.context import open_app

    app = open_app()
    try:
        model = next(m for m in app.library.models() if m.file_name.startswith("gemma-3-270m"))
        conversation = app.store.create_conversation()
        # every token counts, whatever the build's kernels pick first (an end of turn too)
        params = {"temperature": 0.0, "max_tokens": 32, "ignore_eos": True}
        app.chat.model_options = {model.key: {"prompt_lookup": False}}
        _user, plain = app.chat.send(conversation.id, STORY, model, dict(params))
        text = "".join(plain)
        assert plain.message.speculation is None
        app.chat.model_options = {model.key: check_options(None, -1, None, prompt_lookup=False,
                                                           draft=str(draft_copy))}
        _user, drafted = app.chat.send(conversation.id, STORY, model, dict(params))
        assert len("".join(drafted)) > 0 and len(text) > 0
        row = app.store.message(drafted.message.id)
        assert row.speculation == "draft:starter-draft.gguf"
        assert 0 < row.accepted_tokens <= row.draft_tokens
        # a draft model that turned out not to fit (set by hand): one line, nothing else
        app.chat.model_options = {model.key: {"draft_model": str(tiny_model)}}
        _user, refused = app.chat.send(conversation.id, STORY, model, dict(params))
        assert "".join(refused) == ""
        row = app.store.message(refused.message.id)
        assert row.finish_reason == "error" and "cannot draft for" in row.error
        assert refused.error is not None and refused.error.template == DRAFT_VOCAB
    finally:
        app.close()


def test_the_draft_model_setting_round_trips_and_turns_speculation_on(tmp_path: Path) -> None:
    draft = tmp_path / "d.gguf"
    draft.write_bytes(b"GGUF")
    entry = check_options(None, -1, None, prompt_lookup=False, draft=str(draft))
    assert draft_model(entry) == str(draft)
    assert draft_max(entry) > 0
    assert draft_max({"prompt_lookup": False}) == 0
    for junk in (None, [], {"draft_model": 3}, {"draft_model": ""}):
        assert draft_model(junk) is None
    draft.unlink()  # gone since: answers go on without it (prompt lookup, as not turned off)
    assert draft_model(entry) is None and draft_max({**entry, "prompt_lookup": True}) > 0


def test_a_draft_model_of_another_vocabulary_is_refused_from_its_header(
        starter_file: Path, draft_copy: Path, tiny_model: Path) -> None:
    check_draft(starter_file, draft_copy)  # same vocabulary: taken
    with pytest.raises(UserError) as refused:
        check_draft(starter_file, tiny_model)
    assert "cannot draft for" in str(refused.value)
    with pytest.raises(UserError) as itself:
        check_draft(starter_file, starter_file)
    assert "its own draft model" in str(itself.value)
    with pytest.raises(UserError) as gone:  # a file deleted since: one line, no traceback
        check_draft(starter_file, tiny_model.with_name("gone-F32.gguf"))
    assert str(gone.value) == ("The draft model gone-F32.gguf is not there any more: choose "
                               "another, or none.")
