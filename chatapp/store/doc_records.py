"""Document records: collections, their files, chunks found, and what answers retrieved."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from chatapp.errors import UserError, user_error_from


def lock_file(database: Path | str, collection_id: int) -> Path:
    """The lock file that programs indexing a collection take (filelock):
    locks/collection-ID.lock in the database's folder; it goes with the collection."""
    return Path(database).parent / "locks" / f"collection-{collection_id}.lock"


@dataclass
class Collection:
    """A named set of documents.

    Attributes:
        embed_model: the embedding model's key its vectors come from ("" for words only).
        embed_path: that model's file.
        embed_dim: the length of its vectors (0 for none).
        files, chunks, errors: counts of indexed files, their chunks, files that failed.
        roots: the files and folders it takes in (resolved paths).
        left_out: files and folders inside its roots that were taken out of it.
    """

    id: int
    name: str
    embed_model: str = ""
    embed_path: str = ""
    embed_dim: int = 0
    created_at: float = 0.0
    updated_at: float = 0.0
    files: int = 0
    chunks: int = 0
    errors: int = 0
    roots: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)


@dataclass
class Removal:
    """What taking a path out of a collection took: its indexed files, its files that
    could not be indexed (failed), and the other paths of the collection that were inside it
    (added before on their own: inner)."""

    indexed: int = 0
    failed: int = 0
    inner: list[str] = field(default_factory=list)


@dataclass
class DocFile:
    """A file of a collection as indexed: its size, modification time and hash, and how its
    indexing went (status "indexed" or "error", with the error's template and values)."""

    id: int
    collection_id: int
    path: str
    size: int
    mtime_ns: int
    sha256: str | None
    status: str
    error: str | None
    error_params: str | None
    chunks: int
    indexed_at: float

    @property
    def problem(self) -> UserError | None:
        """Why the file could not be indexed (or, for one indexed, what of it was left out),
        as a translatable error."""
        if not self.error:
            return None
        params = json.loads(self.error_params) if self.error_params else {}
        return user_error_from({"template": self.error, "params": params})


@dataclass
class Hit:
    """A chunk found by a search.

    Attributes:
        score: its fused score (higher is better): reciprocal rank fusion of its ranks.
        bm25_rank, vector_rank: its 1-based place in the word and vector searches (None
            where that search did not find it).
    """

    chunk_id: int
    collection_id: int
    path: str
    page: int | None
    heading: str
    text: str
    tokens: int
    score: float
    bm25_rank: int | None = None
    vector_rank: int | None = None


@dataclass
class Source:
    """A chunk an answer was given, under its number ([1], [2]…), as stored with it."""

    number: int
    chunk_id: int
    collection_id: int | None
    score: float
    bm25_rank: int | None
    vector_rank: int | None
    path: str
    page: int | None
    heading: str
    text: str


@dataclass
class Retrieval:
    """What an answer retrieved: the query, the collections (id and name), the search
    ("bm25" or "hybrid"), the token budget and what the sources used of it; found: the
    passages the search found, of which none may have fitted (0 for an answer made before
    this was stored); others: the files of its collections that have the
    name of a source's file (what a source is told apart from: see file_names)."""

    message_id: int
    query: str
    collections: list[dict[str, Any]]
    mode: str
    budget_tokens: int
    used_tokens: int
    sources: list[Source] = field(default_factory=list)
    found: int = 0
    others: list[str] = field(default_factory=list)


def write_retrieval(db: sqlite_utils.Database, retrieval: Retrieval) -> None:
    """Store what an answer retrieved, with copies of its sources' text, in db (a
    sqlite-utils Database, inside the caller's transaction); it replaces what was stored
    for the answer."""
    db["answer_retrievals"].insert({
        "message_id": retrieval.message_id, "query": retrieval.query,
        "collections": json.dumps(retrieval.collections, ensure_ascii=False),
        "mode": retrieval.mode, "budget_tokens": retrieval.budget_tokens,
        "used_tokens": retrieval.used_tokens, "found": retrieval.found,
        "created_at": time.time()}, replace=True)
    db.execute("DELETE FROM answer_sources WHERE message_id = ?", [retrieval.message_id])
    db["answer_sources"].insert_all(
        {"message_id": retrieval.message_id, **asdict(s)} for s in retrieval.sources)


def imported_retrieval(message_id: int, fields: dict[str, Any],
                       named: dict[str, int] | None = None) -> Retrieval:
    """A retrieval read from an export (export.py checked its fields): its sources no longer
    point at chunks of this database; its collections are those of this database with their
    names (named: name -> id), where there are such."""
    sources = [Source(**{"chunk_id": 0, "collection_id": None, "page": None, "heading": "",
                         "bm25_rank": None, "vector_rank": None, **s})
               for s in fields["sources"]]
    collections = [{"id": (named or {})[c["name"]], **c} if c["name"] in (named or {}) else c
                   for c in fields["collections"]]
    return Retrieval(message_id, fields["query"], collections, fields["mode"],
                     fields["budget_tokens"], fields["used_tokens"], sources)
