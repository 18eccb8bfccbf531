"""The lines `chatapp chat` writes on standard error after an answer: messages left out to
fit the context, and why an answer was cut off or has no text."""

from __future__ import annotations

import sys

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import translate_count, translate_text
from chatapp.store import Message

EMPTY = QT_TRANSLATE_NOOP("cli", "The model ended its answer without writing anything.")
EMPTY_BASE = QT_TRANSLATE_NOOP(
    "cli", "The model ended its answer without writing anything. It is a base model: it goes "
    "on with text rather than answering, so begin a sentence for it to finish (\"The capital "
    "of France is\").")
REASONING_ONLY = QT_TRANSLATE_NOOP("cli", "The model wrote only reasoning and no answer.")
BLANK = QT_TRANSLATE_NOOP("cli", "The model wrote only spaces and line breaks.")
CUT = QT_TRANSLATE_NOOP("cli", "Cut off at the token limit ({n} tokens); --max-tokens gives more.")
CUT_REASONING = QT_TRANSLATE_NOOP(
    "cli", "Cut off at the token limit while reasoning ({n} tokens): no answer yet; "
    "--max-tokens gives more.")
CUT_EMPTY = QT_TRANSLATE_NOOP(
    "cli", "Cut off at the token limit ({n} tokens) before any text; --max-tokens gives more.")
NO_TEXT = QT_TRANSLATE_NOOP(
    "cli", "The model wrote {n} tokens and none of them is text: its file may be damaged, or "
    "its chat template may not suit it; more tokens will not help.")
CONTEXT_FULL = QT_TRANSLATE_NOOP(
    "cli", "Cut off where the model's context ({n} tokens) was full: a longer answer needs a "
    "longer context or a shorter conversation.")
STOPPED = QT_TRANSLATE_NOOP(
    "cli", "Stopped: the answer is kept as far as it was written; --continue goes on with "
    "the conversation.")
STOPPED_HERE = QT_TRANSLATE_NOOP("cli", "Stopped: the answer is kept as far as it was written.")
STOPPED_BEFORE = QT_TRANSLATE_NOOP("cli", "Stopped before the answer began.")
REASONING = QT_TRANSLATE_NOOP("cli", "The model's reasoning:")
DROPPED_ONE = QT_TRANSLATE_NOOP(
    "cli", "The oldest message was left out to fit the model's context.")
DROPPED = QT_TRANSLATE_NOOP(
    "cli", "The {count} oldest messages were left out to fit the model's context.")


def ending_note(message: Message, wrote: bool, max_tokens: int,
                talking: bool = False) -> str:
    """The line for an answer cut off or without text, in the user's language ("" for an
    answer that ended with text); max_tokens: the limit asked for, when the answer does not
    count its tokens; talking: in a conversation at the terminal (which goes on by itself)."""
    reason = message.finish_reason
    reasoned = bool((message.reasoning or "").strip())
    if reason == "stop" and not wrote:
        empty = EMPTY_BASE if message.from_base_model else EMPTY
        return translate_text("cli", REASONING_ONLY if reasoned else empty)
    if reason == "stop" and not message.content.strip():
        return translate_text("cli", BLANK)
    if reason == "stopped":
        return translate_text("cli", STOPPED_BEFORE if not wrote and not reasoned
                              else STOPPED_HERE if talking else STOPPED)
    if reason != "length":
        return ""
    if message.wrote_no_text:
        return translate_text("cli", NO_TEXT).format(n=message.completion_tokens)
    if message.filled_context:
        return translate_text("cli", CONTEXT_FULL).format(n=message.n_ctx)
    note = CUT if wrote else CUT_REASONING if reasoned else CUT_EMPTY
    return translate_text("cli", note).format(n=message.completion_tokens or max_tokens)


def say_how_it_ended(message: Message, wrote: bool, max_tokens: int,
                     talking: bool = False) -> None:
    """On standard error, after the answer: how many of the oldest messages were left out to
    fit the context (when any were), the reasoning of an answer that is nothing else, then
    the line of `ending_note` (nothing for an answer that ended with text)."""
    from chatapp.terminal import printable

    note = ending_note(message, wrote, max_tokens, talking)
    sys.stdout.flush()  # on a shared terminal the lines come after the answer
    if message.dropped_messages:
        print(f"chatapp: {translate_count('cli', DROPPED_ONE, DROPPED, message.dropped_messages)}",
              file=sys.stderr)
    if not note:
        return
    reasoning = (message.reasoning or "").strip()
    if reasoning and not wrote:
        print(f"chatapp: {translate_text('cli', REASONING)}", file=sys.stderr)
        print(printable(reasoning) if sys.stderr.isatty() else reasoning, file=sys.stderr)
    print(f"chatapp: {note}", file=sys.stderr)
