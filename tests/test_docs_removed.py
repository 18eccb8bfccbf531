"""What is removed from document collections is gone from the disk: no word of a removed
collection or file left in the database file or its -wal (a real SQLite file read byte by
byte), and no lock file of a removed collection left beside it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from chatapp.docs.indexer import run_to_end
from chatapp.docs.retrieval import Retriever
from chatapp.store import Store
from chatapp.store.documents import Documents

SECRET = "docsecretzanzibar3141"
KEPT = "keptwordmarrakesh"


def files_hold(database: Path, word: str) -> list[str]:
    """The names of the database's files (main, -wal) whose bytes hold word (any case)."""
    return [p.name for p in (database, database.with_name(database.name + "-wal"))
            if p.exists() and word.encode() in p.read_bytes().lower()]


@pytest.fixture
def indexed(tmp_path: Path) -> tuple[Store, Documents, Path]:
    """A collection PrivColl of two files, one with SECRET, one with KEPT, indexed."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notes.md").write_text(
        f"# Notes\n\nPatient {SECRET} has an appointment on Tuesday.\n" * 3, encoding="utf-8")
    (folder / "other.md").write_text(f"Keep this: {KEPT}.\n", encoding="utf-8")
    store = Store(tmp_path / "chat.db")
    documents = Documents(store)
    collection = documents.create("PrivColl")
    documents.add_roots(collection.id, [str(folder)])
    run_to_end(documents, documents.collection("PrivColl"))
    assert files_hold(store.path, SECRET)  # (there before)
    yield store, documents, folder
    store.close()


def test_a_removed_collection_leaves_no_word_in_the_database_files(
        indexed: tuple[Store, Documents, Path]) -> None:
    """was: every word of the collection's files stayed in the full-text index's segments
    (doc_chunks_fts_data) after removal and restarts, and in the -wal right after it."""
    store, documents, _folder = indexed
    documents.remove(documents.collection("PrivColl"))
    assert files_hold(store.path, SECRET) == []  # right after, the app still open
    assert files_hold(store.path, KEPT) == []
    store.close()
    assert files_hold(store.path, SECRET) == []


def test_a_file_taken_out_or_changed_or_deleted_leaves_no_word_of_it(
        indexed: tuple[Store, Documents, Path]) -> None:
    """was: the words of a file taken out of a collection, of a file's earlier version and of
    a file deleted on disk stayed in the full-text index's segments and the -wal."""
    store, documents, folder = indexed
    documents.remove_path(documents.collection("PrivColl"), str(folder / "notes.md"))
    assert files_hold(store.path, SECRET) == []
    found = Retriever(store).search([documents.collection("PrivColl")], KEPT).hits
    assert [Path(h.path).name for h in found] == ["other.md"]  # the other file stays
    # a file changed on disk: its earlier words go when it is indexed again
    other = folder / "other.md"
    other.write_text("Now about something else entirely.\n", encoding="utf-8")
    os.utime(other, ns=(time.time_ns(), time.time_ns() + 10**9))
    progress = run_to_end(documents, documents.collection("PrivColl"))
    assert progress.indexed == 1
    assert files_hold(store.path, KEPT) == []
    # a file deleted on disk: its words go when the collection is indexed again
    (folder / "third.md").write_text("Third holds quetzalcoatlword.\n", encoding="utf-8")
    run_to_end(documents, documents.collection("PrivColl"))
    assert files_hold(store.path, "quetzalcoatlword")
    (folder / "third.md").unlink()
    assert run_to_end(documents, documents.collection("PrivColl")).removed == 1
    assert files_hold(store.path, "quetzalcoatlword") == []
    store.close()
    assert files_hold(store.path, SECRET) == files_hold(store.path, KEPT) == []


def test_a_removed_collection_takes_its_lock_file_along(
        indexed: tuple[Store, Documents, Path]) -> None:
    """was: locks/collection-N.lock stayed beside the database after its collection was
    removed."""
    store, documents, _folder = indexed
    collection = documents.collection("PrivColl")
    locks = store.path.parent / "locks"
    assert [p.name for p in locks.iterdir()] == [f"collection-{collection.id}.lock"]
    documents.remove(collection)
    assert list(locks.iterdir()) == []
