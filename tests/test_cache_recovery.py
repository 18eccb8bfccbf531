"""An answer never fails until a restart: when llama.cpp refuses a batch because what the
decoder believes the KV cache holds is not what it holds, the cache is emptied and read
again, and the answer goes on; only a second refusal ends it, with one translated line."""

from __future__ import annotations

import importlib.util
import itertools

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)


@pytest.fixture(scope="module")
def starter_llm(assembled_starter):
    if assembled_starter is None:
        pytest.skip("the starter model's package is not installed")
    from chatapp.engine.llama_model import open_model

    llm = open_model(str(assembled_starter), 1024, 2, 0)
    yield llm
    llm.close()


GREEDY = {"temperature": 0.0, "repeat_penalty": 1.0}


def _answer(decoder, prompt: list[int], n: int = 24, draft_max: int = 8) -> list[int]:
    decoder.prefill(prompt)
    tokens = decoder.tokens(GREEDY, 0, draft_max=draft_max)
    try:
        return list(itertools.islice(tokens, n))
    finally:
        tokens.close()


def _prompt(llm, text: str) -> list[int]:
    return llm.tokenize(text.encode(), add_bos=True)


def _in_step(decoder) -> bool:
    import llama_cpp

    return llama_cpp.llama_memory_seq_pos_max(decoder.memory, 0) + 1 == len(decoder.cached)


def test_a_refused_draft_batch_reads_the_conversation_again_and_goes_on(starter_llm) -> None:
    """was: "llama_decode failed with status -1" on this answer, the regenerated one and
    every later answer to the same documents, until the app was restarted."""
    from chatapp.engine.decoder import Decoder

    decoder = Decoder(starter_llm)
    prompt = _prompt(starter_llm, "Dokumen: Surat keluar ditandatangani oleh Kepala Biro. "
                     "Surat keluar ditandatangani oleh Kepala Biro. Pertanyaan: siapa?")
    decoder.prefill(prompt)
    # the decoder believes the cache holds ten tokens more than it does: a draft's batch,
    # placed after what the decoder believes, is refused by llama.cpp (status -1)
    decoder.cached.extend(prompt[1:11])
    claimed = list(decoder.cached)
    tokens = decoder.tokens(GREEDY, 0, draft_max=8)
    try:
        answer = list(itertools.islice(tokens, 24))
    finally:
        tokens.close()
    assert len(answer) == 24
    assert decoder.cached[:len(claimed)] == claimed and _in_step(decoder)
    assert len(decoder.cleared) == 1 and "status -1" in decoder.cleared[0]
    assert f"held {len(claimed)} tokens (cache: {len(prompt)})" in decoder.cleared[0]
    # the next answer is the same as from a context that never held anything else
    again = _answer(decoder, prompt)
    decoder.clear("test")
    assert _answer(decoder, prompt) == again


def test_a_prompt_after_false_bookkeeping_is_read_whole(starter_llm) -> None:
    """was: the prompt's tokens went after what the cache still held (wrong positions), and
    the answer's first draft was refused."""
    from chatapp.engine.decoder import Decoder

    decoder = Decoder(starter_llm)
    prompt = _prompt(starter_llm, "Ibu kota Prancis adalah Paris. Ibu kota Jerman adalah")
    reference = _answer(decoder, prompt)
    decoder.clear("test")
    decoder.prefill(prompt[:5])
    decoder.cached = list(prompt[:-1])  # claims tokens the cache does not hold
    assert decoder.prefill(prompt) == 0 and _in_step(decoder)
    tokens = decoder.tokens(GREEDY, 0, draft_max=8)
    try:
        assert list(itertools.islice(tokens, 24)) == reference
    finally:
        tokens.close()


@pytest.mark.parametrize("lost", [(0, 300), (300, 400)], ids=["first", "inside"])
def test_a_conversation_missing_cells_of_its_window_is_read_again(starter_llm, lost) -> None:
    """Gemma 3's sliding-window layers give a sequence's cells that fell out of its window
    (512 tokens) to new tokens, a parked conversation's too, but never a cell another
    sequence shares (a prefix shared with the next conversation): a conversation longer than
    the window loses its first cells, or cells after a shared prefix, after a few other
    answers. was: its next prompt reused the prefix as if whole (wrong answers; a draft then
    refused with status -1); with its first position still held, a hole inside the window
    went unseen (a regenerated or edited answer read it)."""
    import llama_cpp

    from chatapp.engine.decoder import Decoder

    decoder = Decoder(starter_llm)
    assert decoder.n_swa == 512
    prompt = _prompt(starter_llm, " ".join(f"Pasal {i}: cuti tahunan {i % 7} hari."
                                           for i in range(60)) + " Jawab: cuti tahunan")
    assert len(prompt) > 600
    reference = _answer(decoder, prompt)
    decoder.clear("test")
    decoder.prefill(prompt[:-3])
    assert decoder.prefill(prompt) == len(prompt) - 3  # a whole window is reused
    decoder._forget(len(prompt) - 3)
    # what the window's reuse can leave: positions gone inside the window of the next token
    # (776 - 512 onward)
    llama_cpp.llama_memory_seq_rm(decoder.memory, 0, *lost)
    assert llama_cpp.llama_memory_seq_pos_min(decoder.memory, 0) == (300 if lost[0] == 0 else 0)
    assert decoder.prefill(prompt) == 0 and _in_step(decoder)
    tokens = decoder.tokens(GREEDY, 0, draft_max=8)
    try:
        assert list(itertools.islice(tokens, 24)) == reference
    finally:
        tokens.close()
    # the count lends the spare sequence and leaves it empty
    assert llama_cpp.llama_memory_seq_pos_max(decoder.memory, 2) == -1


def test_a_second_refusal_ends_the_answer_with_one_translated_line(starter_llm) -> None:
    """was: llama.cpp's English ("llama_decode failed with status -1"), and the next
    answers failed too."""
    import llama_cpp

    from chatapp.engine.decoder import DecodeError, Decoder
    from chatapp.engine.refusal import REFUSED, DecodeRefused, refused

    decoder = Decoder(starter_llm)
    prompt = _prompt(starter_llm, "Jam kerja hari Jumat adalah")
    decoder.prefill(prompt)
    n_vocab = llama_cpp.llama_vocab_n_tokens(decoder.vocab)
    decoder.cached.append(n_vocab + 5)  # a token no vocabulary has: read again, refused again
    tokens = decoder.tokens(GREEDY, 0, draft_max=8)
    with pytest.raises(DecodeError) as caught:
        list(itertools.islice(tokens, 8))
    tokens.close()
    error = refused(caught.value)
    assert isinstance(error, DecodeRefused) and error.template == REFUSED
    assert "llama_decode" not in str(error) and caught.value.status == -1
    # the cache was left empty and forgotten: the next answer starts clean
    assert decoder.cached == [] and decoder.parked is None and len(decoder.states) == 0
    assert _in_step(decoder) and len(_answer(decoder, prompt)) == 24
