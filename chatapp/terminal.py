"""Text from models, documents and servers made safe to show on a terminal.

A terminal obeys control characters: an answer holding ESC sequences could move the cursor,
retitle the window or rewrite what was printed before it. Output to a pipe or a file is left
exactly as written; output to a terminal loses every escape sequence whole (ECMA-48: CSI,
OSC, DCS and the rest) and every other control character but line ends and tabs (and, on
standard error, the carriage returns of the progress lines)."""

from __future__ import annotations

import io
import os
import re
import sys
from typing import TextIO

# whole escape sequences: CSI (ESC [ or C1 CSI … final byte), strings (OSC, DCS, SOS, PM,
# APC, in 7 or 8 bits) up to BEL or the string terminator, and ESC with intermediates and
# one final byte
_SEQUENCE = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)"
    "|\x1b[ -/]*(?![\\[\\]PX^_])[0-~]")
# the start of such a sequence that text still to come may complete
_BEGUN = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*\\Z"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*\x1b?\\Z"
    "|\x1b[ -/]*\\Z")
_INTRODUCERS = re.compile("[\x1b\x90\x98\x9b\x9d\x9e\x9f]")
# the most characters held back while a sequence may still be completed by later text
MAX_HELD = 256

# C0 controls but tab and line feed, DEL, and the C1 controls (U+0080–U+009F)
_DROPPED = dict.fromkeys(
    [code for code in range(0x20) if code not in (0x09, 0x0A)] + [0x7F] + list(range(0x80, 0xA0)))
_DROPPED_BUT_CR = {code: None for code in _DROPPED if code != 0x0D}


def printable(text: str, carriage_returns: bool = False) -> str:
    """`text` without the escape sequences and control characters that a terminal would act
    on (carriage_returns: keep those, which only go back to the start of the line)."""
    return _SEQUENCE.sub("", text).translate(
        _DROPPED_BUT_CR if carriage_returns else _DROPPED)


def unfinished(text: str) -> int:
    """Where a sequence that later text may still complete starts in text (len(text): none;
    one longer than MAX_HELD is not waited for)."""
    at = 0
    while (found := _INTRODUCERS.search(text, at)) is not None:
        start = found.start()
        whole = _SEQUENCE.match(text, start)
        if whole is not None:
            at = whole.end()
        elif _BEGUN.match(text, start) and len(text) - start <= MAX_HELD:
            return start
        else:  # it starts nothing: its bytes are dropped as they come
            at = start + 1
    return len(text)


class TerminalText(io.TextIOBase):
    """A text stream that passes `printable(text)` to the terminal stream under it; the start
    of an escape sequence at the end of a write waits for the rest (answers come in pieces)."""

    def __init__(self, stream: TextIO, carriage_returns: bool = False) -> None:
        self._stream = stream
        self._carriage_returns = carriage_returns
        self._held = ""

    def write(self, text: str) -> int:
        whole = self._held + text
        cut = unfinished(whole)
        self._held = whole[cut:]
        self._stream.write(printable(whole[:cut], self._carriage_returns))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        # (input() reads with readline only when standard output names its errors)
        return self._stream.errors


def guard_terminal() -> None:
    """Wrap sys.stdout and sys.stderr in `TerminalText` where they are a terminal (a pipe
    keeps every byte); standard error keeps its carriage returns (progress lines). A stream
    the caller closed (``>&-``) writes to nowhere, as a pipe to /dev/null would."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    if _is_terminal(sys.stdout):
        sys.stdout = TerminalText(sys.stdout)
    if _is_terminal(sys.stderr):
        sys.stderr = TerminalText(sys.stderr, carriage_returns=True)


def _is_terminal(stream: TextIO | None) -> bool:
    return stream is not None and not isinstance(stream, TerminalText) and stream.isatty()


def ask(prompt: str) -> str:
    """input(prompt), the prompt on standard error where standard output is not a terminal
    (`chatapp chat > out.txt` at a terminal: the prompt is for the person, not the file).
    EOFError at the end of input, as input(). (At a terminal, readline writes the prompt
    once it reads: a key typed on seeing the prompt is read the way it is meant.)"""
    if sys.stdout is not None and sys.stdout.isatty():  # (guarded: a TerminalText)
        return input(prompt)
    if _is_tty(sys.stdin) and _is_tty(sys.stderr) and hasattr(os, "dup2"):
        # output to a file, the person at a terminal: input() edits the line (readline)
        # only where standard output is the terminal, so it is, while the line is read
        sys.stdout.flush()
        kept = os.dup(1)
        os.dup2(sys.stderr.fileno(), 1)
        try:
            return input(prompt)
        finally:
            os.dup2(kept, 1)
            os.close(kept)
    print(prompt, end="", file=sys.stderr, flush=True)
    return input()


def _is_tty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # closed, or no file behind it
        return False


def reply(prompt: str) -> str:
    """The answer typed to a question (ask): "" where input ends instead (Ctrl+D), which a
    yes/no question takes as no and a choice as none, the line ended as Enter would."""
    try:
        return ask(prompt)
    except EOFError:
        print(file=sys.stderr, flush=True)
        return ""


class StatusLine:
    """One line of a terminal rewritten in place (a download's progress): each text replaces
    the one before whole, spaces covering what a longer one left, and is cut to the
    terminal's width, since a carriage return cannot go back up to a line that wrapped."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._shown = 0  # the columns of the text on the line now

    def show(self, text: str) -> None:
        """Put text on the line in place of what it showed."""
        from chatapp.units import columns

        try:
            width = os.get_terminal_size(self._stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            width = 0
        room = (width or 80) - 1  # (a character in the last column wraps on some terminals)
        while columns(text) > room:
            text = text[:-1]
        used = columns(text)
        self._stream.write("\r" + text + " " * max(0, self._shown - used))
        self._stream.flush()
        self._shown = used
