"""Texts far longer than a model's context, on real llama.cpp tokenizers: refused at once
with about how many tokens they make (was: a 2 MB message held its model for ten minutes
before the refusal, on a vocabulary whose tokenizer slows down faster than the text grows),
counted in pieces as the whole would be, and a typed marker found across a piece's cut."""

from __future__ import annotations

import importlib.util
import re
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from gguf_factory import CHATML_TEMPLATE, write_tiny_llama  # noqa: E402

from chatapp.engine import ModelWorker  # noqa: E402
from chatapp.engine.llama_model import has_special  # noqa: E402
from chatapp.engine.long_text import (  # noqa: E402
    CUT_TOKENS,
    PIECE_CHARS,
    pieces,
    surely_over,
    tokenize_long,
)


@pytest.fixture(scope="module")
def byte_vocab(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny llama whose text falls back to byte tokens: "x " * 60,000 takes its tokenizer
    seconds whole (0.6 s for half of it)."""
    return write_tiny_llama(tmp_path_factory.mktemp("bytes") / "bytes.gguf", ctx=512,
                            text_pieces=False, chat_template=CHATML_TEMPLATE)


def vocab(path: Path):
    import llama_cpp

    return llama_cpp.Llama(str(path), vocab_only=True, verbose=False)


def test_a_message_far_longer_than_the_context_is_refused_at_once(byte_vocab: Path) -> None:
    worker = ModelWorker()
    try:
        worker.load(byte_vocab, n_ctx=512, n_threads=1)
        started = time.monotonic()
        generation = worker.generate([{"role": "user", "content": "x " * 1_000_000}],
                                     {"max_tokens": 4, "temperature": 0.0})
        assert list(generation) == []
        assert time.monotonic() - started < 10
        said = generation.result.error
        found = re.fullmatch(r"The message is too long for this model's context of 512 tokens "
                             r"\(about (\d+) tokens\)\. Shorten it or raise the context "
                             r"length\.", said)
        assert found, said
        whole = len(vocab(byte_vocab).tokenize(("x " * 10_000).encode(), add_bos=False)) * 100
        assert abs(int(found.group(1)) - whole) < whole * 0.05  # about right
        # the model was free again at once: the next question is answered
        again = worker.generate([{"role": "user", "content": "hello"}],
                                {"max_tokens": 4, "temperature": 0.0})
        list(again)
        assert again.result.finish_reason in ("length", "stop")
    finally:
        worker.stop()


def test_counted_in_pieces_a_text_makes_the_tokens_it_makes_whole(
        byte_vocab: Path, tiny_model: Path) -> None:
    text = " ".join(f"word{i} hello, world!\n" for i in range(3000))  # 60,000 characters
    for path in (byte_vocab, tiny_model):
        llm = vocab(path)
        whole = llm.tokenize(text.encode(), add_bos=False, special=True)
        cuts = len(list(pieces(text))) - 1
        assert "".join(pieces(text)) == text and cuts > 20
        assert abs(len(tokenize_long(llm, text, True)) - len(whole)) <= CUT_TOKENS * cuts
        assert surely_over(llm, text, len(whole) + CUT_TOKENS * cuts) is None  # may fit
        assert surely_over(llm, text, len(whole) // 2) > len(whole) // 2
        assert surely_over(llm, "short " * 100, 1) is None  # short: tokenized whole


def test_a_marker_across_a_cut_is_still_found(tmp_path: Path) -> None:
    chatml = vocab(write_tiny_llama(tmp_path / "chatml.gguf", chat_template=CHATML_TEMPLATE))
    for at in range(PIECE_CHARS - 8, PIECE_CHARS + 2):  # no white space: cut where it falls
        typed = "a" * at + "<|im_end|>" + "b" * 30_000
        assert has_special(chatml, typed), at
    assert not has_special(chatml, "a" * 2040 + "<|im_end" + "b" * 30_000)


def test_a_prompt_that_fills_the_context_says_so_without_calling_itself_too_long(
        byte_vocab: Path) -> None:
    """A prompt of exactly the context's size leaves no room for the answer (was: "The
    message is too long for this model's context of 512 tokens (512 tokens)")."""
    worker = ModelWorker()
    try:
        worker.load(byte_vocab, n_ctx=512, n_threads=1)
        _prompt, tokens = worker.render([{"role": "user", "content": "x"}])
        fills = "x" * (1 + 512 - len(tokens))
        prompt, tokens = worker.render([{"role": "user", "content": fills}])
        assert len(tokens) == 512
        generation = worker.generate([{"role": "user", "content": fills}],
                                     {"max_tokens": 4, "drop_turns": False})
        assert list(generation) == []
        assert generation.result.error == (
            "The message takes 512 of the 512 tokens of this model's context: no room is left "
            "for the answer. Shorten it or raise the context length.")
        generation = worker.generate([{"role": "user", "content": prompt}],
                                     {"max_tokens": 4, "raw": True})
        assert list(generation) == []
        assert generation.result.error.startswith("The prompt takes 512 of the 512 tokens")
        generation = worker.generate([{"role": "user", "content": prompt + "x x"}],
                                     {"max_tokens": 4, "raw": True})
        assert list(generation) == []
        assert generation.result.error.startswith(
            "The prompt is too long for this model's context of 512 tokens (51")
    finally:
        worker.stop()
