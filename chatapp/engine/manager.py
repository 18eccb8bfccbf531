"""The models in use: on CPU a worker process per model with the cores shared fairly; on a
GPU one process for all models, a thread each, so that they decode at the same time."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from chatapp.engine.client import Generation, ModelWorker, WorkerProcess
from chatapp.engine.load_errors import NO_MEMORY, NO_MEMORY_PLAIN
from chatapp.engine.outcomes import EngineError, ModelInfo, ModelTooBig
from chatapp.errors import Bytes, UserError
from chatapp.gguf_meta import GGUFError


def cpu_count() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


class Engine:
    """Loads models into worker processes and splits the cores between answers running
    at the same time (never more threads than cores).

    Attributes:
        n_ctx: context length for new loads.
        n_threads: CPU threads for one answer alone (0: all cores).
        max_loaded: how many models stay loaded; the least recently used goes first.
        machine: the memory to plan with (None: measure free memory at each load).
        options_for: the user's load options of a model (n_ctx, n_gpu_layers, kv_type,
            flash_attn) by path, used
            when a caller asks for the defaults.
        share_process: whether models share one worker process: None (default) where the
            llama.cpp build offloads to a GPU and the model uses it (CUDA lets processes
            only take turns on a GPU; threads of one process run at once), True always.
        in_use: tells whether a model (by path) is taken by a request now; such a model is
            never unloaded to make room (the limit of loaded models waits for it instead).
    """

    def __init__(self, n_ctx: int = 4096, n_threads: int = 0, max_loaded: int = 1,
                 share_process: bool | None = None) -> None:
        self.n_ctx = n_ctx
        self.share_process = share_process
        self._shared: WorkerProcess | None = None
        self.n_threads = n_threads
        self.max_loaded = max_loaded
        self._workers: dict[Path, ModelWorker] = {}
        self._allowed: set[Path] = set()
        self.machine = None  # a fixed chatapp.fit.Machine, or None to measure each time
        self.options_for: Callable[[Path], dict] | None = None
        self.in_use: Callable[[Path], bool] = lambda path: False
        self._lock = threading.Lock()
        self._running: list[ModelWorker] = []
        self._expected = 0

    @property
    def cores(self) -> int:
        """Threads one answer may use when it runs alone."""
        return self.n_threads or cpu_count()

    def worker_for(self, path: Path, template_override: str | None = None, *,
                   n_ctx: int | None = None, n_gpu_layers: int = -1,
                   kv_type: str | None = None, flash_attn: str | None = None,
                   embedding: bool = False, batch: int | None = None) -> ModelWorker:
        """A worker with the model at path loaded (loading or restarting as needed).

        n_ctx (default: the engine's), n_gpu_layers (-1: as many as fit), kv_type (the KV
        cache's type: f16, q8_0, q4_0; default f16) and flash_attn (auto, on, off; default
        auto) are per model; asking for other values than the loaded model has reloads it.
        embedding: loaded to make embeddings (ModelWorker.embed) instead of answers.
        batch: how many answers marked batch it decodes together (None: as many as free
        memory allows, at most chatapp.engine.batch.MAX_SEQUENCES; 0: one at a time).

        To stay within max_loaded, and while the model does not fit in free memory beside
        them, the least recently used idle models are unloaded; models that answer (or are
        taken, see in_use) stay, and the new one loads beside them when the fit guard lets
        it.
        """
        path = Path(path)
        if (n_ctx is None and n_gpu_layers == -1 and kv_type is None and flash_attn is None
                and self.options_for is not None):
            chosen = self.options_for(path)
            n_ctx, n_gpu_layers = chosen.get("n_ctx"), chosen.get("n_gpu_layers", -1)
            kv_type, flash_attn = chosen.get("kv_type"), chosen.get("flash_attn")
            batch = chosen.get("batch", batch)
        options = (n_ctx or self.n_ctx, n_gpu_layers, kv_type or "f16", flash_attn or "auto",
                   embedding, batch)
        with self._lock:
            worker = self._workers.pop(path, None)
            if (worker is not None and worker.alive and worker.info is not None
                    and worker.options == options):
                self._workers[path] = worker
                return worker
            if worker is not None and worker.alive:
                worker.stop()
            while path not in self._allowed:  # idle models make room while it does not fit
                try:
                    self._check_fit(path, *options[:4])
                    break
                except ModelTooBig:
                    if not self._idle():
                        raise
                    self._workers.pop(self._idle()[0]).stop()
            while len(self._workers) >= self.max_loaded and self._idle():
                self._workers.pop(self._idle()[0]).stop()
            worker = worker or self._new_worker(n_gpu_layers)
            self._workers[path] = worker
            self._allowed.discard(path)  # allowed for this load: asked again before the next
        from chatapp.engine.batch import MAX_SEQUENCES
        from chatapp.fit_file import answers_together

        # the answers it decodes together and the cache cells each adds (from free memory)
        n_seq, seq_ctx = (0, 0) if embedding else answers_together(
            path, options[0], batch, self.machine, kv_type=options[2], flash_attn=options[3],
            n_gpu_layers=n_gpu_layers, cap=MAX_SEQUENCES)
        try:
            worker.load(path, n_ctx=options[0], n_threads=self.cores,
                        n_gpu_layers=n_gpu_layers, template_override=template_override,
                        kv_type=options[2], flash_attn=options[3], embedding=embedding,
                        n_seq=n_seq, seq_ctx=seq_ctx)
            worker.options = options
            self._offer_sharing(worker, n_gpu_layers)
        except Exception as exc:
            with self._lock:
                if self._workers.get(path) is worker:
                    del self._workers[path]
            worker.stop()
            if isinstance(exc, EngineError) and exc.template == NO_MEMORY_PLAIN:
                raise self._short_of_memory(path, *options[:4]) from exc
            raise
        return worker

    def loads_beside(self, path: Path | str) -> bool:
        """Whether the model at path (with the user's load options, else the engine's
        defaults) would load without unloading another model: it is loaded, none is, or
        there is room under max_loaded and, by the fit estimate, free memory beside them."""
        path = Path(path)
        with self._lock:
            others = [p for p, w in self._workers.items() if p != path and w.alive]
            if path in self._workers or not others:
                return True
            if len(others) >= self.max_loaded:
                return False
        chosen = self.options_for(path) if self.options_for is not None else {}
        try:
            self._check_fit(path, chosen.get("n_ctx") or self.n_ctx,
                            chosen.get("n_gpu_layers", -1), chosen.get("kv_type") or "f16",
                            chosen.get("flash_attn") or "auto")
        except ModelTooBig:
            return False
        return True

    def _short_of_memory(self, path: Path, n_ctx: int, n_gpu_layers: int, kv_type: str,
                         flash_attn: str) -> EngineError:
        """llama.cpp could not allocate memory for the model at path: the error that says so
        with the fit estimate's numbers (what it needs, what is free), without them where the
        header cannot be read."""
        from chatapp.fit_file import file_need
        try:  # the fit check's figure (was: the header's alone, a little apart from it)
            need = file_need(path, n_ctx, self.machine, kv_type=kv_type, flash_attn=flash_attn,
                             n_gpu_layers=n_gpu_layers, dry_run="remembered")
        except (GGUFError, UserError, OSError, ValueError):
            return EngineError(NO_MEMORY_PLAIN, name=path.name)
        # sizes written when shown, in the language of that moment (was: in the one of now)
        return EngineError(NO_MEMORY, name=path.name, need=Bytes(need.total),
                           free=Bytes(need.budget))

    def _idle(self) -> list[Path]:
        """The loaded models that neither answer nor are taken, least recently used first."""
        return [p for p, w in self._workers.items()
                if w not in self._running and not self.in_use(p)]

    def _shares(self, host: WorkerProcess, n_gpu_layers: int) -> bool:
        """Whether a model with these GPU layers goes into the shared process host."""
        if self.share_process is None:
            return host.gpu and n_gpu_layers != 0
        return self.share_process

    def _new_worker(self, n_gpu_layers: int) -> ModelWorker:
        """A worker in the shared process where models share one, else in its own."""
        shared = self._shared
        if shared is not None and self._shares(shared, n_gpu_layers):
            return ModelWorker(shared)  # (re)started by the load if it is not running
        return ModelWorker()

    def _offer_sharing(self, worker: ModelWorker, n_gpu_layers: int) -> None:
        """Make the first shared model's process the one the next ones join."""
        with self._lock:
            if self._shared is None and self._shares(worker.host, n_gpu_layers):
                self._shared = worker.host

    def allow(self, path: Path) -> None:
        """Load this model the next time even when the fit estimate says it will not fit
        (the user asked); once: a later load (after a failure, or after it was unloaded)
        is checked again."""
        self._allowed.add(Path(path))

    def cancel_load(self, path: Path | str) -> bool:
        """End the load of the model at path that is under way (its worker process ends;
        worker_for then raises EngineError); True if one was ended. A load in a process
        that other models share goes on."""
        with self._lock:
            worker = self._workers.get(Path(path))
        return worker is not None and worker.cancel_load()

    def _check_fit(self, path: Path, n_ctx: int, n_gpu_layers: int = -1,
                   kv_type: str = "f16", flash_attn: str = "auto") -> None:
        """ModelTooBig when the model does not fit in free memory (llama.cpp's own numbers
        when it is close), with the largest context that does."""
        from chatapp.fit_file import check_file

        try:
            check_file(path, n_ctx, self.machine, kv_type=kv_type, flash_attn=flash_attn,
                       n_gpu_layers=n_gpu_layers)
        except ModelTooBig:
            raise
        except (GGUFError, EngineError, OSError):
            return  # the worker reports an unreadable file with llama.cpp's own words
        except UserError as exc:
            raise ModelTooBig(exc.template, **exc.params) from None

    def generate(self, worker: ModelWorker, messages: list[dict[str, str]],
                 params: dict[str, Any]) -> Generation:
        """Start an answer with a fair share of the cores; release it when the answer ends."""
        with self._lock:
            for path, known in list(self._workers.items()):
                if known is worker:
                    self._workers[path] = self._workers.pop(path)
            self._running.append(worker)
            share = self._rebalance(exclude=worker)
        generation = worker.generate(messages, {**params, "n_threads": share})
        generation.on_end = lambda: self._release(worker)
        return generation

    def expect(self, answers: int) -> None:
        """Say how many answers are about to run together (0 when they are done), so that
        the first ones start with their share instead of all the cores."""
        with self._lock:
            self._expected = max(0, answers)

    def _rebalance(self, exclude: ModelWorker | None = None) -> int:
        """Give each model that answers an equal share of the cores (answers it decodes
        together share its threads); return the share."""
        models = list({id(w): w for w in self._running}.values())  # batched: one each
        share = max(1, self.cores // max(1, len(models), self._expected))
        for running in models:
            if running is not exclude:
                running.send({"op": "threads", "n": share})
        return share

    def _release(self, worker: ModelWorker) -> None:
        with self._lock:
            if worker in self._running:
                self._running.remove(worker)
            self._rebalance()

    def set_max_loaded(self, count: int, keep: str | Path | None = None) -> None:
        """Keep at most count models loaded from now on; idle ones beyond it unload now,
        the least recently used first, the model at path keep (the one the window answers
        with next) last."""
        with self._lock:
            self.max_loaded = count
            kept = Path(keep) if keep else None
            idle = sorted((path for path, worker in self._workers.items()
                           if worker not in self._running), key=lambda path: path == kept)
            extra = len(self._workers) - count
        for path in idle[:max(0, extra)]:
            self.unload(path)

    @property
    def loaded(self) -> ModelInfo | None:
        """The model used most recently, if any is loaded."""
        for worker in reversed(list(self._workers.values())):
            if worker.alive and worker.info is not None:
                return worker.info
        return None

    def loaded_info(self, path: Path | str) -> ModelInfo | None:
        """The model at path as loaded now (None: not loaded)."""
        with self._lock:
            worker = self._workers.get(Path(path))
        return worker.info if worker is not None and worker.alive else None

    def asked_n_ctx(self, path: Path | str) -> int | None:
        """The context length (tokens) the model at path was asked to load with (None: not
        loaded); the context it got is loaded_info(path).n_ctx."""
        with self._lock:
            worker = self._workers.get(Path(path))
        alive = worker is not None and worker.alive and worker.options is not None
        return worker.options[0] if alive else None

    def freed_by_reload(self, path: Path | str) -> int:
        """The memory (bytes) that loading the model at path again gives back first: the
        memory of its process where it has one of its own, but for the model file's pages,
        which the system counts as available already (0: not loaded, or it shares one with
        other models)."""
        with self._lock:
            worker = self._workers.get(Path(path))
            own = worker is not None and worker.alive and worker.host is not self._shared
        return worker.host.peak_rss(peak=False) if own else 0

    def freed_to_load(self, path: Path | str) -> int:
        """The memory (bytes) that loading the model at path can count on beside what is free
        now: what loading it again gives back (freed_by_reload) and what the idle models
        give back, which worker_for unloads while the model does not fit (models that
        answer, or are taken, stay: not counted)."""
        with self._lock:
            idle = [p for p in self._idle() if p != Path(path)]
        return self.freed_by_reload(path) + sum(self.freed_by_reload(p) for p in idle)

    def is_loaded(self, path: Path | str) -> bool:
        """Whether the model at path is loaded now (for answers or embeddings)."""
        return self.loaded_info(path) is not None

    def unload(self, path: Path) -> None:
        """Stop the worker of one model (its memory goes back to the system)."""
        with self._lock:
            worker = self._workers.pop(Path(path), None)
        if worker is not None:
            worker.stop()

    def close(self) -> None:
        """Stop every worker process."""
        with self._lock:
            workers = list(self._workers.values())
            self._workers.clear()
        for worker in workers:
            worker.stop()
