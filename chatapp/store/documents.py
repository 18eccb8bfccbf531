"""Document collections in the conversation database: collections, their files and chunks,
full-text search (FTS5, BM25) and vector search (sqlite-vec, one table per collection:
doc_search), the collections attached to conversations, and what each answer retrieved.

A collection's paths are stored resolved (absolute, without "..", links followed): the files
and folders it takes in, and, marked with a leading LEFT_OUT, files and folders inside
those that were taken out of it. A path inside another of the collection's adds nothing.

A file's chunks (and vectors) are replaced in one transaction, so a search never sees half
of a file, and indexing that stops (a crash, a kill) leaves every file whole or as before.
A large file's chunks are first written in slices that searches do not see (each its own
short transaction, so the window's own reads and writes wait at most for one slice), then
made live in that one transaction.

What removes document text (a collection, a file taken out, gone or indexed again) leaves
no word of it in the database file or its -wal: freed pages are zeroed (secure_delete), the
word index merged (CHUNKS_OPTIMIZE) and the log folded in (Store.checkpoint) after it.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.store.doc_records import (
    Collection,
    DocFile,
    Removal,
    Retrieval,
    Source,
    lock_file,
    write_retrieval,
)
from chatapp.store.doc_search import CHUNKS_OPTIMIZE, DocumentSearch, pack, pieces_of, vec_table
from chatapp.store.records import IN_IDS, Message, json_ids
from chatapp.store.repository import Store
from chatapp.store.vectors import vectors_available

# Marks a stored path as taken out of the collection (a file or folder inside its roots).
LEFT_OUT = "-"
# Chunks written per transaction when a file has more (they go live together at the end).
SLICE_CHUNKS = 250

NO_COLLECTION = QT_TRANSLATE_NOOP("errors", "There is no document collection named {name}.")
REMOVED_WHILE = QT_TRANSLATE_NOOP(
    "errors", "The collection {name} was removed while it was being indexed: nothing more "
    "of it is kept.")
NAME_TAKEN = QT_TRANSLATE_NOOP("errors", "A document collection named {name} already exists.")
BAD_NAME = QT_TRANSLATE_NOOP(
    "errors", "A collection name needs a letter or digit and at most 100 characters.")
MIXED_MODELS = QT_TRANSLATE_NOOP(
    "errors", "The collection {name} holds vectors of the embedding model {model}; vectors of "
    "{other} cannot be mixed with them. Make a new collection for that model.")
NO_VECTORS = QT_TRANSLATE_NOOP(
    "errors", "Vector search is not available here (sqlite-vec could not be loaded); "
    "collections are searched by their words only.")
NOT_IN_COLLECTION = QT_TRANSLATE_NOOP(
    "errors", "{path} is not in the collection {name}: nothing was removed.")


def normal_path(path: str) -> str:
    """A path as collections store it: absolute, "~" expanded, without "." and "..", links
    followed (a path that does not exist is made absolute and normalized all the same)."""
    return os.path.realpath(os.path.expanduser(path))


def within(path: str, folder: str) -> bool:
    """Whether path is folder or lies inside it (both normalized)."""
    if path == folder:
        return True
    return path.startswith(folder if folder.endswith(os.sep) else folder + os.sep)


class Documents(DocumentSearch):
    """The document collections of a Store (same file, same lock)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._sizes = {}

    # collections

    def collections(self) -> list[Collection]:
        """Every collection with its counts, by name."""
        rows = self.store._rows(
            """SELECT c.*,
                   (SELECT count(*) FROM doc_files f WHERE f.collection_id = c.id
                        AND f.status = 'indexed') AS files,
                   (SELECT coalesce(sum(chunks), 0) FROM doc_files f
                        WHERE f.collection_id = c.id) AS chunks,
                   (SELECT count(*) FROM doc_files f WHERE f.collection_id = c.id
                        AND f.status = 'error') AS errors
               FROM doc_collections c ORDER BY c.name COLLATE NOCASE""")
        paths = self._paths()
        return [self._collection(r, *paths.get(r["id"], ([], []))) for r in rows]

    @staticmethod
    def _collection(row: dict[str, Any], roots: list[str], left_out: list[str]) -> Collection:
        values = {k: row[k] for k in ("id", "name", "created_at", "updated_at")}
        return Collection(**values, embed_model=row["embed_model"] or "",
                          embed_path=row["embed_path"] or "", embed_dim=row["embed_dim"] or 0,
                          files=row.get("files", 0), chunks=row.get("chunks", 0),
                          errors=row.get("errors", 0), roots=roots, left_out=left_out)

    def _paths(self, db=None, collection_id: int | None = None
               ) -> dict[int, tuple[list[str], list[str]]]:
        """collection id -> (roots, paths left out), as stored, in the order added."""
        sql = "SELECT collection_id, path FROM doc_roots"
        params: list[Any] = []
        if collection_id is not None:
            sql += " WHERE collection_id = ?"
            params.append(collection_id)
        rows = (db.execute(sql + " ORDER BY rowid", params).fetchall() if db is not None
                else [(r["collection_id"], r["path"])
                      for r in self.store._rows(sql + " ORDER BY rowid", params)])
        paths: dict[int, tuple[list[str], list[str]]] = {}
        for owner, path in rows:
            roots, left_out = paths.setdefault(owner, ([], []))
            if path.startswith(LEFT_OUT):
                left_out.append(path[len(LEFT_OUT):])
            else:
                roots.append(path)
        return paths

    def collection(self, name: str) -> Collection:
        """The collection named name (exactly, or ignoring case); UserError if none."""
        collections = self.collections()
        for found in (c for same in (str, str.casefold) for c in collections
                      if same(c.name) == same(name)):
            return found
        raise UserError(NO_COLLECTION, name=name)

    def _free_name(self, name: str, owner: int | None = None) -> str:
        """name with its spacing made single; UserError when it is bad or another
        collection's than owner's."""
        name = " ".join(name.split())
        if not name or len(name) > 100 or not any(c.isalnum() for c in name):
            raise UserError(BAD_NAME)
        if any(c.name.casefold() == name.casefold() and c.id != owner
               for c in self.collections()):
            raise UserError(NAME_TAKEN, name=name)
        return name

    def rename(self, collection: Collection, name: str) -> Collection:
        """The collection under name; UserError for a bad or taken name (as create)."""
        name = self._free_name(name, collection.id)
        with self.store._tx() as db:
            db["doc_collections"].update(collection.id, {"name": name})
        return self.collection(name)

    def create(self, name: str) -> Collection:
        """A new empty collection; UserError for a bad or taken name."""
        name = self._free_name(name)
        now = time.time()
        with self.store._tx() as db:
            db["doc_collections"].insert({"name": name, "created_at": now, "updated_at": now})
        return self.collection(name)

    def add_roots(self, collection_id: int, paths: Iterable[str]) -> list[tuple[str, str]]:
        """Remember files and folders as the collection's (indexing reads them), resolved
        (normal_path). A path that is one of its roots or inside one adds nothing: (path,
        that root) for each such path is returned. Roots inside a new one are folded into
        it, and what was taken out of the collection at or inside a new path is in again."""
        covered: list[tuple[str, str]] = []
        with self.store._tx() as db:
            for raw in paths:
                path = normal_path(raw)
                roots, left_out = self._paths(db, collection_id).get(collection_id, ([], []))
                holder = next((r for r in roots if within(path, normal_path(r))), None)
                if holder is not None and not any(within(path, x) for x in left_out):
                    covered.append((path, holder))
                    continue
                _drop_roots(db, collection_id, [LEFT_OUT + x for x in left_out if within(x, path)])
                if holder is not None and not any(within(path, x) and x != path
                                                  for x in left_out):
                    continue  # it was taken out: now in again through its root
                _drop_roots(db, collection_id, [r for r in roots if within(normal_path(r), path)])
                db.execute("INSERT OR IGNORE INTO doc_roots (collection_id, path) VALUES (?, ?)",
                           [collection_id, path])
        return covered

    def remove_path(self, collection: Collection, path: str) -> Removal:
        """Take a root of the collection, or a file or folder inside one, out of it: its
        files leave the index now (chunks and vectors) and are not read again (a path inside
        a root folder is remembered as left out, when it is there to leave out). Returns
        what left: its indexed files, those that could not be indexed, and the collection's
        other paths inside it. UserError when the path is not in the collection."""
        path = normal_path(path)
        with self.store._tx() as db:
            roots, left_out = self._paths(db, collection.id).get(collection.id, ([], []))
            inner = [r for r in roots if within(normal_path(r), path) or r == path]
            holder = next((r for r in roots if r not in inner
                           and within(path, normal_path(r))), None)
            files = self._files_within(db, collection.id, path)
            taken_out = holder is not None and any(within(path, x) for x in left_out)
            if not inner and not files and (holder is None or taken_out
                                            or not os.path.lexists(path)):
                raise UserError(NOT_IN_COLLECTION, path=path, name=collection.name)
            _drop_roots(db, collection.id, inner)
            _drop_roots(db, collection.id, [LEFT_OUT + x for x in left_out if within(x, path)])
            if holder is not None and not any(within(path, x) and x != path
                                              for x in left_out):
                db.execute("INSERT OR IGNORE INTO doc_roots (collection_id, path)"
                           " VALUES (?, ?)", [collection.id, LEFT_OUT + path])
            current = Collection(collection.id, collection.name,
                                 embed_dim=self._dim(db, collection.id))
            indexed = 0
            for file_id, status in files:
                self._delete_chunks(db, current, file_id)
                db.execute("DELETE FROM doc_files WHERE id = ?", [file_id])
                indexed += status == "indexed"
            db["doc_collections"].update(collection.id, {"updated_at": time.time()})
            db.execute(CHUNKS_OPTIMIZE)
        self.store.checkpoint()
        return Removal(indexed, len(files) - indexed,
                       [r for r in inner if normal_path(r) != path])

    @staticmethod
    def _files_within(db, collection_id: int, path: str) -> list[tuple[int, str]]:
        """The ids and statuses ("indexed", "error") of the collection's files at or inside
        path."""
        prefix = path if path.endswith(os.sep) else path + os.sep
        return [(row[0], row[1]) for row in db.execute(
            "SELECT id, status FROM doc_files WHERE collection_id = ? AND (path = ?"
            " OR substr(path, 1, ?) = ?)", [collection_id, path, len(prefix), prefix])]

    def check_embedding(self, collection: Collection | None, model_key: str,
                        path: str = "") -> None:
        """UserError when the collection (None: a new one) cannot take this embedding model
        (model_key, its file at path): it has another one's vectors, or vectors cannot be
        stored here. The models are named by their files."""
        if collection is not None and collection.embed_model not in ("", None, model_key):
            raise UserError(MIXED_MODELS, name=collection.name,
                            model=Path(collection.embed_path or collection.embed_model).name,
                            other=Path(path or model_key).name)
        if (collection is None or collection.embed_model != model_key) and (
                not vectors_available()):
            raise UserError(NO_VECTORS)

    def set_embedding(self, collection: Collection, model_key: str, path: str,
                      dim: int) -> Collection:
        """Give the collection its embedding model (vectors of dim floats); UserError when it
        already has another one's vectors, or vectors cannot be stored here."""
        self.check_embedding(collection, model_key, path)
        if collection.embed_model == model_key and collection.embed_dim == dim:
            if collection.embed_path != path:
                with self.store._tx() as db:
                    db["doc_collections"].update(collection.id, {"embed_path": path})
            return self.collection(collection.name)
        table = vec_table(collection.id)
        with self.store._tx() as db:
            db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING vec0("
                       f"chunk_id INTEGER PRIMARY KEY, embedding float[{int(dim)}]"
                       " distance_metric=cosine)")
            # the chunks indexed before have no vectors: the next indexing gives them theirs
            db["doc_collections"].update(collection.id, {
                "embed_model": model_key, "embed_path": path, "embed_dim": dim})
        return self.collection(collection.name)

    def remove(self, collection: Collection) -> None:
        """Delete a collection with its files, chunks, vectors and lock file, no word of
        them left in the database file (answers keep their copies of the chunks they cited)."""
        with self.store._tx() as db:
            if collection.embed_dim:
                db.execute(f"DROP TABLE IF EXISTS {vec_table(collection.id)}")
            db.execute("DELETE FROM doc_chunks WHERE collection_id = ?", [collection.id])
            db.execute("DELETE FROM doc_collections WHERE id = ?", [collection.id])
            db.execute(CHUNKS_OPTIMIZE)
        self.store.checkpoint()
        with suppress(OSError):  # (a lock file that cannot go is only an empty file)
            lock_file(self.store.path, collection.id).unlink(missing_ok=True)

    # files

    def files(self, collection_id: int) -> list[DocFile]:
        """The collection's files as indexed, by path."""
        return [DocFile(**r) for r in self.store._rows(
            "SELECT * FROM doc_files WHERE collection_id = ? ORDER BY path", [collection_id])]

    def failed_files(self, collection_id: int, limit: int = 5, status: str = "error"
                     ) -> tuple[list[DocFile], int]:
        """Up to limit files of the collection that could not be indexed (by path), and how
        many there are in all; with status "indexed", those indexed with a note instead (a
        part left out: DocFile.problem says which)."""
        where = "collection_id = ? AND status = ? AND error IS NOT NULL"
        rows = self.store._rows(f"SELECT * FROM doc_files WHERE {where} ORDER BY path LIMIT ?",
                                [collection_id, status, limit])
        total = self.store._rows(f"SELECT count(*) AS n FROM doc_files WHERE {where}",
                                 [collection_id, status])[0]["n"]
        return [DocFile(**r) for r in rows], total

    def drop_files(self, collection: Collection, file_ids: list[int]) -> None:
        """Forget files (gone from disk) with their chunks and vectors."""
        with self._writing(collection) as db:
            for file_id in file_ids:
                self._delete_chunks(db, collection, file_id)
                db.execute("DELETE FROM doc_files WHERE id = ?", [file_id])
            db.execute(CHUNKS_OPTIMIZE)
        self.store.checkpoint()

    @staticmethod
    def _delete_chunks(db, collection: Collection, file_id: int) -> int:
        """Delete a file's chunks and vectors; how many chunks went."""
        if collection.embed_dim:
            db.execute(f"DELETE FROM {vec_table(collection.id)} WHERE chunk_id IN"
                       " (SELECT id FROM doc_chunks WHERE file_id = ?)", [file_id])
        return db.execute("DELETE FROM doc_chunks WHERE file_id = ?", [file_id]).rowcount

    def touch_file(self, file_id: int, size: int, mtime_ns: int) -> None:
        """A file's size or time changed but not its content: remember the new ones."""
        with self.store._tx() as db:
            db["doc_files"].update(file_id, {"size": size, "mtime_ns": mtime_ns})

    def save_file(self, collection: Collection, path: str, size: int, mtime_ns: int,
                  sha256: str, chunks: Sequence[Any],
                  vectors: Sequence[Sequence[float]] | None = None) -> None:
        """Replace a file's chunks (and their vectors, same order) in one transaction;
        chunks have seq, text, heading, page and tokens."""
        self.save_files(collection, [(path, size, mtime_ns, sha256, chunks, vectors)])

    def check_there(self, collection: Collection) -> None:
        """UserError(REMOVED_WHILE) when the collection was removed meanwhile (by another
        window or a command)."""
        if not self.store._rows("SELECT 1 FROM doc_collections WHERE id = ?", [collection.id]):
            raise UserError(REMOVED_WHILE, name=collection.name)

    @contextmanager
    def _writing(self, collection: Collection) -> Iterator[Any]:
        """A write transaction on collection's rows; UserError(REMOVED_WHILE) when the
        collection was removed meanwhile."""
        with self.store._tx() as db:
            self.check_there(collection)
            yield db

    def save_files(self, collection: Collection, files: Sequence[tuple]) -> None:
        """Replace the chunks of several files — (path, size, mtime_ns, sha256, chunks,
        vectors or None[, note]) each, the note a UserError saying what of the file was left
        out — in one transaction: every file whole, or none. The chunks of a file with more
        than SLICE_CHUNKS are written before, in slices nobody sees."""
        staged = {index: self._stage(collection, item[4], item[5])
                  for index, item in enumerate(files) if len(item[4]) > SLICE_CHUNKS}
        now = time.time()
        dropped = 0  # chunks of the files' earlier versions
        with self._writing(collection) as db:
            for index, (path, size, mtime_ns, sha256, chunks, vectors, *note) in enumerate(
                    files):
                said = _said(note[0]) if note else (None, None)
                file_id, gone = self._file_row(db, collection.id, path, size, mtime_ns,
                                               sha256, "indexed", *said, len(chunks), now)
                dropped += gone
                if index in staged:
                    low, high = staged[index]
                    db.execute("UPDATE doc_chunks SET file_id = ?, live = 1 WHERE live = 0"
                               " AND collection_id = ? AND id BETWEEN ? AND ?",
                               [file_id, collection.id, low, high])
                else:
                    self._insert_chunks(db, collection, file_id, chunks, vectors)
            db["doc_collections"].update(collection.id, {"updated_at": now})
            if dropped:
                db.execute(CHUNKS_OPTIMIZE)
        if dropped:
            self.store.checkpoint()

    def _insert_chunks(self, db, collection: Collection, file_id: int | None,
                       chunks: Sequence[Any], vectors: Sequence[Sequence[float]] | None
                       ) -> tuple[int, int]:
        """Insert chunks (live when file_id is given) and their vectors; their first and
        last ids."""
        if not chunks:
            return 0, -1
        cursor = db.conn.cursor()
        live = 0 if file_id is None else 1
        cursor.executemany(
            "INSERT INTO doc_chunks (file_id, collection_id, seq, heading, page, text, tokens,"
            " live, pieces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(file_id, collection.id, c.seq, c.heading, c.page, c.text, c.tokens, live,
              pieces_of(c.heading, c.text)) for c in chunks])
        # AUTOINCREMENT ids of rows inserted together in one transaction are consecutive
        last = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'doc_chunks'"
                          ).fetchone()[0]
        ids = range(last - len(chunks) + 1, last + 1)
        if vectors is not None and collection.embed_dim:
            cursor.executemany(
                f"INSERT INTO {vec_table(collection.id)} (chunk_id, embedding) VALUES (?, ?)",
                [(i, pack(v)) for i, v in zip(ids, vectors, strict=True)])
        return ids[0], ids[-1]

    def _stage(self, collection: Collection, chunks: Sequence[Any],
               vectors: Sequence[Sequence[float]] | None) -> tuple[int, int]:
        """Write a large file's chunks (and vectors) unseen, SLICE_CHUNKS per transaction;
        the first and last of their ids."""
        low = high = None
        for start in range(0, len(chunks), SLICE_CHUNKS):
            part = vectors[start:start + SLICE_CHUNKS] if vectors is not None else None
            with self._writing(collection) as db:
                first, last = self._insert_chunks(db, collection, None,
                                                  chunks[start:start + SLICE_CHUNKS], part)
            low = first if low is None else low
            high = last
        return low or 0, high if high is not None else -1

    def drop_staged(self, collection: Collection) -> int:
        """Delete chunks written unseen by indexing that stopped before they went live (a
        crash, a kill); how many there were."""
        with self.store._tx() as db:
            if collection.embed_dim:
                db.execute(f"DELETE FROM {vec_table(collection.id)} WHERE chunk_id IN"
                           " (SELECT id FROM doc_chunks WHERE collection_id = ? AND live = 0)",
                           [collection.id])
            count = db.execute("DELETE FROM doc_chunks WHERE collection_id = ? AND live = 0",
                               [collection.id]).rowcount
            if count:
                db.execute(CHUNKS_OPTIMIZE)
        if count:
            self.store.checkpoint()
        return count

    def without_vectors(self, collection: Collection, after: int = 0,
                        limit: int = 1_000_000) -> list[dict[str, Any]]:
        """Live chunks of a collection with an embedding model that have no vector (indexed
        while the model was missing or failing, or before the collection had one), by id,
        those with ids above after: [{id, path, heading, text}], at most limit; [] for a
        collection without vectors."""
        if not collection.embed_dim or not vectors_available():
            return []
        return self.store._rows(
            f"""SELECT c.id, f.path, c.heading, c.text FROM doc_chunks c
               JOIN doc_files f ON f.id = c.file_id
               WHERE c.collection_id = ? AND c.live = 1 AND c.id > ?
                   AND c.id NOT IN (SELECT chunk_id FROM {vec_table(collection.id)})
               ORDER BY c.id LIMIT ?""", [collection.id, after, limit])

    def count_without_vectors(self, collection: Collection) -> int:
        """How many live chunks of a collection with an embedding model have no vector."""
        if not collection.embed_dim or not vectors_available():
            return 0
        return self.store._rows(
            f"""SELECT count(*) AS n FROM doc_chunks
               WHERE collection_id = ? AND live = 1
                   AND id NOT IN (SELECT chunk_id FROM {vec_table(collection.id)})""",
            [collection.id])[0]["n"]

    def save_vectors(self, collection: Collection,
                     vectors: Sequence[tuple[int, Sequence[float]]]) -> int:
        """Give chunks their vectors ((chunk id, vector of embed_dim floats) each) in one
        transaction; chunks gone meanwhile, or with a vector already, are skipped. Returns
        how many were stored."""
        if not vectors:
            return 0
        table = vec_table(collection.id)
        stored = 0
        with self._writing(collection) as db:
            for chunk_id, vector in vectors:
                live = db.execute(
                    f"SELECT 1 FROM doc_chunks WHERE id = ? AND collection_id = ? AND NOT EXISTS"
                    f" (SELECT 1 FROM {table} WHERE chunk_id = ?)",
                    [chunk_id, collection.id, chunk_id]).fetchone()
                if live is not None:
                    db.execute(f"INSERT INTO {table} (chunk_id, embedding) VALUES (?, ?)",
                               [chunk_id, pack(vector)])
                    stored += 1
        return stored

    def save_failure(self, collection: Collection, path: str, size: int, mtime_ns: int,
                     error: UserError) -> None:
        """Record that a file could not be indexed (its old chunks go: they are stale)."""
        with self._writing(collection) as db:
            _id, dropped = self._file_row(db, collection.id, path, size, mtime_ns, None,
                                          "error", *_said(error), 0, time.time())
            if dropped:
                db.execute(CHUNKS_OPTIMIZE)
        if dropped:
            self.store.checkpoint()

    def _file_row(self, db, collection_id: int, path: str, size: int, mtime_ns: int,
                  sha256: str | None, status: str, error: str | None,
                  error_params: str | None, chunks: int, now: float) -> tuple[int, int]:
        """Write a file's row (its earlier chunks deleted): its id, how many chunks went."""
        row = db.execute("SELECT id FROM doc_files WHERE collection_id = ? AND path = ?",
                         [collection_id, path]).fetchone()
        collection = Collection(collection_id, "", embed_dim=self._dim(db, collection_id))
        values = {"size": size, "mtime_ns": mtime_ns, "sha256": sha256, "status": status,
                  "error": error, "error_params": error_params, "chunks": chunks,
                  "indexed_at": now}
        if row is not None:
            dropped = self._delete_chunks(db, collection, row[0])
            db["doc_files"].update(row[0], values)
            return row[0], dropped
        return db["doc_files"].insert(
            {"collection_id": collection_id, "path": path, **values}).last_pk, 0

    @staticmethod
    def _dim(db, collection_id: int) -> int:
        row = db.execute("SELECT embed_dim FROM doc_collections WHERE id = ?",
                         [collection_id]).fetchone()
        return (row[0] or 0) if row else 0

    # conversations

    def attached(self, conversation_id: int) -> list[Collection]:
        """The collections attached to a conversation."""
        ids = set(self.attached_ids(conversation_id))
        return [c for c in self.collections() if c.id in ids]

    def attached_ids(self, conversation_id: int) -> list[int]:
        """The ids of the collections attached to a conversation (a cheap look)."""
        return [r["collection_id"] for r in self.store._rows(
            "SELECT collection_id FROM conversation_collections WHERE conversation_id = ?",
            [conversation_id])]

    def held(self, collection_ids: list[int], most: int = -1) -> tuple[int, int]:
        """(chunks, their tokens) the collections' indexes hold now, counting at most most
        chunks (-1: all of them; a few rows read whatever the collections' size)."""
        row = self.store._rows(
            "SELECT count(*) AS n, coalesce(sum(tokens), 0) AS tokens FROM (SELECT tokens"
            f" FROM doc_chunks WHERE live = 1 AND collection_id IN {IN_IDS} LIMIT ?)",
            [json_ids(collection_ids), most])[0]
        return int(row["n"]), int(row["tokens"])

    def shared(self, collection_id: int, conversation_id: int | None) -> bool:
        """Whether a conversation other than conversation_id searches the collection."""
        return bool(self.store._rows(
            "SELECT 1 FROM conversation_collections WHERE collection_id = ?"
            " AND conversation_id IS NOT ? LIMIT 1", [collection_id, conversation_id]))

    def attach(self, conversation_id: int, collection_ids: Iterable[int]) -> None:
        """Make these the collections the conversation's answers search."""
        with self.store._tx() as db:
            db.execute("DELETE FROM conversation_collections WHERE conversation_id = ?",
                       [conversation_id])
            db.conn.executemany("INSERT OR IGNORE INTO conversation_collections VALUES (?, ?)",
                                [(conversation_id, i) for i in collection_ids])

    # answers

    def save_retrieval(self, retrieval: Retrieval) -> None:
        """Store what an answer retrieved, with copies of its sources' text."""
        with self.store._tx() as db:
            write_retrieval(db, retrieval)

    def retrieval_of(self, message: Message) -> Retrieval | None:
        """What an answer retrieved, or None when it did not search documents (asked of the
        database only for an answer whose parameters name collections)."""
        return self.retrieval(message.id) if message.sampling.get("docs") else None

    def retrieval(self, message_id: int) -> Retrieval | None:
        """What the answer retrieved, or None when it did not search documents."""
        rows = self.store._rows("SELECT * FROM answer_retrievals WHERE message_id = ?",
                                [message_id])
        if not rows:
            return None
        row = rows[0]
        sources = [Source(**{k: v for k, v in r.items() if k != "message_id"})
                   for r in self.store._rows(
                       "SELECT * FROM answer_sources WHERE message_id = ? ORDER BY number",
                       [message_id])]
        collections = json.loads(row["collections"])
        return Retrieval(message_id, row["query"], collections, row["mode"],
                         row["budget_tokens"], row["used_tokens"], sources,
                         found=row.get("found") or 0,
                         others=self.namesakes([c.get("id") for c in collections],
                                               [s.path for s in sources]))

    def namesakes(self, collection_ids: Iterable[int | None], paths: Iterable[str]
                  ) -> list[str]:
        """The files of these collections whose name is the name of one of paths (a path
        that shares a name is shown with its folders: see retrieval.file_names)."""
        ids = sorted({i for i in collection_ids if isinstance(i, int)})
        patterns = ["%" + re.sub(r"([\\%_])", r"\\\1", os.sep + name)
                    for name in sorted({os.path.basename(p) for p in paths})]
        if not ids or not patterns:
            return []
        like = " OR ".join(["path LIKE ? ESCAPE '\\'"] * len(patterns))  # one pass for all
        return [r["path"] for r in self.store._rows(
            f"SELECT path FROM doc_files WHERE collection_id IN ({', '.join('?' * len(ids))})"
            f" AND ({like})", [*ids, *patterns])]


def _drop_roots(db: Any, collection_id: int, paths: list[str]) -> None:
    """Forget these stored paths of the collection (roots, or LEFT_OUT ones)."""
    db.conn.executemany("DELETE FROM doc_roots WHERE collection_id = ? AND path = ?",
                        [(collection_id, path) for path in paths])


def _said(error: UserError) -> tuple[str, str]:
    """An error as the file table keeps it: its template and its values (JSON)."""
    return error.template, json.dumps(error.to_dict()["params"], ensure_ascii=False)
