"""Which process holds a lock on the database (Linux: /proc/locks), to name it to the user."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROC_LOCKS = Path("/proc/locks")


@dataclass
class LockHolder:
    """A process holding a lock on one of the database's files.

    Attributes:
        pid: its process id (as this process sees it).
        argv: its command line ([] when it cannot be read).
    """

    pid: int
    argv: list[str]

    @property
    def program(self) -> str:
        """A short name for the process: the program and, for an interpreter, its script."""
        if not self.argv:
            return _comm(self.pid) or "?"
        words = [os.path.basename(self.argv[0])]
        if words[0].startswith(("python", "node", "perl", "ruby")):
            for arg in self.argv[1:3]:
                if arg in ("-c", "-e"):  # code on the command line: not worth showing
                    words.append(arg + " …")
                    break
                words.append(arg if arg.startswith("-") or words[-1] == "-m"
                             else os.path.basename(arg))
        return " ".join(words)[:80]

    @property
    def is_chatapp(self) -> bool:
        """True when the process is chatapp itself (its window or its command)."""
        argv = self.argv
        # the command itself, its script run by an interpreter (a console script's shebang),
        # or `python -m chatapp`
        return any(os.path.basename(a) == "chatapp" for a in argv[:2]) or any(
            argv[i] == "-m" and argv[i + 1].startswith("chatapp")
            for i in range(min(len(argv) - 1, 4)))


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def _argv(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode("utf-8", errors="replace") for part in raw.split(b"\0") if part]


def lock_holder(files: list[Path]) -> LockHolder | None:
    """The first other process holding a lock on one of files (a write lock preferred),
    or None when none is known (not Linux, no /proc, the holder in another namespace)."""
    wanted = {}
    for path in files:
        try:
            st = path.stat()
        except OSError:
            continue
        wanted[(os.major(st.st_dev), os.minor(st.st_dev), st.st_ino)] = path
    try:
        lines = PROC_LOCKS.read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return None
    found: list[tuple[bool, int]] = []
    for line in lines:
        fields = line.split()
        if "->" in fields:  # a waiter, not a holder
            continue
        try:
            pid = int(fields[4])
            major, minor, inode = fields[5].split(":")
            key = (int(major, 16), int(minor, 16), int(inode))
        except (IndexError, ValueError):
            continue
        if key in wanted and pid > 0 and pid != os.getpid():
            found.append((fields[3] != "WRITE", pid))
    if not found:
        return None
    _, pid = min(found)
    return LockHolder(pid, _argv(pid))
