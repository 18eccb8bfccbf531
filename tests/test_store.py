"""The SQLite store on real files: schema, tree, flushes, crash recovery, search."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from chatapp.store import SCHEMA_VERSION, DatabaseError, Store
from chatapp.store.migrations import MIGRATIONS


def test_new_database_has_pragmas_and_version(store: Store) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    names = [r[0] for r in store.db.execute("SELECT name FROM _migrations")]
    assert names == [m.__name__ for m in MIGRATIONS]


def test_message_tree_and_current_leaf(store: Store) -> None:
    c = store.create_conversation("t")
    u1 = store.add_message(c.id, None, "user", "question one")
    a1 = store.add_message(c.id, u1.id, "assistant", "answer one", model_name="m.gguf")
    u2 = store.add_message(c.id, a1.id, "user", "question two")
    assert store.conversation(c.id).current_leaf_id == u2.id
    assert [m.content for m in store.current_branch(c.id)] == [
        "question one", "answer one", "question two"]
    # a sibling answer (regenerate) becomes its own branch
    a1b = store.add_message(c.id, u1.id, "assistant", "answer one again")
    assert [m.id for m in store.children(u1.id, c.id)] == [a1.id, a1b.id]
    assert [m.content for m in store.current_branch(c.id)] == ["question one", "answer one again"]
    later = store.create_conversation("later")
    store.add_message(later.id, None, "user", "hello")
    store.set_current_leaf(c.id, u2.id)
    assert store.current_branch(c.id)[-1].id == u2.id
    # showing another branch is no change: the conversation keeps its place in the list
    assert [x.id for x in store.conversations()][:2] == [later.id, c.id]


def test_assistant_provenance_and_stats_are_kept(store: Store) -> None:
    c = store.create_conversation()
    u = store.add_message(c.id, None, "user", "hi")
    a = store.add_message(
        c.id, u.id, "assistant", "", model_name="x.gguf", model_key="size:1:mtime:2",
        model_quant="Q4_K_M", model_arch="gemma3", params={"temperature": 0.5, "seed": 3},
    )
    assert a.streaming
    store.update_message(a.id, template_source="fallback", template_name="gemma",
                         template_sha256="ab" * 32)
    done = store.finish_message(a.id, "hello", "stop", prompt_tokens=12, completion_tokens=3,
                                ttft_s=0.1, tokens_per_s=50.0, duration_s=0.2)
    assert not done.streaming
    assert done.sampling == {"seed": 3, "temperature": 0.5}
    assert (done.model_quant, done.model_arch, done.template_name) == ("Q4_K_M", "gemma3", "gemma")
    assert (done.prompt_tokens, done.completion_tokens, done.tokens_per_s) == (12, 3, 50.0)
    with pytest.raises(ValueError):
        store.finish_message(a.id, "x", "bogus")


def test_streaming_answer_survives_a_crash_as_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "chat.db"
    first = Store(path)
    c = first.create_conversation()
    u = first.add_message(c.id, None, "user", "tell me")
    a = first.add_message(c.id, u.id, "assistant", "")
    first.flush_text(a.id, "partial text")
    # no finish_message: the process "dies" here
    second = Store(path)
    assert second.mark_interrupted() == 1
    msg = second.message(a.id)
    assert (msg.content, msg.finish_reason) == ("partial text", "interrupted")
    assert second.integrity_check() == "ok"
    first.close()
    second.close()


def test_full_text_search_follows_edits_and_deletes(store: Store) -> None:
    c = store.create_conversation()
    u = store.add_message(c.id, None, "user", "the quick brown fox")
    a = store.add_message(c.id, u.id, "assistant", "")
    store.flush_text(a.id, "jumps over the lazy dog")
    assert [m.id for m in store.search("lazy")] == [a.id]
    assert [m.id for m in store.search("fox")] == [u.id]
    assert store.search('"; DROP TABLE messages; --') == []
    store.delete_conversation(c.id)
    assert store.search("fox") == []
    store.restore_conversation(c.id)
    assert [m.id for m in store.search("fox")] == [u.id]


def test_delete_goes_to_trash_and_can_be_undone(store: Store) -> None:
    c = store.create_conversation("keep me")
    u = store.add_message(c.id, None, "user", "hello")
    store.delete_conversation(c.id)
    assert store.conversations() == []
    store.restore_conversation(c.id)
    assert [x.title for x in store.conversations()] == ["keep me"]
    store.delete_conversation(c.id)
    assert store.empty_trash() == 1
    with pytest.raises(KeyError):
        store.message(u.id)
    assert store.db.execute("SELECT count(*) FROM messages_fts").fetchone()[0] == 0


def test_a_chain_of_thousands_of_messages_leaves_the_trash(store: Store) -> None:
    """An API request with 1,001 messages is one chain of them: deleting it cascaded one
    trigger level a message, past SQLite's 1,000, so emptying the trash failed at every
    start ("too many levels of trigger recursion") and nothing opened."""
    long = store.create_conversation("long")
    parent = None
    for i in range(2_500):
        parent = store.add_message(long.id, parent, ("user", "assistant")[i % 2], f"m{i}").id
    kept = store.create_conversation("kept")
    first = store.add_message(kept.id, None, "user", "stay")
    deep = store.create_conversation("deep branch")  # a long branch deleted on its own
    root = parent = store.add_message(deep.id, None, "user", "root").id
    for i in range(1_500):
        parent = store.add_message(deep.id, parent, "assistant", f"r{i}").id
    store.delete_branch(store.children(root, deep.id)[0].id)
    store.delete_conversation(long.id)
    assert store.empty_trash() == 1
    assert store.db.execute("SELECT count(*) FROM messages").fetchone()[0] == 2
    assert store.message(first.id).content == "stay" and store.message(root).content == "root"


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE stuff (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        Store(path)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="not a readable conversation database"):
        Store(path)
    assert path.read_bytes() == b"this is not sqlite at all" * 100


def test_locked_database_gives_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    import chatapp.store.database as database

    path = tmp_path / "chat.db"
    Store(path).close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="locked"):
            s = Store(path)
            s.create_conversation()
    finally:
        holder.rollback()
        holder.close()


def test_cascade_delete_removes_children(store: Store) -> None:
    c = store.create_conversation()
    u = store.add_message(c.id, None, "user", "a")
    store.add_message(c.id, u.id, "assistant", "b")
    with store._tx() as db:
        db.execute("DELETE FROM messages WHERE id = ?", [u.id])
    assert store.messages(c.id) == []


def test_what_is_deleted_leaves_the_file_when_the_last_app_closes(chatapp_home: Path) -> None:
    """Undo lasts while the app runs; closed, the trashed conversations and branches are
    gone from the database file: rows, search index and freed pages."""
    from chatapp.context import open_app

    ctx = open_app()
    store = ctx.store
    kept = store.create_conversation("kept")
    question = store.add_message(kept.id, None, "user", "keptword alpha")
    store.add_message(kept.id, question.id, "assistant", "branchword qqzx")
    gone = store.create_conversation("gone")
    store.add_message(gone.id, None, "user", "goneword vvkj " * 50)
    store.delete_conversation(gone.id)
    store.delete_branch(store.current_branch(kept.id)[-1].id)
    path = store.path
    for _ in range(2):  # a second app open: the trash stays while Undo may be asked for
        other = open_app()
        other.close()
        assert "goneword" in store.conversation(gone.id).title + store.current_branch(
            gone.id)[0].content
    ctx.close()
    data = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert b"goneword" not in data and b"vvkj" not in data
    assert b"branchword" not in data and b"qqzx" not in data
    assert b"keptword" in data
    again = open_app()
    try:
        assert [c.title for c in again.store.conversations()] == ["kept"]
        assert [m.content for m in again.store.search("alpha")] == ["keptword alpha"]
    finally:
        again.close()


def test_a_model_that_never_began_an_answer_was_not_used(store: Store, tmp_path: Path) -> None:
    """"Last used" counts answers a model wrote, not one that failed before its first word
    (its file could not be loaded), nor clears an earlier use."""
    from chatapp.library_used import last_used_times

    conversation = store.create_conversation()
    question = store.add_message(conversation.id, None, "user", "hi")
    store.add_message(conversation.id, question.id, "assistant", "", model_key="broken",
                      model_path="/m/broken.gguf", finish_reason="error",
                      error="Could not load the model broken.gguf")
    cut = store.add_message(conversation.id, question.id, "assistant", "Hel",
                            model_key="cut", finish_reason="error", error="signal 9")
    used = last_used_times(store.path)
    assert "broken" not in used and "/m/broken.gguf" not in used
    assert used["cut"] == cut.created_at


def test_a_title_made_of_a_deleted_first_message_goes_with_it(chatapp_home: Path) -> None:
    """Deleting the first message's branch (an edit kept the other version) deletes the
    title made of its words too, once the trash is emptied as the app closes (was: the
    title, exports and search kept them); a title of one's own stays."""
    from chatapp.chat import title_from
    from chatapp.context import open_app

    app = open_app()
    store = app.store
    titles = {}
    for name, own in (("auto", False), ("renamed", True)):
        gone = store.add_message(store.create_conversation("").id, None, "user",
                                 f"first BRANCHA_STARFRUIT {name}")
        conversation = store.conversation(gone.conversation_id)
        store.rename_conversation(conversation.id, "My own title" if own
                                  else title_from(gone.content))
        store.add_message(conversation.id, gone.id, "assistant", "Starfruit is sour.")
        kept = store.add_message(conversation.id, None, "user", "second BRANCHB_JACKFRUIT")
        store.add_message(conversation.id, kept.id, "assistant", "Jackfruit is big.")
        store.delete_branch(gone.id)
        titles[name] = conversation.id
    database = app.paths.database
    app.close()
    store = Store(database)
    try:
        assert store.conversation(titles["auto"]).title == "second BRANCHB_JACKFRUIT"
        assert store.conversation(titles["renamed"]).title == "My own title"
    finally:
        store.close()
    assert not any(b"BRANCHA" in path.read_bytes() for path in database.parent.glob("chatapp.db*"))


def test_a_title_that_holds_the_words_as_typed_is_found_first(store: Store) -> None:
    """"paksa 3" finds "… paksa 3" before a newer "… 193 … paksa 12", which holds "3" only
    inside a number (was: newest first, the near miss on top)."""
    exact = store.create_conversation("Usapan tungkol sa paksa 3")
    store.add_message(exact.id, None, "user", "una")
    time.sleep(0.01)
    near = store.create_conversation("Usapan bilang 193 tungkol sa paksa 12")
    store.add_message(near.id, None, "user", "pangalawa")
    assert [h.conversation_id for h in store.search_hits("paksa 3")] == [exact.id, near.id]
    assert [h.conversation_id for h in store.search_hits("usapan")] == [near.id, exact.id]
