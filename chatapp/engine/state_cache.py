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

