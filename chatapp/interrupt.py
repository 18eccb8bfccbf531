"""Ctrl+C in the command line stops what is running, safely.

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
    """While inside, Ctrl+C (SIGINT) calls action on a new thread instead of raising
    KeyboardInterrupt; the previous handler comes back on leaving."""
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, lambda *_: threading.Thread(
        target=action, daemon=True, name="interrupt").start())
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
