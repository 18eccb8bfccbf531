"""Keeps the loaded model's worker process and reloads it when it died or another is wanted."""

from __future__ import annotations

import threading
from pathlib import Path

from chatapp.engine.client import ModelInfo, ModelWorker


class Engine:
    """The models in use. One model is loaded at a time in its own process.

    Attributes:
        n_ctx: context length for new loads.
        n_threads: CPU threads for new loads (0 chooses all cores).
    """

    def __init__(self, n_ctx: int = 4096, n_threads: int = 0) -> None:
        self.n_ctx = n_ctx
        self.n_threads = n_threads
        self._worker: ModelWorker | None = None
        self._lock = threading.Lock()

    def worker_for(self, path: Path, template_override: str | None = None) -> ModelWorker:
        """A worker with the model at path loaded (loading or restarting as needed)."""
        with self._lock:
            worker = self._worker
            if (worker is not None and worker.alive and worker.info is not None
                    and Path(worker.info.path) == Path(path)):
                return worker
            if worker is None:
                worker = self._worker = ModelWorker()
            worker.load(path, n_ctx=self.n_ctx, n_threads=self.n_threads,
                        template_override=template_override)
            return worker

    @property
    def loaded(self) -> ModelInfo | None:
        """The loaded model, if any."""
        worker = self._worker
        return worker.info if worker is not None and worker.alive else None

    def close(self) -> None:
        """Stop every worker process."""
        with self._lock:
            if self._worker is not None:
                self._worker.stop()
                self._worker = None
