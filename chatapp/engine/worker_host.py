"""The model worker process's side of the protocol: one thread per slot, requests routed to
them (cancels and thread counts at once), one writer for the events."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import IO, Any

from chatapp.engine import protocol


class Host:
    """The process: its slots, each a Worker with its own thread, and the one output."""

    def __init__(self, out: IO[bytes], make_worker: Callable[[Host, int], Any]) -> None:
        self.out = out
        self.make_worker = make_worker
        self.slots: dict[int, tuple[Any, threading.Thread]] = {}
        self.load_lock = threading.Lock()
        self._write_lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        """Send one event to the app."""
        with self._write_lock:
            protocol.write(self.out, message)

    def worker(self, slot: int) -> Any:
        """The slot's worker, started on its first request."""
        if slot not in self.slots:
            worker = self.make_worker(self, slot)
            thread = threading.Thread(target=worker.serve, daemon=True)
            self.slots[slot] = (worker, thread)
            thread.start()
        return self.slots[slot][0]

    def dispatch(self, request: dict[str, Any]) -> None:
        """Cancels and thread counts act at once; the rest queue up for the slot's thread."""
        op = request.get("op")
        slot = int(request.get("slot") or 0)
        if op == "close" and slot not in self.slots:
            self.send({"event": "closed", "slot": slot})
            return
        worker = self.worker(slot)
        if op == "cancel":
            worker.cancelled.add(int(request.get("id", -1)))
        elif op == "threads":
            worker.wanted_threads = max(0, int(request.get("n", 0)))
        else:
            worker.inbox.put(request)
            if op == "close":
                del self.slots[slot]

    def shutdown(self) -> None:
        """Stop every answer, free every model, and leave."""
        for worker, _ in self.slots.values():
            worker.cancelled.everything = True
            worker.inbox.put({"op": "quit"})
        for _, thread in self.slots.values():
            thread.join(timeout=10)
        self.out.flush()
        os._exit(0)


def serve(stream: IO[bytes], host: Host) -> None:
    """Read requests until quit or end of input."""
    for line in stream:
        try:  # a line that is no message, or a request with values of the wrong type
            request = protocol.decode(line)
            if request.get("op") == "quit":
                break
            host.dispatch(request)
        except (TypeError, ValueError):
            host.send({"event": "error", "kind": "protocol", "message": "bad request"})
    host.shutdown()
