"""Text to vectors with an embedding GGUF, run by llama.cpp in its own worker process (the
chat models' processes are not disturbed; a crash ends the indexing with one line)."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from chatapp.engine.client import ModelWorker
from chatapp.engine.outcomes import EngineError
from chatapp.errors import QT_TRANSLATE_NOOP, UserError

BATCH_TEXTS = 32
MAX_CONTEXT = 8192
QUERY, DOCUMENT = "query", "document"

_RETRIEVAL_INSTRUCT = ("Instruct: Given a web search query, retrieve relevant passages that "
                       "answer the query\nQuery: ")
# What some embedding model families were trained to see before a search query and before
# a document (their model cards ask for it; without it they find less): a pattern over
# "architecture name file-name" (lowercase), the query's prefix, the document's prefix.
TASK_PREFIXES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"nomic"), "search_query: ", "search_document: "),
    (re.compile(r"e5-mistral|gte-qwen"), _RETRIEVAL_INSTRUCT, ""),
    (re.compile(r"(?<![a-z0-9])e5(?![a-z0-9])"), "query: ", "passage: "),
    (re.compile(r"bge-(small|base|large)-en"),
     "Represent this sentence for searching relevant passages: ", ""),
)


def task_prefixes(architecture: str, name: str, file_name: str) -> tuple[str, str]:
    """(query prefix, document prefix) for an embedding model, by its architecture, name
    and file name; ("", "") for models that take text as it is (gte, bge-m3, MiniLM…)."""
    identity = f"{architecture} {name} {file_name}".lower()
    return next(((query, document) for pattern, query, document in TASK_PREFIXES
                 if pattern.search(identity)), ("", ""))


class Embedder:
    """An embedding model loaded in a worker process; safe to share between threads.

    Attributes:
        path: the model file.
        key: the model's key in the library (what collections remember).
        dim: the length of its vectors (known once loaded).
        prefixes: (query prefix, document prefix) its family expects (known once loaded).
    """

    def __init__(self, path: Path, key: str, n_threads: int = 0) -> None:
        self.path = Path(path)
        self.key = key
        self.n_threads = n_threads
        self.dim = 0
        self.prefixes = ("", "")
        self._worker: ModelWorker | None = None
        self._lock = threading.Lock()

    def _loaded(self) -> ModelWorker:
        if self._worker is not None and self._worker.alive:
            return self._worker
        from chatapp.gguf_meta import GGUFError, read_gguf_info

        try:
            meta = read_gguf_info(self.path)
        except GGUFError as exc:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Could not load the model {name}: "
                                              "{reason}"), name=self.path.name,
                            reason=exc) from None
        context = meta.context_length or 512
        self.prefixes = task_prefixes(meta.architecture, meta.name, self.path.name)
        worker = ModelWorker()
        try:
            info = worker.load(self.path, n_ctx=min(context, MAX_CONTEXT),
                               n_threads=self.n_threads, n_gpu_layers=0, embedding=True)
        except EngineError:
            worker.stop()
            raise
        self.dim = info.n_embd
        self._worker = worker
        return worker

    def load(self) -> int:
        """Load the model now; returns the length of its vectors."""
        with self._lock:
            self._loaded()
            return self.dim

    def embed(self, texts: list[str], n_threads: int = 0,
              role: str = DOCUMENT) -> list[list[float]]:
        """One L2-normalized vector per text, in BATCH_TEXTS-text requests, with n_threads
        threads (0: as loaded; a short query is faster on one: no waiting between
        threads). role: QUERY or DOCUMENT, for the prefix the model's family expects."""
        vectors: list[list[float]] = []
        with self._lock:
            worker = self._loaded()
            prefix = self.prefixes[0] if role == QUERY else self.prefixes[1]
            if prefix:
                texts = [prefix + text for text in texts]
            for start in range(0, len(texts), BATCH_TEXTS):
                part, _tokens = worker.embed(texts[start:start + BATCH_TEXTS], n_threads)
                vectors.extend(part)
        return vectors

    def close(self) -> None:
        """Stop the worker process."""
        with self._lock:
            if self._worker is not None:
                self._worker.stop()
                self._worker = None
