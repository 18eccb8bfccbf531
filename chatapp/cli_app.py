"""The app as a command opens it: a write that finds the database held by another program
says so on standard error at once, instead of waiting in silence."""

from __future__ import annotations

from chatapp.context import AppContext
from chatapp.context import open_app as open_context
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import say
from chatapp.paths import Paths
from chatapp.store import DatabaseBusy
from chatapp.store.database import BUSY_TIMEOUT_MS

WAITING = QT_TRANSLATE_NOOP(
    "cli", "The conversation database is in use by another program: waiting up to {s} s for "
    "it…")


def say_waiting(busy: DatabaseBusy) -> None:
    """One line on standard error: the database is held, and how long the wait may be (the
    error that may follow names the holder)."""
    say(WAITING, s=BUSY_TIMEOUT_MS // 1000, stderr=True)


def open_app(paths: Paths | None = None) -> AppContext:
    """chatapp.context.open_app, with waits for the database's lock said (say_waiting)."""
    return open_context(paths, on_busy=say_waiting)
