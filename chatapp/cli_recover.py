"""`chatapp recover`: a damaged conversation database replaced by a copy of what can still
be read of it, the damaged file kept beside it."""

from __future__ import annotations

import argparse
import sqlite3

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import say

COMMAND = "recover"
T_READABLE = QT_TRANSLATE_NOOP(
    "cli", "The conversation database {path} can be read: there is nothing to recover.")


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Declare the sub-command."""
    sub.add_parser(COMMAND, help=QT_TRANSLATE_NOOP(
        "cli", "copy what can still be read of a damaged conversation database into a new "
        "one (the damaged file is kept)"))


def run(_args: argparse.Namespace) -> int:
    """Recover the database of this data folder when it cannot be read whole; 0 when done
    or when there was nothing to do."""
    from chatapp.paths import app_paths
    from chatapp.store import Store
    from chatapp.store.database import DamagedDatabase
    from chatapp.store.salvage import recover_text

    database = app_paths().ensure().database
    try:
        store = Store(database)
        try:
            healthy = store.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            store.close()
        if healthy:
            say(T_READABLE, path=database)
            return 0
    except (DamagedDatabase, sqlite3.DatabaseError, UnicodeDecodeError):
        pass  # (one that is newer, busy or on a full disk says so and is left as it is)
    print(recover_text(database))
    return 0
