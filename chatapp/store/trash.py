"""Deleting for good: the trash emptied (Undo ended), conversations purged at once (the
command line has no Undo), blind arena rounds, and the write-ahead log folded into the
database file so that no old page holds the deleted text."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from chatapp.store.records import BLIND, IN_IDS, json_ids

FTS_OPTIMIZE = "INSERT INTO messages_fts (messages_fts) VALUES ('optimize')"


class TrashStore:
    """The store's deletions for good (part of Store: uses its _rows, _tx, _lock, patience
    and read_only). SQLite's secure_delete is on: freed pages are overwritten with zeros."""

    def delete_blind_rounds(self) -> int:
        """Delete for good the blind arena rounds (never voted on, so never shown), as the
        trash is emptied; only while no arena window can hold one (the only chatapp starts,
        or the last one closes). Returns how many went."""
        with self._tx() as db:
            return db.execute(f"DELETE FROM conversations WHERE {BLIND}").rowcount

    def empty_trash(self, older_than_s: float = 0.0,
                    title_of: Callable[[str], str] | None = None) -> int:
        """Delete for good the conversations (and branches, and evaluation runs) trashed more
        than older_than_s ago, their words dropped from the search index too (the freed
        pages are overwritten: secure_delete); return how many conversations went.
        title_of(first message text) -> the title made of it: a conversation still there
        whose title was made of a first message that goes is titled after the first
        message it shows now (none: "")."""
        before = time.time() - older_than_s
        if not self._rows("SELECT 1 FROM conversations WHERE deleted_at <= ? UNION ALL"
                          " SELECT 1 FROM messages WHERE deleted_at <= ? LIMIT 1",
                          [before, before]):
            return 0
        # first messages that go from conversations that stay: their words may be the title
        firsts = self._rows(
            "SELECT m.conversation_id, m.content, c.title FROM messages m JOIN conversations"
            " c ON c.id = m.conversation_id WHERE m.parent_id IS NULL AND m.deleted_at <= ?"
            " AND c.deleted_at IS NULL AND c.eval_run_id IS NULL", [before]) \
            if title_of is not None else []
        retitled = {r["conversation_id"] for r in firsts
                    if r["title"] and r["title"] == title_of(r["content"])}
        with self._tx() as db:
            # each message's deletion would delete its replies (ON DELETE CASCADE), one
            # level of triggers a message: a chain of over 1,000 passes SQLite's limit
            # ("too many levels of trigger recursion"), and the trash is emptied at every
            # start. The messages that go lose their links first.
            db.execute(
                "UPDATE messages SET parent_id = NULL WHERE deleted_at <= ? OR conversation_id"
                " IN (SELECT id FROM conversations WHERE deleted_at <= ? OR eval_run_id IN"
                " (SELECT id FROM eval_runs WHERE deleted_at <= ?))", [before] * 3)
            cursor = db.execute(
                "DELETE FROM conversations WHERE deleted_at IS NOT NULL AND deleted_at <= ?",
                [before],
            )
            count = cursor.rowcount
            count += db.execute(
                "DELETE FROM conversations WHERE eval_run_id IN (SELECT id FROM eval_runs"
                " WHERE deleted_at IS NOT NULL AND deleted_at <= ?)", [before]).rowcount
            db.execute("DELETE FROM eval_runs WHERE deleted_at IS NOT NULL AND deleted_at <= ?",
                       [before])
            db.execute("DELETE FROM messages WHERE deleted_at IS NOT NULL AND deleted_at <= ?",
                       [before])
            for conversation_id in retitled:
                shown = db.execute(
                    "SELECT content FROM messages WHERE conversation_id = ? AND parent_id IS"
                    " NULL AND deleted_at IS NULL ORDER BY id LIMIT 1",
                    [conversation_id]).fetchone()
                db["conversations"].update(conversation_id, {
                    "title": title_of(shown[0]) if shown else ""})
            db.execute(FTS_OPTIMIZE)
            return count

    def purge_conversations(self, ids: list[int]) -> int:
        """Delete these conversations for good at once, with their messages, votes and search
        index words (no Undo: for the command line); return how many went. The text is out
        of the database file once checkpoint() has folded the write-ahead log in."""
        if not ids:
            return 0
        with self._tx() as db:
            # (links cut first: a long reply chain passes SQLite's trigger depth)
            db.execute(f"UPDATE messages SET parent_id = NULL WHERE conversation_id IN"
                       f" {IN_IDS}", [json_ids(ids)])
            count = db.execute(f"DELETE FROM conversations WHERE id IN {IN_IDS}",
                               [json_ids(ids)]).rowcount
            db.execute(FTS_OPTIMIZE)
            return count

    def checkpoint(self, wait_ms: int = 1000) -> bool:
        """Fold the write-ahead log (the -wal file) into the database file and empty it
        (SQLite's wal_checkpoint(TRUNCATE)), so that what was deleted for good is gone from
        both files; True when that was done, False when another connection's transaction
        kept part of the log (waited for at most wait_ms) or the database is read-only."""
        if self.read_only is not None:
            return False
        with self._lock, self.patience(wait_ms):
            try:
                busy, _log, _done = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlite3.Error:  # (a disk error: the log stays, as it would anyway)
                return False
        return busy == 0
