"""Text to vectors with an embedding GGUF, run by llama.cpp in its own worker process (the
chat models' processes are not disturbed; a crash ends the indexing with one line)."""

from __future__ import annotations

import threading
from pathlib import Path

from chatapp.engine.client import EngineError, ModelWorker
from chatapp.errors import QT_TRANSLATE_NOOP, UserError

BATCH_TEXTS = 32
MAX_CONTEXT = 8192



class Embedder:
    """An embedding model loaded in a worker process; safe to share between threads.

    Attributes:
        path: the model file.
        key: the model's key in the library (what collections remember).
        dim: the length of its vectors (known once loaded).
    """

    def __init__(self, path: Path, key: str, n_threads: int = 0) -> None:
        self.path = Path(path)
        self.key = key
        self.n_threads = n_threads
        self.dim = 0
        self._worker: ModelWorker | None = None
        self._lock = threading.Lock()

    def _loaded(self) -> ModelWorker:
        if self._worker is not None and self._worker.alive:
            return self._worker
        from chatapp.gguf_meta import GGUFError, read_gguf_info

        try:
            context = read_gguf_info(self.path).context_length or 512
        except GGUFError as exc:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Could not load the model {name}: "
                                              "{reason}"), name=self.path.name,
                            reason=str(exc)) from None
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

    def embed(self, texts: list[str], n_threads: int = 0) -> list[list[float]]:
        """One L2-normalized vector per text, in BATCH_TEXTS-text requests, with n_threads
        threads (0: as loaded; a short query is faster on one: no waiting between
        threads)."""
        vectors: list[list[float]] = []
        with self._lock:
            worker = self._loaded()
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
