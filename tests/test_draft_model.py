"""Speculative decoding with a draft model: a second model of the same vocabulary drafts, the
answering model checks; greedy text is the same as without, the acceptance is reported and
stored. A draft model of another vocabulary is refused where it is chosen (its file read in
full, every token's text compared), and one set before is left out of answers (they go on
with prompt lookup, a log line says why once) and out of `chatapp fit`'s count."""

from __future__ import annotations

import functools
import importlib.util
import itertools
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from near_tie import NEAR_TIE, first_difference, picked_gap

from chatapp.draft_vocab import OTHER_ENDS, OTHER_TOKEN, usable_draft, vocab_problem
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


CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
          "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")


@pytest.fixture(scope="module")
def scripted_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two tiny models of one tokenizer type, the same special tokens and nearly the same
    size, whose words differ from token 261 on: only every token's text tells them apart."""
    from scripted_gguf import write_scripted

    folder = tmp_path_factory.mktemp("scripted")
    specials = [("<|im_start|>", "control"), ("<|im_end|>", "control")]
    paths = folder / "scripted-long.gguf", folder / "scripted-hello.gguf"
    for path, words in zip(paths, (["▁one", "▁two", "▁three"], ["▁Hello", "▁from", "!"]),
                           strict=True):
        write_scripted(path, template=CHATML, specials=specials,
                       script=[0x0A, *words, "<|im_end|>"], eos="</s>")
    return paths


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
def test_the_worker_drafts_with_the_model_reports_it_and_goes_on_without_another_vocabulary(
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
        # a draft model of another vocabulary: the answer is whole without it, by prompt
        # lookup, and a notice says why (translatable data), for the first answer only
        text, refused = _ask(worker, tiny_model)
        assert refused.result.finish_reason == "length" and len(text) > 40
        assert refused.result.stats["completion_tokens"] == 64
        assert refused.result.stats.get("speculation", "lookup") == "lookup"
        notice = refused.notice
        assert notice is not None and notice.template == DRAFT_VOCAB
        assert notice.params["reason"].template == vocab_problem(starter_file,
                                                                 tiny_model).template
        assert notice.params["draft"] == tiny_model.name
        again, quiet = _ask(worker, tiny_model)
        assert quiet.result.finish_reason == "length" and quiet.notice is None
        # the draft that fits drafts again
        assert _ask(worker, draft_copy)[1].result.stats["speculation"] == \
            "draft:starter-draft.gguf"
    finally:
        worker.stop()


@needs_llama
def test_answers_store_the_draft_model_that_drafted_them(
        starter_home: Path, draft_copy: Path, tiny_model: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    from chatapp.context import open_app

    app = open_app()
    try:
        model = next(m for m in app.library.models() if m.file_name.startswith("gemma-3-270m"))
        conversation = app.store.create_conversation()
        # every token counts, whatever the build's kernels pick first (an end of turn too)
        params = {"temperature": 0.0, "max_tokens": 32, "ignore_eos": True}
        app.chat.pipeline.model_options = {model.key: {"prompt_lookup": False}}
        _user, plain = app.chat.send(conversation.id, STORY, model, dict(params))
        text = "".join(plain)
        assert plain.message.speculation is None
        app.chat.pipeline.model_options = {model.key: check_options(
            None, -1, None, prompt_lookup=False, draft=str(draft_copy))}
        _user, drafted = app.chat.send(conversation.id, STORY, model, dict(params))
        assert len("".join(drafted)) > 0 and len(text) > 0
        row = app.store.message(drafted.message.id)
        assert row.speculation == "draft:starter-draft.gguf"
        assert 0 < row.accepted_tokens <= row.draft_tokens
        # a draft model that turned out not to fit (set by hand): the answers go on without
        # it, and the log says why once
        app.chat.pipeline.model_options = {model.key: {"draft_model": str(tiny_model)}}
        notices = []
        with caplog.at_level(logging.WARNING, logger="chatapp"):
            for _ in range(2):
                _user, whole = app.chat.send(conversation.id, STORY, model, dict(params))
                assert len("".join(whole)) > 0
                row = app.store.message(whole.message.id)
                assert row.finish_reason == "length" and row.error is None, row.error
                assert row.speculation in (None, "lookup")
                notices.append(whole.notice)  # what the window's status bar says
        assert notices[0] is not None and notices[0].template == DRAFT_VOCAB
        assert notices[1] is None  # told once
        told = [r.getMessage() for r in caplog.records if "cannot draft for" in r.getMessage()]
        why = UserError(DRAFT_VOCAB, draft=tiny_model.name, model=Path(model.path).name,
                        reason=vocab_problem(model.path, tiny_model))
        assert told == [str(why)]
        # a draft model whose file is gone: the answers go on with prompt lookup, and the
        # first one says so
        gone = str(draft_copy.with_name("moved-away.gguf"))
        app.chat.pipeline.model_options = {model.key: {"draft_model": gone}}
        missing = []
        for _ in range(2):
            _user, whole = app.chat.send(conversation.id, STORY, model, dict(params))
            assert len("".join(whole)) > 0 and whole.message.error is None
            missing.append(whole.notice)
        assert missing[0] is not None and str(missing[0]) == (
            "The draft model moved-away.gguf is not there any more: answers go on without it "
            "(Model settings chooses another).")
        assert missing[1] is None
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


def test_a_draft_model_of_another_vocabulary_is_refused_from_its_file(
        starter_file: Path, draft_copy: Path, tiny_model: Path,
        scripted_pair: tuple[Path, Path]) -> None:
    check_draft(starter_file, draft_copy)  # same vocabulary: taken
    with pytest.raises(UserError) as refused:
        check_draft(starter_file, tiny_model)
    assert "cannot draft for" in str(refused.value)
    assert refused.value.params["reason"].template == OTHER_ENDS
    # the same header, other words: every token's text is compared; the reason is a
    # template of its own (translated with the message), its value apart
    model, draft = scripted_pair
    with pytest.raises(UserError) as words:
        check_draft(model, draft)
    reason = words.value.params["reason"]
    assert (reason.template, reason.params) == (OTHER_TOKEN, {"token": 261})
    assert str(words.value).startswith(
        "scripted-hello.gguf cannot draft for scripted-long.gguf: token 261 differs. ")
    assert vocab_problem(model, model) is None
    with pytest.raises(UserError) as itself:
        check_draft(starter_file, starter_file)
    assert "its own draft model" in str(itself.value)
    with pytest.raises(UserError) as gone:  # a file deleted since: one line, no traceback
        check_draft(starter_file, tiny_model.with_name("gone-F32.gguf"))
    assert str(gone.value) == ("The draft model gone-F32.gguf is not there any more: choose "
                               "another, or none.")


@needs_llama
def test_the_engine_refuses_what_the_files_refuse_for_the_same_reason(
        scripted_pair: tuple[Path, Path]) -> None:
    from chatapp.engine.decoder import Decoder
    from chatapp.engine.draft_model import DraftError, open_draft
    from chatapp.engine.llama_model import open_model

    model, draft = scripted_pair
    llm = open_model(str(model), 256, 1, 0)
    try:
        with pytest.raises(DraftError) as refused:
            open_draft(str(draft), Decoder(llm), 1, 0)
    finally:
        llm.close()
    found = vocab_problem(model, draft)
    assert (refused.value.template, refused.value.params) == (found.template, found.params)


def test_chatapp_fit_does_not_count_a_draft_model_that_cannot_draft(
        tiny_home: Path, scripted_pair: tuple[Path, Path], tmp_path: Path) -> None:
    from chatapp.context import open_app

    tiny = tiny_home / "data" / "models" / "tiny-llama-F32.gguf"
    twin = tmp_path / "tiny-twin.gguf"  # the same vocabulary: it can draft
    os.link(tiny, twin)
    other = scripted_pair[1]

    def fit(draft: Path) -> tuple[dict, str]:
        app = open_app()
        try:
            key = next(m.key for m in app.library.models() if m.path == str(tiny))
            app.settings.model_options = {key: {"draft_model": str(draft)}}
            app.save_settings()
        finally:
            app.close()
        done = subprocess.run([sys.executable, "-m", "chatapp", "fit", "-m", "tiny", "--json"],
                              capture_output=True, text=True, timeout=300,
                              env={**os.environ, "LC_ALL": "en_US.UTF-8"})
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout), done.stderr.strip()

    counted, quiet = fit(twin)
    assert counted["draft_model"] == "tiny-twin.gguf" and counted["draft_bytes"] > 0
    assert quiet == "" and usable_draft(tiny, {"draft_model": str(twin)}) == str(twin)
    left_out, note = fit(other)
    assert left_out["draft_model"] is None and left_out["draft_bytes"] == 0
    assert note == ("The draft model scripted-hello.gguf cannot draft for tiny-llama-F32.gguf "
                    "(their vocabularies differ): it is not counted, and answers go on "
                    "without it.")
    assert usable_draft(tiny, {"draft_model": str(other)}) is None
