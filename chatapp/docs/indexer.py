"""Indexing a collection: find its files, read only those that changed (size, time, then
content hash), extract, chunk, embed, and store each file whole in one transaction; then
give vectors to the chunks that have none (indexed while the embedding model was missing or
failing). Without its embedding model a collection is still indexed, for word search, and
the Progress says why its chunks got no vectors.

Indexing is a generator of Progress that checks a stop flag between files and between
embedding batches: stopping (or a crash, or a kill) leaves each file as it was or fully
replaced, and the next run goes on with the files left. A collection is indexed by one
thread of one program at a time (a lock, and a lock file for other programs): a second
indexing waits, then finds the files indexed already.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chatapp.docs.chunking import chunk_sections
from chatapp.docs.embedder import Embedder
from chatapp.docs.extract import (
    DAMAGED,
    NOT_A_FILE,
    SUFFIXES,
    DocumentError,
    extract,
    read_file,
)
from chatapp.errors import MISSING_PATH, QT_TRANSLATE_NOOP, UserError, os_reason
from chatapp.store.doc_records import Collection, lock_file
from chatapp.store.documents import Documents, normal_path, within

log = logging.getLogger(__name__)

MAX_FILES = 100_000
# Files whose chunks are written in one transaction (each file stays whole either way):
# fewer commits, and a stop or crash loses at most these.
BATCH_FILES = 64
BATCH_CHARS = 500_000
# a file of more chunks is written first and given its vectors after, a batch saved at a
# time (_fill_vectors): stopped, it keeps the vectors made, and the next run goes on
LARGE_FILE_CHUNKS = 256

BAD_NAME = QT_TRANSLATE_NOOP(
    "errors", "A file name in {folder} is not valid text in this system's encoding: that "
    "file was left out.")
MODEL_MISSING = QT_TRANSLATE_NOOP(
    "errors", "The embedding model {model} of {name} is missing: new text is indexed for "
    "word search only. Put the model back and index again to add the missing vectors.")
MODEL_FAILED = QT_TRANSLATE_NOOP(
    "errors", "The embedding model {model} of {name} did not work ({reason}): new text is "
    "indexed for word search only. Index again to add the missing vectors.")


@dataclass
class Progress:
    """Where indexing is.

    Attributes:
        done: files looked at so far; total: files found.
        path: the file being read ("" between files).
        indexed, unchanged, failed, removed: counts so far.
        chunks: the chunks of the files indexed or unchanged.
        errors: (path, error) of the files that failed, in order.
        notes: (path, note) of the files indexed without a part of them (a PDF's pages
            without text), in order.
        gone: the collection's files and folders that are no longer there (their files left
            the index; the paths stay in the collection until removed).
        no_vectors: why chunks were indexed without vectors (the collection's embedding
            model is missing or failed), or None.
        embedded: chunks that had no vector and got one.
        part: (chunks with vectors, chunks) of the file being read while they get them;
            after the files, of the chunks still without vectors (a large file's).
        waiting: another program (a chatapp) is indexing the collection: this waits for it.
    """

    done: int = 0
    total: int = 0
    path: str = ""
    indexed: int = 0
    unchanged: int = 0
    failed: int = 0
    removed: int = 0
    chunks: int = 0
    errors: list[tuple[str, UserError]] = field(default_factory=list)
    notes: list[tuple[str, UserError]] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    no_vectors: UserError | None = None
    embedded: int = 0
    part: tuple[int, int] | None = None
    waiting: bool = False


def printable(path: str) -> str:
    """A path as text that can be shown and stored: bytes that are not valid in the file
    system's encoding (Python's surrogate escapes) become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def find_files(roots: list[str], problems: list[tuple[str, UserError]],
               left_out: list[str] | tuple[str, ...] = (),
               gone: list[str] | None = None) -> list[str]:
    """The supported files under roots (files named directly, folders walked without
    following links), resolved (normal_path), sorted, each once, at most MAX_FILES; what is
    in left_out (files and folders inside a root folder) is skipped. Roots that are no
    longer there go into gone (into problems when gone is None); other files left out go
    into problems."""
    found: set[str] = set()
    for root in roots:
        path = Path(normal_path(root))
        if not path.exists():
            if gone is not None:
                gone.append(root)
            else:
                problems.append((root, UserError(MISSING_PATH, path=root)))
            continue
        if path.is_file():
            found.add(str(path))
            continue
        if not path.is_dir():
            problems.append((root, DocumentError(NOT_A_FILE, name=path.name)))
            continue
        skipped = {x for x in left_out if within(x, str(path)) and x != str(path)}
        for folder, dirs, files in os.walk(path, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                             and os.path.join(folder, d) not in skipped)
            for name in files:
                if name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
                    continue
                full = os.path.join(folder, name)
                if full in skipped:
                    continue
                try:
                    full.encode("utf-8")
                except UnicodeEncodeError:  # undecodable bytes (surrogates) cannot be stored
                    shown = printable(folder)
                    if not any(p == shown for p, _ in problems):
                        problems.append((shown, UserError(BAD_NAME, folder=shown)))
                    continue
                found.add(full)
                if len(found) >= MAX_FILES:
                    return sorted(found)
    return sorted(found)


_locks: dict[int, threading.Lock] = {}
_locks_lock = threading.Lock()


def _indexing(collection_id: int) -> threading.Lock:
    """The lock held while a collection is indexed in this process (the window's Documents
    dialog, an answer bringing it up to date, the CLI)."""
    with _locks_lock:
        return _locks.setdefault(collection_id, threading.Lock())


@contextmanager
def _across(documents: Documents, collection: Collection) -> Iterator[Any]:
    """The lock file that other programs indexing the same collection take too (the
    database's folder, locks/collection-ID.lock; a filelock.FileLock), let go at the end."""
    from filelock import FileLock

    path = lock_file(documents.store.path, collection.id)
    path.parent.mkdir(exist_ok=True)
    lock = FileLock(path)
    try:
        yield lock
    finally:
        if lock.is_locked:
            lock.release()


def _taken(lock: Any, stop: threading.Event | None = None) -> bool:
    """Whether the lock file (of _across) was taken: now, if no other program holds it;
    with stop, once the other program lets it go (False when stop was set first)."""
    from filelock import Timeout

    while stop is None or not stop.is_set():
        try:
            lock.acquire(timeout=0)
            return True
        except Timeout:
            if stop is None:
                return False
            stop.wait(0.5)
    return False


def being_indexed(collection: Collection, documents: Documents | None = None) -> bool:
    """Whether this process (or, given the documents, another program) is indexing the
    collection now."""
    if _indexing(collection.id).locked():
        return True
    if documents is None:
        return False
    with _across(documents, collection) as lock:
        return not _taken(lock)


def is_stale(documents: Documents, collection: Collection) -> bool:
    """Whether a file the collection's index holds text of has changed (size or time) or is
    gone since it was indexed, or a supported file is new in its folders: a walk of the
    folders and a few stat calls, no reading."""
    files = documents.files(collection.id)
    if set(find_files(collection.roots, [], collection.left_out, [])) - {f.path for f in files}:
        return True
    for known in files:
        if known.status != "indexed":
            continue  # (failed: tried again by the next indexing that reads it)
        try:
            info = os.stat(known.path)
        except OSError:
            return True
        if (info.st_size, info.st_mtime_ns) != (known.size, known.mtime_ns):
            return True
    return False


def index_collection(documents: Documents, collection: Collection,
                     embedder: Embedder | None = None,
                     stop: threading.Event | None = None) -> Iterator[Progress]:
    """Bring a collection's index up to date with its files; yields Progress after each
    file (and before the first). With an embedder, chunks get its vectors (the collection
    must have been given that model: Documents.set_embedding), those of files read now and
    then those that have none yet. A collection with an embedding model but no embedder (its
    file is gone), or one that fails, is indexed for word search: Progress.no_vectors says
    so, and a later run with the model adds the missing vectors."""
    stop = stop or threading.Event()
    with _indexing(collection.id), _across(documents, collection) as lock:  # one at a time
        if not _taken(lock):  # another chatapp indexes it: waited for, said first
            yield Progress(waiting=True)
            if not _taken(lock, stop):
                return
        documents.drop_staged(collection)  # left by indexing that was killed mid-file
        progress = Progress()
        paths = find_files(collection.roots, progress.errors, collection.left_out, progress.gone)
        progress.failed = len(progress.errors)
        known = {f.path: f for f in documents.files(collection.id)}
        present = set(paths)
        gone = [f.id for p, f in known.items() if p not in present]
        if gone:
            documents.drop_files(collection, gone)
            progress.removed = len(gone)
        progress.total = len(paths)
        vectors = _Vectors(collection, embedder, progress)
        yield progress
        batch = _Batch(documents, collection)
        for path in paths:
            if stop.is_set():
                batch.write()
                return
            documents.check_there(collection)  # removed meanwhile: read no more of it
            progress.path = path
            before = known.get(path)
            try:
                info = os.stat(path)
            except OSError as exc:
                _failed(documents, collection, progress, path, 0, 0, DocumentError(
                    DAMAGED, name=Path(path).name, reason=os_reason(exc)))
                continue
            size, mtime = info.st_size, info.st_mtime_ns
            if before is not None and before.size == size and before.mtime_ns == mtime:
                if before.status == "error":  # failed before, unchanged since: same failure
                    progress.errors.append((path, before.problem))
                    progress.failed += 1
                    progress.done += 1
                    yield progress
                    continue
                progress.unchanged += 1
                progress.done += 1
                progress.chunks += before.chunks
                yield progress
                continue
            try:
                data = read_file(Path(path))  # (DocumentError for one no regular file)
                digest = hashlib.sha256(data).hexdigest()
                if (before is not None and before.status == "indexed" and before.sha256 == digest):
                    documents.touch_file(before.id, size, mtime)
                    progress.unchanged += 1
                    progress.done += 1
                    progress.chunks += before.chunks
                    yield progress
                    continue
                notes: list[UserError] = []
                chunks = chunk_sections(extract(Path(path), data, notes))
            except UserError as exc:
                batch.write()
                _failed(documents, collection, progress, path, size, mtime, exc)
                yield progress
                continue
            embedded = None  # a large file's vectors come after, kept batch by batch
            if len(chunks) <= LARGE_FILE_CHUNKS:
                for count in vectors.each([_embedded_text(c.heading, c.text) for c in chunks],
                                          stop):
                    progress.part = (count, len(chunks))
                    yield progress
                progress.part, embedded = None, vectors.made
                if stop.is_set():
                    batch.write()
                    return  # stopped inside the file: it stays as it was
            batch.add((path, size, mtime, digest, chunks, embedded, *notes[:1]))
            progress.notes += [(path, note) for note in notes[:1]]
            progress.indexed += 1
            progress.done += 1
            progress.chunks += len(chunks)
            yield progress
        batch.write()
        progress.path = ""
        yield from _fill_vectors(documents, collection, vectors, progress, stop)
        progress.path = ""
        yield progress


class _Vectors:
    """The vectors of a collection's chunks while it is indexed: none for a collection
    without an embedding model; none, with the reason in the Progress, once its model is
    missing or has failed."""

    def __init__(self, collection: Collection, embedder: Embedder | None,
                 progress: Progress) -> None:
        self.collection = collection
        self.embedder = embedder if collection.embed_dim else None
        self.progress = progress
        if collection.embed_dim and embedder is None:
            self._lost(UserError(MODEL_MISSING, model=self.model_name, name=collection.name))

    @property
    def model_name(self) -> str:
        return Path(self.collection.embed_path).name or self.collection.embed_model

    @property
    def usable(self) -> bool:
        return self.embedder is not None

    def _lost(self, why: UserError) -> None:
        self.embedder = None
        self.progress.no_vectors = why

    def of(self, texts: list[str], stop: threading.Event) -> list | None:
        """The vectors of texts, batch by batch; None without a usable model or once
        stopped (stop is set)."""
        for _count in self.each(texts, stop):
            pass
        return self.made

    def each(self, texts: list[str], stop: threading.Event) -> Iterator[int]:
        """Embed texts batch by batch, yielding how many have their vectors after each;
        made: the vectors, None without a usable model or once stopped (stop is set)."""
        from chatapp.docs.embedder import BATCH_TEXTS

        self.made: list | None = None
        if self.embedder is None:
            return
        vectors: list = []
        for start in range(0, len(texts), BATCH_TEXTS * 4):
            if stop.is_set():
                return
            try:
                vectors += self.embedder.embed(texts[start:start + BATCH_TEXTS * 4])
            except UserError as exc:
                log.warning("embedding failed, indexing words only: %s", exc)
                self._lost(UserError(MODEL_FAILED, model=self.model_name,
                                     name=self.collection.name, reason=exc))
                return
            yield len(vectors)
        self.made = vectors


def _embedded_text(heading: str, text: str) -> str:
    """What a chunk's vector is made of: its heading (when it has one) and its text."""
    return (heading + "\n" + text) if heading else text


def _fill_vectors(documents: Documents, collection: Collection, vectors: _Vectors,
                  progress: Progress, stop: threading.Event) -> Iterator[Progress]:
    """Give the chunks that have no vector theirs, BATCH_TEXTS * 8 at a time, each batch
    saved (a stop keeps what was made), yielding Progress before and after each: its path
    that of the batch's first chunk's file, its part (chunks given vectors, chunks to
    give)."""
    from chatapp.docs.embedder import BATCH_TEXTS

    if not vectors.usable:
        return
    after, done, total = 0, 0, documents.count_without_vectors(collection)
    try:
        while not stop.is_set():
            rows = documents.without_vectors(collection, after, BATCH_TEXTS * 8)
            if not rows:
                return
            progress.path = rows[0]["path"]
            progress.part = (done, max(total, done + len(rows)))
            yield progress
            made = vectors.of([_embedded_text(r["heading"], r["text"]) for r in rows], stop)
            if made is None:
                return  # stopped, or the model failed (the Progress says so)
            progress.embedded += documents.save_vectors(collection, [
                (r["id"], v) for r, v in zip(rows, made, strict=True)])
            after, done = rows[-1]["id"], done + len(rows)
            progress.part = (done, max(total, done))
            yield progress
    finally:
        progress.part = None


class _Batch:
    """Indexed files waiting to be written together."""

    def __init__(self, documents: Documents, collection: Collection) -> None:
        self.documents = documents
        self.collection = collection
        self.files: list[tuple] = []
        self.chars = 0

    def add(self, item: tuple) -> None:
        self.files.append(item)
        self.chars += sum(len(c.text) for c in item[4])
        if len(self.files) >= BATCH_FILES or self.chars >= BATCH_CHARS:
            self.write()

    def write(self) -> None:
        if self.files:
            self.documents.save_files(self.collection, self.files)
            self.files, self.chars = [], 0


def _failed(documents: Documents, collection: Collection, progress: Progress, path: str,
            size: int, mtime: int, error: UserError) -> None:
    documents.save_failure(collection, path, size, mtime, error)
    progress.errors.append((path, error))
    progress.failed += 1
    progress.done += 1


def run_to_end(documents: Documents, collection: Collection, embedder: Embedder | None = None,
               stop: threading.Event | None = None) -> Progress:
    """Index a collection without watching; the last Progress."""
    steps = list(index_collection(documents, collection, embedder, stop))
    return steps[-1] if steps else Progress()
