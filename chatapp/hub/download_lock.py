"""The file lock that keeps a download's partial file to one process, and which one holds it.
The lock's file goes with the partial file (filelock leaves it behind): one for each download
ever made would pile up."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from chatapp.errors import UserError
from chatapp.hub.download_record import LOCKED, Download


def _file_lock(folder: Path, d: Download) -> FileLock:
    """The lock a process holds while it writes d's partial file."""
    return FileLock(folder / f"{d.id}.lock")


def _owner_file(folder: Path, d: Download) -> Path:
    return folder / f"{d.id}.owner"


def _drop_file(lock: FileLock) -> None:
    """Remove the file of a lock held now, which guards nothing any more (the next process
    to lock it makes it again); where an open file cannot be removed, it stays."""
    with contextlib.suppress(OSError):
        Path(lock.lock_file).unlink()


def delete_unless_held(folder: Path, d: Download, partial: Path) -> None:
    """Delete d's partial file unless another process is downloading it."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = _file_lock(folder, d)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return
    try:
        partial.unlink(missing_ok=True)
        _drop_file(lock)
    finally:
        lock.release()


def is_held(folder: Path, d: Download) -> bool:
    """Whether a process is downloading d now (holds its file lock)."""
    lock = _file_lock(folder, d)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return True
    lock.release()
    return False


@contextlib.contextmanager
def hold(folder: Path, d: Download, partial: Path) -> Iterator[None]:
    """Hold d's file lock while it is fetched and installed (partial: its partial file);
    UserError(LOCKED) when another process holds it."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = _file_lock(folder, d)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        try:
            owner = _owner_file(folder, d).read_text(encoding="utf-8").strip() or "?"
        except OSError:
            owner = "?"
        raise UserError(LOCKED, file=d.file_name, pid=owner) from None
    try:
        with contextlib.suppress(OSError):
            _owner_file(folder, d).write_text(str(os.getpid()), encoding="utf-8")
        yield
    finally:
        with contextlib.suppress(OSError):
            _owner_file(folder, d).unlink()
        if not partial.exists():  # installed, or nothing written: nothing left to guard
            _drop_file(lock)
        lock.release()
