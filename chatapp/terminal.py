"""Text from models, documents and servers made safe to show on a terminal.

A terminal obeys control characters: an answer holding ESC sequences could move the cursor,
retitle the window or rewrite what was printed before it. Output to a pipe or a file is left
exactly as written; output to a terminal loses every control character but line ends and
tabs."""

from __future__ import annotations

import io
import sys
from typing import TextIO

#: C0 controls but tab and line feed, DEL, and the C1 controls (U+0080–U+009F)
_DROPPED = dict.fromkeys(
    [code for code in range(0x20) if code not in (0x09, 0x0A)] + [0x7F] + list(range(0x80, 0xA0)))


def printable(text: str) -> str:
    """`text` without the control characters that a terminal would act on."""
    return text.translate(_DROPPED)


class TerminalText(io.TextIOBase):
    """A text stream that passes `printable(text)` to the terminal stream under it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding


def guard_stdout() -> None:
    """Wrap sys.stdout in `TerminalText` when it is a terminal (a pipe keeps every byte)."""
    stream = sys.stdout
    if stream is not None and not isinstance(stream, TerminalText) and stream.isatty():
        sys.stdout = TerminalText(stream)
