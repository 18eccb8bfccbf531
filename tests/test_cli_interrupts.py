"""Ctrl+C stops every long wait of the command line at once with exit status 130: `pull`
(downloading, on a stalled connection, between two tries), `bench`, and the waits for a server
that accepts connections and never answers (`models`, `remote list`, `chat`). Run as the
installed `chatapp` command runs (chatapp.entry.main), on a real pseudo-terminal, started the
way a shell starts a job in the background: with SIGINT ignored (was: every one of them but
`chat` and `eval` ignored Ctrl+C there and went on to the end, exit 0)."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pty
import select
import signal
import socket
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_server import FakeHub

pytest_plugins = ("hub_fixtures",)

# the console script's body (what `chatapp` runs), in a shell that ignores SIGINT for it as a
# shell does for a job started in the background (`trap "" INT` is kept through exec)
ENTRY = "import sys; from chatapp.entry import main; sys.exit(main())"


class Terminal:
    """`chatapp ARGS` on a pseudo-terminal, its output read as it comes."""

    def __init__(self, *args: str, ignore_interrupts: bool = True) -> None:
        self.leader, follower = pty.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 250, 0, 0))
        command = [sys.executable, "-c", ENTRY, *args]
        if ignore_interrupts:
            command = ["sh", "-c", 'trap "" INT; exec "$@"', "sh", *command]
        self.process = subprocess.Popen(command, stdin=follower, stdout=follower,
                                        stderr=follower, env=os.environ.copy(), close_fds=True)
        os.close(follower)
        self.shown = ""

    def read(self, seconds: float) -> bool:
        """Read what comes for up to seconds; False once the command has ended."""
        ready, _, _ = select.select([self.leader], [], [], seconds)
        if ready:
            try:
                chunk = os.read(self.leader, 65536)
            except OSError:
                return False
            if not chunk:
                return False
            self.shown += chunk.decode("utf-8", "replace")
        return True

    def wait_for(self, text: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.shown:
            assert time.monotonic() < deadline and self.read(0.2), self.shown[-2000:]

    def interrupt(self, timeout: float = 30.0) -> tuple[int, float]:
        """Ctrl+C; (the exit status, the seconds it took to end)."""
        sent = time.monotonic()
        self.process.send_signal(signal.SIGINT)
        while self.read(0.2) and time.monotonic() - sent < timeout:
            pass
        try:
            code = self.process.wait(timeout=max(1.0, timeout - (time.monotonic() - sent)))
        finally:
            self.close()
        return code, time.monotonic() - sent

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        with contextlib.suppress(OSError):
            os.close(self.leader)


def last_line(text: str) -> str:
    return [line for line in text.replace("\r", "\n").splitlines() if line.strip()][-1]


@pytest.fixture
def terminal() -> Iterator[list[Terminal]]:
    started: list[Terminal] = []
    yield started
    for term in started:
        term.close()


def test_ctrl_c_pauses_a_download_and_the_same_command_resumes_it(
        hub: FakeHub, chatapp_home: Path, tiny_files: dict[str, Path],
        terminal: list[Terminal]) -> None:
    big = tiny_files["large"]
    hub.add_repo("tester/slow-GGUF", {"slow-Q8_0.gguf": big})
    hub.faults.rate = big.stat().st_size / 20  # 20 s for the whole file
    term = Terminal("pull", "tester/slow-GGUF")
    terminal.append(term)
    term.wait_for("  3", timeout=30)  # 30% or more
    code, took = term.interrupt()
    assert code == 130 and took < 3, (code, took, term.shown[-500:])
    assert last_line(term.shown) == "Paused. Run the same command again to resume."
    assert "Saved" not in term.shown and "Traceback" not in term.shown
    assert list((chatapp_home / "data" / "downloads").glob("*.incomplete"))  # kept
    hub.faults.clear()
    hub.reset_log()
    again = subprocess.run([sys.executable, "-m", "chatapp", "pull", "tester/slow-GGUF"],
                           capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert again.returncode == 0, again.stderr
    ranges = [r.range for r in hub.requests if "slow-Q8_0" in r.path and r.method == "GET"]
    starts = [int(r.split("=")[1].split("-")[0]) for r in ranges if r and r.endswith("-")]
    assert starts and starts[-1] > 0, ranges  # the download went on from where it stopped


def test_ctrl_c_stops_a_stalled_download_and_one_waiting_to_try_again(
        hub: FakeHub, chatapp_home: Path, tiny_files: dict[str, Path],
        terminal: list[Terminal]) -> None:
    from chatapp.hub.download_record import CHUNK

    hub.add_repo("tester/stall-GGUF", {"s-Q8_0.gguf": tiny_files["large"]})
    hub.faults.stall_after("s-Q8_0.gguf", 2 * CHUNK)  # then nothing, the connection open
    term = Terminal("pull", "tester/stall-GGUF")
    terminal.append(term)
    term.wait_for("no data for 0:0")
    time.sleep(1.0)
    time.sleep(1.0)
    code, took = term.interrupt()
    assert code == 130 and took < 3, (code, took, term.shown[-500:])
    assert last_line(term.shown) == "Paused. Run the same command again to resume."
    hub.faults.clear()
    hub.add_repo("tester/busy-GGUF", {"b-Q8_0.gguf": tiny_files["large"]})
    hub.faults.fail("/tester/busy-GGUF/resolve/*", 503, times=50)
    term = Terminal("pull", "tester/busy-GGUF")
    terminal.append(term)
    term.wait_for("attempt 2 of")  # waiting between two tries
    code, took = term.interrupt()
    assert code == 130 and took < 3, (code, took, term.shown[-500:])
    assert "Traceback" not in term.shown


def test_ctrl_c_stops_a_benchmark_and_its_model_process(starter_home: Path,
                                                        terminal: list[Terminal]) -> None:
    term = Terminal("bench", "-p", "512", "-n", "256", "-r", "5")  # (about 20 s)
    terminal.append(term)
    term.wait_for("] 1/5")  # the first run is done, the others go on
    workers = model_processes()
    assert workers
    code, took = term.interrupt()
    assert code == 130 and took < 3, (code, took, term.shown[-500:])
    assert last_line(term.shown) == (
        "Stopped: nothing was measured, and the speeds stored before are kept.")
    assert "| model |" not in term.shown
    assert not (starter_home / "data" / "bench.json").exists()
    deadline = time.monotonic() + 5
    while set(workers) & set(model_processes()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not set(workers) & set(model_processes())


def model_processes() -> list[int]:
    """The model worker processes this test's commands started (children of its children)."""
    found = []
    me = str(os.getpid())
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            command = (entry / "cmdline").read_bytes()
            if b"chatapp.engine.worker" not in command:
                continue
            parent = (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
            grandparent = (Path("/proc") / parent / "stat").read_text().rsplit(")", 1)[1]
            if grandparent.split()[1] == me or parent == me:
                found.append(int(entry.name))
    return found


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A local TCP server that accepts connections and never answers; its port."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(50)
    held: list[socket.socket] = []

    def accept() -> None:
        with contextlib.suppress(OSError):
            while True:
                held.append(server.accept()[0])

    threading.Thread(target=accept, daemon=True).start()
    yield server.getsockname()[1]
    server.close()
    for connection in held:
        connection.close()


@pytest.fixture
def silent_endpoint(chatapp_home: Path, silent_server: int) -> str:
    """An endpoint "hang" whose server never answers, in the profile's endpoints file."""
    config = chatapp_home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "endpoints.json").write_text(json.dumps({"version": 1, "endpoints": [{
        "name": "hang", "base_url": f"http://127.0.0.1:{silent_server}/v1", "api_key": "",
        "headers": {}}]}), encoding="utf-8")
    return f"http://127.0.0.1:{silent_server}/v1"


@pytest.mark.parametrize("args", [["models"], ["remote", "list"],
                                  ["chat", "-m", "hang/foo", "hi"]])
def test_a_listing_gives_up_on_a_server_that_never_answers(
        tiny_home: Path, silent_endpoint: str, args: list[str]) -> None:
    """A model list (also the one `-m NAME/MODEL` is looked up in) waits a few seconds at
    most for a server that never answers, then says so in one line (was: 15 s, stopped only
    by Ctrl+C)."""
    started = time.monotonic()
    listed = subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                            text=True, timeout=60, env=os.environ.copy())
    assert time.monotonic() - started < 12
    assert listed.returncode == 1 and "Traceback" not in listed.stderr, listed.stderr
    assert "hang: the server at 127.0.0.1:" in listed.stderr and "did not answer within" in (
        listed.stderr)


def test_models_local_lists_this_computers_models_without_asking_a_server(
        tiny_home: Path, silent_endpoint: str) -> None:
    """(was: no way to list them without waiting 15 s for each server that does not answer)"""
    started = time.monotonic()
    listed = subprocess.run([sys.executable, "-m", "chatapp", "models", "--local"],
                            capture_output=True, text=True, timeout=60, env=os.environ.copy())
    assert listed.returncode == 0, listed.stderr
    assert time.monotonic() - started < 12
    assert "tiny-llama-F32" in listed.stdout and "other machines" not in listed.stdout
    assert "hang" not in listed.stdout
