"""Real disk conditions for tests: a read-only file or folder, a small full disk, a process
holding the database's write lock. Each skips with a reason where it cannot be made here."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = os.geteuid() == 0


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, check=False)


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[str]:
    """The file cannot be written: immutable (chattr +i) as root, mode 0444 otherwise.
    Yields how it was made."""
    if ROOT:
        if _run("chattr", "+i", str(path)).returncode != 0:
            pytest.skip("chattr +i is not allowed here")
        try:
            yield "immutable"
        finally:
            _run("chattr", "-i", str(path))
    else:
        mode = path.stat().st_mode
        path.chmod(0o444)
        try:
            yield "mode 0444"
        finally:
            path.chmod(mode)


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[str]:
    """The folder (and the files in it) cannot be written: a read-only bind mount over it as
    root, mode 0555 otherwise. Yields how it was made."""
    if ROOT:
        if _run("mount", "--bind", str(folder), str(folder)).returncode != 0:
            pytest.skip("bind mounts are not allowed here")
        try:
            if _run("mount", "-o", "remount,bind,ro", str(folder)).returncode != 0:
                pytest.skip("a read-only remount is not allowed here")
            yield "read-only mount"
        finally:
            _run("umount", "-l", str(folder))
    else:
        mode = folder.stat().st_mode
        files = {p: p.stat().st_mode for p in folder.iterdir() if p.is_file()}
        for p in files:
            p.chmod(0o444)
        folder.chmod(0o555)
        try:
            yield "mode 0555"
        finally:
            folder.chmod(mode)
            for p, m in files.items():
                p.chmod(m)


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A small tmpfs mounted on folder (skips where mounting is not allowed)."""
    folder.mkdir(parents=True, exist_ok=True)
    result = _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill(folder: Path, keep: int = 0) -> Path:
    """Fill the disk of folder with one file until no space is left (keep: bytes to leave
    free); return the file (delete it to free the space)."""
    filler = folder / "filler.bin"
    block = b"\0" * 65536
    with open(filler, "wb", buffering=0) as f:  # unbuffered: nothing left to write on close
        try:
            while f.write(block):
                pass
        except OSError:
            pass
    if keep:
        os.truncate(filler, max(0, filler.stat().st_size - keep))
    return filler


HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE conversations SET title = title")
print("holding", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


@contextlib.contextmanager
def write_lock_held(database: Path, script_dir: Path) -> Iterator[subprocess.Popen]:
    """Another process (python hold_lock.py DB) holds the database's write lock until the
    block ends."""
    script = script_dir / "hold_lock.py"
    script.write_text(HOLDER, encoding="utf-8")
    holder = subprocess.Popen([sys.executable, str(script), str(database)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        yield holder
    finally:
        if holder.stdin is not None:
            holder.stdin.close()
        holder.wait(10)
        if holder.stdout is not None:
            holder.stdout.close()
