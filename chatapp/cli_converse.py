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
from chatapp.i18n import say, translate_text

CONVERSE = QT_TRANSLATE_NOOP(
    "cli", "Chatting with {model}: type a message and press Enter; /? lists the commands. "
    "Ctrl+C stops an answer, Ctrl+D or /bye ends.")
SEVERAL_LINES = QT_TRANSLATE_NOOP(
    "cli", 'A message of several lines: begin it with """ and end it with """.')
UNKNOWN = QT_TRANSLATE_NOOP(
    "cli", "chatapp: {command} is not a command (/? lists them); a message that begins with "
    "\"/\" is typed with two: //{rest}")
HELP = (  # the commands and keys, each with what it does
    ("/?, /help", QT_TRANSLATE_NOOP("cli", "list these commands")),
    ("/bye, /exit", QT_TRANSLATE_NOOP("cli", "end the conversation (as Ctrl+D does)")),
    ('"""', QT_TRANSLATE_NOOP("cli", "begin, and end, a message of several lines")),
    ("//", QT_TRANSLATE_NOOP("cli", "begin a message that starts with \"/\" (//etc sends /etc)")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("cli", "stop an answer; at the prompt, drop what was typed")),
)
CLEARED = QT_TRANSLATE_NOOP("cli", "(Ctrl+D or /bye ends the conversation.)")
PROMPT = "> "
MORE = "... "  # the prompt of a message's next line
BLOCK = '"""'  # begins and ends a message of several lines, as ollama's prompt takes them


def read_line(prompt: str) -> str:
    """One line typed at the prompt, without escape sequences and control characters (tabs
    stay). EOFError at the end of input, KeyboardInterrupt on Ctrl+C, as input()."""
    from chatapp.terminal import ask, printable

    # (a message of several lines recalled from the history comes as one line with its breaks)
    return "\n".join(printable(part) for part in ask(prompt).split("\n"))


def read_message() -> tuple[str, bool]:
    """The next message typed: a line, or the lines from one that begins with BLOCK to one
    that ends with it (without the marks, nor a line of the mark alone; the end of input
    ends it too). EOFError and KeyboardInterrupt as read_line (Ctrl+C drops a message
    begun). (text, whether it was typed between the marks)."""
    readline = sys.modules.get("readline")  # (imported by converse where it exists)
    kept = readline.get_current_history_length() if readline else 0
    line = read_line(PROMPT)
    if not line.startswith(BLOCK):
        return line, False
    lines = line[len(BLOCK):].split("\n")
    while not lines[-1].endswith(BLOCK):
        try:
            lines.append(read_line(MORE))
        except EOFError:  # the end of input (Ctrl+D) ends the message, as its mark would
            if not "".join(lines).strip():
                raise
            lines.append(BLOCK)
    if readline is not None:  # Up brings the message back whole, not a line of it
        while readline.get_current_history_length() > kept:
            readline.remove_history_item(readline.get_current_history_length() - 1)
        whole = BLOCK + "\n".join(lines)
        count = readline.get_current_history_length()
        if not count or readline.get_history_item(count) != whole:  # (as input() adds)
            readline.add_history(whole)
    lines[-1] = lines[-1][:-len(BLOCK)]
    if len(lines) > 1 and not lines[0].strip():  # the mark alone on the first line
        del lines[0]
    if len(lines) > 1 and not lines[-1].strip():  # the mark alone on the last one
        del lines[-1]
    return "\n".join(lines), True


def command(line: str) -> tuple[str | None, str]:
    """What a line typed at the prompt asks: ("help" or "bye", ""), ("unknown", the word),
    or (None, the message to send: a line that begins with // loses one slash)."""
    if line.startswith("//"):
        return None, line[1:]
    if not line.startswith("/"):
        return None, line
    word = line.split()[0].casefold()
    if word in ("/?", "/help"):
        return "help", ""
    if word in ("/bye", "/exit"):
        return "bye", ""
    return "unknown", line.split()[0]


def converse(app, latest, model, sampling, args: argparse.Namespace) -> int:
    """Answer each message typed at the terminal in one conversation (latest, else one made
    at the first message) until the end of input (Ctrl+D at an empty prompt) or /bye; Ctrl+C
    at the prompt drops what was typed and asks again. A failure is said in one line and the
    next message is read. The exit status of the last answer."""
    from chatapp.cli import answer_one, begin_conversation, report

    with contextlib.suppress(ImportError):  # line editing and history for input()
        import readline  # noqa: F401

    say(CONVERSE, model=model.display_name, stderr=True)
    say(SEVERAL_LINES, stderr=True)
    conversation, status, made = None, 0, False
    while True:
        shown = sys.stdout if sys.stdout.isatty() else sys.stderr  # where the prompt is
        try:
            line, block = read_message()
        except EOFError:
            shown.write("\n")
            return status
        except KeyboardInterrupt:  # a new prompt under the line dropped, as Python's has
            shown.write("\n")
            shown.flush()
            say(CLEARED, stderr=True)
            continue
        asked, line = (None, line) if block else command(line)
        if asked == "help":  # the commands and keys, on stderr (stdout holds the answers)
            width = max(len(name) for name, _ in HELP) + 2
            for name, text in HELP:
                print(f"  {name.ljust(width)}{translate_text('cli', text)}", file=sys.stderr)
        elif asked == "bye":
            return status
        elif asked == "unknown":
            say(UNKNOWN, command=line, rest=line[1:], stderr=True)
        if asked is not None or not line.strip():
            continue
        try:
            app.chat.check_length(model, line)  # (before anything is stored)
            if conversation is None:
                conversation, made = begin_conversation(app, latest, args)
            status = answer_one(app, conversation, made, line, model, sampling, args,
                                talking=True)
        except BrokenPipeError:  # the reader of the answers went away (`| tee` ended by
            raise  # Ctrl+C): the conversation ends, as `chatapp export | head` does
        except Exception as exc:  # noqa: BLE001 - said, and the next line is read
            status = report(exc)
        if made and not app.store.messages(conversation.id):  # taken back: nothing was kept
            conversation = None
        made = False
