"""`chatapp conversations`: the chat list with the ids that `export` takes, newest first, or
the conversations whose titles or messages hold some words."""

from __future__ import annotations

import argparse
import sys

from chatapp.cli_args import Number
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import translate_text
from chatapp.units import format_time

COMMAND = "conversations"
T_HEAD = QT_TRANSLATE_NOOP("cli", "id|last used|messages (all branches)|title")
T_FOUND_HEAD = QT_TRANSLATE_NOOP("cli", "id|title|where the words are")
T_NONE = QT_TRANSLATE_NOOP("cli", "No conversations yet.")
T_NOT_FOUND = QT_TRANSLATE_NOOP("cli", "No conversation holds these words.")
T_MORE = QT_TRANSLATE_NOOP("cli", "… and {n} more (--limit shows more).")
T_FIRST_WORDS = QT_TRANSLATE_NOOP(
    "cli", "Only the first {n} different words were looked for; the rest was left out.")
TITLE_WIDTH = 60


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Declare the sub-command and its options."""
    command = sub.add_parser(COMMAND, help=QT_TRANSLATE_NOOP(
        "cli", "list the conversations with their ids (for export), or find some by words"))
    command.add_argument("words", nargs="*", default=[], help=QT_TRANSLATE_NOOP(
        "cli", "words the conversation's title or messages hold"))
    command.add_argument("--limit", type=Number(int, 1), default=50, help=QT_TRANSLATE_NOOP(
        "cli", "how many to list at most (default: 50)"))


def _cut(text: str, width: int = TITLE_WIDTH) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[:width - 1] + "…"


def _marked(mark: str, title: str) -> str:
    """A title as lists show it: after its mark (⇆ of a comparison, "API ·"), if any."""
    return f"{mark} {title}" if mark else title


def run(args: argparse.Namespace) -> int:
    """Print the conversations (or those found); 0, also when there are none."""
    from chatapp.cli_app import open_app
    from chatapp.store.records import HIT_END, HIT_START
    from chatapp.store.search import MAX_SEARCH_WORDS, searched_words
    from chatapp.units import table_lines

    t = lambda text: translate_text("cli", text)  # noqa: E731
    query = " ".join(args.words).strip()
    with open_app() as app:
        if query:
            if searched_words(query)[1]:  # (stderr: stdout holds the table only)
                print(t(T_FIRST_WORDS).format(n=MAX_SEARCH_WORDS), file=sys.stderr)
            hits = app.store.search_hits(query, args.limit)
            if not hits:
                print(t(T_NOT_FOUND), file=sys.stderr)  # (stdout: data only)
                return 0
            marks = {c.id: c.mark for c in app.store.conversations()}
            rows = [[str(h.conversation_id), _cut(_marked(marks.get(h.conversation_id, ""),
                                                          h.conversation_title), 40),
                     _cut(h.snippet.replace(HIT_START, "").replace(HIT_END, ""))]
                    for h in hits]
            print("\n".join(table_lines(T_FOUND_HEAD, t(T_FOUND_HEAD), rows, left=(1, 2))))
            return 0
        conversations = app.store.conversations()
        counts = app.store.message_counts()
    if not conversations:
        print(t(T_NONE))
        return 0
    shown = conversations[:args.limit]
    rows = [[str(c.id), format_time(c.updated_at), str(counts.get(c.id, 0)),
             _cut(_marked(c.mark, c.title))] for c in shown]
    lines = table_lines(T_HEAD, t(T_HEAD), rows, left=3)
    print("\n".join(lines))
    if len(conversations) > len(shown):
        print(t(T_MORE).format(n=len(conversations) - len(shown)), file=sys.stderr)
    return 0
