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


def holds(ctx: object, seq_id: int, n: int, n_swa: int, probe: int) -> bool:
    """Whether llama.cpp's cache holds what tokens at positions n onward need of a sequence
    said to hold n tokens: its last position is n - 1 and, for a model with sliding-window
    layers (n_swa > 0), every position of the window before n (n - n_swa to n - 1) still has
    its cell (0 without such layers: its first position is 0; n_swa < 0, a recurrent state,
    whose first position is its last: not asked, see window). probe: a sequence id holding
    nothing, lent for the count (left empty); in a context of fewer sequences, only the
    window's first position is asked.

    A sliding-window cache reuses a sequence's cells that fell out of its window, the
    parked conversation's too (llama.cpp's find_slot, even with a full-size SWA cache), and
    never a cell two sequences share: a prefix of such a sequence can no longer be continued
    from any earlier point, and the positions lost need not be its first ones (a prefix
    shared with another conversation stays). llama.cpp places the next tokens after what it
    still holds, not after the prefix. The window's cells are counted from the size of the
    sequence's sliding-window state, which llama.cpp writes cell by cell for the cells its
    window does not mask, after a header (llama_kv_cache::state_write): a size linear in
    them, measured on its last cell and its last two."""
    import llama_cpp

    memory = llama_cpp.llama_get_memory(ctx)
    if llama_cpp.llama_memory_seq_pos_max(memory, seq_id) != n - 1:
        return False
    if n == 0 or n_swa < 0:
        return True
    if n_swa == 0 or probe >= llama_cpp.llama_n_seq_max(ctx):
        first = llama_cpp.llama_memory_seq_pos_min(memory, seq_id)
        return 0 <= first <= max(0, n - n_swa)
    flags = llama_cpp.LLAMA_STATE_SEQ_FLAGS_SWA_ONLY

    def lent(k: int) -> int:  # the state's size of the sequence's last k cells, lent to probe
        llama_cpp.llama_memory_seq_rm(memory, probe, -1, -1)
        llama_cpp.llama_memory_seq_cp(memory, seq_id, probe, n - k, n)
        size = llama_cpp.llama_state_seq_get_size_ext(ctx, probe, flags)
        llama_cpp.llama_memory_seq_rm(memory, probe, -1, -1)
        return size

    want, one = min(n, n_swa), lent(1)
    cell = lent(2) - one if want > 1 else 0
    return llama_cpp.llama_state_seq_get_size_ext(ctx, seq_id, flags) == one + cell * (want - 1)


def window(model: object) -> int:
    """A model's sliding window for holds: its layers' (0: none), or -1 for a recurrent or
    hybrid model, whose cache keeps a state per sequence rather than a cell per token."""
    import llama_cpp

    if llama_cpp.llama_model_is_recurrent(model) or llama_cpp.llama_model_is_hybrid(model):
        return -1
    return max(0, int(llama_cpp.llama_model_n_swa(model)))
