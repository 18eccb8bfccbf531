"""sha256 of a download while it arrives, on a second thread."""

from __future__ import annotations

import hashlib
import queue
import threading
from pathlib import Path


class Hasher:
    """sha256 on a second thread, so hashing overlaps with the network (hashlib drops the GIL).

    Attributes:
        count: bytes fed so far.
    """

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.count = 0
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self._thread = threading.Thread(target=self._run, name="sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (block := self._queue.get()) is not None:
            self.digest.update(block)

    def update(self, block: bytes) -> None:
        self.count += len(block)
        self._queue.put(block)

    def feed_file(self, path: Path, size: int) -> None:
        """Hash the first size bytes of a file (the part kept from an earlier attempt)."""
        with open(path, "rb", buffering=0) as f:
            left = size
            while left > 0 and (block := f.read(min(4 << 20, left))):
                self.update(block)
                left -= len(block)

    def hexdigest(self) -> str:
        self.close()
        return self.digest.hexdigest()

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()


def sha256_file(path: Path) -> str:
    """Hex sha256 of a whole file."""
    hasher = Hasher()
    hasher.feed_file(path, path.stat().st_size)
    return hasher.hexdigest()
