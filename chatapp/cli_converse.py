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
PROMPT = "> "


def read_line(prompt: str) -> str:
    """One line typed at the prompt, without escape sequences and control characters (tabs
    stay). EOFError at the end of input, KeyboardInterrupt on Ctrl+C, as input()."""
    from chatapp.terminal import ask, printable

    return printable(ask(prompt))


def converse(app, latest, model, sampling, args: argparse.Namespace) -> int:
    """Answer each line typed at the terminal in one conversation (latest, else one made at
    the first line) until the end of input (Ctrl+D) or Ctrl+C at the prompt; a failure is
    said in one line and the next line is read. The exit status of the last answer."""
    from chatapp.cli import answer_one, begin_conversation, report

    with contextlib.suppress(ImportError):  # line editing and history for input()
        import readline  # noqa: F401

    say(CONVERSE, model=model.display_name, stderr=True)
    conversation, status, made = None, 0, False
    while True:
        try:
            line = read_line(PROMPT)
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
