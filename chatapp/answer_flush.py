"""Saving an answer while it streams: every FLUSH_INTERVAL_S / 2 from a thread of its own."""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger(__name__)

FLUSH_INTERVAL_S = 1.0


class Flusher:
    """Saves a streaming answer (chatapp.answers.Answer: its text, reasoning and flush())
    every FLUSH_INTERVAL_S / 2 while its text or reasoning grew, from its own thread, so that
    text already shown is saved even while tokens stall."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="answer-flush")

    def __enter__(self) -> Flusher:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        saved = (0, 0)
        while not self._done.wait(FLUSH_INTERVAL_S / 2):
            answer = self.answer
            now = (len(answer.text), len(answer.reasoning))
            if now != saved:
                try:
                    answer.flush()
                except Exception:  # the answer goes on; its end is stored with the rest
                    log.exception("could not save a streaming answer")
                saved = now
