"""Saved KV states of a llama.cpp context, keyed by the tokens they hold (an LRU in bytes)."""

from __future__ import annotations

import ctypes
from collections import OrderedDict
from collections.abc import Sequence

STATE_CACHE_BYTES = 512 << 20


def common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    """Length of the common prefix of two token lists."""
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


class StateCache:
    """Saved KV states keyed by the tokens they hold, least recently used dropped first."""

    def __init__(self, budget_bytes: int = STATE_CACHE_BYTES) -> None:
        self.budget = budget_bytes
        self._states: OrderedDict[tuple, ctypes.Array] = OrderedDict()
        self.size = 0

    def put(self, tokens: list[int], state: ctypes.Array, tag: tuple = ()) -> None:
        """Remember a state (tag: what else it was computed with, the adapters); drop old
        ones to stay within the budget."""
        key = (tag, tuple(tokens))
        if ctypes.sizeof(state) > self.budget:
            return
        if key in self._states:
            self.size -= ctypes.sizeof(self._states.pop(key))
        self._states[key] = state
        self.size += ctypes.sizeof(state)
        while self.size > self.budget:
            _, dropped = self._states.popitem(last=False)
            self.size -= ctypes.sizeof(dropped)

    def best(self, tokens: list[int], tag: tuple = ()) -> tuple[int, tuple | None]:
        """The saved state of this tag sharing the longest prefix with tokens, and that
        length."""
        best_len, best_key = 0, None
        for key in self._states:
            if key[0] != tag:
                continue
            n = common_prefix(key[1], tokens)
            if n > best_len:
                best_len, best_key = n, key
        return best_len, best_key

    def __len__(self) -> int:
        return len(self._states)

    def take(self, key: tuple) -> ctypes.Array:
        """A saved state, marked as recently used."""
        self._states.move_to_end(key)
        return self._states[key]


def holds(memory: object, seq_id: int, n: int, n_swa: int) -> bool:
    """Whether llama.cpp's cache holds what tokens at positions n onward need of a sequence
    said to hold n tokens: its last position is n - 1 and, for a model with sliding-window
    layers (n_swa > 0), their cells reach back to n - n_swa (0 without such layers; n_swa
    < 0, a recurrent state, whose first position is its last: not asked, see window).

    A sliding-window cache reuses a sequence's cells that fell out of its window, the
    parked conversation's too (llama.cpp's find_slot, even with a full-size SWA cache): a
    prefix of such a sequence can no longer be continued from any earlier point, and
    llama.cpp places the next tokens after what it still holds, not after the prefix."""
    import llama_cpp

    if llama_cpp.llama_memory_seq_pos_max(memory, seq_id) != n - 1:
        return False
    if n == 0 or n_swa < 0:
        return True
    first = llama_cpp.llama_memory_seq_pos_min(memory, seq_id)
    return 0 <= first <= (max(0, n - n_swa) if n_swa > 0 else 0)


def window(model: object) -> int:
    """A model's sliding window for holds: its layers' (0: none), or -1 for a recurrent or
    hybrid model, whose cache keeps a state per sequence rather than a cell per token."""
    import llama_cpp

    if llama_cpp.llama_model_is_recurrent(model) or llama_cpp.llama_model_is_hybrid(model):
        return -1
    return max(0, int(llama_cpp.llama_model_n_swa(model)))
