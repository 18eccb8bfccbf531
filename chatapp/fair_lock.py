"""A lock that waiting threads get in turn: requests to one model take turns."""

from __future__ import annotations

import collections
import threading
import time


class FairLock:
    """A reentrant lock that waiting threads get in the order they asked for it (requests to
    one model take turns), and whose waits can time out (so that a request cancelled while
    it waits leaves the queue)."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._owner: int | None = None
        self._count = 0
        self._queue: collections.deque[object] = collections.deque()

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        """Take the lock (again, for its owner); False when not blocking or timed out."""
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._count += 1
                return True
            if self._owner is None and not self._queue:
                self._owner, self._count = me, 1
                return True
            if not blocking:
                return False
            ticket = object()
            self._queue.append(ticket)
            deadline = None if timeout < 0 else time.monotonic() + timeout
            try:
                while self._owner is not None or self._queue[0] is not ticket:
                    left = None if deadline is None else deadline - time.monotonic()
                    if left is not None and left <= 0:
                        return False
                    self._cond.wait(left)
                self._queue.popleft()
                self._owner, self._count = me, 1
                return True
            finally:
                if self._owner != me:
                    self._queue.remove(ticket)
                    self._cond.notify_all()

    def release(self) -> None:
        """Give the lock back (once per acquire); the longest waiting thread gets it next."""
        with self._cond:
            if self._owner != threading.get_ident():
                raise RuntimeError("release of a lock this thread does not hold")
            self._count -= 1
            if self._count == 0:
                self._owner = None
                self._cond.notify_all()

    def locked(self) -> bool:
        """Whether a thread holds the lock."""
        return self._owner is not None

    @property
    def waiting(self) -> int:
        """How many threads wait for it."""
        return len(self._queue)

    def __enter__(self) -> FairLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
