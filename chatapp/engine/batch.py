"""Continuous batching: several answers decoded together in one llama.cpp context.

Each answer is a sequence of the context's KV cache (a sequence id of its own, after the ones
the decoder keeps for the conversation it answers alone and the one parked beside it); the
cells are one pool (a unified cache) shared by all of them, so the pool bounds the tokens
held, not a share per sequence. A step evaluates the next token of every running sequence in
one ``llama_decode``: the model's weights are read once for all of them, which is where the
throughput comes from. A sequence joins between steps and its prompt is evaluated a chunk at
a time in the same batches as the running sequences' next tokens (as llama-server mixes
them), so that several prompts join in one step and whoever waits for the context waits for
one chunk at most; it leaves when it ends. A prompt starts from the longest prefix of it
that the cache holds already (the conversation answered alone, the parked one, a running
answer, or an ended one whose cells are kept until they are needed, as llama-server's slots
keep their prompts): those cells are shared (a sequence id added to them) and only the rest
is evaluated. Each has its own sampler (the decoder's greedy picker or sampler chain,
reading its own row of the step's logits; when all pick greedily, the rows are scanned in one
pass), so a sequence's tokens are the ones it would get alone, up to the rounding of
llama.cpp's batched kernels (near-ties may go the other way, as in prompt processing).

When llama.cpp refuses a step's batch otherwise (a status other than 0, 1, 2: the cells
are not what the sequences believe), the sequences in it give their cells back, the kept
cells go too, and each reads its tokens again from the start (its pending token held) and goes
on; one refused a second time ends (its ``refused`` set to the status).

When the pool is full a step first takes the kept cells and the parked conversation's, then
ends the sequence that joined last (finish "length", ``context_full``), never failing the
others.

On a GPU (the decoder's ``ahead``) a step that only decodes also hands the picked tokens to
``llama_decode`` before returning, so that the GPU evaluates them while the caller streams
their text; the next step then only reads the logits and picks. A sequence that ends in
between gives its one extra cell back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import llama_cpp

from chatapp.engine.decoder import ACTIVE, N_SEQ_MAX, PARKED, Decoder
from chatapp.engine.greedy import GreedyPicker, RowPicks
from chatapp.engine.state_cache import common_prefix

# the most answers one context decodes together (each a sequence of the KV cache)
MAX_SEQUENCES = 8


class NoRoom(Exception):
    """The KV cache has no room for a prompt now (it may once running sequences end)."""


@dataclass(eq=False)
class Sequence:
    """One answer in the batch.

    Attributes:
        seq_id: its sequence id in the KV cache.
        tokens: the tokens evaluated into the cache for it (prompt, then answer), in order.
        pending: the token picked last, not evaluated yet (None while its prompt is
            evaluated and once the sequence ended).
        prompt: its prompt's tokens.
        limit: the most tokens it may hold (the model's context length).
        order: when it joined (a larger one joined later).
        resume: its pending token, held while its tokens are read again after a refusal.
        retried: whether it read its tokens again after a refusal already.
        again: whether its pending token is the one it held before it read its tokens
            again (the caller had it already).
        refused: llama_decode's status when a step ended it for a second refusal, else None.
    """

    seq_id: int
    tokens: list[int]
    pick: Callable[[int], int]
    cleanup: Callable[[], None] | None
    limit: int
    order: int
    pending: int | None = None
    context_full: bool = False
    prompt: list[int] = field(default_factory=list)
    resume: int | None = None
    retried: bool = False
    again: bool = False
    refused: int | None = None

    @property
    def full(self) -> bool:
        """Whether its context is used up (its pending token cannot be evaluated)."""
        return len(self.tokens) >= self.limit


class BatchDecoder:
    """Runs up to n_seq sequences of a decoder's context together.

    Attributes:
        decoder: the Decoder whose context (and pickers) it uses; its conversation and the
            parked one keep their sequence ids and cells.
        n_seq: how many sequences may run at once.
        n_cells: the cells of the context's KV cache (shared by every sequence).
        running: the sequences running now, in the order they joined.
        filling: the sequences whose prompts are being evaluated, in the order they joined.
    """

    def __init__(self, decoder: Decoder, n_seq: int) -> None:
        self.decoder = decoder
        self.n_seq = max(0, min(n_seq, llama_cpp.llama_n_seq_max(decoder.ctx) - N_SEQ_MAX))
        self.n_cells = llama_cpp.llama_n_ctx(decoder.ctx)
        self.running: list[Sequence] = []
        self.filling: list[Sequence] = []
        self._free = list(range(N_SEQ_MAX, N_SEQ_MAX + self.n_seq))
        self._kept: dict[int, list[int]] = {}  # free ids whose cells hold an ended answer
        self._joined = 0
        size = max(decoder.n_batch, self.n_seq, 1)
        self._batch = llama_cpp.llama_batch_init(size, 0, 1)
        self._size = size
        self.ahead = decoder.ahead
        self._inflight: list[Sequence] | None = None  # evaluated ahead, not picked from yet
        self._rows = RowPicks(decoder.ctx, llama_cpp.llama_vocab_n_tokens(decoder.vocab))

    @property
    def inflight(self) -> bool:
        """Whether the running sequences' pending tokens are being evaluated ahead (the
        next step only picks)."""
        return self._inflight is not None

    def close(self) -> None:
        """End every sequence, free the kept cells and the batch."""
        for seq in list(self.running) + list(self.filling):
            self.end(seq)
        while self.drop_kept():
            pass
        if self._inflight is not None:
            llama_cpp.llama_synchronize(self.decoder.ctx)
            self._inflight = None
        if self._batch is not None:
            llama_cpp.llama_batch_free(self._batch)
            self._batch = None

    @property
    def has_slot(self) -> bool:
        """Whether one more sequence may join now."""
        return bool(self._free)

    def used(self) -> int:
        """Cells held (the decoder's conversation, the parked one, every sequence, a
        filling one's whole prompt, the ended ones kept; shared cells counted for each)."""
        decoder = self.decoder
        return (len(decoder.cached) + len(decoder.parked or ())
                + sum(len(s.tokens) for s in self.running)
                + sum(len(s.prompt) for s in self.filling)
                + sum(len(kept) for kept in self._kept.values()))

    def make_room(self, need: int, spare: int | None = None) -> bool:
        """Free cells for need more tokens if that is possible without ending a sequence:
        ended answers' kept cells (spare's last), the parked conversation's, then (with no
        sequence running) the conversation's own (saved first). Whether there is room."""
        decoder = self.decoder
        for seq_id in sorted(self._kept, key=lambda i: i == spare):
            if self.used() + need <= self.n_cells:
                return True
            self.drop_kept(seq_id)
        if self.used() + need <= self.n_cells:
            return True
        decoder._evict_parked()
        if self.used() + need <= self.n_cells:
            return True
        if not self.running and not self.filling and decoder.cached:
            decoder.save_state()
            decoder._forget(0)
        return self.used() + need <= self.n_cells

    def start(self, tokens: list[int], params: dict[str, Any], seed: int,
              limit: int, room: int = 1) -> Sequence:
        """A new sequence for a prompt, its cells reserved: step(fill) evaluates the
        prompt, a chunk at a time, and picks its first token (pending). NoRoom when the
        cache cannot hold the prompt and room more tokens now (or no slot is free)."""
        if not self._free or not self.make_room(len(tokens) + room,
                                                self._longest_prefix(tokens)[0]):
            raise NoRoom
        pick, cleanup = self.decoder.picker(params, seed)
        seq_id, reused = self._take_id(tokens)
        seq = Sequence(seq_id, list(tokens[:reused]), pick, cleanup, limit, self._joined)
        seq.prompt = list(tokens)
        self._joined += 1
        self.filling.append(seq)
        return seq

    def _longest_prefix(self, tokens: list[int]) -> tuple[int | None, int]:
        """The sequence id whose cells hold the longest prefix of tokens, and its length
        (at most all tokens but the last, whose logits the first pick needs)."""
        decoder = self.decoder
        held = [(ACTIVE, decoder.cached), (PARKED, decoder.parked or []),
                *self._kept.items(), *((s.seq_id, s.tokens) for s in self.running)]
        best, source = 0, None
        for seq_id, cells in held:
            n = common_prefix(cells, tokens)
            if n > best:
                best, source = n, seq_id
        return source, min(best, len(tokens) - 1)

    def _take_id(self, tokens: list[int]) -> tuple[int, int]:
        """A free sequence id for a new prompt, its cells holding the longest prefix of it
        the cache has (shared from another sequence, or its own kept ones), and that
        prefix's length."""
        memory = self.decoder.memory
        source, reused = self._longest_prefix(tokens)
        target = source if source in self._free else min(
            self._free, key=lambda i: (i in self._kept, i))
        self._free.remove(target)
        kept = self._kept.pop(target, None)
        if target == source:
            if not llama_cpp.llama_memory_seq_rm(memory, target, reused, -1):
                llama_cpp.llama_memory_seq_rm(memory, target, -1, -1)
                reused = 0
            return target, reused
        if kept is not None:
            llama_cpp.llama_memory_seq_rm(memory, target, -1, -1)
        if source is None or reused <= 0:
            return target, 0
        llama_cpp.llama_memory_seq_cp(memory, source, target, 0, reused)
        return target, reused

    def drop_kept(self, seq_id: int | None = None) -> bool:
        """Free the cells kept for an ended answer (seq_id; None: the oldest); whether
        there were any."""
        if seq_id is None:
            seq_id = next(iter(self._kept), None)
        if seq_id is None or self._kept.pop(seq_id, None) is None:
            return False
        llama_cpp.llama_memory_seq_rm(self.decoder.memory, seq_id, -1, -1)
        return True

    def step(self, fill: int = 0, ahead: bool = True) -> list[Sequence]:
        """Evaluate in one batch the pending token of every running sequence and up to fill
        tokens of the prompts being evaluated (in the order they joined), then pick each
        running one's next token; a sequence whose prompt is all in runs from then on, its
        first token pending. With the cache full, the sequence that joined last ends first
        (its context_full set) until the rest fit; a batch llama.cpp refuses otherwise has
        its sequences read their tokens again, or end if they did already (their refused
        set); returns those ended so. After a step that evaluated ahead, a step only picks;
        ahead=False: this step evaluates nothing ahead (a request waits to join, or the
        decoder is wanted for something else next)."""
        ended: list[Sequence] = []
        if self._inflight is not None:
            self._pick_inflight()
        else:
            self._step(fill, ended)
        if ahead and self.ahead:
            self._launch()
        return ended

    def _step(self, fill: int, ended: list[Sequence]) -> None:
        while True:
            live = [s for s in self.running if s.pending is not None]
            parts = self._prompt_parts(fill, len(live))
            if not live and not parts:
                return
            self._load(live, parts)
            status = self._decode()
            if status == 1:
                last = max(live + [seq for seq, _ in parts], key=lambda s: s.order)
                last.context_full = True
                self.end(last)
                ended.append(last)
                continue
            if status != 0:
                self._refused(live + [seq for seq, _ in parts], status, ended)
                continue
            for seq in live:
                seq.tokens.append(seq.pending)
            self._pick(live)
            index = len(live)
            for seq, part in parts:
                seq.tokens.extend(part)
                index += len(part)
                if len(seq.tokens) == len(seq.prompt):
                    self.filling.remove(seq)
                    self.running.append(seq)
                    seq.again = seq.resume is not None
                    seq.pending = seq.pick(index - 1) if seq.resume is None else seq.resume
                    seq.resume = None
            return

    def _refused(self, seqs: list[Sequence], status: int, ended: list[Sequence]) -> None:
        """A batch llama.cpp refused (status) for seqs: their cells and the kept ones are
        freed; one refused before ends (refused set, added to ended), the others read their
        tokens again from the start as a prompt (their pending token held in resume)."""
        while self.drop_kept():
            pass
        for seq in seqs:
            if seq.retried:
                seq.refused = status
                self.end(seq)
                ended.append(seq)
                continue
            seq.retried = True
            llama_cpp.llama_memory_seq_rm(self.decoder.memory, seq.seq_id, -1, -1)
            if seq in self.running:
                self.running.remove(seq)
                seq.prompt, seq.resume, seq.pending = list(seq.tokens), seq.pending, None
                self.filling.append(seq)
                self.filling.sort(key=lambda s: s.order)
            seq.tokens = []

    def _launch(self) -> None:
        """Hand the running sequences' pending tokens to llama_decode without waiting for
        the result: only when every one runs (no prompt being evaluated), none is full and
        none picked an end-of-generation token; nothing when llama.cpp refuses the batch
        (the next step evaluates them the usual way)."""
        live = self.running
        if not live or self.filling or any(
                s.pending is None or s.full or self.decoder.is_eog(s.pending) for s in live):
            return
        self._load(live, [])
        if llama_cpp.llama_decode(self.decoder.ctx, self._batch) == 0:
            self._inflight = list(live)

    def _pick_inflight(self) -> None:
        """The step after a launch: each sequence still running takes its evaluated token
        and picks the next (reading the logits waits for the GPU)."""
        live, self._inflight = self._inflight or [], None
        for seq in live:
            if seq in self.running:
                seq.tokens.append(seq.pending)
        self._pick(live)

    def _pick(self, live: list[Sequence]) -> None:
        """Each running one of live (output row i for live[i]) picks its next token; when
        all pick greedily, every row in one pass (chatapp.engine.greedy.RowPicks)."""
        pickers = [seq.pick for seq in live]
        if pickers and all(isinstance(pick, GreedyPicker) for pick in pickers):
            tokens = self._rows.pick(pickers)
        else:
            tokens = [seq.pick(i) if seq in self.running else None
                      for i, seq in enumerate(live)]
        for seq, token in zip(live, tokens, strict=True):
            if seq in self.running:
                seq.pending = token

    def _prompt_parts(self, fill: int, taken: int) -> list[tuple[Sequence, list[int]]]:
        """The next pieces of the filling prompts for a batch that holds taken tokens
        already: fill tokens at most, within the context's batch size."""
        budget = min(fill, self.decoder.n_batch - taken)
        parts = []
        for seq in self.filling:
            if budget <= 0:
                break
            done = len(seq.tokens)
            part = seq.prompt[done:done + budget]
            parts.append((seq, part))
            budget -= len(part)
        return parts

    def _load(self, live: list[Sequence], parts: list[tuple[Sequence, list[int]]]) -> None:
        """Write the running sequences' pending tokens, then the prompt pieces, into the
        batch (logits for each running token and for a prompt's last one)."""
        batch = self._batch
        i = 0
        for seq in live:
            batch.token[i], batch.pos[i] = seq.pending, len(seq.tokens)
            batch.n_seq_id[i], batch.seq_id[i][0], batch.logits[i] = 1, seq.seq_id, 1
            i += 1
        for seq, part in parts:
            done = len(seq.tokens)
            last = done + len(part) - 1 if done + len(part) == len(seq.prompt) else -1
            for position in range(done, done + len(part)):
                batch.token[i], batch.pos[i] = seq.prompt[position], position
                batch.n_seq_id[i], batch.seq_id[i][0] = 1, seq.seq_id
                batch.logits[i] = 1 if position == last else 0
                i += 1
        batch.n_tokens = i

    def _decode(self) -> int:
        """llama_decode of the batch; while the cache has no room, the kept cells and then
        the parked conversation's are given up first. llama_decode's status."""
        decoder = self.decoder
        status = llama_cpp.llama_decode(decoder.ctx, self._batch)
        while status == 1 and (decoder.parked is not None or self._kept):
            if not self.drop_kept():
                decoder._evict_parked()
            status = llama_cpp.llama_decode(decoder.ctx, self._batch)
        return status

    def end(self, seq: Sequence, keep: bool = False) -> None:
        """Take a sequence out of the batch: its sampler is freed, its cells too (with
        keep, they stay for a later prompt that starts the same way, until needed)."""
        if self._inflight is not None and seq in self._inflight and seq in self.running:
            # its pending token was evaluated ahead: that cell is not one of its tokens
            llama_cpp.llama_memory_seq_rm(self.decoder.memory, seq.seq_id, len(seq.tokens), -1)
        for group in (self.running, self.filling):
            if seq in group:
                group.remove(seq)
                self._release(seq, keep)
        seq.pending = None

    def _release(self, seq: Sequence, keep: bool) -> None:
        if keep and seq.tokens:
            self._kept[seq.seq_id] = seq.tokens
        else:
            llama_cpp.llama_memory_seq_rm(self.decoder.memory, seq.seq_id, -1, -1)
        if seq.cleanup is not None:
            seq.cleanup()
            seq.cleanup = None
        if seq.seq_id not in self._free:
            self._free.append(seq.seq_id)
            self._free.sort()
