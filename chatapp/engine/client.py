"""The app's side of a model worker: start the process, load, stream answers, cancel.

A worker that dies (abort, out of memory, bad file) ends the answer in progress with an
error that quotes what llama.cpp said last; the next request starts a new process.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import logging
import os
import queue
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from chatapp.engine import outcomes, protocol
from chatapp.engine.load_errors import NO_MEMORY_PLAIN, explain_load, last_error_line, no_memory
from chatapp.engine.outcomes import EmbeddingTooLong, EngineError, ModelInfo, Result
from chatapp.engine.spawn import spawn
from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason, user_error_from
from chatapp.launch import module_command

log = logging.getLogger(__name__)

STDERR_LINES = 200
LOAD_TIMEOUT_S = 600.0
START_TIMEOUT_S = 60.0
# seconds a cancelled answer may take to stop (in a long native call) before its process ends
CANCEL_GRACE_S = 5.0
NOT_STARTED = QT_TRANSLATE_NOOP("errors", "The model process could not start: {reason}")
NO_MODEL = QT_TRANSLATE_NOOP("errors", "No model is loaded.")


class Generation:
    """A streamed answer: iterate for the answer's text pieces; `result` is set when iteration
    ends. The model's reasoning is not answer text: it grows in `reasoning` ("" pieces when
    only it grew); once `taken_back` is set, the pieces before were reasoning after all.

    Attributes:
        live: as of the last piece: "tokens" generated, "ttft_s" (seconds to the first
            token, fixed once it came) and "decode_s" (seconds since the first token).
        reading: (tokens in the context, tokens of the prompt) while a long prompt is read,
            None before and after.
        tool_calls: the calls of functions the model made so far ({"id", "name",
            "arguments"}), when it was offered tools; a piece that is "" may mean a new one.
        notice: what the worker left out of the answer, and why (a draft model that cannot
            draft for the model: the answer goes on without it); logged once.
    """

    def __init__(self, worker: ModelWorker, request_id: int) -> None:
        self.worker = worker
        self.request_id = request_id
        self.tool_calls: list[dict[str, str]] = []
        self.reasoning = ""
        self.taken_back = False
        self.result: Result | None = None
        self.on_end = None
        self.prompt_tokens: int | None = None
        self.reused_tokens: int | None = None
        self.live: dict = {}  # tokens, ttft_s, decode_s as of the last piece
        self.reading: tuple[int, int] | None = None  # (done, total) while the prompt is read
        self.error: UserError | None = None  # why it failed, where the worker said it as data
        self.notice: UserError | None = None
        self._stopper: threading.Timer | None = None
        self._ended_by_cancel = False

    def __iter__(self) -> Iterator[str]:
        try:
            yield from self._events()
        finally:
            if self._stopper is not None:
                self._stopper.cancel()
            if self.result is None:
                self.result = Result("error", "The answer was abandoned.", {})
            self.worker.host.forget((self.worker.slot, self.request_id))
            if self.on_end is not None:
                self.on_end()
                self.on_end = None

    def _events(self) -> Iterator[str]:
        while True:
            event = self.worker.host.next_event(None, (self.worker.slot, self.request_id))
            kind = event.get("event")
            if kind == "piece":
                self.reasoning += event.get("reasoning", "")
                self.taken_back = self.taken_back or bool(event.get("taken_back"))
                self.tool_calls += event.get("tool_calls") or []
                if event.get("tokens"):
                    self.live = {k: event.get(k) for k in ("tokens", "ttft_s", "decode_s")}
                yield event.get("text", "")
            elif kind == "reading":
                self.reading = (int(event.get("done") or 0), int(event.get("total") or 0))
            elif kind == "prompt":
                self.reading = None
                self.prompt_tokens = event.get("prompt_tokens")
                self.reused_tokens = event.get("reused_tokens")
            elif kind == "done":
                self.result = Result(event["finish_reason"], None, event.get("stats") or {})
                return
            elif kind == "notice":
                self.notice = user_error_from(event.get("error")) or self.notice
                log.warning("%s", event.get("message") or "")
            elif kind == "error":
                self.result = Result("error", event.get("message") or "", {},
                                     event.get("kind") or None)
                self.error = user_error_from(event.get("error"))
                return
            elif kind == "exit":
                if self._ended_by_cancel:
                    self.result = Result("stopped", None, {})
                else:
                    self.error = self.worker.death_error()
                    self.result = Result("error", str(self.error), {}, "exit")
                return

    def cancel(self) -> None:
        """Ask the worker to stop at the next token; the text so far stays. A worker that
        has not stopped CANCEL_GRACE_S later is ended (it starts again for the next request):
        the answer ends "stopped"."""
        self.worker.send({"op": "cancel", "id": self.request_id})
        if self._stopper is None and self.result is None:
            self._stopper = threading.Timer(CANCEL_GRACE_S, self._end_stuck)
            self._stopper.daemon = True
            self._stopper.start()

    def _end_stuck(self) -> None:
        if self.result is None:
            log.warning("the model process did not stop within %.0f s: it is ended",
                        CANCEL_GRACE_S)
            self._ended_by_cancel = True
            self.worker.host.kill(stuck=True)


class WorkerProcess:
    """A worker process and its event stream; the models in it each have a slot.

    Events are routed by (slot, request id), so that threads waiting on different models
    or answers of this process each get their own. A process exit goes to all of them.

    Attributes:
        gpu: whether its llama.cpp build can offload to a GPU (from its ready event).
        incarnation: counts the starts; a slot's model lives only in the one it loaded in.
        stderr_tail: the last lines the process wrote to stderr (llama.cpp's own messages).
    """

    ended_stuck = False  # the app ended it: an answer did not stop in time
    ended_by_user = False  # the app ended it: the user stopped a load

    def __init__(self) -> None:
        self.popen: subprocess.Popen[bytes] | None = None
        self.gpu = False
        self.incarnation = 0
        self.stderr_tail: collections.deque[str] = collections.deque(maxlen=STDERR_LINES)
        self._events: queue.Queue[dict[str, Any]] = queue.Queue()
        self._route = threading.Condition()
        self._stash: dict[tuple, collections.deque] = {}
        self._reading = False
        self._exit: dict[str, Any] | None = None
        self._write_lock = threading.Lock()
        self._start_lock = threading.Lock()
        self._slots: set[int] = set()
        self._next_slot = 0

    @property
    def alive(self) -> bool:
        """Whether the process is running."""
        return self.popen is not None and self.popen.poll() is None

    def new_slot(self) -> int:
        """A slot number for one more model in this process."""
        with self._route:
            self._next_slot += 1
            return self._next_slot

    def hold_slot(self, slot: int) -> None:
        """Count a slot as holding a model (the process stays while one does)."""
        with self._route:
            self._slots.add(slot)

    def release_slot(self, slot: int) -> bool:
        """A slot no longer holds a model; True when it was the last one."""
        with self._route:
            self._slots.discard(slot)
            return not self._slots

    def other_slots(self, slot: int) -> bool:
        """Whether slots other than slot hold a model in this process."""
        with self._route:
            return bool(self._slots - {slot})

    def ensure_started(self) -> None:
        """Start the process if it is not running (once, whichever thread asks first)."""
        with self._start_lock:
            if not self.alive:
                self.stop()
                self.start()

    def start(self) -> None:
        """Start the worker process and wait until it is ready."""
        env = dict(os.environ, GGML_NO_BACKTRACE="1", PYTHONUNBUFFERED="1")
        self.stderr_tail.clear()
        self.ended_stuck = self.ended_by_user = False
        self._events = queue.Queue()
        with self._route:
            self._stash.clear()
            self._exit = None
        try:
            self.popen = spawn(
                module_command("chatapp.engine.worker"), env,
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                start_new_session=True,
            )
        except OSError as exc:
            raise EngineError(NOT_STARTED, reason=os_reason(exc)) from None
        self.incarnation += 1
        popen = self.popen
        events = self._events
        threading.Thread(target=self._read_events, args=(popen, events), daemon=True).start()
        threading.Thread(target=self._read_stderr, args=(popen,), daemon=True).start()
        ready = self.next_event(START_TIMEOUT_S, (None, None))
        if ready.get("event") != "ready" or ready.get("protocol") != protocol.PROTOCOL_VERSION:
            self.stop()
            raise EngineError(NOT_STARTED, reason=self.death_error())
        self.gpu = bool(ready.get("gpu"))

    def _read_events(self, popen: subprocess.Popen[bytes], events: queue.Queue) -> None:
        """Route the process's events until its stdout ends (the pipe is closed here, by
        the one thread that reads it)."""
        assert popen.stdout is not None
        with popen.stdout:
            for line in popen.stdout:
                try:
                    events.put(protocol.decode(line))
                except ValueError:
                    log.warning("ignored a malformed line from the model process")
        popen.wait()
        events.put({"event": "exit", "code": popen.returncode})

    def _read_stderr(self, popen: subprocess.Popen[bytes]) -> None:
        assert popen.stderr is not None
        with popen.stderr:
            for line in popen.stderr:
                self.stderr_tail.append(line.decode("utf-8", errors="replace").rstrip())

    def next_event(self, timeout: float | None, key: tuple) -> dict[str, Any]:
        """The next event for key, (slot, request id or None); a timeout reads as an exit
        for the caller alone.

        The thread that reads the pipe keeps the other keys' events for their threads.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._route:
            while True:
                pending = self._stash.get(key)
                if pending:
                    return pending.popleft()
                if self._exit is not None:
                    return self._exit
                if not self._reading:
                    self._reading = True
                    break
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return {"event": "exit", "code": None}
                self._route.wait(left)
        try:
            while True:
                left = None if deadline is None else max(0.0, deadline - time.monotonic())
                try:
                    event = self._events.get(timeout=left)
                except queue.Empty:
                    return {"event": "exit", "code": None}
                with self._route:
                    if event.get("event") == "exit":
                        self._exit = event
                        return event
                    owner = (event.get("slot"), event.get("id"))
                    if owner == key:
                        return event
                    self._stash.setdefault(owner, collections.deque()).append(event)
                    self._route.notify_all()
        finally:
            with self._route:
                self._reading = False
                self._route.notify_all()

    def forget(self, key: tuple) -> None:
        """Drop the events kept for a key nobody will read."""
        with self._route:
            self._stash.pop(key, None)

    def send(self, message: dict[str, Any]) -> None:
        """Send a request; a dead process is ignored here and reported by the event stream."""
        if self.popen is None or self.popen.stdin is None:
            return
        with self._write_lock, contextlib.suppress(OSError, ValueError):
            protocol.write(self.popen.stdin, message)

    def death_error(self) -> UserError:
        """Why the process ended (a translatable error), in llama.cpp's words where it left
        some."""
        code = self.popen.poll() if self.popen else None
        if self.ended_stuck:  # by the app: not "from outside"
            return UserError(outcomes.DIED_RESTARTED)
        if self.ended_by_user:  # Stop: no failure, so not logged as one
            log.info("the model process ended: its load was stopped by the user")
            return UserError(outcomes.LOAD_STOPPED)
        reason = last_error_line(self.stderr_tail)
        log.warning("the model process ended (exit status %s): %s", code, reason or "-")
        if code in (-4, -9):  # SIGILL; SIGKILL comes from outside (llama.cpp's line is not why)
            return UserError(outcomes.DIED_CPU, n=4) if code == -4 else UserError(
                outcomes.DIED_KILLED)
        died = (UserError(outcomes.DIED_SILENT) if code is None else
                UserError(outcomes.DIED_SIGNAL, n=-code) if code < 0 else
                UserError(outcomes.DIED_EXIT, n=code))
        return UserError(outcomes.DIED_SAYING, died=died, reason=reason) if reason else died

    def peak_rss(self, peak: bool = True) -> int:
        """The process's peak resident memory in bytes (peak False: what it holds now of its
        own, the model file's pages not counted: they stay in the system's cache); 0 where
        unknown."""
        from chatapp.engine.dry_run import rss

        fields = ("VmHWM",) if peak else ("RssAnon", "RssShmem")
        return 0 if self.popen is None else rss(self.popen.pid, *fields)

    def reset_peak(self) -> bool:
        """Start the process's peak resident memory (peak_rss) again from what it holds now
        (Linux: "5" written to /proc/PID/clear_refs); False where that cannot be done (no
        process, no /proc, not allowed): peak_rss then includes the process's earlier work."""
        if self.popen is None or self.popen.poll() is not None:
            return False
        try:
            with open(f"/proc/{self.popen.pid}/clear_refs", "w", encoding="ascii") as refs:
                refs.write("5")
        except OSError:
            return False
        return True

    def kill(self, stuck: bool = False, by_user: bool = False) -> None:
        """End the process at once (its reader then sees it exit); stuck: because it did
        not stop an answer in time; by_user: because the user stopped its load (death_error
        then says which)."""
        self.ended_stuck, self.ended_by_user = stuck, by_user
        popen = self.popen
        if popen is not None and popen.poll() is None:
            with contextlib.suppress(OSError):
                popen.kill()

    def stop(self) -> None:
        """End the process (politely, then by force)."""
        popen = self.popen
        if popen is None:
            return
        if popen.poll() is None:
            self.send({"op": "quit"})
            try:
                popen.wait(timeout=3)
            except subprocess.TimeoutExpired:
                popen.kill()
                popen.wait()
        if popen.stdin is not None:  # stdout and stderr: closed by the threads reading them
            with contextlib.suppress(OSError):
                popen.stdin.close()
        self.popen = None


class ModelWorker:
    """One model in a worker process: its own process, or a slot in a shared one (how
    models share a GPU: threads of one process decode at once, processes take turns).

    Attributes:
        host: the process the model lives in.
        info: the loaded model, or None.
        options: the (n_ctx, n_gpu_layers, kv_type, flash_attn, embedding, batch) it was
            loaded with, kept by the engine.
    """

    def __init__(self, host: WorkerProcess | None = None) -> None:
        self.host = host or WorkerProcess()
        self.slot = self.host.new_slot()
        self.info: ModelInfo | None = None
        self._incarnation = 0
        self._ids = itertools.count(1)
        self.options: tuple | None = None
        self.loading = False  # a load was sent and its reply is awaited

    @property
    def process(self) -> subprocess.Popen[bytes] | None:
        """The operating-system process the model runs in."""
        return self.host.popen

    @property
    def alive(self) -> bool:
        """Whether the process runs and is the one this model was loaded in."""
        return self.host.alive and self._incarnation == self.host.incarnation

    def _await(self, kind: str, timeout: float | None = None, key: int | None = None,
               others: Callable[[dict], None] | None = None) -> dict:
        """The next event of this kind, "error" or "exit" of this model, an answer's by its id
        (key) or the others' (None) (a timeout of the whole wait, in seconds, reads as an
        exit); the events between go to others, or are passed over."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            event = self.host.next_event(left, (self.slot, key))
            if event.get("event") in (kind, "error", "exit"):
                return event
            if others is not None:
                others(event)

    def send(self, message: dict[str, Any]) -> None:
        """Send a request for this model."""
        self.host.send({**message, "slot": self.slot})

    def death_error(self) -> UserError:
        """Why the process ended (see WorkerProcess.death_error)."""
        return self.host.death_error()

    def peak_rss(self) -> int:
        """The peak resident memory of the model's process in bytes (0 where unknown)."""
        return self.host.peak_rss()

    def reset_peak(self) -> bool:
        """Start peak_rss again from now (see WorkerProcess.reset_peak); False where it cannot."""
        return self.host.reset_peak()

    def load(self, path: Path, *, n_ctx: int = 4096, n_threads: int = 0,
             n_gpu_layers: int = -1, template_override: str | None = None,
             kv_type: str = "f16", flash_attn: str = "auto",
             embedding: bool = False, n_seq: int = 0, seq_ctx: int = 0) -> ModelInfo:
        """Load a model (starting the process if needed), for answers or, with embedding,
        for embeddings; EngineError if it cannot. kv_type: the KV cache's type (f16, q8_0,
        q4_0); flash_attn: auto, on or off; n_seq: answers marked batch it decodes together
        (0: one at a time), each with seq_ctx more cells of cache (0: n_ctx)."""
        name = Path(path).name
        self.info = None
        self.host.ensure_started()
        self.host.hold_slot(self.slot)
        self._incarnation = self.host.incarnation
        self.host.forget((self.slot, None))
        self.loading = True  # (from before the request: cancel_load may end it)
        try:
            self.send({
                "op": "load", "path": str(path), "n_ctx": n_ctx, "n_threads": n_threads,
                "n_gpu_layers": n_gpu_layers, "template_override": template_override,
                "kv_type": kv_type, "flash_attn": flash_attn, "embedding": embedding,
                "n_seq": n_seq, "seq_ctx": seq_ctx,
            })
            event = self.reply("loaded", name, LOAD_TIMEOUT_S)
        except EngineError as exc:
            if kv_type != "f16" and "llama_context" in str(exc):  # the cache type refused
                raise EngineError(outcomes.KV_REFUSED, name=name, kv_type=kv_type) from exc
            raise
        finally:
            self.loading = False
        self.info = ModelInfo.from_event(event["info"])
        return self.info

    def cancel_load(self) -> bool:
        """End a load that is under way by ending its process (load then raises
        EngineError); True if it did. A process that holds other models too is left alone
        (ending it would end them): the load goes on."""
        host = self.host
        if not self.loading or host.other_slots(self.slot):
            return False
        log.info("a model's load was stopped by the user: its process ends")
        host.kill(by_user=True)
        return True

    def reply(self, kind: str, name: str, timeout_s: float, stop: bool = True) -> dict:
        """The worker's reply of this kind to a load or a dry run of the model called name;
        EngineError with llama.cpp's reason when it refuses, or with why the process ended
        (then the model is stopped, with stop)."""
        event = self._await(kind, timeout_s)
        if event["event"] == kind:
            return event
        if event["event"] == "error":
            said = str(event.get("log") or "").splitlines()  # the load's own log lines
            lines = collections.deque(said) or self.host.stderr_tail
            reason = (user_error_from(event.get("error"))
                      or explain_load(event.get("message", ""), lines))
            raw = [event.get("message", ""), *lines]
        else:
            reason = self.death_error()
            raw = [] if self.host.popen is None or self.host.popen.poll() == -9 \
                else list(self.host.stderr_tail)  # (a kill from outside: not llama.cpp's)
            if stop:
                self.stop()
        short = no_memory(*raw)
        if short:  # told as such (the engine adds the numbers), llama.cpp's words logged
            log.warning("%s could not be loaded, memory ran short: %s (%s)", name, short,
                        reason)
            raise EngineError(NO_MEMORY_PLAIN, name=name)
        raise EngineError(outcomes.LOAD_FAILED, name=name, reason=reason)

    def generate(self, messages: list[dict[str, str]], params: dict[str, Any]) -> Generation:
        """Start an answer to messages; iterate the result for its text."""
        if not self.alive or self.info is None:
            raise EngineError(NO_MODEL)
        request_id = next(self._ids)
        self.send({"op": "generate", "id": request_id, "messages": messages, "params": params})
        return Generation(self, request_id)

    def embed(self, texts: list[str], n_threads: int = 0,
              truncate: bool = True) -> tuple[list[list[float]], int]:
        """The loaded embedding model's L2-normalized vectors of texts (one each) and the
        tokens they took, with n_threads threads (0: as loaded). Texts longer than its
        context are cut to it, or with truncate False refused (EmbeddingTooLong). EngineError
        when the worker cannot."""
        request_id = next(self._ids)
        self.send({"op": "embed", "id": request_id, "texts": list(texts),
                   "n_threads": n_threads, "truncate": truncate})
        try:
            event = self._await("embedded", key=request_id)
        finally:
            self.host.forget((self.slot, request_id))
        if event["event"] == "embedded":
            return [list(v) for v in event["vectors"]], int(event.get("tokens") or 0)
        if event["event"] == "error" and event.get("kind") == "context":
            raise EmbeddingTooLong.from_llama(event.get("message") or "")
        raise EngineError(outcomes.NO_EMBEDDINGS, reason=event.get("message") or ""
                          if event["event"] == "error" else self.death_error())

    def tokenize(self, text: str, special: bool = False) -> list[int]:
        """The model's tokens for text."""
        self.send({"op": "tokenize", "text": text, "special": special})
        event = self._await("tokens", 60)
        if event["event"] != "tokens":
            raise EngineError(NO_MODEL)
        return list(event["tokens"])

    def bench(self, n_prompt: int, n_gen: int, repetitions: int,
              progress=None) -> list[dict[str, float]]:
        """llama-bench style timings of the loaded model (see Decoder.bench)."""
        self.send({"op": "bench", "n_prompt": n_prompt, "n_gen": n_gen,
                   "repetitions": repetitions})
        def told(event: dict) -> None:
            if progress is not None and event.get("event") == "bench_progress":
                progress(int(event["done"]), repetitions)

        event = self._await("benched", others=told)
        if event["event"] != "benched":
            raise EngineError(QT_TRANSLATE_NOOP("errors", "The benchmark failed: {reason}"),
                              reason=event.get("message") or self.death_error())
        return list(event["runs"])

    def render(self, messages: list[dict[str, str]]) -> tuple[str, list[int]]:
        """The exact prompt text and tokens the next answer to messages would start from."""
        self.send({"op": "render", "messages": messages})
        event = self._await("rendered", 60)
        if event["event"] == "error":
            raise EngineError(QT_TRANSLATE_NOOP(
                "errors", "The prompt could not be prepared: {reason}"),
                              reason=event.get("message", ""))
        if event["event"] == "exit":
            raise EngineError(NO_MODEL)
        return event["text"], list(event["tokens"])

    def stop(self) -> None:
        """Free the model: its slot closes, and the process ends with its last model."""
        host = self.host
        last = host.release_slot(self.slot)
        if last or not host.alive:
            host.stop()
        elif self._incarnation == host.incarnation:
            self.send({"op": "close"})
            self._await("closed", 30)
            host.forget((self.slot, None))
        self.info = None
        self._incarnation = 0


def dry_run(path: Path, *, n_ctx: int, n_gpu_layers: int = -1, kv_type: str = "f16",
            flash_attn: str = "auto", contexts: list[int] | None = None,
            timeout: float = LOAD_TIMEOUT_S) -> list[dict[str, Any]]:
    """The buffers llama.cpp would allocate for the model at path, at n_ctx and at each of
    contexts, measured in a worker process of its own (a hostile file ends that process
    only); see chatapp.engine.dry_run.dry_run for the shape. EngineError when the file
    cannot be loaded."""
    host = WorkerProcess()
    host.start()
    try:
        worker = ModelWorker(host)
        worker.send({"op": "fit", "path": str(path), "n_ctx": n_ctx,
                     "n_gpu_layers": n_gpu_layers, "kv_type": kv_type,
                     "flash_attn": flash_attn, "contexts": contexts or []})
        return list(worker.reply("fitted", Path(path).name, timeout, stop=False)["runs"])
    finally:
        host.stop()
