"""`chatapp chat` at a terminal with no prompt: one conversation, typed message by message.

The line is read with the standard library's readline where it exists (line editing, and Up
and Down through this session's messages, as Python's own prompt has), with plain input()
where it does not (Windows); either way a message keeps no escape sequence or other control
character typed at the prompt."""

from __future__ import annotations

import argparse
import contextlib
import sys

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import say

CONVERSE = QT_TRANSLATE_NOOP(
    "cli", "Chatting with {model}: type a message and press Enter. Ctrl+C stops an answer, "
    "Ctrl+D ends.")
SEVERAL_LINES = QT_TRANSLATE_NOOP(
    "cli", 'A message of several lines: begin it with """ and end it with """.')
PROMPT = "> "
MORE = "... "  # the prompt of a message's next line
BLOCK = '"""'  # begins and ends a message of several lines, as ollama's prompt takes them


def read_line(prompt: str) -> str:
    """One line typed at the prompt, without escape sequences and control characters (tabs
    stay). EOFError at the end of input, KeyboardInterrupt on Ctrl+C, as input()."""
    from chatapp.terminal import ask, printable

    return printable(ask(prompt))


def read_message() -> str:
    """The next message typed: a line, or the lines from one that begins with BLOCK to one
    that ends with it (without the marks, nor a line of the mark alone). EOFError and
    KeyboardInterrupt as read_line (a message begun is dropped)."""
    line = read_line(PROMPT)
    if not line.startswith(BLOCK):
        return line
    lines = [line[len(BLOCK):]]
    while not lines[-1].endswith(BLOCK):
        lines.append(read_line(MORE))
    lines[-1] = lines[-1][:-len(BLOCK)]
    if len(lines) > 1 and not lines[0].strip():  # the mark alone on the first line
        del lines[0]
    if len(lines) > 1 and not lines[-1].strip():  # the mark alone on the last one
        del lines[-1]
    return "\n".join(lines)


def converse(app, latest, model, sampling, args: argparse.Namespace) -> int:
    """Answer each line typed at the terminal in one conversation (latest, else one made at
    the first line) until the end of input (Ctrl+D) or Ctrl+C at the prompt; a failure is
    said in one line and the next line is read. The exit status of the last answer."""
    from chatapp.cli import answer_one, begin_conversation, report

    with contextlib.suppress(ImportError):  # line editing and history for input()
        import readline  # noqa: F401

    say(CONVERSE, model=model.display_name, stderr=True)
    say(SEVERAL_LINES, stderr=True)
    conversation, status, made = None, 0, False
    while True:
        try:
            line = read_message()
        except (EOFError, KeyboardInterrupt):
            sys.stdout.write("\n")
            return status
        if not line.strip():
            continue
        try:
            app.chat.check_length(model, line)  # (before anything is stored)
            if conversation is None:
                conversation, made = begin_conversation(app, latest, args)
            status = answer_one(app, conversation, made, line, model, sampling, args,
                                talking=True)
        except Exception as exc:  # noqa: BLE001 - said, and the next line is read
            status = report(exc)
        if made and not app.store.messages(conversation.id):  # taken back: nothing was kept
            conversation = None
        made = False
