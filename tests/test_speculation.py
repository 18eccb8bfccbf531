"""Speculative decoding with prompt lookup: the same tokens as plain decoding, in fewer passes
when the answer copies from the prompt; stop strings, cancel, the cache and the stored
acceptance rate stay right."""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import pytest
from near_tie import NEAR_TIE, first_difference, picked_gap

from chatapp.engine.lookup import PromptLookup

needs_llama = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

PARAGRAPH = ("The lighthouse keeper climbed the spiral stairs every evening at dusk, carrying a "
             "small brass lamp and a notebook in which he recorded the weather, the ships that "
             "passed, and the birds that rested on the rail. Over thirty years the notebooks "
             "filled a whole shelf, and the village children would come to read them on rainy "
             "afternoons.")
# a text completion that goes on by copying the paragraph (the starter is a base model)
COPY = (f"Repeat this paragraph exactly.\n\nParagraph: {PARAGRAPH}\n\n"
        f"Repeated paragraph: {PARAGRAPH[:40]}")
NORMAL = "Question: Which animals live in the sea, and what do they eat?\nAnswer:"


def test_lookup_drafts_what_followed_the_longest_latest_match() -> None:
    lookup = PromptLookup([1, 2, 3, 4, 5, 9, 2, 3, 7, 8], draft_max=8)
    lookup.size = 8
    lookup.append(2)
    lookup.append(3)
    # "2 3" was followed by "4 5 …" and later by "7 8": the latest occurrence wins
    assert lookup.draft(8) == [7, 8, 2, 3]
    lookup.append(4)
    # "2 3 4" (three tokens) beats the later "3 4"-less matches
    assert lookup.draft(8) == [5, 9, 2, 3, 7, 8, 2, 3]
    assert lookup.draft(2) == [5, 9]
    lookup.append(9)
    assert lookup.draft(8) == []  # "4 9" was never seen before, and one token is too little


def test_draft_length_grows_while_drafts_are_taken_and_falls_when_not() -> None:
    lookup = PromptLookup([], draft_max=8)
    assert lookup.size == 4
    lookup.taken(4, 4)
    assert lookup.size == 8
    lookup.taken(8, 8)
    assert lookup.size == 8  # never past draft_max
    lookup.taken(8, 2)
    assert lookup.size == 3
    lookup.taken(3, 0)
    assert lookup.size == 1


@pytest.fixture(scope="module")
def starter_llm(assembled_starter: Path | None):
    if assembled_starter is None or importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("the starter model or llama-cpp-python is not installed")
    from chatapp.engine.llama_model import open_model

    llm = open_model(str(assembled_starter), 2048, 2, 0)
    yield llm
    llm.close()


def _run(decoder, prompt: list[int], params: dict, draft_max: int, n: int) -> list[int]:
    decoder._forget(0)
    decoder.prefill(prompt)
    tokens = decoder.tokens(params, int(params.get("seed", 0)), draft_max=draft_max)
    try:
        return list(itertools.islice(tokens, n))
    finally:
        tokens.close()


@needs_llama
@pytest.mark.parametrize("text", [COPY, NORMAL], ids=["copy", "normal"])
@pytest.mark.parametrize("penalty", [1.0, 1.1])
def test_greedy_tokens_are_the_same_with_and_without_speculation(starter_llm, text: str,
                                                                 penalty: float) -> None:
    from chatapp.engine.decoder import Decoder

    decoder = Decoder(starter_llm)
    prompt = starter_llm.tokenize(text.encode("utf-8"), add_bos=True)
    params = {"temperature": 0.0, "repeat_penalty": penalty}
    plain = _run(decoder, prompt, params, 0, 96)
    assert decoder.drafted == 0
    fast = _run(decoder, prompt, params, 8, 96)
    same = first_difference(fast, plain)
    assert decoder.drafted > 0 and 0 <= decoder.accepted <= decoder.drafted
    if text is COPY:
        assert decoder.accepted >= 0.7 * decoder.drafted
        assert PARAGRAPH[40:120] in starter_llm.detokenize(fast).decode("utf-8")
    # the cache holds exactly the prompt and the answer's tokens (the last one handed out is
    # not evaluated yet; drafted ones after it at most): a follow-up reuses all of it
    answer = decoder.cached[len(prompt):]
    assert decoder.cached[:len(prompt)] == prompt
    assert len(answer) >= len(fast) - 1 and answer[:len(fast) - 1] == fast[:-1]
    held = list(decoder.cached)
    follow = held + starter_llm.tokenize(b"\nQuestion: And more?", add_bos=False)
    assert decoder.prefill(follow) == len(held) and decoder.cached == follow
    if same is not None:
        # a draft's tokens are computed in one batch, with other kernels than one token at a
        # time (llama.cpp's own speculation has the same limit): the texts may part only
        # where the two best tokens were all but tied
        decoder._forget(0)
        gap = picked_gap(starter_llm, prompt, plain, same, fast[same], penalty)
        assert gap < NEAR_TIE, (same, gap)


@needs_llama
def test_sampled_speculation_takes_drafts_and_repeats_for_a_seed(starter_llm) -> None:
    from chatapp.engine.decoder import Decoder

    decoder = Decoder(starter_llm)
    prompt = starter_llm.tokenize(COPY.encode("utf-8"), add_bos=True)
    params = {"temperature": 0.8, "top_k": 40, "top_p": 0.95, "min_p": 0.05,
              "repeat_penalty": 1.1, "seed": 7}
    first = _run(decoder, prompt, params, 8, 48)
    assert 0 < decoder.accepted <= decoder.drafted
    assert _run(decoder, prompt, params, 8, 48) == first
    # the sampler picks at every position as it would one token at a time: the first
    # tokens copy the paragraph as plain sampling does
    assert first[:8] == _run(decoder, prompt, params, 0, 8)


def _ask(worker, text: str, draft_max: int, **params):
    generation = worker.generate([{"role": "user", "content": text}],
                                 {"raw": True, "temperature": 0.0, "max_tokens": 80,
                                  "draft_max": draft_max, **params})
    return "".join(generation), generation


@needs_llama
def test_worker_answers_alike_and_reports_the_acceptance(starter_file: Path) -> None:
    from chatapp.engine import ModelWorker

    worker = ModelWorker()
    try:
        worker.load(starter_file, n_ctx=1024)
        plain, first = _ask(worker, COPY, 0)
        fast, second = _ask(worker, COPY, 8)
        assert fast == plain and PARAGRAPH[40:100] in fast
        stats = second.result.stats
        assert "draft_tokens" not in first.result.stats
        assert stats["speculation"] == "lookup"
        assert 0 < stats["accepted_tokens"] <= stats["draft_tokens"]
        # tokens/s counts the tokens handed out, as without speculation
        assert stats["completion_tokens"] == first.result.stats["completion_tokens"]
        assert stats["tokens_per_s"] > 0
        # a stop string inside the copied text: the answer ends right before it, as without
        stop = "the ships that passed"
        cut_plain, _ = _ask(worker, COPY, 0, stop=[stop])
        cut_fast, cut = _ask(worker, COPY, 8, stop=[stop])
        assert cut_fast == cut_plain
        assert cut_fast.endswith("recorded the weather, ") and stop not in cut_fast
        assert cut.result.finish_reason == "stop"
        assert cut.result.stats["accepted_tokens"] > 0
        # max_tokens counts the tokens handed out, drafts taken or not
        short, limited = _ask(worker, COPY, 8, max_tokens=10)
        assert limited.result.stats["completion_tokens"] == 10
        assert short == _ask(worker, COPY, 0, max_tokens=10)[0]
    finally:
        worker.stop()


@needs_llama
def test_cancel_stops_a_speculating_answer_and_the_next_one_is_whole(starter_file: Path) -> None:
    from chatapp.engine import ModelWorker

    worker = ModelWorker()
    try:
        worker.load(starter_file, n_ctx=1024)
        whole, _ = _ask(worker, COPY, 0, max_tokens=200)
        generation = worker.generate([{"role": "user", "content": COPY}],
                                     {"raw": True, "temperature": 0.0, "max_tokens": 200,
                                      "draft_max": 8})
        text = ""
        for piece in generation:
            text += piece
            generation.cancel()
        assert generation.result.finish_reason == "stopped"
        assert whole.startswith(text) and len(text) < len(whole)
        again, _ = _ask(worker, COPY, 8, max_tokens=200)
        assert again == whole
    finally:
        worker.stop()


@needs_llama
def test_answers_store_the_acceptance_and_the_model_setting_turns_it_off(
        starter_home: Path) -> None:
    from chatapp.context import open_app

    app = open_app()
    try:
        model = next(m for m in app.library.models() if m.file_name.startswith("gemma-3-270m"))
        conversation = app.store.create_conversation()
        params = {"temperature": 0.0, "max_tokens": 48}
        _user, answer = app.chat.send(conversation.id, f"Repeat: {PARAGRAPH}", model,
                                      dict(params))
        text = "".join(answer)
        row = answer.message
        assert row.speculation == "lookup"
        assert 0 <= row.accepted_tokens <= row.draft_tokens
        app.chat.pipeline.model_options = {model.key: {"prompt_lookup": False}}
        _user, again = app.chat.send(conversation.id, f"Repeat: {PARAGRAPH}", model,
                                     dict(params))
        assert "".join(again) == text
        assert again.message.speculation is None and again.message.draft_tokens is None
    finally:
        app.close()


def test_m010_adds_the_speculation_columns_to_a_version_9_database(tmp_path: Path) -> None:
    from test_database_trouble import make_old_database

    from chatapp.store import Store
    from chatapp.store.database import SCHEMA_VERSION

    path = tmp_path / "v9.db"
    db = make_old_database(path, 9)
    db.execute("INSERT INTO messages (id, conversation_id, parent_id, role, content, created_at,"
               " finish_reason) VALUES (2, 1, NULL, 'assistant', 'a', 2, 'stop')")
    db.conn.close()
    store = Store(path)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        old = store.message(2)
        assert (old.content, old.speculation, old.draft_tokens) == ("a", None, None)
        store.finish_message(2, "a", "stop", speculation="lookup", draft_tokens=40,
                             accepted_tokens=31)
        assert (store.message(2).draft_tokens, store.message(2).accepted_tokens) == (40, 31)
    finally:
        store.close()


def test_the_model_setting_is_on_unless_turned_off() -> None:
    from chatapp.engine.lookup import DRAFT_MAX
    from chatapp.model_defaults import check_options, draft_max

    assert draft_max(None) == draft_max({}) == draft_max({"prompt_lookup": "no"}) == DRAFT_MAX
    assert draft_max({"prompt_lookup": False}) == 0
    assert check_options(None, -1, None) == {}
    assert check_options(None, -1, None, prompt_lookup=False) == {"prompt_lookup": False}
