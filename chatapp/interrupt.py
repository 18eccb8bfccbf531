"""Ctrl+C (or a SIGTERM) in the command line stops what is running, safely.

A signal handler runs in the main thread between two of its steps, possibly while that thread
holds a lock (a run's bookkeeping, the pipe to the model's process); an action that takes the
same lock there would wait for itself forever. The action runs on a thread of its own."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def on_interrupt(action: Callable[[], object]) -> Iterator[None]:
    """While inside, Ctrl+C (SIGINT) and SIGTERM call action on a new thread instead of
    raising KeyboardInterrupt or ending the process (what was written so far is saved as
    with Ctrl+C); the previous handlers come back on leaving."""
    kinds = (signal.SIGINT, signal.SIGTERM)
    previous = [signal.getsignal(kind) for kind in kinds]
    for kind in kinds:
        signal.signal(kind, lambda *_: threading.Thread(
            target=action, daemon=True, name="interrupt").start())
    try:
        yield
    finally:
        for kind, handler in zip(kinds, previous, strict=True):
            signal.signal(kind, handler)
