"""Opening the SQLite file: pragmas, a read-only fallback, schema version checks, migrations
with a backup before them, and what SQLite's failures mean for the user."""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import sqlite_utils

from chatapp.errors import QT_TRANSLATE_NOOP, DiskFull, UserError, is_disk_full, os_reason
from chatapp.store.locks import lock_holder
from chatapp.store.migrations import MIGRATIONS
from chatapp.store.vectors import enable_vectors

log = logging.getLogger(__name__)

SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_MS = 5000
KEEP_BACKUPS = 3
BACKUP_FOLDER = "backups"

Migration = Callable[[sqlite_utils.Database], None]


class DatabaseError(UserError):
    """The database cannot be used; the message says why and what to do."""


class DamagedDatabase(DatabaseError):
    """The file is not a readable database: damaged (chatapp.store.salvage can copy what can
    still be read of it) or something else."""


class DatabaseBusy(DatabaseError):
    """Another process kept the database locked for longer than the busy timeout."""

    retryable = True


class ReadOnlyDatabase(DatabaseError):
    """The database can be read but not changed; nothing can be saved."""


class DatabaseFull(DatabaseError, DiskFull):
    """A write to the database failed because the disk is full."""


class BadText(DatabaseError):
    """Text that SQLite cannot store (not valid Unicode, e.g. a lone surrogate)."""


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def storable_text(text: str) -> tuple[str, int]:
    """``text`` with each half of a UTF-16 pair that stands alone (a lone surrogate, which
    JSON allows and SQLite's UTF-8 cannot store) replaced by U+FFFD, and how many were."""
    return _LONE_SURROGATE.subn("\ufffd", text)


RO_DISK = QT_TRANSLATE_NOOP(
    "errors", "The conversation database {path} is on a read-only disk: you can read, search "
    "and export, but nothing can be saved.")
RO_IMMUTABLE = QT_TRANSLATE_NOOP(
    "errors", "The conversation database {path} is marked unchangeable (immutable): you can "
    "read, search and export, but nothing can be saved.")
RO_PERMISSION = QT_TRANSLATE_NOOP(
    "errors", "You have no permission to change the conversation database {path}: you can "
    "read, search and export, but nothing can be saved.")
RO_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "The folder of the conversation database {path} cannot be written: you can read, "
    "search and export, but nothing can be saved.")
RO_FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk of the conversation database {path} is full: you can read, search and "
    "export, but nothing can be saved until you free some space and start ChatApp again.")
RO_OTHER = QT_TRANSLATE_NOOP(
    "errors", "The conversation database {path} cannot be changed ({reason}): you can read, "
    "search and export, but nothing can be saved.")
BUSY = QT_TRANSLATE_NOOP(
    "errors", "The conversation database {path} is locked by another program. "
    "Close other copies of chatapp and try again.")
BUSY_BY = QT_TRANSLATE_NOOP(
    "errors", "The conversation database {path} is locked by {program} (process {pid}). Close "
    "that program or wait for it to finish, then try again.")
BUSY_BY_CHATAPP = QT_TRANSLATE_NOOP(
    "errors", "The conversation database {path} is in use by another chatapp (process {pid}) "
    "that is saving. Wait for it to finish or close it, then try again.")
FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk is full: the conversation database {path} could not be saved. Free "
    "some space and try again.")
NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "errors", "The file {path} is not a readable conversation database. It was left "
    "untouched: `chatapp recover` puts a copy of what can still be read in its place (and "
    "keeps it), or move it away to start a new one.")
DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "The conversation database {path} is damaged: a part of it cannot be read. It "
    "was left untouched: `chatapp recover` (Recover, in the window) puts a copy of what can "
    "still be read in its place and keeps the damaged file.")
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "errors", "{path} is not a file, so it cannot be the conversation database. It was left "
    "untouched; move it away to start a new one.")
# the longest file path SQLite opens (its unix VFS's MAX_PATHNAME), in bytes
MAX_PATH_BYTES = 512
PATH_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "The conversation database {path} cannot be opened: its path is longer than "
    "SQLite allows ({most} bytes). Keep ChatApp's data in a folder with a shorter path "
    "(CHATAPP_HOME).")
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "errors", "The conversation database {path} cannot be opened: {reason}")
BAD_TEXT = QT_TRANSLATE_NOOP(
    "errors", "The text could not be saved: it holds characters that are not valid Unicode "
    "(half of an emoji, for example). Nothing was changed.")
NO_BACKUP = QT_TRANSLATE_NOOP(
    "errors", "The conversation database {path} needs an update, but no backup of it could be "
    "written ({reason}). It was left untouched; free some space and try again.")
MIGRATION_RESTORED = QT_TRANSLATE_NOOP(
    "errors", "Updating the conversation database {path} from schema {found} to {known} failed "
    "({reason}). It was put back as it was: your conversations are unchanged, and a copy made "
    "just before is kept in {backup}.")
MIGRATION_NOT_RESTORED = QT_TRANSLATE_NOOP(
    "errors", "Updating the conversation database {path} from schema {found} to {known} failed "
    "({reason}) and it could not be restored. Your conversations are in the backup {backup}: "
    "copy it over {path} before you start chatapp again.")


def _primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a failure (SQLITE_BUSY…; extended codes such as
    SQLITE_IOERR_SHMMAP reduced to theirs); None for an error that did not come from SQLite."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_busy(exc: BaseException) -> bool:
    """Whether a SQLite failure is another connection's lock (SQLITE_BUSY or SQLITE_LOCKED)."""
    return _primary_code(exc) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def busy_error(path: Path | None) -> DatabaseBusy:
    """The message for a database another process keeps locked, naming it when known."""
    where = str(path) if path is not None else "?"
    holder = None
    if path is not None:
        holder = lock_holder([path, Path(f"{path}-shm"), Path(f"{path}-wal")])
    if holder is None:
        return DatabaseBusy(BUSY, path=where)
    if holder.is_chatapp:
        return DatabaseBusy(BUSY_BY_CHATAPP, path=where, pid=holder.pid)
    return DatabaseBusy(BUSY_BY, path=where, program=holder.program, pid=holder.pid)


def read_only_reason(path: Path) -> ReadOnlyDatabase | None:
    """Why the database file at path cannot be written (None: it can, or it does not exist).
    Opens the file for writing without writing anything; root is refused too on a
    read-only mount or an immutable file."""
    where = str(path)
    companions = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    for file in (path, *companions):  # the write-ahead log made unchangeable stops writes too
        try:
            fd = os.open(file, os.O_RDWR | os.O_NONBLOCK)
        except FileNotFoundError:
            if file == path:
                return None
            continue
        except OSError as exc:
            template = {errno.EROFS: RO_DISK, errno.EPERM: RO_IMMUTABLE,
                        errno.EACCES: RO_PERMISSION}.get(exc.errno or 0)
            if template is None:
                return ReadOnlyDatabase(RO_OTHER, path=where, reason=os_reason(exc))
            return ReadOnlyDatabase(template, path=where)
        os.close(fd)
    if not all(p.exists() for p in companions) and not os.access(path.parent, os.W_OK):
        return ReadOnlyDatabase(RO_FOLDER, path=where)
    return None


def _no_space(path: Path) -> bool:
    """True when the database's disk has (next to) no free space: SQLite reports a full disk
    while it maps its -shm file as an I/O error."""
    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


# what SQLite's calls raise: its errors, and UnicodeDecodeError where the text it gives
# back (a value, or its own message quoting a damaged schema) is not UTF-8
SQLITE_FAILURES = (sqlite3.Error, UnicodeDecodeError)


def known_database_error(exc: sqlite3.Error | UnicodeDecodeError, path: Path | None
                         ) -> DatabaseError | None:
    """The user's message for a SQLite failure of a known cause (busy, read-only, full,
    damaged, cannot open); None for anything else (a bug)."""
    where = str(path) if path is not None else "?"
    if isinstance(exc, UnicodeDecodeError):  # bytes where text was written: damaged
        return DamagedDatabase(DAMAGED, path=where)
    code = _primary_code(exc)
    if is_busy(exc):
        return busy_error(path)
    if code == sqlite3.SQLITE_READONLY:
        reason = read_only_reason(path) if path is not None else None
        return reason or ReadOnlyDatabase(RO_OTHER, path=where, reason=str(exc))
    if code == sqlite3.SQLITE_FULL or (
            code == sqlite3.SQLITE_IOERR and path is not None and _no_space(path)):
        return DatabaseFull(FULL, path=where)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DamagedDatabase(DAMAGED if code == sqlite3.SQLITE_CORRUPT else NOT_A_DATABASE,
                               path=where)
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM,
                sqlite3.SQLITE_AUTH):
        # made read-only while open (an immutable file, permissions taken away): say that
        reason = read_only_reason(path) if path is not None else None
        if reason is None and path is not None and len(os.fsencode(path)) > MAX_PATH_BYTES:
            return DatabaseError(PATH_TOO_LONG, path=where, most=MAX_PATH_BYTES)
        return reason or DatabaseError(CANNOT_OPEN, path=where, reason=str(exc))
    return None


def explain(exc: sqlite3.Error | UnicodeDecodeError, path: Path | None) -> DatabaseError:
    """The user's message for any SQLite failure while opening the database."""
    return known_database_error(exc, path) or DatabaseError(
        CANNOT_OPEN, path=str(path) if path is not None else "?", reason=str(exc))


def _open(target: str, uri: bool = False) -> tuple[sqlite3.Connection, int]:
    """A connection with the busy timeout set, and the file's schema version."""
    enable_vectors()  # document vectors (sqlite-vec) in every connection, where it loads
    conn = sqlite3.connect(target, uri=uri, check_same_thread=False, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn, conn.execute("PRAGMA user_version").fetchone()[0]
    except BaseException:
        conn.close()
        raise


def _open_read_only(path: Path) -> tuple[sqlite3.Connection, int]:
    """Open for reading only: mode=ro, else immutable (a WAL file in a folder where SQLite
    cannot create its -shm file)."""
    uri = path.resolve().as_uri()
    failure: sqlite3.Error | None = None
    for query in ("mode=ro", "immutable=1"):
        try:
            return _open(f"{uri}?{query}", uri=True)
        except sqlite3.Error as exc:
            failure = exc
    assert failure is not None
    raise explain(failure, path) from failure


def connect(path: Path, migrations: Sequence[Migration] = MIGRATIONS
            ) -> tuple[sqlite_utils.Database, ReadOnlyDatabase | None]:
    """Open (creating if needed) and migrate the database at path. Returns the database and,
    when it cannot be changed, why (it is then open read-only; an older schema is brought up
    to date in a copy in memory). DatabaseError (or a subclass) when it cannot be used."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(CANNOT_OPEN, path=str(path), reason=os_reason(exc)) from exc
    known = len(migrations)
    read_only = read_only_reason(path)
    conn = None
    if read_only is None:
        try:
            conn, version = _open(str(path))
        except sqlite3.Error as exc:
            error = explain(exc, path)
            if not (path.is_file() and (isinstance(error, (ReadOnlyDatabase, DatabaseFull))
                                        or _primary_code(exc) == sqlite3.SQLITE_CANTOPEN)):
                raise error from exc
            read_only = error if isinstance(error, ReadOnlyDatabase) else ReadOnlyDatabase(
                RO_FULL if isinstance(error, DatabaseFull) else RO_FOLDER, path=str(path))
    if read_only is not None:
        if not path.is_file():  # a folder or a device by the database's name
            raise DatabaseError(NOT_A_FILE, path=str(path))
        conn, version = _open_read_only(path)
    assert conn is not None
    if version > known:
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
            known=known,
        )
    try:
        if read_only is not None:
            if version < known:
                conn = _memory_copy(conn)
                _migrate(sqlite_utils.Database(conn), version, migrations)
                log.info("read-only database of schema %d brought up to date in memory", version)
            conn.execute("PRAGMA foreign_keys = ON")
            log.info("database opened read-only")
            return sqlite_utils.Database(conn), read_only
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA secure_delete = ON")  # what is deleted is overwritten too
        db = sqlite_utils.Database(conn)
        if version < known:
            _migrate_backed_up(db, path, version, migrations)
    except SQLITE_FAILURES as exc:
        conn.close()
        raise explain(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return db, None


def _memory_copy(conn: sqlite3.Connection) -> sqlite3.Connection:
    """The database copied into memory (the original connection is closed)."""
    memory = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    conn.backup(memory)
    conn.close()
    return memory


def backups(path: Path) -> list[Path]:
    """The backups made before migrations of the database at path, oldest first."""
    folder = path.parent / BACKUP_FOLDER
    return sorted(folder.glob(f"{path.stem}-schema*.db"), key=lambda p: (p.stat().st_mtime, p.name))


def backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the open database with SQLite's backup API to backups/NAME-schemaN-TIME.db
    (keeping the last KEEP_BACKUPS); return the copy's path. DatabaseError (DatabaseFull on a
    full disk) when it cannot be written; then no copy is left behind."""
    folder = path.parent / BACKUP_FOLDER
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-schema{version}-{stamp}.db"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{path.stem}-schema{version}-{stamp}-{number}.db"
    partial = target.with_name(target.name + ".incomplete")
    try:
        folder.mkdir(exist_ok=True, mode=0o700)
        partial.unlink(missing_ok=True)
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        full = is_disk_full(exc) or _primary_code(exc) == sqlite3.SQLITE_FULL
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise (DatabaseFull if full else DatabaseError)(NO_BACKUP, path=str(path),
                                                        reason=reason) from exc
    for old in backups(path)[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    log.info("database of schema %d backed up before migrating", version)
    return target


def _migrate_backed_up(db: sqlite_utils.Database, path: Path, version: int,
                       migrations: Sequence[Migration]) -> None:
    """Back up, then migrate; when a migration fails, undo the ones that were applied by
    putting the backup back, and say so."""
    if version == 0 and not db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        _migrate(db, version, migrations)  # a new file: nothing to keep
        return
    copy = backup(db.conn, path, version)
    try:
        _migrate(db, version, migrations)
    except Exception as exc:
        log.exception("migration from schema %d failed", version)
        params = dict(path=str(path), found=version, known=len(migrations),
                      reason=str(exc) or type(exc).__name__, backup=str(copy))
        applied = db.execute("PRAGMA user_version").fetchone()[0] != version
        try:
            if applied:  # the failed one rolled back by itself; earlier ones need the copy
                _restore(db.conn, copy, path)
        except (OSError, sqlite3.Error):
            log.exception("restoring the backup failed")
            raise DatabaseError(MIGRATION_NOT_RESTORED, **params) from exc
        raise DatabaseError(MIGRATION_RESTORED, **params) from exc


def _restore(conn: sqlite3.Connection, copy: Path, path: Path) -> None:
    """Put the backup back: through SQLite when there is room for its journal, else (a full
    disk) by closing the database and writing the copy over the file in place, which needs
    no new space. The copy stays. OSError or sqlite3.Error when neither works."""
    try:
        source = sqlite3.connect(copy)
        try:
            source.backup(conn)
        finally:
            source.close()
        return
    except sqlite3.Error:
        log.warning("the backup could not go back through SQLite; copying it over the file")
    conn.close()
    for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")):  # the undone updates
        companion.unlink(missing_ok=True)
    with open(copy, "rb") as source, open(path, "r+b") as target:
        shutil.copyfileobj(source, target)
        target.truncate()
        target.flush()
        os.fsync(target.fileno())


def _migrate(db: sqlite_utils.Database, version: int, migrations: Sequence[Migration]) -> None:
    """Apply the migrations after version, each in its own transaction."""
    for number, migration in enumerate(migrations[version:], start=version + 1):
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
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
