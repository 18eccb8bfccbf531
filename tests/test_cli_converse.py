"""`chatapp chat` at a terminal with no prompt: one message a line, answered in one
conversation, until Ctrl+D (a real pseudo-terminal, the tiny llama model)."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

from test_cli import db_rows


def _take_terminal() -> None:
    """In the command's process, before it starts: its standard input becomes its session's
    controlling terminal."""
    import fcntl
    import termios

    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """A command run on a pseudo-terminal: what it wrote so far, and keys typed to it."""

    def __init__(self, *args: str, stdout=None, command: list[str] | None = None,
                 controlling: bool = False) -> None:
        """stdout: where standard output goes instead of the terminal (a file); command: what
        runs `chatapp` (default: python -m chatapp); controlling: the terminal is the
        command's own (in a session of its own), so that a typed Ctrl+C ("\x03") is echoed
        as "^C" and sends SIGINT, as at a person's terminal."""
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen([*(command or [sys.executable, "-m", "chatapp"]),
                                         *args], stdin=slave,
                                        stdout=stdout or slave, stderr=slave,
                                        env=os.environ.copy(), close_fds=True,
                                        start_new_session=controlling,
                                        preexec_fn=_take_terminal if controlling else None)
        os.close(slave)
        self.text = ""

    def wait_for(self, needle: str, count: int = 1, timeout: float = 120) -> None:
        """Read until needle was written count times in all (AssertionError on timeout)."""
        ends = time.monotonic() + timeout
        while self.text.count(needle) < count:
            left = ends - time.monotonic()
            assert left > 0, f"no {needle!r} x{count} in {self.text!r}"
            if select.select([self.master], [], [], left)[0]:
                try:
                    self.text += os.read(self.master, 4096).decode("utf-8", "replace")
                except OSError:  # the command ended
                    assert self.text.count(needle) >= count, self.text
                    return

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def close(self, timeout: float = 60) -> int:
        """The command's exit status once it ends."""
        return self.process.wait(timeout=timeout)

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *_: object) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self.master)


def test_each_line_is_answered_in_one_conversation_until_ctrl_d(tiny_home: Path) -> None:
    with Terminal("chat", "-m", "tiny-llama-F32", "--max-tokens", "4", "--seed", "3") as term:
        term.wait_for("Chatting with tiny-llama-F32")
        term.wait_for("> ")
        term.type("hello there\r")
        term.wait_for("> ", 2)  # answered: the next prompt
        term.type("   \r")  # a blank line asks nothing
        term.wait_for("> ", 3)
        term.type("and again\r")
        term.wait_for("> ", 4)
        term.type("\x04")  # Ctrl+D
        assert term.close() == 0, term.text
    rows = db_rows(tiny_home, "SELECT conversation_id, role, content, parent_id, id "
                              "FROM messages ORDER BY id")
    assert len({r[0] for r in rows}) == 1
    assert [r[2] for r in rows if r[1] == "user"] == ["hello there", "and again"]
    assert [r[1] for r in rows] == ["user", "assistant", "user", "assistant"]
    assert [r[3] for r in rows] == [None, rows[0][4], rows[1][4], rows[2][4]]


def test_answers_sent_to_a_file_leave_the_prompt_on_the_terminal(tiny_home: Path,
                                                                  tmp_path: Path) -> None:
    """`chatapp chat > out.txt` at a terminal: "> " is for the person (was: in the file,
    and nothing on the screen)."""
    out = tmp_path / "out.txt"
    with out.open("w") as file, Terminal("chat", "-m", "tiny-llama-F32", "--max-tokens", "4",
                                         stdout=file) as term:
        term.wait_for("> ")
        term.type("hello there\r")
        term.wait_for("> ", 2)
        term.type("\x04")
        assert term.close() == 0, term.text
    written = out.read_text(encoding="utf-8")
    assert written.strip() and "> " not in written, written


def test_ctrl_d_before_any_line_keeps_no_conversation(tiny_home: Path) -> None:
    with Terminal("chat", "-m", "tiny-llama-F32") as term:
        term.wait_for("> ")
        term.type("\x04")
        assert term.close() == 0, term.text
    assert db_rows(tiny_home, "SELECT COUNT(*) FROM conversations") == [(0,)]


def test_ctrl_c_stops_an_answer_and_the_conversation_goes_on(chatapp_home: Path) -> None:
    """The line after Ctrl+C fits a conversation that goes on (no --continue advice), and
    ending it with Ctrl+D is no failure."""
    import signal

    from gguf_factory import write_slow_llama

    write_slow_llama(chatapp_home)
    with Terminal("chat", "-m", "slow-llama", "--max-tokens", "3000",
                  "--temperature", "0") as term:
        term.wait_for("> ")
        term.type("hello\r")
        term.wait_for("hello\r\n")
        ends = time.monotonic() + 60

        def writing() -> bool:  # the answer began, after the waiting lines if any were shown
            # (cleared with \r, spaces, \r); a random model writes blank lines and broken
            # characters
            last = re.split(r"\r +\r", term.text.split("hello\r\n", 1)[1])[-1]
            return len(last) >= 5 and not last.lstrip("\r").startswith(
                ("Reading the prompt", "Waiting for the first token"))

        while not writing():
            assert time.monotonic() < ends, term.text
            time.sleep(0.2)
            if select.select([term.master], [], [], 0)[0]:
                term.text += os.read(term.master, 4096).decode("utf-8", "replace")
        term.process.send_signal(signal.SIGINT)
        term.wait_for("chatapp: Stopped: the answer is kept as far as it was written.\r\n")
        term.wait_for("> ", 2)
        term.type("\x04")
        assert term.close() == 0, term.text
    assert "--continue" not in term.text
    (stored,) = db_rows(chatapp_home, "SELECT finish_reason FROM messages WHERE role = "
                        "'assistant'")
    assert stored[0] == "stopped"


def test_the_line_after_a_typed_ctrl_c_begins_on_a_new_line(chatapp_home: Path,
                                                             tmp_path: Path) -> None:
    """Ctrl+C typed while the model reads the question, or while the answer goes to a file:
    the terminal's "^C" stays where it was and the stopped line begins a line of its own,
    then the prompt (was: the stopped line written after the "^C", or over the erased
    waiting line with the "^C" left after its end)."""
    from gguf_factory import write_slow_llama

    write_slow_llama(chatapp_home)
    slow = ("chat", "-m", "slow-llama", "--temperature", "0", "--max-tokens")
    with Terminal(*slow, "20", controlling=True) as term:
        term.wait_for("> ")
        term.type("word " * 1500 + "\r")  # read for seconds before the first token
        term.wait_for("Reading the prompt")  # (its line may be redrawn over the "^C")
        term.type("\x03")
        term.wait_for("\r\nchatapp: Stopped before the answer began.\r\n> ")
        assert "^C" in term.text.split("Reading the prompt", 1)[1]
        term.type("\x04")
        assert term.close() == 0, term.text
    out = tmp_path / "answers.txt"
    with out.open("w") as file, Terminal(*slow, "3000", stdout=file,
                                         controlling=True) as term:
        term.wait_for("> ")
        term.type("hello\r")
        ends = time.monotonic() + 60
        while len(out.read_text(encoding="utf-8", errors="replace")) < 5:  # answering
            assert time.monotonic() < ends, term.text
            time.sleep(0.2)
        term.type("\x03")
        term.wait_for("^C\r\nchatapp: Stopped: the answer is kept as far as it was written.\r\n"
                      "> ")
        term.type("\x04")
        assert term.close() == 0, term.text


def test_ctrl_c_before_the_first_token_prints_no_sources(chatapp_home: Path,
                                                        tmp_path: Path) -> None:
    """Ctrl+C while the model reads a question asked with a document collection: the stopped
    line and no sources, as no answer was printed (was: "Sources:" and the files listed under
    an answer that never began)."""
    from gguf_factory import write_slow_llama

    write_slow_llama(chatapp_home)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "office.md").write_text("# Opening hours\n\nThe office opens at nine.\n",
                                      encoding="utf-8")
    added = subprocess.run([sys.executable, "-m", "chatapp", "docs", "add", "Office",
                            str(folder)], capture_output=True, text=True, timeout=300)
    assert added.returncode == 0, added.stderr
    question = "When does the office open? " + "word " * 1500
    with Terminal("chat", "-m", "slow-llama", "--docs", "Office", "--max-tokens", "20",
                  "--temperature", "0", question, controlling=True) as term:
        term.wait_for("Reading the prompt")  # read for seconds before the first token
        term.type("\x03")
        term.wait_for("Stopped before the answer began.")
        assert term.close() == 130, term.text
        while select.select([term.master], [], [], 5)[0]:  # all it wrote before it ended
            try:
                chunk = os.read(term.master, 4096)
            except OSError:
                break
            if not chunk:
                break
            term.text += chunk.decode("utf-8", "replace")
    assert "Sources:" not in term.text and "office.md" not in term.text, term.text
