"""`chatapp serve` in a child process on a free port, for tests and benchmarks of the local
API; and the listening sockets of a process (from /proc), to check what it exposes."""

from __future__ import annotations

import contextlib
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TOKEN = "test-token-0123456789"


@dataclass
class Served:
    """A running `chatapp serve`.

    Attributes:
        url: the API's base URL (…/v1).
        process: the child process.
        lines: everything it printed (stdout and stderr), as it came.
        stdout, stderr: what it printed on each.
        returncode: its exit status once stopped.
    """

    url: str
    process: subprocess.Popen
    lines: list[str] = field(default_factory=list)
    returncode: int | None = None
    clients: list = field(default_factory=list)
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)

    def log_lines(self, path: str = "/v1/") -> list[str]:
        """The request log lines printed so far (those of paths under path)."""
        return [line for line in self.lines if f"  {path}" in line]

    def wait_for_line(self, pattern: str, timeout: float = 30.0) -> str:
        """The first printed line matching the regular expression (waiting for it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if re.search(pattern, line):
                    return line
            time.sleep(0.05)
        raise AssertionError(f"no line matching {pattern!r} in {self.lines!r}")

    def client(self, token: str = TOKEN, **kwargs):
        """The official openai client for this API (no retries; closed when serving ends)."""
        import openai

        client = openai.OpenAI(base_url=self.url, api_key=token, max_retries=0,
                               timeout=kwargs.pop("timeout", 600), **kwargs)
        self.clients.append(client)
        return client


@contextlib.contextmanager
def serve(home: Path, *args: str, timeout_s: float = 60.0) -> Iterator[Served]:
    """Start `python -m chatapp serve --port 0 --token TOKEN ARGS` with CHATAPP_HOME=home and
    yield it once it listens; on exit send SIGINT (Ctrl+C) and wait for it to end."""
    env = dict(os.environ, CHATAPP_HOME=str(home), HF_HUB_OFFLINE="1", PYTHONUNBUFFERED="1")
    command = [sys.executable, "-m", "chatapp", "serve", "--port", "0", "--token", TOKEN, *args]
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    stdout: list[str] = []
    stderr: list[str] = []
    found: queue.Queue[str] = queue.Queue()

    def read(stream, kept: list[str], url: bool) -> None:
        for line in stream:
            lines.append(line.rstrip("\n"))
            kept.append(line.rstrip("\n"))
            match = re.search(r"(http://\S+/v1)", line) if url else None
            if match:
                found.put(match.group(1))
        if url:
            found.put("")

    readers = [threading.Thread(target=read, args=(process.stdout, stdout, True), daemon=True),
               threading.Thread(target=read, args=(process.stderr, stderr, False),
                                daemon=True)]
    for reader in readers:
        reader.start()
    try:
        url = found.get(timeout=timeout_s)
    except queue.Empty:
        process.kill()
        raise AssertionError("chatapp serve did not start: " + "\n".join(lines)) from None
    if not url:
        process.wait(10)
        readers[1].join(10)  # (its error line)
        raise AssertionError("chatapp serve stopped: " + "\n".join(lines))
    served = Served(url, process, lines, stdout=stdout, stderr=stderr)
    try:
        yield served
    finally:
        for client in served.clients:
            client.close()
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        served.returncode = process.returncode
        for reader in readers:
            reader.join(10)
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        process.stderr.close()


def listening(pid: int) -> list[tuple[str, int]]:
    """The (address, port) pairs that a process listens on over TCP (IPv4 and IPv6), read
    from /proc: its socket descriptors matched with the kernel's tables of sockets in the
    LISTEN state."""
    inodes = set()
    fd_dir = Path(f"/proc/{pid}/fd")
    for fd in fd_dir.iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    found = []
    for table, width in (("tcp", 8), ("tcp6", 32)):
        path = Path(f"/proc/{pid}/net/{table}")
        if not path.exists():
            continue
        for row in path.read_text().splitlines()[1:]:
            cols = row.split()
            local, state, inode = cols[1], cols[3], cols[9]
            if state != "0A" or inode not in inodes:  # 0A: LISTEN
                continue
            address, port = local.split(":")
            found.append((_address(address, width), int(port, 16)))
    return found


def _address(hex_address: str, width: int) -> str:
    """An address as /proc/net/tcp{,6} writes it (little-endian words), as text."""
    import ipaddress

    raw = bytes.fromhex(hex_address)
    words = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
    return str(ipaddress.ip_address(words if width == 32 else raw[::-1]))
