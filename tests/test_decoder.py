"""The fast token path: same text as llama-cpp-python's reference call, text assembly,
continuing an answer, KV reuse and saved states."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from chatapp.engine import ModelWorker
from chatapp.engine.text_stream import TextStream

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)


class Sink:
    """Collects the events a text stream sends."""

    def __init__(self) -> None:
        self.events: list[dict] = []

    def send(self, message: dict) -> None:
        self.events.append(message)

    @property
    def text(self) -> str:
        return "".join(e["text"] for e in self.events)


@pytest.mark.parametrize("text", ["Selamat pagi, apa kabar? 😀🇮🇩", "中文字符和日本語のテキスト",
                                  "Kumusta ka? Ñandú — “quotes” ✓"])
def test_multibyte_characters_split_across_tokens_stay_whole(text: str) -> None:
    data = text.encode("utf-8")
    for size in (1, 2, 3, 5):
        sink = Sink()
        stream = TextStream(sink, 1, (), strip_leading=False)
        stream.BATCH_S = 0.0
        for i in range(0, len(data), size):
            stream.add(data[i:i + size])
            assert "\ufffd" not in sink.text
        stream.finish()
        assert sink.text == text
    # an end that cuts a character in two (a token limit) leaves its bytes out
    sink = Sink()
    stream = TextStream(sink, 1, (), strip_leading=False)
    stream.add(data[:-1])
    stream.finish()
    assert sink.text == text[:-1] and "\ufffd" not in sink.text


def test_stop_string_split_across_pieces_is_cut() -> None:
    sink = Sink()
    stream = TextStream(sink, 1, ("<|im_end|>",), strip_leading=True)
    stream.BATCH_S = 0.0
    pieces = [b"  ", b"Hello", b" there <|", b"im_", b"end|> never shown"]
    stopped = [stream.add(p) for p in pieces]
    stream.finish()
    assert stopped == [False, False, False, False, True]
    assert sink.text == "Hello there "
    assert all("<|" not in e["text"] for e in sink.events)


def test_same_seed_gives_the_reference_text(tiny_model: Path) -> None:
    import llama_cpp

    worker = ModelWorker()
    try:
        worker.load(tiny_model, n_ctx=256, n_threads=1)
        messages = [{"role": "user", "content": "hello world"}]
        _, tokens = worker.render(messages)
        params = {"max_tokens": 24, "temperature": 0.8, "top_k": 40, "top_p": 0.95,
                  "min_p": 0.05, "repeat_penalty": 1.1, "seed": 1234}
        ours = worker.generate(messages, params)
        ours_text = "".join(ours)
    finally:
        worker.stop()
    reference = llama_cpp.Llama(str(tiny_model), n_ctx=256, n_threads=1, seed=1234,
                                verbose=True)
    produced = []
    for token in reference.generate(tokens, temp=0.8, top_k=40, top_p=0.95, min_p=0.05,
                                     repeat_penalty=1.1):
        if llama_cpp.llama_vocab_is_eog(llama_cpp.llama_model_get_vocab(reference.model),
                                        token) or len(produced) == 24:
            break
        produced.append(token)
    expected = reference.detokenize(produced).decode("utf-8", errors="replace").lstrip()
    reference.close()
    assert ours_text == expected[: len(ours_text)]
    assert len(ours_text) >= len(expected.rstrip("\ufffd")) - 1


def test_continue_extends_the_last_answer(starter_file: Path) -> None:
    worker = ModelWorker()
    try:
        worker.load(starter_file, n_ctx=1024)
        question = [{"role": "user", "content": "Name three colours."}]
        first = worker.generate(question, {"max_tokens": 6, "temperature": 0.0})
        start = "".join(first)
        assert first.result.finish_reason == "length"
        more = worker.generate([*question, {"role": "assistant", "content": start}],
                               {"max_tokens": 6, "temperature": 0.0, "continue": True})
        rest = "".join(more)
        assert more.result.finish_reason in ("length", "stop")
        assert rest.strip()
        # the prompt ends inside the answer: no end-of-turn and no new answer marker
        _, fresh = worker.render(question)
        assert more.prompt_tokens >= len(fresh) + 2
        assert more.reused_tokens >= len(fresh) - 2
    finally:
        worker.stop()


def test_follow_up_turn_and_switching_back_reuse_the_cache(starter_file: Path) -> None:
    worker = ModelWorker()
    try:
        worker.load(starter_file, n_ctx=2048)
        params = {"max_tokens": 8, "temperature": 0.0}
        long_text = " ".join(f"Fact number {i} is about the sea." for i in range(60))
        chat_a = [{"role": "user", "content": long_text}]
        first = worker.generate(chat_a, params)
        answer = "".join(first)
        chat_a += [{"role": "assistant", "content": answer},
                   {"role": "user", "content": "And then?"}]
        follow = worker.generate(chat_a, params)
        list(follow)
        assert follow.reused_tokens >= first.prompt_tokens - 2
        other = worker.generate([{"role": "user", "content": long_text.replace("sea", "sky")}],
                                params)
        list(other)
        back = worker.generate(chat_a, params)
        list(back)
        assert back.reused_tokens >= follow.prompt_tokens - 2
    finally:
        worker.stop()


@pytest.mark.parametrize("penalty", [0.8, 1.0, 1.1, 1.5])
def test_greedy_fast_path_matches_the_sampler_chain(starter_file: Path, penalty: float) -> None:
    import itertools

    import llama_cpp

    from chatapp.engine.decoder import Decoder

    llm = llama_cpp.Llama(str(starter_file), n_ctx=512, n_threads=2, verbose=True)
    try:
        decoder = Decoder(llm)
        prompt = llm.tokenize(b"Question: Name some animals of the sea.\nAnswer:", add_bos=True)
        params = {"temperature": 0.0, "repeat_penalty": penalty}
        greedy = decoder._greedy_picker(penalty)
        chain, free = decoder._chain_picker(params, 0)
        runs = []
        for tokens in (decoder._loop(lambda: greedy(-1)), decoder._loop(lambda: chain(-1), free)):
            decoder._forget(0)
            decoder.prefill(prompt)
            runs.append(list(itertools.islice(tokens, 48)))
            tokens.close()
        assert runs[0] == runs[1]
    finally:
        llm.close()


def test_evaluating_ahead_gives_the_same_tokens_and_a_true_cache(starter_file: Path) -> None:
    import itertools

    import llama_cpp

    from chatapp.engine.decoder import Decoder

    llm = llama_cpp.Llama(str(starter_file), n_ctx=512, n_threads=2, verbose=True)
    try:
        prompt = llm.tokenize(b"Question: Name some animals of the sea.\nAnswer:", add_bos=True)
        runs = []
        for ahead in (False, True):
            decoder = Decoder(llm, ahead=ahead)
            decoder._forget(0)
            decoder.prefill(prompt)
            params = {"temperature": 0.8, "seed": 11}
            tokens = decoder.tokens(params, 11)
            runs.append(list(itertools.islice(tokens, 32)))
            tokens.close()
            # the context holds exactly the tokens it says: a follow-up reuses them all
            assert decoder.cached[:len(prompt)] == prompt
            assert decoder.cached[len(prompt):] == runs[-1][:len(decoder.cached) - len(prompt)]
            assert len(decoder.cached) == len(prompt) + 32 - (0 if ahead else 1)
            held = list(decoder.cached)
            follow = held + llm.tokenize(b"\nQuestion: And more?", add_bos=False)
            assert decoder.prefill(follow) == len(held) and decoder.cached == follow
        assert runs[0] == runs[1]
    finally:
        llm.close()


def _greedy(decoder, n: int = 12) -> list[int]:
    import itertools

    tokens = decoder.tokens({"temperature": 0.0, "repeat_penalty": 1.0}, 0)
    try:
        return list(itertools.islice(tokens, n))
    finally:
        tokens.close()


def test_another_conversation_parks_the_first_instead_of_saving_it(starter_file: Path) -> None:
    from chatapp.engine.decoder import Decoder
    from chatapp.engine.llama_model import open_model

    llm = open_model(str(starter_file), 1024, 2, 0)
    try:
        decoder = Decoder(llm)
        assert decoder.can_park
        sea = llm.tokenize(" ".join(f"Fact {i} is about the sea." for i in range(40)).encode(),
                           add_bos=True)
        sky = llm.tokenize(" ".join(f"Fact {i} is about the sky." for i in range(30)).encode(),
                           add_bos=True)
        decoder.prefill(sea)
        _greedy(decoder)
        held = list(decoder.cached)
        decoder.prefill(sky)
        # the first conversation waits in the cache; nothing was copied out for it
        assert decoder.parked == held and not decoder.parked_saved
        assert decoder.states.size == 0
        reference = _greedy(decoder)
        follow = held + llm.tokenize(b" And the moon?", add_bos=False)
        assert decoder.prefill(follow) == len(held)  # back: all of it reused
        back = _greedy(decoder)
        assert decoder.parked[:len(sky)] == sky
        # the same answer as from a context that never held anything else
        llm_ref = open_model(str(starter_file), 1024, 2, 0)
        try:
            alone = Decoder(llm_ref)
            alone.prefill(follow)
            assert _greedy(alone) == back
            alone.prefill(sky)
            assert _greedy(alone) == reference
        finally:
            llm_ref.close()
        # between answers the parked conversation is saved; its cells stay until needed
        assert decoder.idle() and decoder.parked_saved and decoder.states.size > 0
        assert not decoder.idle()
    finally:
        llm.close()


def test_parked_cells_are_saved_when_the_room_is_needed(starter_file: Path) -> None:
    from chatapp.engine.decoder import Decoder
    from chatapp.engine.llama_model import open_model

    llm = open_model(str(starter_file), 512, 2, 0)
    try:
        decoder = Decoder(llm)
        first = llm.tokenize(" ".join(f"Sea fact {i}." for i in range(50)).encode(),
                             add_bos=True)
        second = llm.tokenize(" ".join(f"Sky fact {i}." for i in range(50)).encode(),
                              add_bos=True)
        decoder.prefill(first)
        answer = _greedy(decoder)
        held = list(decoder.cached)
        decoder.prefill(second, room=256)  # too little room for both: the first is saved
        assert decoder.parked is None and decoder.states.size > 0
        _greedy(decoder)
        assert decoder.prefill(held) >= len(held) - 1  # back from the saved state
        assert decoder.cached == held
        decoder._forget(0)
        decoder.prefill(first)
        assert _greedy(decoder) == answer
    finally:
        llm.close()


def test_a_prompt_stopped_while_it_is_read_keeps_what_was_read(tiny_model: Path) -> None:
    import llama_cpp

    from chatapp.engine.decoder import Decoder

    llm = llama_cpp.Llama(str(tiny_model), n_ctx=512, n_batch=64, n_threads=2, verbose=False)
    try:
        decoder = Decoder(llm)
        decoder._forget(0)
        prompt = [1 + i % 200 for i in range(300)]
        started = []  # the batches begun; stopped once the third is
        decoder.prefill(prompt, stop=lambda: len(started) > 2,
                        progress=lambda done, _total: started.append(done))
        assert started == [0, 64, 128]
        held = len(decoder.cached)  # the third batch, whole or (stopped in it) not at all
        assert held in (128, 192) and decoder.cached == prompt[:held]
        assert llama_cpp.llama_memory_seq_pos_max(decoder.memory, 0) == held - 1
        decoder._forget(128)
        told = []
        # a prefix the next one reuses; it says how far it read before each batch
        assert decoder.prefill(prompt, progress=lambda *pair: told.append(pair)) == 128
        assert decoder.cached == prompt
        assert told == [(128, 300), (192, 300), (256, 300)]
    finally:
        llm.close()


def test_a_batch_of_a_long_prompt_stops_while_it_is_evaluated(starter_file: Path) -> None:
    import threading
    import time

    import llama_cpp

    from chatapp.engine.decoder import Decoder

    # one batch of 2,048 tokens takes seconds on a CPU; a stop comes 0.2 s into it
    llm = llama_cpp.Llama(str(starter_file), n_ctx=2048, n_batch=2048, n_ubatch=2048,
                          n_threads=2, verbose=False)
    try:
        decoder = Decoder(llm)
        decoder._forget(0)
        prompt = [1 + (i * 7919) % 30000 for i in range(2048)]
        asked = threading.Event()
        threading.Timer(0.2, asked.set).start()
        started = time.monotonic()
        decoder.prefill(prompt, stop=asked.is_set)
        assert time.monotonic() - started < 1.5
        assert decoder.cached == [] and llama_cpp.llama_memory_seq_pos_max(decoder.memory, 0) < 0
        decoder.prefill(prompt[:64])  # the context works on
        assert decoder.cached == prompt[:64]
    finally:
        llm.close()


def test_the_text_stream_keeps_its_old_name_in_the_worker() -> None:
    """Scripts outside the package import the text stream by the name it had in the
    worker module. was: ImportError once the alias was taken for unused."""
    from chatapp.engine.worker import _TextStream

    assert _TextStream is TextStream
