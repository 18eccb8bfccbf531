"""Greedy picks from a llama.cpp context's logits: the first highest logit after the repeat
penalty, as llama.cpp's sampler chain picks at temperature 0 (penalties over the last
PENALTY_LAST_N tokens, then greedy), without building a candidate array over the whole
vocabulary for every token. One output at a time (GreedyPicker), or the first rows of a
batch's outputs in one pass over them (RowPicks: answers decoded together), or picked by
llama.cpp on the device that evaluates the model (DevicePicker: backend sampling, the logits
never copied to the host).
"""

from __future__ import annotations

import ctypes
from collections import deque
from collections.abc import Iterable
from typing import Any

import llama_cpp
import numpy as np

PENALTY_LAST_N = 64


class GreedyPicker:
    """The greedy picks of one answer: call it with a batch index (-1: the last output).

    Attributes:
        penalty: the repeat penalty (1.0: none; above 1 lowers the recent tokens' logits).
        recent: the last PENALTY_LAST_N tokens picked (those picked before counted too).
    """

    def __init__(self, ctx: Any, n_vocab: int, penalty: float, picked: Iterable[int] = ()
                 ) -> None:
        self.ctx = ctx
        self.n_vocab = n_vocab
        self.penalty = penalty
        self.recent: deque[int] = deque(picked, maxlen=PENALTY_LAST_N)
        self._view: tuple[int, Any] = (0, None)  # the logits row's address and a view of it

    def __call__(self, index: int) -> int:
        pointer = llama_cpp.llama_get_logits_ith(self.ctx, index)
        address = ctypes.addressof(pointer.contents)
        if address != self._view[0]:
            self._view = (address, np.ctypeslib.as_array(pointer, shape=(self.n_vocab,)))
        logits = self._view[1]
        token = int(logits.argmax())
        # a penalty above 1 only lowers the recent tokens' logits: the row's highest stays
        # the pick unless it is one of them (then the row is penalised and scanned again,
        # from the cache this time)
        penalty = self.penalty
        if penalty != 1.0 and self.recent and (penalty < 1.0 or token in self.recent):
            seen = self.penalised()
            values = logits[seen]
            logits[seen] = np.where(values <= 0, values * penalty, values / penalty)
            token = int(logits.argmax())
        self.recent.append(token)
        return token

    def penalised(self) -> np.ndarray:
        """The token ids the penalty applies to (each once), shape (n,), intp."""
        return np.fromiter(set(self.recent), dtype=np.intp)


class RowPicks:
    """Greedy picks for the first rows of a context's outputs at once (llama_get_logits: the
    outputs in the order of the batch's tokens that asked for logits)."""

    def __init__(self, ctx: Any, n_vocab: int) -> None:
        self.ctx = ctx
        self.n_vocab = n_vocab
        self._view: tuple[int, int, Any] = (0, 0, None)  # address, rows, view

    def pick(self, pickers: list[GreedyPicker]) -> list[int]:
        """Output row i picked by pickers[i] (each penalises its own recent tokens, then the
        rows are scanned together); each picker's recent tokens take its pick. Waits for the
        batch's logits."""
        n = len(pickers)
        if not n:
            return []
        pointer = llama_cpp.llama_get_logits(self.ctx)
        address = ctypes.addressof(pointer.contents)
        if (address, n) != self._view[:2]:
            view = np.ctypeslib.as_array(pointer, shape=(n, self.n_vocab))
            self._view = (address, n, view)
        rows = self._view[2]
        columns, row_ids, factors = [], [], []
        for i, picker in enumerate(pickers):
            if picker.penalty != 1.0 and picker.recent:
                seen = picker.penalised()
                columns.append(seen)
                row_ids.append(np.full(len(seen), i, dtype=np.intp))
                factors.append(np.full(len(seen), picker.penalty, dtype=np.float32))
        if columns:
            at = (np.concatenate(row_ids), np.concatenate(columns))
            penalty = np.concatenate(factors)
            values = rows[at]
            rows[at] = np.where(values <= 0, values * penalty, values / penalty)
        tokens = rows.argmax(axis=1).tolist()
        for picker, token in zip(pickers, tokens, strict=True):
            picker.recent.append(token)
        return tokens


class DevicePicker:
    """Greedy picks from one sequence's outputs with llama.cpp's backend sampling: a sampler
    chain attached to the sequence id runs inside llama_decode on the device that evaluates
    the model, so the sequence's row of logits is not copied to the host (no row is, when
    every output of a batch has a chain). Without a repeat penalty the device picks the
    token itself (greedy); with one above 1 it hands back the PENALTY_LAST_N + 1 highest
    logits and their token ids, and the penalty and the pick are made here: a penalty above 1
    only lowers the (at most PENALTY_LAST_N) recent tokens' logits, so the highest after it
    is among those. Ties go to the lowest token id, as the argmax over the whole row. Call it
    with a batch index, as GreedyPicker.

    Attributes:
        seq_id: the sequence id it is attached to.
        penalty: the repeat penalty (1.0 or above).
        recent: the last PENALTY_LAST_N tokens picked.
        attached: whether llama.cpp took the chain (False: the device cannot sample here).
    """

    def __init__(self, ctx: Any, seq_id: int, penalty: float) -> None:
        self.ctx = ctx
        self.seq_id = seq_id
        self.penalty = penalty
        self.recent: deque[int] = deque(maxlen=PENALTY_LAST_N)
        self.chain = llama_cpp.llama_sampler_chain_init(
            llama_cpp.llama_sampler_chain_default_params())
        llama_cpp.llama_sampler_chain_add(self.chain, (
            llama_cpp.llama_sampler_init_greedy() if penalty == 1.0
            else llama_cpp.llama_sampler_init_top_k(PENALTY_LAST_N + 1)))
        self.attached = bool(llama_cpp.llama_set_sampler(ctx, seq_id, self.chain))

    def __call__(self, index: int) -> int:
        ctx = self.ctx
        if self.penalty == 1.0:
            return int(llama_cpp.llama_get_sampled_token_ith(ctx, index))
        n = llama_cpp.llama_get_sampled_candidates_count_ith(ctx, index)
        ids = np.ctypeslib.as_array(llama_cpp.llama_get_sampled_candidates_ith(ctx, index),
                                    shape=(n,))
        values = np.ctypeslib.as_array(llama_cpp.llama_get_sampled_logits_ith(ctx, index),
                                       shape=(n,)).copy()
        if self.recent:
            seen = np.isin(ids, np.fromiter(set(self.recent), dtype=ids.dtype))
            hit = values[seen]
            values[seen] = np.where(hit <= 0, hit * self.penalty, hit / self.penalty)
        token = int(ids[values == values.max()].min())
        self.recent.append(token)
        return token

    def reset(self) -> None:
        """Forget the tokens picked (a new answer starts on the sequence id)."""
        self.recent.clear()

    def free(self) -> None:
        """Detach from the sequence id (its outputs are logits again) and free the chain."""
        if self.attached:
            llama_cpp.llama_set_sampler(self.ctx, self.seq_id, None)
            self.attached = False
        llama_cpp.llama_sampler_free(self.chain)
