"""Document collections where testers found faults: an embedding model that is missing or
broken while files are indexed, paths typed in several ways, folders deleted from disk,
files and folders taken out of a collection, function words in questions, what a search
prints, grouped citations, long source names under an answer, the blank line before the
sources, and the reasons given for damaged files. Real SQLite files, real llama.cpp with a
tiny embedding GGUF, real Qt widgets offscreen."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import threading
import zipfile
from pathlib import Path

import pytest
from doc_files import pdf_bytes, write_pdf
from test_docs_answers import cli, corpus

from chatapp.docs.embedder import Embedder
from chatapp.docs.extract import (
    DAMAGED,
    DOCX_DAMAGED,
    NOT_DOCX,
    PDF_CYCLIC,
    PDF_DAMAGED,
    DocumentError,
    extract,
)
from chatapp.docs.indexer import MODEL_FAILED, MODEL_MISSING, run_to_end
from chatapp.docs.retrieval import Retriever, excerpt
from chatapp.errors import UserError
from chatapp.store import Store
from chatapp.store.documents import NOT_IN_COLLECTION, Documents

needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                 reason="llama-cpp-python is not installed")


def vector_count(store: Store, collection_id: int) -> int:
    return store.db.execute(f"SELECT count(*) FROM doc_vectors_{collection_id}").fetchone()[0]


def chunk_count(store: Store, collection_id: int) -> int:
    return store.db.execute("SELECT count(*) FROM doc_chunks WHERE collection_id = ?",
                            [collection_id]).fetchone()[0]


# 1. the embedding model missing or broken while indexing


@needs_llama
def with_vectors(documents: Documents, name: str, embedder: Embedder, model: Path,
                 root: Path):
    """A new collection of root, searched by the tiny embedding model's vectors too."""
    collection = documents.set_embedding(documents.create(name), "tiny-embed-F32",
                                         str(model), embedder.load())
    documents.add_roots(collection.id, [str(root)])
    return documents.collection(name)


def test_chunks_indexed_without_a_working_embedding_model_get_vectors_once_it_works(
        store: Store, tmp_path: Path, embedder_file: Path) -> None:
    model = tmp_path / "models" / "tiny-embed-F32.gguf"
    model.parent.mkdir()
    shutil.copy(embedder_file, model)
    documents = Documents(store)
    probe = Embedder(model, "tiny-embed-F32")
    retriever = Retriever(store)
    try:
        collection = documents.set_embedding(documents.create("Vec"), "tiny-embed-F32",
                                             str(model), probe.load())
        folder = tmp_path / "docs"
        folder.mkdir()
        (folder / "a.txt").write_text("The boiler key hangs in the pantry.", encoding="utf-8")
        documents.add_roots(collection.id, [str(folder)])
        collection = documents.collection("Vec")
        first = run_to_end(documents, collection, retriever.embedder(collection))
        assert first.no_vectors is None and documents.count_without_vectors(collection) == 0
        # the model's file is gone: the new file is indexed for words, and the run says why
        aside = model.rename(tmp_path / "aside.gguf")
        (folder / "b.txt").write_text("The fire drill is on Friday.", encoding="utf-8")
        second = run_to_end(documents, collection, retriever.embedder(collection))
        assert second.indexed == 1 and second.no_vectors.template == MODEL_MISSING
        assert "tiny-embed-F32.gguf" in str(second.no_vectors)
        assert documents.count_without_vectors(collection) == 1
        # a damaged file in its place fails to load: the same, with the reason
        model.write_bytes(b"GGUF" + bytes(200))
        (folder / "c.txt").write_text("Lunch is served at noon.", encoding="utf-8")
        third = run_to_end(documents, collection, Embedder(model, "tiny-embed-F32"))
        assert third.indexed == 1 and third.no_vectors.template == MODEL_FAILED
        assert documents.count_without_vectors(collection) == 2
        # the model back, nothing changed on disk: every chunk without a vector gets one
        aside.replace(model)
        fourth = run_to_end(documents, collection, retriever.embedder(collection))
        assert (fourth.indexed, fourth.unchanged, fourth.embedded) == (0, 3, 2)
        assert fourth.no_vectors is None and documents.count_without_vectors(collection) == 0
        assert vector_count(store, collection.id) == chunk_count(store, collection.id) == 3
        hit = retriever.search([collection], "fire drill Friday").hits[0]
        assert Path(hit.path).name == "b.txt" and hit.vector_rank is not None
        assert run_to_end(documents, collection, retriever.embedder(collection)).embedded == 0
    finally:
        retriever.close()
        probe.close()


@needs_llama
def test_a_large_files_vectors_are_kept_batch_by_batch_when_the_indexing_stops(
        store: Store, tmp_path: Path, embedder_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Was: a 50 MB file stopped after 18 minutes of embedding kept nothing of them."""
    from chatapp.docs import embedder as embedding
    from chatapp.docs import indexer
    from chatapp.docs.indexer import index_collection

    monkeypatch.setattr(indexer, "LARGE_FILE_CHUNKS", 4)  # (a large file, made small)
    monkeypatch.setattr(embedding, "BATCH_TEXTS", 2)  # batches of 16 chunks
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "big.md").write_text("".join(
        f"# Part {n}\n\nThe store room {n} holds {n * 3} boxes of paper.\n\n"
        for n in range(60)), encoding="utf-8")
    documents = Documents(store)
    probe = Embedder(embedder_file, "tiny-embed-F32")
    try:
        collection = with_vectors(documents, "Big", probe, embedder_file, folder)
        stop = threading.Event()
        parts = []
        for progress in index_collection(documents, collection, probe, stop):
            if progress.part is not None:
                parts.append(progress.part)
                if progress.part[0] >= 16:  # one batch made and saved: stop (Ctrl+C)
                    stop.set()
        chunks = chunk_count(store, collection.id)
        assert chunks > 32 and parts[0] == (0, chunks)  # the file's words are in already
        kept = vector_count(store, collection.id)
        assert 16 <= kept < chunks  # what was made before the stop is kept
        again = run_to_end(documents, collection, probe)  # the same command again
        assert (again.indexed, again.unchanged, again.embedded) == (0, 1, chunks - kept)
        assert vector_count(store, collection.id) == chunks
    finally:
        probe.close()


@needs_llama
def test_a_collection_given_an_embedding_model_later_gets_vectors_for_all_it_holds(
        store: Store, tmp_path: Path, embedder_file: Path) -> None:
    folder = corpus(tmp_path / "docs")
    documents = Documents(store)
    collection = documents.create("Office")
    documents.add_roots(collection.id, [str(folder)])
    first = run_to_end(documents, documents.collection("Office"))
    embedder = Embedder(embedder_file, "tiny-embed-F32")
    try:
        collection = documents.set_embedding(documents.collection("Office"), "tiny-embed-F32",
                                             str(embedder_file), embedder.load())
        assert documents.count_without_vectors(collection) == first.chunks
        again = run_to_end(documents, collection, embedder)
        assert (again.indexed, again.embedded) == (0, first.chunks)
        assert vector_count(store, collection.id) == chunk_count(store, collection.id)
    finally:
        embedder.close()


@needs_llama
def test_docs_add_and_list_say_when_the_embedding_model_is_missing(
        chatapp_home: Path, tmp_path: Path, embedder_file: Path) -> None:
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    model = models / "tiny-embed-F32.gguf"
    shutil.copy(embedder_file, model)
    folder = corpus(tmp_path / "docs2")
    made = cli("docs", "add", "Vec", str(folder), "--embed", "tiny-embed-F32")
    assert made.returncode == 0, made.stderr
    aside = model.rename(tmp_path / "aside.gguf")
    (folder / "drill.txt").write_text("The fire drill is on Friday.", encoding="utf-8")
    added = cli("docs", "add", "Vec")
    assert added.returncode == 0, added.stderr
    assert added.stderr.splitlines() == [
        "The embedding model tiny-embed-F32.gguf of Vec is missing: new text is indexed for "
        "word search only. Put the model back and index again to add the missing vectors."]
    assert "Vec: 1 file indexed, 3 unchanged" in added.stdout
    listed = cli("docs", "list").stdout
    assert "search: words only (its embedding model tiny-embed-F32.gguf is missing)" in listed
    searched = cli("docs", "search", "Vec", "fire drill")  # said where it is searched too
    assert searched.returncode == 0 and searched.stdout.startswith("[1] ")
    assert searched.stderr.splitlines() == [
        "Vec was searched by words only: its embedding model tiny-embed-F32.gguf is missing."]
    aside.rename(model)
    assert cli("docs", "search", "Vec", "fire drill").stderr == ""
    listed = cli("docs", "list").stdout
    assert "search: words + vectors (tiny-embed-F32.gguf)" in listed
    assert "1 chunk has no vector yet: chatapp docs add Vec adds it" in listed
    again = cli("docs", "add", "Vec")
    assert again.returncode == 0 and again.stderr == ""
    assert "0 files indexed, 4 unchanged" in again.stdout
    assert "Added vectors to 1 chunk that had none." in again.stdout
    assert "no vector" not in cli("docs", "list").stdout
    store = Store(chatapp_home / "data" / "chatapp.db")
    try:
        collection = Documents(store).collection("Vec")
        assert Documents(store).count_without_vectors(collection) == 0
        assert vector_count(store, collection.id) == chunk_count(store, collection.id) > 4
    finally:
        store.close()
    found = json.loads(cli("docs", "search", "Vec", "fire drill", "--json").stdout)
    assert found["mode"] == "hybrid"


# 2. paths: resolved, nested, gone from disk, taken out


def test_paths_are_resolved_and_one_inside_a_root_adds_nothing(store: Store,
                                                               tmp_path: Path) -> None:
    office = tmp_path.resolve() / "office"
    office.mkdir()
    folder = corpus(office / "docs")
    (folder / "sub").mkdir()
    (folder / "sub" / "menu.txt").write_text("Soup at noon.", encoding="utf-8")
    (tmp_path / "link").symlink_to(folder)
    documents = Documents(store)
    collection = documents.create("Office")
    assert documents.add_roots(collection.id, [str(folder)]) == []
    covered = documents.add_roots(collection.id, [
        f"{folder}/../docs", str(folder / "sub"), str(folder / "office.md"),
        str(tmp_path / "link"), f"{folder}/./"])
    assert covered == [(str(folder), str(folder)), (str(folder / "sub"), str(folder)),
                       (str(folder / "office.md"), str(folder)), (str(folder), str(folder)),
                       (str(folder), str(folder))]
    assert documents.collection("Office").roots == [str(folder)]
    progress = run_to_end(documents, documents.collection("Office"))
    assert (progress.indexed, progress.failed) == (4, 0)
    # a folder around the root takes its place; its files are not read twice
    assert documents.add_roots(collection.id, [str(office)]) == []
    assert documents.collection("Office").roots == [str(office)]
    again = run_to_end(documents, documents.collection("Office"))
    assert (again.indexed, again.unchanged, again.removed) == (0, 4, 0)


def test_a_collection_removed_while_it_is_indexed_ends_the_indexing_in_one_line(
        store: Store, tmp_path: Path) -> None:
    from chatapp.docs.indexer import index_collection
    from chatapp.store.documents import REMOVED_WHILE

    folder = corpus(tmp_path.resolve() / "docs")
    documents = Documents(store)
    collection = documents.create("Office")
    documents.add_roots(collection.id, [str(folder)])
    steps = index_collection(documents, documents.collection("Office"))
    next(steps)
    other = Store(store.path)  # another window, or `chatapp docs rm`
    Documents(other).remove(Documents(other).collection("Office"))
    other.close()
    with pytest.raises(UserError) as removed:  # was: IntegrityError, "unexpected"
        for _ in steps:
            pass
    assert removed.value.template == REMOVED_WHILE
    assert str(removed.value) == ("The collection Office was removed while it was being "
                                  "indexed: nothing more of it is kept.")
    assert store.integrity_check() == "ok"
    assert store.db.execute("SELECT count(*) FROM doc_chunks").fetchone()[0] == 0


def test_paths_stored_as_typed_before_are_read_once(store: Store, tmp_path: Path) -> None:
    folder = corpus(tmp_path.resolve() / "docs")
    documents = Documents(store)
    collection = documents.create("Office")
    with store._tx() as db:  # as an older version stored them: as typed
        for path in (str(folder), f"{folder}/../docs"):
            db.execute("INSERT INTO doc_roots (collection_id, path) VALUES (?, ?)",
                       [collection.id, path])
    progress = run_to_end(documents, documents.collection("Office"))
    assert progress.indexed == 3
    assert sorted(f.path for f in documents.files(collection.id)) == sorted(
        str(folder / name) for name in ("kantor.txt", "office.md", "rules.pdf"))


@needs_llama
def test_a_file_or_folder_taken_out_leaves_with_its_chunks_and_vectors(
        store: Store, tmp_path: Path, embedder_file: Path) -> None:
    folder = tmp_path.resolve() / "notes"
    (folder / "sub").mkdir(parents=True)
    texts = {"a.txt": "Alpha notes.", "b.txt": "Beta notes.", "sub/c.txt": "Gamma notes.",
             "sub/d.txt": "Delta notes."}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    documents = Documents(store)
    embedder = Embedder(embedder_file, "tiny-embed-F32")
    try:
        collection = with_vectors(documents, "Notes", embedder, embedder_file, folder)
        assert run_to_end(documents, collection, embedder).indexed == 4
        assert vector_count(store, collection.id) == 4

        def names() -> list[str]:
            return sorted(str(Path(f.path).relative_to(folder))
                          for f in documents.files(collection.id))

        assert documents.remove_path(collection, str(folder / "a.txt")).indexed == 1
        assert names() == ["b.txt", "sub/c.txt", "sub/d.txt"]
        assert chunk_count(store, collection.id) == vector_count(store, collection.id) == 3
        assert documents.collection("Notes").left_out == [str(folder / "a.txt")]
        # the next indexing leaves it out too
        again = run_to_end(documents, documents.collection("Notes"), embedder)
        assert (again.indexed, again.unchanged, again.total) == (0, 3, 3)
        assert documents.remove_path(collection, str(folder / "sub")).indexed == 2
        assert names() == ["b.txt"]
        assert run_to_end(documents, documents.collection("Notes"), embedder).total == 1
        assert documents.search_words([collection.id], "gamma") == []
        # added again, it is in again
        assert documents.add_roots(collection.id, [str(folder / "sub")]) == []
        assert run_to_end(documents, documents.collection("Notes"), embedder).indexed == 2
        assert documents.collection("Notes").left_out == [str(folder / "a.txt")]
        # the root itself: all of it goes, and what was left out inside it is forgotten
        assert documents.remove_path(collection, str(folder)).indexed == 3
        emptied = documents.collection("Notes")
        assert (emptied.roots, emptied.left_out, emptied.files) == ([], [], 0)
        assert chunk_count(store, collection.id) == vector_count(store, collection.id) == 0
        with pytest.raises(UserError) as caught:
            documents.remove_path(collection, str(tmp_path / "elsewhere"))
        assert caught.value.template == NOT_IN_COLLECTION
        # inside a root, a path that is neither indexed nor on disk (a typing slip) is not
        # remembered as left out
        documents.add_roots(collection.id, [str(folder)])
        with pytest.raises(UserError) as caught:
            documents.remove_path(collection, str(folder / "nothere.txt"))
        assert caught.value.template == NOT_IN_COLLECTION
        assert documents.collection("Notes").left_out == []
    finally:
        embedder.close()


def test_docs_add_resolves_paths_and_docs_rm_takes_one_file_out(chatapp_home: Path,
                                                              tmp_path: Path) -> None:
    folder = corpus(tmp_path.resolve() / "docs")
    assert cli("docs", "add", "Office", str(folder)).returncode == 0
    again = cli("docs", "add", "Office", f"{folder}/../docs")
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0] == (
        f"{folder} is already in Office: what changed in it is indexed.")
    inner = cli("docs", "add", "Office", str(folder / "office.md"))  # inside a folder of it
    assert inner.stdout.splitlines()[0] == (
        f"{folder / 'office.md'} is already in Office (through {folder}): nothing new was "
        "added.")
    assert "0 files indexed, 3 unchanged" in again.stdout
    listed = cli("docs", "list").stdout
    assert listed.count(str(folder)) == 1 and "Office  3 files" in listed
    taken = cli("docs", "rm", "Office", str(folder / "office.md"))
    assert taken.returncode == 0, taken.stderr
    assert taken.stdout.strip() == (
        f"Took {folder / 'office.md'} out of Office: 1 file left the index (your files were "
        "not touched).")
    assert (folder / "office.md").exists()
    nothing = cli("docs", "search", "Office", "parking bakery")
    assert (nothing.stdout, nothing.stderr.strip()) == ("", "Nothing found.")
    listed = cli("docs", "list").stdout
    assert "Office  2 files" in listed and f"left out: {folder / 'office.md'}" in listed
    assert "0 files indexed, 2 unchanged" in cli("docs", "add", "Office").stdout
    elsewhere = tmp_path / "elsewhere.txt"
    refused = cli("docs", "rm", "Office", str(elsewhere))
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        f"chatapp: {elsewhere} is not in the collection Office: nothing was removed.")


def test_a_folder_deleted_from_disk_is_reported_and_can_be_taken_out(chatapp_home: Path,
                                                                    tmp_path: Path) -> None:
    folder = corpus(tmp_path.resolve() / "docs")
    extra = tmp_path.resolve() / "extra.txt"
    extra.write_text("Tea is at four.", encoding="utf-8")
    assert cli("docs", "add", "Office", str(folder), str(extra)).returncode == 0
    shutil.rmtree(folder)
    for _ in range(2):  # every time, until it is taken out: not a failure
        again = cli("docs", "add", "Office")
        assert again.returncode == 0, again.stderr
        assert again.stderr.splitlines() == [
            f"{folder} is no longer there, so what it held left the index. To take it out of "
            f"Office: chatapp docs rm Office {folder}"]
        assert "0 failed" in again.stdout and "1 unchanged" in again.stdout
    assert f"{folder} (no longer there)" in cli("docs", "list").stdout
    taken = cli("docs", "rm", "Office", str(folder))
    assert taken.returncode == 0, taken.stderr
    assert taken.stdout.startswith(f"Took {folder} out of Office: 0 files left the index")
    after = cli("docs", "add", "Office")
    assert after.returncode == 0 and after.stderr == ""
    assert str(folder) not in cli("docs", "list").stdout
    # a link to nothing, given to add: refused as a path that is not there (was: a new
    # collection of nothing, and "no longer there" said of the link's target)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    dangling = cli("docs", "add", "Links", str(tmp_path / "dangling.txt"))
    assert dangling.returncode == 1
    assert dangling.stderr.strip() == f"chatapp: {tmp_path.resolve()}/nowhere.txt does not exist."
    assert "Links" not in cli("docs", "list").stdout


@needs_llama
def test_the_dialog_lists_a_collection_and_takes_a_file_or_a_gone_folder_out(
        qtbot, roomy_home: Path, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox
    from test_window import close_window, open_window
    from test_window_failures import answer_box

    from chatapp.ui.docs_dialog import DocumentsDialog

    folder = tmp_path.resolve() / "notes"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(f"Notes {name}.", encoding="utf-8")
    old = tmp_path.resolve() / "old"
    old.mkdir()
    (old / "c.txt").write_text("Old notes.", encoding="utf-8")
    window = open_window(qtbot)
    try:
        documents = window.docs.documents
        notes = documents.create("Notes")
        documents.add_roots(notes.id, [str(folder), str(old)])
        run_to_end(documents, documents.collection("Notes"))
        shutil.rmtree(old)
        dialog = DocumentsDialog(window.docs, window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.list.setCurrentRow(0)
        contents = dialog.contents
        assert [contents.topLevelItem(i).text(0) for i in range(contents.topLevelItemCount())
                ] == [str(folder), f"{old} (no longer there)"]
        assert (f"{old} is no longer there: select it below and take it out of the "
                "collection.") in dialog.problems.text().splitlines()
        assert not dialog.take_out_button.isEnabled()  # nothing chosen yet
        dialog.layout().activate()
        buttons_at = dialog.new_button.mapTo(dialog, dialog.new_button.rect().topLeft())
        top = contents.topLevelItem(0)
        top.setExpanded(True)
        assert [top.child(i).text(0) for i in range(top.childCount())] == [
            "a.txt · 1 chunk", "b.txt · 1 chunk"]  # (was: no count)
        contents.setCurrentItem(top.child(0))
        seen: list[str] = []
        answer_box(QMessageBox.StandardButton.Yes, seen)
        dialog.take_out_button.click()
        assert seen[0] == (f"Take {folder / 'a.txt'} out of the collection Notes? Its text "
                           "leaves the index; your files are not touched.")
        # c.txt leaves with its folder (or at the next indexing)
        assert [Path(f.path).name for f in documents.files(notes.id)] == ["b.txt", "c.txt"]
        shown = [contents.topLevelItem(i).text(0) for i in range(contents.topLevelItemCount())]
        assert f"{folder / 'a.txt'} (taken out: adding it again puts it back)" in shown
        assert (folder / "a.txt").exists()
        gone = next(contents.topLevelItem(i) for i in range(contents.topLevelItemCount())
                    if "no longer there" in contents.topLevelItem(i).text(0))
        contents.setCurrentItem(gone)
        answer_box(QMessageBox.StandardButton.Yes, seen)
        dialog.take_out_button.click()
        assert documents.collection("Notes").roots == [str(folder)]
        assert [Path(f.path).name for f in documents.files(notes.id)] == ["b.txt"]
        assert "no longer there" not in dialog.problems.text()
        assert contents.topLevelItemCount() == 2  # the folder, and a.txt taken out of it
        dialog.layout().activate()  # the lines above the file list changed: the buttons stay
        assert dialog.new_button.mapTo(dialog, dialog.new_button.rect().topLeft()) == buttons_at
        dialog.reject()
    finally:
        close_window(window)


@needs_llama
def test_indexing_without_the_embedding_model_says_so_in_the_dialog(qtbot, roomy_home: Path,
                                                                   tmp_path: Path) -> None:
    from test_window import close_window, open_window

    from chatapp.ui.docs_dialog import DocumentsDialog

    note = tmp_path / "note.txt"
    note.write_text("The fire drill is on Friday.", encoding="utf-8")
    window = open_window(qtbot)
    try:
        documents = window.docs.documents
        missing = tmp_path / "tiny-embed-F32.gguf"  # the model's file, moved away
        vec = documents.set_embedding(documents.create("Vec"), "tiny-embed-F32",
                                      str(missing), 64)
        dialog = DocumentsDialog(window.docs, window)
        qtbot.addWidget(dialog)
        dialog.show()
        window.docs.add_paths([str(note)], vec)
        qtbot.waitUntil(lambda: window.docs.runner is None, timeout=30000)
        said = ("The embedding model tiny-embed-F32.gguf of Vec is missing: new text is "
                "indexed for word search only. Put the model back and index again to add the "
                "missing vectors.")
        assert dialog.status.text() == "Vec: 1 file indexed.\n" + said
        # the bar's line is the first one; the rest on hover and under Details… (was: all of
        # it on one line, cut at the bar's end)
        assert window.statusBar().currentMessage() == "Vec: 1 file indexed."
        assert said in window.statusBar().toolTip() and window.docs.details_button.isVisible()
        assert dialog.list.item(0).text() == (
            "Vec — 1 file, 1 chunk, searched by words only (its embedding model is missing)")
        dialog.list.setCurrentRow(0)
        assert "Its embedding model tiny-embed-F32.gguf is missing" in dialog.problems.text()
        assert documents.count_without_vectors(documents.collection("Vec")) == 1
        window.docs.index(documents.collection("Vec"))  # Update: nothing changed since
        qtbot.waitUntil(lambda: window.docs.runner is None, timeout=30000)
        assert dialog.status.text().split("\n")[0] == "Vec: 0 files indexed; 1 unchanged."
        dialog.reject()
    finally:
        close_window(window)


# 3. function words; collections on their own


def office(folder: Path) -> Path:
    """Four short office documents in English, one each in Indonesian, Malay and Filipino."""
    corpus(folder)
    (folder / "menu.html").write_text(
        "<h1>Menu</h1><p>Soup is served at noon. Coffee is free for everyone.</p>",
        encoding="utf-8")
    (folder / "parkir.txt").write_text("Tempat letak kereta ada di belakang kedai roti yang "
                                       "besar.", encoding="utf-8")
    (folder / "paalala.txt").write_text("Ang kape ay libre para sa lahat ng empleyado.",
                                        encoding="utf-8")
    (folder / "opisina.txt").write_text("Bukas ang opisina tuwing Lunes.", encoding="utf-8")
    return folder


def names_of(found) -> list[str]:
    return [Path(h.path).name for h in found.hits]


def test_function_words_never_make_a_passage_match(store: Store, tmp_path: Path) -> None:
    documents = Documents(store)
    collection = documents.create("Office")
    documents.add_roots(collection.id, [str(office(tmp_path / "docs"))])
    assert run_to_end(documents, documents.collection("Office")).indexed == 7
    retriever = Retriever(store)
    collection = documents.collection("Office")
    assert names_of(retriever.search([collection], "where is parking")) == ["office.md"]
    assert names_of(retriever.search([collection], "Is the coffee free?")) == ["menu.html"]
    assert sorted(names_of(retriever.search([collection], "Di mana ada kantor yang besar?"))
                  ) == ["kantor.txt", "parkir.txt"]
    assert names_of(retriever.search([collection], "Saan ang opisina?")) == ["opisina.txt"]
    assert names_of(retriever.search([collection], "Bila kedai itu dibuka?")) == [
        "parkir.txt"]
    for nothing in ("where is it?", "Apa itu?", "Ano ang mga ito?", "and then?"):
        assert retriever.search([collection], nothing).hits == [], nothing


def test_a_collections_results_do_not_depend_on_other_collections(store: Store,
                                                                  tmp_path: Path) -> None:
    documents = Documents(store)
    collection = documents.create("Office")
    documents.add_roots(collection.id, [str(office(tmp_path / "docs"))])
    run_to_end(documents, documents.collection("Office"))
    retriever = Retriever(store)
    questions = ["where is parking", "smoking dogs coffee", "Is the coffee free?",
                 "office opens morning parking"]

    def answers() -> list[list[tuple[str, int | None]]]:
        office_collection = documents.collection("Office")
        return [[(Path(h.path).name, h.page) for h in retriever.search(
            [office_collection], q).hits] for q in questions]

    alone = answers()
    # another collection, larger, full of the same words
    other = tmp_path / "other"
    other.mkdir()
    for n in range(80):
        (other / f"{n}.txt").write_text(f"Coffee note {n}: coffee and parking is where the "
                                        "coffee is. Dogs like coffee.", encoding="utf-8")
    big = documents.create("Big")
    documents.add_roots(big.id, [str(other)])
    run_to_end(documents, documents.collection("Big"))
    assert answers() == alone
    assert alone[0] == [("office.md", None)]


# 4. what a search prints


def test_docs_search_shows_the_text_around_the_match_and_no_scores(chatapp_home: Path,
                                                                  tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    filler = " ".join(f"Line {n} of the house rules says nothing about keys." for n in range(10))
    (folder / "rules.txt").write_text(filler + " The spare key is under the blue pot by the "
                                      "door. " + filler[:200], encoding="utf-8")
    assert cli("docs", "add", "Home", str(folder)).returncode == 0
    found = cli("docs", "search", "Home", "Where is the spare key?")
    assert found.returncode == 0, found.stderr
    head, preview = found.stdout.splitlines()[:2]
    assert head == "[1] rules.txt"
    assert "The spare key is under the blue pot by the door." in preview
    assert preview.startswith("    …") and len(preview) <= 4 + 302


def test_an_excerpt_is_cut_at_words_around_the_question_s_words() -> None:
    text = ("Intro words here. " * 40 + "Visitors park behind the bakery on weekdays. "
            + "Closing words there. " * 40)
    shown = excerpt(text, "Where do visitors park?", 120)
    assert "Visitors park behind the bakery" in shown
    assert shown.startswith("…") and shown.endswith("…") and len(shown) <= 122
    assert shown[1:].split()[0] in ("Intro", "words", "here.", "Visitors")
    assert excerpt(text, "nothing matches", 60).startswith("Intro words here.")
    assert excerpt("Short text.", "short", 60) == "Short text."


# 5. grouped citations


def test_grouped_citations_link_each_real_source(qtbot) -> None:
    from chatapp.ui.app import make_application
    from chatapp.ui.markdown_view import MarkdownView

    make_application()
    view = MarkdownView()
    qtbot.addWidget(view)
    view.set_content("Parking [1, 2], hours [1,2], both [1][2], odd [2; 9] [9], a list [3].")
    view.set_citations(2)
    html = view.document().toHtml()
    linked = re.findall(r'<a href="chatapp-source:(\d+)"><span[^>]*>([^<]*)</span></a>', html)
    assert linked == [("1", "1"), ("2", "2"), ("1", "1"), ("2", "2"), ("1", "[1]"),
                      ("2", "[2]"), ("2", "2")]
    assert view.plain_text().strip() == (
        "Parking [1, 2], hours [1,2], both [1][2], odd [2; 9] [9], a list [3].")


# 6. long source names under an answer


@needs_llama
def test_a_long_source_name_is_cut_and_the_window_keeps_its_width(qtbot, roomy_home: Path,
                                                                  tmp_path: Path) -> None:
    from test_docs_window import settle
    from test_window import close_window, open_window, type_and_send

    from chatapp.ui.sources_view import SourcesList

    name = ("Quarterly-parking-delivery-and-visitor-rules-for-the-north-building-annex-"
            "2024-final-v2b-approved.md")
    assert len(name) == 100
    heading = "Parking for visitors, staff, delivery vans and contractors"
    guide = tmp_path / name
    guide.write_text(f"# {heading}\n\nParking is behind the bakery; see "
                     + "https://example.org/" + "x" * 300 + "\n", encoding="utf-8")
    window = open_window(qtbot, max_tokens=4)
    try:
        window.resize(1024, 700)
        documents = window.docs.documents
        office = documents.create("Office")
        documents.add_roots(office.id, [str(guide)])
        run_to_end(documents, documents.collection("Office"))
        window.docs.attach([office.id])
        qtbot.wait(100)  # the layouts take in the Documents button's new text
        before = window.minimumSizeHint().width()
        type_and_send(qtbot, window, "Where is parking?")
        qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
        sources = window.chat_view.bubbles[-1].findChild(SourcesList, "sourcesList")
        (row,) = sources.rows
        row.toggle.click()  # the source's text too, with its long link
        qtbot.waitUntil(row.text.isVisible)
        assert window.minimumSizeHint().width() <= min(before, 1024)
        # nothing of the answer is cut off at the right
        view = window.chat_view
        qtbot.wait(100)
        assert view.widget().width() <= view.viewport().width()
        assert view.widget().minimumSizeHint().width() <= view.viewport().width()
        assert row.toggle.text() == f"[1] {name} — {heading}"
        assert row.toggle.shown_text().endswith("…")
        assert f"{name} — {heading}" in row.toggle.toolTip()
        assert name in row.toggle.accessibleName()
        settle(qtbot, window)
    finally:
        close_window(window)


# 7. the blank line before the sources


@pytest.fixture
def home(roomy_home: Path) -> Path:
    return roomy_home


@needs_llama
def test_chat_with_docs_sets_the_sources_off_with_a_blank_line(home: Path,
                                                               tmp_path: Path) -> None:
    assert cli("docs", "add", "office", str(corpus(tmp_path / "docs"))).returncode == 0
    answered = cli("chat", "--docs", "office", "--max-tokens", "3", "--seed", "1",
                   "Where is parking?")
    assert answered.returncode == 0, answered.stderr
    answer, sources = answered.stdout.split("Sources:\n", 1)
    assert answer.endswith("\n\n")
    assert sources.splitlines()[0] == "[1] office.md — Parking"
    unmatched = cli("chat", "--docs", "office", "--max-tokens", "3", "--seed", "1", "Hello")
    assert unmatched.returncode == 0, unmatched.stderr
    assert "\n\nNothing in office matched this question.\n" in unmatched.stdout
    # a model whose context leaves no room for sources says so, not "nothing matched"
    from gguf_factory import write_tiny_llama

    write_tiny_llama(home / "data" / "models" / "short-F32.gguf", ctx=256)
    cramped = cli("chat", "--docs", "office", "-m", "short-F32", "--max-tokens", "3",
                  "--seed", "1", "Where is parking?")
    assert cramped.returncode == 0, cramped.stderr
    assert "Passages of office matched this question, but this model's context leaves no " \
        "room for them" in cramped.stdout
    # and the window says so of the stored answer, not only while it is made
    from chatapp.ui.app import make_application
    from chatapp.ui.sources_view import SourcesList

    store = Store(home / "data" / "chatapp.db")
    try:
        last = max((m for c in store.conversations() for m in store.messages(c.id)),
                   key=lambda m: m.id)
        stored = Documents(store).retrieval_of(last)
        assert stored is not None and not stored.sources and stored.found > 0
        make_application()
        shown = SourcesList()
        shown.show_retrieval(stored)
        assert shown.title.text().startswith("Passages of office matched this question, but")
        shown.deleteLater()
    finally:
        store.close()
    # room for some of them: the ones left out are counted under the sources
    write_tiny_llama(home / "data" / "models" / "some-F32.gguf", ctx=768)
    some = cli("chat", "--docs", "office", "-m", "some-F32", "--max-tokens", "2", "--seed", "1",
               "office opens parking dogs smoking")
    assert some.returncode == 0, some.stderr
    listed = some.stdout.split("Sources:\n", 1)[1].splitlines()
    assert listed[0].startswith("[1] ") and listed[-1].endswith(
        "more passages matched the question, with no room left for them in this model's "
        "context.")


# 8. reasons of our own for damaged files


def zip_without_word(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "not a Word document")
    return path


@pytest.mark.parametrize(("name", "make", "reason"), [
    ("cut.pdf", lambda p: p.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4), PDF_DAMAGED),
    ("half.pdf", lambda p: p.write_bytes(pdf_bytes(["Dogs", "Cats"])[:300]), PDF_DAMAGED),
    ("loop.pdf", lambda p: write_pdf(p, ["x"], loop=True), PDF_CYCLIC),
    ("random.docx", lambda p: p.write_bytes(os.urandom(3000)), NOT_DOCX),
    ("text.docx", lambda p: p.write_text("just text", encoding="utf-8"), NOT_DOCX),
    ("other.docx", zip_without_word, NOT_DOCX),
    ("cut.docx", lambda p: p.write_bytes(zip_without_word(p).read_bytes()[:60]),
     DOCX_DAMAGED),
])
def test_damaged_documents_get_a_reason_of_our_own(tmp_path: Path, caplog, name: str, make,
                                                   reason: str) -> None:
    path = tmp_path / name
    make(path)
    with caplog.at_level("WARNING", logger="chatapp.docs.extract"), \
            pytest.raises(DocumentError) as caught:
        extract(path)
    error = caught.value
    assert error.template == DAMAGED and isinstance(error.params["reason"], UserError)
    assert error.params["reason"].template == reason
    assert str(error) == f"{name} could not be read: {reason}."
    library = [r.getMessage() for r in caplog.records if r.name == "chatapp.docs.extract"]
    assert len(library) == 1 and name in library[0]
    for english in ("Stream has ended", "zip file", "cyclic", "There is no item"):
        assert english not in str(error)


def test_the_collections_size_for_ranking_follows_every_write(store: Store,
                                                              tmp_path: Path) -> None:
    from chatapp.docs.chunking import Chunk

    documents = Documents(store)
    collection = documents.create("Notes")
    documents.save_file(collection, "/n/a.txt", 1, 1, "a", [Chunk(0, "red fox", "", None, 2)],
                        None)
    assert documents._size([collection.id]) == (1, 2)
    documents.save_file(collection, "/n/b.txt", 1, 1, "b",
                        [Chunk(0, "blue fox runs", "", None, 3)], None)
    assert documents._size([collection.id]) == (2, 5)  # this connection wrote
    other = Store(store.path)  # another process's connection writes
    try:
        Documents(other).save_file(collection, "/n/c.txt", 1, 1, "c",
                                   [Chunk(0, "grey fox", "", None, 2)], None)
    finally:
        other.close()
    assert documents._size([collection.id]) == (3, 7)
    assert [i for i, _ in documents.search_words([collection.id], "fox")]  # all three


def test_a_file_changed_or_deleted_after_indexing_is_never_quoted_as_it_was(
        store: Store, tmp_path: Path) -> None:
    """Asking a collection brings it up to date first: a changed file's new text is found
    and its old text is not; a deleted file's text is gone; a new file is found; unchanged
    files are not read."""
    from chatapp.docs.retrieval import retrieve_for

    folder = tmp_path / "docs"
    folder.mkdir()
    parking = folder / "parking.md"
    parking.write_text("# Parking\n\nThe gate code is 4417.\n", encoding="utf-8")
    travel = folder / "travel.txt"
    travel.write_text("Business class is allowed on flights over six hours.\n",
                      encoding="utf-8")
    documents = Documents(store)
    collection = documents.create("Office")
    documents.add_roots(collection.id, [str(folder)])
    assert run_to_end(documents, documents.collection("Office")).indexed == 2
    retriever = Retriever(store)
    try:
        ask = [{"role": "user", "content": "What is the gate code?"}]
        _, found = retrieve_for(retriever, ["Office"], ask, 4096)
        assert "4417" in found.sources[0].text
        parking.write_text("# Parking\n\nThe gate code changed to 9921 in May.\n",
                           encoding="utf-8")
        os.utime(parking, ns=(1, 1))  # (a change within the same clock tick shows too)
        _, found = retrieve_for(retriever, ["Office"], ask, 4096)
        assert [s.text for s in found.sources] == ["The gate code changed to 9921 in May."]
        travel.unlink()
        _, found = retrieve_for(retriever, ["Office"], [
            {"role": "user", "content": "Is business class allowed?"}], 4096)
        assert not any("Business" in s.text for s in found.sources)
        assert [f.path for f in documents.files(collection.id)] == [str(parking)]
        assert not run_to_end(documents, documents.collection("Office")).indexed  # up to date
        # a file put into the folder is found by the next question
        (folder / "lunch.txt").write_text("Lunch is served at 12:30 in the canteen.\n",
                                          encoding="utf-8")
        _, found = retrieve_for(retriever, ["Office"], [
            {"role": "user", "content": "When is lunch served?"}], 4096)
        assert any("12:30" in s.text for s in found.sources)
        assert not run_to_end(documents, documents.collection("Office")).indexed
    finally:
        retriever.close()


def test_a_collection_another_program_indexes_is_waited_for_not_indexed_twice(
        tmp_path: Path, chatapp_home: Path) -> None:
    """`docs add` of a collection another chatapp is indexing (its lock file held) says so
    and waits, then finds the files indexed (was: both read and embedded every file);
    meanwhile an answer takes the collection as it is, as for the window's own indexing."""
    import subprocess
    import sys

    from filelock import FileLock

    from chatapp.docs.indexer import being_indexed
    from chatapp.paths import app_paths

    notes = tmp_path / "notes.txt"
    notes.write_text("The ferry leaves at nine.", encoding="utf-8")
    assert cli("docs", "add", "Office", str(notes)).returncode == 0
    paths = app_paths()
    store = Store(paths.database)
    try:
        documents = Documents(store)
        office = documents.collection("Office")
        held = FileLock(paths.database.parent / "locks" / f"collection-{office.id}.lock")
        held.acquire()  # (as another chatapp indexing it holds it)
        try:
            assert being_indexed(office, documents) and not being_indexed(office)
            (tmp_path / "more.txt").write_text("The bus leaves at ten.", encoding="utf-8")
            waiting = subprocess.Popen(
                [sys.executable, "-m", "chatapp", "docs", "add", "Office",
                 str(tmp_path / "more.txt")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True, env=os.environ.copy())
            said = waiting.stderr.readline()
            assert said.strip() == ("Another chatapp is indexing Office: waiting for it to end "
                                    "(Ctrl+C stops)."), said
            assert waiting.poll() is None  # it waits
        finally:
            held.release()
        out, _err = waiting.communicate(timeout=120)
        assert waiting.returncode == 0 and "1 file indexed, 1 unchanged" in out, out
        assert not being_indexed(office, documents)
    finally:
        store.close()
