"""The `chatapp` command's entry: Ctrl+C while Python is still loading the app (or the command
line is setting itself up) ends it at once with exit status 130, since nothing was done yet,
instead of a traceback or a crash inside a library being loaded."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator


@contextlib.contextmanager
def quiet_interrupts() -> Iterator[None]:
    """While inside, Ctrl+C (SIGINT) ends the process at once with status 130 (from the main
    thread only; elsewhere nothing changes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, lambda *_: os._exit(130))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def main() -> int:
    """Load the command line quietly interruptible, then run it (chatapp.cli.main). Ctrl+C
    raises KeyboardInterrupt afterwards even where the shell started the command with it
    ignored (a job started in the background by a script), as under `python -m chatapp`."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)
    with quiet_interrupts():
        from chatapp.cli import main as run
    return run()
