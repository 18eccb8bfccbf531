"""Side by side on real llama.cpp: panes in parallel, queueing by memory, a crashed pane;
arena votes stored with their answers (m003 on a version 2 database)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import sqlite3
import threading
from pathlib import Path

import pytest

from chatapp.answers import Pipeline
from chatapp.compare.side_by_side import Comparison, continue_with, plan_parallel
from chatapp.compare.votes import add_vote, board, votes
from chatapp.engine import Engine
from chatapp.fit import Machine, estimate
from chatapp.fit_file import local_shape
from chatapp.library import LocalModel
from chatapp.store import Store
from chatapp.store.database import SCHEMA_VERSION
from chatapp.store.migrations import M001, M002

needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                 reason="llama-cpp-python is not installed")
GIB = 1 << 30


@pytest.fixture
def models(tmp_path: Path, tiny_model: Path):
    folder = tmp_path / "models"
    folder.mkdir()
    paths = []
    for name in ("tiny-a-F32.gguf", "tiny-b-F32.gguf"):
        shutil.copy(tiny_model, folder / name)
        paths.append(folder / name)
    return [LocalModel(str(p), p.name, p.stat().st_size, p.stat().st_mtime) for p in paths]


def _run(store: Store, engine: Engine, models, max_tokens: list[int]) -> Comparison:
    conversation = store.create_conversation("compare")
    params = [{"max_tokens": n, "temperature": 0.0, "seed": 1} for n in max_tokens]
    return Comparison(Pipeline(store, engine), conversation.id, "hello", models, params)


@needs_llama
def test_two_panes_stream_at_once_as_sibling_branches(store: Store, starter_file: Path,
                                                       tmp_path: Path) -> None:
    models = []
    for name in ("starter-a.gguf", "starter-b.gguf"):
        target = tmp_path / name
        os.link(starter_file, target) if _same_fs(starter_file, tmp_path) else \
            shutil.copyfile(starter_file, target)
        models.append(LocalModel(str(target), name, target.stat().st_size, 0.0))
    engine = Engine(n_ctx=512)
    engine.machine = Machine(ram_total=64 * GIB, ram_available=32 * GIB)
    try:
        for model in models:  # both loaded first: the test is about streaming together
            engine.max_loaded = 2
            engine.worker_for(Path(model.path))
        comparison = _run(store, engine, models, [128, 128])
        assert comparison.parallel == 2 and engine.max_loaded == 2
        comparison.start()
        assert comparison.wait(120)
        spans = [(p.requested + p.first_token_s, p.finished) for p in comparison.panes]
        assert max(s[0] for s in spans) < min(s[1] for s in spans), spans
        a, b = (store.message(p.message.id) for p in comparison.panes)
        assert a.parent_id == b.parent_id and a.id != b.id
        assert a.finish_reason in ("stop", "length") and b.finish_reason in ("stop", "length")
        assert a.ttft_s is not None and b.tokens_per_s
        leaf = continue_with(store, b.id)
        assert store.current_branch(a.conversation_id)[-1].id == leaf == b.id
    finally:
        engine.close()


def _same_fs(a: Path, b: Path) -> bool:
    return a.stat().st_dev == b.stat().st_dev


@needs_llama
def test_panes_queue_when_memory_holds_one(store: Store, models) -> None:
    engine = Engine(n_ctx=512)
    need = estimate(local_shape(models[0].path), 512, Machine(64 * GIB, 32 * GIB)).total
    engine.machine = Machine(ram_total=64 * GIB, ram_available=int(need * 1.5 / 0.9))
    try:
        assert plan_parallel(engine, models) == 1
        comparison = _run(store, engine, models, [8, 8])
        overlap = threading.Event()

        def update(_pane) -> None:
            if sum(p.state in ("loading", "streaming") for p in comparison.panes) > 1:
                overlap.set()

        comparison.on_update = update
        comparison.start()
        assert comparison.wait(120)
        assert not overlap.is_set()
        assert all(store.message(p.message.id).finish_reason in ("stop", "length")
                   for p in comparison.panes)
    finally:
        engine.close()


@needs_llama
def test_a_crashed_pane_shows_its_error_while_the_other_finishes(store: Store, models) -> None:
    engine = Engine(n_ctx=512)
    engine.machine = Machine(ram_total=64 * GIB, ram_available=32 * GIB)
    try:
        comparison = _run(store, engine, models, [400, 24])
        killed = threading.Event()

        def update(pane) -> None:
            if pane.index == 0 and pane.pieces and not killed.is_set():
                killed.set()
                worker = engine._workers[Path(pane.model.path)]
                os.kill(worker.process.pid, signal.SIGKILL)

        comparison.on_update = update
        comparison.start()
        assert comparison.wait(120)
        crashed, other = (store.message(p.message.id) for p in comparison.panes)
        assert crashed.finish_reason == "error" and "stopped unexpectedly" in crashed.error
        assert other.finish_reason in ("stop", "length") and other.content
    finally:
        engine.close()


def test_m003_adds_votes_to_a_version_2_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in M001 + M002:
        conn.execute(statement)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at REAL)")
    conn.execute("INSERT INTO _migrations VALUES ('m001_initial', 0), "
                 "('m002_tree_pins_presets', 0)")
    conn.execute("INSERT INTO conversations (id, title, created_at, updated_at, current_leaf_id)"
                 " VALUES (1, 'old', 1, 2, 2)")
    for prompt in (1, 4, 7):  # three prompts, each answered by a.gguf and b.gguf
        conn.execute("INSERT INTO messages (id, conversation_id, parent_id, role, content, "
                     "created_at) VALUES (?, 1, NULL, 'user', 'q', 1)", (prompt,))
        for mid, model in ((prompt + 1, "a.gguf"), (prompt + 2, "b.gguf")):
            conn.execute("INSERT INTO messages (id, conversation_id, parent_id, role, content,"
                         " created_at, finish_reason, model_name) VALUES (?, 1, ?, "
                         "'assistant', 'x', 2, 'stop', ?)", (mid, prompt, model))
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    store = Store(path)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [m.content for m in store.current_branch(1)] == ["q", "x"]
        add_vote(store, 2, 3, "a", tag="set1")
        add_vote(store, 6, 5, "tie", tag="set1")
        add_vote(store, 8, 9, "both_bad")
        assert len(votes(store)) == 3 and len(votes(store, "set1")) == 2
        row = store._rows("SELECT * FROM votes WHERE id = 1")[0]
        assert (row["message_a_id"], row["message_b_id"], row["prompt_message_id"]) == (2, 3, 1)
        ranking = board(store, "set1", rounds=20)
        assert ranking.ratings[0].model == "a.gguf" and ranking.votes == 2
        with pytest.raises(ValueError):
            add_vote(store, 1, 2, "a")
    finally:
        store.close()


@needs_llama
def test_the_same_model_in_two_panes_takes_turns(store: Store, models) -> None:
    engine = Engine(n_ctx=512, n_threads=1)
    try:
        comparison = _run(store, engine, [models[0], models[0]], [24, 24])
        comparison.start()
        assert comparison.wait(60)
        answers = [store.message(p.message.id) for p in comparison.panes]
        assert answers[0].id != answers[1].id
        assert all(a.finish_reason in ("stop", "length") for a in answers)
        assert all(a.completion_tokens for a in answers)
    finally:
        engine.close()
