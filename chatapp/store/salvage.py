"""What can still be read of a damaged conversation database, copied into a new one.

SQLite reports a damaged page only when a query reaches it, so the rows of each table are
read in rowid order, a batch at a time, and where a batch fails one at a time, stepping past
the rowids that cannot be read. The copy is a database of the current schema: the columns
both have are copied, the search indexes are built again from the copied messages and
document chunks, and what lost its other half is mended (a message whose parent is gone
starts a branch of its own, a conversation's shown leaf is its newest message, rows that
point at a conversation or message that is gone are left out).
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import translate_text
from chatapp.store.database import SQLITE_FAILURES, DamagedDatabase, _open_read_only
from chatapp.store.doc_search import vec_table
from chatapp.store.locks import lock_holder
from chatapp.store.repository import Store

BATCH = 500
# rowids tried one by one past a damaged page before a table is given up on
MAX_GAP = 100_000
UNREADABLE_ROWS = (sqlite3.DatabaseError, UnicodeDecodeError)  # a damaged page, or text


@dataclass
class Salvaged:
    """What a salvage copied: rows per table, and whether some could not be read.

    Attributes:
        rows: {table: rows copied}.
        unreadable: tables where some rows (or the way to them) could not be read.
        lost: of those, the ones that lost rows: {table: True where rows are known to be
            missing (the damaged file counts more than were copied), False where that cannot
            be known (it cannot count them)}; one whose count is what was copied (an empty
            one) is not in it.
    """

    rows: dict[str, int] = field(default_factory=dict)
    unreadable: set[str] = field(default_factory=set)
    lost: dict[str, bool] = field(default_factory=dict)


def salvage(damaged: Path, into: Path) -> Salvaged:
    """Copy what can be read of the database at damaged into a new one at into (which must
    not exist). sqlite3.Error when damaged cannot be opened at all; DatabaseError when into
    cannot be made."""
    source, _version = _open_read_only(damaged)
    target = Store(into)
    result = Salvaged()
    try:
        db = target.db.conn
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("BEGIN")
        for table, columns in _tables(db):
            have = _columns(source, table, result)
            shared = [c for c in columns if c in have]
            if shared:
                result.rows[table] = _copy(source, db, table, shared, result)
        _copy_vectors(source, db, result)
        result.lost = {table: known for table in result.unreadable
                       if (known := _rows_lost(source, table, result.rows.get(table, 0)))
                       is not None}
        _mend(db)
        for index in ("messages_fts", "doc_chunks_fts"):
            db.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
        db.execute("COMMIT")
    finally:
        source.close()
        target.close()
    return result


def _tables(db: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    """The new database's own tables (not SQLite's, the migrations' record, or a virtual
    table's shadow tables) with their columns."""
    virtual = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")]
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rootpage")]
    own = [n for n in names if not n.startswith(("sqlite_", "_migrations"))
           and n not in virtual and not any(n.startswith(v + "_") for v in virtual)]
    return [(n, [r[1] for r in db.execute(f'PRAGMA table_info("{n}")')]) for n in own]


def _columns(source: sqlite3.Connection, table: str, result: Salvaged) -> set[str]:
    try:
        return {r[1] for r in source.execute(f'PRAGMA table_info("{table}")')}
    except UNREADABLE_ROWS:
        result.unreadable.add(table)
        return set()


def _copy(source: sqlite3.Connection, db: sqlite3.Connection, table: str,
          columns: list[str], result: Salvaged) -> int:
    """Copy the readable rows of table; how many."""
    names = ", ".join(f'"{c}"' for c in columns)
    insert = (f'INSERT OR REPLACE INTO "{table}" (rowid, {names}) VALUES '
              f'(?, {", ".join("?" for _ in columns)})')
    copied = 0
    for row in _readable_rows(source, table, names, result):
        db.execute(insert, row)
        copied += 1
    return copied


def _readable_rows(source: sqlite3.Connection, table: str, names: str, result: Salvaged):
    """(rowid, *columns) of every row of table that can be read, in rowid order."""
    query = f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT ?'
    last, gap = -(2 ** 63), 0
    while gap <= MAX_GAP:
        try:
            rows = source.execute(query, [last, BATCH]).fetchall()
        except UNREADABLE_ROWS:
            result.unreadable.add(table)
            try:  # the next row alone: a damaged one is stepped past
                rows = source.execute(query, [last, 1]).fetchall()
            except UNREADABLE_ROWS:
                last, gap = last + 1, gap + 1
                continue
        if not rows:
            return
        gap = 0
        yield from rows
        last = rows[-1][0]


def _rows_lost(source: sqlite3.Connection, table: str, copied: int) -> bool | None:
    """Whether a table that could not be read whole lost rows: True (the damaged file counts
    more than copied), None (it counts no more: nothing lost, an empty table), False (it
    cannot count them: unknown)."""
    try:  # (SQLite counts through the smallest index, which may be whole)
        count = source.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    except (*UNREADABLE_ROWS, sqlite3.Error):
        return False
    return True if count > copied else None


def _copy_vectors(source: sqlite3.Connection, db: sqlite3.Connection,
                  result: Salvaged) -> None:
    """The document vectors of each collection that has them; a collection whose vectors
    cannot be read is left without (the next indexing of its files embeds them again)."""
    for collection_id, dim in db.execute(
            "SELECT id, embed_dim FROM doc_collections WHERE embed_dim IS NOT NULL").fetchall():
        table = vec_table(collection_id)
        try:
            vectors = source.execute(f"SELECT chunk_id, embedding FROM {table}").fetchall()
            db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING vec0("
                       f"chunk_id INTEGER PRIMARY KEY, embedding float[{int(dim)}]"
                       " distance_metric=cosine)")
            db.executemany(f"INSERT INTO {table} (chunk_id, embedding) VALUES (?, ?)", vectors)
            result.rows[table] = len(vectors)
        except sqlite3.Error:
            result.unreadable.add(table)
            db.execute(f"DROP TABLE IF EXISTS {table}")
            db.execute("UPDATE doc_collections SET embed_model = NULL, embed_path = NULL,"
                       " embed_dim = NULL WHERE id = ?", [collection_id])


def _mend(db: sqlite3.Connection) -> None:
    """Make the copy whole: branches whose parent is gone start at the root, shown leaves
    that are gone become the conversation's newest message, rows pointing at what is gone
    go (until SQLite's foreign key check finds nothing)."""
    db.execute("UPDATE messages SET parent_id = NULL WHERE parent_id IS NOT NULL AND"
               " parent_id NOT IN (SELECT id FROM messages)")
    db.execute("DELETE FROM messages WHERE conversation_id NOT IN (SELECT id FROM conversations)")
    db.execute("UPDATE conversations SET current_leaf_id = (SELECT max(id) FROM messages m"
               " WHERE m.conversation_id = conversations.id) WHERE current_leaf_id IS NULL OR"
               " current_leaf_id NOT IN (SELECT id FROM messages WHERE conversation_id ="
               " conversations.id)")
    for _ in range(10):  # a removed row may leave others pointing at nothing
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if not broken:
            return
        for table, rowid, _parent, _fk in broken:
            db.execute(f'DELETE FROM "{table}" WHERE rowid = ?', [rowid])


def recover(database: Path) -> tuple[Salvaged, Path]:
    """Put a salvaged copy of the database in its place and keep the damaged file (with its
    -wal when that holds anything) beside it as DATABASE.damaged-STAMP; what was copied,
    and where the damaged file went. sqlite3.Error or DamagedDatabase when it cannot be read at all
    (nothing moved); UserError IN_USE while another program has it open."""
    holder = lock_holder([database, *_companions(database)])
    if holder is not None:  # the program that has it open would go on with the moved file
        raise UserError(IN_USE, path=str(database), program=holder.program, pid=holder.pid)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    fresh = database.with_name(f"{database.name}.recovering-{stamp}")
    try:
        result = salvage(database, fresh)
    except BaseException:
        for path in (fresh, *_companions(fresh)):
            path.unlink(missing_ok=True)
        raise
    kept = aside_path(database, stamp)
    _move_aside(database, kept)
    os.replace(fresh, database)
    return result, kept


def aside_path(database: Path, stamp: str | None = None) -> Path:
    """Where a damaged database is kept: DATABASE.damaged-STAMP in its folder (STAMP:
    YYYYmmdd-HHMMSS, default now)."""
    return database.with_name(f"{database.name}.damaged-{stamp or time.strftime('%Y%m%d-%H%M%S')}")


def set_aside(database: Path, kept: Path | None = None) -> Path:
    """Move a damaged database (with its -wal when that holds anything) aside to kept
    (default aside_path), so that a new, empty one is made in its place at the next open;
    where it went. UserError IN_USE while another program has it open; OSError when it
    cannot be moved."""
    holder = lock_holder([database, *_companions(database)])
    if holder is not None:
        raise UserError(IN_USE, path=str(database), program=holder.program, pid=holder.pid)
    kept = kept or aside_path(database)
    _move_aside(database, kept)
    return kept


def _move_aside(database: Path, kept: Path) -> None:
    os.replace(database, kept)
    wal, shm = _companions(database)
    if wal.exists() and wal.stat().st_size:  # rows not yet in the file; -shm is rebuilt
        os.replace(wal, _companions(kept)[0])
    for path in (wal, shm):
        path.unlink(missing_ok=True)


IN_USE = QT_TRANSLATE_NOOP(
    "errors", "The conversation database {path} is open in {program} (process {pid}). Close "
    "that program, then recover it.")
DONE = QT_TRANSLATE_NOOP(
    "store", "Recovered {conversations} conversations and {messages} messages into {path}; the "
    "damaged file is kept as {kept}.")
PARTS_LOST = QT_TRANSLATE_NOOP("store", "Some data could not be read and is missing: {kinds}.")
PARTS_MAYBE_LOST = QT_TRANSLATE_NOOP(
    "store", "Some data could not be read and may be missing: {kinds}.")
KINDS = {  # what a table holds, in the user's words (tables of one kind say it once)
    "conversations": QT_TRANSLATE_NOOP("store", "conversations"),
    "messages": QT_TRANSLATE_NOOP("store", "messages"),
    "presets": QT_TRANSLATE_NOOP("store", "presets"),
    "votes": QT_TRANSLATE_NOOP("store", "arena votes"),
    "eval_runs": QT_TRANSLATE_NOOP("store", "evaluation runs"),
    "judgements": QT_TRANSLATE_NOOP("store", "judge verdicts"),
    "doc_collections": QT_TRANSLATE_NOOP("store", "document collections"),
    "doc_roots": QT_TRANSLATE_NOOP("store", "document collections' folders"),
    "doc_files": QT_TRANSLATE_NOOP("store", "the documents' list of files"),
    "doc_chunks": QT_TRANSLATE_NOOP("store", "the documents' indexed text"),
    "conversation_collections": QT_TRANSLATE_NOOP(
        "store", "which document collections a conversation uses"),
    "answer_retrievals": QT_TRANSLATE_NOOP("store", "the sources of answers"),
    "answer_sources": QT_TRANSLATE_NOOP("store", "the sources of answers"),
}
VECTORS = QT_TRANSLATE_NOOP(
    "store", "the documents' search vectors (made again at the next indexing)")
OTHER = QT_TRANSLATE_NOOP("store", "other data")
UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "Nothing of {path} can be read: it is not a conversation database, or all of it "
    "is damaged. It was left untouched.")


def recover_text(database: Path) -> str:
    """Recover the database (see recover) and say what came back, in the user's language.
    UserError (UNREADABLE) when nothing of it can be read; nothing is moved then."""
    try:
        result, kept = recover(database)
    except (*SQLITE_FAILURES, DamagedDatabase):
        raise UserError(UNREADABLE, path=str(database)) from None
    text = translate_text("store", DONE).format(
        conversations=result.rows.get("conversations", 0),
        messages=result.rows.get("messages", 0), path=database, kept=kept)
    for known, line in ((True, PARTS_LOST), (False, PARTS_MAYBE_LOST)):
        tables = [t for t, certain in result.lost.items() if certain is known]
        if tables:
            text += "\n" + translate_text("store", line).format(kinds=lost_kinds(tables))
    return text


def lost_kinds(tables: list[str]) -> str:
    """The kinds of data some tables hold, in the user's language, each once, in the order
    of KINDS (vectors, then any other table, last): "judge verdicts, document collections"."""
    order = list(KINDS)
    ranked = sorted(tables, key=lambda t: order.index(t) if t in KINDS else len(order))
    kinds = [VECTORS if t.startswith(vec_table(0)[:-1]) else KINDS.get(t, OTHER)
             for t in ranked]
    return ", ".join(dict.fromkeys(translate_text("store", k) for k in kinds))


def _companions(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


__all__ = ["Salvaged", "aside_path", "recover", "recover_text", "salvage", "set_aside"]
