"""While an answer has not begun, one line on a terminal's standard error says how much of the
prompt the model has read (or that it waits for the first token, for a server that asked to
wait, or for its documents to be indexed), as the window's bubble does; the line is erased
before the answer is printed."""

from __future__ import annotations

import math
import sys
import threading
from collections.abc import Callable
from typing import Any, TextIO

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import translate_text

READING = QT_TRANSLATE_NOOP("Bubble", "Reading the prompt… {percent} %")
WAITING = QT_TRANSLATE_NOOP("Bubble", "Waiting for the first token…")
SERVER_WAIT = QT_TRANSLATE_NOOP("Bubble", "The server asked to wait: asking again in {s} s…")
INDEXING = QT_TRANSLATE_NOOP("Bubble", "Indexing {name} before answering…")


def waiting_text(answer, translate: Callable[[str], str]) -> str:
    """What an answer says before its first token (Answer): that a collection of its
    documents is brought up to date, that the server asked to wait and how long, how much of
    the prompt was read, or that it waits for the first token; translate: a text of the
    context "Bubble" in the reader's language."""
    if getattr(answer, "indexing", ""):
        return translate(INDEXING).format(name=answer.indexing)
    wait = answer.retry_in_s
    if wait is not None:
        return translate(SERVER_WAIT).format(s=math.ceil(wait))
    percent = answer.read_percent
    return (translate(READING).format(percent=percent) if percent is not None
            else translate(WAITING))
DELAY_S = 1.0  # no line for an answer that begins sooner
POLL_S = 0.25


class WaitingLine:
    """The line, shown from DELAY_S after entering until clear() (or the exit) while stream
    is a terminal; nothing is written otherwise.

    Attributes:
        answer: the answer waited for (its read_percent is shown).
    """

    def __init__(self, answer: Any, stream: TextIO | None = None) -> None:
        self.answer = answer
        self.stream = stream or sys.stderr
        self._shown = 0  # characters on the line now
        self._text = ""  # what they say
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> WaitingLine:
        if self._on_terminal():
            self._thread = threading.Thread(target=self._run, daemon=True, name="waiting")
            self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.clear()

    def _run(self) -> None:
        if self._done.wait(DELAY_S):
            return
        while True:
            text = waiting_text(self.answer, lambda words: translate_text("Bubble", words))
            with self._lock:
                if self._done.is_set():
                    return
                if text != self._text:
                    self._write("\r" + text + " " * max(0, self._shown - len(text)))
                    self._shown = max(self._shown, len(text))  # the padding is on the line
                    self._text = text
            if self._done.wait(POLL_S):
                return

    def clear(self) -> None:
        """Erase the line and show no more (before the answer's first piece is printed)."""
        with self._lock:
            self._done.set()
            if self._shown:
                self._write("\r" + " " * self._shown + "\r")
                self._shown = 0
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()

    def end_line(self) -> None:
        """After a Ctrl+C, which the terminal echoes ("^C") where its cursor is: the line
        stays as it is (the waiting text, if shown, with the "^C" after it) and what comes next
        begins on a new line; no more is shown. Nothing is written when stream is no
        terminal."""
        with self._lock:
            self._done.set()
            self._shown = 0
            if self._on_terminal():
                self._write("\n")
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()

    def _on_terminal(self) -> bool:
        isatty = getattr(self.stream, "isatty", None)
        return isatty is not None and isatty()

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()
