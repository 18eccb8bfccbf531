"""The app as a command opens it: a write that finds the database held by another program
says so on standard error at once, instead of waiting in silence; a repo id that picks one of
the repository's files says which."""

from __future__ import annotations

from collections.abc import Callable

from chatapp.context import AppContext
from chatapp.context import open_app as open_context
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import say
from chatapp.library_model import LocalModel
from chatapp.library_repo import REPO_PICKED, pick_note
from chatapp.paths import Paths
from chatapp.store import DatabaseBusy
from chatapp.store.database import BUSY_TIMEOUT_MS

WAITING = QT_TRANSLATE_NOOP(
    "cli", "The conversation database is in use by another program: waiting up to {s} s for "
    "it…")


PREPARING_STARTER = QT_TRANSLATE_NOOP(
    "cli", "Preparing the starter model (the first time only; this may take a minute)…")


def say_preparing_starter() -> Callable[[], None]:
    """What says, once on standard error, that the starter model is being copied out of its
    package (9–70 s of silence otherwise)."""
    said: list[bool] = []

    def tell() -> None:
        if not said:
            said.append(True)
            say(PREPARING_STARTER, stderr=True, flush=True)

    return tell


def say_waiting(busy: DatabaseBusy) -> None:
    """One line on standard error: the database is held, and how long the wait may be (the
    error that may follow names the holder)."""
    say(WAITING, s=BUSY_TIMEOUT_MS // 1000, stderr=True)


def say_repo_pick() -> Callable[[LocalModel, list[LocalModel]], None]:
    """What says, once per file on standard error, which of a repository's files a repo id
    picked, and how to name another (nothing when the repository has only one here)."""
    said: set[str] = set()

    def tell(chosen: LocalModel, files: list[LocalModel]) -> None:
        fields = pick_note(chosen, files)
        if fields is not None and chosen.path not in said:
            said.add(chosen.path)
            say(REPO_PICKED, stderr=True, **fields)

    return tell


def open_app(paths: Paths | None = None) -> AppContext:
    """chatapp.context.open_app, with waits for the database's lock said (say_waiting), the
    file a repo id picks said (say_repo_pick) and the starter model's first preparation said
    (say_preparing_starter)."""
    app = open_context(paths, on_busy=say_waiting)
    app.library.on_repo_pick = say_repo_pick()
    app.library.on_starter_prepare = say_preparing_starter()
    return app
