"""Greedy picks from a llama.cpp context's logits: the first highest logit after the repeat
penalty, as llama.cpp's sampler chain picks at temperature 0 (penalties over the last
PENALTY_LAST_N tokens, then greedy), without building a candidate array over the whole
vocabulary for every token. One output at a time (GreedyPicker), or the first rows of a
batch's outputs in one pass over them (RowPicks: answers decoded together).
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
