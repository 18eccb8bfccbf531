"""Answers decoded together in one llama.cpp context (continuous batching): each sequence
gets the tokens it gets alone, joins and leaves between steps, ends on its own (cancel, a full
KV cache) without disturbing the others, and the window's answers come first."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import pytest
from near_tie import NEAR_TIE, parting_gap, picked_gap

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed")

PROMPTS = ["Question: Which animals live in the sea, and what do they eat?\nAnswer:",
           "The recipe for a simple bread needs",
           "Once upon a time, in a village by the mountains,",
           "Here is a list of the planets of the solar system:"]
GREEDY = {"temperature": 0.0, "repeat_penalty": 1.1}


@pytest.fixture(scope="module")
def batch_llm(assembled_starter: Path | None):
    if assembled_starter is None:
        pytest.skip("the starter model is not installed")
    from chatapp.engine.llama_model import open_model

    llm = open_model(str(assembled_starter), 1024, 2, 0, n_seq=4, seq_ctx=256)
    yield llm
    llm.close()


def _alone(decoder, prompt: list[int], n: int) -> list[int]:
    import itertools

    decoder._forget(0)
    decoder.prefill(prompt)
    tokens = decoder.tokens(GREEDY, 0)
    try:
        return list(itertools.islice(tokens, n))
    finally:
        tokens.close()
        decoder._forget(0)


def _join(batch, prompt: list[int]):
    """A sequence started and its prompt evaluated (in chunks of 64 tokens, in the steps of
    the sequences running)."""
    seq = batch.start(prompt, GREEDY, 0, 1024)
    while seq.pending is None:
        batch.step(64)
    return seq


@pytest.mark.parametrize("ahead", [False, True], ids=["cpu", "ahead"])
def test_each_sequence_of_a_batch_gets_its_greedy_tokens_alone(batch_llm, ahead) -> None:
    """(ahead: as on a GPU, each step's picked tokens are evaluated while they are handed
    out; a CPU evaluates them at once, which the steps cannot tell apart.)"""
    from chatapp.engine.batch import BatchDecoder
    from chatapp.engine.decoder import Decoder

    decoder = Decoder(batch_llm, n_ctx=1024, ahead=ahead)
    prompts = [batch_llm.tokenize(p.encode("utf-8"), add_bos=True) for p in PROMPTS]
    n = 40
    alone = [_alone(decoder, p, n) for p in prompts]
    batch = BatchDecoder(decoder, 4)
    assert batch.n_seq == 4 and batch.n_cells >= 1024 + 4 * 256
    outputs: dict[int, list[int]] = {i: [] for i in range(4)}
    # three join together (their prompts in the same batches), the fourth while they run
    seqs = {i: batch.start(prompts[i], GREEDY, 0, 1024) for i in range(3)}
    for step in range(n + 20):
        if step == 6:
            seqs[3] = batch.start(prompts[3], GREEDY, 0, 1024)
        assert batch.step(16) == []
        for i, seq in seqs.items():
            if seq.pending is not None:
                outputs[i].append(seq.pending)
                if len(outputs[i]) == n:
                    batch.end(seq)
    assert not batch.running and not batch.filling
    assert all(len(out) == n for out in outputs.values())
    assert batch.used() == 0
    batch.close()
    for i, prompt in enumerate(prompts):
        parted = next((k for k, (a, b) in enumerate(zip(outputs[i], alone[i], strict=True))
                       if a != b), None)
        if parted is not None:  # batched kernels round otherwise: only at a near-tie
            gap = picked_gap(batch_llm, prompt, alone[i], parted, outputs[i][parted], 1.1)
            assert gap < NEAR_TIE, (i, parted, gap)


def test_a_full_cache_ends_the_latest_sequence_and_the_others_go_on(batch_llm) -> None:
    from chatapp.engine.batch import BatchDecoder, NoRoom
    from chatapp.engine.decoder import Decoder

    decoder = Decoder(batch_llm, n_ctx=1024)
    batch = BatchDecoder(decoder, 4)
    # prompts that share no first token (a shared prefix would share cells)
    longs = [batch_llm.tokenize((f"{word} " + "word " * 640).encode("utf-8"), add_bos=False)
             for word in ("One", "Two", "Three", "Four")]
    assert all(3 * len(long) < batch.n_cells < 4 * len(long) for long in longs)
    seqs = [_join(batch, long) for long in longs[:3]]
    assert all(len(s.tokens) >= len(s.prompt) for s in seqs)
    # the pool holds 1024 + 4 * 256 cells: a fourth prompt of this size does not fit now
    with pytest.raises(NoRoom):
        batch.start(longs[3], GREEDY, 0, 1024)
    ended = []
    for _ in range(1200):
        ended += batch.step()
        if len(batch.running) < 3:
            break
    assert ended == [seqs[2]] and seqs[2].context_full and seqs[2].pending is None
    assert all(s.pending is not None and not s.context_full for s in seqs[:2])
    assert batch.used() <= batch.n_cells
    for _ in range(5):  # the two left go on
        assert batch.step() == []
    batch.close()
    assert batch.used() == 0


@pytest.mark.parametrize("ahead", [False, True], ids=["cpu", "ahead"])
def test_a_prompt_starts_from_the_cells_the_cache_holds_already(batch_llm, ahead) -> None:
    """A prompt that starts like an ended answer's, a running one's or the conversation
    answered alone evaluates only the rest, and its greedy tokens are the same. (ahead: an
    answer that ends after its last token was evaluated ahead keeps no cell past its
    tokens.)"""
    import llama_cpp

    from chatapp.engine.batch import BatchDecoder
    from chatapp.engine.decoder import Decoder

    decoder = Decoder(batch_llm, n_ctx=1024, ahead=ahead)
    prompt = batch_llm.tokenize(PROMPTS[0].encode("utf-8"), add_bos=True)
    n = 24
    alone = _alone(decoder, prompt, n)
    batch = BatchDecoder(decoder, 4)

    def answer(prompt_tokens: list[int], keep: bool = True) -> tuple[int, list[int]]:
        seq = batch.start(prompt_tokens, GREEDY, 0, 1024)
        reused = len(seq.tokens)
        while seq.pending is None:
            batch.step(64)
        out = [seq.pending]
        while len(out) < n:
            batch.step()
            out.append(seq.pending)
        batch.end(seq, keep=keep)
        last = llama_cpp.llama_memory_seq_pos_max(decoder.memory, seq.seq_id)
        assert last == (len(seq.tokens) - 1 if keep else -1)
        return reused, out

    first = answer(prompt)
    assert first[0] == 0  # nothing held yet
    again = answer(prompt)  # the ended answer's cells were kept
    assert again[0] == len(prompt) - 1
    longer = prompt + batch_llm.tokenize(b" Fish", add_bos=False)
    assert answer(longer, keep=False)[0] == len(prompt)
    # the conversation answered alone holds a prefix too
    batch.close()
    assert batch.used() == 0
    batch = BatchDecoder(decoder, 4)
    decoder.prefill(prompt[:-3])
    assert answer(prompt, keep=False)[0] == len(prompt) - 3
    assert decoder.cached == prompt[:-3]  # the conversation keeps its own cells
    batch.close()
    decoder._forget(0)
    assert again[1] == first[1]  # sharing cells changes nothing of the answer
    parted = next((k for k, (a, b) in enumerate(zip(first[1], alone, strict=True)) if a != b),
                  None)
    if parted is not None:  # batched kernels round otherwise: only at a near-tie
        gap = picked_gap(batch_llm, prompt, alone, parted, first[1][parted], 1.1)
        assert gap < NEAR_TIE, (parted, gap)
    # kept cells go first when the cache needs room
    batch = BatchDecoder(decoder, 4)
    answer(prompt)
    assert batch.used() == len(prompt) + n - 1
    assert batch.make_room(batch.n_cells - 10)
    assert batch.used() == 0
    batch.close()


@pytest.fixture(params=[0, -1], ids=["cpu", "ahead"])
def batch_worker(starter_file: Path, request):
    """(GPU layers asked for: the steps evaluate ahead as on a GPU, even where llama.cpp
    has only its CPU backend.)"""
    from chatapp.engine import ModelWorker

    worker = ModelWorker()
    info = worker.load(starter_file, n_ctx=512, n_threads=2, n_gpu_layers=request.param,
                       n_seq=3, seq_ctx=64)
    assert info.n_seq == 3 and info.n_ctx == 512
    yield worker
    worker.stop()


def _run(generation, out: dict, key: object, cancel_after: int = 0) -> None:
    text = ""
    for pieces, piece in enumerate(generation, 1):
        text += piece
        if cancel_after and pieces == cancel_after:
            generation.cancel()
    out[key] = (text, generation.result)


def test_worker_serves_batched_answers_together_and_a_cancel_ends_only_its_own(
        batch_worker) -> None:
    params = {"max_tokens": 48, "temperature": 0.0, "seed": 1, "ignore_eos": True,
              "raw": True, "draft_max": 0}
    alone = {}
    for prompt in PROMPTS[:3]:
        generation = batch_worker.generate([{"role": "user", "content": prompt}], params)
        alone[prompt] = "".join(generation)
    out: dict = {}
    threads = [threading.Thread(target=_run, args=(
        batch_worker.generate([{"role": "user", "content": p}], {**params, "batch": True}),
        out, p, 3 if i == 1 else 0)) for i, p in enumerate(PROMPTS[:3])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    cancelled = out[PROMPTS[1]][1]
    assert cancelled.finish_reason == "stopped"
    assert cancelled.stats["completion_tokens"] < 48
    for prompt in (PROMPTS[0], PROMPTS[2]):
        text, result = out[prompt]
        assert result.finish_reason == "length", result
        assert result.stats["completion_tokens"] == 48
        assert result.stats["batch_size"] >= 2  # decoded together, not in turns
        assert text  # (token-for-token equality is the decoder test's; here: it goes on)


def test_the_windows_answer_comes_first_and_may_take_the_batchs_cells(batch_worker) -> None:
    """An answer without the batch mark runs alone at once; a batch that holds the cells it
    needs gives them up (its latest answer ends as context_full), the rest go on."""
    batched = {"max_tokens": 200, "temperature": 0.0, "seed": 1, "ignore_eos": True,
               "raw": True, "draft_max": 0, "batch": True}
    out: dict = {}
    order: list[str] = []
    threads = []
    for i, prompt in enumerate(PROMPTS[:3]):
        generation = batch_worker.generate([{"role": "user", "content": prompt}], batched)

        def run(generation=generation, key=i) -> None:
            _run(generation, out, key)
            order.append(f"batch{key}")

        threads.append(threading.Thread(target=run))
        threads[-1].start()
    first = next(iter(threads))
    first.join(0.5)  # the batch is running
    window = batch_worker.generate(
        [{"role": "user", "content": "word " * 300}],
        {"max_tokens": 150, "temperature": 0.0, "raw": True, "ignore_eos": True,
         "draft_max": 0})
    text = "".join(window)
    order.append("window")
    for thread in threads:
        thread.join(300)
    assert window.result.finish_reason == "length", window.result
    assert window.result.stats["completion_tokens"] == 150
    assert order[0] == "window"
    full = [k for k, (_, r) in out.items() if r.stats.get("context_full")]
    assert full, out  # 450 + 3 × 200 tokens do not fit in 512 + 3 × 64 cells
    for key, (_, result) in out.items():
        assert result.finish_reason == "length"
        if key not in full:
            assert result.stats["completion_tokens"] == 200
    assert text


EVAL_PROMPTS = ["What is the capital of France?", "Name a fruit that is yellow.",
                "How many legs does a spider have?", "What colour is the sky?",
                "Say hello in Spanish.", "What is two plus two?"]


def test_eval_runs_a_models_pairs_together_with_the_same_answers_as_one_at_a_time(
        starter_home: Path, starter_file: Path, tmp_path: Path) -> None:
    import json
    import time

    from chatapp.compare.evaluate import EvalRun
    from chatapp.compare.prompts import load_prompts
    from chatapp.compare.variants import Variant
    from chatapp.context import open_app

    prompts_file = tmp_path / "set.jsonl"
    prompts_file.write_text("".join(json.dumps({"prompt": p}) + "\n" for p in EVAL_PROMPTS),
                            encoding="utf-8")
    prompts = load_prompts(prompts_file)
    params = {"max_tokens": 24, "temperature": 0.0, "seed": 1}
    app = open_app()
    try:
        def variants() -> list[Variant]:
            found = [Variant("plain", "gemma-3-270m-q4_k_m"),
                     Variant("brief", "gemma-3-270m-q4_k_m", system="Answer in a few words.")]
            for variant in found:
                variant.resolve(app.catalogue)
            return found

        alone = EvalRun(app.chat.pipeline, prompts, variants(), tmp_path / "alone",
                        params).run()
        pipeline = app.chat.pipeline
        assert pipeline.batch_size(variants()[0].resolved) >= 2
        together_run = EvalRun(pipeline, prompts, variants(), tmp_path / "together", params,
                               together=8)
        seen = [0]
        running = [True]

        def watch() -> None:
            while running[0]:
                seen[0] = max(seen[0], sum(pipeline._batched.values()))
                time.sleep(0.005)

        watcher = threading.Thread(target=watch)
        watcher.start()
        told: list[int] = []  # the answers done, as each progress report says
        at_once: list[int] = []  # the answers being made, as each report says

        def report(progress) -> None:
            told.append(progress.done)
            at_once.append(progress.now_count)

        try:
            together = together_run.run(report)
        finally:
            running[0] = False
            watcher.join()
        # reports from pairs that run at once come in order: the count never goes back
        assert told == sorted(told) and told[-1] == 2 * len(EVAL_PROMPTS)
        # the reports count the answers made at once (was: one pair named, no count)
        assert max(at_once) >= 2 and at_once[-1] == 0
        worker = pipeline.engine_worker(variants()[0].resolved)
        prompt_tokens = {(p.id, v.name): worker.render(v.messages(p))[1]
                         for p in prompts for v in variants()}
        penalties = {v.name: v.merged_params(params).get("repeat_penalty", 1.1)
                     for v in variants()}
    finally:
        app.close()
    assert seen[0] >= 2  # answers of the model ran at once
    assert len(alone) == len(together) == 2 * len(EVAL_PROMPTS)
    assert all(r.finish_reason in ("stop", "length") for r in together)
    first = {(r.prompt_id, r.model): r.answer for r in alone}
    parted = [r for r in together if first[(r.prompt_id, r.model)] != r.answer]
    # how many part depends on the build's kernels (a portable build parts more often than a
    # native one); where they part, the two best tokens were all but tied
    if parted:  # only where the two best tokens were all but tied (see near_tie)
        from chatapp.engine.llama_model import open_model

        llm = open_model(str(starter_file), 1024, 2, 0)
        try:
            for r in parted:
                gap = parting_gap(llm, prompt_tokens[(r.prompt_id, r.model)],
                                  first[(r.prompt_id, r.model)], r.answer, penalties[r.model])
                assert gap < NEAR_TIE, (r.prompt_id, r.model, gap)
        finally:
            llm.close()


def test_a_large_evals_conversations_are_made_in_linear_time_and_stop_stops_them(
        starter_home: Path, tmp_path: Path) -> None:
    """Before a model's pairs run together, their conversations are made in the prompts'
    order: the run's file is written once a second, not after each (20,000 prompts took 11
    minutes), and Stop (Ctrl+C) ends the making at once."""
    import json

    from chatapp.compare.evaluate import RUN_FILE, EvalRun
    from chatapp.compare.prompts import load_prompts
    from chatapp.compare.variants import Variant
    from chatapp.context import open_app

    prompts_file = tmp_path / "many.txt"
    prompts_file.write_text("".join(f"Question number {i}?\n" for i in range(3000)),
                            encoding="utf-8")
    prompts = load_prompts(prompts_file)
    app = open_app()
    try:
        variant = Variant("plain", "gemma-3-270m-q4_k_m")
        variant.resolve(app.catalogue)
        run = EvalRun(app.chat.pipeline, prompts, [variant], tmp_path / "out",
                      {"max_tokens": 2, "temperature": 0.0, "seed": 1}, together=8)
        make = app.store.create_conversation

        def making(*args, **kwargs):
            made = make(*args, **kwargs)
            if len(app.store.conversations(eval_run_id=run.run_id)) == 200:
                run.stop_event.set()  # as Stop in the window, or Ctrl+C
            return made

        app.store.create_conversation = making
        results = run.run()
        assert app.chat.pipeline.batch_size(variant.resolved) >= 2  # (pairs run together)
        listed = app.store.conversations(eval_run_id=run.run_id)
        assert len(results) == 1  # the first pair, which loaded the model
        assert len(listed) == 200  # none made after the stop
        saved = json.loads((tmp_path / "out" / RUN_FILE).read_text(encoding="utf-8"))
        assert sorted(ids[0] for ids in saved["conversations"].values()) == sorted(
            c.id for c in listed)  # each one made is in the run's file: none made twice
    finally:
        app.close()


def test_a_refused_batch_reads_its_sequences_again_then_ends_them_and_the_next_answers(
        batch_llm) -> None:
    """was: the whole batch ended with "llama_decode failed with status -1" and left its
    cells behind; now a refused step's sequences read their tokens again (their cells
    freed) and go on, a second refusal ends them, and the next prompt is answered."""
    import llama_cpp

    from chatapp.engine.batch import BatchDecoder
    from chatapp.engine.decoder import Decoder

    decoder = Decoder(batch_llm, n_ctx=1024)
    batch = BatchDecoder(decoder, 4)
    prompts = [batch_llm.tokenize(p.encode("utf-8"), add_bos=True) for p in PROMPTS[:2]]
    good, bad = (_join(batch, p) for p in prompts)
    for _ in range(3):
        assert batch.step() == []
    # a refusal once: both read their tokens again and go on where they were
    held = bad.pending
    bad_tokens = list(bad.tokens)
    outside = llama_cpp.llama_vocab_n_tokens(decoder.vocab) + 5
    bad.pending = outside
    assert batch.step(64) == [] and bad.retried and good.retried
    assert bad.tokens == bad_tokens and bad.pending == outside and bad.resume is None
    bad.pending = held  # (what went wrong is gone: it goes on)
    assert batch.step() == [] and len(bad.tokens) == len(bad_tokens) + 1
    # refused again: ended with the status, their cells freed
    bad.pending = outside
    ended = batch.step(64)
    assert set(ended) == {good, bad} and bad.refused == -1 and good.refused == -1
    assert not batch.running and not batch.filling and batch.used() == 0
    assert all(llama_cpp.llama_memory_seq_pos_max(decoder.memory, s.seq_id) == -1
               for s in (good, bad))
    # the next prompt starts clean and gets its greedy tokens
    alone = _alone(decoder, prompts[0], 8)
    again = _join(batch, prompts[0])
    picked = []
    for _ in range(8):
        picked.append(again.pending)
        assert batch.step() == []
    assert picked == alone
    batch.close()


def test_a_batched_answer_refused_twice_ends_with_one_translated_line(starter_file) -> None:
    """was: "llama_decode failed with status -1" in English, for every answer of the batch
    and the ones waiting."""
    import io

    import llama_cpp

    from chatapp.engine import protocol
    from chatapp.engine.refusal import REFUSED
    from chatapp.engine.worker import Worker
    from chatapp.engine.worker_host import Host

    out = io.BytesIO()
    worker = Worker(Host(out, Worker), 0)
    worker.load({"path": str(starter_file), "n_ctx": 512, "n_threads": 2,
                 "n_gpu_layers": 0, "n_seq": 2, "seq_ctx": 64})
    params = {"max_tokens": 12, "temperature": 0.0, "seed": 1, "ignore_eos": True,
              "raw": True, "draft_max": 0, "batch": True}
    runner = worker.runner
    runner.add({"id": 7, "messages": [{"role": "user", "content": PROMPTS[0]}],
                "params": params})
    while not runner.batch.running:
        runner.step()
    outside = llama_cpp.llama_vocab_n_tokens(worker.decoder.vocab) + 5
    seq = runner.batch.running[0]
    seq.pending = outside
    runner.step()  # refused: it reads its tokens again, then is refused again
    assert seq.retried
    while runner.busy:
        runner.step()
    runner.add({"id": 8, "messages": [{"role": "user", "content": PROMPTS[1]}],
                "params": params})
    while runner.busy:
        runner.step()
    events = [protocol.decode(line) for line in out.getvalue().splitlines()]
    errors = [e for e in events if e.get("event") == "error"]
    assert [(e["id"], e["kind"]) for e in errors] == [(7, "decode")]
    assert errors[0]["message"] == REFUSED.format(status=-1)
    assert "llama_decode failed" not in errors[0]["message"]
    done = [e for e in events if e.get("event") == "done"]
    assert [e["id"] for e in done] == [8] and done[0]["finish_reason"] == "length"
    runner.close()
