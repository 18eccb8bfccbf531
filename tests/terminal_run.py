"""`chatapp` run on a real pseudo-terminal, as a user at a terminal runs it."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys


def run_in_terminal(args: list[str], answers: dict[str, str] | None = None) -> str:
    """`chatapp ARGS` in a pseudo-terminal, typing each answer once its prompt is shown;
    everything the terminal showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "chatapp", *args], stdin=follower,
                               stdout=follower, stderr=follower, env=os.environ.copy(),
                               close_fds=True)
    os.close(follower)
    shown, pending = "", dict(answers or {})
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 60)
            if not ready:
                raise AssertionError(f"no answer from the command; it showed {shown!r}")
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the command ended and closed the terminal
                break
            if not chunk:
                break
            shown += chunk.decode("utf-8", "replace")
            for prompt in [p for p in pending if p in shown]:
                os.write(leader, pending.pop(prompt).encode())
    finally:
        os.close(leader)
        process.wait(timeout=60)
    assert not pending, f"never asked {list(pending)}: {shown!r}"
    return shown
