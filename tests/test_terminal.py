"""An answer's control characters (escape sequences, carriage returns, bells) never reach a
terminal; a pipe gets the answer exactly as stored. Real llama.cpp on a scripted model, the
real `chatapp` command on a real pseudo-terminal."""

from __future__ import annotations

import importlib.util
import io
import os
import pty
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from scripted_gguf import write_scripted

from chatapp.terminal import TerminalText, printable

needs_llama = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

TEMPLATE = ("{{ bos_token }}{% for m in messages %}{% if m['role'] == 'assistant' %}<|assistant|>"
            "{{ m['content'] }}</s>{% else %}<|user|>{{ m['content'] }}{% endif %}{% endfor %}"
            "{% if add_generation_prompt %}<|assistant|>{% endif %}")
#: "Hi" ESC ] 0 ; owned BEL CR "!" — an OSC sequence that retitles a terminal window
SCRIPT = ["<|assistant|>", "▁Hi", 0x1B, 0x5D, 0x30, 0x3B, "▁owned", 0x07, 0x0D, "!", "</s>"]
STORED = "Hi\x1b]0; owned\x07\r!"


@pytest.fixture
def hostile_model(chatapp_home: Path) -> Path:
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    path = models / "hostile-tiny.gguf"
    write_scripted(path, template=TEMPLATE,
                   specials=[("<|user|>", "control"), ("<|assistant|>", "control")],
                   script=SCRIPT, name="Hostile Tiny")
    return path


def test_printable_keeps_text_line_ends_and_tabs() -> None:
    assert printable("a\tb\nc — ü 日本\x1b[2J\x07\r\x00\x7f\x9b") == "a\tb\nc — ü 日本"
    # standard error's progress lines go back to the start of the line: nothing else
    assert printable("\r50 %\x1b]0;x\x07", carriage_returns=True) == "\r50 %"


HOSTILE = ("Normal\x1b]0;PWNED-TITLE\x07\x1b[2J\x1b[H\x1b[31mRED\x1b[0m back\x08\x08XXXX"
           "\x1b]52;c;cHduZWQ=\x07\x1b[?1049h\r\x1b[KOVERWRITE\x9b31mC1CSI"
           "\x1b]8;;http://evil.example\x1b\\LINK\x1b]8;;\x1b\\\x1bPdcs\x1b\\ end\x1b(B!")


def test_escape_sequences_go_whole_even_when_they_come_in_pieces() -> None:
    """Titles, clipboard writes, colours, screen switches, hyperlinks: nothing of them stays,
    however the answer's pieces cut them; a stray ESC that starts nothing goes alone."""
    assert printable(HOSTILE) == "NormalRED backXXXXOVERWRITEC1CSILINK end!"
    for size in (1, 2, 3, 7):
        out = io.StringIO()
        terminal = TerminalText(out)
        for start in range(0, len(HOSTILE), size):
            terminal.write(HOSTILE[start:start + size])
        assert out.getvalue() == "NormalRED backXXXXOVERWRITEC1CSILINK end!", size
    out = io.StringIO()
    TerminalText(out).write("\x1b]0;" + "x" * 300)  # never closed: not waited for
    assert out.getvalue() == "]0;" + "x" * 300


def _chat(args: list[str], stdout: int, stderr: int = subprocess.PIPE
          ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], stdout=stdout,
                          stderr=stderr, timeout=120, env=os.environ.copy())


def _on_terminal(args: list[str]) -> tuple[int, bytes]:
    """Run chatapp with its standard output and error on a pseudo-terminal: (exit status,
    what the terminal received)."""
    leader, follower = pty.openpty()
    try:
        done = _chat(args, follower, follower)
        os.close(follower)
        follower = -1
        out = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed: everything was read
                break
            if not chunk:
                break
            out += chunk
    finally:
        os.close(leader)
        if follower >= 0:
            os.close(follower)
    return done.returncode, out


@needs_llama
def test_a_terminal_gets_no_control_characters_and_a_pipe_gets_every_one(
        chatapp_home: Path, hostile_model: Path) -> None:
    args = ["chat", "-m", str(hostile_model), "--max-tokens", "16", "hello"]
    piped = _chat(args, subprocess.PIPE)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.decode() == STORED + "\n"

    status, out = _on_terminal(args)
    assert status == 0, out
    if out.startswith(b"\r"):  # a slow start showed the waiting line, erased before "Hi"
        out = out[out.rindex(b"\r", 0, out.index(b"Hi")) + 1:]
    # the terminal turns the one line end into CR LF itself; no other control byte arrives
    assert out == b"Hi!\r\n"

    conn = sqlite3.connect(chatapp_home / "data" / "chatapp.db")
    try:
        stored = [row[0] for row in conn.execute(
            "SELECT content FROM messages WHERE role = 'assistant' ORDER BY id")]
    finally:
        conn.close()
    assert stored == [STORED, STORED]  # the store keeps the answer as the model wrote it


def test_a_closed_standard_output_loses_the_printing_not_the_answer(
        chatapp_home: Path, hostile_model: Path) -> None:
    """`chatapp chat … >&-`: nothing can be printed, the answer is still made and kept."""
    done = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m chatapp chat -m "{hostile_model}" hello >&-'],
        stderr=subprocess.PIPE, timeout=120, env=os.environ.copy())
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    assert b"unexpected" not in done.stderr
    conn = sqlite3.connect(chatapp_home / "data" / "chatapp.db")
    try:
        assert [row[0] for row in conn.execute(
            "SELECT content FROM messages WHERE role = 'assistant'")] == [STORED]
    finally:
        conn.close()


def test_a_full_standard_output_is_named(chatapp_home: Path) -> None:
    with open("/dev/full", "w") as full:  # every write fails: no space left
        done = subprocess.run([sys.executable, "-m", "chatapp", "models"], stdout=full,
                              stderr=subprocess.PIPE, timeout=120, env=os.environ.copy())
    assert done.returncode == 1
    assert done.stderr.decode().strip() == (
        "chatapp: The disk is full: the standard output could not be written. Free some "
        "space and try again.")


def test_an_error_line_on_a_terminal_carries_no_escape_sequence(chatapp_home: Path) -> None:
    status, out = _on_terminal(["chat", "-m", "no-such\x1b]0;owned\x07model", "hi"])
    assert status == 1
    assert b"no-suchmodel" in out and b"\x1b" not in out and b"\x07" not in out


@needs_llama
def test_an_answer_with_no_text_says_so_on_standard_error(chatapp_home: Path) -> None:
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    write_scripted(models / "mute-tiny.gguf", template=TEMPLATE,
                   specials=[("<|user|>", "control"), ("<|assistant|>", "control")],
                   script=["<|assistant|>", "</s>"], name="Mute Tiny")
    done = _chat(["chat", "-m", "mute-tiny", "hello"], subprocess.PIPE)
    assert done.returncode == 0 and done.stdout == b""
    assert done.stderr.decode() == (
        "chatapp: The model ended its answer without writing anything.\n")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Answer:
    """What WaitingLine reads of an answer: how much of the prompt was read, and how long a
    server that asked to wait is waited for."""

    def __init__(self) -> None:
        self.read_percent: int | None = None
        self.retry_in_s: float | None = None


def test_the_waiting_line_says_how_much_was_read_and_is_erased(monkeypatch) -> None:
    from chatapp import cli_waiting

    monkeypatch.setattr(cli_waiting, "DELAY_S", 0.0)
    monkeypatch.setattr(cli_waiting, "POLL_S", 0.01)
    answer, terminal = _Answer(), _Terminal()
    with cli_waiting.WaitingLine(answer, terminal) as line:
        deadline = time.monotonic() + 5
        while "first token" not in terminal.getvalue() and time.monotonic() < deadline:
            time.sleep(0.01)
        answer.retry_in_s = 6.2
        while "again in 7 s" not in terminal.getvalue() and time.monotonic() < deadline:
            time.sleep(0.01)
        answer.retry_in_s = None
        answer.read_percent = 40
        while "40 %" not in terminal.getvalue() and time.monotonic() < deadline:
            time.sleep(0.01)
        line.clear()
        shown = terminal.getvalue()
        time.sleep(0.05)
        assert terminal.getvalue() == shown  # nothing after the line was erased
    assert shown.startswith("\rWaiting for the first token…")
    assert "\rThe server asked to wait: asking again in 7 s…" in shown
    assert "\rReading the prompt… 40 %" in shown
    width = len("The server asked to wait: asking again in 7 s…")
    assert shown.endswith("\r" + " " * width + "\r")
    piped = io.StringIO()
    with cli_waiting.WaitingLine(answer, piped):
        time.sleep(0.05)
    assert piped.getvalue() == ""  # not a terminal: nothing


def test_a_status_line_replaces_a_longer_one_whole_and_never_wraps() -> None:
    """The download line on a 40-column terminal: a shorter text after a longer one leaves
    nothing of it, and a text wider than the terminal is cut rather than wrapped (was:
    "… 1:17 left   ying again in 1 s (attempt 6 of 7)", and rows a return cannot reach)."""
    import fcntl
    import struct
    import termios

    from chatapp.terminal import StatusLine

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 40, 0, 0))
    stream = open(follower, "w", encoding="utf-8")  # noqa: SIM115
    try:
        line = StatusLine(TerminalText(stream, carriage_returns=True))
        texts = ["m.gguf [####] 50% trying again in 1 s (attempt 6 of 7)", "m.gguf [####] 51%",
                 "m.gguf [#####] 60% 1:17 left", "模型 [#####] 61% 十秒"]
        screens, row, column = [], [" "] * 80, 0  # the terminal's row, kept from text to text
        for text in texts:
            line.show(text)
            shown = os.read(leader, 4096).decode("utf-8")
            for char in shown:  # as a terminal draws it (a wide character takes two cells)
                if char == "\r":
                    column = 0
                    continue
                assert column < 40, f"wrapped: {shown!r}"
                row[column] = char
                column += 2 if char in "模型十秒" else 1
                if char in "模型十秒":
                    row[column - 1] = ""
            screens.append("".join(row).rstrip())
    finally:
        stream.close()
        os.close(leader)
    assert screens == ["m.gguf [####] 50% trying again in 1 s (", "m.gguf [####] 51%",
                       "m.gguf [#####] 60% 1:17 left", "模型 [#####] 61% 十秒"]
