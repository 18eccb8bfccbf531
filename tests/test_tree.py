"""The message tree in the core: migrations, branches, delete with undo, presets, search,
and the chat operations (regenerate, edit, continue, switch model) on real llama.cpp."""

from __future__ import annotations

import importlib.util
import sqlite3
import time
from pathlib import Path

import pytest

from chatapp.store import HIT_END, HIT_START, SCHEMA_VERSION, Store
from chatapp.store.migrations import M001, MIGRATIONS


def test_m002_migrates_a_version_1_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in M001:
        conn.execute(statement)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at REAL)")
    conn.execute("INSERT INTO _migrations VALUES ('m001_initial', 0)")
    conn.execute("INSERT INTO conversations (id, title, created_at, updated_at, current_leaf_id)"
                 " VALUES (1, 'old chat', 1, 2, 2)")
    conn.execute("INSERT INTO messages (id, conversation_id, parent_id, role, content, created_at)"
                 " VALUES (1, 1, NULL, 'user', 'old question', 1)")
    conn.execute("INSERT INTO messages (id, conversation_id, parent_id, role, content, created_at,"
                 " finish_reason, model_name) VALUES (2, 1, 1, 'assistant', 'old answer', 2,"
                 " 'stop', 'm.gguf')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    names = [r[0] for r in store.db.execute("SELECT name FROM _migrations ORDER BY name")]
    assert names == [m.__name__ for m in MIGRATIONS]
    conversation = store.conversation(1)
    assert (conversation.title, conversation.pinned, conversation.sampling) == ("old chat", 0, {})
    assert [m.content for m in store.current_branch(1)] == ["old question", "old answer"]
    assert store.message(2).deleted_at is None and store.message(2).n_ctx is None
    assert [m.id for m in store.search("question")] == [1]
    assert store.presets() == []
    assert store.integrity_check() == "ok"
    store.close()


def _tree(store: Store):
    c = store.create_conversation("t")
    u1 = store.add_message(c.id, None, "user", "q1")
    a1 = store.add_message(c.id, u1.id, "assistant", "a1", finish_reason="stop")
    a1b = store.add_message(c.id, u1.id, "assistant", "a1b", finish_reason="stop")
    u2 = store.add_message(c.id, a1b.id, "user", "q2")
    a2 = store.add_message(c.id, u2.id, "assistant", "a2", finish_reason="stop")
    return c, u1, a1, a1b, u2, a2


def test_siblings_switching_and_leaf_memory(store: Store) -> None:
    c, u1, a1, a1b, u2, a2 = _tree(store)
    branch = store.current_branch(c.id)
    assert store.sibling_ids(branch) == {u1.id: [u1.id], a1b.id: [a1.id, a1b.id],
                                         u2.id: [u2.id], a2.id: [a2.id]}
    assert store.switch_branch(c.id, a1.id) == a1.id
    assert [m.content for m in store.current_branch(c.id)] == ["q1", "a1"]
    # back to the other sibling: its newest descendant is shown again
    assert store.switch_branch(c.id, a1b.id) == a2.id
    assert store.leaf_below(u1.id) == a2.id


def test_each_fork_keeps_the_reply_picked_there(store: Store) -> None:
    """Going back to a branch shows the versions picked in it before, not the newest."""
    c = store.create_conversation("t")
    r1 = store.add_message(c.id, None, "user", "first")
    a1 = store.add_message(c.id, r1.id, "assistant", "a", finish_reason="stop")
    q2 = store.add_message(c.id, a1.id, "user", "second")
    x, y, z = (store.add_message(c.id, q2.id, "assistant", t, finish_reason="stop")
               for t in ("x", "y", "z"))
    store.switch_branch(c.id, y.id)  # the user picks the 2nd of 3 answers
    r2 = store.add_message(c.id, None, "user", "first, edited")  # then edits the first message
    assert store.conversation(c.id).current_leaf_id == r2.id
    assert store.switch_branch(c.id, r1.id) == y.id  # back: still the 2nd, not the newest
    assert store.leaf_below(q2.id) == y.id
    store.delete_branch(y.id)  # a deleted pick: the sibling before it is shown
    assert store.conversation(c.id).current_leaf_id == x.id
    assert store.switch_branch(c.id, r2.id) == r2.id and store.switch_branch(c.id, r1.id) == x.id
    store.add_message(c.id, q2.id, "assistant", "w", finish_reason="stop")  # a new answer
    assert [m.content for m in store.branch(store.leaf_below(r1.id))][-1] == "w"
    assert z.id in {m.id for m in store.children(q2.id, c.id)}


def test_delete_branch_and_undo(store: Store) -> None:
    c, u1, a1, a1b, u2, a2 = _tree(store)
    first = store.delete_branch(a2.id)
    assert first.count == 1
    deleted = store.delete_branch(a1b.id)
    assert deleted.count == 2  # a1b and q2: a2, deleted before, is not counted again
    assert [m.content for m in store.current_branch(c.id)] == ["q1", "a1"]
    assert [m.id for m in store.children(u1.id, c.id)] == [a1.id]
    assert store.search("q2") == []
    assert {m.id for m in store.messages(c.id)} == {u1.id, a1.id}
    store.restore_branch(deleted)
    store.restore_branch(first)  # undone in turn, the last deletion first
    assert store.conversation(c.id).current_leaf_id == a2.id
    assert [m.content for m in store.current_branch(c.id)] == ["q1", "a1b", "q2", "a2"]
    assert [m.id for m in store.search("q2")] == [u2.id]
    # deleting the only root empties the view; purging old trash removes the rows for good
    store.delete_branch(u1.id)
    assert store.current_branch(c.id) == [] and store.conversation(c.id).current_leaf_id is None
    store.empty_trash()
    assert store.db.execute("SELECT count(*) FROM messages").fetchone()[0] == 0


def test_undoing_a_deleted_answer_keeps_the_list_order(store: Store) -> None:
    """Was: undoing "Delete answer" moved the conversation to the top of the list (the
    delete's time stayed as its updated time)."""
    older = store.create_conversation("older")
    question = store.add_message(older.id, None, "user", "q")
    answer = store.add_message(older.id, question.id, "assistant", "a", finish_reason="stop")
    store.add_message(store.create_conversation("newer").id, None, "user", "n")
    order = [c.title for c in store.conversations()]
    assert order == ["newer", "older"]
    before = store.conversation(older.id).updated_at
    deleted = store.delete_branch(answer.id)
    store.restore_branch(deleted)
    assert [c.title for c in store.conversations()] == order
    assert store.conversation(older.id).updated_at == before
    # a change after the delete keeps its own time
    deleted = store.delete_branch(answer.id)
    store.add_message(older.id, question.id, "assistant", "again", finish_reason="stop")
    store.restore_branch(deleted)
    assert [c.title for c in store.conversations()] == ["older", "newer"]


def test_pins_params_and_presets(store: Store) -> None:
    c = store.create_conversation("x")
    store.set_pinned(c.id, True)
    store.set_conversation_params(c.id, {"temperature": 0.1})
    conversation = store.conversation(c.id)
    assert conversation.pinned == 1 and conversation.sampling == {"temperature": 0.1}
    p = store.save_preset("Coder", "You write Python.", {"temperature": 0.2}, "k1")
    copy = store.save_preset("Coder (copy)", p.system_prompt, p.sampling, p.model_key)
    store.save_preset("Coder!", "You write Rust.", {}, None, preset_id=p.id)
    assert [(x.name, x.system_prompt) for x in store.presets()] == [
        ("Coder (copy)", "You write Python."), ("Coder!", "You write Rust.")]
    store.delete_preset(copy.id)
    assert [x.name for x in store.presets()] == ["Coder!"]


def test_search_hits_mark_the_words(store: Store) -> None:
    c = store.create_conversation("Ocean talk")
    u = store.add_message(c.id, None, "user", "Why is the ocean salty? " + "filler " * 40)
    hits = store.search_hits("ocea")
    assert [(h.message_id, h.conversation_title) for h in hits] == [(u.id, "Ocean talk")]
    assert f"{HIT_START}ocean{HIT_END}" in hits[0].snippet
    assert store.search_hits('" OR 1') == []


def test_search_finds_titles_parts_of_words_and_each_conversation_once(store: Store) -> None:
    titled = store.create_conversation("Chat 017 about trains")
    store.add_message(titled.id, None, "user", "Which line goes north?")
    pasta = store.create_conversation("Dinner")
    question = store.add_message(pasta.id, None, "user", "A pasta recipe, please")
    answer = store.add_message(pasta.id, question.id, "assistant", "Boil the pasta first.")
    japanese = store.create_conversation("Nihongo")
    study = store.add_message(japanese.id, None, "user", "日本語の勉強を始めたい 🚀 100% sure")

    assert [(h.conversation_id, h.snippet) for h in store.search_hits("Chat 017")] == [
        (titled.id, "Which line goes north?")]  # the title matches, the text does not
    hits = store.search_hits("pasta")
    assert [(h.conversation_id, h.message_id) for h in hits] == [(pasta.id, answer.id)]
    assert f"{HIT_START}pasta{HIT_END}" in hits[0].snippet  # once, at its newest message
    inside = store.search_hits("asta")  # no word starts so: found inside words
    assert [(h.message_id, h.snippet) for h in inside] == [
        (answer.id, f"Boil the p{HIT_START}asta{HIT_END} first.")]
    for query in ("勉強", "🚀"):
        (hit,) = store.search_hits(query)
        assert hit.message_id == study.id and f"{HIT_START}{query}{HIT_END}" in hit.snippet
    assert [h.message_id for h in store.search_hits("100%")] == [study.id]
    assert store.search_hits("t_ain") == [] and store.search_hits("nothing here") == []


# the chat operations on real llama.cpp

needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                 reason="llama-cpp-python is not installed")


@pytest.fixture
def two_models(chatapp_home: Path, tiny_model: Path, tmp_path_factory):
    """The tiny model (no template: chatml fallback) and one with its own llama-3 template."""
    from gguf_factory import write_tiny_llama

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    import shutil

    shutil.copy(tiny_model, models / tiny_model.name)
    write_tiny_llama(models / "tiny-other-F32.gguf", chat_template=OTHER_TEMPLATE)
    return chatapp_home


OTHER_TEMPLATE = (
    "{% for message in messages %}{{ '### ' + message['role'] + ':\\n' + message['content']"
    " + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '### assistant:\\n' }}{% endif %}"
)


def _drain(answer) -> str:
    return "".join(answer)


@needs_llama
def test_regenerate_edit_continue_and_switch_models(two_models: Path) -> None:
    from chatapp.context import open_app
    from chatapp.settings import Sampling

    app = open_app()
    try:
        tiny = app.library.resolve("tiny-llama-F32")
        other = app.library.resolve("tiny-other-F32")
        sampling = Sampling(max_tokens=6, seed=3)
        c = app.store.create_conversation(system_prompt="Be brief.")
        user, answer = app.chat.send(c.id, "hello", tiny, sampling)
        _drain(answer)
        first = answer.message
        assert first.finish_reason in ("length", "stop") and first.template_source == "fallback"
        assert first.model_path and first.n_ctx and first.n_gpu_layers is not None
        # regenerate with another model: a sibling, whose template really differs
        again = app.chat.regenerate(first.id, other, sampling)
        _drain(again)
        second = again.message
        assert second.parent_id == user.id and second.model_name == "tiny-other-F32.gguf"
        assert second.template_source == "gguf"
        assert second.template_sha256 != first.template_sha256
        assert [m.id for m in app.store.children(user.id, c.id)] == [first.id, second.id]
        assert app.store.conversation(c.id).current_leaf_id == second.id
        # a one-off: the conversation's own model (the picker's) stays
        assert app.store.conversation(c.id).model_key == tiny.key
        # edit the question: a sibling user message with its own answer
        edited, answer3 = app.chat.edit(user.id, "hello world", tiny, sampling)
        _drain(answer3)
        assert edited.parent_id is None
        assert [m.content for m in app.store.current_branch(c.id)][0] == "hello world"
        assert len(app.store.children(None, c.id)) == 2
        # continue an answer cut at the length limit: the same message grows
        cut = answer3.message
        assert cut.finish_reason == "length"
        more = app.chat.continue_answer(cut.id, tiny, sampling)
        assert more.messages[-1] == {"role": "assistant", "content": cut.content}
        assert more.params["continue"] is True
        _drain(more)
        grown = app.store.message(cut.id)
        assert grown.id == cut.id and grown.content.startswith(cut.content)
        assert grown.completion_tokens > cut.completion_tokens
        assert grown.finish_reason in ("length", "stop")
        # an answer goes on with the model that wrote it, never another
        with pytest.raises(ValueError):
            app.chat.continue_answer(grown.id, other, sampling)
        # going on that fails before it writes anything leaves the answer as it was
        if grown.finish_reason == "length":
            app.chat.pipeline.model_options = {tiny.key: {"n_ctx": 256}}
            app.store.set_conversation_params(c.id, {"max_tokens": 4})
            failed = app.chat.continue_answer(grown.id, tiny, {**sampling.to_dict(),
                                                               "max_tokens": 4})
            failed.messages[-1]["content"] = "word " * 600  # past a 256-token context
            _drain(failed)
            assert failed.result.finish_reason == "error" and failed.error is not None
            kept = app.store.message(cut.id)
            assert (kept.content, kept.finish_reason, kept.error) == (
                grown.content, "length", None)
            assert kept.completion_tokens == grown.completion_tokens
            app.chat.pipeline.model_options = {}
    finally:
        app.close()


@needs_llama
def test_title_by_model_or_rule(two_models: Path) -> None:
    from chatapp.chat import clean_title
    from chatapp.context import open_app
    from chatapp.settings import Sampling

    assert clean_title('"Why The Sky Is Blue."\nmore') == "Why The Sky Is Blue"
    app = open_app()
    try:
        tiny = app.library.resolve("tiny-llama-F32")
        c = app.store.create_conversation()
        app.store.add_message(c.id, None, "user", "What  is\nthe sky?")
        # no model loaded: the rule
        assert app.chat.make_title(c.id, tiny) == "What is the sky?"
        _, answer = app.chat.send(c.id, "more", tiny, Sampling(max_tokens=2))
        _drain(answer)
        started = time.monotonic()
        title = app.chat.make_title(c.id, tiny)
        assert title and len(title) <= 60 and time.monotonic() - started < 30
        assert app.store.conversation(c.id).title == title
    finally:
        app.close()


@needs_llama
def test_a_base_model_does_not_write_titles(chatapp_home: Path) -> None:
    from gguf_factory import write_tiny_llama

    from chatapp.context import open_app
    from chatapp.settings import Sampling

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    write_tiny_llama(models / "plain-F32.gguf", name="Plain Llama")
    app = open_app()
    try:
        base = app.library.resolve("plain-F32")
        assert base.base_model
        c = app.store.create_conversation()
        _, answer = app.chat.send(c.id, "1, 2, 3, 4, 5,", base, Sampling(max_tokens=3))
        _drain(answer)  # loaded and free: a chat model would be asked now
        assert app.chat.make_title(c.id, base) == "1, 2, 3, 4, 5,"
    finally:
        app.close()
