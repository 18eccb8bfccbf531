"""Export and import: JSON round-trips the whole tree; hostile files change nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chatapp.export import (
    MD_EMPTY,
    ImportError_,
    export_conversations,
    export_json,
    export_markdown,
    import_file,
    import_text,
)
from chatapp.store import Store


def _fill(store: Store) -> int:
    c = store.create_conversation("Tree <b>talk</b>", system_prompt="Be kind.")
    store.set_pinned(c.id, True)
    store.set_conversation_params(c.id, {"temperature": 0.3})
    u = store.add_message(c.id, None, "user", "Hello | table\n```py\nx = 1\n```")
    a = store.add_message(c.id, u.id, "assistant", "", model_name="tiny.gguf", model_quant="F32",
                          params={"seed": 1, "temperature": 0.3}, model_path="/m/tiny.gguf")
    store.finish_message(a.id, "Hi! مرحبا", "length", prompt_tokens=5, completion_tokens=7,
                         ttft_s=0.01, tokens_per_s=123.5, duration_s=0.2, kv_type="q8_0",
                         flash_attn=True, speculation="prompt-lookup", draft_tokens=12,
                         accepted_tokens=9)
    b = store.add_message(c.id, u.id, "assistant", "", model_name="other.gguf")
    store.finish_message(b.id, "Other answer", "error", template_source="gguf",
                         error="lab: the server failed.",
                         error_data='{"params": {"endpoint": "lab"}, "template": '
                                    '"{endpoint}: the server failed."}')
    u2 = store.add_message(c.id, b.id, "user", "and then?")
    gone = store.add_message(c.id, u2.id, "assistant", "deleted", finish_reason="stop")
    store.delete_branch(gone.id)
    store.set_current_leaf(c.id, u2.id)
    return c.id


def test_json_round_trips_exactly(store: Store, tmp_path: Path) -> None:
    _fill(store)
    first = export_json(store, store.conversations())
    doc = json.loads(first)
    (conv,) = doc["conversations"]
    assert [m["content"] for m in conv["messages"]] == [
        "Hello | table\n```py\nx = 1\n```", "Hi! مرحبا", "Other answer", "and then?"]
    assert conv["messages"][1]["tokens_per_s"] == 123.5 and conv["pinned"] is True
    assert conv["messages"][1]["kv_type"] == "q8_0" and conv["messages"][1]["flash_attn"] is True
    assert conv["messages"][1]["accepted_tokens"] == 9
    assert "error_data" in conv["messages"][2] and "kind" not in conv  # a chat: the default
    assert conv["current_leaf_id"] == 4
    other = Store(tmp_path / "other.db")
    path = tmp_path / "export.json"
    path.write_text(first, encoding="utf-8")
    (new_id,) = import_file(other, path).ids
    assert export_json(other, other.conversations()) == first
    assert [m.content for m in other.current_branch(new_id)][-1] == "and then?"
    other.close()


def test_the_same_file_imported_again_adds_nothing(store: Store) -> None:
    _fill(store)
    text = export_json(store, store.conversations())
    again = import_text(store, text)
    assert (again.ids, again.skipped) == ([], 1) and len(store.conversations()) == 1
    document = json.loads(text)
    changed = json.loads(text)["conversations"][0]
    changed["messages"][-1]["content"] = "and then, changed?"
    document["conversations"] += [changed, json.loads(json.dumps(changed))]
    changed = import_text(store, json.dumps(document))
    assert (len(changed.ids), changed.skipped) == (1, 2)
    assert len(store.conversations()) == 2


def test_an_earlier_export_of_a_conversation_that_went_on_adds_nothing(store: Store) -> None:
    _fill(store)
    (conversation,) = store.conversations()
    earlier = export_json(store, [conversation])
    leaf = store.messages(conversation.id)[-1]
    question = store.add_message(conversation.id, leaf.id, "user", "And then?")
    store.add_message(conversation.id, question.id, "assistant", "Then more.",
                      finish_reason="stop")
    store.add_message(conversation.id, leaf.parent_id, "assistant", "A second version.",
                      finish_reason="stop")  # a branch too
    imported = import_text(store, earlier)
    assert (imported.ids, imported.skipped) == ([], 1)  # was: a second, older copy
    assert len(store.conversations()) == 1
    later = json.loads(export_json(store, [store.conversation(conversation.id)]))
    later["conversations"][0]["messages"][0]["content"] = "Another first question"
    assert len(import_text(store, json.dumps(later)).ids) == 1  # not held: imported


def test_a_deleted_conversation_imported_again_comes_back_from_the_trash(store: Store) -> None:
    """Export, delete, import: the one in the trash comes back (no copy beside it, so that
    an Undo of the deletion cannot make a second one)."""
    from chatapp.session import Session
    from chatapp.settings import Settings

    conversation_id = _fill(store)
    text = export_json(store, store.conversations())
    session = Session(store, None, Settings())
    session.delete_conversation(conversation_id)
    assert session.next_undo().conversation_id == conversation_id
    imported = import_text(store, text)
    assert (imported.ids, imported.skipped) == ([conversation_id], 0)
    assert [c.id for c in store.conversations()] == [conversation_id]
    assert store.trashed_conversations() == []
    assert session.next_undo() is None and session.undo() is None  # nothing to bring back
    assert [c.id for c in store.conversations()] == [conversation_id]
    assert import_text(store, text).skipped == 1  # and now it is here


def test_markdown_is_the_current_branch(store: Store) -> None:
    _fill(store)
    text = export_markdown(store, store.conversations())
    assert text.startswith("# Tree <b>talk</b>\n")
    assert "## Assistant (other)" in text and "Other answer" in text
    assert "Hi! مرحبا" not in text and "deleted" not in text
    assert text.index("## You") < text.index("and then?")


def test_markdown_is_written_in_the_readers_language(store: Store) -> None:
    from chatapp.i18n import translate_text

    _fill(store)
    text = export_markdown(store, store.conversations(),
                           lambda context, words: translate_text(context, words, "id"))
    assert "## Anda" in text and "## Asisten (other)" in text
    assert "## You" not in text and "## Assistant" not in text


HOSTILE = [
    b"",
    b"\xff\xfe not utf-8",
    b"[1, 2, 3]",
    b'{"format": "something-else", "version": 1, "conversations": []}',
    b'{"format": "chatapp-conversations", "version": 99, "conversations": []}',
    b"[" * 100000 + b"]" * 100000,
    json.dumps({"format": "chatapp-conversations", "version": 1, "conversations": [
        {"created_at": 1, "updated_at": 1, "messages": [
            {"id": 1, "parent_id": 2, "role": "user", "content": "x", "created_at": 1},
            {"id": 2, "parent_id": 1, "role": "assistant", "content": "y", "created_at": 1}]}
    ]}).encode(),
    json.dumps({"format": "chatapp-conversations", "version": 1, "conversations": [
        {"created_at": 1, "updated_at": 1, "messages": [
            {"id": 1, "parent_id": None, "role": "root'); DROP TABLE messages;--",
             "content": "x", "created_at": 1}]}]}).encode(),
    json.dumps({"format": "chatapp-conversations", "version": 1, "conversations": [
        {"created_at": 1, "updated_at": 1, "messages": [
            {"id": 1, "parent_id": None, "role": "user", "content": "x", "created_at": 1,
             "prompt_tokens": 10**30}]}]}).encode(),
    json.dumps({"format": "chatapp-conversations", "version": 1, "conversations": [
        {"created_at": 1, "updated_at": 1, "title": "ok", "messages": []},
        {"created_at": 1, "updated_at": 1, "evil": True, "messages": []}]}).encode(),
    b'{"format": "chatapp-conversations", "version": 1, "conversations": [{"created_at": NaN,'
    b' "updated_at": 1, "messages": []}]}',
    # times no calendar can show (they broke the conversation list once imported)
    *(json.dumps({"format": "chatapp-conversations", "version": 1, "conversations": [
        {"created_at": 1, "updated_at": when, "messages": [
            {"id": 1, "parent_id": None, "role": "user", "content": "x", "created_at": 1}]}
    ]}).encode() for when in (1e308, -1e18, 253402300800)),
    json.dumps({"format": "chatapp-conversations", "version": 1, "conversations": [
        {"created_at": 1, "updated_at": 1, "messages": [
            {"id": 1, "parent_id": None, "role": "user", "content": "x", "created_at": 1e20}]}
    ]}).encode(),
    json.dumps({"format": "chatapp-conversations", "version": 2, "conversations": [
        {"created_at": 1, "updated_at": 1, "collections": [3], "messages": []}]}).encode(),
]


def test_a_stored_time_out_of_any_calendar_does_not_break_the_lists(store: Store) -> None:
    """A row stored before imports checked their times: the sidebar and the CLI's list
    show it (as old, with "?" for its time) instead of failing."""
    from chatapp.ui.sidebar import date_group
    from chatapp.units import format_time

    assert date_group(1e308) == date_group(-1e18) == 3
    assert format_time(1e308) == format_time(-1e18) == "?" and format_time(0).startswith("19")


def _with_sources(store: Store) -> tuple[int, int]:
    """A conversation whose answer cites two passages of a collection: (its id, the
    answer's id)."""
    from chatapp.store.doc_records import Retrieval, Source
    from chatapp.store.documents import Documents

    c = store.create_conversation("Parking")
    u = store.add_message(c.id, None, "user", "Where do I park?")
    a = store.add_message(c.id, u.id, "assistant", "", model_name="tiny.gguf",
                          params={"temperature": 0.0, "docs": [7]})
    store.finish_message(a.id, "Behind the hall [1], or on level 2 [2].", "stop")
    Documents(store).save_retrieval(Retrieval(a.id, "Where do I park?", [
        {"id": 7, "name": "Guides"}], "bm25", 2048, 61, [
        Source(1, 41, 7, 0.03, 1, None, "/docs/a/guide.md", None, "Parking", "Behind the hall."),
        Source(2, 52, 7, 0.02, 2, 3, "/docs/b/manual.pdf", 4, "", "Level 2 is free.")]))
    return c.id, a.id


def test_an_answers_sources_travel_with_the_json_export(store: Store, tmp_path: Path) -> None:
    """The passages an answer cites are in the JSON export (text and all, without this
    database's ids), so an imported answer's [1], [2] still point at them."""
    from chatapp.export import sources_markdown
    from chatapp.store.documents import Documents

    _, answer_id = _with_sources(store)
    text = export_json(store, store.conversations())
    (message,) = [m for m in json.loads(text)["conversations"][0]["messages"]
                  if m["role"] == "assistant"]
    retrieval = message["retrieval"]
    assert retrieval["collections"] == [{"name": "Guides"}] and retrieval["used_tokens"] == 61
    assert [s["text"] for s in retrieval["sources"]] == ["Behind the hall.",
                                                         "Level 2 is free."]
    assert "chunk_id" not in retrieval["sources"][0] and "page" not in retrieval["sources"][0]
    other = Store(tmp_path / "other.db")
    (new_id,) = import_text(other, text).ids
    (new_answer,) = [m for m in other.messages(new_id) if m.role == "assistant"]
    copied = Documents(other).retrieval_of(new_answer)
    assert [(s.number, s.path, s.page, s.text) for s in copied.sources] == [
        (1, "/docs/a/guide.md", None, "Behind the hall."),
        (2, "/docs/b/manual.pdf", 4, "Level 2 is free.")]
    assert copied.collections == [{"name": "Guides"}] and copied.sources[0].chunk_id == 0
    (old_answer,) = [m for m in store.messages(store.conversations()[0].id)
                     if m.id == answer_id]
    assert sources_markdown(other, new_answer) == sources_markdown(store, old_answer)
    assert "[2] manual.pdf, page 4" in sources_markdown(other, new_answer)
    assert export_json(other, other.conversations()) == text
    other.close()
    broken = Store(tmp_path / "broken.db")  # half an emoji in a source: replaced, kept
    imported = import_text(broken, text.replace("Level 2 is", "Level 2 \\ud83d is"))
    (answer,) = [m for m in broken.messages(imported.ids[0]) if m.role == "assistant"]
    assert imported.replaced == 1
    assert Documents(broken).retrieval_of(answer).sources[1].text == "Level 2 \ufffd is free."
    broken.close()


def test_an_imported_copy_searches_the_same_collections_and_names_sources_alike(
        store: Store, tmp_path: Path) -> None:
    """Imported where its collections are (the same database, say), a conversation searches
    them again and its sources are named as the original's ([4] hr/leave.md beside
    it/leave.md, not a bare leave.md); elsewhere it keeps its sources and attaches nothing."""
    from chatapp.docs.indexer import run_to_end
    from chatapp.export import sources_markdown
    from chatapp.store.doc_records import Retrieval, Source
    from chatapp.store.documents import Documents

    for folder in ("hr", "it"):
        (tmp_path / "docs" / folder).mkdir(parents=True)
        (tmp_path / "docs" / folder / "leave.md").write_text(f"# Leave\n\n{folder} rules.\n")
    documents = Documents(store)
    guides = documents.create("Guides")
    documents.add_roots(guides.id, [str(tmp_path / "docs")])
    run_to_end(documents, documents.collection("Guides"))
    c = store.create_conversation("Leave")
    documents.attach(c.id, [guides.id])
    u = store.add_message(c.id, None, "user", "How much leave?")
    a = store.add_message(c.id, u.id, "assistant", "", params={"docs": ["Guides"]})
    store.finish_message(a.id, "Twenty days [1].", "stop")
    hr = str(tmp_path / "docs" / "hr" / "leave.md")
    documents.save_retrieval(Retrieval(a.id, "How much leave?", [
        {"id": guides.id, "name": "Guides"}], "bm25", 2048, 9, [
        Source(1, 1, guides.id, 0.03, 1, None, hr, None, "Leave", "hr rules.")]))
    text = export_json(store, [store.conversation(c.id)])
    assert json.loads(text)["conversations"][0]["collections"] == ["Guides"]
    document = json.loads(text)
    document["conversations"][0]["title"] = "Leave (copy)"
    (copy_id,) = import_text(store, json.dumps(document)).ids
    assert documents.attached_ids(copy_id) == [guides.id]
    (copied,) = [m for m in store.messages(copy_id) if m.role == "assistant"]
    assert sources_markdown(store, copied) == sources_markdown(store, store.message(a.id))
    assert "[1] hr/leave.md" in sources_markdown(store, copied).replace(os.sep, "/")
    other = Store(tmp_path / "other.db")
    (elsewhere,) = import_text(other, text).ids
    assert Documents(other).attached_ids(elsewhere) == []
    (answer,) = [m for m in other.messages(elsewhere) if m.role == "assistant"]
    assert "[1] leave.md" in sources_markdown(other, answer)
    other.close()


@pytest.mark.parametrize("retrieval", [
    [], {"query": "q", "mode": "bm25", "budget_tokens": 1, "used_tokens": 1, "sources": [{}]},
    {"query": "q", "mode": "bm25", "budget_tokens": 1, "sources": []},
    {"query": "q", "mode": "bm25", "budget_tokens": 1, "used_tokens": 1, "sources": [
        {"number": 1, "path": "a", "text": "t", "score": 0.1, "chunk_id": 3}]},
    {"query": "q", "mode": "bm25", "budget_tokens": 1, "used_tokens": 1, "collections": "x"},
])
def test_a_broken_retrieval_is_refused_and_changes_nothing(store: Store,
                                                           retrieval: object) -> None:
    _with_sources(store)
    document = json.loads(export_json(store, store.conversations()))
    document["conversations"][0]["title"] = "Other"
    document["conversations"][0]["messages"][1]["retrieval"] = retrieval
    with pytest.raises(ImportError_, match="its sources"):
        import_text(store, json.dumps(document))
    assert len(store.conversations()) == 1


@pytest.mark.parametrize("data", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_files_are_refused_and_change_nothing(store: Store, tmp_path: Path,
                                                     data: bytes) -> None:
    _fill(store)
    before = export_json(store, store.conversations())
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(ImportError_, match="cannot be imported"):
        import_file(store, path)
    assert export_json(store, store.conversations()) == before
    assert len(store.conversations()) == 1


def test_null_for_a_field_with_a_default_is_that_default_and_a_branch_is_shown(
        store: Store) -> None:
    """A hand-made file may say null for a title or system prompt (taken as none) and may
    leave out which message is shown (the branch of the message listed last is)."""
    message = {"id": 1, "parent_id": None, "role": "user", "content": "a", "created_at": 1.0}
    answer = {"id": 2, "parent_id": 1, "role": "assistant", "content": "b", "created_at": 2.0,
              "finish_reason": "stop"}
    document = {"format": "chatapp-conversations", "version": 2, "conversations": [
        {"title": None, "system_prompt": None, "created_at": 1.0, "updated_at": 2.0,
         "pinned": False, "messages": [message, answer]}]}
    imported = import_text(store, json.dumps(document))
    conversation = store.conversation(imported.ids[0])
    assert conversation.title == "" and conversation.system_prompt == ""
    assert [m.content for m in store.current_branch(conversation.id)] == ["a", "b"]
    assert export_markdown(store, [conversation]).endswith("## You\n\na\n\n## Assistant\n\nb\n")


def test_a_parent_that_is_not_a_whole_number_is_named(store: Store) -> None:
    message = {"id": 1, "parent_id": None, "role": "user", "content": "a", "created_at": 1.0}
    answer = {"id": 2, "parent_id": 1.5, "role": "assistant", "content": "b",
              "created_at": 2.0, "finish_reason": "stop"}
    document = {"format": "chatapp-conversations", "version": 2, "conversations": [
        {"created_at": 1.0, "updated_at": 2.0, "messages": [message, answer]}]}
    with pytest.raises(ImportError_) as refused:
        import_text(store, json.dumps(document))
    assert str(refused.value) == ("This file cannot be imported: conversation 1, message 2: "
                                  "parent_id is not a whole number. Nothing was changed.")
    assert store.conversations() == []


def test_a_fifo_is_refused(store: Store, tmp_path: Path) -> None:
    fifo = tmp_path / "x.json"
    os.mkfifo(fifo)
    with pytest.raises(ImportError_, match="not a regular file"):
        import_file(store, fifo)
    with pytest.raises(ImportError_):
        import_text(store, "{}")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=60, env=os.environ.copy())


def test_cli_export_and_import(chatapp_home: Path, tmp_path: Path) -> None:
    from chatapp.paths import app_paths

    store = Store(app_paths().ensure().database)
    conversation_id = _fill(store)
    store.close()
    out = run_cli("export", "--format", "json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["conversations"][0]["title"] == "Tree <b>talk</b>"
    md = run_cli("export", str(conversation_id), "--format", "md")
    assert md.stdout.startswith("# Tree <b>talk</b>")
    target = tmp_path / "all.json"
    assert run_cli("export", "--all", "-o", str(target)).returncode == 0
    # into a fresh home through a pipe (standard input)
    fresh = dict(os.environ, CHATAPP_HOME=str(tmp_path / "fresh-home"))
    piped = subprocess.run([sys.executable, "-m", "chatapp", "import", "-"],
                           input=target.read_bytes(), capture_output=True, timeout=120,
                           env=fresh)
    assert piped.returncode == 0 and piped.stdout.decode().startswith("Imported ")
    import sqlite3

    conn = sqlite3.connect(tmp_path / "fresh-home" / "data" / "chatapp.db")
    try:
        starts = [row[0] for row in conn.execute(
            "SELECT created_at FROM conversations ORDER BY id")]
    finally:
        conn.close()
    assert len(starts) == 1
    imported = run_cli("import", str(target))
    assert imported.returncode == 0 and imported.stdout.splitlines() == [
        "Nothing was imported: every conversation of the file is here already."]
    document = json.loads(target.read_text(encoding="utf-8"))
    document["conversations"][0]["title"] = "Tree, renamed"
    target.write_text(json.dumps(document), encoding="utf-8")
    imported = run_cli("import", str(target))
    assert imported.returncode == 0 and imported.stdout == "Imported 1 conversation.\n"
    again = run_cli("export", "--all")
    assert len(json.loads(again.stdout)["conversations"]) == 2
    missing = run_cli("export", "12345")
    assert missing.returncode == 1 and "no conversation 12345" in missing.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    refused = run_cli("import", str(bad))
    assert refused.returncode == 1 and "cannot be imported" in refused.stderr
    assert refused.stderr.count("\n") == 1
    assert "it is not valid JSON (line 1, column 2)" in refused.stderr  # our words, not json's
    markdown = tmp_path / "talk.md"
    markdown.write_text(md.stdout, encoding="utf-8")
    refused = run_cli("import", str(markdown))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "it is Markdown" in refused.stderr and "only JSON exports" in refused.stderr
    empty = tmp_path / "empty.json"
    empty.write_text(" \n")
    refused = run_cli("import", str(empty))
    assert refused.returncode == 1 and "cannot be imported: the file is empty." in refused.stderr
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000)
    refused = run_cli("import", str(deep))
    assert refused.returncode == 1 and "it is not JSON that can be read" in refused.stderr


def test_markdown_says_why_an_answer_failed(store: Store) -> None:
    c = store.create_conversation("failing")
    u = store.add_message(c.id, None, "user", "hi")
    a = store.add_message(c.id, u.id, "assistant", "Hal")
    store.finish_message(a.id, "Hal", "error", error="lab: the connection broke\nwhile writing.")
    text = export_markdown(store, [store.conversation(c.id)])
    assert "Hal\n\n*(failed: lab: the connection broke while writing.)*\n" in text


def test_markdown_says_why_an_answer_failed_in_the_readers_language(store: Store) -> None:
    from chatapp.errors import UserError
    from chatapp.i18n import translate_error, translate_text
    from chatapp.remote.errors import STREAM_ENDED

    c = store.create_conversation("failing")
    u = store.add_message(c.id, None, "user", "hi")
    a = store.add_message(c.id, u.id, "assistant", "Hal")
    error = UserError(STREAM_ENDED, endpoint="box")
    store.finish_message(a.id, "Hal", "error", error=str(error),
                         error_data=json.dumps(error.to_dict()))
    text = export_markdown(store, [store.conversation(c.id)],
                           lambda context, words: translate_text(context, words, "ms"))
    said = translate_error(error, "ms")
    assert said != str(error) and f": {' '.join(said.split())})*" in text
    assert str(error).split(".")[0] not in text  # no English inside the Malay line


def test_markdown_says_an_answer_was_cut_where_the_context_was_full(store: Store) -> None:
    """As the window says it (was: "cut off at the token limit" for both)."""
    c = store.create_conversation("full")
    u = store.add_message(c.id, None, "user", "hi")
    full = store.add_message(c.id, u.id, "assistant", "again and again")
    store.finish_message(full.id, "again and again", "length", n_ctx=512, prompt_tokens=12,
                         completion_tokens=500)
    u2 = store.add_message(c.id, full.id, "user", "more")
    limit = store.add_message(c.id, u2.id, "assistant", "short")
    store.finish_message(limit.id, "short", "length", n_ctx=512, prompt_tokens=12,
                         completion_tokens=5)
    text = export_markdown(store, [store.conversation(c.id)])
    assert "again and again\n\n*(cut off where the context was full)*" in text
    assert "short\n\n*(cut off at the token limit)*" in text


def test_markdown_says_when_an_answer_has_no_text(store: Store) -> None:
    """As the window and the CLI say it: nothing, only reasoning, only blanks."""
    c = store.create_conversation("quiet")
    parent = None
    for content, reasoning in (("", None), ("", "I think so."), ("\n  \n", None)):
        u = store.add_message(c.id, parent, "user", "Two plus two is")
        a = store.add_message(c.id, u.id, "assistant", "")
        store.finish_message(a.id, content, "stop", reasoning=reasoning)
        parent = a.id
    text = export_markdown(store, [store.conversation(c.id)])
    assert "*(The model ended its answer without writing anything.)*" in text
    assert "*(The model wrote only reasoning and no answer.)*" in text
    assert "*(The model wrote only spaces and line breaks.)*" in text
    indonesian = export_markdown(store, [store.conversation(c.id)],
                                 lambda _c, s: {MD_EMPTY: "Kosong."}.get(s, s))
    assert "*(Kosong.)*" in indonesian


def test_a_compare_conversation_stays_one_and_an_unknown_kind_is_refused(
        store: Store, tmp_path: Path) -> None:
    c = store.create_conversation("Side by side", kind="compare")
    store.add_message(c.id, None, "user", "hi")
    doc = json.loads(export_json(store, [store.conversation(c.id)]))
    assert doc["conversations"][0]["kind"] == "compare"
    other = Store(tmp_path / "other.db")
    try:
        (new_id,) = import_text(other, json.dumps(doc)).ids
        assert other.conversation(new_id).kind == "compare"
        doc["conversations"][0]["kind"] = "root'); --"
        doc["conversations"][0]["title"] = "another"
        with pytest.raises(ImportError_, match="unknown kind of conversation"):
            import_text(other, json.dumps(doc))
    finally:
        other.close()


def test_imported_conversations_get_ids_in_the_order_they_started(tmp_path: Path) -> None:
    """An export lists the newest first; the import numbers them by their start, so that
    ids read as they did where they came from."""
    source = Store(tmp_path / "a.db")
    for title in ("first", "second", "third"):
        conversation = source.create_conversation(title)
        source.add_message(conversation.id, None, "user", title)
    text = export_conversations(source, source.conversations(), "json")
    source.close()
    target = Store(tmp_path / "b.db")
    imported = import_text(target, text)
    assert [target.conversation(i).title for i in sorted(imported.ids)] == [
        "first", "second", "third"]
    target.close()


def test_an_export_file_is_replaced_whole_through_links_and_kept_as_it_is_elsewhere(
        tmp_path: Path) -> None:
    import stat

    from chatapp.paths import write_file

    target = tmp_path / "backup.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    write_file(link, "new")  # the file the link points to is replaced, the link stays
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # its permissions kept
    fresh = tmp_path / "fresh.md"
    write_file(fresh, "private")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600  # conversations are this user's
    write_file(os.devnull, "nothing")  # no regular file: written as it is, never replaced
    assert Path(os.devnull).is_char_device()
    assert not list(tmp_path.glob(".*.part"))  # no part files left


def test_a_typed_line_break_stays_a_line_break_in_markdown(store: Store) -> None:
    """Lines typed with Shift+Enter stay apart in a Markdown viewer (a hard break), code
    fences as they were; an answer's own Markdown is left as the model wrote it."""
    from markdown_it import MarkdownIt

    c = store.create_conversation("Breaks")
    u = store.add_message(c.id, None, "user",
                          "First line\nSecond line: what is 2+2?\n\n```\nx = 1\ny = 2\n```")
    store.add_message(c.id, u.id, "assistant", "Four.\nReally.", finish_reason="stop")
    text = export_markdown(store, [store.conversation(c.id)])
    assert "First line  \nSecond line: what is 2+2?\n" in text
    assert "```\nx = 1\ny = 2\n```" in text and "Four.\nReally." in text
    html = MarkdownIt("commonmark").render(text)
    assert "First line<br />\nSecond line" in html and "Four.\nReally." in html


def test_a_private_file_that_cannot_be_written_is_named_itself(tmp_path: Path) -> None:
    """A secret (API keys, tokens) that cannot be written is named as the user knows it,
    not as the file beside it that it goes through."""
    from chatapp.paths import write_private

    target = Path("/proc/self/endpoints.json")  # a folder nobody may write in
    with pytest.raises(OSError) as info:
        write_private(target, "{}")
    assert info.value.filename == str(target)
    write_private(tmp_path / "config" / "keys.json", "{}")
    assert (tmp_path / "config" / "keys.json").stat().st_mode & 0o777 == 0o600
    assert [p.name for p in (tmp_path / "config").iterdir()] == ["keys.json"]


def _arena_rounds(store: Store) -> None:
    """Three voted arena rounds of a.gguf, b.gguf and c.gguf (one tagged) and a round not
    voted on."""
    from chatapp.compare.votes import add_vote

    for number, (x, y, outcome, tag) in enumerate((("a", "b", "a", ""), ("b", "c", "tie", ""),
                                                   ("a", "c", "b", "capitals"), ("a", "b", None,
                                                                                 ""))):
        conversation = store.create_conversation(f"round {number}", kind="arena")
        user = store.add_message(conversation.id, None, "user", f"question {number}")
        first, second = (store.add_message(conversation.id, user.id, "assistant",
                                           f"{name} says {number}", finish_reason="stop",
                                           model_name=f"{name}.gguf") for name in (x, y))
        if outcome is not None:
            add_vote(store, first.id, second.id, outcome, tag)


def test_arena_votes_travel_with_an_export(chatapp_home: Path, tmp_path: Path,
                                           monkeypatch) -> None:
    """was: arena rounds were exported with "kind": "arena" but no vote, and after an import
    into a fresh profile the leaderboard said there were no votes."""
    from chatapp.paths import app_paths

    store = Store(app_paths().ensure().database)
    _arena_rounds(store)
    store.close()
    board, tagged = run_cli("leaderboard", "--csv"), run_cli("leaderboard", "--tag", "capitals")
    assert board.returncode == 0 and "\n1,c,1059.6," in board.stdout, board.stderr
    exported = tmp_path / "all.json"
    assert run_cli("export", "--all", "-o", str(exported)).returncode == 0
    rounds = json.loads(exported.read_text(encoding="utf-8"))["conversations"]
    assert sorted(len(c.get("votes", [])) for c in rounds) == [1, 1, 1]  # (not the blind one)
    monkeypatch.setenv("CHATAPP_HOME", str(tmp_path / "fresh"))
    imported = run_cli("import", str(exported))
    assert imported.returncode == 0, imported.stderr
    assert run_cli("leaderboard", "--csv").stdout == board.stdout
    assert run_cli("leaderboard", "--tag", "capitals").stdout == tagged.stdout
    assert run_cli("export", "--all").stdout == exported.read_text(encoding="utf-8")


def test_a_vote_that_does_not_fit_its_round_is_refused(store: Store, tmp_path: Path) -> None:
    """The import's checks hold for votes too: one naming a question, or two answers to
    different prompts, or a second vote on one pair, changes nothing."""
    _arena_rounds(store)
    text = export_json(store, store.conversations())
    fresh = Store(tmp_path / "fresh.db")
    for change in ({"a": 1}, {"b": 9}, {"outcome": "maybe"}, {"model_a": ""}):
        document = json.loads(text)
        document["conversations"][0]["votes"][0].update(change)
        with pytest.raises(ImportError_) as refused:
            import_text(fresh, json.dumps(document))
        assert "a vote does not judge two answers to one prompt" in str(refused.value)
    document = json.loads(text)
    document["conversations"][0]["votes"] *= 2
    with pytest.raises(ImportError_):
        import_text(fresh, json.dumps(document))
    assert fresh.conversations() == []
    fresh.close()


def test_an_older_export_of_an_arena_round_still_imports_and_shows(store: Store,
                                                                   tmp_path: Path) -> None:
    """A version 2 file has no votes: its rounds come in as comparisons, not as rounds
    hidden until a vote that never comes."""
    _arena_rounds(store)
    document = json.loads(export_json(store, store.conversations()))
    document["version"] = 2
    for conversation in document["conversations"]:
        conversation.pop("votes")
    other = Store(tmp_path / "other.db")
    try:
        ids = import_text(other, json.dumps(document)).ids
        assert len(ids) == 3 and {other.conversation(i).kind for i in ids} == {"compare"}
        assert len(other.conversations()) == 3
    finally:
        other.close()


def _judged_round(store: Store) -> None:
    """An evaluated comparison: a question, two answers, a rubric grade of the first and
    the judge's comparison of both, stored as the judge stores them."""
    conversation = store.create_conversation("judged · capitals", kind="compare")
    user = store.add_message(conversation.id, None, "user", "Capital of France?")
    first, second = (store.add_message(conversation.id, user.id, "assistant", text,
                                       finish_reason="stop", model_name="a.gguf")
                     for text in ("Paris", "Lyon"))
    with store._tx() as db:
        for kind, b, model_b, outcome, score in (("rubric", None, None, "pass", 0.9),
                                                 ("pairwise", second.id, "kind", "a", None)):
            db["judgements"].insert({
                "kind": kind, "message_a_id": first.id, "message_b_id": b, "model_a": "plain",
                "model_b": model_b, "outcome": outcome, "score": score, "reason": "names it",
                "judge_model": "judge.gguf", "judge_key": "sha256:00", "judge_prompt": "Grade",
                "judge_reply": "A", "provenance": '{"params": {"temperature": 0.0}}',
                "tag": "judged", "created_at": 1_700_000_000.0})


def test_a_judges_verdict_that_does_not_fit_its_answers_is_refused(store: Store,
                                                                   tmp_path: Path) -> None:
    """The import checks a judge's verdicts as it checks votes: one naming the question or
    an answer that is not there, or a grade a comparison cannot have, changes nothing (was:
    verdicts were not exported at all, so there was nothing to check)."""
    _judged_round(store)
    text = export_json(store, store.conversations())
    rubric, pairwise = json.loads(text)["conversations"][0]["judgements"]
    assert rubric["kind"] == "rubric" and "b" not in rubric and rubric["score"] == 0.9
    assert pairwise["provenance"] == {"params": {"temperature": 0.0}}
    fresh = Store(tmp_path / "fresh.db")
    for index, change in ((0, {"a": 1}), (0, {"a": 9}), (1, {"b": 9}), (1, {"outcome": "pass"}),
                          (0, {"outcome": "a"}), (0, {"score": 2}), (0, {"b": 3}),
                          (1, {"judge_model": ""}), (1, {"kind": "ranking"})):
        document = json.loads(text)
        document["conversations"][0]["judgements"][index].update(change)
        with pytest.raises(ImportError_) as refused:
            import_text(fresh, json.dumps(document))
        assert "a judge's verdict does not grade an answer, or compare two answers to one " \
               "prompt, of this conversation" in str(refused.value), change
    document = json.loads(text)
    document["conversations"][0]["judgements"][1]["secret"] = "x"  # a field it does not know
    with pytest.raises(ImportError_):
        import_text(fresh, json.dumps(document))
    assert fresh.conversations() == []
    # an export made before verdicts were kept (version 3: no "judgements") still imports
    document = json.loads(text)
    document["version"] = 3
    document["conversations"][0].pop("judgements")
    (conversation_id,) = import_text(fresh, json.dumps(document)).ids
    assert [m.content for m in fresh.messages(conversation_id)][1:] == ["Paris", "Lyon"]
    fresh.close()


def test_a_json_export_says_why_an_answer_failed_in_the_users_language(
        chatapp_home: Path, tmp_path: Path, monkeypatch) -> None:
    """As the window's pane says it (was: English "error" in an Indonesian user's export);
    error_data, the data, stays as it is, and an import stores the English line again."""
    from chatapp.errors import UserError
    from chatapp.i18n import translate_error
    from chatapp.paths import app_paths
    from chatapp.remote.errors import REFUSED

    paths = app_paths().ensure()
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps({"language": "id"}), encoding="utf-8")
    store = Store(paths.database)
    c = store.create_conversation("failing")
    u = store.add_message(c.id, None, "user", "hi")
    a = store.add_message(c.id, u.id, "assistant", "")
    error = UserError(REFUSED, endpoint="jauh", host="127.0.0.1:8765")
    data = json.dumps(error.to_dict(), ensure_ascii=False)
    store.finish_message(a.id, "", "error", error=str(error), error_data=data)
    store.close()
    out = run_cli("export", "--format", "json")
    assert out.returncode == 0, out.stderr
    message = json.loads(out.stdout)["conversations"][0]["messages"][1]
    assert message["error"] == translate_error(error, "id") != str(error)
    assert message["error_data"] == data
    monkeypatch.setenv("CHATAPP_HOME", str(tmp_path / "fresh"))
    exported = tmp_path / "one.json"
    exported.write_text(out.stdout, encoding="utf-8")
    assert run_cli("import", str(exported)).returncode == 0
    fresh = Store(app_paths().database)
    try:
        (imported,) = [m for m in fresh.messages(fresh.conversations()[0].id)
                       if m.role == "assistant"]
        assert imported.error == str(error) and imported.error_data == data
    finally:
        fresh.close()
