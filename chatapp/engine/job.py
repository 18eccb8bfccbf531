"""An answer being made in the worker, and the ids of those the app asked to stop."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from chatapp.engine.text_stream import TextStream


@dataclass(eq=False)
class Job:
    """An answer being made: its request, prompt tokens, limits, text stream and timings
    (monotonic seconds); dropped: the oldest messages left out of its prompt to fit."""

    request_id: int
    params: dict[str, Any]
    tokens: list[int]
    max_tokens: int
    seed: int
    grammar: str | None
    ignore_eos: bool
    stream: TextStream
    started: float
    prefilled: float | None = None
    first_at: float | None = None
    count: int = 0
    reused: int = 0
    batched: int = 0  # the most answers decoded together with it
    dropped: int = 0

    def stats(self, n_threads: int, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """The done event's stats, now: token counts, seconds (prefill, TTFT, total),
        decode tokens/s, reused prompt tokens, threads, messages dropped to fit, reasoning,
        and extra."""
        ended = time.monotonic()
        first_at, count, started = self.first_at, self.count, self.started
        decode_s = ended - first_at if first_at else 0.0
        stats = {
            "prompt_tokens": len(self.tokens),
            "completion_tokens": count,
            "ttft_s": first_at - started if first_at else None,  # None: no token came
            "prefill_s": (self.prefilled or ended) - started,
            "tokens_per_s": (count - 1) / decode_s if count > 1 and decode_s > 0 else None,
            "duration_s": ended - started,
            "reused_tokens": self.reused,
            "n_threads": n_threads,
            **({"dropped_messages": self.dropped} if self.dropped else {}),
            **(extra or {}),
        }
        if self.stream.reasoning_tokens:
            stats["reasoning_tokens"] = self.stream.reasoning_tokens
            stats["reasoning_s"] = (self.stream.reasoning_end or ended) - (first_at or started)
        return stats


class Cancelled:
    """Generation ids the app asked to stop, set from the reader thread."""

    def __init__(self) -> None:
        self._ids: set[int] = set()
        self._lock = threading.Lock()
        self.everything = False

    def add(self, request_id: int) -> None:
        with self._lock:
            self._ids.add(request_id)

    def asked(self, request_id: int) -> bool:
        """Whether request_id was asked to stop (it stays asked)."""
        with self._lock:
            return self.everything or request_id in self._ids

    def pop(self, request_id: int) -> bool:
        with self._lock:
            if self.everything:
                return True
            if request_id in self._ids:
                self._ids.discard(request_id)
                return True
            return False
