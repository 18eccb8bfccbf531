"""One attempt at a Hub file through huggingface_hub's ``http_get``: it resumes with a Range
request (again by itself after a dropped connection) and raises the Hub's errors; the bytes
land in the partial file through a sink that hashes and counts them, and its progress hook
is where a pause or cancel stops the transfer (between two chunks of CHUNK bytes).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from chatapp.errors import UserError
from chatapp.hub.download_record import CHUNK, DISK_FULL, Download
from chatapp.hub.hashing import Hasher

NOTIFY_S = 0.2  # the most often progress is told
FLUSH = 32 << 20  # bytes written between two writebacks started in the background
SPACE_CHECK = 8 << 20  # bytes written between two looks at the disk's free space


class Sink:
    """The partial file as http_get's temp_file: each block written is hashed and counted
    on the download (done_bytes, fetched_bytes, speed); a full disk is a UserError(DISK_FULL)
    with the file cut back to what was whole; free space fallen below reserve bytes is a
    UserError(NO_SPACE_RESERVE) (looked at every SPACE_CHECK bytes: other programs fill disks
    too), the file kept whole. Every
    FLUSH bytes the file is flushed to disk on a second thread, so the fsync that ends an
    attempt has little left to write.

    Attributes:
        hasher: the running sha256 of the file from its first byte.
    """

    def __init__(self, out: BinaryIO, d: Download, hasher: Hasher,
                 on_progress: Callable[[], None], reserve: int = 0) -> None:
        self.out, self.d, self.hasher = out, d, hasher
        self.on_progress = on_progress
        self.reserve = reserve
        self._space_checked = d.done_bytes
        self._window = (time.monotonic(), 0)
        d.data_at = 0.0  # no bytes yet
        self._told = 0.0
        self._flushed = d.done_bytes
        self._flusher: threading.Thread | None = None

    def write(self, block: bytes) -> int:
        d = self.d
        try:
            view, written = memoryview(block), 0
            while written < len(block):
                written += self.out.write(view[written:]) or 0
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
                self.out.truncate(d.done_bytes)
                raise UserError(DISK_FULL, file=d.file_name) from exc
            raise
        self.hasher.update(block)
        d.done_bytes += len(block)
        if d.done_bytes - self._flushed >= FLUSH and not (self._flusher and
                                                         self._flusher.is_alive()):
            self._flushed = d.done_bytes
            self._flusher = threading.Thread(target=_write_back, args=(self.out.fileno(),),
                                             name="flush", daemon=True)
            self._flusher.start()
        d.fetched_bytes += len(block)
        if (self.reserve and d.done_bytes - self._space_checked >= SPACE_CHECK
                and d.done_bytes < d.size):
            self._space_checked = d.done_bytes
            self._check_reserve()
        now = d.data_at = time.monotonic()
        start, count = self._window
        count += len(block)
        if now - start >= 0.5:
            rate = count / (now - start)
            d.speed = rate if not d.speed else 0.5 * d.speed + 0.5 * rate
            start, count = now, 0
        self._window = (start, count)
        if now - self._told >= NOTIFY_S:
            self._told = now
            self.on_progress()
        return len(block)

    def _check_reserve(self) -> None:
        """UserError(NO_SPACE_RESERVE) when the disk's free space fell below the reserve."""
        from chatapp.hub.disk_space import space_problem

        folder = Path(self.out.name).parent  # type: ignore[arg-type]
        if shutil.disk_usage(folder).free >= self.reserve:
            return
        d = self.d
        problem = space_problem(folder, self.reserve, d.file_name,
                                max(d.size - d.done_bytes, 1))
        if problem is not None:
            raise problem

    def sync(self) -> None:
        """Make what was written durable (after the background flush, if one runs)."""
        if self._flusher is not None:
            self._flusher.join()
        os.fsync(self.out.fileno())

    def tell(self) -> int:
        return self.out.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.out.seek(offset, whence)

    def truncate(self, size: int | None = None) -> int:
        """Cut the file (http_get does when the server ignored the range: it starts over),
        the hash and the count with it."""
        size = self.out.tell() if size is None else size
        self.out.truncate(size)
        if size != self.hasher.count:
            self.hasher.close()
            self.hasher = Hasher()
            if size:
                self.out.flush()
                self.hasher.feed_file(self.out.name, size)  # type: ignore[arg-type]
        self.d.done_bytes = size
        return size


def _write_back(fd: int) -> None:
    """Flush a file's data to disk; a failure is left to the fsync that follows."""
    with contextlib.suppress(OSError):
        getattr(os, "fdatasync", os.fsync)(fd)


class StopHook:
    """http_get's progress bar: it checks, at each chunk, whether the download should stop
    (check raises to stop it)."""

    def __init__(self, check: Callable[[], None], **_: Any) -> None:
        self.check = check

    def update(self, n: float = 1) -> None:
        self.check()

    def __enter__(self) -> StopHook:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def close(self) -> None:
        return None


def fetch(url: str, sink: Sink, have: int, headers: dict[str, str],
          check: Callable[[], None]) -> None:
    """Stream url from byte have to the end into sink (huggingface_hub's http_get).
    Raises what check raises, UserError(DISK_FULL), and huggingface_hub's and httpx's
    errors."""
    from huggingface_hub import constants
    from huggingface_hub.file_download import http_get

    constants.DOWNLOAD_CHUNK_SIZE = CHUNK
    http_get(url, sink, resume_size=have, headers=headers,  # type: ignore[arg-type]
             displayed_filename=sink.d.file_name,
             tqdm_class=functools.partial(StopHook, check))  # type: ignore[arg-type]
