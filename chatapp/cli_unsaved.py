"""An answer the database could not take at its end (busy, or a full disk), in the command
line: saved again for a while, else written to a file of its own so that nothing is lost."""

from __future__ import annotations

import time

from chatapp.answer_aside import KEPT_ASIDE, write_aside
from chatapp.answers import Answer
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import say, translate_error

# how long the command line goes on trying to save an answer (seconds)
SAVE_WAIT_S = 60.0
RETRY_EVERY_S = 2.0

WAITING = QT_TRANSLATE_NOOP(
    "cli", "{reason} Trying again for a minute to save the answer (Ctrl+C stops).")


def keep(answer: Answer, wait_s: float = SAVE_WAIT_S) -> None:
    """Save an answer whose last save failed in a way that may pass (answer.unsaved): again
    every RETRY_EVERY_S for wait_s, said once on standard error. Still unsaved (or Ctrl+C):
    its text goes to a Markdown file (answer_aside.write_aside), and UserError KEPT_ASIDE names
    it; answer.unsaved itself when even that file cannot be written."""
    deadline = time.monotonic() + wait_s
    say(WAITING, reason=" ".join(translate_error(answer.unsaved).split()), stderr=True)
    try:
        while answer.unsaved is not None and time.monotonic() < deadline:
            time.sleep(RETRY_EVERY_S)
            try:
                answer.save()
            except UserError as exc:
                if not exc.retryable:
                    raise
                answer.unsaved = exc
    except KeyboardInterrupt:
        pass
    if answer.unsaved is None:
        return
    try:
        path = write_aside(answer)
    except OSError:
        raise answer.unsaved from None
    raise UserError(KEPT_ASIDE, reason=answer.unsaved, path=str(path))
