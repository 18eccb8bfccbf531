"""`chatapp conversations`: the chat list with the ids that `export` takes, newest first
(--all: with the evaluation runs' conversations), or the conversations whose titles or
messages hold some words (`conversations search WORDS`, or the words alone when the first
is no action); `conversations show ID` prints one as `export --format md` writes it,
`conversations rm ID…` deletes conversations for good (after a y/N question) and
`conversations rename ID TITLE` retitles one."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from chatapp.cli_args import Number
from chatapp.cli_json import add_option
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import say, translate_count, translate_text
from chatapp.units import format_time

if TYPE_CHECKING:
    from chatapp.store import Store
    from chatapp.store.records import Conversation, SearchHit

COMMAND = "conversations"
T_HEAD = QT_TRANSLATE_NOOP("cli", "id|last used|messages (all branches)|title")
T_FOUND_HEAD = QT_TRANSLATE_NOOP("cli", "id|title|where the words are")
T_NONE = QT_TRANSLATE_NOOP("cli", "No conversations yet.")
T_NONE_BUT_EVAL_ONE = QT_TRANSLATE_NOOP(
    "cli", "No conversations yet: {count} conversation of an evaluation run is not listed "
    "(chatapp conversations --all lists it).")
T_NONE_BUT_EVAL = QT_TRANSLATE_NOOP(
    "cli", "No conversations yet: {count} conversations of evaluation runs are not listed "
    "(chatapp conversations --all lists them).")
T_NOT_FOUND = QT_TRANSLATE_NOOP("cli", "No conversation holds these words.")
T_FOUND_BUT_EVAL_ONE = QT_TRANSLATE_NOOP(
    "cli", "{count} conversation of an evaluation run that holds these words is not listed "
    "(--all lists it).")
T_FOUND_BUT_EVAL = QT_TRANSLATE_NOOP(
    "cli", "{count} conversations of evaluation runs that hold these words are not listed "
    "(--all lists them).")
T_MORE = QT_TRANSLATE_NOOP("cli", "… and {n} more (--limit shows more).")
T_FIRST_WORDS = QT_TRANSLATE_NOOP(
    "cli", "Only the first {n} different words were looked for; the rest was left out.")
T_ASK_ONE = QT_TRANSLATE_NOOP("cli", "Delete this conversation for good?")
T_ASK = QT_TRANSLATE_NOOP("cli", "Delete these {count} conversations for good?")
T_DELETED_ONE = QT_TRANSLATE_NOOP("cli", "Deleted {count} conversation.")
T_DELETED = QT_TRANSLATE_NOOP("cli", "Deleted {count} conversations.")
T_RENAMED = QT_TRANSLATE_NOOP("cli", "Conversation {id} is now titled: {title}")
T_LOG_KEPT = QT_TRANSLATE_NOOP(
    "cli", "Another program is reading or writing the database now: the deleted text stays "
    "in its journal file ({file}) until that program is done with it.")
NO_IDS = QT_TRANSLATE_NOOP(
    "errors", "Name the conversations to delete by their ids, as `chatapp conversations` "
    "lists them.")
NOT_AN_ID = QT_TRANSLATE_NOOP(
    "errors", "{word} is not a conversation id: give the numbers `chatapp conversations` "
    "lists.")
NO_SUCH = QT_TRANSLATE_NOOP("errors", "There is no conversation {id}.")
RENAME_HOW = QT_TRANSLATE_NOOP(
    "errors", "Give a conversation's id and its new title: chatapp conversations rename ID "
    "TITLE")
SHOW_HOW = QT_TRANSLATE_NOOP(
    "errors", "Give one conversation's id to show: chatapp conversations show ID")
SEARCH_HOW = QT_TRANSLATE_NOOP(
    "errors", "Give the words to look for: chatapp conversations search WORDS")
BLIND = QT_TRANSLATE_NOOP(
    "errors", "Conversation {id} is a blind arena round: it can be exported once it is voted "
    "on.")
TITLE_WIDTH = 60


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Declare the sub-command and its options."""
    command = sub.add_parser(COMMAND, help=QT_TRANSLATE_NOOP(
        "cli", "list the conversations with their ids (for export), or find some by words"))
    command.add_argument("words", nargs="*", default=[], help=QT_TRANSLATE_NOOP(
        "cli", "words the conversation's title or messages hold (search WORDS looks for any "
        "words, even rm or show); or show ID to print one as Markdown, rm ID… to delete "
        "conversations, rename ID TITLE to retitle one"))
    command.add_argument("-y", "--yes", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "rm: delete without asking"))
    command.add_argument("--limit", type=Number(int, 1), default=50, help=QT_TRANSLATE_NOOP(
        "cli", "how many to list at most (default: 50)"))
    command.add_argument("--all", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "also list the conversations of evaluation runs (chatapp eval, the window's "
        "Evaluate)"))
    add_option(command)


def _cut(text: str, width: int = TITLE_WIDTH) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[:width - 1] + "…"


def _marked(mark: str, title: str) -> str:
    """A title as lists show it: after its mark (⇆ of a comparison, "API ·"), if any."""
    return f"{mark} {title}" if mark else title


def run(args: argparse.Namespace) -> int:
    """Print the conversations (or those found); 0, also when there are none."""
    from chatapp.cli_app import open_app
    from chatapp.store.search import MAX_SEARCH_WORDS, searched_words
    from chatapp.units import table_lines

    t = lambda text: translate_text("cli", text)  # noqa: E731
    words = args.words
    action = words[0] if words else ""
    if action in ("rm", "rename", "show"):
        return {"rm": remove, "rename": rename, "show": show}[action](words[1:], args.yes)
    if action == "search":
        words = words[1:]
        if not " ".join(words).strip():
            raise UserError(SEARCH_HOW)
    query = " ".join(words).strip()
    with open_app() as app:
        if query and not args.json and searched_words(query)[1]:  # (stdout: the table only)
            say(T_FIRST_WORDS, n=MAX_SEARCH_WORDS, stderr=True)
        listing = gather(app.store, query, args.all, args.limit)
    if args.json:
        from chatapp.cli_json import conversations

        return conversations(listing)
    if query:
        if not listing.hits:
            say(T_NOT_FOUND, stderr=True)  # (stdout: data only)
        else:
            rows = [[str(h.conversation_id),
                     _cut(_marked(listing.marks.get(h.conversation_id, ""),
                                  h.conversation_title), 40),
                     _cut(h.plain)]
                    for h in listing.hits]
            print("\n".join(table_lines(T_FOUND_HEAD, t(T_FOUND_HEAD), rows, left=(1, 2))))
        if listing.more:
            say(T_MORE, n=listing.more, stderr=True)
        if listing.hidden:
            print(translate_count("cli", T_FOUND_BUT_EVAL_ONE, T_FOUND_BUT_EVAL,
                                  listing.hidden), file=sys.stderr)
        return 0
    if not listing.conversations:  # (stderr: stdout holds the table only)
        print(translate_count("cli", T_NONE_BUT_EVAL_ONE, T_NONE_BUT_EVAL, listing.hidden)
              if listing.hidden else t(T_NONE), file=sys.stderr)
        return 0
    rows = [[str(c.id), format_time(c.updated_at), str(listing.counts.get(c.id, 0)),
             _cut(_marked(c.mark, c.title))] for c in listing.conversations]
    print("\n".join(table_lines(T_HEAD, t(T_HEAD), rows, left=3)))
    if listing.more:
        say(T_MORE, n=listing.more, stderr=True)
    return 0


@dataclass
class Listing:
    """What `chatapp conversations` shows, as text or as JSON.

    Attributes:
        query: the words looked for; "" for the list.
        conversations: the list's conversations shown, the most recently used first (at most
            the limit; [] for a search).
        hits: a search's hits shown, one per conversation, best first (at most the limit;
            [] for the list).
        more: how many the limit left out.
        hidden: conversations of evaluation runs left out without --all (for a search:
            those the words are in; for the list: all of them).
        counts: {conversation id: its messages, every branch} (the list only).
        marks: {conversation id: its mark in lists} for the hits.
    """

    query: str
    conversations: list[Conversation] = field(default_factory=list)
    hits: list[SearchHit] = field(default_factory=list)
    more: int = 0
    hidden: int = 0
    counts: dict[int, int] = field(default_factory=dict)
    marks: dict[int, str] = field(default_factory=dict)


def gather(store: Store, query: str, with_runs: bool, limit: int) -> Listing:
    """The conversations `chatapp conversations` lists (query "") or those whose title or
    messages hold the query's words, with the evaluation runs' conversations when with_runs
    (in the list, among the others by when they were last used), at most limit of them."""
    listed = store.conversations()
    runs = store.eval_runs()
    if query:
        known = {c.id: c for c in listed}
        of_runs = {c.id: c for run in runs for c in store.conversations(run.id)}
        # every hit (as many as there are conversations): the ones left out are counted
        hits = store.search_hits(query, len(known) + len(of_runs) + 1)
        kept = [h for h in hits if h.conversation_id in known
                or (with_runs and h.conversation_id in of_runs)]
        marks = {i: c.mark for i, c in (known | of_runs).items()}
        return Listing(query, hits=kept[:limit], more=max(0, len(kept) - limit),
                       hidden=0 if with_runs else sum(h.conversation_id in of_runs
                                                      for h in hits),
                       marks={h.conversation_id: marks.get(h.conversation_id, "")
                              for h in kept[:limit]})
    if with_runs:
        listed = sorted(listed + [c for run in runs for c in store.conversations(run.id)],
                        key=lambda c: (c.updated_at, c.id), reverse=True)
    return Listing(query, conversations=listed[:limit], more=max(0, len(listed) - limit),
                   hidden=0 if with_runs else sum(run.conversations for run in runs),
                   counts=store.message_counts())


def one_conversation(app, conversation_id: int):
    """The conversation with this id (of the chat list, an evaluation run's or an arena
    round voted on); UserError when there is none or it is a blind round."""
    try:
        conversation = app.store.conversation(conversation_id)
    except (KeyError, OverflowError):  # (SQLite's ids end at 2**63 - 1)
        raise UserError(NO_SUCH, id=conversation_id) from None
    if conversation.deleted_at is not None:
        raise UserError(NO_SUCH, id=conversation_id)
    if app.store.is_blind(conversation_id):
        raise UserError(BLIND, id=conversation_id)
    return conversation


def show(words: list[str], _yes: bool = False) -> int:
    """Print the conversation named by id (words: [ID]) on stdout as `export --format md`
    writes it (its shown branch); 0, or UserError for anything but one id of a
    conversation."""
    from chatapp.cli_app import open_app
    from chatapp.export import export_conversations

    if len(words) != 1:
        raise UserError(SHOW_HOW)
    try:
        conversation_id = int(words[0])
    except ValueError:
        raise UserError(NOT_AN_ID, word=words[0]) from None
    with open_app() as app:
        conversation = one_conversation(app, conversation_id)
        sys.stdout.write(export_conversations(app.store, [conversation], "md", translate_text))
    return 0


def _listed(app, words: list[str]) -> list:
    """The listed conversations the words name by id, in their order (each once); UserError
    for a word that is no id or names no conversation of the list."""
    listed = {c.id: c for c in app.store.conversations()}
    chosen = {}
    for word in words:
        try:
            conversation_id = int(word)
        except ValueError:
            raise UserError(NOT_AN_ID, word=word) from None
        if conversation_id not in listed:
            raise UserError(NO_SUCH, id=word)
        chosen[conversation_id] = listed[conversation_id]
    return list(chosen.values())


def remove(words: list[str], yes: bool) -> int:
    """Delete the conversations named by id for good at once (no Undo here: their text is
    overwritten in the database file and its journal, also while a window has it open; a
    line on stderr says when another program's transaction keeps it in the journal), after
    a y/N question at a terminal unless yes; 0, or 1 when the answer is no. UserError for a
    wrong id, or when asking is not possible (no terminal, no --yes)."""
    from chatapp.cli_app import open_app
    from chatapp.cli_hub import confirmed

    if not words:
        raise UserError(NO_IDS)
    with open_app() as app:
        if app.store.read_only is not None:
            raise app.store.read_only
        chosen = _listed(app, words)
        question = translate_count("cli", T_ASK_ONE, T_ASK, len(chosen))
        if not yes and not confirmed(question, [f"  {c.id}  {_cut(_marked(c.mark, c.title))}"
                                                for c in chosen]):
            return 1
        app.store.purge_conversations([c.id for c in chosen])
        folded = app.store.checkpoint()
    print(translate_count("cli", T_DELETED_ONE, T_DELETED, len(chosen)))
    if not folded:
        say(T_LOG_KEPT, file=app.store.path.name + "-wal", stderr=True)
    return 0


def rename(words: list[str], _yes: bool = False) -> int:
    """Give the conversation named by id (words[0]) the title of the other words; 0, or
    UserError for a wrong id or no title."""
    from chatapp.cli_app import open_app

    title = " ".join(" ".join(words[1:]).split())
    if not title:
        raise UserError(RENAME_HOW)
    with open_app() as app:
        if app.store.read_only is not None:
            raise app.store.read_only
        (conversation,) = _listed(app, words[:1])
        app.store.rename_conversation(conversation.id, title)
    say(T_RENAMED, id=conversation.id, title=title)
    return 0
