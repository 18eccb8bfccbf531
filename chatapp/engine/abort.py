"""Stopping a llama_decode that is under way (a long prompt's batch on a CPU), at no cost to
the evaluation: llama.cpp's CPU backend asks an abort callback between two steps of its graph,
hundreds of times a batch, so the callback is C's ``strlen`` over a two-byte flag (0 or 1: a
valid bool on every ABI) and never Python; a thread asks ``stop()`` every POLL_S and raises the
flag. llama_decode then returns 2 and removes the batch's cells from the KV cache."""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Callable

import llama_cpp

POLL_S = 0.05


# llama.cpp's abort callback type over the C library's strlen
_LIBC = ctypes.cdll.msvcrt if sys.platform == "win32" else ctypes.CDLL(None)
_ABORT = llama_cpp.ggml_abort_callback(ctypes.cast(_LIBC.strlen, ctypes.c_void_p).value)
_NONE = llama_cpp.ggml_abort_callback()


class AbortWatch:
    """While it is open, a decode of ctx stops soon after stop() says so (backends that ask
    the callback: the CPU's)."""

    def __init__(self, ctx: llama_cpp.llama_context_p, stop: Callable[[], bool]) -> None:
        self.ctx = ctx
        self.flag = ctypes.create_string_buffer(2)
        self._closed = threading.Event()
        llama_cpp.llama_set_abort_callback(ctx, _ABORT, ctypes.cast(self.flag, ctypes.c_void_p))
        self._thread = threading.Thread(target=self._watch, args=(stop,), daemon=True,
                                        name="abort-watch")
        self._thread.start()

    def _watch(self, stop: Callable[[], bool]) -> None:
        while not self._closed.wait(POLL_S):
            if stop():
                self.flag[0] = b"x"
                return

    def close(self) -> None:
        """Take the callback away and end the thread."""
        self._closed.set()
        self._thread.join()
        llama_cpp.llama_set_abort_callback(self.ctx, _NONE, None)
