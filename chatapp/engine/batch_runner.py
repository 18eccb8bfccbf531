"""A worker's answers decoded together (chatapp.engine.batch): requests marked ``batch``
wait in order, join the running batch between steps while a sequence is free and the KV
cache has room, and leave when they end, each with its own text stream, stop handling,
cancel and stats.

Answers without the mark (the window's) come first: the worker runs one of them alone, the
batch paused, as fast as with no batch at all; when such an answer needs cells the batch
holds, the batch's latest sequence ends for it (finish "length", ``context_full``).
"""

from __future__ import annotations

import collections
import time
from typing import TYPE_CHECKING, Any

from chatapp.engine.batch import BatchDecoder, NoRoom, Sequence
from chatapp.engine.grammar import GrammarError, forced_call, grammar_for
from chatapp.engine.lora import adapter_uses
from chatapp.engine.refusal import REFUSED, DecodeRefused

if TYPE_CHECKING:
    from chatapp.engine.job import Job
    from chatapp.engine.worker import Worker

MIN_ROOM = 16  # cells a prompt needs beyond itself to join (more come as it goes)
FILL_CHUNK = 128  # prompt tokens evaluated per step (all joining answers together)


def batchable(params: dict[str, Any]) -> bool:
    """Whether an answer with these parameters may join a batch: asked for (``batch``),
    and neither held to a grammar nor with adapters (both apply to the whole context)."""
    if not params.get("batch") or params.get("adapters") and adapter_uses(params["adapters"]):
        return False
    try:
        return grammar_for(params.get("response_format")) is None and not (
            params.get("tools") and forced_call(params.get("tool_choice")))
    except GrammarError:
        return False


class BatchRunner:
    """The batch of one worker slot.

    Attributes:
        worker: the Worker (its decoder, prompt rendering, events, cancels).
        batch: the sequences decoding together.
        waiting: requests not started yet, in the order they came, with their prepared Job
            once it is made.
    """

    def __init__(self, worker: Worker, n_seq: int) -> None:
        self.worker = worker
        self.batch = BatchDecoder(worker.decoder, n_seq)
        self.waiting: collections.deque[list] = collections.deque()
        self.jobs: dict[Sequence, Job] = {}
        worker.decoder.reclaim = self.reclaim

    @property
    def busy(self) -> bool:
        """Whether answers run or wait."""
        return bool(self.batch.running or self.batch.filling or self.waiting
                    or self.batch.inflight)

    def add(self, request: dict[str, Any]) -> None:
        """Queue a generate request (it joins at the next step that has room)."""
        self.waiting.append([request, None])

    def step(self) -> None:
        """One piece of work, short enough that a request which comes first waits little:
        waiting requests join (their cells reserved), and one batch evaluates a chunk of the
        joining prompts and one token of every running answer."""
        worker = self.worker
        batch = self.batch
        self._drop_cancelled()
        if not batch.inflight:  # (nothing joins while the GPU evaluates ahead)
            if worker.decoder.tag:
                worker._use_adapters(None)  # the batch runs on the base model
            self._admit()
            worker.decoder.set_threads(worker.wanted_threads)
        self._hand_out(batch.step(FILL_CHUNK, ahead=not self.waiting))

    def settle(self) -> None:
        """Finish a step evaluated ahead (its tokens handed out), so that the decoder's
        context is free for another request."""
        if self.batch.inflight:
            self._hand_out(self.batch.step(0, ahead=False))

    def _hand_out(self, ended: list[Sequence]) -> None:
        """End the sequences a step ended (for want of cells, or refused twice: the
        translated line of chatapp.engine.refusal) and hand out every running one's picked
        token."""
        worker, batch = self.worker, self.batch
        for seq in ended:
            job = self.jobs[seq]
            if seq.refused is not None:  # (was: "llama_decode failed with status -1")
                del self.jobs[seq]
                job.stream.finish()
                worker.fail("decode", DecodeRefused(REFUSED, status=seq.refused),
                            job.request_id)
            elif job.prefilled is None:  # the cache had no room for its prompt after all
                del self.jobs[seq]
                self._no_room(job.request_id, len(job.tokens))
            else:
                self._finish(seq, "length", {"context_full": True})
        size = len(batch.running)
        for seq in list(batch.running):
            job = self.jobs[seq]
            job.batched = max(job.batched, size)
            if seq.again:  # read again after a refusal: its token was handed out already
                seq.again = False
                continue
            if job.prefilled is None:
                job.prefilled = time.monotonic()
                worker.send({"event": "prompt", "id": job.request_id,
                             "prompt_tokens": len(job.tokens), "reused_tokens": job.reused})
            self._take(seq)

    def _drop_cancelled(self) -> None:
        cancelled = self.worker.cancelled
        for item in list(self.waiting):
            request_id = int(item[0]["id"])
            if cancelled.pop(request_id):
                self.waiting.remove(item)
                if item[1] is not None:
                    self.worker.finish_job(item[1], "stopped")
                else:
                    self.worker.send({"event": "done", "id": request_id,
                                      "finish_reason": "stopped", "stats": {}})

    def _admit(self) -> None:
        """Let the waiting requests join, in order, while a sequence is free and the next
        one's prompt fits (their prompts are then evaluated by the following steps)."""
        worker, batch = self.worker, self.batch
        while self.waiting and batch.has_slot:
            item = self.waiting[0]
            request = item[0]
            request_id = int(request["id"])
            params = request.get("params") or {}
            if item[1] is None:
                try:
                    item[1] = worker._prepare(request_id, request["messages"], params)
                except Exception as exc:  # refused: the worker's words for it
                    self.waiting.popleft()
                    if not worker.refuse(request_id, exc):
                        raise
                    continue
            job = item[1]
            try:
                seq = batch.start(job.tokens, params, job.seed, worker.decoder.n_ctx,
                                  room=min(job.max_tokens, MIN_ROOM))
            except NoRoom:
                if batch.running or batch.filling:
                    return  # waits until a running answer frees cells
                self.waiting.popleft()
                self._no_room(request_id, len(job.tokens))
                continue
            self.waiting.popleft()
            job.reused = len(seq.tokens)
            if not worker.wanted_threads:
                worker.wanted_threads = int(params.get("n_threads") or 0)
            self.jobs[seq] = job

    def _no_room(self, request_id: int, n_tokens: int) -> None:
        self.worker.fail("context", "The prompt does not fit in the model's context "
                         f"({n_tokens} tokens).", request_id)

    def _take(self, seq: Sequence) -> None:
        """Hand out a sequence's picked token, or end the sequence where it ends."""
        job = self.jobs[seq]
        decoder = self.worker.decoder
        token = seq.pending
        if self.worker.cancelled.pop(job.request_id):
            self._finish(seq, "stopped")
            return
        if decoder.is_eog(token) and not job.ignore_eos:
            self._finish(seq, "stop")
            return
        job.count += 1
        stream = job.stream
        if job.first_at is None:
            job.first_at = stream.first_at = time.monotonic()
            stream.ttft_s = job.first_at - job.started
        stream.tokens = job.count
        if stream.add(*decoder.token_text(token)):
            self._finish(seq, "stop")
        elif job.count >= job.max_tokens or seq.full:
            self._finish(seq, "length")

    def _finish(self, seq: Sequence, finish: str, extra: dict[str, Any] | None = None) -> None:
        self.batch.end(seq, keep=True)
        job = self.jobs.pop(seq)
        self.worker.finish_job(job, finish, {"batch_size": max(1, job.batched), **(extra or {})})

    def reclaim(self) -> bool:
        """Free the cells kept for an ended answer, else end the latest running answer
        (their cells are needed by an answer that comes first); False when none runs."""
        if self.batch.drop_kept():
            return True
        started = self.batch.running + self.batch.filling
        if not started:
            return False
        last = max(started, key=lambda s: s.order)
        self._finish(last, "length", {"context_full": True})
        return True

    def fail_all(self, kind: str, message: str) -> None:
        """End every running and waiting answer with an error (the model goes away, or
        llama.cpp failed)."""
        for seq in list(self.batch.running) + list(self.batch.filling):
            job = self.jobs.pop(seq)
            self.batch.end(seq)
            job.stream.finish()
            self.worker.fail(kind, message, job.request_id)
        while self.waiting:
            request, _ = self.waiting.popleft()
            self.worker.fail(kind, message, int(request["id"]))

    def close(self) -> None:
        """End every answer (as unloaded) and free the batch."""
        self.fail_all("state", "the model was unloaded")
        self.batch.close()
        self.worker.decoder.reclaim = None
