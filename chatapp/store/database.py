"""Opening the SQLite file: pragmas, schema version checks and migrations."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

import sqlite_utils

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.store.migrations import MIGRATIONS

log = logging.getLogger(__name__)

SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_MS = 5000


class DatabaseError(UserError):
    """The database cannot be used; the message says why and what to do."""


def connect(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database at path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise _explain(exc, path) from exc
    if version > SCHEMA_VERSION:
        conn.close()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The conversation database {path} was written by a newer version of chatapp "
                "(schema {found}, this version knows {known}). It was left untouched: "
                "please update chatapp.",
            ),
            path=str(path),
            found=version,
            known=SCHEMA_VERSION,
        )
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        db = sqlite_utils.Database(conn)
        _migrate(db, version)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _explain(exc, path) from exc
    return db


def _migrate(db: sqlite_utils.Database, version: int) -> None:
    """Apply the migrations after version, each in its own transaction."""
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        log.info("applying migration %s", migration.__name__)
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(
                "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at REAL)"
            )
            migration(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                [migration.__name__, time.time()],
            )
            db.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def _explain(exc: sqlite3.DatabaseError, path: Path) -> DatabaseError:
    """A user-facing error for a database that cannot be opened."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The conversation database {path} is locked by another program. "
                "Close other copies of chatapp and try again.",
            ),
            path=str(path),
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {path} is not a readable conversation database. "
                "It was left untouched; move it away to start a new one.",
            ),
            path=str(path),
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP("errors", "The conversation database {path} cannot be opened: {reason}"),
        path=str(path),
        reason=str(exc),
    )
